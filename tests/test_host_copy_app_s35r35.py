"""Wrong verdicts on a standalone web application holding copies of another product's helpers (issue 12, session 35 fixer r35).

- PnCevennes/app_oeasc: a Flask + Vue web application (server.py creating its Flask app, frontend/ Vue SPA, an Apache site) kept in
  app/utils/ copies of GeoNature's geonature/utils/ helpers (command.py, gn_module_import.py: ``from geonature.utils.env import …``
  beside app/utils/env.py). Those imports made it "a plugin of GeoNature", a library: auth not applicable, a11y's statements
  "those of the GeoNature site hosting it". A module importing the host from a folder mirroring the host's package (same folder
  name, the imported modules beside it) is a copy of the host, not a plugin of it. A GeoNature module importing
  ``geonature.utils.env`` from its own backend stays a plugin of GeoNature.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COPIED_COMMAND = ("import subprocess\n\nfrom server import get_app\nfrom geonature.utils.env import BACKEND_DIR, load_config\n"
                  "from geonature.utils.errors import ConfigError\nfrom geonature.utils.config_schema import GnGeneralSchemaConf\n\n\n"
                  "def start_gunicorn_cmd(uri, worker):\n    subprocess.call(['gunicorn', 'server:app', '-w', str(worker), '-b', uri], "
                  "cwd=str(BACKEND_DIR))\n")

STANDALONE = {
    "README.md": "# Observatoire des dégâts de gibier\n\nSite de déclaration des dégâts et de restitution des résultats.\n",
    "requirements.txt": "Flask==1.1.1\nFlask-SQLAlchemy==2.3.2\nmarshmallow==2.15.3\nJinja2==2.11.3\n",
    "server.py": ("from flask import Flask\n\nfrom app.utils.env import DB\n\n\ndef get_app():\n    app = Flask(__name__)\n"
                  "    DB.init_app(app)\n    from app.modules.declaration.routes import bp\n    app.register_blueprint(bp, url_prefix='/api')\n"
                  "    return app\n\n\napp = get_app()\n"),
    "app/__init__.py": "",
    "app/utils/__init__.py": "",
    "app/utils/env.py": "from flask_sqlalchemy import SQLAlchemy\n\nDB = SQLAlchemy()\nROOT_DIR = '.'\n",
    "app/utils/errors.py": "class ConfigError(Exception):\n    pass\n",
    "app/utils/config_schema.py": ("from marshmallow import Schema, fields\n\n\nclass GnGeneralSchemaConf(Schema):\n"
                                   "    appName = fields.String(missing='GeoNature')\n"),
    "app/utils/command.py": COPIED_COMMAND,
    "app/modules/__init__.py": "",
    "app/modules/declaration/__init__.py": "",
    "app/modules/declaration/routes.py": ("from flask import Blueprint, jsonify\n\nfrom app.utils.env import DB\n\nbp = Blueprint('declaration', "
                                          "__name__)\n\n\n@bp.route('/declarations')\ndef declarations():\n    return jsonify([])\n"),
    "frontend/package.json": '{"name": "frontend", "private": true, "dependencies": {"vue": "^2.6.10", "vue-router": "^3.1.3"}}\n',
    "frontend/public/index.html": ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Observatoire</title></head>\n"
                                   "<body><div id=\"app\"></div></body>\n</html>\n"),
    "frontend/src/main.js": "import Vue from 'vue'\nimport App from './App.vue'\n\nnew Vue({ render: h => h(App) }).$mount('#app')\n",
    "frontend/src/App.vue": "<template>\n  <div id=\"app\"><h1>Observatoire</h1></div>\n</template>\n",
    "site.conf": "Alias /obs /var/www/obs/frontend/dist\nProxyPass /obs/api http://127.0.0.1:5005\n",
}


def _project(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"], name=name)


def test_copied_host_helpers_do_not_make_a_standalone_web_application_a_plugin(tmp_path):
    report, res = _project(tmp_path, STANDALONE)
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project
    assert not any(str(e.get("reason", "")).startswith("plugin of") for e in project["kind_evidence"]), project["kind_evidence"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert "GeoNature" not in a11y["message"]["en"] and "RGAA statement" in a11y["message"]["en"], a11y["message"]


def test_a_geonature_module_importing_the_host_from_its_own_backend_stays_a_plugin(tmp_path):
    module = {
        "README.md": "# Module de suivi\n\nModule GeoNature de suivi des gîtes.\n",
        "requirements.txt": "",
        "backend/__init__.py": "",
        "backend/blueprint.py": ("from flask import Blueprint, jsonify\nfrom geonature.utils.env import DB\n\nblueprint = Blueprint('suivi', "
                                 "__name__)\n\n\n@blueprint.route('/sites')\ndef sites():\n    return jsonify([])\n"),
        "backend/env.py": "ROOT = '.'\n",  # (a module of its own named env: the folder is no copy of geonature/utils/)
        "backend/models.py": "from geonature.utils.env import DB\n\n\nclass Site(DB.Model):\n    __tablename__ = 't_sites'\n",
    }
    report, _ = _project(tmp_path, module, name="m")
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert any(e.get("reason") == "plugin of GeoNature" for e in project["kind_evidence"]), project["kind_evidence"]


# --- the same copies are no code of the project's: app/utils/config_schema.py, GeoNature's configuration schema whose defaults name the
# INPN's sign-in (https://inpn.mnhn.fr/…), imported only by the copied command.py as geonature.utils.config_schema, made public-building-
# blocks say "TAXREF / INPN (MNHN)"; the application handles game damage, no taxon. A sibling the project imports (app.utils.env) stays its own.

SCHEMA = ("from marshmallow import Schema, fields\n\n\nclass CasUserSchemaConf(Schema):\n"
          "    URL = fields.Url(missing='https://inpn.mnhn.fr/authentication/information')\n\n\n"
          "class GnGeneralSchemaConf(Schema):\n    appName = fields.String(missing='GeoNature')\n")


def test_copied_host_modules_are_vendored_and_name_no_building_block(tmp_path):
    files = {**STANDALONE, "app/utils/config_schema.py": SCHEMA}
    report, res = judge(tmp_path, files, ["interoperability.public-building-blocks"], name="b")
    blocks = res["interoperability.public-building-blocks"]
    assert "TAXREF / INPN (MNHN)" not in (blocks["details"].get("building_blocks") or []), blocks["message"]
    from auditor.facts.host_copies import host_copies

    class Snap:
        def read_text(self, path, limit=None):
            text = files[path]
            return text if isinstance(text, str) else None

    python = sorted(p for p in files if p.endswith(".py"))
    # (errors.py too: no file of the application imports it, in this fixture)
    assert host_copies(Snap(), python) == {"app/utils/command.py", "app/utils/config_schema.py", "app/utils/errors.py"}


def test_a_sibling_the_project_imports_stays_its_own():
    files = {**STANDALONE, "app/utils/config_schema.py": SCHEMA,
             "app/settings.py": "from app.utils.config_schema import GnGeneralSchemaConf\n\nCONFIG = GnGeneralSchemaConf().load({})\n"}
    from auditor.facts.host_copies import host_copies

    class Snap:
        def read_text(self, path, limit=None):
            return files[path]

    assert host_copies(Snap(), sorted(p for p in files if p.endswith(".py"))) == {"app/utils/command.py", "app/utils/errors.py"}
