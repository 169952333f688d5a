"""A map portal's copied plugins (issue 12, s35 e35 = reader m30o1, PnMercantour/PortailCarto): Leaflet itself loaded from unpkg,
its plugins copied under vendors/leaflet/ and vendors/leaflet-plugin/, joined by a gulpfile whose inputs are a list in a variable.

- reusability.dependencies named "leaflet 1.8.4" for vendors/leaflet/: the folder holds no file of Leaflet, only plugins of it,
  and 1.8.4 was Leaflet Control Search's banner version.
- reusability.build-output warned on vendors/leaflet-plugin/MarkerCluster/leaflet.markercluster-src.js, a copied plugin the
  gulpfile lists among its inputs (var pluginsJsFiles = [ … ]; gulp.src(pluginsJsFiles)), as a bundle it writes.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, check_result, run_audit

SEARCH = ("/* \n * Leaflet Control Search v1.8.4 - 2015-09-05 \n * \n * Copyright 2015 Stefano Cudini \n * \n"
          " * Licensed under the MIT license. \n */\n(function(){L.Control.Search = L.Control.extend({options:{}});}).call(this);\n")
OPACITY = ("/*\n        Leaflet.OpacityControls, a plugin for adjusting the opacity of a Leaflet map.\n        (c) 2013, Jared Dominguez\n*/\n"
           "L.Control.higherOpacity = L.Control.extend({options: {position: 'topright'}});\n")
RROSE = "/*\n  Copyright (c) 2012 Eric S. Theise\n*/\nL.Rrose = L.Popup.extend({_initLayout: function () {}});\n"
WFST = "/*! Leaflet-WFST 1.0.0 2015-08-12 */\n(function(window, document, undefined) {\nL.WFST = L.FeatureGroup.extend({});\n})(window, document);\n"
CLUSTER = ("/*\n Leaflet.markercluster, Provides Beautiful Animated Marker Clustering functionality for Leaflet.\n"
           " (c) 2012-2013, Dave Leaver, smartrak\n*/\n(function (window, document, undefined) {\n"
           + "L.MarkerClusterGroup = L.FeatureGroup.extend({\n" + "\toptions: {maxClusterRadius: 80, iconCreateFunction: null},\n" * 10
           + "});\n}(window, document));\n")
FULLSCREEN = "L.Control.Fullscreen = L.Control.extend({options: {position: 'topleft'}});\n"
GULP = """var gulp = require('gulp');
var concat = require('gulp-concat');
var buildDest = 'build';

var pluginsJsFiles = [
    'vendors/leaflet/js/leaflet-search.min.js',
    'vendors/leaflet/js/Control.Opacity.js',
    'vendors/leaflet/js/leaflet.rrose-src.js',
    'vendors/leaflet-plugin/MarkerCluster/leaflet.markercluster-src.js',
    'vendors/leaflet/js/Leaflet-WFST.src.js'
];

gulp.task('plugins.js', function () {
    return gulp.src(pluginsJsFiles)
        .pipe(concat('plugins.js'))
        .pipe(gulp.dest(buildDest));
});
"""
PAGE = ("<!DOCTYPE html>\n<html>\n<head>\n  <title>Portail</title>\n"
        '  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.0.3/dist/leaflet.css"/>\n'
        '  <script defer src="https://unpkg.com/leaflet@1.0.3/dist/leaflet.js"></script>\n'
        '  <script defer src="build/plugins.js"></script>\n  <script defer src="js/app.js"></script>\n</head>\n<body><div id="map"></div></body>\n</html>\n')
PORTAL = {"README.md": "# Portail cartographique\n\nUn portail de cartes.\n",
          "package.json": '{"name": "portail", "version": "1.0.0", "devDependencies": {"gulp": "^3.9.1", "gulp-concat": "^2.6.0"}}\n',
          "gulpfile.js": GULP, "index-src.html": PAGE, ".gitignore": "node_modules\nbuild\nindex.html\n",
          "js/app.js": "var map = L.map('map');\nL.control.search({}).addTo(map);\n",
          "vendors/leaflet/js/leaflet-search.min.js": SEARCH, "vendors/leaflet/css/leaflet-search.min.css": "/* \n * Leaflet Control Search v1.8.4 \n */\n.leaflet-control-search{}\n",
          "vendors/leaflet/js/Control.Opacity.js": OPACITY, "vendors/leaflet/css/Control.Opacity.css": ".leaflet-control-opacity{}\n",
          "vendors/leaflet/js/leaflet.rrose-src.js": RROSE, "vendors/leaflet/js/Leaflet-WFST.src.js": WFST,
          "vendors/leaflet-plugin/MarkerCluster/leaflet.markercluster-src.js": CLUSTER,
          "vendors/leaflet-plugin/ControlFullScreen/Leaflet.fullscreen.js": FULLSCREEN}


def libraries(tmp_path, files):
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]["libraries"]


def test_a_folder_named_leaflet_holding_only_its_plugins_is_no_copy_of_leaflet(tmp_path):
    libs = {(lib["name"], lib["version"]) for lib in libraries(tmp_path, PORTAL)}
    assert not any(name == "leaflet" for name, _ in libs), libs
    assert ("leaflet-control-search", "1.8.4") in libs and ("leaflet-wfst", "1.0.0") in libs, libs
    r = check_result(tmp_path / "x", PORTAL, "reusability.dependencies")
    assert "leaflet 1.8.4" not in r["message"]["en"], r["message"]


def test_a_folder_holding_leaflet_itself_is_leaflet(tmp_path):  # (near miss: Leaflet's own file beside its plugins)
    leaflet = "/* @preserve\n * Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com\n */\nvar L = {version: '1.9.4'};\n"
    libs = {(lib["name"], lib["version"]) for lib in libraries(tmp_path, {**PORTAL, "vendors/leaflet/js/leaflet.js": leaflet})}
    assert ("leaflet", "1.9.4") in libs, libs


def test_a_copied_plugin_a_gulpfile_lists_among_its_inputs_is_no_build_output(tmp_path):
    r = check_result(tmp_path, PORTAL, "reusability.build-output")
    assert r["status"] == "pass", r["message"]


def test_a_bundle_the_gulpfile_writes_from_its_sources_stays_one(tmp_path):  # (near miss: the list read, its joined file committed)
    sources = {f"js/src/part{k}.js": f"// part {k}\nfunction part{k}() {{\n  return {k};\n}}\n" * 3 for k in range(3)}
    gulp = ("var gulp = require('gulp');\nvar concat = require('gulp-concat');\n\nvar appFiles = [\n"
            + "".join(f"    'js/src/part{k}.js',\n" for k in range(3)) + "];\n\n"
            "gulp.task('app', function () {\n    return gulp.src(appFiles).pipe(concat('app.js')).pipe(gulp.dest('js'));\n});\n"
            "// writes 'js/app.js'\n")
    files = {"README.md": "# App\n\nUne application.\n", "package.json": '{"name": "app", "version": "1.0.0"}\n', "gulpfile.js": gulp,
             **sources, "js/app.js": "".join(sources.values())}
    r = check_result(tmp_path, files, "reusability.build-output")
    assert r["status"] != "pass" and "js/app.js" in r["message"]["en"], r["message"]
