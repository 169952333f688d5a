"""scaling.hosting: a tile server's address opening on the map library's subdomain placeholder (Leaflet's
``http://{s}.tiles.example.fr/…``, OpenLayers' ``{a-c}.``) names that server (issue 12, s12: a transport authority's Leaflet
utilities fetching tiles from its own WMTS read as 'no external address')."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
MAP_JS = ('var mapConf = {\n    WMTS_BG_URL: "http://{s}.tuiles.reseau-exemple.fr/wmts/c/g/{z}/{x}/{y}.png",\n'
          '    CENTER: [0, 0]\n};\n\nfunction background(map) {\n    return L.tileLayer(mapConf.WMTS_BG_URL, {maxZoom: 18}).addTo(map);\n}\n')
OL_JS = ('var source = new ol.source.XYZ({\n    url: "https://{a-c}.fonds.carto-exemple.org/{z}/{x}/{y}.png"\n});\n')


def test_a_tile_servers_placeholder_subdomain_names_its_host(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Cartes\n\nUtilitaires cartographiques.\n",
                                                 "public/js/map_utils.js": MAP_JS, "public/js/ol_map.js": OL_JS},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("A B", "ab@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    r = next(r for r in report["results"] if r["id"] == CID)
    assert "2 other organisations" in r["message"]["en"], r["message"]  # the two tile servers, no longer "no external address"
