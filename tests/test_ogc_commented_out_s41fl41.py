"""interoperability.geo (issue 12, s41 fl41 = reader rc41 styx #3, SMMAR11/styx).

A Django web application's map script adds an OpenStreetMap tile layer; the two IGN WMTS layers beside it are commented out
("//var ign = L.geoportalLayer.WMTS({…});"). The check said "OGC: yes", citing those two lines. A line commented out (//, #, --,
or inside a /* … */ block) is code no longer run: no OGC service used. Near miss: the same layer left in the code stays OGC.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"

MAP = """window.addEventListener('map:init', function(e) {
    var map = e.detail.map;
    var osm = L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);
    %s
    /*
    var ortho = L.geoportalLayer.WMTS({ layer: "ORTHOIMAGERY.ORTHOPHOTOS" });
    */
    var layer = L.geoJSON(null).addTo(map);
    fetch('/api/dossiers.geojson').then(function(r) { return r.json(); }).then(function(d) { layer.addData(d); });
});
"""

BASE = {"README.md": "# Suivi des dossiers\n\nApplication web de suivi des dossiers de travaux en rivière, sur une carte.\n",
        "requirements.txt": "Django==4.2\ndjango-leaflet==0.29\n",
        "app/models.py": "from django.contrib.gis.db import models\n\n\nclass Dossier(models.Model):\n    geom = models.PointField()\n"}


def geo(tmp_path, line):
    return results(run_audit(build(tmp_path / "r", {**BASE, "app/static/js/carte.js": MAP % line}), tmp_path / "c", [CID]))[CID]


def test_a_commented_out_wmts_layer_is_no_ogc_use(tmp_path):
    r = geo(tmp_path, '//var ign = L.geoportalLayer.WMTS({ layer: "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2" });')
    assert r["details"]["ogc"] is False, r["details"]  # was "OGC: yes" on the commented lines
    assert not any("WMTS" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert r["details"]["geojson"] is True


def test_a_wmts_layer_in_the_code_stays_ogc(tmp_path):
    r = geo(tmp_path, 'var ign = L.geoportalLayer.WMTS({ layer: "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2" }).addTo(map);')
    assert r["details"]["ogc"] is True, r["details"]
