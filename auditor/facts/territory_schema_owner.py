"""``territory_schema_owner``: a body's acronym that names both the database schema the code writes to and the producer it writes
into every record — ``-lco SCHEMA='abcd_topo'`` / ``active_schema=abcd_topo`` and ``'ABCD' AS producteur`` — is that one body's: a
second territory running the scripts edits each block, or publishes its survey under the first one's name (issue 12, s45 fd45 =
reader rd45 on igeofr/topo2sig: a communauté de communes' acronym in every ogr2ogr's target schema and producer column).

No list of names: the acronym is read from the code itself, and counts only when the two agree — a literal of 2 to 8 capitals
aliased or assigned as a producer, owner or manager column (producteur, gestionnaire, proprietaire, maitre_ouvrage, exploitant,
organisme, collectivite, owner, producer…) and, in the same repository's code, a schema whose name is that acronym in lower case
followed by ``_`` and a word (a schema option, ``active_schema=``, ``SET search_path``, ``CREATE SCHEMA``). One of the two alone is left as it was (a nomenclature's provenance column, a schema named for its
theme). Comment lines are left out. Bounded: :data:`MAX_FILES` code files in path order of :data:`MAX_BYTES`, :data:`PER_FILE` lines
a file, :data:`MAX_ROWS` rows in all.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_FILES = 400
MAX_BYTES = 512 * 1024
PER_FILE = 10
MAX_ROWS = 40
_ROLE = r"(?:producteurs?|producers?|gestionnaires?|propri[ée]taires?|owners?|ma[iî]tre_?(?:d_)?ouvrage|exploitants?|organismes?|collectivites?|maintainers?)"
# 'ABCD' AS producteur, producteur = 'ABCD', "producteur": "ABCD"
_VALUE = lazy_compile(r"""'([A-Z]{2,8})'\s+(?:AS\s+)?["']?""" + _ROLE + r"""\b|\b""" + _ROLE + r"""["']?\s*(?:=|:)\s*['"]([A-Z]{2,8})['"]""", re.I)
# schema options: -lco SCHEMA='abcd_topo', active_schema=abcd_topo, SET search_path TO abcd_topo, CREATE SCHEMA abcd_topo,
# schema => 'abcd_topo'
_SCHEMA = lazy_compile(r"""(?:\bschema\s*(?:=>?|:)\s*|\bactive_schema\s*=\s*|\bsearch_path\s+(?:to|=)\s*|\bcreate\s+schema\s+(?:if\s+not\s+exists\s+)?|"""
                       r"""\bschemas?\s+)["']?([a-z]{2,8})_\w+""", re.I)
_COMMENT = lazy_compile(r"^\s*(?:#|--|//|/?\*|rem\b|::)", re.I)
_CODE_LANGUAGES = frozenset({"Shell", "SQL", "PLpgSQL", "Python", "PowerShell", "Batchfile", "R", "PHP", "JavaScript", "TypeScript", "Java"})


def _lines(text: str):
    for n, line in enumerate(text.split("\n")[:50_000], 1):
        if not _COMMENT.match(line):
            yield n, line


@fact("territory_schema_owner", version=1, public=False)
def territory_schema_owner(ctx) -> list:
    """``[[path, line, value, "code"]]`` in path order: the lines writing the acronym as a producer's value or as its schema's name,
    when both are found for one acronym (see the module's docstring)."""
    from auditor.facts.inventory import inventory_of

    paths = [i.path for i in inventory_of(ctx).items if i.category == "source" and i.language in _CODE_LANGUAGES][:MAX_FILES]
    values: dict[str, list] = {}
    schemas: dict[str, list] = {}
    for path, text in ctx.snapshot.iter_text(paths, limit=MAX_BYTES):
        if not text:
            continue
        low = text.lower()
        if "schema" not in low and "producteur" not in low and not _VALUE.search(text):
            continue
        for n, line in _lines(text):
            for m in _VALUE.finditer(line):
                acr = m.group(1) or m.group(2)
                if acr and acr.isupper():
                    values.setdefault(acr.lower(), []).append([path, n, acr, "code"])
            for m in _SCHEMA.finditer(line):
                name = (m.group(1) or "").lower()
                if name:
                    schemas.setdefault(name, []).append([path, n, m.group(0).strip().strip("'\"")[:80], "code"])
    out: list = []
    for acr in sorted(set(values) & set(schemas)):
        rows = values[acr] + schemas[acr]
        per: dict[str, int] = {}
        for row in sorted(rows, key=lambda r: (r[0], r[1])):
            if per.get(row[0], 0) < PER_FILE:
                per[row[0]] = per.get(row[0], 0) + 1
                out.append(row)
    rows = sorted({(r[0], r[1]): r for r in out}.values(), key=lambda r: (r[0], r[1]))
    return rows[:MAX_ROWS]
