"""The rows of a data dictionary written as a Markdown table (``| ct_nom | Nom du référent | varchar(150) |``), read by the
``personal.dictionary-row`` signal for personal_data, and the tables of the same shape that describe no data: a component's or an
API's options (``| Paramètre | Obligatoire | Type | Default | Description |`` then ``| `ngf` | non | boolean | `true` | … |``, a widget's
integration guide), whose rows are settings the integrator passes, not a table's columns."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a table row whose first cell is a column's name and whose other cells give its SQL type
DICTIONARY_TYPES = ("varchar", "character varying", "char", "text", "integer", "int", "bigint", "numeric", "boolean", "date", "timestamp")
DICTIONARY_ROW = (r"""^\|\s*`?([a-z][a-z0-9_]{1,40})`?\s*\|(?=[^\n]*\|\s*`?(?:varchar|character varying|char|text|integer|int|bigint|numeric|"""
                  r"""boolean|date|timestamp)\b)""")

# the first heading cell of an options table: a parameter, an option, a property, an argument (a data dictionary's says field,
# column, attribute or name)
_OPTIONS_HEAD = lazy_compile(r"^\|\s*(?:param[eè]tres?|parameters?|params?|options?|propri[ée]t[ée]s?|propert(?:y|ies)|props?|arguments?|args?)\s*\|",
                             re.I)
_MAX_ROWS_UP = 200


def options_row(m: re.Match) -> bool:
    """The row belongs to a table whose heading row names parameters, options or properties (looked for up the table's rows)."""
    s = m.string
    end = s.rfind("\n", 0, m.start())
    for _ in range(_MAX_ROWS_UP):
        if end < 0:
            return False
        start = s.rfind("\n", 0, end) + 1
        line = s[start:end].strip()
        if not line.startswith("|"):
            return False
        if _OPTIONS_HEAD.match(line):
            return True
        end = start - 1
    return False


# A data model written as prose: under a heading naming a table or a sheet (``## Feuille 11: AuditLog``), a line introducing its
# columns (``**Colonnes**:``, ``Champs :``, ``Fields:``) and one bullet per column, its name and what it holds
# (``- SaisiPar: Email utilisateur``, ``- President, Secretaire: Membres du bureau``): each name a field, its text read as a
# COMMENT ON would be. Read by the ``personal.column-list`` signal for personal_data.
COLUMN_LIST = (r"""^[^\S\n]*(?:\*\*|__)?(?:colonnes|champs|columns|fields|attributs)(?:\*\*|__)?[^\S\n]*:?[^\S\n]*(?:\*\*|__)?[^\S\n]*:?"""
               r"""[^\S\n]*\n[^\S\n]*[-*][^\S\n]+`?[A-Za-z_]\w{0,40}`?[^\S\n]*[:,]""")
COLUMN_WORDS = ("colonnes", "champs", "columns", "fields", "attributs")
_HEADING = lazy_compile(r"^#{1,6}[^\S\n]+(?:[^\n:]{0,120}:[^\S\n]*)?`?([^\W\d][\w.-]{0,60})`?[^\S\n]*$")
_INTRO = lazy_compile(r"^[^\S\n]*(?:\*\*|__)?(?:colonnes|champs|columns|fields|attributs)(?:\*\*|__)?[^\S\n]*:?[^\S\n]*(?:\*\*|__)?[^\S\n]*:?[^\S\n]*$",
                      re.I)
_BULLET = lazy_compile(r"^[^\S\n]*[-*][^\S\n]")
_ITEM = lazy_compile(r"^[^\S\n]*[-*][^\S\n]+((?:`?[A-Za-z_]\w{0,40}`?[^\S\n]*,[^\S\n]*){0,8}`?[A-Za-z_]\w{0,40}`?)[^\S\n]*:[^\S\n]*([^\n]{1,200})$")


def column_lists(text: str) -> tuple[list[tuple[str, str, int]], dict]:
    """``(table, column, line)`` of the bulleted column lists under a table's heading, and ``{(table, column): (text, line)}``."""
    out, labels = [], {}
    table, listing = "", False
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 400:
            continue
        if (h := _HEADING.match(line)) is not None:
            table, listing = h.group(1), False
        elif line.lstrip().startswith("#"):
            table, listing = "", False  # (a heading naming no table: "## Accès et Permissions")
        elif _INTRO.match(line):
            listing = bool(table)
        elif listing and (m := _ITEM.match(line)):
            for name in re.findall(r"\w+", m.group(1)):
                out.append((table, name, i))
                labels[(table, name)] = (m.group(2).strip(), i)
        elif listing and line.strip() and not _BULLET.match(line):  # (an item of another shape, "- L1_Voix, etc.: …", goes on)
            listing = False
    return out[:500], labels
