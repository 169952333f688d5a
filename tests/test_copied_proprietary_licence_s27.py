"""licensing.dependencies (issue 12, s27 t27 = measure 18 reader o2, airpaca/cigale.v2): an MIT web app redistributing Highcharts 8.0.0
under libs/highcharts/ ("License: www.highcharts.com/license" atop each file: Highsoft's paid licence) passed "13 compatible,
0 incompatible; 10 without a recognised license", Highcharts filed "unknown" while vendor-lock-in calls it proprietary. A copied
library whose banner gives its vendor's own paid licence is under a proprietary licence, incompatible with an open project's; a
copied library under MIT stays compatible."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

DEPS = "licensing.dependencies"
MIT = ("MIT License\n\nCopyright (c) 2017 Romain\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this "
       "software and associated documentation files (the \"Software\"), to deal in the Software without restriction.\n\n"
       "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.\n")
HIGHCHARTS = ("/**\n * @license Highcharts JS v8.0.0 (2019-12-10)\n *\n * (c) 2009-2018 Torstein Honsi\n *\n * License: www.highcharts.com/license\n */\n"
              "'use strict';\n(function (root, factory) { root.Highcharts = factory(); }(this, function () { return {}; }));\n")
LEAFLET = ("/*\n * Leaflet 1.0.3, a JS library for interactive maps. http://leafletjs.com\n * (c) 2010-2016 Vladimir Agafonkin, (c) 2010-2011 CloudMade\n"
           " * Released under the MIT license\n */\n(function (window, document, undefined) { var L = {version: \"1.0.3\"}; window.L = L; }(window, document));\n")


def _files(with_highcharts: bool) -> dict:
    files = {"LICENSE": MIT, "index.html": '<html><head><script src="libs/leaflet/leaflet-src.js"></script>'
                                          + ('<script src="libs/highcharts/code/highcharts.src.js"></script>' if with_highcharts else "")
                                          + '<script src="app.js"></script></head><body><div id="map"></div></body></html>\n',
             "app.js": "var map = L.map('map');\n", "libs/leaflet/leaflet-src.js": LEAFLET}
    if with_highcharts:
        files["libs/highcharts/code/highcharts.src.js"] = HIGHCHARTS
        files["app.js"] += "Highcharts.chart('graph', {series: []});\n"
    return files


def test_a_copied_library_under_its_vendors_paid_licence_is_incompatible(tmp_path):
    res = judge(tmp_path, _files(True), [DEPS])[1][DEPS]
    text = json.dumps(res, ensure_ascii=False)
    assert res["status"] == "fail", res["message"]
    assert res["details"]["incompatible"] == 1 and "highcharts" in text, text[:2000]


def test_a_copied_library_under_mit_stays_compatible(tmp_path):
    res = judge(tmp_path, _files(False), [DEPS])[1][DEPS]
    assert res["status"] == "pass", res["message"]
    assert res["details"]["incompatible"] == 0, res["details"]
