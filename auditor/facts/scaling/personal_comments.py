"""A SQL column's trailing comment, read as its COMMENT ON would be: ``nom_prop TEXT, -- nom du propriétaire de la parcelle``
says what a column whose name alone says nothing (nom_prop, obl_nom) holds. Only the comment on the column's own definition
line counts (not a query's, nor a comment line).

:func:`comment_category` reads every such description (a COMMENT ON, a trailing comment, an alias, a data dictionary's row)."""

from __future__ import annotations

import functools
import re

from auditor.data import load
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
        cat = comment_category(m.group(1), patterns, organisation)
        if cat:
            out.setdefault((table, column), (cat, number))
    return out


@functools.lru_cache(maxsize=1)
def _acronyms() -> re.Pattern | None:
    words = load("personal_data.yml").get("comment_acronyms") or []
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b") if words else None


def comment_category(comment: str, patterns: list, organisation: re.Pattern | None = None) -> str | None:
    """The category of personal data a column's description names (its lower-cased text matched with ``patterns``), or None: not
    an organisation's e-mail or phone, nor an acronym written in capitals in the description's prose (personal_data.yml's
    ``comment_acronyms``: "source des tronçons (MEL ou IGN)" names the Métropole Européenne de Lille, not a "mél"). A
    description written in capitals throughout tells no acronym from a word: read as it is."""
    acronyms = _acronyms()
    if acronyms is not None and any(ch.islower() for ch in comment):
        comment = acronyms.sub(" ", comment)
    low = comment.lower()
    cat = next((c for c, rx in patterns if rx.search(low)), None)
    if cat in ("email", "phone") and organisation is not None and (org := organisation.search(low)) \
            and not _PERSON_ROLE.search(low, 0, org.start()):
        return None
    return cat


# a person named by their role before the organisation ("Courriel du contact référent de l'établissement", "téléphone du responsable
# de la structure"): that person's address or number, not the organisation's switchboard (s41 fl41 = SMMAR11/smmaranim)
_PERSON_ROLE = lazy_compile(r"\b(?:r(?:é|e)f(?:é|e)rente?s?|responsables?|interlocut(?:eur|rice)s?|correspondante?s?|directeur|directrice|"
                            r"pr(?:é|e)sidente?|gestionnaire|agents?|pr(?:é|e)nom)\b")
