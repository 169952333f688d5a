"""A communauté de communes' urban plan map exported from QGIS by qgis2web (OpenLayers) and served by GitHub Pages, judged with a
server's advice (issue 12, session 21 reader r4): install asked for a Dockerfile and a compose.yaml starting "the service and its
dependencies (database…)", portability said "standard packaging: no" and asked for a container or a package, territory-neutral
took the exported map's initial extent (resources/qgis2web.js) for a hard-coded setting to move into .env.example, and
licensing.data-and-docs saw no data set though the layers are the plan's GeoJSON wrapped in JavaScript (layers/*.js). Serving
the files is a static site's installation, the exported extent is the map's content, JS-wrapped GeoJSON layers are data; a web
application, a hand-written map's own coordinates and a static site without data keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL, PORT, TERR, DATA = "reusability.install", "reusability.portability", "reusability.territory-neutral", "licensing.data-and-docs"


def _layer(name: str, n: int) -> str:
    features = ",".join('{"type":"Feature","properties":{"LIBELLE":"Zone %s%d","TYPEZONE":"U"},"geometry":{"type":"Polygon",'
                        '"coordinates":[[[0.41,46.5],[0.42,46.5],[0.42,46.51],[0.41,46.5]]]}}' % (name[0], i) for i in range(n))
    return f'var json_{name} = {{"type":"FeatureCollection","name":"{name}","features":[{features}]}}\n'


VIEW = ("var map = new ol.Map({\n    target: 'map',\n    layers: layersList,\n    view: new ol.View({maxZoom: 28, minZoom: 1})\n});\n\n"
        "//initial view - epsg:3857 coordinates if not \"Match project CRS\"\n"
        "map.getView().fit([481234.125, 6581234.5, 519876.25, 6604321.75], map.getSize());\n\n"
        "map.getView().setProperties({constrainResolution: true});\n")
EXPORT = {
    "README.md": "# Carte-PLUi-Exemple\n",
    "index.html": ("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>PLUi</title>\n"
                   "<script src=\"resources/qgis2web_expressions.js\"></script>\n<script src=\"./resources/functions.js\"></script>\n"
                   "<script src=\"layers/ZONAGE_1.js\"></script><script src=\"layers/PRESCRIPTION_2.js\"></script>"
                   "<script src=\"layers/COMMUNE_3.js\"></script>\n<script src=\"layers/layers.js\"></script>\n</head>\n"
                   "<body><div id=\"map\"></div><script src=\"resources/qgis2web.js\"></script></body></html>\n"),
    "resources/qgis2web.js": VIEW,
    "resources/qgis2web_expressions.js": "function fnc_coalesce(values, context) {\n    return values.find(function (v) { return v; });\n}\n",
    "resources/functions.js": "function stripe(ctx) {\n    return ctx;\n}\n",
    "layers/layers.js": "var lyr_ZONAGE_1 = new ol.layer.Vector({source: new ol.source.Vector({}), title: 'Zonage'});\nvar layersList = [lyr_ZONAGE_1];\n",
    "layers/ZONAGE_1.js": _layer("ZONAGE_1", 40),
    "layers/PRESCRIPTION_2.js": _layer("PRESCRIPTION_2", 30),
    "layers/COMMUNE_3.js": _layer("COMMUNE_3", 12),
    "styles/ZONAGE_1_style.js": "var style_ZONAGE_1 = function(feature, resolution) {\n    return [];\n};\n",
}


def test_an_exported_map_gets_a_static_site_s_advice(tmp_path):
    report, res = judge(tmp_path, EXPORT, [INSTALL, PORT, TERR, DATA])
    assert report["facts"]["project"]["kind"] == "static-site"
    install = res[INSTALL]
    assert "Site statique" in install["message"]["fr"] and "Dockerfile" not in install["remediation"]["fr"], install
    assert "qgis2web" in install["remediation"]["fr"] and "Pages" in install["remediation"]["en"]
    port = res[PORT]
    assert "standard packaging: not applicable" in port["message"]["en"], port["message"]
    assert "Dockerfile" not in (port.get("remediation") or {}).get("fr", ""), port["remediation"]
    terr = res[TERR]
    assert terr["status"] == "pass" and "qgis2web" in terr["message"]["fr"], terr["message"]
    data = res[DATA]
    assert data["status"] != "not_applicable" and "data" in data["message"]["en"], data["message"]


def test_a_hand_written_map_s_coordinates_still_count(tmp_path):
    files = {"README.md": "# Carte\n", "index.html": "<!doctype html>\n<html lang=\"fr\"><body><div id=\"map\"></div><script src=\"js/carte.js\"></script></body></html>\n",
             "js/carte.js": VIEW}
    res = judge(tmp_path, files, [TERR, DATA])[1]
    assert res[TERR]["status"] == "warn", res[TERR]["message"]
    assert res[DATA]["status"] == "not_applicable", res[DATA]["message"]


def test_a_web_application_keeps_the_container_advice(tmp_path):
    files = {"README.md": "# Suivi\n\nUne application web de suivi des demandes.\n", "requirements.txt": "Flask==3.0.0\n",
             "app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    return 'ok'\n"}
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert "Dockerfile" in res["remediation"]["fr"], res["remediation"]
