"""An ArcGIS Server under another folder than /arcgis/ (issue 12, session 23 reader n2: a State service's map observatory
fetching a land-use layer from https://<another body>/agsmap1/rest/services/<folder>/<service>/MapServer/25/query): vendor
lock-in and portability passed, the Esri pattern being '/arcgis/rest/services/' only. The ArcGIS REST API is now known by its
own shape, /rest/services/[<folder>/]<service>/<MapServer|FeatureServer|ImageServer|GPServer…>, whatever the instance's folder.
The neighbours keep their verdicts: a route the project serves in that shape is interoperability, no dependency; a
/rest/services/ path of another API (no ArcGIS service type after it) is nobody's ArcGIS."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import judge

PACKAGE = '{"name": "observatoire", "dependencies": {"next": "15.0.0", "leaflet": "1.9.4", "react": "19.0.0"}}\n'
README = "# Observatoire\n\nUne carte des données foncières du département.\n"


def _page(url: str) -> str:
    return ("'use client';\nimport { useEffect } from 'react';\n\nexport default function Page() {\n"
            f"  useEffect(() => {{ fetch(`{url}`).then(r => r.json()); }}, []);\n  return <div id=\"carte\" />;\n}}\n")


def _esri(report) -> list[dict]:
    return [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"]


@pytest.mark.parametrize("url", [
    "https://sig.agence-exemple.fr/agsmap2/rest/services/DONNEES/Occupation/MapServer/3/query?f=geojson&geometry=${bbox}",
    "https://carto.ville-exemple.fr/server/rest/services/Hosted/Parcelles/FeatureServer/0/query?where=1%3D1",
    "https://sig.ville-exemple.fr/arcgis/rest/services/Voirie/MapServer?f=json",  # (the default folder, found before too)
])
def test_an_arcgis_server_called_under_any_folder_is_esri(tmp_path, url):
    report, res = judge(tmp_path, {"package.json": PACKAGE, "README.md": README, "app/carte/page.tsx": _page(url)},
                        ["scaling.vendor-lock-in", "reusability.portability"])
    assert _esri(report) and res["scaling.vendor-lock-in"]["status"] != "pass", res["scaling.vendor-lock-in"]["message"]
    assert "Esri ArcGIS" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_another_apis_rest_services_path_is_no_arcgis(tmp_path):
    url = "https://api.ville-exemple.fr/api/rest/services/agenda/events?limit=10"
    report, res = judge(tmp_path, {"package.json": PACKAGE, "README.md": README, "app/carte/page.tsx": _page(url)},
                        ["scaling.vendor-lock-in"])
    assert not _esri(report) and res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]


def test_a_route_served_in_that_shape_under_another_folder_is_no_dependency(tmp_path):
    server = ("const express = require('express');\nconst app = express();\nconst router = express.Router();\n"
              "router.get('/server/rest/services/:service/FeatureServer/:layer/query', (req, res) => res.json({features: []}));\n"
              "app.use('/', router);\napp.listen(process.env.PORT || 8080);\n")
    files = {"package.json": '{"name": "facade", "dependencies": {"express": "^4.18.0"}}\n', "README.md": README, "src/server.js": server}
    report, _ = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert not _esri(report), report["facts"]["vendor_lockin"]["services"]
