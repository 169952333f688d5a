"""The settings template a repository names in words (issue 12, s28 c28 = s27 readers m19o1 and r3).

- A local authority's Flask map API kept its settings in dev/env, no leading dot, ending "##renommer le fichier en .env": the file
  says it is the template; reusability.configuration said "template: none" and every variable "missing from the .env template".
- A State service's Express API says in its README "créer un fichier .env contenant les variables contenues dans le fichier
  [`.env.development`](./.env.development)", a file of placeholders: that file is the template; facts.files.env_template was null.
(And CodeIgniter 4's env, "a starting point for your own custom .env files", s28 reader r4b.)
A file merely named env that says nothing of .env, and a README naming a .env.<mode> file without making .env from it, name none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP_PY = ("import os\nfrom flask import Flask\nfrom dotenv import load_dotenv\n\nload_dotenv()\napp = Flask(__name__)\n"
          "app.config['SECRET_KEY'] = os.getenv('SECRET_KEY')\nORS_API_KEY = os.getenv('ORS_API_KEY')\n\n\n"
          "@app.route('/itineraire')\ndef itineraire():\n    return {'cle': bool(ORS_API_KEY)}\n")
DEV_ENV = ("SECRET_KEY=choisissez-un-mot-secret-long\n"
           "ORS_API_KEY=utilisez-votre-jeton-openrouteservice\n\n"
           "##renommer le fichier en .env\n")
FLASK = {
    "README.md": "# Carte des itinéraires\n\nUne carte des itinéraires de la collectivité.\n",
    "dev/app.py": APP_PY,
    "dev/requirements.txt": "Flask==2.0.1\npython-dotenv==0.19.0\n",
    "dev/env": DEV_ENV,
}

SERVER_TS = ("import express from 'express'\n\nconst app = express()\nconst port = process.env.PORT\n"
             "const secret = process.env.JWT_SECRET\nconst db = process.env.DATABASE_URL\n\napp.listen(port)\n")
ENV_DEVELOPMENT = ("DATABASE_URL=postgresql://postgres:postgres@localhost:5432/ngc\n"
                   "JWT_SECRET=your_secret\nPORT=3001\n")
README_TS = ("# api-server\n\nUne application express qui gère l'API du simulateur.\n\n## Pré-requis\n\n"
             "Pour l'utiliser en local, cloner ce repo et créer un fichier .env contenant les variables contenues dans le fichier "
             "[`.env.development`](./.env.development).\n")
EXPRESS = {
    "README.md": README_TS,
    "package.json": '{"name": "api-server", "dependencies": {"express": "^4.19.0"}}\n',
    "src/server.ts": SERVER_TS,
    ".env.development": ENV_DEVELOPMENT,
}
CHECKS = ["reusability.configuration"]


def audit(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", CHECKS)


def test_an_env_file_without_its_dot_saying_to_rename_it_to_dotenv_is_the_template(tmp_path):
    report = audit(tmp_path, FLASK)
    assert report["facts"]["files"]["env_template"] == "dev/env", report["facts"]["files"]
    conf = results(report)["reusability.configuration"]
    assert "template: none" not in conf["message"]["en"] and not conf["details"]["undocumented"], conf["message"]


def test_a_file_named_env_saying_nothing_of_dotenv_is_no_template(tmp_path):
    files = dict(FLASK, **{"dev/env": "SECRET_KEY=choisissez-un-mot-secret-long\nORS_API_KEY=utilisez-votre-jeton\n"})
    assert audit(tmp_path, files, "n")["facts"]["files"]["env_template"] is None


def test_the_env_file_whose_variables_the_readme_puts_in_dotenv_is_the_template(tmp_path):
    report = audit(tmp_path, EXPRESS)
    assert report["facts"]["files"]["env_template"] == ".env.development", report["facts"]["files"]
    conf = results(report)["reusability.configuration"]
    assert "template: none" not in conf["message"]["en"], conf["message"]


def test_a_readme_naming_a_mode_file_without_making_dotenv_from_it_names_none(tmp_path):
    readme = README_TS.replace("créer un fichier .env contenant les variables contenues dans le fichier",
                               "les variables de développement sont chargées depuis le fichier")
    assert audit(tmp_path, dict(EXPRESS, **{"README.md": readme}), "m")["facts"]["files"]["env_template"] is None


def test_codeigniter_s_env_file_naming_itself_the_starting_point_of_dotenv_is_the_template(tmp_path):
    env = ("#--------------------------------------------------------------------\n# Example Environment Configuration file\n#\n"
           "# This file can be used as a starting point for your own\n# custom .env files, and contains most of the possible settings\n"
           "# available in a default install.\n#--------------------------------------------------------------------\n\n"
           "CI_ENVIRONMENT = development\napp.baseURL = 'https://exemple.fr'\n# database.default.password = \n")
    files = {"README.md": "# Suivi\n\nSuivi des esturgeons.\n", "composer.json": '{"require": {"codeigniter4/framework": "^4.4"}}\n',
             "app/Config/App.php": "<?php\nnamespace Config;\n\nclass App\n{\n    public string $baseURL = 'http://localhost:8080/';\n}\n",
             "env": env}
    assert audit(tmp_path, files, "ci")["facts"]["files"]["env_template"] == "env"
