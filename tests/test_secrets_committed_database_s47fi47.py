"""reusability.secrets: an application's SQLite database committed with the code is read (as bytes) for its accounts and keys.

Real case (issue 12, s47 fi47 = urbanlab/WS25-Culture-du-risque): db/pb_data/data.db (+ -shm/-wal, auxiliary.db) is PocketBase's live
data directory, mounted by docker-compose.yaml as the server's /pb_data: its _superusers account (bcrypt hash, tokenKey) and the
collections' auth-token signing secrets. detect-secrets reads text only, so the check passed ("No secret detected in 28 files").
"""

from __future__ import annotations

import sqlite3

from auditor.engine import AuditOptions, audit

FRONT = {"front/package.json": '{"name": "front", "dependencies": {"react": "^18.2.0"}}\n',
         "front/src/App.jsx": "export default function App() { return null; }\n",
         "docker-compose.yaml": "services:\n  db:\n    build: ./db\n    volumes:\n      - ./db/pb_data:/pb_data\n"}


def sqlite_bytes(tmp_path, name: str, statements: list[str]) -> bytes:
    path = tmp_path / name
    con = sqlite3.connect(path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    return path.read_bytes()


def secrets(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": {**FRONT, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.secrets"]))
    return report["results"][0]


def pocketbase_db(tmp_path) -> bytes:
    return sqlite_bytes(tmp_path, "pb.db", [
        "CREATE TABLE `_collections` (`id` TEXT PRIMARY KEY, `name` TEXT, `options` JSON DEFAULT '{}')",
        "INSERT INTO _collections VALUES ('c1', '_superusers', '{\"authToken\": {\"secret\": \"" + "k" * 50 + "\"}}')",
        "CREATE TABLE `_superusers` (`id` TEXT PRIMARY KEY, `email` TEXT, `password` TEXT, `tokenKey` TEXT)",
        "INSERT INTO _superusers VALUES ('u1', 'admin@example.org', '$2a$10$" + "h" * 53 + "', '" + "t" * 50 + "')"])


def test_a_committed_pocketbase_data_directory_fails_without_printing_values(repo, tmp_path):
    r = secrets(repo, tmp_path, {"db/pb_data/data.db": pocketbase_db(tmp_path), "db/pb_data/data.db-wal": b""})
    assert r["status"] == "fail"
    assert [e["path"] for e in r["evidence"]] == ["db/pb_data/data.db"]
    assert "PocketBase" in r["evidence"][0]["value"] and "k" * 20 not in str(r) and "h" * 20 not in str(r)
    assert "pb_data" in r["remediation"]["en"] and "Revoke today" not in r["remediation"]["en"]


def test_a_sqlite_database_with_an_accounts_table_is_a_hint_to_review(repo, tmp_path):
    data = sqlite_bytes(tmp_path, "app.sqlite3", ["CREATE TABLE auth_user (id INTEGER PRIMARY KEY, username TEXT, password VARCHAR(128))"])
    r = secrets(repo, tmp_path, {"db.sqlite3": data})
    assert r["status"] == "warn" or (r["status"] == "pass" and r.get("score") is not None and r["score"] < 10)
    assert r["details"]["weak"] == 1 and r["evidence"][0]["path"] == "db.sqlite3"


def test_near_miss_a_sqlite_data_file_without_accounts_still_passes(repo, tmp_path):
    data = sqlite_bytes(tmp_path, "stations.sqlite", ["CREATE TABLE stations (id INTEGER PRIMARY KEY, name TEXT, level REAL)",
                                                       "INSERT INTO stations VALUES (1, 'Pont', 2.5)"])
    r = secrets(repo, tmp_path, {"data/stations.sqlite": data, "Thumbs.db": b"\xd0\xcf\x11\xe0 not sqlite"})
    assert r["status"] == "pass" and r["details"]["strong"] == 0 and r["details"]["weak"] == 0
