"""reusability.install: a deliverables folder's instructions.txt of numbered steps is an install document (issue 12, s46 ff46 =
reader rb46, xotakfr/communes-bretonnes).

A JavaFX course project keeps its install steps in RENDU_FINAL/documents/instructions.txt ("1) Lancer Linux … 3) Exécuter
setupDeps.sh 4) Installer MySQL ou MariaDB … 7) Lancer la commande make run"); the check failed "written instructions: no … No install
section in the README nor install document": install documents were looked for by name (INSTALL*, docs/) only. Near miss: an
instructions.txt that is an exercise's statement (no numbered install or run step) is no install document. Fixtures written for
the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
APP = ("package vue;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n/** Fenetre. */\n"
       "public class Appli extends Application {\n    @Override\n    public void start(Stage s) { s.show(); }\n\n"
       "    public static void main(String[] args) { launch(args); }\n}\n")
STEPS = ("1) Se placer dans le dossier application/ws\n2) Executer le script preparer.sh\n3) Installer MariaDB\n"
         "4) Executer les scripts SQL du dossier sql\n5) Lancer la commande make run\n")
FILES = {"README.md": "# Communes\n\nApplication de bureau.\n", "src/vue/Appli.java": APP}


def test_numbered_install_steps_in_instructions_txt_are_written_instructions(tmp_path):
    r = check_result(tmp_path, {**FILES, "livrable/documents/instructions.txt": STEPS}, CID)
    assert r["details"]["instructions"] is True, r["message"]
    assert any(e.get("path") == "livrable/documents/instructions.txt" for e in r["evidence"]), r["evidence"]


def test_near_miss_an_exercise_statement_is_no_install_document(tmp_path):
    text = "Consignes du projet\n\nRealiser une application sur l'attractivite des communes, en groupe de quatre.\n"
    r = check_result(tmp_path, {**FILES, "livrable/documents/instructions.txt": text}, CID)
    assert r["details"]["instructions"] is False, r["message"]
