"""reusability.secrets (issue 12, s40 fm40 = reader ri40, georchestra/maelstro): a FastAPI service's logging module holds its
database defaults as a Python dict, ``{"host": "database", "port": 5432, "login": "georchestra", "password": "georchestra",
"database": "georchestra"}`` — the platform composition's default, whose host is a Compose service's name — and the check failed on
"1 probable secret". A password that is the account's or the database's own name, towards this machine or a composition's service
(a host name of one label), is a development default to review. Near miss: a random-looking password in the same dict, or the same
default towards a server named by a domain, stays a probable secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = {"README.md": "# Synchro\n\nSynchronise des métadonnées entre plateformes.\n", "requirements.txt": "fastapi==0.110.0\nsqlalchemy==2.0.0\n"}
PATH = "backend/app/logging/db_logger.py"


def module(host: str, password: str) -> str:
    return ("from sqlalchemy import create_engine\n\nfrom app.config import settings\n\n\nDB_DEFAULT_CONFIG = {\n"
            f"    \"host\": \"{host}\",\n    \"port\": 5432,\n    \"login\": \"synchro\",\n    \"password\": \"{password}\",\n"
            "    \"database\": \"synchro\",\n    \"schema\": \"synchro\",\n}\n\n\ndef engine():\n"
            "    cfg = {**DB_DEFAULT_CONFIG, **settings.db}\n"
            "    return create_engine(f\"postgresql://{cfg['login']}:{cfg['password']}@{cfg['host']}/{cfg['database']}\")\n")


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def test_the_accounts_own_name_towards_a_compose_service_is_a_default_to_review(tmp_path):
    r = run(tmp_path, {PATH: module("database", "synchro")})
    assert r["status"] != "fail", r["message"]  # was fail: 1 probable secret


def test_a_password_of_its_own_or_a_named_server_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, {PATH: module("database", "Vq7rTz2kLw9p")}, name="own")
    assert r["status"] == "fail", r["message"]
    r = run(tmp_path, {PATH: module("pg.synchro-prod.fr", "synchro")}, name="remote")
    assert r["status"] == "fail", r["message"]
