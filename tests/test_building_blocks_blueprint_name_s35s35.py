"""interoperability.public-building-blocks (issue 12, s35 s35 = reader m31o3, PnCevennes/floraOccitania): the ethnobotany
application's Flask routes are a Blueprint the code calls ``adresses`` (adresses = Blueprint('flora_occitania', __name__), then
app.register_blueprint(adresses, url_prefix='')); the service handles plant names, uses and sources, no address. The check said
"fail 0: building blocks used: none" with routes.py:15 and server.py:46 "adresses" as "Address … handled here": a routing object's
variable is the program's own name for a group of routes, no address field. The near misses: a form's or a model's adresse field
beside a postal code, and a record's adresse given as a value, stay addresses handled."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"
ROUTES = ("from flask import Blueprint, jsonify\n\nfrom .models import NomOcc\n\n"
          "adresses = Blueprint('flora_occitania', __name__)\n\n\n@adresses.route('/nomocc', methods=['GET'])\n"
          "def get_nomocc():\n    return jsonify([n.as_dict() for n in NomOcc.query.all()])\n")
SERVER = ("from flask import Flask\n\n\ndef get_app():\n    app = Flask(__name__)\n    with app.app_context():\n"
          "        from flora_occitania.routes import adresses\n\n        app.register_blueprint(adresses, url_prefix='')\n    return app\n")
MODELS = ("from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\nclass NomOcc(db.Model):\n"
          "    __tablename__ = 'cor_nom_occ'\n    id = db.Column(db.Integer, primary_key=True)\n    nom_occitan = db.Column(db.Unicode)\n"
          "    cd_ref = db.Column(db.Integer)\n\n    def as_dict(self):\n        return {'id': self.id, 'nom_occitan': self.nom_occitan}\n")
APP = {
    "README.md": "# Flora Occitania\n\nSaisie et consultation des noms occitans des plantes et de leurs usages.\n",
    "setup.py": "import setuptools\n\nsetuptools.setup(name='flora_occitania', install_requires=['flask', 'flask-sqlalchemy'])\n",
    "backend/server.py": SERVER,
    "backend/flora_occitania/__init__.py": "",
    "backend/flora_occitania/routes.py": ROUTES,
    "backend/flora_occitania/models.py": MODELS,
    "frontend/src/index.html": "<!doctype html>\n<html lang=\"fr\">\n<body>\n<app-root></app-root>\n</body>\n</html>\n",
}


def _handled(r) -> list:
    return [e for e in r["evidence"] if e.get("kind") == "finding" and e.get("value") == "adresses"]


def test_a_blueprints_variable_named_adresses_is_no_address_handled(tmp_path):
    r = check_result(tmp_path, APP, CID)
    assert _handled(r) == [], r["evidence"]


def test_an_adresse_field_of_a_model_stays_an_address_handled(tmp_path):
    model = MODELS.replace("    cd_ref = db.Column(db.Integer)\n",
                           "    cd_ref = db.Column(db.Integer)\n    adresses = db.Column(db.Unicode)\n    ville = db.Column(db.Unicode)\n")
    r = check_result(tmp_path, {**APP, "backend/flora_occitania/models.py": model}, CID)
    assert any(e.get("path") == "backend/flora_occitania/models.py" and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]
