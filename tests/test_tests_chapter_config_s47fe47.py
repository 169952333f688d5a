"""Issue 12, session 47 fixer fe47 (OPEN-ENT-NG/presences): reusability.configuration passed with "settings described in
presences/deployment/test-sql/README.md". That README is a guide to writing and running SQL test scripts; its only configuration
heading, "### Configuration base de donnée", sits under "## Lancer les tests en local" and tells how to add the test database to
the developer's IDE. A configuration chapter inside a chapter on the tests configures the tests, not the deployment's settings.
Near miss: a "### Configuration" under a deployment chapter of a guide stays the settings' documentation."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

APP = {"README.md": "# Agenda\n\nModule de réservation de salles pour l'ENT d'un collège.\n",
       "build.gradle": "apply plugin: 'java'\n",
       "agenda/src/main/java/fr/agence/Agenda.java": "package fr.agence;\npublic class Agenda {\n  public static void main(String[] a) {}\n}\n",
       "agenda/deployment/agenda/conf.json.template": '{\n  "name": "fr.agence~agenda~${version}",\n  "config": {"db-schema": "agenda"}\n}\n'}


def _guide(chapter: str) -> str:
    return ("## Écrire des scripts de retour arrière\n\nChaque script qui modifie une table doit avoir son script inverse.\n\n"
            f"## {chapter}\n\nFaites une sauvegarde de vos tables avant de commencer.\n\n"
            "### Configuration de la base\n\nAjoutez la base dans votre éditeur : clic droit > Nouveau > Source de données, "
            "choisissez PostgreSQL et remplissez les champs.\n")


def test_a_configuration_heading_in_a_tests_chapter_documents_no_setting(tmp_path):
    files = {**APP, "agenda/notes/sql/README.md": _guide("Lancer les tests en local")}
    res = check_result(tmp_path, files, "reusability.configuration")
    assert "sql/README.md" not in res["message"]["en"], res["message"]["en"]  # was: settings described in agenda/notes/sql/README.md
    assert all("sql/README.md" not in (e.get("path") or "") for e in res["evidence"]), res["evidence"]


def test_a_configuration_heading_in_a_deployment_chapter_stays_the_settings_documentation(tmp_path):
    files = {**APP, "agenda/notes/sql/README.md": _guide("Mettre en production")}
    res = check_result(tmp_path, files, "reusability.configuration")
    assert "agenda/notes/sql/README.md" in res["message"]["en"], res["message"]["en"]
