"""``r_db_connections``: the database connections an R program opens with DBI (``DBI::dbConnect(RPostgres::Postgres(), dbname =
…, host = …, user = …, password = …)``, RPostgreSQL, RMariaDB, odbc: the DBI interface, dbi.r-dbi.org, consulted 2026-12-05), and
where each one's server, account and password come from: written in the code (a string, or a variable the same file sets to a
string above the call: ``addresse = "bdd.exemple.fr"``), read from the environment (``Sys.getenv("DB_HOST")``), read from a file
(``read_file("mdp.txt")``, ``readLines``), or from a settings file (``config::get``, ``yaml::read_yaml``). A line-by-line scan sees
none of this: the call spans lines and its values sit in variables.

Value::

    {"connections": [{"path", "line", "host": {"how", "value", "line"} | None, "user": …, "password": …, "dbname": …}],
     "files_read": n, "truncated": bool}

``how`` is "code", "environment", "file", "settings" or "unknown". Read: the project's own R files (``.R``, ``.Rmd``, the code cells
of R-kernel Jupyter notebooks; not tests nor copies), the first :data:`MAX_FILES` in path order, :data:`FILE_BYTES` each; at most :data:`MAX_CALLS` calls per file."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.embedded import NOTEBOOK_MAX_RAW_BYTES, notebook_scan
from auditor.facts.inventory import inventory_of, is_test
from auditor.lazyre import lazy_compile

MAX_FILES, FILE_BYTES, MAX_CALLS, CALL_CHARS = 200, 256 * 1024, 20, 2000
_R_EXT = ("r", "rmd")
_CALL = lazy_compile(r"\bdbConnect[^\S\n]*\(")
_ARG = lazy_compile(r"(?<![\w.$])(host|user|username|password|dbname)[^\S\n]*=[^\S\n]*([^,\n]{1,300})")
_STRING = lazy_compile(r"""^(["'])([^"'\n]{0,300})\1$""")
_NAME = lazy_compile(r"^[A-Za-z.][\w.]{0,80}$")
_ENV = lazy_compile(r"""\bSys\.getenv\([^\S\n]*["']([\w.-]{1,80})["']""")
_FILE = lazy_compile(r"""\b(?:read_file|readLines|readline|read_lines|scan|readRDS|file)[^\S\n]*\([^\S\n]*["']([^"'\n]{1,200})["']""")
_SETTINGS = lazy_compile(r"\b(?:config::get|get_config|yaml::read_yaml|read_yaml|fromJSON|read\.dcf|keyring::key_get|key_get)[^\S\n]*\(")
# the machine itself, or a container's service name that every deployment's Compose file gives (host = "postgres", "db")
_HOSTLESS = ("localhost", "127.0.0.1", "::1", "", "db", "database", "postgres", "postgresql", "postgis", "mysql", "mariadb", "host", "hostname")


def _source(value: str) -> tuple[str, str]:
    """Where an expression's value comes from: ``(how, value)``."""
    value = value.strip()
    if m := _STRING.match(value):
        return "code", m.group(2)
    if m := _ENV.search(value):
        return "environment", m.group(1)
    if _SETTINGS.search(value):
        return "settings", value[:80]
    if m := _FILE.search(value):
        return "file", m.group(1)
    return "unknown", value[:80]


def _call_args(text: str, start: int) -> str:
    """The text of a call's arguments from ``start`` (just after its opening parenthesis) to the matching one, at most
    :data:`CALL_CHARS` characters."""
    depth, i, end = 1, start, min(len(text), start + CALL_CHARS)
    while i < end and depth:
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
    return text[start: i - 1 if not depth else i]


def _resolve(text: str, lines: list[str], before: int, expr: str) -> dict:
    """The source of one argument: a value written in the call, or the last assignment of its variable above the call (line
    numbers from 1)."""
    expr = expr.strip().rstrip(")").strip()
    how, value = _source(expr)
    if how != "unknown" or not _NAME.match(expr):
        return {"how": how, "value": value, "line": None}
    assign = re.compile(rf"^[^\S\n]*{re.escape(expr)}[^\S\n]*(?:<<?-|=(?!=))[^\S\n]*(.{{1,300}})$")
    for n in range(before - 1, -1, -1):
        m = assign.match(lines[n])
        if m:
            rhs = m.group(1).split("#", 1)[0] if not m.group(1).lstrip().startswith(("'", '"')) else m.group(1).strip()
            how, value = _source(rhs)
            if how == "unknown" and re.search(rf"(?<![\w.]){re.escape(expr)}(?![\w.])", rhs):
                continue  # (the variable changed from itself, mdp <- gsub("x", "", mdp): where it came from is above)
            return {"how": how, "value": value, "line": n + 1}
    return {"how": "unknown", "value": expr[:80], "line": None}


def connections_in(path: str, text: str) -> list[dict]:
    """The dbConnect calls of one R file (see the module)."""
    lines = text.split("\n")
    out: list[dict] = []
    for m in list(_CALL.finditer(text))[:MAX_CALLS]:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start: m.start()].lstrip().startswith("#"):
            continue  # (a call commented out)
        call_line = text.count("\n", 0, m.start()) + 1
        args = _call_args(text, m.end())
        found: dict = {"path": path, "line": call_line, "host": None, "user": None, "password": None, "dbname": None}
        for a in _ARG.finditer(args):
            key = "user" if a.group(1) == "username" else a.group(1)
            if found[key] is None:
                value = a.group(2).split("#", 1)[0] if not a.group(2).lstrip().startswith(("'", '"')) else a.group(2)
                src = _resolve(text, lines, call_line, value)
                src["line"] = src["line"] or call_line + args.count("\n", 0, a.start())
                found[key] = src
        out.append(found)
    return out


def written_host(conn: dict) -> bool:
    """The connection's server is written in the code (a real host, not the machine itself)."""
    host = conn.get("host") or {}
    return host.get("how") == "code" and str(host.get("value", "")).strip().lower() not in _HOSTLESS


@fact("r_db_connections", version=1, public=False)
def r_db_connections(ctx) -> dict:
    inv = inventory_of(ctx)
    paths = sorted(p for p, e in ctx.snapshot.files.items() if e.kind in ("file", "executable") and e.ext.lower() in _R_EXT + ("ipynb",)
                   and not is_test(p) and inv.category(p) not in ("vendored", "generated", "build", "test"))
    conns: list[dict] = []
    for p in paths[:MAX_FILES]:
        if p.lower().endswith(".ipynb"):  # an R notebook's code cells, on the lines of its file (its outputs dropped; another kernel's: none)
            raw = ctx.snapshot.read_text(p, limit=NOTEBOOK_MAX_RAW_BYTES) or ""
            lines, _size, ext = notebook_scan(raw, FILE_BYTES) if "dbConnect" in raw else (None, None, "")
            text = lines if ext == "r" and lines else ""
        else:
            text = ctx.snapshot.read_text(p, limit=FILE_BYTES) or ""
        if "dbConnect" in text:
            conns += connections_in(p, text)
    return {"connections": conns, "files_read": min(len(paths), MAX_FILES), "truncated": len(paths) > MAX_FILES}
