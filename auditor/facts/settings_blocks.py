"""Whether a heading comment (``# CONFIG``, ``// Parameters``) heads a block of settings written in the code, told by the values the
block assigns, not by the heading's word.

A tool's ``# CONFIG`` block giving its serial device (``SERIAL = '/dev/ttyUSB0'``), a server, a URL, a file or a password is a
deployment's settings written in the code. A Java class's ``// PARAMETERS`` block of constants naming the HTTP request's parameters
(``PARAMETER_ID_SECTOR = "idSector"``) or the keys a properties file is read by (``PARAM_EMAIL = "myplugin.email"``: the Lutece
convention puts one in every class) holds names a program looks values up by, never a value of its own: no settings. A block is
therefore a list of names when every statement below the heading (up to the first blank line, :data:`MAX_LINES` lines, comments
skipped) assigns a string literal shaped like a name or a dotted key — no slash, colon, ``@`` or space, no file extension or host
ending (``.csv``, ``.fr``), not ``localhost`` — and a name of a credential (password, secret, token, key) is given its own name
(``PARAMETER_PASSWORD = "password"``), not a value; or assigns a whole number its name spells (``PARAMETER_INT_PAGE_INDEX_ONE = 1``,
a paginator's first page: a named literal), or zero (``DAYS_FROM_HISTORY = 0``: no value of any deployment). Anything else (another
number, a list, a call, a path) keeps the block as settings.

The block ends at the next heading comment of one word (``// PROPERTIES``, ``//Markers``, ``# JSP``): the sections of a class's
constants follow each other, each under its heading (Lutece's code template: ``// PROPERTIES``, ``// MARKERS``, ``// PARAMETERS``,
``// JSP``), and a heading with no statement before the next one heads an empty block, no settings (issue 12, s48 fa48 =
lutece-secteur-public/gru-plugin-identitystore and espacepublic-workflow-dansmarue: ``//Parameters`` with nothing under it, or one
``= 0``, cited for the constants of the sections after it).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_LINES = 30
# one assignment on its line: optional declaration words, a name, an optional type annotation, =, the value, an optional ; and comment
_ASSIGN = lazy_compile(r"""^(?:(?:public|private|protected|internal|static|final|const|readonly|export|var|let|val|String|string|str|int|long|short|Integer|Long)[^\S\n]+)*"""
                       r"""([A-Za-z_]\w{0,100})[^\S\n]*(?::[^\S\n]*\w{1,40}[^\S\n]*)?=[^\S\n]*(.{0,400}?)[^\S\n]*;?[^\S\n]*$""")
_LITERAL = lazy_compile(r"""^[uUrRbB]?(["'])([^"'\n]{0,200})\1$""")
_KEY = lazy_compile(r"^[A-Za-z_][\w-]{0,100}(?:\.[A-Za-z_][\w-]{0,100}){0,10}$")
# a last dotted label that ends a file's name or a host's (data.csv, smtp.example.fr): a value, not a key
_ENDINGS = frozenset({"csv", "json", "geojson", "xml", "txt", "xls", "xlsx", "ods", "shp", "gpkg", "sqlite", "db", "html", "htm", "yml",
                      "yaml", "ini", "cfg", "conf", "properties", "log", "pdf", "png", "jpg", "zip", "gz", "sql", "py", "sh", "jar", "war",
                      "fr", "com", "org", "net", "io", "eu", "gouv", "info", "be", "ch", "de", "uk", "nc", "re", "local", "lan",
                      "internal", "intra", "corp", "localdomain"})
_CREDENTIAL = lazy_compile(r"pass(?:word|wd)?|pwd|secret|token|api_?key|apikey|credential", re.I)
_COMMENT = ("#", "//", "/*", "*", "--", ";")
# the next section's heading: a comment line of one word (``// PROPERTIES``, ``//Markers``, ``# I18N:``)
_NEXT_HEADING = lazy_compile(r"^(?:#+|//+|--|;+)[^\S\n]*[A-Za-z][A-Za-z0-9_]{1,30}[^\S\n]*:?[^\S\n]*$")


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# a whole number and the words that spell it in a constant's name (PARAMETER_INT_PAGE_INDEX_ONE = 1: a paginator's first page)
_NUMBER = lazy_compile(r"^-?\d{1,6}[lL]?$")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _spelt(value: str, name: str) -> bool:
    """The constant's name spells its whole-number value (``PAGE_INDEX_ONE = 1``, ``MINUS_ONE = -1``, ``SIZE_10 = 10``): a named
    literal, which a deployment never changes (the name would lie)."""
    if not _NUMBER.match(value):
        return False
    n = int(value.rstrip("lL"))
    words = re.split(r"_+|(?<=[a-z])(?=[A-Z])", name)
    spelt = {str(abs(n))} | ({_NUMBER_WORDS[abs(n)]} if abs(n) < len(_NUMBER_WORDS) else set())
    return any(w.lower() in spelt for w in words) and (n >= 0 or any(w.lower() in ("minus", "negative") for w in words))


def _names_only(value: str, name: str) -> bool:
    if _spelt(value.rstrip(";").strip(), name) or value.rstrip(";").strip().rstrip("lL") in ("0", "-0"):
        return True
    lit = _LITERAL.match(value.rstrip(";").strip())
    if not lit or not _KEY.match(lit.group(2)):
        return False
    text = lit.group(2)
    if text.lower() == "localhost" or ("." in text and text.rsplit(".", 1)[1].lower() in _ENDINGS):
        return False
    if _CREDENTIAL.search(name) and "." not in text and _squeeze(text) not in _squeeze(name):
        return False  # (DB_PASSWORD = "admin": a credential's value)
    return True


def names_block(text: str, end: int) -> bool:
    """Whether the statements below the heading comment ending at ``end`` of ``text`` only name things (see the module's docstring)."""
    seen = 0
    lines = text[end:].split("\n", MAX_LINES + 1)[1:MAX_LINES + 1]
    for line in lines:
        body = line.strip()
        if not body:
            if seen:
                break
            continue
        if _NEXT_HEADING.match(body):
            return True  # (the next section begins: what stood under the heading, nothing or names, holds no settings)
        if body.startswith(_COMMENT):
            continue
        m = _ASSIGN.match(body)
        if not m or not _names_only(m.group(2), m.group(1)):
            return False
        seen += 1
    return seen > 0 or len(lines) < MAX_LINES  # (a heading at the end of the text heads nothing)
