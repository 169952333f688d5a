"""Libraries copied into a PHP map application's own folders and measured as its code (issue 12, session 35 fixer s35 = reader m31o3,
PnEcrins/FollowDem).

- classes/html_dom.class.php is PHP Simple HTML DOM Parser: its doc block opens on "Website: http://sourceforge.net/projects/
  simplehtmldom/" and, past its contributors' notes (beyond the first kilobyte), says "@subpackage simple_html_dom": the package
  it belongs to and that package's home on a forge.
- classes/imap.class.php is Mortar's Imap library (a byte order mark, then "Mortar … @copyright Copyright (c) 2009, <holder> …
  @license http://www.mozilla.org/MPL/"): another holder, another licence than the project's GPL-3.0, while the project signs its
  own classes "@copyright Parc national des Écrins". licensing.consistent listed its MPL header as the project's disagreement.
- js/leaflet/leaflet.polylineDecorator.js is the Leaflet.PolylineDecorator plugin's Rollup build: no banner, Leaflet bound as
  ``L$1`` (L$1.Symbol.Dash = L$1.Class.extend({…})), so the rule reading ``L.X.extend(`` missed it.

All three were measured by maintainability and code-comments and missing from reusability.dependencies' copied libraries. The near
misses: the project's own class stating another licence under the project's own holder, a contributor's class under the project's
licence, a doc block naming the project's own repository, a project's own script using ``L$1`` under a name of its own.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

GPL = ("                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n\n Copyright (C) 2007 Free Software "
       "Foundation, Inc. <http://fsf.org/>\n Everyone is permitted to copy and distribute verbatim copies\n of this license document, but "
       "changing it is not allowed.\n")
README = ("FollowDem\n=========\n\nCartographic web application to track moving objects equipped with a GPS.\n\n"
          "Installation\n------------\n\nSee docs/installation.rst.\n\nLicense\n-------\n\n* OpenSource - GPLv3\n")


def _own(name: str, holder: str = "Parc national des Écrins", extra: str = "") -> str:
    return (f"<?php\n/**\n*\tClasse {name}\n*\tPermet de lire les données de {name.lower()}\n*\t@author Jean Agent\n*\t@copyright {holder}\n"
            f"{extra}*\n*/\nclass {name}\n{{\n\tpublic function lire($id)\n\t{{\n\t\treturn array('id' => $id);\n\t}}\n}}\n")


NOTES = "".join(f" *  Contributor {n} - added the selector filter number {n} and fixed its tests on malformed pages.\n" for n in range(14))
HTML_DOM = ("<?php\n/**\n * Website: http://sourceforge.net/projects/simplehtmldom/\n * Acknowledge: Someone Earlier (https://sourceforge.net/"
            "projects/php-html/)\n * Contributions by:\n" + NOTES + " *\n * Licensed under The MIT License\n * Redistributions of files must "
            "retain the above copyright notice.\n *\n * @author Jane Upstream <jane@upstream.example>\n * @version 1.5\n"
            " * @package PlaceLocalInclude\n * @subpackage simple_html_dom\n */\n\ndefine('HDOM_TYPE_ELEMENT', 1);\n\n"
            "function file_get_html($url)\n{\n\t$dom = new simple_html_dom();\n\treturn $dom->load(file_get_contents($url));\n}\n\n"
            "class simple_html_dom\n{\n\tpublic function load($str)\n\t{\n\t\treturn $this;\n\t}\n}\n")
IMAP = ("\ufeff<?php\n/**\n * Mortar\n *\n * @copyright Copyright (c) 2009, Robert Upstream\n * @license http://www.mozilla.org/MPL/\n"
        " * @package             Library\n * @subpackage  Imap\n */\n\n/**\n * This library is a wrapper around the Imap library functions "
        "included in php.\n */\nclass imap\n{\n\tstatic $sslEnable = true;\n\n\tpublic function __construct($server)\n\t{\n"
        "\t\t$this->server = $server;\n\t}\n}\n")
DECORATOR = ("(function (global, factory) {\n\ttypeof exports === 'object' && typeof module !== 'undefined' ? factory(require('leaflet')) :\n"
             "\ttypeof define === 'function' && define.amd ? define(['leaflet'], factory) :\n\t(factory(global.L));\n}(this, (function (L$1) "
             "{ 'use strict';\n\nL$1 = L$1 && L$1.hasOwnProperty('default') ? L$1['default'] : L$1;\n\n"
             "function pointDistance(ptA, ptB) {\n    var x = ptB.x - ptA.x;\n    var y = ptB.y - ptA.y;\n    return Math.sqrt(x * x + y * y);\n}\n\n"
             "L$1.Symbol = L$1.Symbol || {};\n\nL$1.Symbol.Dash = L$1.Class.extend({\n    options: { pixelSize: 10 },\n"
             "    initialize: function initialize(options) {\n        L$1.Util.setOptions(this, options);\n    }\n});\n\n"
             "L$1.PolylineDecorator = L$1.FeatureGroup.extend({\n    initialize: function initialize(paths) {\n"
             "        L$1.FeatureGroup.prototype.initialize.call(this);\n        this._paths = paths;\n    }\n});\n\n})));\n")
LEAFLET = "/* @preserve\n * Leaflet 1.6.0, a JS library for interactive maps. http://leafletjs.com\n * (c) 2010-2019 Vladimir Agafonkin */\n" \
          "(function (global, factory) { factory(global.L = {}); }(this, function (exports) { exports.version = '1.6.0'; }));\n"

APP = {
    "LICENSE.txt": GPL,
    "README.rst": README,
    "index.php": "<?php\nrequire 'classes/db.class.php';\nrequire 'classes/api.class.php';\n$api = new Api();\necho $api->lire(1);\n",
    "classes/db.class.php": _own("DB"),
    "classes/api.class.php": _own("Api"),
    "classes/trace.class.php": _own("Trace"),
    "classes/html_dom.class.php": HTML_DOM,
    "classes/imap.class.php": IMAP,
    "js/leaflet/leaflet.js": LEAFLET,
    "js/leaflet/leaflet.polylineDecorator.js": DECORATOR,
    "js/bottom.js": "// carte des animaux suivis\nvar map = L.map('map');\nL.polylineDecorator([], {}).addTo(map);\n",
}


def test_a_php_library_naming_its_package_and_its_home_on_a_forge_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", APP))
    assert cats["classes/html_dom.class.php"] == "vendored", cats
    assert cats["classes/db.class.php"] == "source", cats


def test_a_php_class_under_another_holder_and_licence_than_the_projects_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", APP))
    assert cats["classes/imap.class.php"] == "vendored", cats
    assert cats["classes/api.class.php"] == cats["classes/trace.class.php"] == "source", cats


def test_a_rollup_build_of_a_leaflet_plugin_binding_leaflet_as_l1_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", APP))
    assert cats["js/leaflet/leaflet.polylineDecorator.js"] == "vendored", cats
    assert cats["js/bottom.js"] == "source", cats


def test_the_copies_are_listed_and_their_licence_header_is_no_disagreement(tmp_path):
    report, res = judge(tmp_path, APP, ["reusability.dependencies", "licensing.consistent", "documentation.code-comments"])
    names = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert {"leaflet", "leaflet.polylinedecorator"} <= names, names
    assert len(names) >= 4, names
    assert "imap" not in str(res["licensing.consistent"]["evidence"]), res["licensing.consistent"]["message"]
    assert "html_dom" not in str(res["documentation.code-comments"]["evidence"]), res["documentation.code-comments"]["evidence"]


def test_the_projects_own_class_under_its_own_holder_stays_its_own_and_disagrees(tmp_path):
    # the park's own class stating MPL under the park's name: the project's file, a licence to reconcile
    files = {**APP, "classes/gpsdata.class.php": _own("Gpsdata", extra="*\t@license http://www.mozilla.org/MPL/\n")}
    cats = categories(build(tmp_path / "r", files))
    assert cats["classes/gpsdata.class.php"] == "source", cats
    res = judge(tmp_path, files, ["licensing.consistent"], name="s")[1]
    assert "gpsdata" in str(res["licensing.consistent"]["evidence"]), res["licensing.consistent"]["message"]


def test_a_contributors_class_under_the_projects_licence_stays_its_own(tmp_path):
    files = {**APP, "classes/device.class.php": _own("Device", holder="Jane Contributor", extra="*\t@license GPL v3\n")}
    assert categories(build(tmp_path / "r", files))["classes/device.class.php"] == "source"


def test_a_class_under_another_licence_with_no_signed_class_of_the_project_stays_its_own(tmp_path):
    # nothing to tell the project's signature from another's: the project's classes carry no copyright line
    unsigned = {k: (v.replace("*\t@copyright Parc national des Écrins\n", "") if k.startswith("classes/") else v) for k, v in APP.items()}
    assert categories(build(tmp_path / "r", unsigned))["classes/imap.class.php"] == "source"


def test_a_doc_block_naming_the_projects_own_repository_stays_its_own(tmp_path):
    own = ("<?php\n/**\n * Website: https://github.com/PnEcrins/FollowDem\n * @package FollowDem\n * @subpackage followdem\n */\n"
           "function followdem_lire($id)\n{\n\treturn $id;\n}\n")
    assert categories(build(tmp_path / "r", {**APP, "classes/followdem.class.php": own}))["classes/followdem.class.php"] == "source"


def test_a_projects_own_script_binding_leaflet_as_l1_under_its_own_name_stays_its_own(tmp_path):
    files = {**APP, "js/leaflet/suivi.js": DECORATOR.replace("PolylineDecorator", "Suivi")}
    assert categories(build(tmp_path / "r", files))["js/leaflet/suivi.js"] == "source"
