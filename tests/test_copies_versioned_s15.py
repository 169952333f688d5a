"""Copies of third-party code missed (issue 12, family 6; session 15): a library's release in a folder named by its major
version alone (PHPMailer-6/ with its own LICENSE, js/leaflet-1/dist/leaflet.js) and a published jQuery plugin copied beside the
site's own scripts without its banner (js/jquery.maskedinput.js) were measured as the project's code. They are now copies; the
project's own folder numbered as a step (etape-2/) and its own jQuery plugin (js/jquery.carte-mairie.js) stay its code.
On a git fixture shaped like a plain PHP site of a town."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

PLUGIN = ("(function ($) {\n  $.fn.mask = function (mask, settings) {\n    return this.each(function () {\n"
          "      var input = $(this);\n      input.data('mask', mask);\n    });\n  };\n})(jQuery);\n")
SITE = {
    "README.md": "# Inscriptions cantine\n\nSite PHP de la commune pour inscrire les enfants à la cantine.\n",
    "index.php": "<?php\nsession_start();\nrequire 'PHPMailer-6/src/PHPMailer.php';\nif (isset($_POST['enfant'])) { echo 'ok'; }\n",
    "inscription.php": "<?php\nsession_start();\nif (isset($_GET['id'])) { echo (int) $_GET['id']; }\n",
    "PHPMailer-6/LICENSE": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999\n",
    "PHPMailer-6/README.md": "# PHPMailer\n\nA full-featured email creation and transfer class for PHP.\n",
    "PHPMailer-6/src/PHPMailer.php": "<?php\nnamespace PHPMailer\\PHPMailer;\n\nclass PHPMailer\n{\n    public $Host = 'localhost';\n"
                                     "    public function send()\n    {\n        return true;\n    }\n}\n",
    "js/leaflet-1/dist/leaflet.js": "(function (global) {\n  global.L = {version: '1.9.4'};\n})(this);\n",
    "js/leaflet-1/src/core/Util.js": "export function extend(dest) {\n  return dest;\n}\n",
    "js/jquery.maskedinput.js": PLUGIN,
    "js/jquery.carte-mairie.js": "(function ($) {\n  $.fn.carteMairie = function () {\n    return this.addClass('carte');\n  };\n})(jQuery);\n",
    "etape-2/valider.php": "<?php\nsession_start();\nif (isset($_POST['ok'])) { echo 'valide'; }\n",
}


def test_a_release_folder_named_by_its_major_version_and_a_bannerless_jquery_plugin_are_copies(tmp_path):
    report = run(build(tmp_path / "r", SITE), tmp_path / "c", only=["reusability.dependencies"])
    inv = report["facts"]["inventory"]
    vendored = set(inv["examples"].get("vendored") or [])
    source = set(inv["examples"].get("source") or [])
    assert "js/jquery.maskedinput.js" in vendored, inv["examples"]
    assert "PHPMailer-6/src/PHPMailer.php" in vendored or "PHPMailer-6/src/PHPMailer.php" not in source, inv["examples"]
    assert {"js/leaflet-1/dist/leaflet.js", "js/leaflet-1/src/core/Util.js"} <= vendored, inv["examples"]
    assert "js/jquery.carte-mairie.js" in source and "etape-2/valider.php" in source, inv["examples"]
