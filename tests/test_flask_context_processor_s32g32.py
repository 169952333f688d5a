"""Session 32 (g32, reader m25o2's Tof55260/materiel-nautique-sdis55): a Flask application serving only pages rendered by its
templates and form posts (render_template, redirect) was asked an OpenAPI description ("Web application (flask) without an API
specification"): the dict its ``@app.context_processor`` returns to every template ({"nb_notifs": …}) was read as a view
answering JSON. It answers no JSON: no API to describe. A view returning a dict (Flask answers it as JSON) keeps the warning."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

_APP = ('from flask import Flask, render_template, request, redirect, session\nfrom supabase import create_client\nimport os\n\n'
        'app = Flask(__name__)\napp.secret_key = os.environ.get("SECRET_KEY")\n'
        'supabase = create_client(os.environ.get("SUPABASE_URL"), os.environ.get("SUPABASE_KEY"))\n\n'
        '# ================= NOTIFS =================\n\n@app.context_processor\ndef inject_notifs():\n'
        '    return {"nb_notifs": session.get("nb_notifs", 0)}\n\n\n@app.route("/")\ndef index():\n'
        '    materiels = supabase.table("materiels").select("*").execute().data\n'
        '    return render_template("index.html", materiels=materiels)\n\n\n@app.route("/ajouter", methods=["GET", "POST"])\n'
        'def ajouter():\n    if request.method == "POST":\n        supabase.table("materiels").insert({"nom": request.form["nom"]}).execute()\n'
        '        return redirect("/")\n    return render_template("ajouter.html")\n')
FILES = {
    "app.py": _APP,
    "requirements.txt": "flask\nsupabase\n",
    "templates/index.html": "<!doctype html>\n<html lang=\"fr\"><body><h1>Matériel ({{ nb_notifs }})</h1>\n"
                            "{% for m in materiels %}<p>{{ m.nom }}</p>{% endfor %}</body></html>\n",
    "templates/ajouter.html": "<!doctype html>\n<html lang=\"fr\"><body><form method=\"post\"><input name=\"nom\"><button>Ajouter</button></form></body></html>\n",
    "README.md": "# Matériel nautique\n\nApplication web de gestion du matériel de l'équipe nautique.\n",
}


def test_a_context_processor_dict_is_no_json_answer(tmp_path):
    _, res = judge(tmp_path, FILES, ["interoperability.api-spec"])
    api = res["interoperability.api-spec"]
    assert api["status"] == "not_applicable", api["message"]


def test_a_view_returning_a_dict_still_answers_json(tmp_path):
    files = dict(FILES)
    files["app.py"] += '\n\n@app.route("/api/materiels")\ndef liste():\n    return {"materiels": supabase.table("materiels").select("*").execute().data}\n'
    _, res = judge(tmp_path, files, ["interoperability.api-spec"])
    assert res["interoperability.api-spec"]["status"] == "warn", res["interoperability.api-spec"]["message"]
