"""A script library signed by its author and site rather than a copyright line (issue 12, s42 fg42 = reader ra42, Exilz/linea-gap).

A Laravel site's back office copied a colour picker's folder into public/js/<picker>/: its main script opens on "Color picker /
Author: <person> <www.site> / Dual licensed under the MIT and GPL licenses", its helpers on "Utilities / Author: <same person and
site>". No banner rule read it (no copyright line, no version, no full grant): its functions counted in maintainability and it was
missing from reusability.dependencies' copied libraries. A banner naming the file as its title, an author with a web site and the
licence it is released under, by someone the project never names, is a one-file library copied in; the scripts of its folder signed
by the same author and site are its parts. Near misses: the project's own script signed by the author its README names, and a
header with an author but no site, stay the project's.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.dependencies"

PICKER = ("/**\n *\n * Color wheel\n * Author: Jan Novak www.novak-web.cz\n * \n * Dual licensed under the MIT and GPL licenses\n *\n */\n"
          "(function ($) {\n  var ColorWheel = function () { return { init: function () { return this; } }; }();\n"
          "  $.fn.extend({ ColorWheel: ColorWheel.init });\n})(jQuery);\n")
UTILS = ("/**\n *\n * Utilities\n * Author: Jan Novak www.novak-web.cz\n * \n */\n"
         "(function($) {\n  window.WHEEL = { getScroll: function (e) { if (e) { return 1; } return 0; } };\n})(jQuery);\n")
SITE = {"README.md": "# Réseau de bus\n\nSite des horaires, par Jeanne Durand.\n",
        "app/controllers/LigneController.php": "<?php\nclass LigneController {\n    public function index() { return 1; }\n}\n",
        "app/views/head.php": "<script src=\"/public/js/wheel/colorwheel.js\"></script>\n",
        "public/js/script.js": "function afficher(ligne) { document.title = ligne; }\n"}


def audit(tmp_path, files):
    """reusability.dependencies' result and the inventory's count of copied files."""
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    return results(report)[CID], report["facts"]["inventory"]["categories"].get("vendored", 0)


def libraries(r):
    return {e["value"]["library"]: e for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_an_authored_banner_makes_the_folder_a_copied_library(tmp_path):
    r, copied = audit(tmp_path, {**SITE, "public/js/wheel/colorwheel.js": PICKER, "public/js/wheel/utils.js": UTILS})
    assert "colorwheel" in libraries(r), r["evidence"]
    assert copied == 2  # utils.js, signed by the same author and site, is its part, no code of the project's


def test_near_miss_the_projects_own_signed_script_and_an_author_without_site(tmp_path):
    own = PICKER.replace("Jan Novak www.novak-web.cz", "Jeanne Durand www.bus-ville.fr")
    no_site = PICKER.replace(" www.novak-web.cz", "")
    r, copied = audit(tmp_path, {**SITE, "public/js/wheel/colorwheel.js": own, "public/js/other/colorwheel.js": no_site})
    assert not libraries(r) and copied == 0, r["evidence"]
