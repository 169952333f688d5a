"""A library's repository or release copied whole into a folder of the project (session 10's reads, issue 12): a branch's
download under the static folder (<plugin>-gh-pages/ with its README, package.json, lint settings and demo page), a release
archive unpacked at the root (<iconfont>-5.15.2-web/ with its licence and metadata), a library's distribution in a folder
of its name (js/plugins/<charts>/code/…). Everything under such a folder is the library's: not the project's manifest,
documentation, lint settings, hosts or identifiers. Git fixtures shaped like the real cases (own minimal files)."""

from __future__ import annotations

import subprocess

from auditor.facts.inventory import build_inventory
from auditor.snapshot import GitSnapshot
from tests.test_kind_first_reads import run_audit
from tests.test_reusability_fixtures import build, results

_FLASK_APP = {
    "README.md": "# Constats\n\nApplication de saisie des constats de prédation.\n\n## Installation\n\n"
                 "Copier config.py.sample en config.py puis `pip install -r requirements.txt`.\n",
    "requirements.txt": "flask==2.0.1\n",
    "config.py.sample": "SQLALCHEMY_DATABASE_URI = 'postgresql://user:pass@localhost/constats'\n",
    "app/__init__.py": "from flask import Flask\napp = Flask(__name__)\n",
    "app/views.py": "from app import app\n\n@app.route('/')\ndef index():\n    return 'ok'\n",
    "static/map.js": "var map = L.map('map');\nL.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n",
}


def _categories(repo) -> dict[str, str]:
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    return {i.path: i.category for i in build_inventory(GitSnapshot(str(repo / ".git"), head)).items}


def test_a_branch_download_under_the_static_folder_is_the_plugins(tmp_path):
    """GeoConstats shape: static/<plugin>-gh-pages/ (README in English, LICENSE, package.json, .eslintrc, a demo page on
    ArcGIS tiles, dist/, src/) read as the app's README, npm manifest, linter and host before."""
    plugin = "static/leaflet-printer-gh-pages/"
    files = {**_FLASK_APP,
             plugin + "README.md": "# leaflet-printer\n\nA plugin to print your map.\n\n## Usage\n\nCall L.printer().\n",
             plugin + "LICENSE": "MIT License\n\nCopyright (c) 2016 Plugin Author\n",
             plugin + "package.json": '{"name": "leaflet-printer", "version": "2.1.0", "devDependencies": {"rollup": "^0.41.4"}}\n',
             plugin + ".eslintrc": '{"extends": "eslint:recommended"}\n',
             plugin + "index.html": "<html><body><script>L.tileLayer('https://server.arcgisonline.com/ArcGIS/rest/services/"
                                    "World_Imagery/MapServer/tile/{z}/{y}/{x}').addTo(map);</script></body></html>\n",
             plugin + "src/index.js": "L.Control.Printer = L.Control.extend({ options: { title: 'Print' } });\n",
             plugin + "dist/bundle.js": "!function(){L.Control.Printer=L.Control.extend({})}();\n"}
    repo = build(tmp_path / "r", files)
    cats = _categories(repo)
    assert {p: c for p, c in cats.items() if p.startswith(plugin) and c != "vendored"} == {}
    assert cats["static/map.js"] == "source" and cats["requirements.txt"] == "manifest"
    res = results(run_audit(repo, tmp_path / "c", ["reusability.dependencies", "scaling.hosting", "documentation.language"]))
    deps = res["reusability.dependencies"]["message"]["fr"]
    assert "npm" not in deps, deps
    assert "arcgisonline" not in str(res["scaling.hosting"]), res["scaling.hosting"]["message"]["fr"]
    assert plugin not in str(res["documentation.language"]), res["documentation.language"]["message"]["fr"]


