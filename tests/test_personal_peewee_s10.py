"""scaling.personal-data: peewee models (a Python ORM) were not read (issue 12, session 9's reads): a Flask app whose models sit in
its db module, not in models.py, read 'No database schema or model read'."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

CID = "scaling.personal-data"


def test_peewee_models_in_a_db_module_are_read(tmp_path):
    db = ("from peewee import *\n\ndb = SqliteDatabase('app.db')\n\n\nclass BaseModel(Model):\n    class Meta:\n        database = db\n\n\n"
          "class Agent(BaseModel):\n    nom = CharField()\n    prenom = CharField()\n    email = CharField(unique=True)\n"
          "    service = CharField(null=True)\n\n\nclass Site(BaseModel):\n    code = pw.CharField()\n    surface = FloatField()\n")
    app = "from flask import Flask\nfrom app.db import Agent\n\napp = Flask(__name__)\n"
    r = pd(tmp_path, {"app/db.py": db, "app/main.py": app, "requirements.txt": "flask==3.0.0\npeewee==3.17.0\n", "README.md": "# Annuaire\n\nOutil.\n"})
    assert r["status"] == "warn", r["message"]
    assert r["evidence"][0]["path"] == "app/db.py" and r["evidence"][0]["value"]["table"] == "Agent"
