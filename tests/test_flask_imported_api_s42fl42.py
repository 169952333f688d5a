"""Issue 12, session 42 fixer fl42 (guillett/tarification-solidaire-strasbourg): a Flask server (application = Flask(__name__))
whose routes answer JSON with jsonify, installed by the README's `pip install flask` with no requirements.txt, beside a front end's
package.json. interoperability.api-spec said "No served API detected (no API framework declared, no code answering JSON)": the web
frameworks came only from manifests. With no Python manifest, the frameworks the code imports serve it as declared ones do. Near
miss: an imported Flask app that only renders its pages stays not applicable."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "interoperability.api-spec"
FRONT = {"server/front/package.json": json.dumps({"name": "front", "private": True, "scripts": {"dev": "next dev"},
                                                  "dependencies": {"next": "13.4.0", "react": "18.2.0"}}) + "\n",
         "server/front/package-lock.json": '{"name": "front", "lockfileVersion": 3, "packages": {}}\n',
         "server/front/pages/index.js": "export default function Home() {\n  fetch(`${process.env.NEXT_PUBLIC_DOMAIN}/me`);\n  return <main>Budget</main>;\n}\n",
         "README.md": "# Tarification\n\nÉvaluation de scénarios de tarification.\n\n```\npip install flask flask-cors\ncd server && flask run\n```\n"}
JSON_RUN = ("from flask import Flask, jsonify, request\nfrom flask_cors import CORS\n\napplication = Flask(__name__)\nCORS(application)\n\n\n"
            "@application.route(\"/me\")\ndef me():\n    return jsonify({\"email\": request.args.get(\"email\")})\n\n\n"
            "@application.route(\"/budget\", methods=[\"POST\"])\ndef budget():\n    data = request.get_json()\n    return jsonify({\"total\": len(data)})\n")
PAGES_RUN = ("from flask import Flask, render_template\n\napplication = Flask(__name__)\n\n\n@application.route(\"/\")\ndef index():\n"
             "    return render_template(\"index.html\", titre=\"Budget\")\n")


def test_an_imported_flask_app_answering_json_serves_an_api(tmp_path):
    r = check_result(tmp_path, {**FRONT, "server/run.py": JSON_RUN}, CID)
    assert r["status"] == "warn" and "flask" in r["message"]["en"], (r["status"], r["message"]["en"])  # was not_applicable


def test_an_imported_flask_app_rendering_pages_stays_not_applicable(tmp_path):
    r = check_result(tmp_path, {**FRONT, "server/run.py": PAGES_RUN, "server/templates/index.html": "<h1>{{ titre }}</h1>\n"}, CID)
    assert r["status"] == "not_applicable", (r["status"], r["message"]["en"])
