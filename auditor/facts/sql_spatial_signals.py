"""The reference system an Oracle Spatial layer declares in its metadata (interoperability.geo).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). Oracle Spatial declares each layer's extent and reference
system in a row of ``USER_SDO_GEOM_METADATA`` (``TABLE_NAME, COLUMN_NAME, DIMINFO, SRID``: Oracle Spatial and Graph Developer's
Guide, "Geometry Metadata Views", docs.oracle.com, read 2026-12-04). That row is one INSERT often written over several lines, the
SRID alone on the last one (meldig/base_geotech): a signal reading one line cannot see it. It is read in a bounded window of its
statement: up to 3,000 characters before the ``;``, stopping at the next ``USER_SDO_GEOM_METADATA`` (each character is scanned by
one attempt at most), never across statements. The geometries themselves (``SDO_GEOMETRY``) and the SRID a geometry is built in
(``SDO_GEOMETRY(2001, 2154, …)``) are ``geo.oracle-spatial`` and ``geo.oracle-srid``, in :mod:`auditor.facts.signals`; the
layer's extent is ``territory.sql-extent`` (:mod:`auditor.facts.territory_oracle`).

- ``geo.oracle-metadata-srid``: the SRID a layer's metadata row declares, when it is a legal French reference system (décret
  2006-272).
"""

from __future__ import annotations

import re

from auditor.facts.legal_crs import FRANCE_PROJECTED as LEGAL_PROJECTED
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_sql

CLASSES = ("code", "template", "config", "other", "data")  # (a .sql script is filed with data: the checks keep SQL there)

signal("geo.oracle-metadata-srid",
       r"""\bUSER_SDO_GEOM_METADATA\b(?:(?!USER_SDO_GEOM_METADATA)[^;]){0,3000}?,\s*(""" + LEGAL_PROJECTED + r""")(?![\d.])(?=\s*[),;])""",
       ("user_sdo_geom_metadata",), flags=re.I, classes=CLASSES, group=1, accept=in_sql)
