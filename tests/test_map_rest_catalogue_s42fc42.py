"""interoperability.geo (issue 12, s42 fc42 = neogeo-technologies/idgo-mviewerstudio-proxy, reader re41): a Flask proxy of a map
viewer's studio ships a script asking the platform's MapServer REST API (MRA) for its workspaces (mra["URL"] + "workspaces.xml"),
building each organisation's WMS address from the platform's OWS_URL_PATTERN and writing them as the studio's "wms" data
providers. geo said 'The service handles no detectable map or geographic data' (not applicable). A map server's REST catalogue
asked for by its resource's name, in a file naming the OGC services it serves, is the OGC services of an open map server. Near
miss: a "workspaces.json" an editor's code reads, in a file naming no OGC service, keeps today's verdict. Written for the test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "interoperability.geo"
APP = ("from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/configs')\ndef configs():\n"
       "    return jsonify([])\n")
SCRIPT = '''import json
import requests

import settings


def providers():
    mra = settings.MRA
    r = requests.get(mra["URL"] + "workspaces.xml", auth=(mra["USERNAME"], mra["PASSWORD"]))
    names = [n.text for n in parse(r.text).findall("./workspace/name")]
    return [{"url": settings.OWS_URL_PATTERN.format(organisation=n), "title": n} for n in names]


def write(conf_path):
    with open(conf_path) as f:
        conf = json.load(f)
    conf["app_conf"]["data_providers"]["wms"] = providers()
    with open(conf_path, "w") as f:
        json.dump(conf, f)
'''
EDITOR = '''import json


def workspaces(root):
    with open(root + "/workspaces.json") as f:
        return [w["name"] for w in json.load(f)]
'''


def geo(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Proxy du studio\n\nProxy du studio de cartes de la plateforme.\n",
                                                 "setup.py": "from setuptools import setup\nsetup(name='proxy', install_requires=['flask', 'requests'])\n",
                                                 "proxy/app.py": APP},
                                       "date": "2019-10-01T10:00:00Z", "message": "proxy"},
                                      {"files": files, "date": "2019-11-14T10:00:00Z", "message": "script"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_a_script_asking_a_map_server_rest_catalogue_for_its_wms_uses_ogc_services(tmp_path):
    r = geo(tmp_path, {"scripts/update_providers.py": SCRIPT})
    assert r["status"] == "pass" and "map server REST API (workspaces.xml)" in r["message"]["en"], (r["status"], r["message"])
    assert r["evidence"][0]["path"] == "scripts/update_providers.py" and r["evidence"][0]["line"] == 9, r["evidence"]


def test_a_workspaces_file_in_code_naming_no_ogc_service_stays_as_today(tmp_path):
    r = geo(tmp_path, {"proxy/workspaces.py": EDITOR})
    assert r["status"] == "not_applicable", (r["status"], r["message"])
