"""scaling.hosting (issue 12, s38 fk38 = TelesCoop/IArbre-v1-Script-recalcul-calque-recopie-Metropole-de-forge).

A Métropole's batch computation keeps its database service in its docker-compose.yml commented out ("# postgres:" over
"#   container_name: calqul_db" and "#   build: ./Dockerfiles/db"), beside the live python service whose DATABASE_URL is
postgres://…@calqul_db/…: "Connects to an internal server or database (calqul_db) another territory cannot reach". A service left
commented out in the project's Compose file is the project's own container, which a reuser uncomments, as a live one is.
Near miss: a host that no service of the Compose file names, commented or not, stays an internal server.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

COMPOSE = """version: "3.8"
services:

  # postgres:
  #   container_name: calc_db
  #   build:
  #     context: ./docker/db
  #   environment:
  #     - POSTGRES_DB=calque
  #   ports:
  #     - 5432:5432

  python:
    container_name: calc_python
    build:
      context: ./docker/python
    environment:
      - DATABASE_URL=postgres://calc:calc@HOST:5432/calque
"""


def _internal(tmp_path, host: str) -> list[str]:
    files = {"README.md": "# Calque\n\nLancer : `docker-compose up`.\n", "docker-compose.yml": COMPOSE.replace("HOST", host),
             "docker/python/Dockerfile": "FROM python:3.12\nCOPY main.py /app/\n", "docker/python/main.py": "import os\nprint(os.environ['DATABASE_URL'])\n",
             "docker/db/Dockerfile": "FROM postgis/postgis:16-3.4\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    r = next(r for r in report["results"] if r["id"] == "scaling.hosting")
    return [e["value"]["internal"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]]


def test_a_commented_out_services_container_is_the_projects_own(tmp_path):
    assert _internal(tmp_path, "calc_db") == []
    assert _internal(tmp_path / "s", "postgres") == []  # (the commented service's own name)


def test_a_host_no_service_names_stays_internal(tmp_path):
    assert _internal(tmp_path, "sig_prod") != []
