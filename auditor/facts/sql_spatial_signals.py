"""Signals of a local authority's SQL data model written for Oracle Spatial, and of the authority's own short name in its tables.

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). PostGIS has its own (``geo.postgis-typed``, ``geo.legal-crs``
in :mod:`auditor.facts.signals`); Oracle Spatial keeps its geometries in ``SDO_GEOMETRY`` columns (``MDSYS.SDO_GEOMETRY``), indexes
them with ``INDEXTYPE IS MDSYS.SPATIAL_INDEX`` and declares each layer's reference system and extent in a row of
``USER_SDO_GEOM_METADATA`` (``SDO_DIM_ARRAY(SDO_DIM_ELEMENT('X', min, max, tolerance), SDO_DIM_ELEMENT('Y', …)), srid``: Oracle
Spatial and Graph Developer's Guide, "Geometry Metadata Views", docs.oracle.com, read 2026-12-04). That row is one INSERT often
written over several lines, the SRID alone on the last one: it is read in a bounded window of its statement (up to 3,000
characters before the ``;``, stopping at the next ``USER_SDO_GEOM_METADATA``), never across statements.

- ``geo.oracle-metadata-srid``: the SRID a layer's metadata row declares, in a legal French reference system (décret 2006-272):
  interoperability.geo's legal reference system (the geometries themselves are ``geo.oracle-spatial``'s, in :mod:`signals`).
- ``territory.sdo-extent``: a layer's extent written into the metadata (``SDO_DIM_ELEMENT('X', 684000, 720000, 0.005),
  SDO_DIM_ELEMENT('Y', 7044000, 7078000, 0.005)``) that is one territory's (reusability.territory-neutral): as a map's extent,
  corners in France less than four degrees apart.
- ``territory.sql-acronym``: a table or schema a SQL script reads or writes whose name holds, as one of its parts, the short
  name a listed public body gives itself (organisations.yml's ``acronyms``: ``G_REFERENTIEL.MEL_COMMUNE``, the MEL's communes).
  The check keeps it only in a repository that body publishes: three letters say nothing elsewhere.
"""

from __future__ import annotations

import re

from auditor.facts.legal_crs import FRANCE_PROJECTED as LEGAL_PROJECTED
from auditor.facts.signal_registry import signal
from auditor.facts.sponsor_forge import listed_acronyms
from auditor.facts.territory_values import NUM, _COMMENT_START, in_sql, local_extent
from auditor.lazyre import lazy_compile

SQL_EXTS = {"sql", "pgsql", "plpgsql", "psql"}
CLASSES = ("code", "template", "config", "other", "data")  # (a .sql script is filed with data: the checks keep SQL there)

# the SRID of the layer's metadata row, its last value (geo.oracle-spatial and geo.oracle-srid, in signals.py, read the geometries and
# the SRID a geometry is built in, on their line)
signal("geo.oracle-metadata-srid",
       r"""\bUSER_SDO_GEOM_METADATA\b(?:(?!USER_SDO_GEOM_METADATA)[^;]){0,3000}?,\s*(""" + LEGAL_PROJECTED + r""")(?![\d.])(?=\s*[),;])""",
       ("user_sdo_geom_metadata",), flags=re.I, classes=CLASSES, group=1, accept=in_sql)


def _accept_sdo_extent(m) -> bool:
    try:
        x1, x2, y1, y2 = (float(m.group(i)) for i in range(1, 5))
    except (TypeError, ValueError):
        return False
    return in_sql(m) and local_extent(x1, y1, x2, y2)


_TOLERANCE = r"""[\d.eE+-]{1,20}"""
signal("territory.sdo-extent",
       r"""\bSDO_DIM_ELEMENT[ \t]*\([ \t]*'[^'\n]{1,30}'[ \t]*,[ \t]*""" + NUM + r"""[ \t]*,[ \t]*""" + NUM + r"""[ \t]*,[ \t]*""" + _TOLERANCE
       + r"""[ \t]*\)[ \t]*,\s*(?:MDSYS\.)?SDO_DIM_ELEMENT[ \t]*\([ \t]*'[^'\n]{1,30}'[ \t]*,[ \t]*""" + NUM + r"""[ \t]*,[ \t]*""" + NUM + r"""(?![\d.])""",
       ("sdo_dim_element",), flags=re.I, classes=CLASSES, accept=_accept_sdo_extent)


# the statement keyword a table's name follows (FROM, JOIN, INTO, UPDATE, TABLE, VIEW), maybe on the line above
_KEYWORD_BEFORE = lazy_compile(r"""\b(?:from|join|into|update|table|view)(?:[ \t]+if[ \t]+(?:not[ \t]+)?exists)?[ \t]*(?:\r?\n[ \t]*)?$""", re.I)


def _acronym_table(m) -> bool:
    """A table's or schema's name after its statement keyword, in SQL code (not a comment line, not inside a quoted string)."""
    s = m.string
    before = s[max(0, m.start() - 120): m.start()]
    k = _KEYWORD_BEFORE.search(before)
    if not k or not in_sql(m):
        return False
    line_start = s.rfind("\n", 0, m.start()) + 1
    if s[line_start: m.start()].count("'") % 2:
        return False  # (inside a string: a comment's text naming the table)
    kw_at = m.start() - len(before) + k.start()
    kw_line = s[s.rfind("\n", 0, kw_at) + 1: kw_at]
    return not kw_line.lstrip().startswith(_COMMENT_START)


_ACRONYMS = sorted(listed_acronyms(), key=lambda a: (-len(a), a))
if _ACRONYMS:
    _PART = r"""(?<![a-z0-9])(?:""" + "|".join(re.escape(a) for a in _ACRONYMS) + r""")(?![a-z0-9])"""
    signal("territory.sql-acronym",
           r"""(?<![\w$#."])(?=[\w$#".]{0,130}?""" + _PART + r""")((?:"?[a-z][\w$#]{0,62}"?\.)?"?[a-z][\w$#]{0,62}"?)(?![\w$#.(])""",
           tuple(_ACRONYMS), flags=re.I, exts=SQL_EXTS, group=1, accept=_acronym_table)
