"""Project kind (issue 12, s44 fh44 = reader rd44, gitreunion/datacup-challenge-esi-dev): a challenge's map viewer, DATACUP/index.html
and its JS/map.js fetching the routes of the Express server beside them (DATACUP/package.json, server.js), with ETL scripts, SQL
dumps and the team's presentation.pdf at the root, was an "API service": its one page in a sub-folder, beside a PDF at the root,
was taken for a course kit's exercise page (s38 fg38's rule) and left out, so accessibility was n/a and public-building-blocks said
"no interface". A page in the folder of the project's own server (a manifest declaring a server framework there) is that server's
front end. Near miss: a course kit's exercise page, with no server, stays an exercise."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGE = ("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Qualité de l'air</title>\n"
        "<link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.css\"></head>\n<body><div id=\"map\"></div>\n"
        "<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script>\n<script src=\"JS/map.js\"></script>\n</body></html>\n")
MAP = ("const map = L.map('map').setView([-21.1, 55.5], 10);\n"
       "L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n"
       "fetch('http://localhost:3000/stations').then(r => r.json()).then(stations => {\n"
       "  stations.forEach(s => L.marker([s.lat, s.lon]).addTo(map).bindPopup(s.nom));\n});\n")
SERVER = ("const express = require('express');\nconst app = express();\n"
          "app.get('/stations', (req, res) => {\n  res.json([]);\n});\napp.listen(3000);\n")
PACKAGE = '{"name": "datacup", "version": "1.0.0", "dependencies": {"express": "^4.21.1", "mariadb": "^3.4.0"}}\n'
ETL = "import requests\n\n\ndef importer():\n    return requests.get('https://example.org/FeatureServer/0/query?f=json').json()\n"
COMMON = {"README.md": "# Impact des éruptions volcaniques sur la qualité de l'air\n\nProjet du DataCup.\n", "presentation.pdf": "%PDF-1.4\n",
          "install.md": "# Installation\n\nInstaller MariaDB puis lancer le serveur.\n", "RequeteAPI/ImportInitial.py": ETL,
          "RequeteAPI/Importregulier.py": ETL, "test2.py": ETL, "pollution_db.sql": "CREATE TABLE station (id INT, nom TEXT);\n",
          "presentation.md": "# Présentation\n\n## Architecture Technique\n\nUne carte et une API.\n"}


def kind_of(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {**COMMON, **files}, "date": "2024-11-23T10:00:00Z", "message": "rendu"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.accessibility-and-ecodesign"]))
    return report["facts"]["project"]["kind"], report["results"][0]


def test_a_page_in_the_folder_of_the_projects_own_server_is_its_front_end(tmp_path):
    kind, r = kind_of(tmp_path, {"DATACUP/index.html": PAGE, "DATACUP/JS/map.js": MAP, "DATACUP/server.js": SERVER,
                                 "DATACUP/package.json": PACKAGE})
    assert kind == "web-application", kind
    assert r["status"] != "not_applicable", r["message"]


def test_a_course_kits_exercise_page_without_a_server_stays_an_exercise(tmp_path):
    kind, _ = kind_of(tmp_path, {"ol/index.html": PAGE, "ol/JS/map.js": MAP.replace("http://localhost:3000/stations", "stations.json")})
    assert kind != "web-application", kind
