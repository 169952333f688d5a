"""documentation.readme-sections, reusability.install (issue 12, s41 fl41 = reader rc41 SAE_PNR #1-#2, Exanc/SAE_PNR).

A JavaFX desktop application's README, with no chapter under its title, says "Le package maven (mvn) est nécessaire pour compiler ce
projet. / Pour compiler et lancer : ```mvn clean javafx:run```": the prerequisite and the command that builds and starts the program,
its installation. Both checks said "no install section": the command was given in inline code opened by three backticks, and a Java
build tool's run goal (mvn … javafx:run, spring-boot:run, gradle run) was no command starting the project. Near miss: the same
sentence giving the tests' command (mvn test) is no installation.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.iut</groupId><artifactId>pnr</artifactId><version>1.0</version>"
       "<build><plugins><plugin><groupId>org.openjfx</groupId><artifactId>javafx-maven-plugin</artifactId><version>0.0.8</version>"
       "<configuration><mainClass>Main</mainClass></configuration></plugin></plugins></build></project>\n")


def _audit(tmp_path, command: str) -> dict:
    readme = ("# Logiciel de saisie des observations du parc\n\n**Projet scolaire d'un IUT, département informatique.**\n\n"
              "Le package maven (mvn) est nécessaire pour compiler ce projet.\n"
              f"Pour compiler et lancer : ```{command}```\n\n"
              "Merci de créer une branche quand vous faites des modifications.\n")
    files = {"README.md": readme, "pom.xml": POM,
             "src/Main.java": "import javafx.application.Application;\n\npublic class Main extends Application {\n"
                              "    public void start(javafx.stage.Stage s) { s.show(); }\n}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2022-06-20T09:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")},
                                      {"files": {"src/Main.java": files["src/Main.java"] + "// v2\n"}, "date": "2022-06-23T10:00:00Z", "message": "update"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections", "reusability.install"]))
    return {**{r["id"]: r for r in report["results"]}, "readme": report["facts"]["readme"]}


def test_a_build_and_run_command_in_a_sentence_is_the_installation(tmp_path):
    r = _audit(tmp_path, "mvn clean javafx:run")
    assert "install" in r["readme"]["sections"], r["readme"]["section_details"]  # was ["purpose"]
    assert "install" in r["documentation.readme-sections"]["details"]["found"], r["documentation.readme-sections"]["details"]
    assert r["reusability.install"]["details"]["instructions"] is True, r["reusability.install"]  # was "written instructions: no"


def test_the_tests_command_is_no_installation(tmp_path):
    r = _audit(tmp_path, "mvn test")
    assert "install" not in r["readme"]["sections"], r["readme"]["section_details"]
    assert r["reusability.install"]["details"]["instructions"] is False
