"""Libraries copied into a repository without a recognisable folder or a ``/*!`` banner (lodash's
``/** @license``, moment's ``//!`` lines, a webpack bundle, a well-known name with a version) are
vendored: never measured as the project's code, and listed as dependencies with their version and
licence. Shaped like a map viewer add-on of a local authority (js/lib beside the add-on's own code)."""

from __future__ import annotations

from auditor.facts.vendored import describe
from tests.test_reusability_fixtures import build, results
from tests.test_project_kind import run

COMPLEX = "function f(a){" + "if(a){a++}" * 30 + "}\n"  # cyclomatic complexity 31
LODASH = ("/**\n * @license\n * Lodash <https://lodash.com/>\n * Released under MIT license <https://lodash.com/license>\n */\n"
          ";(function() {\n  var VERSION = '4.17.15';\n" + COMPLEX + "}.call(this));\n")
MOMENT = "//! moment.js\n//! version : 2.27.0\n//! license : MIT\n//! momentjs.com\n\n;(function (global, factory) {\n" + COMPLEX + "})\n"
CHART = "/*!\n * Chart.js v2.8.0\n * https://www.chartjs.org\n * (c) 2019 Chart.js Contributors\n * Released under the MIT License\n */\n" + COMPLEX
BUNDLE = "/******/ (function(modules) { // webpackBootstrap\n/******/ \tvar installedModules = {};\n" + COMPLEX
ADDON = {
    "README.md": "# Horaires d'affluence\n\nExtension de la visionneuse cartographique.\n",
    "addon/config.json": '{"name": "horaires"}\n',
    "addon/js/horaires.js": "// Affiche les horaires d'affluence sur la carte.\nfunction afficher(couche) {\n  return couche;\n}\n",
    "addon/js/lib/lodash.js": LODASH,
    "addon/js/lib/moment.js": MOMENT,
    "addon/js/lib/chart.js@2.8.0.js": CHART,
    "addon/js/lib/bootstrap-autocomplete.js": BUNDLE,
}


def test_library_copies_without_a_banner_are_vendored_and_not_measured(tmp_path):
    report = run(build(tmp_path / "r", ADDON), tmp_path / "c", only=["reusability.maintainability"])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 4, inv["examples"]
    m = results(report)["reusability.maintainability"]
    assert m["details"]["files_measured"] == 1 and m["details"]["excluded"]["vendored"] == 4
    assert m["status"] == "pass", m["message"]  # the copies' complex functions are not the project's
    assert report["facts"]["languages"] == {"JavaScript": 1}


def test_copied_libraries_are_listed_as_dependencies_with_version_and_licence(tmp_path):
    report = run(build(tmp_path / "r", ADDON), tmp_path / "c", only=["reusability.dependencies"])
    libs = {lib["name"]: (lib["version"], lib["license"]) for lib in report["facts"]["inventory"]["libraries"]}
    assert libs == {"lodash": ("4.17.15", "MIT"), "moment": ("2.27.0", "MIT"), "chart": ("2.8.0", "MIT"),
                    "bootstrap-autocomplete": (None, None)}
    dep = results(report)["reusability.dependencies"]
    assert dep["status"] == "fail" and dep["details"]["libraries"] == 4
    values = {e["value"]["library"]: e["value"]["version"] for e in dep["evidence"]}
    assert values["lodash"] == "4.17.15" and "moment 2.27.0" in dep["message"]["fr"]


