"""interoperability.geo: a generic WFS client library (it reads whatever service its caller names) was warned for using neither
IGN, geo.api.gouv.fr, API Adresse nor a legal reference system (issue 12, s21 r2, geo2france/refine-wfs). A library without an
interface handles its callers' data: those references are the calling application's choice. An application is still asked."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

CID = "interoperability.geo"
PROVIDER = ("import axios from 'axios';\nimport type { FeatureCollection } from 'geojson';\n\nexport const dataProvider = (url: string) => ({\n"
            "  getList: async (typeName: string) => {\n"
            "    const r = await axios.get(url, { params: { service: 'WFS', request: 'GetFeature', version: '2.0.0', typeNames: typeName,\n"
            "      outputFormat: 'application/json' } });\n    const fc: FeatureCollection = r.data;\n    return fc.features;\n  },\n});\n")


def _run(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0], report["facts"]["project"]["kind"]


def test_a_wfs_client_library_is_not_asked_for_the_national_references(repo, tmp_path):
    files = {"README.md": "# wfs-provider\n\nFournisseur de données WFS (GeoJSON) pour un tableau de bord.\n",
             "package.json": json.dumps({"name": "wfs-provider", "version": "1.0.0", "dependencies": {"axios": "^1.6.2"}}) + "\n",
             "index.ts": "export { dataProvider } from './provider';\n", "provider.ts": PROVIDER}
    r, kind = _run(repo, tmp_path, files)
    assert kind == "library"
    assert "legal reference system: not applicable" in r["message"]["en"], r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_map_application_is_still_asked_for_them(repo, tmp_path):
    page = ("<!doctype html><html><head><link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.css\">"
            "<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script></head><body><div id=\"map\"></div>"
            "<script src=\"app.js\"></script></body></html>\n")
    app = ("const map = L.map('map');\nfetch('data/lieux.geojson').then(r => r.json()).then(fc => L.geoJSON(fc).addTo(map));\n")
    r, kind = _run(repo, tmp_path, {"README.md": "# Carte\n\nCarte des lieux.\n", "index.html": page, "app.js": app,
                                    "data/lieux.geojson": '{"type": "FeatureCollection", "features": []}\n'})
    assert kind != "library"
    assert "legal reference system: no" in r["message"]["en"], r["message"]
