"""Session 35 (ab35): a host written in a string the code compares a URL with is no use of the service; a tutorial's
folder named impact-tools is no statistics page.

- bruhnild/ccha: a MapLibre GL map (loaded from a CDN, style and tiles of an open tile server) keeps the transformRequest
  helper of Mapbox's "impact tools" template, which only compares each URL with "api.mapbox.com" / "tiles.mapbox.com" to
  tag Mapbox requests; none is made. portability, vendor-lock-in and geo said "Mapbox". Its README's "Ressources utilisées"
  links that tutorial (labs.mapbox.com/education/impact-tools/data-joins/), which impact-indicators took for a statistics page.
- near misses: a map that does fetch Mapbox's API (a style URL on api.mapbox.com) keeps Mapbox; a link to the project's own
  /stats page keeps the impact indicator.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

INDEX = """<!DOCTYPE html>
<html><head>
<script src="https://cdn.maptiler.com/maplibre-gl-js/v1.13.0-rc.4/maplibre-gl.js"></script>
<link href="https://cdn.maptiler.com/maplibre-gl-js/v1.13.0-rc.4/maplibre-gl.css" rel="stylesheet" />
</head><body><div id="map"></div><script src="main.js"></script></body></html>
"""
MAIN = """var map = new mapboxgl.Map({
  container: 'map',
  style: '%s',
  center: [1.75, 42.72],
  zoom: 9,
  transformRequest: transformRequest
});

map.on('load', function () {
  map.addSource('communes', { type: 'vector', url: 'https://tiles.example.org/data/v3.json' });
});

function transformRequest(url, resourceType) {
  var isMapboxRequest =
    url.slice(8, 22) === "api.mapbox.com" ||
    url.slice(10, 26) === "tiles.mapbox.com";
  return {
    url: isMapboxRequest ?
      url.replace("?", "?pluginName=dataJoins&") : url,
  };
}
"""
README = """# Carte des communes

Carte interactive des communes de la communauté de communes : population, maires, contacts des mairies.

### Ressources utilisées:

- %s
- https://github.com/example/tools/blob/master/data-joins/index.html
"""


def _files(style: str, link: str) -> dict:
    return {"index.html": INDEX, "main.js": MAIN % style, "README.md": README % link,
            "data/communes.csv": "code_insee,nom,population\n09001,Alpha,120\n09002,Beta,340\n"}


OPEN = _files("https://tiles.example.org/styles/bright/style.json", "https://labs.mapbox.com/education/impact-tools/data-joins/")


def test_a_host_compared_in_a_copied_helper_is_no_mapbox(tmp_path):
    for i, cid in enumerate(("scaling.vendor-lock-in", "reusability.portability", "interoperability.geo")):
        r = check_result(tmp_path / str(i), OPEN, cid)
        assert "Mapbox" not in r["message"]["en"] and "Mapbox" not in r["message"]["fr"], (cid, r["message"])


def test_a_map_requesting_mapbox_keeps_mapbox(tmp_path):
    files = _files("https://api.mapbox.com/styles/v1/someone/ckabc123/?access_token=pk.abc", "https://example.org/")
    r = check_result(tmp_path, files, "scaling.vendor-lock-in")
    assert "Mapbox" in r["message"]["en"], r["message"]


def test_an_impact_tools_tutorial_is_no_statistics_page(tmp_path):
    r = check_result(tmp_path, OPEN, "scaling.impact-indicators")
    assert r["status"] != "pass", r["message"]


def test_a_link_to_the_stats_page_stays_an_indicator(tmp_path):
    r = check_result(tmp_path, _files("https://tiles.example.org/style.json", "https://carte.example.org/stats/"), "scaling.impact-indicators")
    assert r["status"] == "pass", r["message"]
