"""scaling.hosting and reusability.territory-neutral (issue 12, s39 ff39 = reader rc39, Alex7209UwU/mail2pdf-nextgen): a commune's
Flask application credits the upstream project it re-implements, kept on another city's own GitLab — config.py's APP_METADATA
'repository': 'https://gitlab.villejuif.fr/depots-public/mail2pdf' and a footer link "Source: GitLab" in templates/index.html. The
hosting check read "data come from a public body's servers (villejuif.fr)" and territory-neutral counted the link as one local
government's website. A self-hosted forge (its first label the forge's software) addressed at a repository's page is a link, as
github.com's is. Near miss: a raw file fetched at run time from such a forge stays that body's server."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

CONFIG = ("APP_METADATA = {\n    'name': 'Mail2PDF NextGen',\n    'version': '1.0.0',\n"
          "    'repository': 'https://gitlab.villejuif.fr/depots-public/mail2pdf',\n}\n")
INDEX = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Mail2PDF</title></head>\n<body><main><form method=\"post\"></form></main>\n"
         "<footer>Source : <a href=\"https://gitlab.villejuif.fr/depots-public/mail2pdf\">GitLab</a></footer></body></html>\n")
APP = ("from flask import Flask, render_template\nfrom config import APP_METADATA\n\napp = Flask(__name__)\n\n\n@app.route('/')\n"
       "def index():\n    return render_template('index.html', meta=APP_METADATA)\n")
FETCH = ("import requests\n\nURL = 'https://gitlab.villejuif.fr/depots-public/referentiels/-/raw/main/services.json'\n\n\n"
         "def services():\n    return requests.get(URL, timeout=10).json()\n")
CHECKS = ["scaling.hosting", "reusability.territory-neutral"]


def _files(**extra) -> dict:
    return {"README.md": "# Mail2PDF\n\nConvertit des courriels en PDF.\n", "requirements.txt": "Flask==3.0.0\nrequests==2.32.0\n",
            "app.py": APP, "config.py": CONFIG, "templates/index.html": INDEX, **extra}


def test_an_upstream_s_self_hosted_forge_credited_is_a_link(tmp_path):
    _, res = kind_and_results(tmp_path, _files(), CHECKS)
    assert "public body" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]
    assert "forges" in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]
    assert res["scaling.hosting"]["status"] == "pass" and res["scaling.hosting"]["score"] == 10, res["scaling.hosting"]
    assert "villejuif" not in json.dumps(res["reusability.territory-neutral"]["evidence"]), res["reusability.territory-neutral"]


def test_a_raw_file_fetched_from_a_body_s_forge_stays_its_server(tmp_path):
    _, res = kind_and_results(tmp_path, _files(**{"services.py": FETCH}), ["scaling.hosting"])
    assert "villejuif" in json.dumps(res["scaling.hosting"]), res["scaling.hosting"]
    assert res["scaling.hosting"]["score"] < 10, res["scaling.hosting"]