def test_a_release_archive_unpacked_at_the_root_is_the_librarys(tmp_path):
    """majiic shape: iconfont-free-5.15.2-web/ (LICENSE.txt, css/, metadata/icons.yml naming a "cog" icon, metadata/sponsors.yml
    naming a tracking service) beside a PHP intranet: its metadata read as the project's identifier fields and services."""
    lib = "iconfont-free-5.15.2-web/"
    files = {"README.md": "# Intranet\n\nIntranet du conservatoire.\n", "index.php": "<?php include 'php/properties.php'; ?>\n<h1>Sites</h1>\n",
             "php/sites.php": "<?php\n$sql = 'SELECT id_site, nom FROM sites';\n",
             **{f"geojson/{n}.geojson": '{"type": "FeatureCollection", "features": []}\n' for n in ("sites", "communes", "parcelles")},
             lib + "LICENSE.txt": "Icon Kit Free License\n---\n\n# Icons: CC BY 4.0 License (https://creativecommons.org/licenses/by/4.0/)\n"
                                  "The CC BY 4.0 license applies to the icons.\n\n# Fonts: SIL OFL 1.1 License (https://scripts.sil.org/OFL)\n"
                                  "The SIL OFL license applies to the fonts.\n\n# Code: MIT License (https://opensource.org/licenses/MIT)\n"
                                  "The MIT license applies to the other files.\n",
             lib + "metadata/categories.yml": "accessibility:\n  icons:\n    - cog\n",
             lib + "metadata/shims.yml": "- [cog, null, null]\n",
             lib + "css/all.css": ".fa-cog:before{content:\"\\f013\"}\n",
             lib + "metadata/icons.yml": "cog:\n  changes:\n    - '1'\n  label: cog\n  search:\n    terms:\n      - settings\n",
             lib + "metadata/sponsors.yml": "hotjar:\n  label: Hotjar\n  url: 'https://www.hotjar.com'\n"}
    repo = build(tmp_path / "r", files)
    cats = _categories(repo)
    assert {p: c for p, c in cats.items() if p.startswith(lib) and c != "vendored"} == {}
    assert cats["php/sites.php"] == "source"
    res = results(run_audit(repo, tmp_path / "c", ["licensing.data-and-docs"]))
    assert res["licensing.data-and-docs"]["status"] != "pass" and lib not in str(res["licensing.data-and-docs"]), res["licensing.data-and-docs"]["message"]["fr"]


