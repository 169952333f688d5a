"""A Dash dashboard beside SQL views over a database it does not define (issue 12, s36 f36 = reader m33o1, PnMercantour/PAEC).

PAEC: a national park's Dash (Plotly) dashboard of pastoral units, hay meadows and a directory of farmers (app.py, map.py,
annuaire.py, config.py, gunicorn.conf.py; requirements.txt: dash, dash-bootstrap-components, dash-leaflet), with ~117 SQL files:
views and materialized views (CREATE VIEW paec.… AS SELECT … FROM ag_pasto.…) over the park's internal tables none of its files
creates, SELECT queries the agents' QGIS layers and bin/getdata run (psql -f sql/exploitant.sql -o assets/exploitant.json), one
script with two link tables. Readers found:

- facts.project.kind "data-model" (the SQL files' number): views over another database, beside an application serving pages,
  are what that application and its users read, no schema; and query files past the 60th were never probed as queries;
- scaling.personal-data "no personal-data field": sql/exploitant.sql publishes the farmers' nom, prénom, adresse, tel as the keys
  of json_build_object('nom', nom, 'prenom', prenom, …): the columns a query publishes under keys are fields it reads.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP = ("from dash import Dash, html, dcc, Input, Output, callback\nimport dash_bootstrap_components as dbc\nimport annuaire\n"
       "from config import app\n\napp.layout = dbc.Container([html.H1('Tableau de bord'), annuaire.component])\nserver = app.server\n")
FILES = {
    "README.md": "# Tableau de bord\n\n[Guide utilisateur de l'application web](doc.md)\n\n### Déploiement\n\n"
                 "gunicorn app:server, voir dashboard.service\n",
    "requirements.txt": "dash\ndash-bootstrap-components\ndash-leaflet\npython-dotenv\n",
    "app.py": APP,
    "config.py": "from dash import Dash\nimport dash_bootstrap_components as dbc\n\napp = Dash(__name__, title='Tableau',"
                 " external_stylesheets=[dbc.themes.SLATE])\nBOUNDS = [[43.8, 6.5], [44.5, 7.7]]\n",
    "annuaire.py": "from dash import html, dcc\nfrom data import personnes\n\ncomponent = html.Div([dcc.Dropdown(options=personnes),"
                   " html.Div('Adresse')])\n",
    "data.py": "import json\n\nwith open('assets/liste.json') as f:\n    personnes = json.load(f)\n",
    "map.py": "import dash_leaflet as dl\n\ncomponent = dl.Map([dl.TileLayer()])\n",
    "gunicorn.conf.py": "wsgi_app = 'app:server'\nbind = '0.0.0.0:9001'\nworkers = 2\n",
    "bin/getdata": "#!/bin/sh\npsql -f sql/zone.sql -t -o assets/zone.json service=base\n",
    "scripts.sql": "select z.id, s.id from pasto.c_zone z join limites.secteur s on st_intersects(z.geom, s.geom);\n"
                   "CREATE TABLE pasto.zone_secteur (\n    id_zone integer,\n    id_secteur integer\n);\n",
    "sql/zone.sql": "WITH f AS (\n  SELECT json_build_object('type', 'Feature', 'properties', json_build_object('id', id, 'nom', nom)) feature\n"
                    "  FROM pasto.c_zone\n)\nSELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(feature))::text FROM f;\n",
}
# views over the park's tables (pasto.*, faune.*), some reading other views of the project, with their indexes, grants and owner
for i in range(12):
    FILES[f"postgresql/theme{i % 3}/vue_{i}.sql"] = (
        f"create materialized view projet.vue_{i} as(\n    select z.id, z.geom, count(o.id) nb\n    from pasto.c_zone z\n"
        f"        left join faune.observation_{i} o on st_intersects(z.geom, o.geom)\n    group by z.id\n);\n"
        f"CREATE UNIQUE INDEX ON projet.vue_{i} USING btree (id);\nALTER TABLE projet.vue_{i} OWNER TO postgres;\n"
        f"GRANT SELECT ON TABLE projet.vue_{i} TO consult;\n")
FILES["postgresql/synthese.sql"] = ("create view projet.synthese as\nselect v0.id, v0.nb + v1.nb total\nfrom projet.vue_0 v0\n"
                                    "    join projet.vue_1 v1 using (id);\n")


def kind(tmp_path, files, name="r"):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.configuration"])["facts"]["project"]


def test_a_dash_dashboard_over_views_of_another_database_is_a_web_application(tmp_path):
    project = kind(tmp_path, FILES)
    assert project["kind"] == "web-application", project
    assert project["scores"].get("data-model", 0) == 0, project


def test_a_postgis_model_with_its_own_views_and_a_small_flask_api_stays_a_data_model(tmp_path):
    # (near miss: the tables are the project's, defined with their columns; its views read them, directly or through other views,
    # and a table of another schema too: they stay its model, which outweighs the API answering JSON beside it)
    files = {"README.md": "# Modèle\n\nModèle de données PostGIS des zones pastorales.\n",
             "requirements.txt": "flask\npsycopg2\n",
             "api/app.py": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n@app.route('/zones')\n"
                           "def zones():\n    return jsonify([])\n",
             "api/db.py": "import psycopg2\n\ndef connect(dsn):\n    return psycopg2.connect(dsn)\n"}
    for i in range(2):
        files[f"sql/{i:02}_table_{i}.sql"] = (f"CREATE TABLE pasto.zone_{i} (\n    id serial PRIMARY KEY,\n    nom text,\n"
                                              f"    geom geometry(MultiPolygon, 2154)\n);\nCOMMENT ON TABLE pasto.zone_{i} IS 'Zones';\n")
    for i in range(10):
        files[f"sql/vues/vue_{i}.sql"] = (f"CREATE VIEW pasto.v_zone_{i} AS\nSELECT z.id, z.nom, st_area(z.geom) surface\n"
                                          f"FROM pasto.zone_{i % 2} z JOIN ref.commune c ON st_intersects(z.geom, c.geom);\n")
    files["sql/vues/synthese.sql"] = "CREATE VIEW pasto.v_synthese AS\nSELECT v.id, v.surface FROM pasto.v_zone_0 v\n" \
                                     "    JOIN ref.departement d ON st_within(v.geom, d.geom);\n"
    project = kind(tmp_path, files)
    assert project["kind"] == "data-model" and project["scores"]["data-model"] == 8, project


def test_views_over_another_database_without_an_application_keep_their_kind(tmp_path):
    # (near miss: no page or API served beside them, the rule does not reach them)
    files = {k: v for k, v in FILES.items() if k.startswith("postgresql/")}
    files["README.md"] = "# Vues\n\nVues de la base du parc.\n"
    assert kind(tmp_path, files)["kind"] == "data-model"


def test_query_files_past_the_sixtieth_are_read_as_queries(tmp_path):
    files = {k: v for k, v in FILES.items() if not k.startswith("postgresql/")}
    for i in range(70):
        files[f"QGIS/couche_{i:02}.sql"] = f"select z.id, z.geom\nfrom pasto.c_zone z\nwhere z.secteur = {i};\n"
    project = kind(tmp_path, files)
    assert project["kind"] == "web-application", project



# sql/exploitant.sql: the farmers' directory the dashboard shows, built as GeoJSON by psql from the park's table
DIRECTORY = ("WITH features AS (\n  SELECT\n    json_build_object('type', 'Feature', 'properties',\n"
             "      json_build_object('id', id, 'nom_complet', nom_complet, 'nom', nom, 'prenom', prenom,\n"
             "      'adresse', adresse, 'tel', tel, 'gex', groupe_exploitant)) feature\n  FROM\n    pasto.t_exploitant_exp\n)\n"
             "SELECT\n  json_build_object('type', 'FeatureCollection', 'features', json_agg(feature))::text geojson\nFROM\n  features;\n")


def personal(tmp_path, files, name="p"):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["scaling.personal-data"]))["scaling.personal-data"]


def test_the_keys_a_query_publishes_its_columns_under_are_fields_it_reads(tmp_path):
    r = personal(tmp_path, {**FILES, "sql/exploitant.sql": DIRECTORY})
    assert r["status"] == "warn", r["message"]
    ev = [e for e in r["evidence"] if e.get("path") == "sql/exploitant.sql"]
    assert ev and ev[0].get("line") in (4, 5), r["evidence"]
    assert "prenom" in str(ev) and "tel" in str(ev), ev


def test_a_view_selecting_peoples_columns_reads_them(tmp_path):
    view = ("create view projet.exploitant_04 as\nselect e.id, e.nom, e.prenom, e.adresse, e.tel, e.geom\n"
            "from pasto.t_exploitant_exp e join pasto.prairie_04 p on p.exploitant = e.id;\n")
    r = personal(tmp_path, {**FILES, "postgresql/exploitant_04.sql": view})
    assert r["status"] == "warn" and "exploitant_04.sql" in str(r["evidence"]), r["message"]


def test_a_layer_publishing_no_ones_data_stays_clean(tmp_path):
    # (near miss: sql/zone.sql's GeoJSON keys, an id and a pastoral unit's name, and the views' counts hold no person's data)
    r = personal(tmp_path, FILES)
    assert r["status"] == "pass", r["message"]
