"""documentation.readme-sections: commands for the licence headers' tooling are no usage section (issue 12, s48 fg48 = reader
ra48, GIP-RECIA/redis-session-cleanup-service).

The library's README ends on "### Commandes pour notice et license" over `mvn notice:check`, `mvn license:format`…: the maintainers'
upkeep of the NOTICE and the headers. The heading's run word ("Commandes") made it the usage section, though the README never says
how to declare or wire the library. Near miss: a "Commandes" heading over the project's own commands stays usage. Fixtures written
for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
POM = "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville</groupId><artifactId>purge</artifactId><version>1.0</version></project>\n"
SOURCE = "package fr.ville.purge;\n\npublic class Purge {\n    public void run() { }\n}\n"
README = ("# Purge des jetons\n\nCette bibliothèque supprime les jetons expirés conservés dans le cache partagé des applications.\n\n"
          "## Autres\n\n### Installer localement la bibliothèque\n\n`mvn clean install`\n\n### Commandes pour notice et license\n- `mvn notice:check`\n- `mvn notice:generate`\n"
          "- `mvn license:check`\n- `mvn license:format`\n")


def _sections(tmp_path, readme: str) -> set[str]:
    r = check_result(tmp_path, {"pom.xml": POM, "src/main/java/fr/ville/purge/Purge.java": SOURCE, "README.md": readme}, CID)
    return {e["value"]["section"] for e in r["evidence"] if e.get("kind") == "found" and isinstance(e.get("value"), dict)}


def test_licence_header_commands_are_no_usage(tmp_path):
    found = _sections(tmp_path, README)
    assert "usage" not in found and "install" in found, found


def test_near_miss_the_projects_own_commands_stay_usage(tmp_path):
    readme = README.replace("### Commandes pour notice et license\n- `mvn notice:check`\n- `mvn notice:generate`\n- `mvn license:check`\n- `mvn license:format`\n",
                            "### Commandes\n- `java -jar purge.jar --avant 2024-01-01` : supprime les jetons antérieurs à la date\n"
                            "- `java -jar purge.jar --liste` : affiche les jetons expirés\n")
    assert "usage" in _sections(tmp_path, readme)
