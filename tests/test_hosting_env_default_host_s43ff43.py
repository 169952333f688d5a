"""scaling.hosting (issue 12, s43 ff43 = reader rd43, ArnaudP17000/Budget-Manager-Pro-V5.1).

A Flask back end reads its database server from the environment with a default, `DB_HOST = os.getenv('DB_HOST',
'pg.jdupont-serveur.fr')`, then connects to it (psycopg2 host=DB_HOST): unless DB_HOST is set, the service uses a person's server,
yet hosting said "No risky hosting dependency". A host name given as the default of a host setting read from the environment is a
server the code connects to, judged as a database URL's host. Near misses: a localhost default, and a host name given as the
default of a setting that names no host, stay none.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
SERVICE = """import os

import psycopg2

DB_HOST = os.getenv('DB_HOST', '{host}')
DB_NAME = os.getenv('DB_NAME', 'budget')
MAIL_DOMAIN = os.getenv('MAIL_DOMAIN', 'budget.jdupont-serveur.fr')


def connect():
    return psycopg2.connect(host=DB_HOST, dbname=DB_NAME)
"""
FILES = {"README.md": "# Budget\n\nGestion budgétaire.\n", "requirements.txt": "Flask==3.0.3\npsycopg2-binary==2.9.9\n",
         "app/__init__.py": "", "app/main.py": "from flask import Flask\n\napp = Flask(__name__)\n"}


def _run(tmp_path, host: str) -> tuple[dict, dict]:
    files = {**FILES, "app/services/database.py": SERVICE.replace("{host}", host)}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Agent", "agent@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["facts"]["hosting_dependencies"], next(r for r in report["results"] if r["id"] == CID)


def test_a_host_settings_default_server_is_a_connection(tmp_path):
    f, r = _run(tmp_path, "pg.jdupont-serveur.fr")
    assert [(i["host"], i["path"], i["line"]) for i in f["internal"]] == [("pg.jdupont-serveur.fr", "app/services/database.py", 5)], f["internal"]
    assert r["status"] == "warn" and "Connects by default" in r["details"]["risk"]["text"]["en"], r
    assert "Remove the server pg.jdupont-serveur.fr" in r["remediation"]["en"], r


def test_a_localhost_default_and_another_settings_default_are_none(tmp_path):
    f, r = _run(tmp_path, "localhost")
    assert f["internal"] == [], f["internal"]  # (MAIL_DOMAIN's default names no server the code connects to)
    assert r["status"] == "pass", r
