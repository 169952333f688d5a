"""A QGIS plugin writing only a table without geometry, asked for the legal reference system (issue 12, session 29 fixer l29; reader s29
m21o1: a SIG provider's plugin turning DGFiP's cadastral filiation file (DFI) into a GeoPackage attribute table).

interoperability.geo said "IGN / … / legal reference system: no" (warn): the plugin makes its layer with
createVectorTable(…, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(), …) and builds or reads no geometry, so it has no
coordinates to put in a reference system. A plugin that writes a point layer is still asked for it.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = "interoperability.geo"
TRANSFO = '''from qgis.core import (QgsWkbTypes, QgsFields, QgsField, QgsCoordinateReferenceSystem, QgsProviderRegistry)
from qgis.PyQt.QtCore import QVariant

GPKG_EXT = ".gpkg"
ATTS = ["code departement", "code commune", "numero dfi", "parcelles anciennes", "parcelles nouvelles"]


class Transfo:
    def __init__(self, iface):
        self.iface = iface

    def run(self, dfi_fname, gpkg_fname, gpkg_lyr="dfi_filiations_parcelles"):
        flds = QgsFields()
        for att in ATTS:
            flds.append(QgsField(att, QVariant.String))
        md = QgsProviderRegistry.instance().providerMetadata('ogr')
        conn = md.createConnection(gpkg_fname, {})
        conn.createVectorTable('', gpkg_lyr, flds, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(), True, {})
        # conn.createVectorTable('', gpkg_lyr, flds, QgsWkbTypes.MultiPolygon, QgsCoordinateReferenceSystem(), True, {})
        return self.iface.addVectorLayer(gpkg_fname + '|layername=' + gpkg_lyr, gpkg_lyr, 'ogr')
'''


def _plugin(transfo: str = TRANSFO) -> dict:
    return {"README.md": "# DFI Transfo\n\nExtension QGIS qui transforme le fichier DFI de la DGFiP en table GeoPackage.\n",
            "metadata.txt": "[general]\nname=DFI Transfo\nqgisMinimumVersion=3.16\nversion=1.0\n",
            "__init__.py": "def classFactory(iface):\n    from .plugin import DfiPlugin\n    return DfiPlugin(iface)\n",
            "plugin.py": "from .transfo import Transfo\n\n\nclass DfiPlugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
                         "    def initGui(self):\n        self.transfo = Transfo(self.iface)\n",
            "transfo.py": transfo}


def test_a_plugin_writing_only_an_attribute_table_needs_no_reference_system(tmp_path):
    report, res = judge(tmp_path, _plugin(), [GEO])
    assert report["facts"]["project"]["kind"] == "gis-kit"
    geo = res[GEO]
    assert geo["status"] == "pass" and geo["details"].get("no_geometry") is True, geo["message"]  # was warn 7
    assert "tables without geometry" in geo["message"]["en"]


def test_a_plugin_writing_a_point_layer_is_still_asked_for_it(tmp_path):
    points = TRANSFO.replace("QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(), True",
                             "QgsWkbTypes.Point, QgsCoordinateReferenceSystem('EPSG:4326'), True")
    geo = judge(tmp_path, _plugin(points), [GEO], name="points")[1][GEO]
    assert not geo["details"].get("no_geometry") and geo["details"]["legal_crs"] is False, geo["message"]
    assert "tables without geometry" not in geo["message"]["en"]
