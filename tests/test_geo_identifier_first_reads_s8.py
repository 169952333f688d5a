"""interoperability.geo and interoperability.identifiers verdicts found wrong at session 8's first reads (issue 12), each on a
git fixture shaped like the real case: a Lutece plugin's copied proj4js and its DoGetMap.jsp page, a catalogue page's list of
item types, a CartoCSS project's shapefile layers, a PHP entity holding positions, a Dash map, a region's code compared in
SQL views, and a referential of communes committed as data."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-11-02T10:00:00Z"
GEO = "interoperability.geo"
IDS = "interoperability.identifiers"


def _one(tmp_path, files, check, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check]))[check]


PROJ4JS = ("/*\n  proj4js.js -- Javascript reprojection library.\n\n  Authors:      Mike Adair, Richard Greenwood, Didier Richard\n\n"
           "  License:\n Copyright (c) 2012, Mike Adair, Richard Greenwood, Didier Richard\n\n"
           " Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n*/\n"
           "Proj4js = {\n  defaultDatum: 'WGS84',\n  parseWKT: function(wkt) { return wkt; },\n"
           "  // IGNF projections: see the registry of www.geoportail.fr\n  defs: {}\n};\n")


def test_a_copied_proj4js_and_a_page_named_after_getmap_are_not_the_plugins_geography(tmp_path):
    """lutece espacepublic-plugin-fodansmarue: geo pass 8.0 "OGC: yes; IGN…: yes" — OGC was a JSP named DoGetMap.jsp (no WMS
    call), IGN a comment inside the copied webapp/js/proj4js-combined.js, and its parseWKT gave "WKT"; the plugin converts
    Lambert-93 positions itself (getGeomFromLambert93ToWgs84), its legal reference system."""
    files = {"README.md": "# DansMaRue\n\nSignalement d'anomalies sur l'espace public.\n",
             "webapp/js/proj4js-combined.js": PROJ4JS,
             "webapp/WEB-INF/templates/skin/plugins/fosignalement/adresse.html":
                 "<form action=\"jsp/site/plugins/dansmarue/DoGetMap.jsp\" method=\"post\">\n<input name=\"adresse\"/>\n</form>\n"
                 "<script src=\"js/proj4js-combined.js\"></script>\n<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script>\n"
                 "<script>var map = L.map('map');</script>\n",
             "src/java/fr/paris/lutece/plugins/dansmarue/service/GeomService.java":
                 "package fr.paris.lutece.plugins.dansmarue.service;\n\npublic class GeomService\n{\n"
                 "    public Double[] getGeomFromLambert93ToWgs84( Double dLat, Double dLng )\n    {\n        return new Double[] { dLat, dLng };\n    }\n}\n"}
    r = _one(tmp_path, files, GEO)
    assert not r["details"]["ogc"] and not r["details"]["ign"], r["message"]
    assert not r["details"]["geojson"], r["message"]  # (proj4js's parseWKT is the library's)
    assert r["details"]["legal_crs"], r["message"]
    assert not any(e["path"] == "webapp/js/proj4js-combined.js" for e in r["evidence"]), r["evidence"]
    # a WMS GetMap request is OGC
    wms = {**files, "webapp/js/carte.js": "var url = base + '?SERVICE=WMS&REQUEST=GetMap&LAYERS=voies';\n"}
    assert _one(tmp_path, wms, GEO, "w")["details"]["ogc"]


def test_a_format_name_in_a_list_of_item_types_is_no_geojson(tmp_path):
    """geodepartement18/geoportail: "GeoJSON or open geographic format: yes" from config.js's allowedTypes list ("CSV",
    "Shapefile", "GeoJson", "KML", "WFS"…), which app.js never reads."""
    config = ("export const CONFIG = {\n  portalUrl: \"https://cher.maps.arcgis.com/\",\n  allowedTypes: [\n    \"Feature Service\",\n"
              "    \"CSV\",\n    \"Shapefile\",\n    \"GeoJson\",\n    \"KML\",\n    \"WFS\"\n  ]\n};\n")
    files = {"README.md": "# Portail\n\nCatalogue de données.\n", "index.html": "<html><body><script type=\"module\" src=\"js/app.js\"></script>"
             "<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script></body></html>\n",
             "js/config.js": config, "js/app.js": "import { CONFIG } from \"./config.js\";\nconst map = L.map('map');\n"}
    r = _one(tmp_path, files, GEO)
    assert not r["details"]["geojson"], r["message"]
    used = {**files, "js/app.js": files["js/app.js"] + "fetch('data/parcs.geojson').then(r => r.json()).then(d => L.geoJSON(d).addTo(map));\n"}
    assert _one(tmp_path, used, GEO, "u")["details"]["geojson"]


def test_a_cartocss_projects_shapefile_layers_are_an_open_geographic_format(tmp_path):
    """GrandNancy/osm-bright: "GeoJSON or open geographic format: no" while project.mml's layers read shapefiles
    ("file": "C:\\…\\ADRESSES.shp")."""
    mml = {"bounds": [5.813, 48.522, 6.569, 48.859], "Layer": [
        {"id": "adresses", "class": "shp", "Datasource": {"file": "C:\\Users\\sig\\MapBox\\commondata\\grandnancy\\adresses\\ADRESSES.shp"}},
        {"id": "roads", "Datasource": {"type": "postgis", "table": "(SELECT * FROM osm_roads) AS data"}}]}
    files = {"README.md": "# OSM Bright\n\nStyle CartoCSS.\n", "osm-bright/project.mml": json.dumps(mml, indent=2) + "\n",
             "osm-bright/base.mss": "Map { background-color: #fff; }\n",
             "make.py": "import json\n\nconfig = {'postgis': {'host': 'localhost'}}\n"}
    r = _one(tmp_path, files, GEO)
    assert r["details"]["geojson"], r["message"]
    assert any(e["path"] == "osm-bright/project.mml" for e in r["evidence"]), r["evidence"]


def test_a_php_entity_holding_positions_is_geography_said_so(tmp_path):
    """SDIS62/core-ops: n/a "handles no detectable map or geographic data" while src/Entity/Coordinates.php (protected
    $latitude, $longitude) is each intervention's position."""
    php = ("<?php\n\nnamespace SDIS62\\Core\\Ops\\Entity;\n\nclass Coordinates\n{\n    protected $latitude;\n\n    protected $longitude;\n\n"
           "    public function __construct($latitude, $longitude)\n    {\n        $this->latitude = $latitude;\n    }\n}\n")
    files = {"README.md": "# Core ops\n\nModèle des opérations.\n", "composer.json": json.dumps({"name": "sdis62/core-ops"}) + "\n",
             "src/Entity/Coordinates.php": php}
    r = _one(tmp_path, files, GEO)
    assert r["status"] == "not_applicable" and "latitude" in r["message"]["en"] and "latitude" in r["message"]["fr"], r["message"]


