"""Session 31 (issue 12, reader m23o2): a Compose file named by its role in a docker/ folder (JHipster's src/main/docker/app.yml)
defines the project's own containers: its database's name is no internal server (scaling.hosting)."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "scaling.hosting"
APP = ("version: '2'\nservices:\n  moisson-app:\n    image: moisson\n    environment:\n"
       "      - SPRING_DATASOURCE_URL=jdbc:postgresql://moisson-postgresql:5432/moisson\n    ports:\n      - 8080:8080\n"
       "  moisson-postgresql:\n    extends:\n      file: postgresql.yml\n      service: moisson-postgresql\n")
PG = "version: '2'\nservices:\n  moisson-postgresql:\n    image: postgres:12.3\n    environment:\n      - POSTGRES_USER=moisson\n"
PROD = "spring:\n  datasource:\n    url: jdbc:postgresql://moisson-postgresql:5432/moisson\n    username: moisson\n"


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def test_the_database_container_of_a_docker_folder_compose_is_no_internal_server(tmp_path):
    files = {"README.md": "# Moisson\n", "pom.xml": "<project><artifactId>moisson</artifactId></project>\n",
             "src/main/java/fr/x/App.java": "package fr.x;\npublic class App {}\n",
             "src/main/resources/config/application-prod.yml": PROD, "src/main/docker/app.yml": APP, "src/main/docker/postgresql.yml": PG}
    res = _judge(tmp_path, files, "own")
    assert "moisson-postgresql" not in str(res["evidence"]), res
    # a database host no compose file defines stays an internal connection
    files["src/main/resources/config/application-prod.yml"] = PROD.replace("moisson-postgresql", "pgsql-prod-02")
    res = _judge(tmp_path, files, "other")
    assert "pgsql-prod-02" in str(res["evidence"]), res
