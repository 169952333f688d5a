"""interoperability.data-standards (issue 12, session 25 m25 = s24 o3 family 4 and o1, geopicardie/style-osm-geopicardie and
smmareptb11/AcycliqWidget): advice that did not apply.

- A regional platform's basemap chain (CartoCSS styles, an imposm mapping, SQL post-processing of the imported tables) is a GIS
  kit styling OpenStreetMap's data: "schemas: 0 Table Schema" (fail 3) was asked of it, its PostGIS tables being OSM's, loaded
  through the mapping it commits. A GIS kit whose database is an OpenStreetMap import (imposm mapping, osm2pgsql style) and that
  holds no data file or schema of its own is not judged; a GIS kit with a PostGIS model of its own stays judged.
- An embeddable widget's integration guide lists its options as a table (| Paramètre | Obligatoire | Type | Default | … |, rows
  typed string/number/boolean): two rows typed "boolean" made it a data dictionary, so the widget, which only reads an API's JSON,
  was asked for a Table Schema (fail). A table whose heading names parameters, options or properties is no data dictionary; a
  dictionary's table (| Champ | Libellé | Type |) still is.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"

MML = json.dumps({"name": "Fond clair", "srs": "+proj=merc +a=6378137 +b=6378137 +units=m +no_defs",
                  "Stylesheet": ["base.mss", "routes.mss"],
                  "Layer": [{"id": "routes", "class": "routes", "Datasource": {"type": "postgis", "dbname": "osm", "table": "osm_routes"}},
                            {"id": "eau", "class": "eau", "Datasource": {"type": "postgis", "dbname": "osm", "table": "osm_surfaces_eau"}}]},
                 indent=2)
MSS = "Map { background-color: #f4f1ea; }\n\n#eau { polygon-fill: #b5d0d0; }\n"
ROUTES_MSS = "#routes[type='primary'] { line-color: #e89b6e; line-width: 2; }\n"
MAPPING = json.dumps({"tables": {"routes": {"type": "linestring", "mapping": {"highway": ["primary", "secondary"]},
                                            "columns": [{"name": "osm_id", "type": "id"}, {"name": "geometry", "type": "geometry"},
                                                        {"name": "type", "type": "mapping_value"}]}},
                      "generalized_tables": {"routes_gen0": {"source": "routes", "tolerance": 200}}}, indent=2)
POST_SQL = ("-- tables des étiquettes\nCREATE TABLE osm_routes_etiquettes (\n  id serial PRIMARY KEY,\n  nom varchar(200),\n"
            "  geometry geometry(MultiLineString, 3857)\n);\n\nINSERT INTO osm_routes_etiquettes (nom, geometry)\n"
            "SELECT name, ST_Multi(ST_LineMerge(ST_Collect(geometry))) FROM osm_routes GROUP BY name;\n")
README_KIT = "# Fond de carte\n\nChaîne de production d'un fond de carte : styles CartoCSS pour TileMill.\n"


def _kit(extra: dict | None = None) -> dict:
    files = {"README.md": README_KIT, "styles/clair/project.mml": MML, "styles/clair/base.mss": MSS, "styles/clair/routes.mss": ROUTES_MSS,
             "post_import/routes/etiquettes.sql": POST_SQL}
    files.update(extra or {})
    return files


def _result(tmp_path, files, name):
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_basemap_kit_over_an_openstreetmap_import_is_not_asked_for_table_schema(tmp_path):
    r = _result(tmp_path, _kit({"imposm/imposm3-mapping.json": MAPPING}), "osm")
    assert r["status"] == "not_applicable" and "OpenStreetMap" in r["message"]["en"], r  # was fail 3 "0 Table Schema"
    assert "imposm/imposm3-mapping.json" in r["message"]["en"] and "GIS kit" in r["message"]["en"], r["message"]


def test_a_gis_kit_with_a_model_of_its_own_stays_judged(tmp_path):
    own = ("CREATE TABLE zones_humides (\n  id serial PRIMARY KEY,\n  nom varchar(200),\n  surface numeric,\n"
           "  geom geometry(MultiPolygon, 2154)\n);\n")
    r = _result(tmp_path, _kit({"post_import/routes/etiquettes.sql": own}), "own")
    assert r["status"] != "not_applicable", r


WIDGET_PKG = json.dumps({"name": "widget-hydro", "version": "1.0.0", "type": "module", "license": "AGPL-3.0",
                         "scripts": {"build": "vite build"}, "dependencies": {"preact": "^10.19.0"}, "devDependencies": {"vite": "^5.0.0"}},
                        indent=2)
API_JS = ("export async function mesures(apiUrl, token, idStation) {\n"
          "  const r = await fetch(`${apiUrl}/stations/${idStation}/mesures`, { headers: { Authorization: `Bearer ${token}` } });\n"
          "  return r.json();\n}\n")
MAIN_JSX = ("import { render } from 'preact';\nimport { mesures } from './lib/api.js';\n\n"
            "export function Graphique({ apiUrl, token, idStation }) {\n  return <div class=\"graphique\" data-station={idStation} />;\n}\n\n"
            "render(<Graphique />, document.getElementById('app'));\n")
OPTIONS = ("# Intégration\n\n## Options du widget\n\n| Paramètre | Obligatoire | Type | Défaut | Description |\n"
           "|---|---|---|---|---|\n| `apiUrl` | oui | string | — | Adresse de l'API |\n| `idStation` | oui | number | — | Station mesurée |\n"
           "| `seuils` | non | boolean | `true` | Afficher les seuils |\n| `ngf` | non | boolean | `false` | Hauteurs en mètres NGF |\n")
DICTIONARY = ("# Dictionnaire des données\n\n| Champ | Libellé | Type |\n|---|---|---|\n| id_station | Identifiant de la station | integer |\n"
              "| hauteur | Hauteur mesurée | numeric |\n| valide | Mesure validée | boolean |\n")


def _widget(doc_path: str, doc: str) -> dict:
    return {"README.md": "# Widget hydro\n\nGraphique des hauteurs d'eau d'une station, à intégrer dans une page.\n",
            "package.json": WIDGET_PKG, "index.html": "<!doctype html><html><body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
            "src/main.jsx": MAIN_JSX, "src/lib/api.js": API_JS, doc_path: doc}


def test_a_widgets_options_table_is_no_data_dictionary(tmp_path):
    report, res = judge(tmp_path, _widget("docs/integration.md", OPTIONS), [CID], name="options")
    assert res[CID]["status"] == "not_applicable", res[CID]  # was fail "schemas: 0 Table Schema"
    assert not report["facts"]["personal_data"]["schemas"], report["facts"]["personal_data"]["schemas"]


def test_a_data_dictionary_stays_a_model(tmp_path):
    report, res = judge(tmp_path, _widget("docs/dictionnaire.md", DICTIONARY), [CID], name="dico")
    assert report["facts"]["personal_data"]["schemas"] == [["docs/dictionnaire.md", "dictionary"]], report["facts"]["personal_data"]
    assert res[CID]["status"] != "not_applicable", res[CID]