def test_a_library_distribution_in_a_folder_of_its_name_is_the_librarys(tmp_path):
    """majiic shape: js/plugins/highcharts/ (code/highcharts.js, code/es-modules/…, examples/) and js/Leaflet.draw/ (src/Leaflet.draw.js,
    docs/, dist/images/) measured, documented and tested as the project's before; while js/leaflet/ holding leaflet.js beside
    the project's own map functions keeps those functions the project's."""
    files = {"README.md": "# Intranet\n", "index.php": "<?php echo 'ok'; ?>\n",
             "js/general/carte.js": "function carte() { return L.map('map'); }\n",
             "js/plugins/highcharts/code/highcharts.js": "(function(){var Highcharts={};window.Highcharts=Highcharts;})();\n",
             "js/plugins/highcharts/code/es-modules/Core/Chart.js": "class Chart { render() { return 1; } }\nexport default Chart;\n",
             "js/plugins/highcharts/examples/line/index.htm": "<html><body>line</body></html>\n",
             "js/plugins/highcharts/code/es-modules/Accessibility/Accessibility.js": "class Accessibility { init() { return 1; } }\n",
             "js/Leaflet.draw/src/Leaflet.draw.js": "L.drawVersion = '0.4.2';\nL.Draw = {};\n",
             "js/Leaflet.draw/src/Toolbar.js": "L.Toolbar = L.Class.extend({});\n",
             "js/Leaflet.draw/docs/index.md": "# Leaflet.draw\n\nDocumentation of the plugin.\n",
             "js/Leaflet.draw/dist/images/spritesheet.svg": "<svg/>\n",
             "js/leaflet/leaflet.js": "/* @preserve\n * Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com\n */\nvar L = {};\n",
             "js/leaflet/map_functions.js": "function add_to_selection(id) { return id; }\n"}
    repo = build(tmp_path / "r", files)
    cats = _categories(repo)
    copied = [p for p in files if p.startswith(("js/plugins/highcharts/", "js/Leaflet.draw/"))]
    assert {p: cats[p] for p in copied if cats[p] != "vendored"} == {}
    assert cats["js/leaflet/map_functions.js"] == "source" and cats["js/general/carte.js"] == "source"
    res = results(run_audit(repo, tmp_path / "c", ["documentation.docs", "interoperability.accessibility-and-ecodesign"]))
    assert "Leaflet.draw" not in str(res["documentation.docs"]), res["documentation.docs"]["message"]["fr"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert "Accessibility.js" not in str(a11y) and "RGAA" not in a11y["message"]["fr"].split("manquants")[0], a11y["message"]["fr"]


def test_a_folder_named_as_the_project_stays_the_project(tmp_path):
    """A project's own release folder (its README's title, a version and a licence) is not someone else's copy."""
    files = {"README.md": "# Carto Commune\n\nLa carte de la commune.\n", "LICENSE": "MIT License\n",
             "cartocommune-1.2.0/LICENSE": "MIT License\n", "cartocommune-1.2.0/carte.js": "function carte() { return 1; }\n",
             # (a SPIP plugin's own templates in a folder named after the library whose release folder sits inside it)
             "plugins/cadastre/inclure/leaflet/inc-leaflet-js.html": "<script src='#CHEMIN{leaflet-0.6.4/leaflet.js}'></script>\n",
             "plugins/cadastre/inclure/leaflet/leaflet-0.6.4/leaflet.js": "/*\n Leaflet, a JavaScript library for mobile-friendly maps. (c) 2010-2013, V. A.\n*/\n!function(){}();\n"}
    cats = _categories(build(tmp_path / "r", files))
    assert cats["cartocommune-1.2.0/carte.js"] == "source"
    assert cats["plugins/cadastre/inclure/leaflet/inc-leaflet-js.html"] != "vendored"
    assert cats["plugins/cadastre/inclure/leaflet/leaflet-0.6.4/leaflet.js"] == "vendored"


def test_a_bower_manifest_declares_the_front_ends_libraries(tmp_path):
    """An AngularJS map viewer (region-bretagne/viewer shape): package.json holds only the build's devDependencies, bower.json the
    libraries the pages load (angular, angular-material), installed by `bower install`: two manifests, Bower's unlocked."""
    files = {"README.md": "# Visionneuse\n\nRun `npm install` then `bower install`, then `gulp serve`.\n",
             "package.json": '{"name": "visionneuse", "devDependencies": {"gulp": "~3.9.0", "karma": "~0.13.9"}}\n',
             "bower.json": '{"name": "visionneuse", "dependencies": {"angular": "~1.4.2", "angular-material": "~0.11.0", "openlayers": "~3.8.2"}}\n',
             ".bowerrc": '{"directory": "bower_components"}\n',
             "src/app/index.module.js": "angular.module('visionneuse', ['ngMaterial']);\n", "src/index.html": "<html ng-app='visionneuse'></html>\n"}
    repo = build(tmp_path / "r", files)
    assert _categories(repo)["bower.json"] == "manifest"
    report = run_audit(repo, tmp_path / "c", ["reusability.dependencies"])
    deps = results(report)["reusability.dependencies"]
    assert "2 manifeste(s) (bower, npm)" in deps["message"]["fr"], deps["message"]["fr"]


def test_a_copied_folders_files_are_one_library_within_the_read_bound(tmp_path):
    """A copied plugin's 320 sources without banners (js/leaflet-printer-master/src/…) must not use up the bound of files read to
    name the libraries: the chart library copied after it in path order is still listed (a vendor lock-in check reads that list)."""
    files = {"README.md": "# Intranet\n", "index.php": "<script src='js/plugins/highcharts/code/highcharts.js'></script>\n",
             "js/leaflet-printer-master/LICENSE": "MIT License\n\nCopyright (c) 2016 Plugin Author\n",
             **{f"js/leaflet-printer-master/src/part{n:03d}.js": f"L.Part{n} = L.Class.extend({{\n  run: function () {{ return {n}; }}\n}});\n"
                for n in range(320)},
             "js/plugins/highcharts/code/highcharts.js": "/*\n Highcharts JS v9.2.2 (2021-08-24)\n\n (c) 2009-2021 Torstein Honsi\n\n"
                                                         " License: www.highcharts.com/license\n*/\n(function(){window.Highcharts={};})();\n",
             "js/plugins/highcharts/code/modules/exporting.js": "(function () {\n  return 1;\n})();\n"}
    inv = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]
    assert {(lib["name"], lib["version"]) for lib in inv["libraries"]} == {("leaflet-printer", None), ("highcharts", "9.2.2")}


