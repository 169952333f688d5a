"""Third-party code copied into a repository and measured as the project's own (session 14's reads, issue 12). Git
fixtures shaped like the real cases (no content of the audited repositories)."""

from __future__ import annotations

from tests.test_kind_first_reads import run_audit
from tests.test_reusability_fixtures import build, results

_MIT = ("// Permission is hereby granted, free of charge, to any person obtaining a copy\n// of this software and associated "
        "documentation files (the \"Software\"), to deal\n// in the Software without restriction.\n")


def _audit(tmp_path, files, checks):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)
    return report["facts"]["inventory"], results(report)


def test_a_one_file_library_whose_split_banner_names_it_is_copied_code(tmp_path):
    """lutece chat plugin shape: webapp/js/plugins/<plugin>/spinner.js opens on "// The MIT License (MIT)", a blank line,
    "// Spinner.js | Copyright (c) 2014 Jane Example", a blank line and the MIT grant; no root licence (the Java files carry
    their own headers). Its branchy function was the plugin's only complex one, for maintainability."""
    branchy = "".join(f"    if (o.k{n}) {{ r += {n}; }}\n" for n in range(12))
    files = {"README.md": "# Chatbot plugin\n\nA chat bot for the portal.\n",
             "src/java/fr/example/bot/Bot.java": "/* Copyright (c) 2016, Example City */\npackage fr.example.bot;\n"
                                                 "public class Bot { public int run() { return 1; } }\n",
             "webapp/js/plugins/chatbot/chat.js": "function send(m) { return m; }\n",
             "webapp/js/plugins/chatbot/spinner.js": "// The MIT License (MIT)\n\n// Spinner.js | Copyright (c) 2014 Jane Example | "
                                                     "www.example.com\n\n" + _MIT + "\n\n\n! function($) {\n  var spin = function(o) {\n"
                                                     "    var r = 0;\n" + branchy + "    return r;\n  };\n}(window.jQuery);\n"}
    inv, res = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"]["vendored"] == 1
    assert "spinner.js" not in str(res["reusability.maintainability"])


def test_a_project_file_granting_its_licence_under_its_sponsor_stays_the_project(tmp_path):
    """The same banner shape naming the file, under the holder the README names (the project's sponsor), is the project's."""
    files = {"README.md": "# Carte\n\nLa carte des équipements de la Ville de Exempleville.\n",
             "js/carte.js": "// carte.js | Copyright (c) 2021 Ville de Exempleville\n\n" + _MIT + "\nfunction carte() { return 1; }\n",
             "js/liste.js": "function liste() { return 2; }\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.dependencies"])
    assert inv["categories"].get("vendored", 0) == 0


def test_the_library_folder_a_copied_distribution_loads_by_path_is_copied_code(tmp_path):
    """JCMS plugin embedding a widgets distribution: js/widgets.js (its banner says whose) loads its parts from js/libs/ by
    path ("Widgets.Map@libs/map-layer/map-layer.js", 'libs/calendar/lang/fr.js'); the libs carry no banner. They were the
    plugin's measured code (maintainability named libs/map-layer/map-layer.js) and its 'source' files for the test ratio."""
    branchy = "".join(f"  if (o.k{n}) {{ r += {n}; }}\n" for n in range(12))
    files = {"README.md": "# Widgets portlet\n\nUne portlet qui affiche les widgets.\n",
             "plugins/WPlugin/types/Portlet/show.jsp": "<%@ page contentType=\"text/html\" %>\n<div>widgets</div>\n",
             "plugins/WPlugin/js/plugin.js": "function portlet() { return 1; }\n",
             "plugins/WPlugin/js/widgets.js": "/*!\n * Widgets v1.2.3\n * Copyright (c) 2015 Example SAS\n * MIT License\n */\n"
                                              "var modules = ['Widgets.Map@libs/map-layer/map-layer.js', \"libs/map-layer/map.css\"];\n"
                                              "var langs = {fr: {'js': ['libs/calendar/lang/fr.js']}, de: {'js': ['libs/calendar/lang/de.js']}};\n",
             "plugins/WPlugin/js/libs/map-layer/map-layer.js": "function layer(o) {\n  var r = 0;\n" + branchy + "  return r;\n}\n",
             "plugins/WPlugin/js/libs/map-layer/map.css": ".map { color: red; }\n",
             "plugins/WPlugin/js/libs/calendar/lang/fr.js": "var fr = {months: ['janvier']};\n",
             "plugins/WPlugin/js/libs/calendar/lang/de.js": "var de = {months: ['Januar']};\n",
             "plugins/WPlugin/js/libs/calendar/lang/es.js": "var es = {months: ['enero']};\n"}
    inv, res = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"]["vendored"] == 6
    assert "map-layer.js" not in str(res["reusability.maintainability"])


