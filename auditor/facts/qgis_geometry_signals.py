"""Whether a QGIS plugin handles geometries at all (interoperability.geo).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). A plugin may write only tables of attributes (a cadastral
filiation file turned into a GeoPackage table: ``createVectorTable(…, QgsWkbTypes.NoGeometry, …)``): it has no coordinates to put in
a reference system. The check decides from both signals.

- ``geo.qgis-no-geometry``: a layer made without geometry (``QgsWkbTypes.NoGeometry``, a memory layer ``QgsVectorLayer("None", …)``).
- ``geo.qgis-geometry``: a geometry the plugin builds or reads (``QgsGeometry``, ``QgsPointXY``, ``QgsRectangle``, a transformation
  between systems, a typed layer ``QgsWkbTypes.Polygon``, ``QgsVectorLayer("Point?crs=…", …)``).
"""

from __future__ import annotations

from auditor.facts.format_signals import _not_commented
from auditor.facts.signal_registry import signal

signal("geo.qgis-no-geometry", r"""\b((?:QgsWkbTypes|Qgis\.WkbType)(?:\.Type)?\.NoGeometry|QgsVectorLayer\(\s*['"]None['"])""",
       ("nogeometry", "qgsvectorlayer"), flags=0, classes=("code",), accept=_not_commented)
signal("geo.qgis-geometry", r"""\b(QgsGeometry|QgsPoint(?:XY)?|QgsRectangle|QgsCoordinateTransform|(?:QgsWkbTypes|Qgis\.WkbType)(?:\.Type)?\.(?:Multi)?"""
       r"""(?:Point|LineString|Polygon|Curve|CurvePolygon|Surface)\w*|QgsVectorLayer\(\s*['"](?:Multi)?(?:Point|LineString|Polygon))\b""",
       ("qgsgeometry", "qgspoint", "qgsrectangle", "qgscoordinatetransform", "wkbtype", "qgsvectorlayer"), flags=0, classes=("code",),
       accept=_not_commented)
