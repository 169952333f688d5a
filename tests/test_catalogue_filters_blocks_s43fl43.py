"""interoperability.public-building-blocks (issue 12, s43 fl43 = reader rj43's cazitouni/geoui): a Vue front end of a GeoNetwork
catalogue counts records by the protocol of their links in a search filter (+linkProtocol:/OGC:WMS.*/) and keeps a leaflet in
package.json that no code imports nor reaches (L.): it failed as a web application handling maps. A metadata link's protocol name
(OGC:WMS, OGC:WFS) is no map requested, and a map library no code reaches draws no map: nothing the public services would provide.
Near misses: a page drawing a map with L.map(…), or code requesting a map (GetMap), keep the old fail. The fixtures are written
for the test."""

from __future__ import annotations

from tests.test_geo_declared_unused_map_lib_s43fl43 import FILES
from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"


def test_a_catalogue_s_protocol_filters_and_an_unreached_leaflet_handle_no_map(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "not_applicable", r["message"]  # was fail 'building blocks used: none' on OGC:WMS and leaflet


def test_near_miss_a_map_drawn_with_the_global_keeps_the_fail(tmp_path):
    files = {**FILES, "public/carte.js": "var map = L.map('carte').setView([48.58, 7.75], 12);\n"}
    assert check_result(tmp_path, files, CID)["status"] == "fail"


def test_near_miss_a_map_requested_keeps_the_fail(tmp_path):
    files = {**FILES, "src/layers.js": "export const url = '/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=communes';\n"}
    assert check_result(tmp_path, files, CID)["status"] == "fail"
