"""Committed SQLite databases, for the ``secrets`` fact: an application's live data file is read as bytes, never opened by SQLite.

A backend's data directory committed with the code (PocketBase's ``pb_data/data.db``, whose ``_superusers`` and auth collections keep
password hashes, each account's ``tokenKey`` and the secrets signing the auth tokens in ``_collections``; a Django ``db.sqlite3`` whose
``auth_user`` holds the accounts) is not text: detect-secrets never reads it. The SQLite schema is stored as the text of its ``CREATE
TABLE`` statements inside the file, so the bytes tell which kind it is without running anything:

- PocketBase's auth schema (``_collections`` and ``tokenKey``): a probable secret — every PocketBase database holds the random keys
  signing its tokens from its first start, whoever runs the repository's copy runs with them;
- another database whose schema has a password column: a hint to review (it may hold accounts, or an empty table);
- a database over the snapshot's read limit: listed as not read, as an unread SQL dump is (the check is then inconclusive).

Never a value: path and kind only. Bounded: :data:`MAX_DATABASES` files in path order, each up to the snapshot's read limit.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_vendored
from auditor.lazyre import lazy_compile

MAX_DATABASES = 20
SQLITE_MAGIC = b"SQLite format 3\x00"
DB_EXT = ("db", "sqlite", "sqlite3", "db3")
POCKETBASE_KIND = "PocketBase database committed (accounts' password hashes and the keys signing its auth tokens)"
ACCOUNTS_KIND = "SQLite database with an accounts table (password column) committed"
# a password column in a CREATE TABLE statement as SQLite keeps it in sqlite_master (read in the 4 KB after each "CREATE TABLE")
_CREATE = b"CREATE TABLE"
_PASSWORD_COLUMN = lazy_compile(rb"[`\"\[ ,(](?:password|passwd|password_?hash|hashed_?password|encrypted_?password|mot_?de_?passe|mdp)[`\"\] ]", re.I)
MAX_TABLES = 500


def _password_table(data: bytes) -> bool:
    at, seen = data.find(_CREATE), 0
    while at >= 0 and seen < MAX_TABLES:
        if _PASSWORD_COLUMN.search(data, at, at + 4096):
            return True
        at, seen = data.find(_CREATE, at + 1), seen + 1
    return False


def _data_dir(path: str) -> bool:
    """A file in a backend's data folder (``pb_data/``): its database whatever its extension."""
    return "pb_data" in path.lower().split("/")[:-1]


def committed_databases(ctx, inv, findings: list[dict], classify) -> list[list]:
    """Adds a finding per committed SQLite database that holds accounts or keys (see the module's note); returns ``[path, size]`` of the
    databases over the snapshot's read limit (not read)."""
    snap = ctx.snapshot
    files = sorted((e for e in snap.files.values() if e.kind == "file" and (e.ext.lower() in DB_EXT or _data_dir(e.path) and not e.name.endswith(("-shm", "-wal", ".ts", ".js")))
                    and not is_vendored(e.path) and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:MAX_DATABASES]
    unread = []
    for e in files:
        if e.size > snap.max_blob:
            unread.append([e.path, e.size])
            continue
        data = snap.read_bytes(e.path) or b""
        if not data.startswith(SQLITE_MAGIC):
            continue  # (another format: a Berkeley DB, a Thumbs.db, an empty placeholder)
        kind = POCKETBASE_KIND if b"_collections" in data and b"tokenKey" in data else ACCOUNTS_KIND if _password_table(data) else None
        if kind is None:
            continue
        strength = "strong" if kind == POCKETBASE_KIND else "weak"
        findings.append({"path": e.path, "line": None, "kind": kind, "strength": strength, "class": classify(ctx, e.path, strength), "database": True})
    return unread
