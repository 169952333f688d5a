"""A README with no chapter whose sentence has the reader build and launch the program through its build tool's run goal ("Pour
compiler et lancer : ```mvn clean javafx:run```") gives the usage as well as the installation: the goal launches the program itself,
as a "## Lancer l'application" chapter over the same command does (issue 12, s42 fb42, left open by s41 rc41/vb41 =
Exanc/SAE_PNR, a JavaFX desktop application: readme-sections 'found: purpose, installation; missing: usage…').
Near miss (the lead's decision): a goal starting a local server to develop on (``mvn spring-boot:run``) stays installation only.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

README = """# Gestion des observations de la réserve

**Projet tutoré du département informatique.**

Maven (mvn) est nécessaire pour compiler ce projet.
Pour compiler et lancer : ```mvn clean {goal}```

Merci de travailler sur une branche pour toute modification.
"""
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>observations</artifactId>"
       "<version>1.0</version></project>\n")
MAIN = "package fr.exemple;\n\npublic class Main {\n    public static void main(String[] args) {}\n}\n"


def _report(tmp_path, goal: str) -> dict:
    files = {"README.md": README.format(goal=goal), "pom.xml": POM, "src/main/java/fr/exemple/Main.java": MAIN}
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"])


def test_launching_the_program_through_its_build_tool_is_its_usage(tmp_path):
    report = _report(tmp_path, "javafx:run")
    sections = report["facts"]["readme"]["sections"]
    assert "install" in sections and "usage" in sections, sections
    assert "usage" not in results(report)["documentation.readme-sections"]["details"].get("missing", [])


def test_a_local_server_started_to_develop_on_stays_installation(tmp_path):
    sections = _report(tmp_path, "spring-boot:run")["facts"]["readme"]["sections"]
    assert "install" in sections and "usage" not in sections, sections
