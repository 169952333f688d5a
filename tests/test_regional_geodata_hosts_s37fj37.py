"""A regional geographic data platform with a name of its own is one territory's host (issue 12, s37 fj37 = reader ma37,
jdev-org/donneesplages).

A map viewer of Nouvelle-Aquitaine's beaches reads its layers from https://www.pigma.org/geoserver/…/ows, PIGMA being the region's
geodata platform (run by the GIP ATGeRi), and links portail.pigma.org: reusability.territory-neutral counted geobretagne.fr on a
sibling viewer (a data/geo word and a region's name) but not pigma.org, whose name says no place.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

LAYER = ("var layer = new ol.layer.Vector({\n  source: new ol.source.Vector({\n"
         "    url: 'https://www.pigma.org/geoserver/littoral/ows?service=WFS&request=GetFeature&typeName=littoral:plages&outputFormat=application/json',\n"
         "    format: new ol.format.GeoJSON()\n  })\n});\nmviewer.customLayers.plages = {layer: layer};\n")
FILES = {
    "README.md": "# Plages\n\nCarte des plages.\n",
    "index.html": "<!doctype html><html><head><title>Plages</title></head><body><div id=\"map\"></div>"
                  "<script src=\"customlayers/plages.js\"></script></body></html>\n",
    "customlayers/plages.js": LAYER,
}


def test_a_layer_read_from_a_regional_geodata_platform_is_territory_specific(tmp_path):
    r = check_result(tmp_path, FILES, "reusability.territory-neutral")
    values = [e.get("value") for e in r["evidence"]]
    assert any("pigma.org" in str(v) for v in values), r


def test_an_unlisted_platform_is_not(tmp_path):
    files = {**FILES, "customlayers/plages.js": LAYER.replace("www.pigma.org", "www.geoplateforme-exemple.org")}
    r = check_result(tmp_path, files, "reusability.territory-neutral")
    assert not any("geoplateforme-exemple" in str(e.get("value")) for e in r["evidence"]), r
