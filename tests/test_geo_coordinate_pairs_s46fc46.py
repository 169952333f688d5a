"""interoperability.geo (issue 12, s46 fc46 = reader rh45's D-OTIsud/tourinsoftpars): a Flask API relays a tourism platform's
syndication feeds and writes, into every record it serves, "location": {"latitude": item.get(…), "longitude": item.get(…)}
(app.py:36-39). The check said not applicable, "The service handles no detectable map or geographic data": the positions it
hands on were not read, since only model fields and accessors counted as coordinates. A latitude and a longitude written side
by side as the keys of one record are geographic data exchanged: warn, as two plain fields with no geographic format nor stated
reference system. Near miss: a lone "latitude" key and a model's float fields keep the old verdicts. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
RELAY = ("from flask import Flask, jsonify\nimport requests\n\napp = Flask(__name__)\nFEED = 'https://feeds.example.org/events.json'\n\n\n"
         "def records():\n    out = []\n    for row in requests.get(FEED).json().get('items', []):\n"
         "        out.append({\n            'title': row.get('Titre', ''),\n            'position': {\n"
         "                'latitude': row.get('PosLat', None),\n                'longitude': row.get('PosLon', None)\n"
         "            },\n        })\n    return out\n\n\n@app.route('/events')\ndef events():\n    return jsonify(records())\n")
FILES = {"app.py": RELAY, "requirements.txt": "flask\nrequests\n", "README.md": "# relais\n\nRelaie les événements.\n"}


def test_positions_written_into_served_records_are_geographic_data(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "warn", r["message"]  # was not_applicable "handles no detectable map or geographic data"
    assert r["details"]["coordinate_pairs"] is True
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("app.py", 14)]
    assert "GeoJSON" in r["remediation"]["en"] and "EPSG:4326" in r["remediation"]["fr"]


def test_near_miss_a_lone_latitude_key_or_model_fields_keep_the_old_verdict(tmp_path):
    lone = RELAY.replace("                'longitude': row.get('PosLon', None)\n", "                'altitude': row.get('Alt', None)\n")
    r = check_result(tmp_path, {**FILES, "app.py": lone}, CID)
    assert r["status"] == "not_applicable" and "no detectable map" in r["message"]["en"], r["message"]
    model = "from django.db import models\n\n\nclass Station(models.Model):\n    latitude = models.FloatField()\n    longitude = models.FloatField()\n"
    (tmp_path / "m").mkdir()
    r = check_result(tmp_path / "m", {"stations/models.py": model, "requirements.txt": "django\n"}, CID)
    assert r["status"] == "not_applicable" and "reads positions as coordinates" in r["message"]["en"], r["message"]
