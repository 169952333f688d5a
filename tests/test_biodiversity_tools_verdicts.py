"""First reads of biodiversity and land-use tools of territories and their operators (session 6, issue 12), each fixed verdict
on a git fixture shaped like the real case: observers' names that a script selects and publishes, or that a model maps as
``observers``, are personal data."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

WEEK_GEOJSON = ("<?php\n$conn = new PDO('pgsql:host=localhost;dbname=geonaturedb','*****','*****');\n"
                "$sql = \"SELECT  bl.nom_liste,\n                tx.lb_nom as nom_la,\n                s.dateobs,\n"
                "                s.observateurs,\n                ST_AsGeoJSON(ST_Transform((the_geom_2154),4326),6) AS geojson\n"
                "        FROM synthese.syntheseff s\n        JOIN taxonomie.taxref tx ON tx.cd_nom = s.cd_nom\n"
                "        WHERE date(s.dateobs) >= date(NOW()) - 7\";\n$rs = $conn->query($sql);\n"
                "header('Content-type: application/json');\necho json_encode($rs->fetchAll());\n?>\n")
PARK_SCRIPTS = {  # shaped like a regional park's GeoNature scripts: a week's observations published as GeoJSON
    "README.md": "# GeoNature du Parc\n\nProcédures et scripts de l'instance GeoNature du Parc.\n",
    "scripts/geojson_7j.php": WEEK_GEOJSON,
}


def test_observers_names_a_script_selects_and_publishes_are_personal_data(tmp_path):
    r = results(run(build(tmp_path / "r", PARK_SCRIPTS), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn" and "observateurs" in str(r["evidence"]), r


def test_a_query_of_taxa_names_only_holds_no_personal_data(tmp_path):
    files = {**PARK_SCRIPTS, "scripts/geojson_7j.php": WEEK_GEOJSON.replace("                s.observateurs,\n", "")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] != "warn" and "observateurs" not in str(r["evidence"]), r


def test_a_models_observers_column_is_personal_data(tmp_path):
    files = {"README.md": "# Biodiv'Territoires\n\nPortail de restitution de la biodiversité des territoires.\n",
             "requirements.txt": "flask==2.2.2\nflask-sqlalchemy==3.0.2\n",
             "app/models/synthese.py": ("from sqlalchemy import Column, Integer, String\nfrom app.utils import db\n\n\n"
                                        "class Synthese(db.Model):\n    __tablename__ = 'synthese'\n    id_synthese = Column(Integer, primary_key=True)\n"
                                        "    cd_nom = Column(Integer)\n    observers = Column(String)\n")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn" and "observers" in str(r["evidence"]), r


WEEK_MAP = ("<html>\n<head>\n<link rel=\"stylesheet\" href=\"http://cdn.leafletjs.com/leaflet-0.7.3/leaflet.css\"/>\n"
            "<script src=\"http://cdn.leafletjs.com/leaflet-0.7.3/leaflet.js\"></script>\n"
            "<script src=\"http://code.jquery.com/jquery-1.11.3.min.js\"></script>\n</head>\n<body>\n<div id=\"map\"></div>\n"
            "<script>var map = L.map('map'); $.getJSON('geojson_7j.php', function (obs) { L.geoJson(obs).addTo(map); });</script>\n"
            "</body>\n</html>\n")


def test_a_page_loading_jquery_1_from_its_cdn_runs_a_framework_past_its_end_of_life(tmp_path):
    files = {**PARK_SCRIPTS, "scripts/carte_hebdo.php": WEEK_MAP}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "Past end of life: jQuery 1" in r["message"]["en"] and "carte_hebdo.php" in str(r["evidence"]), r


def test_an_old_copy_of_a_page_kept_aside_is_not_the_services_runtime(tmp_path):
    files = {**PARK_SCRIPTS, "demo/index.html": WEEK_MAP.replace("jquery-1.11.3", "jquery-3.4.1"), "demo/index_old.html": WEEK_MAP}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert "Past end of life" not in r["message"]["en"] and "index_old" not in str(r["evidence"]), r


def test_a_dockerfile_building_from_an_argument_runs_its_default_image(tmp_path):
    files = {"README.md": "# Atlas des zones humides\n\nAtlas des zones humides d'un territoire.\n",
             "package.json": '{"name": "zh-atlas", "version": "1.0.0", "dependencies": {"next": "^12.2.6", "react": "^18.2.0"}}\n',
             "Dockerfile": "ARG BASE_IMAGE=node:14-alpine\n\nFROM $BASE_IMAGE\n\nWORKDIR /app\nCOPY . ./\nRUN npm ci && npm run build\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "Node.js 14" in r["message"]["en"], r
