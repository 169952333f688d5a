"""interoperability.geo (issue 12, s17 b2): a regional park's GeoNature kit serves GeoJSON from PHP pages whose SQL reads
synthese.the_geom_2154 and ST_Transform((the_geom_2154), 4326): geometries stored in Lambert-93 (EPSG:2154), the legal
reference system, yet the check said "legal reference system: no". A geometry column named after a legal CRS is its use."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CID = "interoperability.geo"
PAGE = ('<?php\n$db = pg_connect("host=localhost dbname=geonature");\n'
        '$sql = "SELECT s.id_synthese, s.the_geom_2154,\n'
        '        ST_AsGeoJSON(ST_Transform((the_geom_2154),4326),6) AS geojson\n'
        '        FROM synthese.syntheseff s WHERE date(s.dateobs) >= date(NOW()) - 7";\n'
        '$rs = pg_query($db, $sql);\nheader("Content-Type: application/json");\necho json_encode(pg_fetch_all($rs));\n')
MAP = ('<html><head><link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css"/>'
       '<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script></head>\n<body><div id="map"></div>\n'
       '<script>var map = L.map("map"); fetch("geojson_7j.php").then(r => r.json()).then(d => L.geoJSON(d).addTo(map));</script>\n'
       '</body></html>\n')


def test_a_geometry_column_named_after_lambert93(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte des observations\n\nLes observations de la semaine.\n",
                                                 "pnr/geojson_7j.php": PAGE, "pnr/carte.html": MAP},
                                       "date": "2019-05-02T10:00:00Z", "message": "initial", "author": ("Sig Parc", "sig@exemple.fr")}])
    r = results(audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID])))[CID]
    assert "legal reference system: yes" in r["message"]["en"], r["message"]
