"""Mapbox GL JS before 2.0 is an open library (BSD-3-Clause; proprietary from 2.0), also when its release is loaded from
Mapbox's CDN by its address (session 12's reads, issue 12): a CMS plugin drawing MapTiler tiles with mapbox-gl-js 1.1.1 from
api.tiles.mapbox.com was told it used 'proprietary: Mapbox'. A 2.x release, and Mapbox's own styles or token, stay Mapbox's
services. Git fixtures shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["interoperability.geo", "scaling.vendor-lock-in", "scaling.hosting"]


def _plugin(release: str, style: str) -> dict:
    """A CMS plugin's JSP page adding the map library's files by the framework's calls and drawing a small map."""
    page = ("<%@ include file='/core/init.jsp' %><%\n"
            f'ctx.addCSSHeader("https://api.tiles.mapbox.com/mapbox-gl-js/v{release}/mapbox-gl.css");\n'
            f'ctx.addJavaScript("https://api.tiles.mapbox.com/mapbox-gl-js/v{release}/mapbox-gl.js");\n'
            'ctx.addJavaScript("plugins/PlacePlugin/js/geocoder.js");\n%>\n'
            '<div id="minimap"></div>\n<script>\n'
            "var map = new mapboxgl.Map({\n    container: 'minimap',\n"
            f"    style: '{style}',\n    center: [-1.55, 47.21],\n    zoom: 9\n}});\n"
            "map.addControl(new mapboxgl.NavigationControl());\n</script>\n")
    return {"README.md": "# Place plugin\n\nGéolocalise les contenus du site sur une carte.\n",
            "LICENSE": "MIT License\n\nCopyright (c) 2020 Département exemple\n",
            "plugins/PlacePlugin/jsp/placeMap.jsp": page,
            "plugins/PlacePlugin/js/geocoder.js": "function geocode(q) { return fetch('https://api-adresse.data.gouv.fr/search/?q=' + q); }\n"}


def _results(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_mapbox_gl_1x_loaded_from_mapboxs_cdn_is_an_open_library(tmp_path):
    res = _results(tmp_path, _plugin("1.1.1", "https://api.maptiler.com/maps/basic/style.json?key=<%=props.get(\"maptiler.key\") %>"))
    geo = res["interoperability.geo"]
    assert "mapbox-gl 1.1.1" in geo["message"]["fr"] and "Bibliothèques ouvertes : aucune" not in geo["message"]["fr"]
    assert "Mapbox" not in geo["details"]["proprietary"] and geo["details"]["proprietary"] == ["MapTiler Cloud"]
    lockin = res["scaling.vendor-lock-in"]
    assert "Mapbox" not in lockin["message"]["fr"] and "MapTiler Cloud" in lockin["message"]["fr"]
    assert "api.tiles.mapbox.com" not in res["scaling.hosting"]["message"]["fr"]


def test_mapbox_gl_2x_and_mapboxs_own_styles_stay_mapboxs_services(tmp_path):
    res = _results(tmp_path / "two", _plugin("2.9.1", "https://api.maptiler.com/maps/basic/style.json?key=abc"))
    assert "Mapbox" in res["interoperability.geo"]["details"]["proprietary"]
    assert "Mapbox" in res["scaling.vendor-lock-in"]["message"]["fr"]
    # an open 1.x release drawing Mapbox's hosted style: the style is Mapbox's service
    res = _results(tmp_path / "style", _plugin("1.13.0", "mapbox://styles/mapbox/streets-v11"))
    assert "Mapbox" in res["scaling.vendor-lock-in"]["message"]["fr"]
    assert "mapbox-gl 1.13.0" in res["interoperability.geo"]["message"]["fr"]
