"""reusability.install: a second README at the root gives the install command the main one does not (issue 12, session 9's first
reads: DSI-Ville-Noumea/framework and commun, a badge-only README.md beside README.txt's `mvn install:install-file …`, were
"written instructions: no")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.install"
POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.mairie</groupId>\n  <artifactId>commun</artifactId>\n"
       "  <version>1.4</version>\n  <packaging>jar</packaging>\n</project>\n")
BADGES = "[![Build Status](https://travis-ci.org/ville/commun.svg?branch=master)](https://travis-ci.org/ville/commun)\n"
JAVA = "package nc.mairie.commun;\n\npublic class Messages {\n    public static final String ERR014 = \"Commune inconnue\";\n}\n"


def install(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_readme_txt_command_beside_a_badge_only_readme_is_the_written_instruction(tmp_path):
    r = install(tmp_path, {"README.md": BADGES, "pom.xml": POM, "src/main/java/nc/mairie/commun/Messages.java": JAVA,
                           "README.txt": "mvn install:install-file -DgroupId=nc.mairie -DartifactId=commun -Dversion=1.4 "
                                         "-Dfile=./target/commun-1.4.jar -Dpackaging=jar -DgeneratePom=true\n"})
    assert r["details"]["instructions"] is True, r["message"]
    assert any(e.get("path") == "README.txt" and e.get("line") == 1 for e in r["evidence"]), r["evidence"]


def test_a_readme_txt_without_a_command_gives_no_instruction(tmp_path):
    r = install(tmp_path, {"README.md": BADGES, "pom.xml": POM, "src/main/java/nc/mairie/commun/Messages.java": JAVA,
                           "README.txt": "Bibliothèque des messages communs aux applications de la ville.\n"})
    assert r["details"]["instructions"] is False, r["message"]
