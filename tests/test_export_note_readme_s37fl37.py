"""Session 37 (fl37 = reader mb37), issue 12: the note a generator writes into every export it makes (qgis2web's "Standalone qgis2web
Export"), left as the README, says nothing of the project, but what it says of opening and publishing the exported map is true of
this export: a static map opened by its index.html (no software to install), the folder uploaded to a web server.

SMMAGEMAPI/Projets_SMMA, a river syndicate's map of its projects exported by qgis2web: once the note was known as a template, its
"Publishing on a Website" chapter was read as nothing: documentation.readme-sections fail 0 "its sections are about the framework",
reusability.install fail 0 "nothing says how to publish it", documentation.docs "missing: deployment". Now the note's usage, install
and deployment count (readme-sections still fails: nothing of the project), install finds the written publishing steps, docs the
deployment. Near miss: MEAN.JS's boilerplate README keeps the template verdicts (its steps are the framework's). Files written for
these tests, in the shape of that repository."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

IDS = ["documentation.readme-sections", "reusability.install", "documentation.docs", "documentation.readme"]
NOTE = """# README – Standalone qgis2web Export

This export is completely "self-contained".

To view the map, simply open "index.html" by double-clicking it.
No web server or additional software is required.

The map works because all the required JavaScript libraries are included
in the export. The application loads the GeoJSON layer data and their styles
directly from the local files.

## Publishing on a Website

If you upload the entire folder to a web server, the map will work
immediately by opening the "index.html" file.
"""
MAP = {"index.html": ('<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="resources/ol.css">'
                      '<script src="resources/ol.js"></script><script src="resources/qgis2web_expressions.js"></script>'
                      '<script src="layers/layers.js"></script></head><body><div id="map"></div>'
                      '<script src="resources/qgis2web.js"></script></body></html>\n'),
       "resources/qgis2web.js": "var map = new ol.Map({target: document.getElementById('map'), layers: layersList});\n",
       "resources/qgis2web_expressions.js": "// Aggregates\nfunction fnc_aggregate(values, context) { return false; }\n",
       "resources/ol.js": "/*! OpenLayers v10.7.0 */\nvar ol={};\n", "resources/ol.css": ".ol-control{position:absolute}\n",
       "layers/layers.js": "var lyr_Projets_1 = new ol.layer.Vector({source: jsonSource_Projets_1, title: 'Projets'});\nvar layersList = [lyr_Projets_1];\n",
       "layers/Projets_1.js": 'var json_Projets_1 = {"type": "FeatureCollection", "features": []};\n'}
MEAN = """# MEAN.JS

MEAN.JS is a full-stack JavaScript open-source solution, which provides a solid starting point for [MongoDB](http://www.mongodb.org/), [Node.js](http://www.nodejs.org/), [Express](http://expressjs.com/), and [AngularJS](http://angularjs.org/) based applications.

## Before You Begin
Before you begin we recommend you read about the basic building blocks that assemble a MEAN.JS application.

## Downloading MEAN.JS
There are several ways you can get the MEAN.JS boilerplate:

## Deployment
Deploy the boilerplate to Heroku and upload it to a web server with `fig up`.
"""


def _audit(tmp_path, files: dict, readme: tuple[str, str]) -> dict:
    path = make_repo(tmp_path / "r", [{"files": {**files, readme[0]: "draft\n"}, "date": "2025-02-04T10:00:00Z"},
                                      {"files": {readme[0]: readme[1]}, "date": "2026-07-21T09:00:00Z"}])
    return results(run_audit(path, tmp_path / "c", IDS))


def test_the_export_notes_steps_count_for_this_export(tmp_path):
    res = _audit(tmp_path, MAP, ("README.txt", NOTE))
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]  # (the lead's template rule stays)
    s = res["documentation.readme-sections"]
    assert s["status"] == "fail" and {"usage", "install", "deployment"} <= set(s["details"]["found"]), s["details"]  # was found: —
    assert "purpose" in s["details"]["missing"] and "framework" not in s["message"]["en"], s["message"]
    inst = res["reusability.install"]
    assert inst["details"]["instructions"] is True and "nothing says how to publish" not in inst["message"]["en"], inst["message"]
    assert any(e.get("path") == "README.txt" for e in inst["evidence"]), inst["evidence"]
    assert "how to regenerate it" in inst["remediation"]["en"] and "GitHub Pages" not in inst["remediation"]["en"], inst["remediation"]
    docs = res["documentation.docs"]
    assert "deployment" in docs["details"]["found"], docs["details"]  # was missing: deployment


def test_a_framework_boilerplate_keeps_the_template_verdicts(tmp_path):
    files = {"package.json": '{"name": "passerelle", "dependencies": {"express": "~4.2.0", "mongoose": "~3.8.8"}}\n',
             "server.js": "var app = require('./config/express')();\napp.listen(3000);\n"}
    res = _audit(tmp_path, files, ("README.md", MEAN))
    s = res["documentation.readme-sections"]
    assert s["status"] == "fail" and s["details"]["found"] == [] and s["score"] == 0, s
    assert "deployment" not in res["documentation.docs"]["details"]["found"], res["documentation.docs"]["details"]
