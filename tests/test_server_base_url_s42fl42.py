"""Issue 12, session 42 fixer fl42 (guillett/tarification-solidaire-strasbourg): a Flask server reads BASE_URL = os.getenv("BASE_URL")
for its OAuth redirect address, beside a front end that a front-end build tool builds. reusability.configuration dropped BASE_URL as
that tool's variable (Vite's, Vue CLI's), whatever read it: 15 settings counted where the code reads 16. A front-end tool sets the name
only for the code it builds; a server's read is the project's own setting. Near miss: the front end's own read of BASE_URL, built by
Vite, stays the tool's."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CONFIG = "reusability.configuration"
RUN = ("import os\n\nfrom dotenv import load_dotenv\nfrom flask import Flask, redirect\n\nload_dotenv()\n"
       "SECRET_KEY = os.getenv(\"SECRET_KEY\")\nGRIST_SERVER = os.getenv(\"GRIST_SERVER\")\nGRIST_DOC_ID = os.getenv(\"GRIST_DOC_ID\")\n"
       "OAUTH_CLIENT_ID = os.getenv(\"OAUTH_CLIENT_ID\")\nOAUTH_TOKEN_URL = os.getenv(\"OAUTH_TOKEN_URL\")\n"
       "BASE_URL = os.getenv(\"BASE_URL\")\nDATA_FOLDER = os.getenv(\"DATA_FOLDER\")\n\n"
       "application = Flask(__name__)\napplication.secret_key = SECRET_KEY\n\n\n@application.route(\"/login\")\ndef login():\n"
       "    return redirect(f\"{BASE_URL}/auth?folder={DATA_FOLDER}\")\n")
FRONT = {"server/front/package.json": json.dumps({"name": "front", "private": True, "scripts": {"dev": "vite", "build": "vite build"},
                                                  "devDependencies": {"vite": "^5.0.0"}}, indent=2) + "\n",
         "server/front/index.html": "<!doctype html>\n<html><body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n",
         "server/front/src/main.js": "const domain = 'http://localhost:8000';\nfetch(`${domain}/me`).then((r) => r.json());\n"}
BASE = {**FRONT, "README.md": "# Tarification\n\nÉvaluation de scénarios de tarification.\n\n```\npip install flask python-dotenv\n```\n",
        ".env.exemple": "SECRET_KEY=\nGRIST_SERVER=\nGRIST_DOC_ID=\nOAUTH_CLIENT_ID=\nOAUTH_TOKEN_URL=\nDATA_FOLDER=\nBASE_URL=http://127.0.0.1:8000\n"}


def test_base_url_read_by_a_python_server_is_its_own_setting(tmp_path):
    r = check_result(tmp_path, {**BASE, "server/run.py": RUN}, CONFIG)
    assert r["details"].get("env_vars") == 7, (r["message"]["en"], r["details"])  # was 2: BASE_URL dropped as Vite's


def test_base_url_read_by_the_vite_built_front_stays_the_tools(tmp_path):
    run = RUN.replace('BASE_URL = os.getenv("BASE_URL")\n', 'BASE_URL = "http://127.0.0.1:8000"\n')
    main = "const base = import.meta.env.BASE_URL;\nconst alt = process.env.BASE_URL;\nfetch(`${base}me`).then((r) => r.json());\n"
    r = check_result(tmp_path, {**BASE, "server/run.py": run, "server/front/src/main.js": main}, CONFIG)
    assert r["details"].get("env_vars") == 6 and "BASE_URL" not in str(r["evidence"]), (r["message"]["en"], r["details"])
