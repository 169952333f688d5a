"""Session 35 (ab35): settings read from the environment through a local name bound to it.

- neogeo-technologies/idgo-extractor: a Flask + Celery extraction service reads thirteen settings through `env = os.environ` then
  env.get("CELERY_BROKER_URL", …), env.get("PG_CONNECT_STRING") (common/common.py, celery/extractions.py, frontend/app.py);
  reusability.configuration said "No setting read from the environment", the read signal knowing os.environ.get and os.getenv only.
- near misses: a dictionary named env (env = {"DEBUG": "1"}) read with env.get("DEBUG") reads no variable; a write through the
  name (env["TZ"] = "UTC") reads nothing either. JavaScript's `const env = process.env` then env.DB_HOST is a read.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
COMMON = ("import os\nimport gettext\n\nenv = os.environ\nBROKER_URL = env.get(\"BROKER_URL\", \"redis://localhost:6379\")\n"
          "RESULT_BACKEND = env.get(\"RESULT_BACKEND\", \"redis://localhost:6379\")\nSERVICE_LANGUAGE = env.get(\"SERVICE_LANGUAGE\", None)\n"
          "SERVICE_CONF = env.get(\"SERVICE_CONF\", \"/etc/service_conf.yml\")\n")
TASKS = ("import os\nimport subprocess\n\nfrom common.common import BROKER_URL\n\nenv = os.environ\n\n"
         "EXTRACTS_DIR = env.get(\"EXTRACTS_DIR\", \"/tmp\")\nRETENTION_DAYS = int(env.get(\"RETENTION_DAYS\", 1))\n"
         "PG_CONNECT_STRING = env.get(\"PG_CONNECT_STRING\")\nPROCESS_TIMEOUT = env.get(\"PROCESS_TIMEOUT\", 3600)\n"
         "GDAL_CACHEMAX = env.get(\"GDAL_CACHEMAX\", 512)\n\n\ndef extract(job):\n"
         "    return subprocess.run([\"gdal_translate\", job[\"src\"], EXTRACTS_DIR], timeout=int(PROCESS_TIMEOUT))\n")
APP = ("from flask import Flask, jsonify, request\n\nfrom celery_tasks.extractions import extract\n\napp = Flask(__name__)\n\n\n"
       "@app.route(\"/jobs\", methods=[\"POST\"])\ndef submit():\n    return jsonify(extract(request.get_json()))\n")
BASE = {
    "README.md": ("# Service d'extraction\n\nService REST qui découpe, reprojette et convertit des données raster et vecteur.\n\n"
                  "## Fichier de paramétrage du service\n\nLe chemin du fichier YAML est donné par la variable SERVICE_CONF.\n"),
    "requirements.txt": "flask==1.0.2\ncelery>=4.2\nredis>=3.0\n",
    "frontend/app.py": APP,
    "celery_tasks/extractions.py": TASKS,
}


def test_settings_read_through_a_name_bound_to_os_environ_are_read(tmp_path):
    _, res = judge(tmp_path, {**BASE, "common/common.py": COMMON}, CONF)
    r = res["reusability.configuration"]
    assert "No setting read" not in r["message"]["en"] and "Aucun réglage lu" not in r["message"]["fr"], r["message"]
    assert (r["details"] or {}).get("env_vars", 0) >= 8, r["details"]
    assert r["status"] != "pass", r["message"]  # (eight settings undocumented, no template)


def test_a_dictionary_named_env_and_a_write_read_nothing(tmp_path):
    common = ("import os\n\nenv = {\"DEBUG\": \"1\", \"LANGUAGE\": \"fr\"}\nDEBUG = env.get(\"DEBUG\")\nLANGUAGE = env[\"LANGUAGE\"]\n"
              "environment = os.environ\nenvironment[\"TZ\"] = \"UTC\"\n")
    files = {**BASE, "common/common.py": common,
             "celery_tasks/extractions.py": "import subprocess\n\n\ndef extract(job):\n    return subprocess.run([\"gdal_translate\", job[\"src\"], \"/tmp\"])\n"}
    _, res = judge(tmp_path, files, CONF)
    r = res["reusability.configuration"]
    assert not (r["details"] or {}).get("env_vars"), (r["message"], r["details"])


def test_a_javascript_name_bound_to_process_env_is_read(tmp_path):
    files = {"README.md": "# API\n\nUne API de signalements.\n",
             "package.json": '{"name": "api", "dependencies": {"express": "^4.18.0", "pg": "^8.11.0"}}\n',
             "server.js": ("const express = require('express');\nconst { Pool } = require('pg');\n\nconst env = process.env;\n"
                           "const pool = new Pool({ host: env.DB_HOST, user: env.DB_USER, password: env.DB_PASSWORD });\n"
                           "const app = express();\napp.get('/signalements', async (req, res) => res.json((await pool.query('SELECT 1')).rows));\n"
                           "app.listen(env.APP_PORT || 3000);\n")}
    _, res = judge(tmp_path, files, CONF)
    r = res["reusability.configuration"]
    assert (r["details"] or {}).get("env_vars", 0) >= 3, (r["message"], r["details"])
