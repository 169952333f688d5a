"""``sql-comments``: how much of a SQL data model is documented by ``COMMENT ON`` (PostgreSQL's own
documentation of tables, views, columns and functions, shown by psql, QGIS and pgAdmin), and which files hold functions or
procedures (``routines``: code in PL/pgSQL or SQL, beside a schema's tables, that no analyser here measures).

Declared objects are read from ``CREATE TABLE`` (with their columns), ``CREATE [MATERIALIZED] VIEW``
and ``CREATE FUNCTION``; documented ones from ``COMMENT ON TABLE|VIEW|MATERIALIZED VIEW|COLUMN|FUNCTION``.
SQL files of the project (not vendored, generated or tests) in path order, bounded by counts and
bytes, never by time. Nothing is executed.
"""

from __future__ import annotations

import re

from auditor.facts import fact, within_bounds
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

SQL_EXT = ("sql", "pgsql", "plpgsql", "psql")
MAX_FILES = 200
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 16 * 1024 * 1024

_NAME = r'(?:"[^"]+"|[\w$]+)(?:\s*\.\s*(?:"[^"]+"|[\w$]+)){0,2}'
_CREATE_TABLE = lazy_compile(rf"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME})\s*\(", re.I)
_CREATE_VIEW = lazy_compile(rf"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME})", re.I)
_CREATE_FUNCTION = lazy_compile(rf"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE)\s+({_NAME})\s*\(", re.I)
_COMMENT_ON = lazy_compile(rf"\bCOMMENT\s+ON\s+(TABLE|(?:MATERIALIZED\s+)?VIEW|COLUMN|FUNCTION|PROCEDURE)\s+({_NAME})", re.I)
_CONSTRAINT = lazy_compile(r"^(CONSTRAINT|PRIMARY\s+KEY|FOREIGN\s+KEY|UNIQUE|CHECK|EXCLUDE|LIKE)\b", re.I)
_LINE_COMMENT = lazy_compile(r"--[^\n]*")
_BLOCK_COMMENT = lazy_compile(r"/\*(?:(?!/\*).)*?\*/", re.S)
# a line comment that is SQL put aside (-- SELECT count(*) FROM observation;, --    'PNG-obsocc',): no prose
_COMMENTED_SQL = lazy_compile(r"^--+\s*(?:$|(?:select|insert|delete|update|from|where|and|or|join|left|inner|group|order|create|drop|alter|"
                              r"truncate|when|else|end|case|set|values|begin|commit|array|null)\b|[^\n]*[;,(]\s*$|'[^']*',?\s*$|--)", re.I)


def _norm(name: str) -> str:
    return re.sub(r"\s+", "", name.replace('"', "")).lower()


def _short(name: str, parts: int) -> str:
    """The last ``parts`` dotted parts of a name (a comment may name ``schema.table`` or ``table``)."""
    return ".".join(name.split(".")[-parts:])


def _columns(text: str, start: int, end: int | None = None) -> list[str]:
    """Column names of the CREATE TABLE whose opening parenthesis ends at ``start``, read no further than ``end`` (the next
    CREATE TABLE: an unclosed parenthesis never makes each of 100,000 statements scan to the end of the file)."""
    depth, i, item, items = 1, start, [], []
    end = len(text) if end is None else end
    while i < end and depth:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if depth == 1 and c == ",":
            items.append("".join(item))
            item = []
        elif depth:
            item.append(c)
        i += 1
    items.append("".join(item))
    out = []
    for it in items:
        it = it.strip()
        if not it or _CONSTRAINT.match(it):
            continue
        out.append(_norm(re.split(r"\s", it, maxsplit=1)[0]))
    return out


