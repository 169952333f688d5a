"""interoperability.data-standards names the formats of the data files committed (issue 12, s46 fb46, reader ra45, re-reader va45).

WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back, a Laravel API, commits 31 data files under storage/data/ (10 CSV
of communes and mayors, 6 GeoJSON, JSON, KML). The message said "Open formats: JSON, OGC (KML)": only the formats its code reads or
writes and the OGC files, never the CSV and GeoJSON files themselves; and, the KML's OGC schema counting as a public schema, no advice
asked for a Table Schema of the CSV tables, which nothing describes. Now the files' formats are named and the CSV tables are advised a
Table Schema. Near miss: CSV tables described by a Table Schema get no such advice."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
CONTROLLER = ("<?php\nnamespace App\\Http\\Controllers;\n\nclass LieuxController extends Controller\n{\n"
              "    public function index()\n    {\n        return response()->json(['lieux' => []]);\n    }\n}\n")
KML = ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Gare</name>'
       '<Point><coordinates>5.93,43.12</coordinates></Point></Placemark></Document></kml>\n')
GEOJSON = json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "83137"},
                                                                  "geometry": {"type": "Point", "coordinates": [5.93, 43.12]}}]})
FILES = {
    "README.md": "# Territoire\n\nUne API qui sert des informations sur les communes d'une région.\n",
    "composer.json": json.dumps({"require": {"laravel/framework": "^8.0"}}),
    "app/Http/Controllers/LieuxController.php": CONTROLLER,
    "storage/data/raw/elus.csv": "code_commune,nom,prenom\n83137,Martin,Anne\n",
    "storage/data/raw/communes.csv": "code_commune,nom\n83137,Toulon\n",
    "storage/data/raw/zones/zone.geojson": GEOJSON,
    "storage/data/raw/zones/zone.kml": KML,
}


def _res(tmp_path, files, name="r"):
    return judge(tmp_path, files, [CID], name)[1][CID]


def test_data_files_formats_are_named_and_their_tables_advised_a_schema(tmp_path):
    res = _res(tmp_path, FILES)
    msg, adv = res["message"]["en"], (res.get("remediation") or {}).get("en") or ""
    assert "CSV" in msg and "GeoJSON" in msg, msg
    assert {"CSV", "GeoJSON"} <= set(res["details"]["formats"]), res["details"]
    assert "Table Schema" in adv and "storage/data/raw/communes.csv" in adv, adv
    assert "Formats ouverts" in res["message"]["fr"] and "CSV" in res["message"]["fr"]
    assert any(e.get("path") == "storage/data/raw/communes.csv" for e in res["evidence"]), res["evidence"]


def test_near_miss_tables_described_by_a_table_schema_get_no_such_advice(tmp_path):
    schema = json.dumps({"fields": [{"name": "code_commune", "type": "string"}, {"name": "nom", "type": "string"}]})
    files = dict(FILES, **{"storage/data/raw/schema.json": schema})
    res = _res(tmp_path, files, "described")
    adv = (res.get("remediation") or {}).get("en") or ""
    assert "each data file" not in adv, adv
