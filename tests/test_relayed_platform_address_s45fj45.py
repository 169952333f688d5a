"""Address fields copied from a data platform's records are no local copy of reference data (issue 12, s45 fj45).

Real case: D-OTIsud/tourinsoftpars, a Flask service re-shaping a tourism information system's feeds (Tourinsoft): app.py copies
each record's postal code (item.get("CodePostal")) into its answer beside the record's own coordinates. public-building-blocks
failed 0.0 with evidence "CodePostal: address … which the public services would provide" and advice "API Adresse to geocode":
nothing is geocoded and no reference data is kept, the fields are the platform's. Near miss: the same relay of a feed that is no
listed data platform keeps the old verdict (the address fields judged).
"""
from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results


def _app(url: str) -> str:
    return ("from flask import Flask, jsonify\nimport requests\n\napp = Flask(__name__)\n\n"
            f'FLUX = "{url}"\n\n\n@app.route("/lieux")\ndef lieux():\n    data = requests.get(FLUX).json()\n    out = []\n'
            '    for item in data.get("value", []):\n        out.append({\n            "nom": item.get("SyndicObjectName"),\n'
            '            "adresse": {"ligne": item.get("Adresse1"), "code_postal": item.get("CodePostal")},\n        })\n'
            '    return jsonify(out)\n')


def _blocks(tmp_path, url):
    files = {"app.py": _app(url), "requirements.txt": "flask\nrequests\n"}
    _, res = kind_and_results(tmp_path, files, ["interoperability.public-building-blocks"])
    return res["interoperability.public-building-blocks"]


def test_a_platforms_address_fields_relayed_are_no_reference_copy(tmp_path):
    r = _blocks(tmp_path, "https://api-v3.tourinsoft.com/api/syndications/cdt12.tourinsoft.com/0A1B2C3D?format=json")
    assert r["status"] == "not_applicable" and r["details"].get("relayed_records") is True, r
    assert "Tourinsoft" in r["message"]["en"], r["message"]


def test_near_miss_a_feed_of_no_listed_platform_keeps_its_verdict(tmp_path):
    r = _blocks(tmp_path, "https://flux.example.org/lieux.json")
    assert r["status"] == "fail" and not r["details"].get("relayed_records"), r
