"""reusability.secrets (issue 12, session 26 reader o4): a migration chain's identifiers and a compose container's own password.

A data pipeline (ecolabdata/ecospheres-dashboard-backend) had 14 "strings that look like a secret to review": every one was an
Alembic migration's ``revision: str = "3dd5e076e921"``, the step's name in the chain, repeated in its file name and in the next
migration's ``down_revision``. A web application (betagouv/france-chaleur-urbaine) had "6 probable secrets, revoke them": every one
was ``postgres://postgres:postgres_fcu@$DOCKER_HOST:5432/postgres`` in its sync scripts, the password its own docker-compose.yml
gives the local database container (``POSTGRES_PASSWORD: postgres_fcu``). Both are set aside; a random key named otherwise, and
the compose password used on a named server, stay what they were."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
REV, DOWN = "3dd5" + "e076e921", "4eb6" + "28a9e208"  # (assembled: no identifier of a real project)
RANDOM_HEX = "9c41" + "e7a0b25d3f86c7e10d4b9a2f6c83d5"
COMPOSE = ("services:\n  db:\n    image: postgis/postgis:16-3.5-alpine\n    environment:\n      POSTGRES_USER: postgres\n"
           "      POSTGRES_PASSWORD: pgdev_local\n    ports:\n      - '5432:5432'\n")
README = "# Tableau de bord\n\nChargement du catalogue dans une base Postgres.\n"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def migration(rev: str, down: str | None) -> str:
    down_value = f'"{down}"' if down else "None"
    return (f'"""add stats\n\nRevision ID: {rev}\nRevises: {down or ""}\n"""\n\nfrom typing import Sequence, Union\n\nimport sqlalchemy as sa\n'
            "from alembic import op\n\n# revision identifiers, used by Alembic.\n"
            f'revision: str = "{rev}"\ndown_revision: Union[str, None] = {down_value}\n'
            "branch_labels: Union[str, Sequence[str], None] = None\ndepends_on: Union[str, Sequence[str], None] = None\n\n\n"
            "def upgrade() -> None:\n    op.add_column('stats', sa.Column('period', sa.String()))\n")


def test_alembic_revision_ids_are_no_secret(tmp_path):
    r = run(tmp_path, {"alembic/versions/" + DOWN + "_init.py": migration(DOWN, None),
                       "alembic/versions/" + REV + "_add_stats.py": migration(REV, DOWN),
                       "alembic/versions/" + "ab12cd34ef56" + "_merge.py": migration("ab12cd34ef56", None).replace(
                           "down_revision: Union[str, None] = None", f'down_revision = ("{REV}", "{DOWN}")'),
                       "pipeline/cli.py": "import os\n\nDB = os.environ['DATABASE_URL']\n", "README.md": README})
    assert r["status"] == "pass", r
    assert not [e for e in r["evidence"] if e["path"].startswith("alembic/")], r["evidence"]


def test_a_random_key_beside_the_migrations_stays_a_hint(tmp_path):
    r = run(tmp_path, {"alembic/versions/" + REV + "_add_stats.py": migration(REV, None),
                       "pipeline/client.py": f'import requests\n\nsession_key = "{RANDOM_HEX}"\n', "README.md": README})
    assert r["details"]["weak"] == 1 and r["score"] < 10, r
    assert [e for e in r["evidence"] if e["path"] == "pipeline/client.py"], r["evidence"]
    assert not [e for e in r["evidence"] if e["path"].startswith("alembic/")], r["evidence"]


SYNC = ("#!/bin/bash -e\nsource \"$(dirname \"$0\")/common.sh\"\n\n"
        "pg_dump postgres://postgres:pgdev_local@$DOCKER_HOST:5432/postgres -t \"$1\" > /tmp/dump.sql\n"
        "psql postgres://postgres:pgdev_local@${DB_HOST}:5432/postgres < /tmp/dump.sql\n")


def test_the_compose_containers_password_in_a_script_is_a_development_default(tmp_path):
    r = run(tmp_path, {"docker-compose.yml": COMPOSE, "scripts/sync.sh": SYNC, "src/index.ts": "export const a = 1;\n", "README.md": README})
    assert r["status"] == "pass", r
    assert r["details"]["strong"] == 0 and r["details"]["development_defaults"] >= 2, r["details"]
    assert "nothing to revoke" in r["message"]["en"] or "No secret" in r["message"]["en"], r["message"]


def test_the_same_password_on_a_named_server_or_without_the_compose_file_stays_a_secret(tmp_path):
    remote = SYNC + "psql postgres://postgres:pgdev_local@pg.prefecture-exemple.fr:5432/postgres < /tmp/dump.sql\n"
    r = run(tmp_path, {"docker-compose.yml": COMPOSE, "scripts/sync.sh": remote, "src/index.ts": "export const a = 1;\n", "README.md": README})
    assert r["status"] == "fail" and r["details"]["strong"] == 1, r
    assert [e["line"] for e in r["evidence"] if e["path"] == "scripts/sync.sh"] == [6], r["evidence"]
    r = run(tmp_path / "no-compose", {"scripts/sync.sh": SYNC, "src/index.ts": "export const a = 1;\n", "README.md": README})
    assert r["status"] == "fail" and r["details"]["strong"] == 2, r
