"""Session 15 (h2): a Lambert-93 endpoint asked in a service URL or a request parameter (a WFS's srsName=EPSG%3A2154 or
urn:ogc:def:crs:EPSG::2154, an OGC API's crs=…/EPSG/0/2154, an ArcGIS REST query's outSR=2154, a tile service's /2154/ segment)
was missed by interoperability.geo's legal reference system: only EPSG:2154 written plainly and PostGIS SRIDs counted."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

VIEWER = {
    "package.json": '{"name": "carte-voirie", "dependencies": {"leaflet": "^1.9.4"}}\n',
    "README.md": "# Carte de la voirie\n\nAffiche les tronçons de voirie de la commune sur une carte.\n",
    "src/carte.js": (
        "import L from 'leaflet';\n"
        "const carte = L.map('carte');\n"
        "const URL_VOIRIE = 'https://geo.ville-exemple.fr/geoserver/ows?service=WFS&version=2.0.0&request=GetFeature'\n"
        "  + '&typeNames=voirie:troncons&srsName=urn:ogc:def:crs:EPSG::2154&outputFormat=application/json';\n"
        "export async function charger() {\n  const rep = await fetch(URL_VOIRIE);\n  return rep.json();\n}\n"),
}


def _geo(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_a_wfs_asked_in_lambert93_counts_as_the_legal_reference_system(tmp_path):
    res = _geo(tmp_path, VIEWER, "wfs")
    assert res["details"]["legal_crs"] is True, res["message"]
    assert "legal reference system: yes" in res["message"]["en"], res["message"]


def test_an_arcgis_query_and_an_ogc_api_crs_in_lambert93_count_too(tmp_path):
    files = dict(VIEWER)
    files["src/carte.js"] = ("import L from 'leaflet';\nconst carte = L.map('carte');\n"
                             "const Q = 'https://sig.ville-exemple.fr/server/rest/services/Voirie/MapServer/0/query?where=1%3D1&outSR=2154&f=geojson';\n"
                             "const F = 'https://api.ville-exemple.fr/ogc/collections/arbres/items?crs=http://www.opengis.net/def/crs/EPSG/0/2154';\n"
                             "export const sources = [Q, F];\n")
    res = _geo(tmp_path, files, "rest")
    assert res["details"]["legal_crs"] is True, res["message"]


def test_a_number_in_an_ordinary_url_is_no_reference_system(tmp_path):
    files = dict(VIEWER)
    files["src/carte.js"] = ("import L from 'leaflet';\nconst carte = L.map('carte');\n"
                             "export const lien = 'https://www.ville-exemple.fr/actualites/2154/travaux-rue-des-lilas';\n")
    res = _geo(tmp_path, files, "plain")
    assert res["details"]["legal_crs"] is False, res["message"]
