"""A literal given by name to the password argument of a database connection call, directly or through a variable the file gives
that literal before the call (R's ``db_password <- 'citron!'`` then ``dbConnect(RPostgres::Postgres(), …, password = db_password)``,
Python's ``pwd = "…"`` then ``psycopg2.connect(…, password=pwd)``, Node's ``new Pool({…, password: pwd})``): the database
account's password, whatever its characters — a short dictionary word too — unless a placeholder (issue 12, s44 fe44: a Région's
Shiny form connecting to its PostgreSQL server with two accounts' passwords written in App.R, which no keyword rule read: R assigns
with ``<-``, and the values had no digit).

The variable's value is the last literal assigned to it before the call (a file connecting twice with two accounts gives each call
its own); a variable assigned anything else (``Sys.getenv("PGPASSWORD")``, ``os.environ[…]``, a function's result) is no literal.
The account's own name or the database's as its password, on this machine or a composition's service, stays a development
default to review (:data:`auditor.facts.secret_defaults.LOCAL_DEFAULT_KIND`'s rule). Findings are ``(line, value, local)``; values
never leave the secrets fact."""

from __future__ import annotations

import bisect
import re

from auditor.facts.secret_calls import _literal_password
from auditor.lazyre import lazy_compile

# the database connection calls that take the account's password by name (R DBI's dbConnect and pool's dbPool, Python's DB-API
# drivers' connect, Node's mysql/mysql2 createConnection/createPool and pg's Client/Pool)
_CONNECT_CALL = lazy_compile(r"(?<![\w$.])(?:(?:DBI|pool)::)?(?:dbConnect|dbPool)\s*\(|"
                             r"(?<![\w$.])(?:psycopg2?|pymysql|MySQLdb|mysql\.connector|cx_Oracle|oracledb|asyncpg|aiomysql|aiopg|pg8000|mariadb|pyodbc)"
                             r"\.(?:connect|create_pool)\s*\(|"
                             r"(?<![\w$])(?:mysql2?\.|\w{1,20}\.)?(?:createConnection|createPool)\s*\(|"
                             r"(?<![\w$])new\s+(?:pg\.)?(?:Client|Pool)\s*\(\s*\{")
# the password argument by name (password = …, password: …, "password": …), its value a literal or a variable's name
_PASSWORD_ARG = lazy_compile(r"""(?<![\w$.])['"]?(?:password|passwd|pwd)['"]?[^\S\n]*(?:=(?![=>])|:)\s*(?:'([^'\\\n]{0,64})'|"([^"\\\n]{0,64})"|([A-Za-z_][\w.$]{0,60})(?![\w.$(\[]))""", re.I)
_HOST_ARG = lazy_compile(r"""(?<![\w$.])['"]?(?:host|hostname|server)['"]?[^\S\n]*(?:=(?![=>])|:)\s*(?:'([^'\\\n]{0,253})'|"([^"\\\n]{0,253})"|([A-Za-z_][\w.$]{0,60})(?![\w.$(\[]))""", re.I)
_ACCOUNT_ARG = lazy_compile(r"""(?<![\w$.])['"]?(?:user|username|dbname|database|db)['"]?[^\S\n]*(?:=(?![=>])|:)\s*(?:'([^'\\\n]{0,64})'|"([^"\\\n]{0,64})"|([A-Za-z_][\w.$]{0,60})(?![\w.$(\[]))""", re.I)
# a variable given a literal, alone on its line: R's `name <- 'v'` (or `=`, `<<-`), Python's, JS's const/let/var, PHP's $name
_ASSIGN = lazy_compile(r"""^[ \t]*(?:(?:const|let|var|final|String)[ \t]+)?\$?([A-Za-z_][\w.$]{0,60})[ \t]*(?::[ \t]*\w+[ \t]*)?(?:<<?-|=(?![=>]))[ \t]*"""
                       r"""(?:(?:'([^'\\\n]{0,64})'|"([^"\\\n]{0,64})")[ \t]*(?:;[ \t]*)?(?:(?:#|//)[^\n]*)?$|[^\n]*)""", re.M)
_LOCAL_NAME = lazy_compile(r"^(?:localhost|127\.0\.0\.1|::1|[A-Za-z][\w-]{0,62})$")
MAX_BYTES = 512 * 1024
MAX_CALLS = 100


def _assignments(text: str) -> dict[str, tuple[list[int], list[str | None]]]:
    """Each variable's assignments in order: (their offsets, their literal or None for any other expression)."""
    out: dict[str, tuple[list[int], list[str | None]]] = {}
    for m in _ASSIGN.finditer(text):
        literal = m.group(2) if m.group(2) is not None else m.group(3)
        offsets, values = out.setdefault(m.group(1), ([], []))
        offsets.append(m.start())
        values.append(literal)
    return out


def _value(m, at: int, assigned) -> tuple[str | None, int | None]:
    """The literal an argument's match gives (its own, or its variable's last assignment before ``at``) and that literal's offset."""
    if m.group(1) is not None or m.group(2) is not None:
        return (m.group(1) if m.group(1) is not None else m.group(2)), m.start()
    name = m.group(3).lstrip("$")
    offsets, values = assigned.get(name, ([], []))
    i = bisect.bisect_left(offsets, at) - 1
    return (values[i], offsets[i]) if i >= 0 else (None, None)


def _in_string(args: str, at: int) -> bool:
    """Offset ``at`` of the call's arguments is inside a quoted string (an odd count of either quote before it)."""
    head = args[:at]
    return head.count('"') % 2 == 1 or head.count("'") % 2 == 1


def _call_text(text: str, start: int) -> str:
    """The call's arguments from ``start`` (just after its opening) to its balanced close, at most 2,000 characters."""
    depth = 1
    for i in range(start, min(len(text), start + 2000)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
    return text[start:start + 2000]


def connection_passwords(text: str) -> list[tuple[int, str, bool]]:
    """(line, value, local default) of each literal password a database connection call of ``text`` takes by name."""
    text = text[:MAX_BYTES]
    if not re.search(r"connect|createpool|dbpool|new\s+(?:pg\.)?(?:client|pool)", text, re.I) or not re.search(r"passw|pwd", text, re.I):
        return []
    assigned = None
    out: dict[int, tuple[int, str, bool]] = {}
    for n, call in enumerate(_CONNECT_CALL.finditer(text)):
        if n >= MAX_CALLS:
            break
        line_start = text.rfind("\n", 0, call.start()) + 1
        if text[line_start:call.start()].lstrip().startswith(("#", "//", "*", "/*", "--")):
            continue
        args = _call_text(text, call.end())
        pm = next((a for a in _PASSWORD_ARG.finditer(args) if not _in_string(args, a.start())), None)
        if not pm:  # (not "password=" inside a connection string built by concatenation: "… password="+mdp+" host=…")
            continue
        assigned = assigned if assigned is not None else _assignments(text)
        value, offset = _value(pm, call.start(), assigned)
        if value is None or not _literal_password(value):
            continue
        where = call.end() + offset if pm.group(3) is None else offset
        host = (hm := _HOST_ARG.search(args)) and _value(hm, call.start(), assigned)[0]
        names = {_value(a, call.start(), assigned)[0] for a in _ACCOUNT_ARG.finditer(args)}
        local = bool(host) and bool(_LOCAL_NAME.match(host.strip())) and value in names
        number = text.count("\n", 0, where) + 1
        out.setdefault(number, (number, value, local))
    return [out[k] for k in sorted(out)]
