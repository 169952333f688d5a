"""A sign-in call given its password by position, on this machine's database, the account's own name or the database's as its
password (``mysql_connect('localhost','multifac','multifac')``): the development default
:func:`auditor.facts.secret_calls.local_account_default` reads in a password given by name, to review rather than a leaked
credential (issue 12, s41 fg41 = renowong/faaa-multifac)."""

from __future__ import annotations

import re

from auditor.facts.secret_calls import _CALL, _arguments, php_literals
from auditor.lazyre import lazy_compile

# host-first sign-in calls by position: the index of the host, the account, the password and the database (None: not given)
_HOST_FIRST = {"mysql_connect": (0, 1, 2, None), "mysql_pconnect": (0, 1, 2, None), "mysqli_connect": (0, 1, 2, 3),
               "new mysqli": (0, 1, 2, 3), "mysqli_real_connect": (1, 2, 3, 4)}
# calls whose first argument is an address holding the host and the database: PDO's and DBI's DSN (new PDO("mysql:host=localhost;
# dbname=base", …), "DBI:mysql:database=base;host=localhost"), a JDBC URL (jdbc:mysql://localhost:3306/base)
_DSN_FIRST = ("new pdo", "dbi->connect", "dbi->connect_cached", "drivermanager.getconnection")
_DSN_PART = lazy_compile(r"(?<![\w-])(host|dbname|database|db)\s*=\s*([^;\s'\"]+)", re.I)
_URL_HOST = lazy_compile(r"^[\w:]*?//([\w.-]+)(?::\d{1,5})?/([\w.$-]+)")
# this machine, or a composition's service (a name of one label, no domain: reached only inside its composition)
_LOCAL_NAME = lazy_compile(r"^(?:localhost|127\.0\.0\.1|::1|[A-Za-z][\w-]{0,62})$")
SIGN_IN_KIND = "Password passed to a sign-in call"
LOCAL_DEFAULT_KIND = "Local account's own name as its password (sign-in call)"


def _call_parts(line: str, m, literals: dict[str, str]) -> tuple | None:
    """(host, account, password, database) of the sign-in call opened by ``m``, literals or None; None for another call."""
    name = re.sub(r"\s+", "", m.group(3).lower()) if m.group(3) else re.sub(r"\s+", " ", (m.group(1) or m.group(2)).lower())
    if name in _HOST_FIRST:
        h, u, p, d = _HOST_FIRST[name]
        args = _arguments(line, m.end(), (d if d is not None else p) + 1, literals)
        return tuple(args[i] if i is not None and i < len(args) else None for i in (h, u, p, d))
    if name in _DSN_FIRST:
        args = _arguments(line, m.end(), 3, literals)
        if len(args) < 3:
            return None
        dsn = args[0] or ""
        parts = {k.lower(): v for k, v in _DSN_PART.findall(dsn)}
        url = _URL_HOST.match(dsn)
        host = parts.get("host") or (url.group(1) if url else None)
        base = parts.get("dbname") or parts.get("database") or parts.get("db") or (url.group(2) if url else None)
        return host, args[1], args[2], base
    return None


def local_call_default(line: str, literals: dict[str, str] | None = None) -> bool:
    """A sign-in call on ``line`` whose host is this machine's (or a composition's service) and whose password, a literal, is the
    account's name or the database's given beside it."""
    for m in _CALL.finditer(line[:4000]):
        parts = _call_parts(line, m, literals or {})
        if parts and parts[0] and parts[2] and _LOCAL_NAME.match(parts[0].strip()) and parts[2] in (parts[1], parts[3]):
            return True
    return False


def with_local_defaults(found: list[tuple], text: str) -> list[tuple]:
    """The sign-in call findings of a file's ``text`` that are such a development default, given their own, weaker kind."""
    if not any(f[0] == SIGN_IN_KIND for f in found):
        return found
    literals = php_literals(text) if "$" in text else {}
    return [(LOCAL_DEFAULT_KIND, *f[1:]) if f[0] == SIGN_IN_KIND and local_call_default(f[3], literals) else f for f in found]
