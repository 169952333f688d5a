"""interoperability.api-spec: a Flask API beside a Streamlit front (issue 12, session 41 fixer fj41 = SBVR-jeremy/sbvr_observatory_myliaq,
reader rb41 item 3). A river syndicate's observatory has a Streamlit dashboard (Home.py, pages/) and a Flask server (api_server.py,
routes under /api/ answering jsonify) the pages call over HTTP. The check said 'Dashboard served by streamlit, no API detected':
Flask was set aside as a dashboard's own server, which it is for Dash only (Streamlit runs on Tornado). Near misses: a Dash app with
Flask (Dash's own server) and a Streamlit app alone keep '… served by …, no API detected'. The fixtures are written for the
test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "interoperability.api-spec"
README = {"README.md": "# Observatoire\n\nTableau de bord des débits des rivières du bassin.\n"}
STREAMLIT = {"Home.py": "import streamlit as st\nimport requests\n\nst.title('Observatoire')\n"
                        "r = requests.get('http://localhost:1111/api/stations')\nst.dataframe(r.json())\n"}
FLASK_API = {"api_server.py": "from flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\n@app.route('/api/stations')\n"
                              "def stations():\n    return jsonify([{'code': 'U401', 'nom': 'Station A'}])\n\n\n"
                              "@app.route('/api/debits', methods=['GET'])\ndef debits():\n    code = request.args.get('code')\n"
                              "    return jsonify({'code': code, 'debits': [1.2, 3.4]})\n\n\nif __name__ == '__main__':\n"
                              "    app.run(host='0.0.0.0', port=1111)\n"}
DASH = {"app.py": "from dash import Dash, html, dcc\n\napp = Dash(__name__)\napp.layout = html.Div([html.H1('Observatoire'), dcc.Graph(id='g')])\n\n"
                  "if __name__ == '__main__':\n    app.run_server(debug=False)\n"}


def run(tmp_path, files) -> dict:
    commits = [{"files": {**README, **files}, "message": "observatoire", "date": "2024-03-10T10:00:00Z"}]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2024, 6, 1), only=[CID]))
    return report["results"][0]


def test_a_flask_api_beside_a_streamlit_front_is_the_projects_api(tmp_path):
    r = run(tmp_path, {**STREAMLIT, **FLASK_API, "requirements.txt": "streamlit==1.28.0\nFlask==2.3.1\nrequests==2.31.0\n"})
    assert r["status"] in ("warn", "fail"), (r["status"], r["message"]["en"])
    assert "flask" in r["message"]["en"].lower() and "no API detected" not in r["message"]["en"], r["message"]["en"]


def test_dash_on_its_own_flask_stays_a_dashboard(tmp_path):
    r = run(tmp_path, {**DASH, "requirements.txt": "dash==2.14.0\nFlask==2.3.1\n"})
    assert r["status"] == "not_applicable" and "served by dash" in r["message"]["en"], (r["status"], r["message"]["en"])


def test_streamlit_alone_stays_a_dashboard(tmp_path):
    r = run(tmp_path, {**STREAMLIT, "requirements.txt": "streamlit==1.28.0\nrequests==2.31.0\n"})
    assert r["status"] == "not_applicable" and "served by streamlit" in r["message"]["en"], (r["status"], r["message"]["en"])
