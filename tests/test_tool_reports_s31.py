"""Session 31 (d31, reader m23o1's maquette_back): a tool's HTML report taken for the project's interface.

A Flask JSON API (every route answers jsonify or sends a file; no templates/, no static/) committed OWASP Dependency-Check's
reports/dependency-check-report.html. That report was an "HTML page" beside Flask, so the project became a web application and
the accessibility and eco-design criteria of a public website were failed on an API."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

REPORT = ('\n<!DOCTYPE html>\n<html lang="en">\n    <head>\n        <title>Dependency-Check Report</title>\n'
          '        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n    </head>\n'
          '    <body><h1>Project: api</h1><table><tr><td>flask-2.2.2</td><td>CVE-2023-30861</td></tr></table></body>\n</html>\n')

API = {
    "requirements.txt": "Flask==2.2.2\nflask-jwt-extended==4.4.4\npsycopg2-binary==2.9.5\n",
    "run.py": "from app import create_app\n\napp = create_app()\n\nif __name__ == '__main__':\n    app.run(host='0.0.0.0')\n",
    "app/__init__.py": ("from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n"
                        "    from app.modules.users.views import users\n    app.register_blueprint(users)\n    return app\n"),
    "app/modules/users/views.py": ("from flask import Blueprint, jsonify, request, send_file\n\nusers = Blueprint('users', __name__)\n\n\n"
                                   "@users.route('/users', methods=['GET'])\ndef liste():\n    return jsonify([{'id': 1}])\n\n\n"
                                   "@users.route('/export', methods=['GET'])\ndef export():\n    return send_file('export.csv')\n"),
    "reports/dependency-check-report.html": REPORT,
    "README.md": "# Maquette API\n\nAPI of the city model.\n\n## Installation\n\n```\npip install -r requirements.txt\npython run.py\n```\n",
}


def test_a_dependency_check_report_is_no_page_of_a_json_api(tmp_path):
    report, res = judge(tmp_path, API, ["interoperability.accessibility-and-ecodesign"])
    project = report["facts"]["project"]
    assert project["kind"] == "api-service", project
    assert not any(e["path"].startswith("reports/") for e in project["kind_evidence"]), project["kind_evidence"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] == "not_applicable", a11y["message"]


def test_a_flask_application_with_a_page_of_its_own_stays_a_web_application(tmp_path):
    files = dict(API)
    files["app/static/index.html"] = ('<!doctype html>\n<html lang="fr"><head><title>Maquette</title></head>\n'
                                      '<body><form id="bbox"><input name="x"><button>Générer</button></form><script src="app.js"></script></body></html>\n')
    report, _ = judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
