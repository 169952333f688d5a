"""scaling.hosting (issue 12, session 20 reader r2): a CI job's service container was an internal server. A Symfony application's
GitLab CI test job starts PostgreSQL under an alias (megalis-bretagne/idelibre: `services: - name: postgres:13-alpine, alias: …`) and
its DATABASE_URL names that alias: "connects to an internal server another territory cannot reach". Only Compose files' services
were known; a CI job's services (GitLab's name/alias, GitHub Actions' labels) are the CI's own throw-away servers, started by every
reuser's CI. A database server named in a domain stays internal."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"


def hosting(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Convocations\n\nConvocation des élus.\n",
                                                 "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["hosting_dependencies"]


GITLAB = ("stages: [test]\n\nphpTest:\n  stage: test\n  image: php:8.2\n  services:\n    - name: postgres:15-alpine\n      alias: {alias}\n"
          "  variables:\n    POSTGRES_HOST: {alias}\n    DATABASE_URL: postgresql://convoc:convoc@{alias}:5432/convoc?serverVersion=15\n"
          "  script:\n    - bin/phpunit\n")
ACTIONS = ("name: tests\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: python:3.12\n    services:\n"
           "      pgtest:\n        image: postgis/postgis:16-3.4\n    env:\n      DATABASE_URL: postgres://app:app@pgtest:5432/app\n"
           "    steps:\n      - run: pytest\n")


def test_a_gitlab_ci_jobs_service_alias_is_no_internal_server(tmp_path):
    r, f = hosting(tmp_path, {".gitlab-ci.yml": GITLAB.replace("{alias}", "basededonnees")})
    assert f["internal"] == [], f["internal"]
    assert r["status"] == "pass", r["message"]


def test_a_github_actions_service_label_is_no_internal_server(tmp_path):
    r, f = hosting(tmp_path, {".github/workflows/tests.yml": ACTIONS})
    assert f["internal"] == [], f["internal"]


def test_a_named_database_server_in_ci_stays_internal(tmp_path):
    ci = GITLAB.replace("@{alias}:", "@pg.intranet.ville-exemple.fr:").replace("{alias}", "basededonnees")
    r, f = hosting(tmp_path, {".gitlab-ci.yml": ci})
    assert [x["host"] for x in f["internal"]] == ["pg.intranet.ville-exemple.fr"], f["internal"]
    assert r["status"] != "pass", r["message"]
