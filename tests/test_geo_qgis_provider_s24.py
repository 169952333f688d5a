"""interoperability.geo (issue 12, session 24, reader n2 s23: dasycarpum/pro_DDT_Observatoire_foncier): a DDT's Qt desktop tool
writes a PyQGIS script that adds a WMS background, ``iface.addRasterLayer(uri, 'Open Street Map', 'wms')`` with a QGIS WMS
data source (``crs=EPSG:2154&format=image/png&layers=…&url=https://…/mapcache/``), and was read "OGC: no": geo.ogc knew OGC
requests and paths (SERVICE=WMS, GetMap, /wms) but not QGIS's layer API, whose last argument names the OGC provider (wms,
WFS, wcs, oapif), nor a layer definition's <provider>wms</provider>."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = ["interoperability.geo"]

CPP = """#include <QTextStream>
#include "fenetre.h"

void Fenetre::ecrireScriptQgis(QTextStream &texte)
{
    texte << "from qgis.core import QgsProject" << endl;
    texte << "lambert93 = QgsCoordinateReferenceSystem(2154)" << endl;
    texte << QString("uri = 'crs=EPSG:2154&format=image/png&layers=fond&styles=&url=https://tuiles.exemple.fr/cache/'") << endl;
    texte << QString("qgis.utils.iface.addRasterLayer(uri, 'Fond de plan', '{provider}')") << endl;
    texte << QString("couche = iface.addVectorLayer('parcelles.shp', 'parcelles', 'ogr')") << endl;
}
"""


def files(provider: str) -> dict:
    return {"README.md": "# Observatoire\n\nOutil de bureau de l'observatoire foncier.\n", "fenetre.cpp": CPP.replace("{provider}", provider),
            "fenetre.h": "class Fenetre { public: void ecrireScriptQgis(QTextStream &texte); };\n",
            "observatoire.pro": "QT += core gui widgets\nSOURCES += fenetre.cpp\nHEADERS += fenetre.h\n"}


def test_a_qgis_layer_on_the_wms_provider_is_ogc(tmp_path):
    geo = judge(tmp_path, files("wms"), GEO)[1]["interoperability.geo"]
    assert "OGC: yes" in geo["message"]["en"], geo["message"]["en"]  # was "OGC: no"
    assert any("'wms'" in str(e.get("value")) and e.get("path") == "fenetre.cpp" for e in geo["evidence"]), geo["evidence"]


def test_a_qgis_layer_on_a_file_provider_is_no_ogc(tmp_path):
    geo = judge(tmp_path, files("gdal"), GEO)[1]["interoperability.geo"]
    assert "OGC: no" in geo["message"]["en"], geo["message"]["en"]


def test_a_layer_definition_on_the_wfs_provider_is_ogc(tmp_path):
    qlr = ('<!DOCTYPE qgis-layer-definition>\n<qlr>\n  <maplayers>\n    <maplayer type="vector">\n'
           "      <datasource>typename='communes' url='https://geo.exemple.fr/ows'</datasource>\n"
           '      <provider encoding="UTF-8">WFS</provider>\n    </maplayer>\n  </maplayers>\n</qlr>\n')
    kit = {"README.md": "# Couches\n\nDéfinitions de couches pour QGIS.\n", "couches/communes.qlr": qlr,
           "styles/communes.qml": "<qgis version=\"3.28\"><renderer-v2 type=\"singleSymbol\"/></qgis>\n"}
    geo = judge(tmp_path, kit, GEO)[1]["interoperability.geo"]
    assert "OGC: yes" in geo["message"]["en"], geo["message"]["en"]
