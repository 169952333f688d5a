"""An Express site rendering its Jade views (app.js `res.render('home')`, views/home.jade…, a platform's public site of a
département's digital agency) was filed "web API service (express)": api-spec warned for an OpenAPI description, data-standards
failed, and accessibility-and-ecodesign said "not applicable" to its nineteen public pages (issue 12, s29 e29). Pug's views (formerly
Jade) beside a framework serving pages are its templates; an Express server without views stays an API service."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.api-spec", "interoperability.accessibility-and-ecodesign", "interoperability.data-standards"]
PKG = json.dumps({"name": "site", "version": "2.1.1", "private": True, "scripts": {"start": "node app.js"},
                  "dependencies": {"express": "~4.13.1", "jade": "~1.11.0", "body-parser": "~1.13.2"}})
APP = ("var express = require('express');\nvar app = express();\napp.set('views', __dirname + '/views');\napp.set('view engine', 'jade');\n"
       "app.use(express.static(__dirname + '/public'));\n\napp.get('/', function(req, res) {\n  res.render('home');\n});\n"
       "app.get('/offer', function(req, res) {\n  res.render('offer');\n});\n\napp.listen(3000);\n")
LAYOUT = "doctype html\nhtml(lang='fr')\n  head\n    title Plateforme\n    link(rel='stylesheet', href='/css/site.css')\n  body\n    block content\n"
README = "# Site de la plateforme\n\nLe site public de la plateforme.\n"


def test_an_express_site_rendering_jade_views_is_a_web_application(tmp_path):
    files = {"package.json": PKG, "app.js": APP, "README.md": README, "views/layout.jade": LAYOUT, "public/css/site.css": "body { margin: 0; }\n",
             "views/home.jade": "extends layout\nblock content\n  h1 Bienvenue\n", "views/offer.jade": "extends layout\nblock content\n  h1 Offre\n"}
    report, res = judge(tmp_path, files, CHECKS, name="site")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert res["interoperability.api-spec"]["status"] == "not_applicable", res["interoperability.api-spec"]["message"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]["message"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]


def test_an_express_server_without_views_stays_an_api_service(tmp_path):
    api = ("var express = require('express');\nvar app = express();\napp.get('/api/places', function(req, res) {\n"
           "  res.json([{ id: 1 }]);\n});\napp.listen(3000);\n")
    report, res = judge(tmp_path, {"package.json": PKG, "app.js": api, "README.md": README}, CHECKS, name="api")
    assert report["facts"]["project"]["kind"] == "api-service", report["facts"]["project"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