def _scheduler_app(main_js: bool = True) -> dict:
    branchy = "".join(f"  if (e.k{n}) {{ r += {n}; }}\n" for n in range(12))
    files = {"README.md": "# Kiosque RH\n\nLe kiosque des agents.\n", "pom.xml": "<project><artifactId>kiosque</artifactId></project>\n",
             "src/main/java/fr/ville/kiosque/Accueil.java": "package fr.ville.kiosque;\npublic class Accueil { public int a() { return 1; } }\n",
             "src/main/java/com/acme/planner/PDFWriter.java": "/* Copyright Ville */\npackage com.acme.planner;\n"
                                                              "public class PDFWriter { public int w() { return 2; } }\n",
             "src/main/webapp/accueil.zul": "<zk><label value=\"Voir\"/></zk>\n",
             "src/main/webapp/codebase/acmeplanner.css": ".dhx { color: red; }\n",
             "src/main/webapp/codebase/api/api.js": "acmeplanner.api = {};\n",
             "src/main/webapp/codebase/locale/locale_fr.js": "acmeplanner.locale = {labels: {}};\n",
             "src/main/webapp/codebase/locale/locale_de.js": "acmeplanner.locale = {labels: {}};\n"}
    if main_js:
        files["src/main/webapp/codebase/acmeplanner.js"] = "function move(e) {\n  var r = 0;\n" + branchy + "  return r;\n}\n"
    for n in range(9):
        files[f"src/main/webapp/codebase/ext/acmeplanner_view{n}.js"] = f"acmeplanner.view{n} = function() {{ return {n}; }};\n"
    return files


def test_a_distribution_named_by_its_files_in_a_plain_folder_is_copied_code(tmp_path):
    """sirh kiosk shape: a scheduler's distribution in src/main/webapp/codebase/ (acmeplanner.js, ext/acmeplanner_*.js, locale/,
    api/), no vendor/lib folder, no manifest, no banner; and its PDF writer's classes under com/acme/planner/ restamped with
    the project's header. They were measured as the kiosk's code (maintainability named acmeplanner.js)."""
    inv, res = _audit(tmp_path, _scheduler_app(), ["reusability.maintainability"])
    assert inv["categories"]["vendored"] == 15
    assert "acmeplanner.js" not in str(res["reusability.maintainability"])
    # one copied library, named by its main script, its translations and server classes with it (not "locale" beside it)
    assert [(lib["name"], lib["files"]) for lib in inv["libraries"]] == [("acmeplanner", 15)]


def test_a_site_script_folder_or_a_folder_without_the_main_script_stays_the_project(tmp_path):
    """Without the library's main script the folder is not told a copy; and a site's js/ folder holding a library's family
    (bootstrap.js, bootstrap-datepicker.js and its translations) beside main.js keeps main.js the project's."""
    inv, _ = _audit(tmp_path, _scheduler_app(main_js=False), ["reusability.maintainability"])
    assert inv["categories"].get("vendored", 0) == 0
    files = {"README.md": "# Agenda\n", "index.html": "<script src=\"js/main.js\"></script>\n", "js/main.js": "function main() {}\n",
             **{f"js/bootstrapx{s}.js": "var b = 1;\n" for s in ("", "-datepicker", "-select", "-table", "-slider", "-modal", "-tab", "-tooltip", "-popover")}}
    inv, _ = _audit(tmp_path / "b", files, ["reusability.maintainability"])
    assert inv["categories"].get("vendored", 0) == 0


