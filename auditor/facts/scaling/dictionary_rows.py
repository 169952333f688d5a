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
