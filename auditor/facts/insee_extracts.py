"""``insee_extracts`` (not public): the project's own CSV tables that are extracts of INSEE's local statistics, known by their header,
and that its code reads by name — reference figures by territory copied into the repository, which INSEE's APIs (Melodi, Données
locales) serve (issue 12, s46 fc46 = crepinbaudouin/observatoire-territorial: a Streamlit dashboard built on seventeen committed
exports, POP_RECENSEMENT.csv and the like, whose advice spoke of IGN base maps for a mapless app).

A header is INSEE's when it has the shape of its exports (read as data, nothing is run):
- the labelled export of its statistical data explorer: a ``Géographie`` column with ``Niveau Géo``, or with ``Période`` and
  ``Valeur``;
- Melodi's coded export: ``GEO`` with ``GEO_OBJECT`` and ``OBS_VALUE``;
- a comparator or census table keyed by ``CODGEO`` with two census variables or more (``P21_POP``, ``C20_ACT1564``).

Read by the project: the file's name appears in one of its own source or configuration files. Tests, examples and copies are left
out. Bounded: at most :data:`MAX_TABLES` tables (path order), :data:`HEAD_BYTES` of each; at most :data:`auditor.facts.csv_geo.MAX_READERS` files of
:data:`~auditor.facts.csv_geo.READER_BYTES` searched for their names.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.csv_geo import project_tables, readers_of
from auditor.lazyre import lazy_compile

MAX_TABLES = 60
HEAD_BYTES = 4 * 1024
_CENSUS_VAR = lazy_compile(r"^[PC]\d{2}_[A-Z0-9]+$")


def _columns(head: str) -> list[str]:
    """The header's column names (first line, ``;``, ``,`` or tab separated, quotes and a BOM removed)."""
    line = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    sep = max((";", ",", "\t"), key=line.count)
    return [c.strip().strip('"').strip() for c in line.split(sep)]


def insee_shape(columns: list[str]) -> str | None:
    """Which of INSEE's export shapes the header has (see the module's docstring), or None."""
    low = {c.lower() for c in columns}
    if "géographie" in low and ("niveau géo" in low or {"période", "valeur"} <= low):
        return "Géographie, Niveau Géo" if "niveau géo" in low else "Géographie, Période, Valeur"
    if {"geo", "geo_object", "obs_value"} <= low:
        return "GEO, GEO_OBJECT, OBS_VALUE"
    census = [c for c in columns if _CENSUS_VAR.match(c)]
    if "codgeo" in low and len(census) >= 2:
        return "CODGEO, " + ", ".join(census[:2])
    return None


def _named(text: str, name: str) -> int:
    """Where ``text`` names a table's file: its name, or its stem as a word (a name built from it: f"{theme}.csv", "POP_" + name)."""
    at = text.find(name)
    if at < 0:
        m = re.search(r"(?<![\w-])" + re.escape(name.rsplit(".", 1)[0]) + r"(?![\w-])", text)
        at = m.start() if m else -1
    return at


@fact("insee_extracts", version=1, public=False)
def insee_extracts(ctx) -> list[dict]:
    """``[{"path", "shape", "read_by": {"path", "line"}}]``: the project's INSEE extracts its code names (see above), in path order."""
    from auditor.facts.inventory import inventory_of

    snap = ctx.snapshot
    inv = inventory_of(ctx)
    found = []
    for path in project_tables(inv, MAX_TABLES):
        shape = insee_shape(_columns(snap.read_head(path, HEAD_BYTES) or ""))
        if shape:
            found.append({"path": path, "shape": shape})
    read_by = readers_of(snap, inv, [f["path"] for f in found], find=_named)
    return [{**f, "read_by": read_by[f["path"]]} for f in found if f["path"] in read_by]
