"""``data.db-load``: data loaded into a database by the code (interoperability.data-standards' pipelines loading a supplier's data)."""

from __future__ import annotations

from auditor.facts.format_signals import CODE, _not_commented
from auditor.facts.signal_registry import signal

# Data loaded into a database by the code: ogr2ogr's PostgreSQL driver or a PG: connection, PostGIS's shp2pgsql/raster2pgsql, pandas'
# DataFrame.to_sql (a shell pipeline loading what it downloads from a web service into its user's PostGIS; issue 12, s46 fb46 =
# igeofr/mapillary2pg)
signal("data.db-load", r"""(-f[^\S\n]+["']?PostgreSQL\b|(?<![\w])PG:["'\w$]|\b(?:shp2pgsql|raster2pgsql)\b|\.to_sql\()""",
       ("postgresql", "pg:", "2pgsql", "to_sql"), flags=0, classes=CODE, accept=_not_commented)
