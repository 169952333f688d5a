"""Session 15 (h2): a project SERVING ArcGIS-compatible REST routes (an Express façade answering
/arcgis/rest/services/:service/FeatureServer, a tile server's /arcgis/rest/services/…/MapServer, an nginx location) was read
as DEPENDING on ArcGIS (vendor lock-in, proprietary service). Serving a compatible interface is interoperability; calling an
ArcGIS host stays a dependency."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

FACADE = {
    "package.json": '{"name": "facade-sig", "dependencies": {"express": "^4.18.0", "pg": "^8.11.0"}}\n',
    "README.md": "# Façade SIG\n\nExpose les couches de la base PostGIS sous une interface compatible avec les clients ArcGIS.\n",
    "src/server.js": (
        "const express = require('express');\nconst layers = require('./layers');\nconst app = express();\n"
        "const router = express.Router();\n"
        "router.get('/arcgis/rest/services/:service/FeatureServer', layers.describe);\n"
        "router.get('/arcgis/rest/services/:service/FeatureServer/:layer/query', layers.query);\n"
        "app.use('/', router);\napp.listen(process.env.PORT || 8080);\n"),
    "src/layers.js": "exports.describe = (req, res) => res.json({layers: []});\nexports.query = (req, res) => res.json({features: []});\n",
    "deploy/nginx.conf": "server {\n  listen 80;\n  location /arcgis/rest/services/ {\n    proxy_pass http://app:8080;\n  }\n}\n",
}


def test_routes_served_in_arcgis_shape_are_no_arcgis_dependency(tmp_path):
    report, res = judge(tmp_path, FACADE, ["scaling.vendor-lock-in"])
    assert not [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"], report["facts"]["vendor_lockin"]
    assert "ArcGIS" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_an_arcgis_server_called_by_the_code_stays_a_dependency(tmp_path):
    files = dict(FACADE)
    files["src/layers.js"] = ("const axios = require('axios');\nconst BASE = process.env.SIG_URL;\n"
                              "exports.describe = async (req, res) => res.json((await axios.get('https://sig.ville-exemple.fr/arcgis/rest/services/Voirie/MapServer?f=json')).data);\n"
                              "exports.query = async (req, res) => res.json((await axios.get(BASE + '/arcgis/rest/services/Voirie/MapServer/0/query')).data);\n")
    report, _ = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    esri = [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"]
    assert esri and {e["path"] for e in esri[0]["evidence"]} == {"src/layers.js"}, esri
