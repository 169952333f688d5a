"""Open Leaflet plugins and mapbox.js files that Mapbox's CDN serves are open files, not a Mapbox service (issue 12, session 25
reader o1, fixer q25).

A city's participatory-budget module draws its results on a Leaflet map over an Esri basemap, with the Leaflet.fullscreen plugin
(ISC) loaded from Mapbox's plugin CDN (api.mapbox.com/mapbox.js/plugins/…): portability, geo and vendor lock-in named Mapbox
beside Esri. The CDN's open file is no Mapbox service now; Mapbox's tiles asked with an access token, and mapbox.js's own token
set in the code, stay Mapbox's service. Git fixtures shaped like the real case (a Java web module's HTML template)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["interoperability.geo", "scaling.vendor-lock-in", "reusability.portability"]


def _module(extra_script: str = "", tiles: str = "") -> dict:
    """A web module's results page: Leaflet, the fullscreen plugin from Mapbox's CDN, an Esri basemap and a FeatureServer."""
    layer = (f"L.tileLayer('{tiles}').addTo(carte);\n" if tiles else "L.esri.basemapLayer('Topographic').addTo(carte);\n")
    page = ("<#include \"/skin/plugins/budget/commons.html\" />\n"
            "<link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.3.1/dist/leaflet.css\" />\n"
            "<script src=\"https://unpkg.com/leaflet@1.3.1/dist/leaflet.js\"></script>\n"
            "<script src=\"https://unpkg.com/esri-leaflet@2.1.4/dist/esri-leaflet.js\"></script>\n"
            "<script src='https://api.mapbox.com/mapbox.js/plugins/leaflet-fullscreen/v1.0.1/Leaflet.fullscreen.min.js'></script>\n"
            "<link href='https://api.mapbox.com/mapbox.js/plugins/leaflet-fullscreen/v1.0.1/leaflet.fullscreen.css' rel='stylesheet' />\n"
            f"{extra_script}"
            "<div id=\"carte\"></div>\n<script>\n"
            "var carte = L.map('carte', {fullscreenControl: true}).setView([48.85, 2.35], 12);\n"
            f"{layer}"
            "L.esri.featureLayer({url: 'https://services9.arcgis.com/AbCdEf/arcgis/rest/services/quartiers/FeatureServer/0'}).addTo(carte);\n"
            "</script>\n")
    java = ("package fr.exemple.budget.web;\n\npublic class ProjetsPage\n{\n"
            "    private static final String TEMPLATE = \"skin/plugins/budget/resultats.html\";\n\n"
            "    public String getTemplate( )\n    {\n        return TEMPLATE;\n    }\n}\n")
    return {"README.md": "# Budget participatif\n\nModule de budget participatif : dépôt et vote des projets.\n",
            "LICENSE": "BSD 3-Clause License\n\nCopyright (c) 2020, Ville exemple\n",
            "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>budget</artifactId>"
                       "<version>1.0.0</version><packaging>lutece-plugin</packaging></project>\n",
            "src/java/fr/exemple/budget/web/ProjetsPage.java": java,
            "webapp/WEB-INF/templates/skin/plugins/budget/resultats.html": page}


def _results(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_leaflet_plugin_from_mapboxs_cdn_is_no_mapbox_service(tmp_path):
    res = _results(tmp_path, _module())
    for cid in CHECKS:
        assert "Mapbox" not in res[cid]["message"]["fr"] and "Mapbox" not in res[cid]["message"]["en"], (cid, res[cid]["message"])
    # Esri's basemap and FeatureServer stay Esri's service
    assert "Esri" in res["scaling.vendor-lock-in"]["message"]["en"] and "Esri" in res["reusability.portability"]["message"]["en"]


def test_mapboxs_tiles_with_a_token_and_mapbox_js_with_its_token_stay_mapbox(tmp_path):
    tiles = "https://api.mapbox.com/styles/v1/mapbox/streets-v11/tiles/{z}/{x}/{y}?access_token=pk.eyJ1IjoiZXhlbXBsZSJ9.abc"
    res = _results(tmp_path / "tiles", _module(tiles=tiles))
    assert "Mapbox" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    token = ("<script src='https://api.mapbox.com/mapbox.js/v3.3.1/mapbox.js'></script>\n"
             "<script>L.mapbox.accessToken = 'pk.eyJ1IjoiZXhlbXBsZSJ9.abc';</script>\n")
    res = _results(tmp_path / "token", _module(extra_script=token))
    assert "Mapbox" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
