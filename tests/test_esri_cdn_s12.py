"""Session 12 (h2): a map page loading esri-leaflet (an open Leaflet plugin) from unpkg.com to read a département's ArcGIS
Server (session 11 read: a département's finance dataviz): the public CDN was named as a proprietary service in scaling.hosting,
and interoperability.geo called the ArcGIS server "a proprietary mapping library" of a page drawn with Leaflet."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ("<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.3.1/dist/leaflet.css\">\n"
        "<script src=\"https://unpkg.com/leaflet@1.3.1/dist/leaflet.js\"></script>\n"
        "<script src=\"https://unpkg.com/esri-leaflet@2.1.1/dist/esri-leaflet.js\"></script>\n</head>\n<body>\n<div id=\"carte\"></div>\n<script>\n"
        "var carte = L.map('carte').setView([44.8, -0.6], 9);\n"
        "L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(carte);\n"
        "L.esri.featureLayer({url: 'https://sig.departement-exemple.fr/arcgis/rest/services/Social/Points/MapServer/0'}).addTo(carte);\n"
        "</script>\n</body>\n</html>\n")
FILES = {"package.json": '{"name": "dataviz", "scripts": {"build": "webpack"}, "dependencies": {"react": "^16.0.0"}}\n',
         "README.md": "# Dataviz\n\nLes finances du département en graphiques et une carte des lieux d'accueil.\n",
         "public/carte.html": PAGE, "src/main.js": "import React from 'react';\nexport default function App() { return null; }\n"}


def test_a_public_cdn_serving_a_plugin_is_no_proprietary_service(tmp_path):
    res = judge(tmp_path, FILES, ["scaling.hosting"])[1]["scaling.hosting"]
    assert "unpkg.com" not in res["message"]["fr"], res["message"]
    assert "sig.departement-exemple.fr" in res["message"]["fr"], res["message"]  # the ArcGIS server stays named


def test_an_arcgis_server_read_with_esri_leaflet_is_a_service_not_a_mapping_library(tmp_path):
    res = judge(tmp_path, FILES, ["interoperability.geo"])[1]["interoperability.geo"]
    assert res["details"]["proprietary"] == ["Esri ArcGIS"], res["message"]
    notes = [e["note"]["en"] for e in res["evidence"] if e.get("kind") == "finding" and e.get("note")]
    assert notes and all("service" in n and "mapping library" not in n for n in notes), notes