def test_copies_beside_a_manifest_that_does_not_declare_them_lower_the_score(tmp_path):
    files = dict(ADDON, **{"package.json": '{"dependencies": {"lodash": "^4.17.15", "leaflet": "^1.9.4"}}',
                           "package-lock.json": "{}", ".github/dependabot.yml": "version: 2\n"})
    dep = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert dep["details"]["undeclared_libraries"] == 3 and dep["score"] == 7.0, dep["message"]  # lodash is declared
    assert "moment 2.27.0" in dep["message"]["en"]
    declared = dict(files)
    for name in ("addon/js/lib/moment.js", "addon/js/lib/chart.js@2.8.0.js", "addon/js/lib/bootstrap-autocomplete.js"):
        declared.pop(name)
    dep = results(run(build(tmp_path / "d", declared), tmp_path / "c2", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert dep["status"] == "pass" and dep["details"]["undeclared_libraries"] == 0


def test_the_project_own_files_are_not_taken_for_libraries(tmp_path):
    files = {"README.md": "# Carte\n", "js/chart.js": "// Graphique des fréquentations\nexport function chart(d) { return d; }\n",
             "js/carte.js": "// Carte des équipements (c) Ville\nexport const carte = 1;\n", "src/app-1.2.js": "export const a = 1;\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability"])
    assert report["facts"]["inventory"]["categories"]["vendored"] == 1  # only the release copy with a version in its name
    assert report["facts"]["inventory"]["examples"]["vendored"] == ["src/app-1.2.js"]


def test_describe_reads_names_versions_and_licences():
    assert describe("lib/leaflet/plugins/Leaflet.markercluster/example/realworld.50000.1.js", "var addressPoints = [];\n")["version"] is None
    assert describe("lib/jquery-3.7.1.min.js", "/*! jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license */") == \
        {"name": "jquery", "version": "3.7.1", "license": "MIT"}  # jquery.org/license is the MIT licence
    assert describe("lib/leaflet.js", "/* @preserve\n * Leaflet 1.9.4, a JS library. (c) 2010-2023 Vladimir Agafonkin\n * BSD 2-Clause */") == \
        {"name": "leaflet", "version": "1.9.4", "license": "BSD-2-Clause"}
    assert describe("lib/ol.css", ".ol-box{}")["version"] is None


def test_a_project_own_scripts_in_a_libs_folder_are_not_listed_as_copied_libraries(tmp_path):
    files = {"README.md": "# Service\n", "package.json": '{"dependencies": {"leaflet": "^1.9.4"}}', "package-lock.json": "{}",
             "app/static/js/libs/moulinette_map.js": "// Carte du simulateur\nfunction carte() {\n  return 1;\n}\n",
             "app/static/js/vendors/geojson-rewind.js": "(function(f){module.exports=f()})(function(){return 1});\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    assert [lib["name"] for lib in report["facts"]["inventory"]["libraries"]] == ["geojson-rewind"]


def test_a_library_copied_as_a_folder_is_one_library_with_its_folder_version(tmp_path):
    files = {"README.md": "# Visionneuse\n", "index.html": "<html></html>\n",
             **{f"lib/bootstrap-datepicker-1.10.0/locales/bootstrap-datepicker.{c}.min.js": "!function(a){a.fn.datepicker.dates.x={}}(jQuery);\n"
                for c in ("fr", "de", "es")},
             "lib/bootstrap/5.3.3/css/bootstrap.min.css": "/*! Bootstrap v5.3.3 | MIT License */\n.a{}\n",
             "lib/bootstrap/3.3.6/css/bootstrap.min.css": "/*! Bootstrap v3.3.6 | MIT License */\n.a{}\n",
             "css/themes/dsfr-v1.14.3/dist/dsfr.min.css": "/*! DSFR v1.14.3 | SPDX-License-Identifier: MIT */\n.fr{}\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    libs = [(lib["name"], lib["version"], lib["files"]) for lib in report["facts"]["inventory"]["libraries"]]
    assert libs == [("bootstrap", "3.3.6", 1), ("bootstrap", "5.3.3", 1), ("bootstrap-datepicker", "1.10.0", 3), ("dsfr", "1.14.3", 1)]


def test_a_project_own_minified_stylesheet_is_no_copied_library(tmp_path):
    files = {"README.md": "# Kelrisks\n", "package.json": '{"dependencies": {"vue": "^2.6.0"}}', "package-lock.json": "{}",
             "front/public/css/main.min.css": ".a{color:red}.b{color:blue}" * 50,
             "front/public/js/turf.min.js": "!function(t,e){e(t.turf={})}(this,function(t){});" * 20}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    assert [lib["name"] for lib in report["facts"]["inventory"]["libraries"]] == ["turf"]


def _twig(name: str) -> str:
    return (f"<?php\n\n/*\n * This file is part of Twig.\n *\n * (c) 2009 Fabien Potencier\n *\n * For the full copyright and license information, "
            f"please view the LICENSE\n * file that was distributed with this source code.\n */\n\nclass Twig_{name}\n{{\n"
            + "".join(f"    public function f{k}($a) {{ if ($a > {k}) {{ return $a; }} elseif ($a < 0) {{ return -$a; }} return 0; }}\n" for k in range(12))
            + "}\n")


def test_a_library_copied_into_a_folder_of_its_name_is_found_by_its_headers(tmp_path):
    """Shaped like a museum touch-table's PHP back office (a métropole's innovation lab): the Twig 1.x template engine
    copied into content/Twig/ (150 files saying "This file is part of Twig", tests included) beside the project's own
    content/*.php, which never names Twig in a header: Twig is a copied library, not the project's code."""
    files = {"README.md": "# Museotouch serveur\n\nBack-office des tables tactiles.\n",
             "content/index.php": "<?php\n// Back-office\nrequire 'Twig/Autoloader.php';\nfunction page($id) { return $id; }\n",
             "content/api.php": "<?php\nfunction api($q) { return json_encode($q); }\n"}
    for n in ("Autoloader", "Environment", "Lexer", "Parser", "Node/Module", "Node/Expression/Binary/Add", "Test/Function"):
        files[f"content/Twig/{n}.php"] = _twig(n.replace("/", "_"))
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability"])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 7, inv["categories"]
    m = results(report)["reusability.maintainability"]
    assert m["details"]["files_measured"] == 2, m["details"]


def test_a_project_that_names_itself_in_its_headers_stays_its_own_code(tmp_path):
    """geOrchestra's modules say "This file is part of geOrchestra" under org/georchestra/ and elsewhere; a single-module
    project's code all sits in a folder of its own name, which its README's title gives: neither is a copy."""
    head = "/*\n * This file is part of {}.\n *\n * Licensed under the GPL.\n */\npackage x;\nclass A{} {{ }}\n"
    own = {"README.md": "# geOrchestra\n\nSpatial data infrastructure.\n"}
    for k in range(4):
        own[f"console/src/main/java/org/georchestra/console/A{k}.java"] = head.format("geOrchestra", k)
    own["security/src/main/java/org/acme/B.java"] = head.format("geOrchestra", 9)
    single = {"README.md": "# MonProjet\n\nOutil de la ville.\n"}
    for k in range(4):
        single[f"src/main/java/fr/ville/monprojet/A{k}.java"] = head.format("MonProjet", k)
    for name, files in (("own", own), ("single", single)):
        inv = run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["reusability.maintainability"])["facts"]["inventory"]
        assert inv["categories"].get("vendored", 0) == 0, (name, inv["categories"])


def test_a_plugin_beside_its_framework_and_a_plugins_stylesheet_are_named_once_each(tmp_path):
    """sigrennesmetropole/public_centre_ressources (session 7): assets/lib/jquery/jquery.scrolly.min.js ("jquery.scrolly v1.0.0-dev")
    was listed as "jquery 1.0.0-dev", the folder's name with the plugin's version; widget-rm: jquery.easy-autocomplete.min.js and
    css/easy-autocomplete.min.css were two libraries. A plugin named after its folder's framework is its own library; a
    jQuery plugin's script and stylesheet of one version are one."""
    files = {"README.md": "# Centre de ressources\n", "index.html": "<html></html>\n",
             "assets/lib/jquery/jquery.scrolly.min.js": "/* jquery.scrolly v1.0.0-dev | (c) @ajlkn | MIT licensed */\n(function(e){})(jQuery);\n",
             "assets/lib/jquery/3.4.1/jquery.min.js": "/*! jQuery v3.4.1 | (c) JS Foundation and other contributors | jquery.org/license */\n!function(){}();\n",
             "app/jquery.easy-autocomplete.min.js": "/*\n * easy-autocomplete\n * jQuery plugin for autocompletion\n *\n * @author Łukasz Pawełczak\n"
                                                   " * @version 1.3.5\n * Copyright  License: \n */\nvar EasyAutocomplete=function(){};\n",
             "app/css/easy-autocomplete.min.css": "/*\n * easy-autocomplete\n * jQuery plugin for autocompletion\n * @version 1.3.5\n */\n.easy-autocomplete{}\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    libs = [(lib["name"], lib["version"]) for lib in report["facts"]["inventory"]["libraries"]]
    assert ("jquery", "1.0.0-dev") not in libs and ("jquery.scrolly", "1.0.0-dev") in libs and ("jquery", "3.4.1") in libs, libs
    assert len([n for n, v in libs if "easy-autocomplete" in n]) == 1, libs


def test_a_stylesheet_opening_on_a_row_of_stars_is_the_projects_own(tmp_path):
    """Session 8 reads: espacepublic-plugin-fodansmarue's webapp/css/admin_bo.css ("/********************/ /* FONTS */") and an
    archetype's css/index.css were listed as copied libraries "admin_bo" and "index": a row of stars is a CSS banner, only webpack's
    "/******/ " line marks a bundle."""
    own = "/********************/\n/* \t\tFONTS \t\t*/\n/********************/\n@font-face { font-family: 'Montserrat-Light'; }\n.bo { color: #21374c; }\n"
    files = {"README.md": "# Plugin\n", "webapp/css/admin_bo.css": own, "index.html": "<html></html>\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    names = [lib["name"] for lib in report["facts"]["inventory"]["libraries"]]
    assert "admin_bo" not in names, names
