"""README sections missed although the chapter gives them (issue 12, session 30 fixer a30 = reader r6a):

1. "## Ajout d'un DAG" over "- réaliser une PR sur ce dépôt en respectant la structure de celui-ci" gave no contributing: a pull
   request the reader makes on this repository is the change's way in, whatever the change is called; a pull request on another
   repository, with no change word, stays none.
2. "> Don't forget to add to `/public_website` and `/content_management_system` the `.env` with the correct environment
   variables." gave no configuration: adding the environment variables is setting them; a sentence saying none is needed stays none.
3. A test framework's "## Scripts" table (`yarn cy:open`, `yarn cy:run` …) gave no usage: see the test below."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Data Pipelines\n\nCe dépôt contient l'ensemble des DAGs Airflow de l'équipe data, pour les traitements de données.\n\n"


def _secs(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text, "dags/main.py": "x = 1\n"}}])
    return {d["name"]: (d["line"], d["via"]) for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_a_pull_request_on_this_repository_is_contributing(tmp_path):
    here = INTRO + ("## Ajout d'un DAG\n\n- réaliser une PR sur ce dépôt en respectant la structure de celui-ci (créer un sous-dossier "
                    "par traitement réalisé)\n- variabiliser les paramètres de vos DAGs dans des variables Airflow\n")
    assert _secs(tmp_path / "here", here)["contributing"] == (5, "heading")
    elsewhere = INTRO + ("## Déclenchement\n\nLe DAG ouvre une PR sur le dépôt du site pour publier les données du jour.\n")
    assert "contributing" not in _secs(tmp_path / "elsewhere", elsewhere)


def test_adding_the_environment_variables_is_configuration(tmp_path):
    add = INTRO + ("## Start the project\n\n```bash\nyarn setup\n```\n\n> Don't forget to add to `/public_website` and "
                   "`/content_management_system` the `.env` with the correct environment variables.\n")
    assert _secs(tmp_path / "add", add)["configuration"] == (11, "sentence")
    none = INTRO + ("## Start the project\n\n```bash\nyarn setup\n```\n\nNo environment variable needs to be added to run it.\n")
    assert "configuration" not in _secs(tmp_path / "none", none)


SUITE = ("# Cypress BDD Framework\n\n## Introduction\n\nCe projet présente le **framework de test BDD pour Cypress avec Typescript** utilisé "
         "par l'équipe.\n\n## Scripts\n\n| Script | Description |\n| --- | --- |\n| `yarn install` | Installer Cypress |\n"
         "| `yarn lint` | Vérifier le style du code des tests |\n| `yarn cy:open` | Ouvrir les tests E2E sur Cypress UI |\n"
         "| `yarn cy:run` | Exécuter les tests en ligne de commandes |\n| `yarn cy:run:chrome` | Exécuter les tests sur Chrome |\n")


def test_a_test_suites_script_table_is_its_usage(tmp_path):
    """3. A test framework's "## Scripts" table running its tests (`yarn cy:run` …) gave no usage: running a test suite is its use;
    an application's script table of tests stays none (its tests are the developers' task)."""
    assert _secs(tmp_path / "suite", SUITE)["usage"] == (7, "heading")
    app = SUITE.replace("Ce projet présente le **framework de test BDD pour Cypress avec Typescript** utilisé par l'équipe.",
                        "Ce projet est le site des aides publiques aux entreprises, utilisé par l'équipe.")
    assert "usage" not in _secs(tmp_path / "app", app)
