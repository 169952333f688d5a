"""documentation.docs said "Found: API" of a metropolis's MapStore extension project (issue 12, session 21 reader r1,
sigrennesmetropole/geor_MapstoreExtension) on its root api.html and apiTemplate.html: MapStore's page embedding the map viewer
through its JavaScript API (scripts, a map container, no prose). A page named "api" documents an API only by what it holds: routes,
an API documentation tool's output, the words of a reference."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
EMBED = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset='UTF-8'>\n<title>Visionneuse embarquée</title>\n"
         "<script src='https://cdn.example.org/leaflet/leaflet.js'></script>\n<style>#map { width: 100%; height: 100%; }</style>\n</head>\n"
         "<body onload='init()'>\n<div id='map'></div>\n<script src='dist/viewer-api.js'></script>\n"
         "<script>function init() { Viewer.create('map', {configUrl: 'configs/config.json'}); }</script>\n</body>\n</html>\n")
APP = {"README.md": "# Visionneuse\n\nLa visionneuse cartographique de la communauté d'agglomération.\n\n## Installation\n\nnpm install puis npm start.\n",
       "package.json": '{"name": "visionneuse", "scripts": {"start": "vite"}, "dependencies": {"leaflet": "1.9.4"}}\n',
       "index.html": "<!DOCTYPE html>\n<html lang='fr'><body><div id='map'></div><script type='module' src='src/main.js'></script></body></html>\n",
       "src/main.js": "import L from 'leaflet';\n\nexport const map = L.map('map').setView([47.0, 2.0], 8);\n",
       "api.html": EMBED, "apiTemplate.html": EMBED.replace("configs/config.json", "{{config}}")}


def test_an_embedding_page_named_api_is_no_api_documentation(tmp_path):
    report, res = judge(tmp_path, APP, [DOCS])
    assert report["facts"]["docs"]["api"] == [], report["facts"]["docs"]["api"]
    assert "API" not in res[DOCS]["message"]["fr"].split(" ; absent")[0], res[DOCS]["message"]


def test_a_page_listing_the_routes_is_still_api_documentation(tmp_path):
    files = dict(APP, **{"docs/api.html": ("<html><body><h1>Service des communes</h1><h2><span class='verb'>GET</span> <code>/communes/{insee}</code></h2>"
                                           "<p>Renvoie la commune et son contour.</p></body></html>\n")})
    report = judge(tmp_path, files, [DOCS])[0]
    assert "docs/api.html" in report["facts"]["docs"]["api"], report["facts"]["docs"]["api"]
