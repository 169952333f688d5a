"""scaling.vendor-lock-in and reusability.portability (issue 12, s33 c33 = reader m26o3, compostri/pom-e): a React application's
Workbox service worker loads `importScripts("https://storage.googleapis.com/workbox-cdn/releases/4.3.1/workbox-sw.js")`, the open
library's release from its own public bucket, its CDN; both checks warned "Google Cloud APIs (BigQuery, Vision, Translate…)". A
versioned .js/.css release served from a Cloud Storage bucket is a CDN use, like unpkg.com; a data file of a bucket stays Google
Cloud Storage, and Mapbox's GL JS 2.x with its token stays Mapbox."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "scaling.hosting"]


def app(extra: dict | None = None) -> dict:
    sw = ('/**\n * Welcome to your Workbox-powered service worker!\n */\n\n'
          'importScripts("https://storage.googleapis.com/workbox-cdn/releases/4.3.1/workbox-sw.js");\n\n'
          'workbox.core.setCacheNameDetails({prefix: "pom-e"});\n'
          'workbox.precaching.precacheAndRoute(self.__precacheManifest || [], {});\n')
    files = {"README.md": "# Pom-e\n\nLa carte des composteurs partagés.\n",
             "package.json": json.dumps({"name": "pom-e", "license": "AGPL-3.0", "dependencies": {"next": "9.0.0", "react": "16.9.0"}}) + "\n",
             "pages/index.jsx": "export default function Home() {\n  return <main>Composteurs</main>;\n}\n",
             "pages/_app.jsx": "import Head from 'next/head';\n\nexport default function App({ Component }) {\n"
                               "  return <><Head><link href=\"https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css\" rel=\"stylesheet\" /></Head>"
                               "<Component /></>;\n}\n",
             "public/service-worker.js": sw,
             "public/index.html": "<!doctype html>\n<html><head>\n"
                                 "<link rel=\"stylesheet\" href=\"https://storage.googleapis.com/code.getmdl.io/1.3.0/material.indigo-pink.min.css\">\n"
                                 "</head><body><div id=\"root\"></div></body></html>\n"}
    return {**files, **(extra or {})}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_librarys_release_from_its_bucket_cdn_is_no_google_cloud_api(tmp_path):
    res = run(tmp_path, app())
    for cid in ("scaling.vendor-lock-in", "reusability.portability"):
        assert "Google Cloud" not in res[cid]["message"]["en"], (cid, res[cid]["message"], res[cid]["evidence"])  # was warn: Google Cloud APIs
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
    assert "storage.googleapis.com" not in json.dumps(res["scaling.hosting"]["message"])


def test_a_buckets_data_file_and_mapbox_stay_proprietary(tmp_path):  # (near miss)
    data = {"src/communes.js": "export async function communes() {\n"
                               "  const r = await fetch('https://storage.googleapis.com/pom-e-exports/communes.json');\n  return r.json();\n}\n",
            "src/map.js": "import mapboxgl from 'mapbox-gl';\n\nmapboxgl.accessToken = 'pk.' + process.env.MAPBOX_KEY;\n"
                          "export const map = new mapboxgl.Map({container: 'map', style: 'mapbox://styles/mapbox/streets-v11'});\n"}
    res = run(tmp_path, app(data))
    lockin = res["scaling.vendor-lock-in"]
    assert "Google Cloud" in lockin["message"]["en"] and "Mapbox" in lockin["message"]["en"], (lockin["message"], lockin["evidence"])
    assert [e["path"] for e in lockin["evidence"] if e["value"]["match"] == "storage.googleapis.com"] == ["src/communes.js"]
