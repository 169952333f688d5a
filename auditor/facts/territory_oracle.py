"""Oracle Spatial's territory values: a spatial layer's extent written into its metadata (INSERT INTO USER_SDO_GEOM_METADATA …
SDO_DIM_ARRAY(SDO_DIM_ELEMENT('X', xmin, xmax, tol), SDO_DIM_ELEMENT('Y', ymin, ymax, tol))): one territory's bounds, as a map's
extent is (meldig/base_geotech's layers in the Métropole Européenne de Lille's Lambert-93 extent)."""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import NUM, local_extent

signal("territory.sql-extent",
       r"""\bSDO_DIM_ELEMENT\s*\(\s*'X'\s*,\s*""" + NUM + r"""\s*,\s*""" + NUM + r"""\s*,[^)\n]{0,40}\)\s*,\s*"""
       r"""SDO_DIM_ELEMENT\s*\(\s*'Y'\s*,\s*""" + NUM + r"""\s*,\s*""" + NUM + r"""(?![\d.])""",
       ("sdo_dim_element",), flags=re.I, exts={"sql", "pgsql", "plpgsql", "psql"}, accept=lambda m: _sdo_extent(m))


def _sdo_extent(m) -> bool:
    """The two corners (xmin, ymin) and (xmax, ymax) lie in France, under four degrees apart (local_extent)."""
    try:
        xmin, xmax, ymin, ymax = (float(m.group(i)) for i in range(1, 5))
    except (TypeError, ValueError):
        return False
    return local_extent(xmin, ymin, xmax, ymax)
