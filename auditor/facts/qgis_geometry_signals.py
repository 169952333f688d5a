"""Whether a QGIS plugin handles geometries, or geographic data at all (interoperability.geo).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). A plugin may write only tables of attributes (a cadastral
filiation file turned into a GeoPackage table: ``createVectorTable(…, QgsWkbTypes.NoGeometry, …)``): it has no coordinates to put in
a reference system. The check decides from both signals.

- ``geo.qgis-no-geometry``: a layer made without geometry (``QgsWkbTypes.NoGeometry``, a memory layer ``QgsVectorLayer("None", …)``).
- ``geo.qgis-geometry``: a geometry the plugin builds or reads (``QgsGeometry``, ``QgsPointXY``, ``QgsRectangle``, a transformation
  between systems, a typed layer ``QgsWkbTypes.Polygon``, ``QgsVectorLayer("Point?crs=…", …)``).
- ``geo.qgis-map-use``: any use of QGIS's geographic classes or of the interface's map and layers (below).
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

# QGIS's application services, which handle no geographic data: the task manager, the message log and bar, settings, authentication,
# network requests, the plugin's menus and Qt widgets (a plugin running pg_dump in a QgsTask and logging to QgsMessageLog)
_QGIS_SERVICES = (r"QgsApplication|QgsMessageLog|QgsTask(?:Manager)?|QgsInterface|QgsSettings|QgsMessageBar(?:Item)?|QgsMessageOutput|"
                  r"QgsMessageViewer|QgsAuthManager|QgsAuthMethodConfig|QgsCredentials|QgsNetworkAccessManager|QgsBlockingNetworkRequest|"
                  r"QgsNetworkContentFetcher|QgsFileDownloader|QgsCollapsibleGroupBox|QgsFileWidget|QgsPasswordLineEdit|QgsFilterLineEdit|"
                  r"QgsSpinBox|QgsDoubleSpinBox|QgsDockWidget|QgsGui|QgsHelp|QgsOptionsWidgetFactory|QgsOptionsPageWidget")
# - ``geo.qgis-map-use``: any other QGIS class (layers, features, the project, reference systems, the canvas, Processing), or the
#   interface's map and layer calls (iface.activeLayer(), iface.mapCanvas(), iface.addVectorLayer(…)): the plugin works on
#   geographic data; a plugin with none of them uses QGIS only as its host
signal("geo.qgis-map-use", r"""\b(?!(?:""" + _QGIS_SERVICES + r""")\b)Qgs[A-Z]\w*|\biface\.(?:activeLayer|mapCanvas|addVectorLayer|addRasterLayer|"""
       r"""addMeshLayer|layerTreeView|legendInterface|zoomToActiveLayer)\b""",
       ("qgs", "iface."), flags=0, accept=_not_commented)
# - ``geo.qgis-layer-data``: a call reading or changing what a layer holds (its features, geometries, fields, reference system,
#   extent, provider) or adding a layer to the project: a plugin that only organises the project's layers (map themes, the layer
#   tree's visibility, through QgsProject and QgsMapThemeCollection) makes none, and handles no geographic data of its own
signal("geo.qgis-layer-data", r"""\.(?:getFeatures?|selectedFeatures|selectedFeatureIds|selectByExpression|dataProvider|geometry|crs|setCrs|"""
       r"""addMapLayers?|addFeatures?|deleteFeatures?|changeAttributeValues?|changeGeometry|startEditing|commitChanges|extent|fields|"""
       r"""getValues|uniqueValues|featureCount|setSubsetString)\s*\(""",
       ("getfeature", "selectedfeature", "selectbyexpression", "dataprovider", "geometry", "crs", "addmaplayer", "addfeature", "deletefeature",
        "changeattributevalue", "changegeometry", "startediting", "commitchanges", "extent", "fields", "getvalues", "uniquevalues",
        "featurecount", "setsubsetstring"), flags=0, classes=("code",), accept=_not_commented)
# the classes and calls that only organise the project's layers: the project itself, its map themes, its layer tree and panel
QGIS_LAYER_ORGANISATION = r"QgsProject|QgsMapThemeCollection|QgsLayerTree\w*|iface\.layerTreeView"
