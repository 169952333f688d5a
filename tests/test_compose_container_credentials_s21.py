"""A Compose file's own containers addressed by their names (issue 12, session 21 reader m1, Tisseo/navitia-docker-compose): the
services' connection strings postgresql://navitia:navitia@navitia_database/… (and a component's .env pointing at
kirin_database) reach PostGIS containers the same compose files start with POSTGRES_PASSWORD=navitia; reusability.secrets
reported them as 9 secrets to revoke (the local-host word list knew "db", not "database"), and scaling.hosting cut the host at "_"
and reported an internal server "navitia". Now a credential whose host is a service or container_name of the repository's Compose
files is a local default, and a database address's host keeps its "_". A password for a one-label host that no Compose file
starts is still a secret, and its host is reported whole."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

COMPOSE = """version: "3"
services:
  stockage:
    image: postgis/postgis:13-3.1
    container_name: carto_stockage
    environment:
      - POSTGRES_USER=carto
      - POSTGRES_PASSWORD=carto
  files-attente:
    image: rabbitmq:3-management
  api:
    image: exemple/carto-api:latest
    environment:
      - CARTO_DATABASE_URI=postgresql://carto:carto@carto_stockage/carto
      - CARTO_CACHE_URI=postgresql://carto:carto@stockage:5432/cache
      - CARTO_BROKER=amqp://guest:guest@files-attente:5672//
    depends_on:
      - stockage
"""
ENV = "FLASK_APP=api:app\nCARTO_DATABASE_URI=postgresql://carto:carto@carto_stockage/carto\nCARTO_DEBUG=false\n"


def _results(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carto\n\nLancer : `docker-compose up`.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.secrets", "scaling.hosting"]))
    return {r["id"]: r for r in report["results"]}


def _internal(r: dict) -> list[str]:
    return [e["value"]["internal"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]]


def test_credentials_of_the_composes_own_containers_are_local_defaults(tmp_path):
    res = _results(tmp_path, {"docker-compose.yml": COMPOSE, "api/api.env": ENV})
    sec = res["reusability.secrets"]
    assert sec["status"] == "pass", sec["message"]
    urls = [e for e in sec["evidence"] if e.get("path") == "api/api.env" or (e.get("path") == "docker-compose.yml" and e.get("line") in (14, 15, 16))]
    assert not urls, urls  # (POSTGRES_PASSWORD=carto itself stays a weak hint to review)
    assert not _internal(res["scaling.hosting"]), res["scaling.hosting"]["evidence"]


def test_a_password_for_a_host_no_compose_file_starts_is_still_a_secret(tmp_path):
    env = "FLASK_APP=api:app\nCARTO_DATABASE_URI=postgresql://carto:Vq83kz9Lm2@sig_prod/carto\n"
    compose = COMPOSE.replace("@carto_stockage/carto", "@sig_prod/carto")
    res = _results(tmp_path, {"docker-compose.yml": compose, "api/api.env": env})
    sec = res["reusability.secrets"]
    assert sec["status"] == "fail" and any(e.get("path") == "api/api.env" for e in sec["evidence"]), sec["message"]
    assert any(v.endswith("@sig_prod") for v in _internal(res["scaling.hosting"])), res["scaling.hosting"]["evidence"]
