"""readme.sections install: a French heading on building the Docker image ("## Génération de l'image docker") in the developers' README
the README links is the installation, as "## Build the Docker image" already is (issue 12, s39 fd39, reader rs39 at 38f8bcfa).

The files are written for these tests, in the shape of the real repository named below."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

# - abes-esr/best-ppn-api: README.md "Vous êtes sur le README usager… [README-developpement](README-developpement.md)"; the developers'
#   README's "## Génération de l'image docker" gives `docker build -t …` and how to run the image locally: install was missing.
README = ("# lignes-api\n\nVous êtes sur le README usager. Si vous souhaitez accéder au README développement, veuillez suivre ce lien : "
          "[README-developpement](README-developpement.md)\n\nlignes-api est une API permettant de :\n1. lire des lignes depuis un topic Kafka\n"
          "2. calculer leur identifiant\n")
DEV = ("# Documentation développeurs\n\nLe langage utilisé est Java, avec le framework Spring.\n\n## Architecture\nLes classes du service.\n\n"
       "## {heading}\nPour générer l'image docker de `lignes-api` en local voici la commande à lancer :\n```bash\ncd lignes-api/\n"
       "docker build -t exemple/lignes-api:develop .\n```\n\nVous pouvez alors déployer l'application en local avec docker.\n")


def _readme(tmp_path, heading: str) -> dict:
    files = {"README.md": README, "README-developpement.md": DEV.format(heading=heading), "Dockerfile": "FROM eclipse-temurin:17\n",
             "pom.xml": "<project><artifactId>lignes-api</artifactId></project>\n", "src/main/java/App.java": "class App {}\n"}
    commits = [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def test_building_the_docker_image_in_the_linked_developers_readme_is_install(tmp_path):
    r = _readme(tmp_path, "Génération de l'image docker")
    assert r["section_sources"].get("install") == "README-developpement.md", r["section_sources"]


def test_near_miss_generating_the_documentation_is_no_install(tmp_path):
    r = _readme(tmp_path, "Génération de la documentation")
    assert "install" not in r["sections"], r["section_sources"]
