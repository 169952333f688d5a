"""interoperability.geo: OWSLib declared to run is an OGC client (issue 12, s30 k30 = reader m22o2, geobretagne/contribs).
A regional platform's repository holds a GeoWebCache seeding page (OpenLayers) and owstest/, a suite run by Jenkins that checks the
platform's WMS and WFS with OWSLib (WebMapService(…).getmap(…)), owslib in its requirements.txt; geo said "OGC: no" (warn) since
every OWSLib call sits in files filed as tests. OWSLib's one purpose is reading OGC web services: declared to run, it is OGC used.
Right neighbour: the same page without OWSLib keeps "OGC: no"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.geo"
PAGE = {"README.md": "# contribs\n\nOutils de la plateforme régionale.\n",
        "cacheadmin/index.html": ('<!doctype html><html><head><script src="http://openlayers.org/api/2.11/OpenLayers.js"></script>'
                                  '<script src="src/js/main.js"></script></head><body><div id="map"></div></body></html>\n'),
        "cacheadmin/src/js/main.js": ('var options = {projection: new OpenLayers.Projection("EPSG:2154"), units: "m"};\n'
                                      'var map = new OpenLayers.Map("map", options);\n'
                                      'var tmsLayer = new OpenLayers.Layer.TMS("osm:google", "http://tiles.example.org/gwc/service/tms/", '
                                      '{layername: "osm:google@EPSG:2154@png", type: "png"});\nmap.addLayer(tmsLayer);\n')}
SUITE = {"owstest/README.md": "web services integration tests\n",
         "owstest/test_wms.py": ("import pytest\nfrom owslib.wms import WebMapService\n\n\ndef test_getmap():\n"
                                 "    wms = WebMapService('http://geo.example.org/geoserver/wms', version='1.1.1')\n"
                                 "    assert wms.getmap(layers=['a'], srs='EPSG:2154', bbox=(0, 0, 1, 1), size=(256, 256), format='image/png')\n")}


def test_owslib_declared_to_run_is_ogc_used(tmp_path):
    files = dict(PAGE, **SUITE, **{"owstest/requirements.txt": "owslib\ngsconfig\npytest-cov\n"})
    res = judge(tmp_path, files, [CID])[1][CID]
    assert "OGC: yes" in res["message"]["en"], res["message"]


def test_without_owslib_ogc_stays_unseen(tmp_path):
    files = dict(PAGE, **{"owstest/requirements.txt": "requests\npytest-cov\n"})
    res = judge(tmp_path, files, [CID])[1][CID]
    assert "OGC: no" in res["message"]["en"], res["message"]
