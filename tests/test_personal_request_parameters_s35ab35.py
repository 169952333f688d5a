"""Session 35 (ab35): a request's parameters listed with their types are the fields a service takes in.

- neogeo-technologies/idgo-extractor: the Flask route /jobs checks its JSON payload against required_parameters = [("user_id", [str]),
  ("user_email_address", [str])] and optional_parameters = [("user_name", [str]), ("user_first_name", [str]), ("user_address", [str]),
  …] (a user's e-mail and postal address, to send the data on a physical medium), and logs the whole payload; scaling.personal-data
  said "no personal-data field": a list of parameters was no model it read, and user_email_address, user_address (a person's role
  before the contact's words) were no personal fields.
- near misses: a list of an extraction's technical parameters (source, dst_format, dst_srs…) holds no personal data; a server's or a
  client socket's address (server_address, client_address) is no person's.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

APP = '''import json
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/jobs", methods=["POST"])
def submit_job():
    req = json.loads(request.data)
    logger.info("POST data is: %s" % str(req))
    required_parameters = [
        ("user_id", [str]),
        ("{email}", [str]),
    ]
    optional_parameters = [
        ("user_name", [str]),
        ("{first}", [str]),
        ("user_company", [str]),
        ("{address}", [str]),
        ("data_extractions", [list]),
    ]
    for (k, types) in required_parameters + optional_parameters:
        if k in req and type(req[k]) not in types:
            return "bad type", 400
    return "ok", 201
'''
EXTRACT = '''def extract(params):
    required_parameters = [
        ("source", [str]),
        ("dst_format", [dict]),
    ]
    optional_parameters = [
        ("dst_srs", [str]),
        ("footprint", [str]),
        ("img_res", [int, float]),
        ("server_address", [str]),
        ("client_address", [str]),
    ]
    return [k for (k, _) in required_parameters + optional_parameters if k in params]
'''
BASE = {"README.md": "# Extraction\n\nService d'extraction de données.\n", "requirements.txt": "flask==1.0.2\n",
        "worker/extractions.py": EXTRACT}


def test_a_requests_parameter_list_with_a_users_contacts_is_personal_data(tmp_path):
    app = APP.replace("{email}", "user_email_address").replace("{first}", "user_first_name").replace("{address}", "user_address")
    r = pd(tmp_path, {**BASE, "frontend/app.py": app})
    assert r["status"] == "warn", r["message"]
    assert "e-mail" in r["message"]["en"] and "postal address" in r["message"]["en"], r["message"]


def test_technical_parameters_and_socket_addresses_are_no_personal_data(tmp_path):
    app = APP.replace("{email}", "dst_format").replace("{first}", "img_res").replace("{address}", "server_address")
    r = pd(tmp_path, {**BASE, "frontend/app.py": app.replace('("user_name", [str]),\n', "").replace('("user_id", [str]),\n', '("job_id", [str]),\n')})
    assert r["status"] != "warn" and r["status"] != "fail", r["message"]