def measure_sql(text: str) -> dict:
    """Declared objects and ``COMMENT ON`` targets of one SQL text."""
    code = _BLOCK_COMMENT.sub(" ", _LINE_COMMENT.sub("", text))
    tables, columns, others = [], [], []
    creates = list(_CREATE_TABLE.finditer(code))
    for m, after in zip(creates, [*creates[1:], None]):
        table = _norm(m.group(1))
        tables.append(table)
        columns += [f"{table}.{c}" for c in _columns(code, m.end(), after.start() if after else None)]
    others += [_norm(m.group(1)) for m in _CREATE_VIEW.finditer(code)]
    others += [_norm(m.group(1)) for m in _CREATE_FUNCTION.finditer(code)]
    comments = [[m.group(1).split()[-1].upper(), _norm(m.group(2))] for m in _COMMENT_ON.finditer(code)]
    routines = [_norm(m.group(1)) for m in _CREATE_FUNCTION.finditer(code)]
    return {"tables": tables, "columns": columns, "others": others, "comments": comments, "routines": routines,
            "comment_lines": len(_LINE_COMMENT.findall(text)), "lines": text.count("\n") + 1,
            "prose_lines": sum(1 for c in _LINE_COMMENT.findall(text) if not _COMMENTED_SQL.match(c.strip()))}


@fact("sql-comments", version=4, public=False)
def sql_comments(ctx) -> dict:
    """``{"files", "declared", "documented", "tables": [declared, documented], "columns": [...], "undocumented": [...]}``
    over the project's SQL files within the bounds (``complete`` false when a bound left files out)."""
    inv = inventory_of(ctx)
    entries = [ctx.snapshot.files[p] for p in inv.paths("source") if p.rsplit(".", 1)[-1].lower() in SQL_EXT
               or inv.language(p) == "SQL"]  # (and a SQL script without an extension, told by its text)
    fit = [e for e in entries if e.size <= MAX_FILE_BYTES]
    chosen = within_bounds(fit, MAX_FILES, MAX_TOTAL_BYTES)[0]
    tables: set[str] = set()
    columns: set[str] = set()
    others: set[str] = set()
    commented: dict[str, set[str]] = {"TABLE": set(), "VIEW": set(), "COLUMN": set(), "FUNCTION": set(), "PROCEDURE": set()}
    comment_lines = lines = prose_lines = 0
    routines: dict[str, int] = {}  # functions and procedures by file: code in PL/pgSQL (or SQL), which no analyser here measures
    for e in chosen:
        text = ctx.snapshot.read_text(e.path, limit=MAX_FILE_BYTES)
        if not text:
            continue
        m = measure_sql(text)
        tables.update(m["tables"])
        columns.update(m["columns"])
        others.update(m["others"])
        for kind, name in m["comments"]:
            commented.setdefault(kind, set()).add(name)
        comment_lines += m["comment_lines"]
        prose_lines += m["prose_lines"]
        lines += m["lines"]
        if m["routines"]:
            routines[e.path] = len(set(m["routines"]))

    short = {(k, parts): {_short(c, parts) for c in names} for k, names in commented.items() for parts in (1, 2)}

    def documented(name: str, kinds: tuple[str, ...], parts: int) -> bool:
        return any(name in commented[k] or _short(name, parts) in short[(k, parts)] for k in kinds)

    doc_tables = [t for t in sorted(tables) if documented(t, ("TABLE",), 1)]
    doc_columns = [c for c in sorted(columns) if documented(c, ("COLUMN",), 2)]
    doc_others = [o for o in sorted(others) if documented(o, ("VIEW", "FUNCTION", "PROCEDURE", "TABLE"), 1)]
    declared = len(tables) + len(columns) + len(others)
    done = len(doc_tables) + len(doc_columns) + len(doc_others)
    undocumented = sorted((set(tables) - set(doc_tables)) | (set(others) - set(doc_others)))[:20]
    return {"files": len(chosen), "declared": declared, "documented": done, "tables": [len(tables), len(doc_tables)],
            "columns": [len(columns), len(doc_columns)], "others": [len(others), len(doc_others)], "undocumented": undocumented,
            "comment_lines": comment_lines, "prose_lines": prose_lines, "lines": lines, "complete": len(chosen) == len(entries), "routines": routines}
