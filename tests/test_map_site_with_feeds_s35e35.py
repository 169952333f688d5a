"""facts.project.kind (issue 12, s35 e35 = reader m30o1, PnMercantour/map-infos-sentiers): a published 3D MapLibre map — index.html
loading MapLibre from unpkg, map.js's new maplibregl.Map({…}) — with the Python scripts that feed its GeoJSON was "analysis", the
data-processing scripts (4) tying the HTML page (4) and the tie going to analysis; interoperability.public-building-blocks then said
"no interface". A map the pages' own scripts draw weighs as a declared map library does; the scripts stay judged beside the site
(reusability.configuration's settings of the scripts, no "nothing to set")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Infos sentiers</title>\n"
        '  <link rel="stylesheet" href="https://unpkg.com/maplibre-gl@5.24.0/dist/maplibre-gl.css" />\n'
        '  <script src="https://unpkg.com/maplibre-gl@5.24.0/dist/maplibre-gl.js"></script>\n  <link rel="stylesheet" href="style.css" />\n'
        '</head>\n<body>\n  <div id="map"></div>\n  <script src="map.js"></script>\n</body>\n</html>\n')
MAP = ("const map = new maplibregl.Map({\n    container: 'map',\n    zoom: 10.29,\n    center: [6.5, 45.2],\n"
       "    style: 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json'\n});\n"
       "map.on('load', () => {\n    map.addSource('troncons', {type: 'geojson', data: 'data/troncons.geojson'});\n"
       "    map.addLayer({id: 'troncons', type: 'line', source: 'troncons'});\n});\n")
GET = ("import requests\nimport geopandas as gpd\nimport pandas as pd\n\n# ==========\n# CONFIG\n# ==========\n\nTOKEN = \"\" # A remplacer par le token d'accès à l'API\nBASE_URL = \"\" # A remplacer par l'URL de base de l'API\n\n"
       "frames = [gpd.read_file(f\"{BASE_URL}/{t}.geojson?token={TOKEN}\") for t in ('a', 'b')]\n"
       "pd.concat(frames).to_file('merged.geojson', driver='GeoJSON')\n")
EXPORT = ("import geopandas as gpd\nimport psycopg2\n\nconn = psycopg2.connect('service=sentiers')\n"
          "gdf = gpd.read_postgis('select * from sentiers.troncons', conn, geom_col='geom')\ngdf.to_file('troncons.geojson', driver='GeoJSON')\n")
SITE = {"README.md": "# Carte Infos Sentiers\n\nDocumentation de la carte 3D MapLibre publiée sur le site du parc.\n",
        "index.html": PAGE, "map.js": MAP, "style.css": "#map { height: 100vh; }\n",
        "scripts/get_data.py": GET, "scripts/export_troncons.py": EXPORT}
CHECKS = ["interoperability.public-building-blocks", "reusability.configuration"]


def audited(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    return report["facts"]["project"], {r["id"]: r for r in report["results"]}


def test_a_map_its_pages_draw_with_a_library_from_a_cdn_makes_a_static_map_site_its_feed_scripts_beside(tmp_path):
    project, results = audited(tmp_path, SITE)
    assert project["kind"] == "static-site", project
    assert project["scores"].get("analysis"), project["scores"]  # (its feed scripts, weighed, not dropped)
    assert "no interface" not in results["interoperability.public-building-blocks"]["message"]["en"], results["interoperability.public-building-blocks"]
    assert results["reusability.configuration"]["status"] != "not_applicable", results["reusability.configuration"]["message"]


def test_pages_that_draw_no_map_keep_the_tie_to_the_scripts(tmp_path):  # (near miss: a page listing the scripts' outputs)
    page_js = "document.getElementById('map').textContent = 'Fichiers produits : merged.geojson, troncons.geojson';\n"
    project, _ = audited(tmp_path, {**SITE, "map.js": page_js})
    assert project["kind"] == "analysis", project
    assert [a["kind"] for a in project["also_kinds"]] == ["static-site"], project["also_kinds"]
