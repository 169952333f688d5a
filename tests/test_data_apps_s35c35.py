"""Session 35 (c35): data apps — restricted data, REUSE coverage, settings (issue 12).

aubryprieur/streamlit_data_territoire, a Streamlit dashboard of a territory's indicators: a page titled 'ALLOCATAIRES CAF' (the
CAF's open counts of benefit recipients by IRIS, published as aggregates) was "restricted-access data: nominative CAF/MSA data"
(scaling.hosting). An aggregate count named after the people it counts is no person's record, nor is the data set a caption credits as the source of
a published indicator ("Source : SNDS" under the DREES's open APL indicator, as a map layer's attribution already was): CAF data are nominative when the
code handles a beneficiary's number or the recipients' file. The files are written for these tests, in the shape of that
repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_scaling import ctx_for, one

CAF_PAGE = ("import pandas as pd\nimport streamlit as st\n\n\ndef app(code_commune):\n    st.title('ALLOCATAIRES CAF')\n"
            "    df = pd.read_csv('./caf/iris/data_CAF_2020_IRIS.csv', sep=';')\n"
            "    df = df.rename(columns={'AI': 'Allocataires isolés sans enfant', 'AM': 'Allocataires mono-parent'})\n"
            "    st.subheader('Allocataires CAF ressources à 100%')\n    st.write(df)\n"
            "    st.caption('Source : SNDS, Système National des Données de Santé. Millésime 2021')\n"
            "    st.dataframe(pd.read_csv('./sante/apl_2021.csv', sep=';'))\n")
DASHBOARD = {"README.md": "# Données du territoire\n\nUn tableau de bord des indicateurs par commune.\n",
             "app.py": "import streamlit as st\nfrom pages import caf\n\ncaf.app('59350')\n",
             "pages/__init__.py": "", "pages/caf.py": CAF_PAGE,
             "caf/iris/data_CAF_2020_IRIS.csv": "CODGEO;AI;AM\n593500101;120;45\n"}


def _restricted(repo, files):
    return [x["id"] for x in ctx_for(one(repo, files)).fact("hosting_dependencies")["restricted"]]


def test_aggregate_counts_of_caf_recipients_are_no_restricted_data(repo):
    assert _restricted(repo, DASHBOARD) == []


def test_a_beneficiarys_number_is_still_nominative_caf_data(repo):
    files = {**DASHBOARD, "pages/dossiers.py": ("import pandas as pd\n\n\ndef dossiers():\n"
                                                "    df = pd.read_csv('extractions/beneficiaires.csv', sep=';')\n"
                                                "    return df[['numero_allocataire', 'nom', 'montant_rsa']]\n")}
    assert _restricted(repo, files) == ["rpls-nominatif"]
    assert _restricted(repo, {**DASHBOARD, "sql/snds.sql": "SELECT * FROM snds.er_prs_f;\n"}) == ["rpls-nominatif"]
    # (a layer's source given as the path of the data it reads is a use, not a credit)
    layer = "var psy = new ol.layer.Vector({source: '/data/sniiram/pathologies.geojson'});\n"
    assert _restricted(repo, {**DASHBOARD, "front/js/sante.js": layer}) == ["rpls-nominatif"]


SITE = "venv/lib/python3.8/site-packages/"
VENV = {"venv/pyvenv.cfg": "home = /usr/local/bin\nversion = 3.8.10\n", "venv/bin/activate": "# This file must be used with source\nexport VIRTUAL_ENV\n",
        SITE + "six.py": "# SPDX-License-Identifier: MIT\n# Copyright (c) 2010 Benjamin Peterson\nimport sys\n",
        SITE + "requests/__init__.py": "# SPDX-License-Identifier: Apache-2.0\n# Copyright 2019 Kenneth Reitz\n__version__ = '2.27.1'\n",
        SITE + "requests/api.py": "def get(url):\n    return url\n",
        SITE + "streamlit/static/index.html": "<!doctype html><html><body><div id=root></div></body></html>\n"}


def _reuse(tmp_path, files, name):
    return judge(tmp_path, files, ["licensing.reuse"], name=name)[1]["licensing.reuse"]


def test_a_committed_virtualenv_is_no_file_of_the_project(tmp_path):
    res = _reuse(tmp_path, {**DASHBOARD, **VENV}, "v")
    d = res["details"]
    assert d["measured"] == len(DASHBOARD) - 1 and d["missing_texts"] == [], d  # (pages/__init__.py is empty: not covered)
    assert d["installed"] == len(VENV), d
    assert "venv/" in res["message"]["en"] and "venv/" in res["message"]["fr"], res["message"]
    assert not any(str(e.get("path", "")).startswith("venv/") for e in res["evidence"]), res["evidence"]


def test_a_folder_named_env_of_the_projects_settings_is_still_measured(tmp_path):
    files = {**DASHBOARD, "env/.env.example": "API_URL=https://exemple.fr\n", "config/env/production.py": "DEBUG = False\n"}
    d = _reuse(tmp_path, files, "e")["details"]
    assert d["measured"] == len(files) - 1 and not d.get("installed"), d


# tomsquest/mediathequeroubaix.py, a command-line client of a town's library: its settings are a pydantic settings class the
# program loads from a JSON file (Config.parse_file(path)) that `config create` writes with a sample user, which the README
# describes; reusability.configuration counted the class's field as an environment variable (USERS) "read by the code but
# missing from the .env template": fail. A settings class loaded from a file is that file's keys.
CONFIG_PY = '''from pathlib import Path

import typer
from pydantic import BaseModel
from pydantic_settings import BaseSettings

APP_NAME = "bibliotheque"
app = typer.Typer()


class User(BaseModel):
    login: str
    password: str


class Config(BaseSettings):
    users: list[User] = []


def _get_path() -> Path:
    return Path(typer.get_app_dir(APP_NAME)) / "config.json"


def get_config() -> Config:
    return Config.parse_file(_get_path())


@app.command()
def create() -> None:
    path = _get_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(Config(users=[User(login="X001002003", password="password00")]).json())
'''
CLI = {"README.md": ("# Client de la médiathèque\n\nUn outil en ligne de commande qui liste et prolonge les prêts de plusieurs cartes "
                     "de la médiathèque.\n\n## Usage\n\n### Create an initial, sample configuration\n\n`config create` makes a sample "
                     "configuration in `$HOME/.config/bibliotheque/config.json`, with a fake user.\n\n```shell\nbibliotheque config "
                     "create\n```\n\n### Display the current configuration\n\n```shell\nbibliotheque config show\n```\n"),
       "pyproject.toml": ('[project]\nname = "bibliotheque"\nversion = "1.6.1"\ndependencies = ["pydantic-settings>=2.6", "typer>=0.12"]\n\n'
                          '[project.scripts]\nbibliotheque = "bibliotheque.main:main"\n'),
       "src/bibliotheque/__init__.py": "", "src/bibliotheque/config.py": CONFIG_PY,
       "src/bibliotheque/main.py": ("import typer\n\nfrom bibliotheque import config\n\napp = typer.Typer()\napp.add_typer(config.app, "
                                    "name='config')\n\n\ndef main():\n    app(prog_name=config.APP_NAME)\n")}


def _configuration(repo, tmp_path, files, name):
    fact = ctx_for(one(repo, files, name=name)).fact("env_settings")
    return fact, judge(tmp_path, files, ["reusability.configuration"], name=name)[1]["reusability.configuration"]


def test_a_settings_class_loaded_from_a_json_file_reads_no_environment(repo, tmp_path):
    fact, res = _configuration(repo, tmp_path, CLI, "j")
    assert [v for v, _ in fact["read_vars"]] == [], fact["read_vars"]
    assert res["status"] == "pass" and "USERS" not in res["message"]["en"], (res["status"], res["message"])


def test_a_settings_class_built_from_the_environment_still_reads_it(repo, tmp_path):
    files = {**CLI, "src/bibliotheque/config.py": CONFIG_PY.replace("return Config.parse_file(_get_path())", "return Config()")}
    fact, res = _configuration(repo, tmp_path, files, "e")
    assert [v for v, _ in fact["read_vars"]] == ["USERS"], fact["read_vars"]


# mThorlak/observatoire-offre-medicosociale-enfance, an observatory's FINESS pipeline: its territoires.py derives the département
# from a commune's official geographic code, raising when the code has not 5 characters or an unknown prefix (a validator of its
# own, as python-stdnum would check it), yet interoperability.identifiers said "reference data/validation: no" (its validator
# rule knew only functions named validate_siret, _parse_insee…). A function given an identifier that raises on its length
# checks it, whatever its name.
TERRITOIRES = '''class ErreurTerritoires(Exception):
    """cog_commune ne peut pas être résolu."""


def departement_depuis_cog(cog_commune: str) -> str:
    """Dérive le code département d'un code commune du COG."""
    valeur = cog_commune.strip()
    if len(valeur) != 5:
        raise ErreurTerritoires(f"cog_commune de longueur inattendue : {cog_commune!r}")
    if valeur[:2].upper() in ("2A", "2B"):
        return valeur[:2].upper()
    if not valeur[:2].isdigit():
        raise ErreurTerritoires(f"préfixe non reconnu : {cog_commune!r}")
    return valeur[:2]
'''
PIPELINE = {"README.md": "# Observatoire\n\nUn observatoire de l'offre médico-sociale, construit depuis FINESS.\n",
            "src/territoires.py": TERRITOIRES,
            "src/export.py": ("import csv\n\nfrom territoires import departement_depuis_cog\n\n\ndef lignes(etablissements):\n"
                              "    for e in etablissements:\n        yield {'num_finess_et': e['num_finess_et'], 'siret': e['siret'],\n"
                              "               'code_departement': departement_depuis_cog(e['cog_commune'])}\n")}


def _identifiers(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.identifiers"], name=name)[1]["interoperability.identifiers"]


def test_a_function_raising_on_an_identifiers_length_validates_it(tmp_path):
    res = _identifiers(tmp_path, PIPELINE, "i")
    assert res["details"]["references"] is True, res["message"]


def test_a_function_only_slicing_an_identifier_validates_nothing(tmp_path):
    files = {**PIPELINE, "src/territoires.py": "def departement_depuis_cog(cog_commune: str) -> str:\n"
                                              "    if len(cog_commune) == 5:\n        return cog_commune[:2]\n    return ''\n"}
    res = _identifiers(tmp_path, files, "s")
    assert res["details"]["references"] is False, res["message"]
