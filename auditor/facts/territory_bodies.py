"""One territory's public body named in the values a SQL script writes, and its acronym (reusability.territory-neutral).

A load script writing a national park's, a regional natural park's or a syndicat mixte's name into the rows it inserts (issue 12,
s35 h35 = PnGuadeloupe/obsocc2naturaliz: a dataset described 'Jeu de données … du Parc National de Guadeloupe', its managing body
'PNG', its sensitivity reference 'PNG V1.0', its dataset id 'PNG-obsocc'): the body the script was written for, which a second
park reusing it has to edit. The name is read anywhere in a string literal (a description holds it); an acronym counts only when
it is the initials of such a name the same file writes (P·N·G for "Parc National de Guadeloupe": the words of the name, the
prepositions aside), alone or opening a value ('PNG-obsocc'). Comment lines and examples are left out (see in_sql), and so are a
bibliographic reference's publisher or journal title and a provenance column's value (see _in_citation, _provenance).
"""

from __future__ import annotations

import itertools
import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_sql
from auditor.lazyre import lazy_compile

SQL_EXTS = {"sql", "pgsql", "plpgsql", "psql"}
_BODY = (r"(?:Parc [Nn]ational|Parc [Nn]aturel [Rr][ée]gional|Parc [Nn]aturel [Mm]arin|Syndicat [Mm]ixte|Conservatoire d(?:'|'')[Ee]spaces [Nn]aturels)"
         r"(?: (?:de la |de l'{1,2}|des |du |de |d'{1,2}))?[A-ZÀ-Ý][\w’-]+(?:(?: (?:de la |de l'{1,2}|des |du |de |d'{1,2}|et |en |sur )| )[A-ZÀ-Ý][\w’-]+){0,4}")
_BODY_NAME = lazy_compile(_BODY)
_LINKS = frozenset({"de", "la", "l", "des", "du", "d", "et", "en", "sur"})
_PLACEHOLDER = lazy_compile(r"\b(test|exemple|example|demo|démo|dummy|sample|fictif|fictive|xx+)\b", re.I)


def _in_string(m) -> bool:
    """The match lies inside a one-line SQL string literal (an odd number of quotes before it on its line, '' counted twice)."""
    s = m.string
    return s.count("'", s.rfind("\n", 0, m.start()) + 1, m.start()) % 2 == 1


def initials(name: str) -> str:
    """The upper-case initials of a body's name, its prepositions aside ("Parc National de Guadeloupe": PNG)."""
    words = [w for w in re.split(r"[\s'’-]+", name.replace("''", "'")) if w and w.lower() not in _LINKS]
    return "".join(w[0] for w in words).upper()


_LAST: list = [None, frozenset()]  # (the last text read and the initials of the bodies it names: one scan of a file at a time)


def _named_initials(text: str) -> frozenset[str]:
    if _LAST[0] is not text:
        _LAST[0], _LAST[1] = text, frozenset(initials(m.group(0)) for m in _BODY_NAME.finditer(text) if len(initials(m.group(0))) >= 2)
    return _LAST[1]


# A bibliographic reference among the values (issue 12, s35 s35 = m31o3 PnCevennes/floraOccitania: an ethnobotany application's list of
# sources, "Laurence Pierre, Du paysage et des temps … Parc national des Cévennes, 2004. T1431 p", "Le Jardin des plantes, Revue du
# Parc national des Cévennes n°38-39, 1988."): a string literal of the row giving a year and a citation's marks (pages, an issue or a
# volume number, a publisher, an ISBN, "in :"); the body named there is a book's publisher or a journal's title, not the body the
# script was written for
_LITERAL = lazy_compile(r"'(?:[^'\n]|'')*'")
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_CITED = lazy_compile(r"(?<![\w-])\d{1,5}\s?p(?:p|ages?)?\b\.?|\bpp?\.\s?\d|\bn°\s?\d|\b[Nn]o\.\s?\d|\bvol\.\s?\d|\bT\s?\d{1,2}\b|\bISBN\b"
                      r"|\b[ÉE]ditions?\b|\b[ée]d\.\s|\bin\s?:")


def _in_citation(m) -> bool:
    """The match's row (its line) holds a bibliographic reference: a string literal with a year and a citation's mark."""
    s = m.string
    line = s[s.rfind("\n", 0, m.start()) + 1: (s.find("\n", m.end()) + 1 or len(s) + 1) - 1]
    return any(_YEAR.search(lit) and _CITED.search(lit) for lit in itertools.islice(_LITERAL.findall(line[:4000]), 20))


# A value the statement names as a provenance column (``'PNC' as source``, the nomenclature types a park created, then the UNION
# SELECT rows repeating 'PNC' in that column): who defined the rows, which another body reusing them keeps, not the body they serve
_PROVENANCE = r"(?:source|sources|auteur|auteurs|author|authors|createur|cr[ée]ateur|origine|provenance|producteur|fournisseur)"


def _provenance(m) -> bool:
    """The literal (the match is its whole value) is aliased in its statement (from the last ';') as a provenance column."""
    s = m.string
    value = re.escape(m.group(1))
    lo = max(0, m.start() - 20_000)
    start = s.rfind(";", lo, m.start())
    end = s.find(";", m.end(), m.end() + 20_000)
    statement = s[start + 1 if start >= 0 else lo: end + 1 if end >= 0 else m.end() + 20_000]
    return bool(re.search(rf"'{value}'\s+as\s+{_PROVENANCE}\b", statement, re.I))


signal("territory.sql-body-name", r"(" + _BODY + r")", ("parc national", "parc naturel", "syndicat mixte", "conservatoire d"), flags=0,
       exts=SQL_EXTS, classes=("code", "data", "config", "other"), group=1,
       accept=lambda m: _in_string(m) and in_sql(m) and not _PLACEHOLDER.search(m.group(1)) and not _in_citation(m))
# (its acronym, a whole literal or the first word of one: 'PNG', 'PNG V1.0', 'PNG-obsocc'; not a provenance's value)
signal("territory.sql-body-acronym", r"'([A-Z]{2,8})(?=[-_ .]|')", ("parc national", "parc naturel", "syndicat mixte", "conservatoire d"),
       flags=0, exts=SQL_EXTS, classes=("code", "data", "config", "other"), group=1,
       accept=lambda m: m.group(1) in _named_initials(m.string) and in_sql(m) and not (m.string[m.end(1):m.end(1) + 1] == "'" and _provenance(m)))
