"""A SQL column's trailing comment, read as its COMMENT ON would be: ``nom_prop TEXT, -- nom du propriétaire de la parcelle``
says what a column whose name alone says nothing (nom_prop, obl_nom) holds. Only the comment on the column's own definition
line counts (not a query's, nor a comment line)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_TRAILING = lazy_compile(r"--+[ \t]*([^\n]{3,300}?)[ \t]*$")
MAX_LINE = 400


def trailing_comments(text: str, fields: list[tuple], patterns: list, organisation: re.Pattern | None = None) -> dict[tuple[str, str], tuple[str, int]]:
    """{(table, column): (category, line)} for the columns defined with a ``--`` comment naming personal data (not an
    organisation's e-mail or phone)."""
    lines = text.splitlines()
    out: dict[tuple[str, str], tuple[str, int]] = {}
    for table, column, number in fields:
        if not table or not 1 <= number <= len(lines) or len(lines[number - 1]) > MAX_LINE:
            continue
        line = lines[number - 1]
        if not re.match(rf"""^\s*[`"\[]?{re.escape(str(column))}[`"\]]?\s""", line) or not (m := _TRAILING.search(line)):
            continue
        comment = m.group(1).lower()
        cat = next((c for c, rx in patterns if rx.search(comment)), None)
        if cat in ("email", "phone") and organisation is not None and organisation.search(comment):
            continue
        if cat:
            out.setdefault((table, column), (cat, number))
    return out
