"""scaling.hosting: the image name Compose tags a locally built image with is no internal server (issue 12, s45 fg45 =
WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back): docker-compose.yml is Laravel Sail's, whose app service has
`build: context: ./vendor/laravel/sail/runtimes/8.0` and `image: sail-8.0/app`; "sail-8.0" was read as a private registry host
("internal connection … read the internal server address sail-8.0 from an environment variable"), so hosting warned. A service
given build: is built on the reuser's machine: nothing to pull. Near miss: a service that only pulls from a private registry."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
COMPOSE = ("services:\n  web.app:\n    build:\n      context: ./docker/runtime-2.1\n      dockerfile: Dockerfile\n"
           "    image: runtime-2.1/app\n    ports:\n      - '${APP_PORT:-80}:80'\n    depends_on:\n      - db\n"
           "  db:\n    image: 'postgres:16'\n")


def hosting(tmp_path, compose: str) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte\n\nL'API des communes, lancée par docker compose up.\n",
                                                 "docker-compose.yml": compose, "docker/runtime-2.1/Dockerfile": "FROM php:8.2-fpm\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["hosting_dependencies"]


def test_the_tag_of_an_image_the_compose_file_builds_is_no_internal_server(tmp_path):
    r, f = hosting(tmp_path, COMPOSE)
    assert f["internal"] == [], f["internal"]
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_near_miss_a_pulled_image_of_a_private_registry_stays_internal(tmp_path):
    r, f = hosting(tmp_path, COMPOSE + "  worker:\n    image: depot.editeur-exemple.fr/carte/worker:2.1\n")
    assert [(x["line"], x["host"]) for x in f["internal"]] == [(14, "depot.editeur-exemple.fr")], f["internal"]
    assert r["status"] == "warn", r["message"]
