"""``unused_dumps``: the database dumps no code of the repository reads (issue 12, s40 fm40 = georchestra/maelstro): a pg_dump or
mysqldump output (its header says so) whose tables no code file names — a dataset the development platform loads into a database
(``cat georchestra/psc_antenne.sql | docker compose exec -T postgis psql``) for the service to work on, not the service's own data
model. Its columns (a layer's insee_com) are not identifiers the service handles (``interoperability.identifiers``)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

_DUMP_HEADER = lazy_compile(r"^--[ \t]*(?:PostgreSQL database dump|MySQL dump|MariaDB dump)\b", re.M | re.I)
_TABLE = lazy_compile(r"""^[ \t]*create[ \t]+(?:unlogged[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)""", re.I | re.M)
MAX_DUMPS = 20
MAX_DUMP_BYTES = 8 * 1024 * 1024
MAX_CODE_FILES = 400
MAX_CODE_BYTES = 512 * 1024


@fact("unused_dumps", version=1, public=False)
def unused_dumps(ctx) -> list[str]:
    """The paths (sorted, at most :data:`MAX_DUMPS`) of database dumps creating tables that no code file names (the table's name as
    a word, in :data:`MAX_CODE_FILES` code files in path order)."""
    snap = ctx.snapshot
    inv = inventory_of(ctx)
    dumps: dict[str, set[str]] = {}
    for path in sorted(p for p in snap.files if p.lower().endswith(".sql"))[:200]:
        head = snap.read_head(path, 4096) or ""
        if not _DUMP_HEADER.search(head):
            continue
        tables = {m.group(1).lower() for m in _TABLE.finditer(snap.read_text(path, limit=MAX_DUMP_BYTES) or "")}
        if tables:
            dumps[path] = tables
        if len(dumps) >= MAX_DUMPS:
            break
    if not dumps:
        return []
    code = [p for p in sorted(snap.files) if inv.category(p) == "source" and not p.lower().endswith(".sql")][:MAX_CODE_FILES]
    named: set[str] = set()
    wanted = set().union(*dumps.values())
    for path in code:
        text = (snap.read_head(path, MAX_CODE_BYTES) or "").lower()
        named |= {t for t in wanted - named if any(re.search(r"(?<![a-z0-9_])" + re.escape(w) + r"(?![a-z0-9_])", text) for w in _words(t))}
        if named == wanted:
            break
    return [p for p, tables in sorted(dumps.items()) if not tables & named]


def _words(table: str) -> set[str]:
    """The names code may give a table: its own, and its last word singular (an ORM's app_commune is class Commune)."""
    last = table.rsplit("_", 1)[-1]
    return {table} | ({last, last.rstrip("s")} if len(last.rstrip("s")) >= 4 else set())
