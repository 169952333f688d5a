"""Issue 12, session 46 fixer fo46 (OPEN-ENT-NG/presences): presences/deployment/test-sql/README.md tells developers how to write
reverse and test SQL scripts and run them from their IDE; being under a `deployment/` folder, it was taken as the deployment
document: documentation.docs "Found: deployment", reusability.install "written instructions: yes" (pass 10) and
reusability.configuration "settings described in" it. A README in a folder of tests documents those tests, whatever folder holds
it. Near miss: a README in the deployment folder's own sub-folder (deployment/module/README.md) stays a deployment document."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

GUIDE = ("## Écrire des scripts de retour arrière\n\nChaque script qui modifie la base doit avoir son script inverse.\n\n"
         "```sql\nALTER TABLE agenda.slots ADD COLUMN room_id bigint; -- ajout\nALTER TABLE agenda.slots DROP COLUMN room_id; -- inverse\n```\n\n"
         "## Lancer les tests en local\n\nAjoutez la base dans votre IDE (clic droit > Nouvelle > Base de données), puis lancez les scripts.\n")
APP = {"README.md": "# Agenda\n\nModule de réservation de salles.\n\n## Configuration\n\nRenseignez `db-schema` dans conf.json.\n",
       "build.sh": "#!/bin/sh\n./gradlew build\n",
       "build.gradle": "apply plugin: 'java'\n",
       "agenda/src/main/java/fr/exemple/Agenda.java": "package fr.exemple;\npublic class Agenda {\n  public static void main(String[] a) {}\n}\n",
       "agenda/deployment/agenda/conf.json.template": '{\n  "name": "fr.exemple~agenda~${version}",\n  "config": {"db-schema": "agenda"}\n}\n'}


def test_a_test_scripts_guide_under_deployment_is_no_deployment_document(tmp_path):
    files = {**APP, "agenda/deployment/test-sql/README.md": GUIDE}
    res = check_result(tmp_path / "d", files, "documentation.docs")
    assert "deployment" not in res["details"]["found"], (res["message"]["en"], res["details"])  # was: Found: deployment
    res = check_result(tmp_path / "i", files, "reusability.install")
    assert not res["details"].get("instructions"), (res["message"]["en"], res["details"])  # was: written instructions: yes
    res = check_result(tmp_path / "c", files, "reusability.configuration")
    assert "test-sql" not in res["message"]["en"], res["message"]["en"]  # was: settings described in …/test-sql/README.md


def test_a_readme_of_the_deployment_folder_stays_a_deployment_document(tmp_path):
    steps = ("## Déployer le module\n\n1. Copiez conf.json.template en conf.json.\n2. Renseignez le schéma.\n\n"
             "```sh\n./build.sh install\n```\n")
    files = {**APP, "agenda/deployment/agenda/README.md": steps}
    res = check_result(tmp_path / "d", files, "documentation.docs")
    assert "deployment" in res["details"]["found"], (res["message"]["en"], res["details"])
    res = check_result(tmp_path / "i", files, "reusability.install")
    assert res["details"].get("instructions"), (res["message"]["en"], res["details"])
