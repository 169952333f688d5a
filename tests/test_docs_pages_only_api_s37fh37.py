"""documentation.docs (issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes).

A syndicate's institutional site in Flask renders server-side Jinja templates and answers no JSON; interoperability.api-spec says
"Web application (flask) serving its pages: no code answers JSON or declares an API — no specification expected", yet the docs check
listed "API" among the missing documentation, its rule dropping the API only when no server framework is a dependency. A web
application whose framework serves its pages and no JSON (api-spec's reading) has no API to document.
Near miss: the same site with a view returning jsonify(…) answers JSON: the API documentation stays expected.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"

APP = """from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def home():
    return render_template("public/home.html")


@app.route("/contact")
def contact():
    return render_template("public/contact.html")
"""

FILES = {"requirements.txt": "Flask==3.1.0\nJinja2==3.1.4\n", "main.py": "from app import app\n\nif __name__ == '__main__':\n    app.run()\n",
         "app/__init__.py": APP, "app/templates/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
         "app/templates/public/home.html": "{% extends 'base.html' %}{% block content %}<h1>Accueil</h1>{% endblock %}\n",
         "app/templates/public/contact.html": "{% extends 'base.html' %}{% block content %}<h1>Contact</h1>{% endblock %}\n",
         "README.md": "# Site du syndicat\n\nSite web institutionnel.\n\n## Installation\n\n```\npip install -r requirements.txt\npython main.py\n```\n"}


def test_a_site_serving_pages_only_is_not_asked_api_documentation(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert "API" not in r["message"]["en"], r["message"]  # was "missing: …, deployment, API"
    assert "deployment" in r["message"]["en"], r["message"]


def test_a_view_answering_json_keeps_the_api_expected(tmp_path):
    api = APP.replace("from flask import Flask, render_template", "from flask import Flask, jsonify, render_template") + \
        '\n\n@app.route("/api/communes")\ndef communes():\n    return jsonify([{"nom": "Ansignan"}])\n'
    r = check_result(tmp_path, {**FILES, "app/__init__.py": api}, CID)
    assert "API" in r["message"]["en"], r["message"]