def test_a_frameworks_sources_are_one_library_named_by_their_banner(tmp_path):
    """PatBati shape: a JavaScript framework's sources copied file by file (src/core/Element.js, src/util/Observable.js…), each
    opening on "<Framework> Core Library 3.0" (a two-part version), and a module of its big sibling whose name is a known
    library's (src/dd/DropZone.js, "<Framework> JS Library 3.0.3"): one library each, not one per file."""
    core = "/*\n * Widgetry Core Library 3.0\n * http://widgetry.example.org/\n * Copyright(c) 2006-2009, Widgetry LLC.\n *\n * MIT Licensed\n */\n"
    full = "/*!\n * Widgetry JS Library 3.0.3\n * Copyright(c) 2006-2009 Widgetry LLC\n * http://widgetry.example.org/license\n */\n"
    files = {"README.md": "# Patrimoine\n", "index.php": "<?php echo 'ok'; ?>\n",
             **{f"web/js/widgetry/core3_0/src/{name}.js": core + f"W.{name.rsplit('/', 1)[-1]} = function () {{\n  return 1;\n}};\n"
                for name in ("core/Element", "core/DomHelper", "util/Observable", "util/TaskMgr", "data/Connection")},
             "web/js/widgetry/full3_0/src/dd/DropZone.js": full + "W.dd.DropZone = function () {\n  return 2;\n};\n",
             "web/js/widgetry/full3_0/src/dd/DragZone.js": full + "W.dd.DragZone = function () {\n  return 3;\n};\n"}
    inv = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]
    assert {(lib["name"], lib["version"]) for lib in inv["libraries"]} == {("widgetry-core-library", "3.0"), ("widgetry-js-library", "3.0.3")}


def test_a_librarys_script_and_stylesheet_in_a_folder_of_its_short_name_are_one_library(tmp_path):
    """app-mezieres shape: vendor/<lib>/<lib>-gl.js (banner with version) and vendor/<lib>/<lib>-gl.css (none) were two libraries,
    "<lib>" and "<lib>-gl 5.24.0": with no file of the folder's own name there, the folder holds one library, named by its files
    (the geo check knows maplibre-gl as an open map library)."""
    files = {"README.md": "# Application\n", "index.html": "<html><script src='vendor/maplibre/maplibre-gl.js'></script></html>\n",
             "vendor/maplibre/maplibre-gl.js": "/**\n * MapLibre GL JS\n * @license 3-Clause BSD. Full text of license: https://example.org/gl-js/blob/v5.24.0/LICENSE.txt\n */\n"
                                               "!function(){var version='5.24.0';}();\n",
             "vendor/maplibre/maplibre-gl.css": ".maplibregl-map{font:12px/20px Helvetica Neue,Arial,Helvetica,sans-serif;overflow:hidden}\n"}
    inv = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]
    assert [(lib["name"], lib["version"]) for lib in inv["libraries"]] == [("maplibre-gl", "5.24.0")], inv["libraries"]


def test_a_copied_folders_licence_is_read_past_its_first_files(tmp_path):
    """projet_suivi shape: web/js/lib/<lib>-0.1.4/ (its LICENSE, Gruntfile.js first in path order, no banner; dist/<lib>.min.js with
    its licence banner): the folder's version comes from its name, and reading went on to the file that names the licence."""
    lib = "web/js/lib/ngstore-0.1.4/"
    files = {"README.md": "# Suivis\n", "index.html": "<html></html>\n",
             lib + "LICENSE": "The MIT License\n\nCopyright (c) 2014 Store Author\n",
             lib + "Gruntfile.js": "module.exports = function (grunt) {\n  grunt.initConfig({});\n};\n",
             lib + "dist/ngstore.min.js": "/**\n * ngstore - Angular storage module\n * @version v0.1.4\n * @license MIT License, http://www.opensource.org/licenses/MIT\n */\n"
                                          "!function(){}();\n"}
    inv = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]
    assert [(x["name"], x["version"], x["license"]) for x in inv["libraries"]] == [("ngstore", "0.1.4", "MIT")], inv["libraries"]
