"""Session 27 (f27, measure 17 reader o1, mairie-de-paris/franceocr): api/franceocr/french_cities.txt (34,938 commune names, a
frozen copy) is fuzzy-matched against the birth place read on an identity card; public-building-blocks said "handles no address,
place, map…" (not applicable). A list of the communes is what the COG and geo.api.gouv.fr give: a place handled."""

from __future__ import annotations

from auditor.data import load
from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"
API = {"README.md": "# OCR de cartes d'identité\n\nAPI qui lit une carte d'identité.\n",
       "requirements.txt": "Flask==2.3.0\n",
       "api/app.py": ("from flask import Flask, request, jsonify\n\nfrom api.geo import city_exists\n\napp = Flask(__name__)\n\n\n"
                      "@app.route('/cni', methods=['POST'])\ndef cni():\n    return jsonify(city_exists(request.form['lieu']))\n"),
       "api/geo.py": ("import os\n\nwith open(os.path.join(os.path.dirname(__file__), 'cities.txt')) as f:\n"
                      "    CITIES = [c.strip() for c in f]\n\n\ndef city_exists(name):\n    return name.upper() in CITIES\n")}


def _names(n):
    return [c.upper() for c in load("communes.yml")["communes"][:n]]


def test_a_list_of_the_countrys_communes_is_a_place_handled(tmp_path):
    files = {**API, "api/cities.txt": "\n".join(_names(400)) + "\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert res["status"] != "not_applicable", res["message"]
    assert "api/cities.txt" in str(res["evidence"]) and "geo.api.gouv.fr" in res["remediation"]["en"], res
    assert "API Entreprise" not in res["remediation"]["en"], res["remediation"]


def test_a_few_town_names_are_no_register(tmp_path):
    files = {**API, "api/cities.txt": "\n".join(_names(12)) + "\n"}
    res = judge(tmp_path, files, [BB], name="few")[1][BB]
    assert res["status"] == "not_applicable", res["message"]
