"""Settings, tests and formats read in the wrong places (issue 12, session 24 reader o2, families D and F).

- An EIG file-transfer API sets every run setting with its default in its Makefile (`export PORT=8081`, `export
  BACKEND_UPLOAD_FOLDER=/upload`, under "CONFIGURABLE VARIABLES SHOULD BE OVERRIDED IN THE 'artifacts' FILE", then `include
  ./artifacts`) and hands them to docker compose: the report said "4 settings read, 4 undocumented, template: none", and called
  compose's ${APP} "read by the code".
- A BigBlueButton configuration's test_turn.sh prints a TURN user name and password to paste in a web page: a test file, because
  the check for a verdict ("PASS") matched "password".
- A notebook reads INSEE's published .xls with read_excel: "closed format: write ODS, XLSX or CSV instead"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MAKEFILE = ("##########################################\n# CONFIGURABLE VARIABLES SHOULD BE OVERRIDDEN #\n# IN THE 'local.mk' FILE, NOT COMMITTED     #\n"
            "##########################################\n\nexport PORT=8090\nexport APP=depot-fichiers\nexport APP_PATH := $(shell pwd)\n"
            "export SERVICE_DIR=${APP_PATH}/service\nexport STORE_DIR=/depot\nexport debugMode=false\n\n"
            "dummy := $(shell touch local.mk)\ninclude ./local.mk\n\nup:\n\tdocker-compose -f docker-compose-service.yml up -d\n")
COMPOSE = ("version: '2'\nservices:\n  service:\n    build:\n      context: ${SERVICE_DIR}\n    image: ${APP}-service:latest\n    ports:\n"
           "      - ${PORT}:3000\n    environment:\n      - STORE_FOLDER=${STORE_DIR}\n      - debugMode=${debugMode}\n")
SERVICE = {
    "Makefile": MAKEFILE,
    "docker-compose-service.yml": COMPOSE,
    "service/package.json": '{"name": "depot", "dependencies": {"express": "^4.16.0"}}\n',
    "service/app.js": ("const express = require('express');\nconst app = express();\nconst dir = process.env.STORE_FOLDER;\n"
                       "app.post('/upload', (req, res) => res.json({dir}));\napp.listen(3000);\n"),
    "service/README.md": "# Dépôt de fichiers\n\nAPI de dépôt des fichiers d'interventions.\n",
}
CONFIG = "reusability.configuration"


def test_a_makefile_exporting_the_settings_with_their_defaults_is_their_template(tmp_path):
    res = judge(tmp_path, SERVICE, [CONFIG])[1][CONFIG]
    assert res["details"]["templates"] == ["Makefile"] and res["details"]["undocumented"] == [], res["details"]
    assert res["status"] == "pass", res["message"]


def test_a_makefile_of_build_targets_is_no_settings_template(tmp_path):
    files = dict(SERVICE, Makefile="CC=gcc\nCFLAGS=-O2\n\nup:\n\tdocker-compose -f docker-compose-service.yml up -d\n")
    res = judge(tmp_path, files, [CONFIG])[1][CONFIG]
    assert "Makefile" not in res["details"]["templates"], res["details"]
    notes = {e["value"]: e["note"]["en"] for e in res["evidence"] if e.get("kind") == "finding"}
    assert "Docker Compose" in notes["APP"] and "read by the code" in notes["STORE_FOLDER"], notes  # (compose's, the code's)


BBB = {
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3\n",
    "deploy.sh": "#!/bin/bash\nset -e\ncp etc/app.conf /etc/app/app.conf\n",
    "test_turn.sh": ("#!/bin/bash\nHOST=$1\nSECRET=$2\nusername=$(( $(date +%s) + 8400 ))\necho URI : turn:$HOST:443\n"
                     "echo username : $username\necho password : $(echo -n $username | openssl dgst -sha1 -hmac $SECRET | openssl base64)\n"),
}


def test_a_diagnostic_script_printing_a_password_is_no_test(tmp_path):
    report = judge(tmp_path, BBB, ["reusability.tests-and-ci"])[0]
    assert report["facts"]["files"]["tests"] is False


def test_a_shell_test_printing_its_verdict_stays_a_test(tmp_path):
    files = dict(BBB, **{"test_turn.sh": BBB["test_turn.sh"] + "[ -n \"$username\" ] && echo PASS\n"})
    report = judge(tmp_path, files, ["reusability.tests-and-ci"])[0]
    assert report["facts"]["files"]["tests"] is True


NOTEBOOK = {
    "README.md": "# Mobilités\n\nAnalyse des trajets domicile-travail du recensement.\n",
    "analyse.R": ("library(readxl)\nlibrary(readr)\nepci <- read_excel(\"data/Intercommunalite_Metropole_au_01-01-2018.xls\", sheet = 1)\n"
                  "flux <- read_csv(\"data/flux.csv\")\nwrite_csv(flux, \"sortie/flux_epci.csv\")\n"),
}
DATA = "interoperability.data-standards"


def _closed(res) -> list:
    return [e for e in res["evidence"] if e.get("kind") == "finding" and ".xls" in ((e.get("note") or {}).get("en") or "")]


def test_reading_a_published_xls_is_no_closed_format_written(tmp_path):
    res = judge(tmp_path, NOTEBOOK, [DATA])[1][DATA]
    assert _closed(res) == [], res["evidence"]


def test_writing_an_xls_is_still_a_closed_format(tmp_path):
    files = {"README.md": NOTEBOOK["README.md"],
             "export.py": "import xlwt\n\nbook = xlwt.Workbook()\nbook.add_sheet('flux')\nbook.save('sortie/flux.xls')\n",
             "data/flux.csv": "commune,flux\n35238,12\n"}
    res = judge(tmp_path, files, [DATA])[1][DATA]
    assert _closed(res), res["evidence"]
