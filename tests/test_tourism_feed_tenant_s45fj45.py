"""Tourinsoft's current API host and a territory's tenant named in an address's path (issue 12, s45 fj45).

Real case: D-OTIsud/tourinsoftpars, a Flask service of a tourism office re-shaping its island's Tourinsoft feeds: app.py
hard-codes six addresses https://api-v3.tourinsoft.com/api/syndications/<territory>.tourinsoft.com/<id>. The catalogue knew
Tourinsoft only at wcf.tourinsoft.com, so vendor-lock-in passed and configuration said "writes no proprietary service address";
and the territory detector read sub-domains only after "://", not the tenant host written in the path, so territory-neutral
passed. Near misses: the same service on a tenant named by a code (no place), and a path host that is no place, stay neutral.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

REQS = "flask\nrequests\n"


def _app(url: str) -> str:
    return ("from flask import Flask, jsonify\nimport requests\n\napp = Flask(__name__)\n\n"
            f'FEEDS = {{\n    "visites": "{url}/0A1B2C3D-0000-4000-8000-000000000001?format=json",\n'
            f'    "gites": "{url}/0A1B2C3D-0000-4000-8000-000000000002?format=json",\n}}\n\n\n'
            '@app.route("/<name>")\ndef feed(name):\n    data = requests.get(FEEDS[name]).json()\n'
            '    return jsonify([{"nom": o.get("SyndicObjectName")} for o in data.get("value", [])])\n')


def _results(tmp_path, url):
    files = {"app.py": _app(url), "requirements.txt": REQS, "Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nCMD [\"flask\", \"run\"]\n"}
    _, res = kind_and_results(tmp_path, files, ["scaling.vendor-lock-in", "reusability.territory-neutral", "reusability.configuration"])
    return res


def test_a_tenant_feed_on_the_current_api_host_is_a_proprietary_service_and_a_territory_value(tmp_path):
    res = _results(tmp_path, "https://api-v3.tourinsoft.com/api/syndications/martinique.tourinsoft.com")
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] == "warn", lock
    hosts = [(e["path"], e["line"]) for e in lock["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("how") == "host"]
    assert hosts == [("app.py", 7), ("app.py", 8)], hosts  # (one per line: the API's host, not again the tenant in its path)
    terr = res["reusability.territory-neutral"]
    assert terr["status"] in ("warn", "fail"), terr
    assert {(e.get("path"), e.get("line"), e.get("value")) for e in terr["evidence"] if e.get("line")} == \
        {("app.py", 7, "martinique.tourinsoft.com"), ("app.py", 8, "martinique.tourinsoft.com")}, terr["evidence"]
    conf = res["reusability.configuration"]
    assert conf["status"] in ("warn", "fail"), conf
    assert any(e.get("path") == "app.py" and "Tourinsoft" in str(e.get("value")) for e in conf["evidence"]), conf["evidence"]


def test_near_miss_a_tenant_named_by_a_code_and_a_path_host_naming_no_place_stay_neutral(tmp_path):
    res = _results(tmp_path, "https://api-v3.tourinsoft.com/api/syndications/cdt12.tourinsoft.com")
    assert res["scaling.vendor-lock-in"]["status"] == "warn"  # (still the proprietary service)
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
    res = _results(tmp_path / "b", "https://cdn.example.org/mirror/files.example.org")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]