def test_a_plotly_map_is_drawn_with_an_open_library(tmp_path):
    """datagora-erasme/veille_rsa: n/a "draws no map with a mapping library" while veille_carto_RSA.py draws the agencies with
    px.scatter_mapbox(…, lat, lon)."""
    py = ("import pandas as pd\nimport plotly.express as px\n\ndf = pd.read_csv('data/agences.csv')\n"
          "fig = px.scatter_mapbox(df, lat='lat', lon='lon', zoom=9, mapbox_style='carto-positron')\n")
    files = {"README.md": "# Veille\n\nCarte des agences.\n", "requirements.txt": "dash==2.3.1\nplotly==5.7.0\n", "veille_carto.py": py}
    r = _one(tmp_path, files, GEO)
    assert r["status"] != "not_applicable" and r["details"]["libraries"] == [] and any("scatter_mapbox" in str(e["value"]) for e in r["evidence"]), r


def test_a_regions_code_compared_in_sql_views_is_hard_coded(tmp_path):
    """DataSud/openstreetmap4datasud: "hard-coded values: 0" while every view of osm_phase_b.sql keeps the region whose
    code_insee = '93' (PACA)."""
    sql = "".join(f"CREATE VIEW theme_{i} AS\n\tSELECT p.* FROM osm_polygon p, administratif.region a\n"
                  f"\twhere ST_Intersects(a.geom, p.the_geom) and a.code_insee = '93';\n\n" for i in range(3))
    files = {"README.md": "# OSM\n\nVues thématiques.\n", "osm_phase_b.sql": sql}
    r = _one(tmp_path, files, IDS)
    assert r["details"]["hard_coded"] >= 1 and any(e["kind"] == "finding" and e["path"] == "osm_phase_b.sql" for e in r["evidence"]), r
    five = {**files, "osm_phase_b.sql": sql.replace("a.code_insee = '93'", "a.code_insee = a.code_insee")}
    assert _one(tmp_path, five, IDS, "f")["details"]["hard_coded"] == 0


def test_a_referential_of_communes_committed_as_data_is_reference_data(tmp_path):
    """DataSud-2017-2019: "reference data/validation: no" while idgo_admin/data/commune.json (the region's communes keyed by
    INSEE code) feeds the Commune model; lutece-tech-plugin-geocodes loads INSEE's communes from a 3.8 MB SQL."""
    communes = [{"model": "idgo_admin.commune", "pk": f"04{i:03d}", "fields": {"name": f"Commune {i}", "geom": "SRID=4326;POINT (6.1 44.0)"}}
                for i in range(400)]
    model = ("from django.db import models\n\n\nclass Commune(models.Model):\n    code_insee = models.CharField(max_length=5, primary_key=True)\n"
             "    name = models.CharField(max_length=100)\n")
    files = {"README.md": "# Portail\n\nPortail de données.\n", "idgo_admin/models/commune.py": model,
             "idgo_admin/data/commune.json": json.dumps(communes, indent=1) + "\n"}
    r = _one(tmp_path, files, IDS)
    assert r["details"]["references"] and any(e["path"] == "idgo_admin/data/commune.json" for e in r["evidence"]), r
    small = {**files, "idgo_admin/data/commune.json": json.dumps(communes[:3]) + "\n"}  # (a sample of three rows is no referential)
    assert not _one(tmp_path, small, IDS, "s")["details"]["references"]
