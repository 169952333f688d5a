"""reusability.portability and scaling.vendor-lock-in (issue 12, s33 s33 = reader m27o3 touteslatitudes/Amecycl,
lucaslapl/Observatoire-des-ABC; reader m27o1 datactivist/challengedata3).

A map offering Esri's World Imagery as one basemap among OpenStreetMap's, CARTO's or IGN's tiles was "built on a proprietary
platform that cannot be replaced without rewriting it: Esri ArcGIS": one basemap of a list is a choice dropped in one line; a map
built on the ArcGIS Maps SDK still is. And a picture hot-linked from someone's public Cloud Storage bucket (an R Markdown
popup's <img src='https://storage.googleapis.com/<bucket>/…/noyer.jpg'>) was "Google Cloud APIs": no Cloud API is called, the
bucket is a hosting dependency at most (scaling.hosting); a bucket's data file stays Google Cloud. Made-up names below."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "scaling.hosting"]

TILES = """const tiles = [
    { name: 'Plan', url: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', attr: '© OpenStreetMap' },
    { name: 'Clair', url: 'https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png', attr: '© CARTO' },
    { name: 'Satellite', url: 'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}', attr: '© Esri' },
];
export function basemap(map, i) {
    return L.tileLayer(tiles[i].url, { attribution: tiles[i].attr }).addTo(map);
}
"""


def app(extra: dict | None = None) -> dict:
    files = {"README.md": "# Carte des ABC\n\nLa carte des atlas de la biodiversité communale.\n",
             "package.json": json.dumps({"name": "carte-abc", "license": "MIT", "dependencies": {"leaflet": "1.9.4"}}) + "\n",
             "src/main.js": "import L from 'leaflet';\nimport { basemap } from './tiles.js';\n\nconst map = L.map('map');\nbasemap(map, 0);\n"}
    return {**files, **(extra or {})}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_proprietary_basemap_among_open_ones_is_no_platform(tmp_path):
    res = run(tmp_path, app({"src/tiles.js": TILES}))
    port, lockin = res["reusability.portability"], res["scaling.vendor-lock-in"]
    assert "Esri" not in port["message"]["en"] and "proprietary platform" not in port["message"]["en"], port["message"]
    assert lockin["status"] == "pass" and "Esri ArcGIS" in lockin["message"]["en"], lockin["message"]  # (named, not weighed)


def test_a_map_on_esris_tiles_alone_or_on_the_arcgis_sdk_stays_locked_in(tmp_path):  # (near misses)
    alone = TILES.replace("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://example.invalid/plan.png")
    sdk = ("import Map from '@arcgis/core/Map';\nimport MapView from '@arcgis/core/views/MapView';\n"
           "export const view = new MapView({ map: new Map({ basemap: 'osm' }), container: 'map' });\n")
    for extra in ({"src/tiles.js": alone.replace("openstreetmap", "example")}, {"src/tiles.js": TILES, "src/view.js": sdk}):
        res = run(tmp_path / str(len(extra)), app(extra))
        assert "Esri ArcGIS" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
        assert res["scaling.vendor-lock-in"]["status"] != "pass", res["scaling.vendor-lock-in"]["message"]


RMD = """---
title: "Arbres"
---

```{r}
df$popup <- dplyr::case_when(
    df$genre == "Corylus" ~ "<img src= 'https://www.plantes-exemple.ca/images/corylus-colurna.jpg' height='70'>",
    df$genre == "Juglans" ~ "<img src= 'https://storage.googleapis.com/photos-bucket/2020/06/39cf899e-noyer-commun.jpg' height='70'>",
    TRUE ~ "")
```
"""


def test_a_picture_hot_linked_from_a_bucket_is_no_cloud_api(tmp_path):
    files = {"README.md": "# Arbres\n\nAnalyse des arbres d'alignement.\n", "analyse/arbres.Rmd": RMD}
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))
    for cid in ("scaling.vendor-lock-in", "reusability.portability"):
        assert "Google Cloud" not in res[cid]["message"]["en"], (cid, res[cid]["message"])
    assert "storage.googleapis.com" in json.dumps(res["scaling.hosting"]["evidence"]), res["scaling.hosting"]  # (a hosting dependency)
    # near miss: a bucket's data file read by the code stays Google Cloud
    data = RMD.replace("photos-bucket/2020/06/39cf899e-noyer-commun.jpg' height='70'>", "exports-bucket/arbres.csv'>")
    res = results(run_audit(build(tmp_path / "r2", {**files, "analyse/arbres.Rmd": data}), tmp_path / "c2", CHECKS))
    assert "Google Cloud" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
