"""interoperability.identifiers (issue 12, s36 h36 = reader m33o1, PnEcrins/GeoConstats): a Flask + PostGIS application of wolf-attack
reports built on GeoNature's geographic referential ties every report to its commune and département through ref_geo.l_areas
(a model LAreas with its area_code, the INSEE code of the communes and départements loaded from IGN's ADMIN EXPRESS; SQL triggers
taking the area of type 'COM' or 'DEP' under the point), filters its dashboard by LAreas.area_code.in_(config["CODE_DEPARTMENT"]),
and its config.py.sample sets CODE_DEPARTMENT = ["05", "38"]. The check said "not_applicable: The service handles no detectable
local-government or company identifier". The area code of ref_geo's areas is an INSEE identifier taken from a referential; a setting
named CODE_DEPARTMENT (CODE_DEPT) is a département code field. Near misses: a phone's area_code in a project with no ref_geo, and a
department's code of a company (department_code) stay nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"

MODELS = '''from geoalchemy2 import Geometry

from .env import DB


class LAreas(DB.Model):
    __tablename__ = "l_areas"
    __table_args__ = {"schema": "ref_geo"}
    id_area = DB.Column(DB.Integer, primary_key=True)
    id_type = DB.Column(DB.Integer)
    area_name = DB.Column(DB.Unicode)
    area_code = DB.Column(DB.Unicode)
    geom = DB.Column(Geometry("GEOMETRY", 2154))


class Attaque(DB.Model):
    __tablename__ = "t_attaques"
    id_attaque = DB.Column(DB.Integer, primary_key=True)
    id_commune = DB.Column(DB.Integer, DB.ForeignKey(LAreas.id_area))
'''

VIEWS = '''from flask import Blueprint, current_app, render_template

from .env import DB
from .models import Attaque, LAreas

routes = Blueprint("routes", __name__)


@routes.route("/tableau")
def tableau():
    q = DB.session.query(LAreas.area_name, DB.func.count(Attaque.id_attaque)).filter(LAreas.id_type == 26)
    if current_app.config.get("CODE_DEPARTMENT"):
        q = q.filter(LAreas.area_code.in_(current_app.config["CODE_DEPARTMENT"]))
    return render_template("tableau.html", rows=q.group_by(LAreas.area_name).all())
'''

SQL = '''CREATE OR REPLACE FUNCTION attaques.maj_commune() RETURNS trigger AS $$
BEGIN
  UPDATE attaques.t_attaques SET id_commune = a.id_area
    FROM ref_geo.l_areas a JOIN ref_geo.bib_areas_types b ON b.id_type = a.id_type
    WHERE id_attaque = NEW.id_attaque AND b.type_code = 'COM' AND ST_Within(NEW.geom, a.geom);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
'''

APP = {
    "README.md": "# Attaques\n\nSaisie des constats d'attaques sur les troupeaux, sur le référentiel géographique de GeoNature.\n",
    "requirements.txt": "flask==1.1.4\nflask-sqlalchemy\ngeoalchemy2\n",
    "run.py": "from app import create_app\n\napp = create_app()\n",
    "app/__init__.py": "from flask import Flask\n\n\ndef create_app():\n    return Flask(__name__)\n",
    "app/env.py": "from flask_sqlalchemy import SQLAlchemy\n\nDB = SQLAlchemy()\n",
    "app/models.py": MODELS,
    "app/views.py": VIEWS,
    "data/script.sql": SQL,
}


def test_the_area_code_of_ref_geo_is_an_insee_identifier_from_a_referential(tmp_path):
    r = check_result(tmp_path, APP, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert "ref_geo" in r["message"]["en"], r["message"]
    assert "reference data/validation: yes" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "app/views.py" for e in r["evidence"]), r["evidence"]


def test_a_code_department_setting_is_a_departement_code_field(tmp_path):
    files = {k: v for k, v in APP.items() if k not in ("app/models.py", "app/views.py", "data/script.sql")}
    files["config.py.sample"] = "SECRET_KEY = 'change-me'\nCODE_DEPARTMENT = [\"05\", \"38\"]\n"
    files["app/views.py"] = ("from flask import current_app\n\n\ndef departements():\n"
                             "    return list(current_app.config.get('CODE_DEPT', []))\n")
    r = check_result(tmp_path, files, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert "codedep" in r["message"]["en"].lower(), r["message"]


def test_a_phones_area_code_without_ref_geo_is_none(tmp_path):
    models = ('from .env import DB\n\n\nclass Contact(DB.Model):\n    __tablename__ = "contacts"\n'
              '    id = DB.Column(DB.Integer, primary_key=True)\n    area_code = DB.Column(DB.String(4))\n    number = DB.Column(DB.String(12))\n')
    views = ("from .models import Contact\n\n\ndef numero(c):\n    return f'+{c.area_code} {c.number}'\n")
    files = {k: v for k, v in APP.items() if k != "data/script.sql"}
    r = check_result(tmp_path, {**files, "app/models.py": models, "app/views.py": views}, CID)
    assert r["status"] == "not_applicable", r["message"]


def test_a_companys_department_code_is_none(tmp_path):
    files = {k: v for k, v in APP.items() if k not in ("app/models.py", "app/views.py", "data/script.sql")}
    files["app/views.py"] = ("def service(agent):\n    return {'department_code': agent.department_code, 'name': agent.name}\n")
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable", r["message"]
