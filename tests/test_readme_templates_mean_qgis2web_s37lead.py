"""MEAN.JS's boilerplate README and the README qgis2web writes into an export, left as the project's README (issue 12, session 37,
reader mb37: GeotrekCE/Sitourisme-interface, a Région's tourism gateway whose README is MEAN.JS's; SMMAGEMAPI/Projets_SMMA, a river
syndicate's map whose README is qgis2web's "Standalone qgis2web Export").

Neither says what the project is: documentation.readme fails on them. A team's own lines above qgis2web's text keep the README theirs.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_templates import untouched_template
from tests.gitrepo import make_repo
from tests.test_export_note_readme_s37fl37 import NOTE
from tests.test_scaling import ctx_for

MEAN = """# MEAN.JS

MEAN.JS is a full-stack JavaScript open-source solution, which provides a solid starting point for [MongoDB](http://www.mongodb.org/), [Node.js](http://www.nodejs.org/), [Express](http://expressjs.com/), and [AngularJS](http://angularjs.org/) based applications.

## Before You Begin
Before you begin we recommend you read about the basic building blocks that assemble a MEAN.JS application.

## Downloading MEAN.JS
There are several ways you can get the MEAN.JS boilerplate:

```
$ git clone https://github.com/meanjs/mean.git meanjs
```
"""
MEAN_FILES = {"package.json": '{"name": "passerelle", "dependencies": {"express": "~4.2.0", "mongoose": "~3.8.8"}}\n',
              "server.js": "var app = require('./config/express')();\napp.listen(3000);\n",
              "app/models/fiche.server.model.js": "var mongoose = require('mongoose');\nmodule.exports = mongoose.model('Fiche', {});\n"}

QGIS2WEB = NOTE  # (qgis2web's export note, as test_export_note_readme_s37fl37 writes it)
OWN = ("# Projets GEMAPI du syndicat\n\nCarte des projets de restauration des cours d'eau du bassin, par commune et par année, "
       "mise à jour à chaque comité syndical.\n\n## Mise à jour\n\nExporter le projet QGIS projets.qgz avec qgis2web dans ce dossier.\n\n")
MAP_FILES = {"index.html": "<!doctype html><html><head><script src=\"resources/qgis2web.js\"></script></head><body><div id=\"map\"></div></body></html>\n",
             "resources/qgis2web.js": "var map = new ol.Map({target: 'map'});\n", "layers/projets_1.js": "var json_projets_1 = {};\n"}


def _repo(tmp_path, files: dict, readme_name: str, readme: str) -> dict:
    make_repo(tmp_path, [{"files": {readme_name: "draft\n", **files}, "date": "2024-04-02T10:00:00Z"},
                         {"files": {readme_name: readme}, "date": "2024-06-11T15:30:00Z"}])
    return ctx_for(tmp_path).fact("readme")


def _result(tmp_path, check: str) -> dict:
    return audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=[check]))["results"][0]


def test_mean_js_boilerplate_readme_is_an_untouched_template(tmp_path):
    info = _repo(tmp_path, MEAN_FILES, "README.md", MEAN)
    assert (info["template"] or {}).get("framework") == "mean.js", info["template"]
    assert untouched_template(info), info["headings"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "MEAN.JS" in r["message"]["en"], r["message"]


def test_qgis2webs_export_readme_is_an_untouched_template(tmp_path):
    info = _repo(tmp_path, MAP_FILES, "README.txt", QGIS2WEB)
    assert (info["template"] or {}).get("framework") == "qgis2web", info["template"]
    assert untouched_template(info), info["headings"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "qgis2web" in r["message"]["en"], r["message"]


def test_a_teams_lines_above_qgis2webs_text_keep_the_readme_theirs(tmp_path):
    info = _repo(tmp_path, MAP_FILES, "README.md", OWN + QGIS2WEB.replace("# README – Standalone qgis2web Export", "## L'export qgis2web"))
    assert not untouched_template(info), info["template"]
    assert "purpose" in info["sections"], info["sections"]
