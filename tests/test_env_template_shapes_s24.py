"""Settings templates recognised beyond their file name (issue 12, session 24 a24, s23 reader n3 family 1).

- gip-inclusion/dora-back: a folder of env files named as the template (envs-example/dev.env, envs-example/secrets.env, "copier le
  dossier envs-example et le renommer envs") was missed and the database containers' docker-compose.yml.template was named instead.
- anct-cnum/api-admin-conseillers-numerique: a Feathers application's config/production.json maps every setting to the environment
  variable that gives it (`"host": "HOST"`), node-config's config/custom-environment-variables.json likewise: the env template was null.
- A template inside one component of a larger repository (a bundled library's .env, a demo client's .env.example) is named with that
  component (facts.files.env_template_component).
The neighbours stay: a root .env.example is the project's (no component); config/production.json of real values is no mapping; a
folder named envs/ of real values is not a template folder. The files are written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

MANAGE = "#!/usr/bin/env python\nimport os\nimport sys\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n"
SETTINGS = ("import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDATABASES = {'default': {'HOST': os.environ['POSTGRES_HOST'],\n"
            "    'USER': os.environ['POSTGRES_USER'], 'PASSWORD': os.environ['POSTGRES_PASSWORD']}}\n")
DJANGO = {
    "manage.py": MANAGE,
    "config/settings.py": SETTINGS,
    "requirements.txt": "django==4.2\npsycopg2==2.9.9\n",
    "docker-compose.yml.template": "services:\n  db:\n    image: postgis/postgis:15-3.4\n    environment:\n      POSTGRES_PASSWORD: changeme\n",
    "envs-example/dev.env": "POSTGRES_HOST=localhost\nPOSTGRES_USER=\n",
    "envs-example/secrets.env": "POSTGRES_PASSWORD=\nDJANGO_SECRET_KEY=\n",
    "README.md": ("# Annuaire\n\nAnnuaire des services d'insertion.\n\n## Installation\n\n- Copier le dossier `envs-example` et renommer le `envs`\n"
                  "- Dans le fichier `envs/secrets.env`, compléter `POSTGRES_PASSWORD` et `DJANGO_SECRET_KEY`.\n"),
}


def _report(tmp_path, files, name, only=("reusability.configuration",)):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=list(only))


def _conf(report):
    return next(r for r in report["results"] if r["id"] == "reusability.configuration")


def test_a_folder_of_env_files_named_as_the_template_is_the_template(tmp_path):
    report = _report(tmp_path, DJANGO, "folder")
    files = report["facts"]["files"]
    assert files["env_template"] == "envs-example/dev.env" and files["env_template_component"] is None, files
    conf = _conf(report)
    assert conf["details"]["undocumented"] == [] and "envs-example/dev.env" in conf["message"]["en"], conf


def test_a_folder_of_real_values_is_no_template_folder(tmp_path):
    files = {k.replace("envs-example/", "envs/"): v for k, v in DJANGO.items()}
    report = _report(tmp_path, files, "real")
    assert not (report["facts"]["files"]["env_template"] or "").startswith("envs/"), report["facts"]["files"]


PACKAGE = ('{"name": "api-admin", "dependencies": {"@feathersjs/configuration": "^4.5.15", "@feathersjs/feathers": "^4.5.15", '
           '"@feathersjs/express": "^4.5.15"}, "scripts": {"start": "node lib/"}}\n')
APP = ("import feathers from '@feathersjs/feathers';\nimport configuration from '@feathersjs/configuration';\n\n"
       "const app = feathers();\napp.configure(configuration());\nconst bcc = process.env.ADMIN_MAIL_BCC;\nexport default app;\n")
DEFAULTS = '{\n  "host": "localhost",\n  "port": 8080,\n  "mongodb": "mongodb://localhost:27017/admin",\n  "smtp": {"host": "localhost", "port": 1025}\n}\n'
MAPPING = ('{\n  "host": "HOST",\n  "port": "PORT",\n  "mongodb": "DATABASE_URL",\n  "smtp": {"host": "SMTP_HOST", "port": "SMTP_PORT"},\n'
           '  "mail": {"bcc": "ADMIN_MAIL_BCC"}\n}\n')
FEATHERS = {"package.json": PACKAGE, "src/app.ts": APP, "config/default.json": DEFAULTS, "config/production.json": MAPPING,
            "README.md": "# API d'administration\n\nAPI du tableau de bord des conseillers.\n"}


def test_a_feathers_environment_mapping_is_the_template(tmp_path):
    report = _report(tmp_path, FEATHERS, "feathers")
    assert report["facts"]["files"]["env_template"] == "config/production.json", report["facts"]["files"]
    conf = _conf(report)
    assert conf["details"]["undocumented"] == [] and "config/production.json" in conf["message"]["fr"], conf


def test_node_configs_custom_environment_variables_is_the_template(tmp_path):
    files = {k: v for k, v in FEATHERS.items() if k != "config/production.json"}
    files["config/custom-environment-variables.json"] = MAPPING
    report = _report(tmp_path, files, "nodeconfig")
    assert report["facts"]["files"]["env_template"] == "config/custom-environment-variables.json", report["facts"]["files"]


def test_a_production_file_of_real_values_is_no_mapping(tmp_path):
    files = {**FEATHERS, "config/production.json": DEFAULTS.replace("localhost", "prod.exemple.org")}
    report = _report(tmp_path, files, "values")
    assert report["facts"]["files"]["env_template"] != "config/production.json", report["facts"]["files"]


def test_a_components_template_is_named_with_its_component(tmp_path):
    files = {"pyproject.toml": "[project]\nname = \"portail\"\nversion = \"1.0\"\n", "portail/app.py": "print('portail')\n",
             "portail/theme/composants/package.json": '{"name": "composants", "devDependencies": {"vite": "^5.0.0"}}\n',
             "portail/theme/composants/src/index.ts": "export const api = import.meta.env.VITE_API_URL;\n",
             "portail/theme/composants/.env.example": "VITE_API_URL=https://api.exemple.org\n",
             "README.md": "# Portail\n\nLe portail de données.\n"}
    report = _report(tmp_path, files, "component")
    f = report["facts"]["files"]
    assert f["env_template"] == "portail/theme/composants/.env.example" and f["env_template_component"] == "portail/theme/composants", f


def test_a_root_template_belongs_to_the_whole_project(tmp_path):
    files = {"package.json": '{"name": "site", "dependencies": {"express": "^4.18.0"}}\n', "server.js": "const k = process.env.SITE_KEY;\n",
             ".env.example": "SITE_KEY=\n", "front/package.json": '{"name": "front"}\n', "README.md": "# Site\n\nLe site.\n"}
    f = _report(tmp_path, files, "root")["facts"]["files"]
    assert f["env_template"] == ".env.example" and f["env_template_component"] is None, f