def test_a_library_named_with_and_without_js_is_listed_once(tmp_path):
    """jPlatformODS shape: angular.js ("@license AngularJS v1.4.7" read as angular by its name) and angular-animate.js
    (its minified twin's banner "AngularJS v1.4.7", read as "angularjs"): 'angular 1.4.7, angularjs 1.4.7' listed two libraries."""
    head = "/**\n * @license AngularJS v1.4.7\n * (c) 2010-2015 Google, Inc. http://angularjs.org\n * License: MIT\n */\n"
    files = {"README.md": "# Portlet\n", "plugins/P/js/plugin.js": "function p() {}\n",
             "plugins/P/js/angular.js": head + "(function(window) { window.angular = {}; })(window);\n",
             "plugins/P/js/angular-animate.js": head + "(function(window) { window.angular.animate = {}; })(window);\n",
             "plugins/P/js/angular-animate.min.js": "/*\n AngularJS v1.4.7\n (c) 2010-2015 Google, Inc. http://angularjs.org\n "
                                                    "License: MIT\n*/\n(function(G){'use strict';G.a=1})(window);\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.dependencies"])
    assert [(lib["name"], lib["version"], lib["files"]) for lib in inv["libraries"]] == [("angular", "1.4.7", 3)]


def test_a_library_plugin_wrapped_for_any_loader_in_lib_is_copied_code(tmp_path):
    """lutece gismap shape: js/gismap/lib/ holds ol.js and a popup control wrapped for any loader (define(["openlayers"],
    factory) … root.Popup = factory(root.ol)), without a banner: it was measured as the plugin's code; the plugin's own
    scripts beside lib/ stay its code, and so does a lib/ module of the project wrapped without a library's name."""
    umd = ("(function (root, factory) {\n  if (typeof define === \"function\" && define.amd) {\n    define([\"openlayers\"], factory);\n"
           "  } else if (typeof module === \"object\" && module.exports) {\n    module.exports = factory(require(\"openlayers\"));\n"
           "  } else {\n    root.Popup = factory(root.ol);\n  }\n}(this, function (ol) {\n  return function Popup() { return 1; };\n}));\n")
    own = umd.replace('"openlayers"', '"./carte"').replace("root.ol", "root.carte")
    files = {"README.md": "# Carte\n", "webapp/js/carte/Carte.js": "function Carte() { return 1; }\n",
             "webapp/js/carte/lib/ol-popup.js": umd, "webapp/js/carte/lib/outils.js": own}
    inv, _ = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"].get("vendored", 0) == 1


def test_a_known_library_build_too_big_to_read_in_lib_is_copied_code(tmp_path):
    """gismap shape: lib/ol-debug.js, OpenLayers' debug build (2.7 MB), over the reading cap: its banner unread, it stayed
    the plugin's code; a well-known library's file name in lib/ says whose it is."""
    big = "// a library's debug build\n" + "function f(a) { return a; }\n" * 80_000
    files = {"README.md": "# Carte\n", "webapp/js/carte/Carte.js": "function Carte() { return 1; }\n", "webapp/js/carte/lib/ol-debug.js": big}
    inv, _ = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"].get("vendored", 0) == 1


def test_a_shelf_copy_folder_keeps_its_unbannered_files_copied(tmp_path):
    """PnVanoise cables shape: web/js/lib/ holds copies (leaflet, jquery, proj4) and Snap/ with a UMD plugin of leaflet
    (copied by its wrapper) beside snap.js (no banner): once Snap/ counts as a copy, snap.js must not fall back to the
    project's code."""
    umd = ("(function (root, factory) {\n  if (typeof define === 'function' && define.amd) { define(['leaflet'], factory); }\n"
           "  else if (typeof exports === 'object') { module.exports = factory(require('leaflet')); }\n  else { factory(root.L); }\n"
           "}(this, function (L) { L.GeometryUtil = {}; return L.GeometryUtil; }));\n")
    files = {"README.md": "# Câbles\n", "web/js/app.js": "function app() { return 1; }\n",
             "web/js/lib/leaflet/leaflet.js": "/* @preserve\n * Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com\n */\nvar L = {};\n",
             "web/js/lib/jquery/jquery.min.js": "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\nvar $ = 1;\n",
             "web/js/lib/proj4/proj4.js": "/*! proj4js v2.9.0 | MIT License */\nvar proj4 = {};\n",
             "web/js/lib/Snap/geometryutil.js": umd,
             "web/js/lib/Snap/snap.js": "(function () {\nL.Handler.MarkerSnap = L.Handler.extend({});\n})();\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"].get("vendored", 0) == 5
