"""A JSON Schema and a referential known by their shape (issue 12, session 21 reader r4).

- interoperability.data-standards counted no JSON Schema in a web application shipping the JSON Schema of the event log it
  reads (etc/schema.json: "type": "object", "required", "properties" with types, "$defs"/"$ref") because the file names no
  "$schema" meta-schema; a schema is known by its structure too. A GeoJSON file's "properties" and an OpenAPI document are none.
- interoperability.identifiers said "reference data/validation: no" of a pipeline whose code reads a table of its communes'
  INSEE codes (data/external/codes_insee_communes.csv, "commune,code_insee" then "Name,13001" rows): a referential named as such
  kept in a third-party data folder counts whatever its size (it was left out as a copied library's file, and under 20 KB); a
  list of communes named first under a header naming the codes is a referential as the code-first list ("29001;ARGOL") was.
  A budget's labels and five-digit amounts are none."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

DS = "interoperability.data-standards"
IDS = "interoperability.identifiers"

SCHEMA = {"type": "object", "additionalProperties": False, "required": ["kind", "stamp"],
          "properties": {"kind": {"type": "string"}, "stamp": {"type": "string", "format": "date-time"},
                         "flow": {"$ref": "#/$defs/flow"}},
          "$defs": {"flow": {"type": "object", "properties": {"bytes": {"type": "integer"}}}}}
WEB = {"requirements.txt": "Flask==3.0.0\n", "README.md": "# Console\n\nUne interface web qui affiche le journal d'événements de la sonde.\n",
       "web/app.py": ("import json\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\nLOG = '/var/log/sonde/events.json'\n\n\n"
                      "@app.route('/api/events')\ndef events():\n    with open(LOG) as f:\n        return jsonify([json.loads(line) for line in f])\n"),
       "web/templates/index.html": "<!doctype html><html lang=\"fr\"><body><h1>Console</h1></body></html>\n",
       "etc/schema.json": json.dumps(SCHEMA, indent=4) + "\n"}


def test_a_json_schema_without_its_meta_schema_is_known_by_its_shape(tmp_path):
    res = judge(tmp_path, WEB, [DS])[1][DS]
    assert "etc/schema.json" in res["details"]["json_schemas"], res["message"]


def test_geojson_properties_are_no_schema(tmp_path):
    feature = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nom": {"type": "string"}, "required": 1},
                                                           "geometry": {"type": "Point", "coordinates": [5.4, 43.5]}}]}
    files = dict(WEB, **{"etc/schema.json": None, "data/points.json": json.dumps(feature) + "\n",
                         "data/settings.json": json.dumps({"type": "object", "properties": {"colour": "blue"}, "required": True}) + "\n"})
    files = {k: v for k, v in files.items() if v is not None}
    res = judge(tmp_path, files, [DS])[1][DS]
    assert res["details"].get("json_schemas", []) == [], res["message"]


CODES = "commune,code_insee\n" + "".join(f"Commune {i},13{i:03d}\n" for i in range(1, 90))
PIPELINE = {"README.md": "# Arrêtés\n\nChaîne de traitement des arrêtés : extraction des adresses et des communes, export CSV.\n",
            "environment.yml": "name: arretes\ndependencies:\n  - python=3.11\n  - pandas\n",
            "src/geo/codes.py": ("import pandas as pd\n\nFP_CODES = 'data/external/codes_insee_communes.csv'\n\n\ndef load_codes():\n"
                                 "    return pd.read_csv(FP_CODES, dtype={'code_insee': str})\n\n\n"
                                 "def code_of(commune, codes):\n    row = codes[codes['commune'] == commune]\n"
                                 "    codeinsee = row['code_insee'].iloc[0] if len(row) else None\n    return codeinsee\n"),
            "data/external/codes_insee_communes.csv": CODES}


def test_a_commune_table_named_first_is_a_referential(tmp_path):
    res = judge(tmp_path, PIPELINE, [IDS])[1][IDS]
    assert res["details"]["references"] is True, res["message"]


def test_labels_and_amounts_are_no_referential(tmp_path):
    files = dict(PIPELINE, **{"data/external/codes_insee_communes.csv": None, "data/budget.csv": "poste,montant\nLoyers,13005\nEntretien,13002\nAssurances,13022\nTaxes,13042\n"})
    files = {k: v for k, v in files.items() if v is not None}
    res = judge(tmp_path, files, [IDS])[1][IDS]
    assert res["details"]["references"] is False, res["message"]


def test_a_commune_list_named_first_is_read_as_one(tmp_path):
    files = dict(PIPELINE, **{"data/external/codes_insee_communes.csv": None, "data/communes.csv": "commune;code_insee\nAubagne;13005\nAllauch;13002\nCassis;13022\n"})
    files = {k: v for k, v in files.items() if v is not None}
    res = judge(tmp_path, files, [IDS])[1][IDS]
    assert res["details"]["references"] is True, res["message"]
