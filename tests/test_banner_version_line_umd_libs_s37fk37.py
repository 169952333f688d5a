"""A version alone on the banner line under a library's name is its version, and a UMD build importing a published package's
modules or exporting its own name is a copied library (issue 12, s37 fk37 = reader mb37's ALKHOSOP/PROPOSITIONS-TRACESLIAISONS
CYCLABLES-CCPAYSDECRUSEILLES and SMMAGEMAPI/Projets_SMMA).

Both are qgis2web exports whose resources/ hold Autolinker.min.js, opening "/*!\\n * Autolinker.js\\n * 3.11.1\\n *\\n * Copyright…
MIT License", and ol-layerswitcher.js / olms.js, UMD builds (typeof exports … define.amd) that require OpenLayers' modules
(require('ol/control/Control')) and export global.LayerSwitcher. reusability.dependencies said "autolinker (version non indiquée)"
and left the two UMD builds out of its count. Near misses: a banner whose name line is followed by a copyright line gives no
version; a project's own script with a UMD wrapper loading only its own relative modules stays the project's."""

from __future__ import annotations

from tests.test_qgis2web_copied_banners_s37fk37 import _libraries

AUTOLINKER = ("/*!\n * Autolinker.js\n * 3.11.1\n *\n * Copyright(c) 2019 Gregory Jacobs <greg@example.org>\n * MIT License\n *\n"
              " * https://github.com/gregjacobs/Autolinker.js\n */\n!function(e,t){\"object\"==typeof exports&&\"undefined\"!=typeof module?"
              "module.exports=t():\"function\"==typeof define&&define.amd?define(t):(e=e||self).Autolinker=t()}(this,function(){return {}});\n")
SWITCHER = ("(function (global, factory) {\n\ttypeof exports === 'object' && typeof module !== 'undefined' ? module.exports = "
            "factory(require('ol/control/Control'), require('ol/Observable')) :\n\ttypeof define === 'function' && define.amd ? "
            "define(['ol/control/Control', 'ol/Observable'], factory) :\n\t(global.LayerSwitcher = factory(global.ol.control.Control,"
            "global.ol.Observable));\n}(this, (function (Control, Observable) { 'use strict';\n\n"
            "var LayerSwitcher = function (opt_options) {\n  this.panel = document.createElement('div');\n};\n\n"
            "return LayerSwitcher;\n\n})));\n")
INDEX = ("<!doctype html>\n<html>\n<head>\n<script src=\"resources/Autolinker.min.js\"></script>\n"
         "<script src=\"resources/ol-layerswitcher.js\"></script>\n<script src=\"resources/qgis2web.js\"></script>\n</head>\n"
         "<body><div id=\"map\"></div></body>\n</html>\n")
FILES = {"README.md": "# Carte\n", "index.html": INDEX, "resources/Autolinker.min.js": AUTOLINKER, "resources/ol-layerswitcher.js": SWITCHER,
         "resources/qgis2web.js": "var map = new ol.Map({target: 'map', layers: layersList});\n",
         "resources/qgis2web_expressions.js": "function fnc_concat(values, context) {\n  return values.join('');\n}\n",
         "layers/layers.js": "var layersList = [];\n"}


def test_a_version_alone_under_the_name_and_a_umd_build_are_read(tmp_path):
    r, libs = _libraries(tmp_path, FILES, "export")
    assert libs.get("autolinker") == "3.11.1", (libs, r["message"])
    assert "ol-layerswitcher" in libs, (libs, r["message"])


def test_no_version_line_and_a_projects_own_umd_script_keep_their_verdict(tmp_path):
    own = SWITCHER.replace("'ol/control/Control', 'ol/Observable'", "'./panel'").replace(
        "require('ol/control/Control'), require('ol/Observable')", "require('./panel')").replace("global.LayerSwitcher", "global.Outils")
    files = {**FILES, "resources/Autolinker.min.js": AUTOLINKER.replace(" * 3.11.1\n", ""), "resources/ol-layerswitcher.js": own}
    files["resources/panneau-carte.js"] = files.pop("resources/ol-layerswitcher.js")
    r, libs = _libraries(tmp_path, files, "near")
    assert "autolinker" in libs and libs["autolinker"] is None, (libs, r["message"])
    assert "panneau-carte" not in libs, (libs, r["message"])
