"""Embedded maps (issue 12, s21 m4, a commune's Next.js site whose contact page shows the mairie on a Google map): an <iframe> of
Google's "Share > Embed a map" (www.google.com/maps/embed?pb=…, a My Maps map's /maps/d/embed, maps.google.fr/maps?…&output=embed)
was no Google Maps use, so scaling.vendor-lock-in left it out and interoperability.geo / public-building-blocks said "no map".
An embedded map is a map shown: a proprietary provider's (Google, Bing) is that vendor's service, an open one (OpenStreetMap's
export/embed.html, a uMap iframe) an open map; a link to a Google Maps search stays a link."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

IDS = ["scaling.vendor-lock-in", "interoperability.geo", "interoperability.public-building-blocks"]


def _run(repo, tmp_path, iframe):
    page = ("export default function Contact() {\n  return (\n    <section>\n      <h2>Nous trouver</h2>\n"
            f"      {iframe}\n    </section>\n  );\n}}\n")
    files = {"README.md": "# Site de la commune\n\nLe site internet de la mairie : actualités, démarches, contact.\n",
             "package.json": json.dumps({"name": "site-commune", "private": True, "scripts": {"build": "next build", "start": "next start"},
                                         "dependencies": {"next": "15.3.0", "react": "19.0.0"}}, indent=2) + "\n",
             "app/page.tsx": "export default function Home() { return <main>Bienvenue</main>; }\n",
             "app/api/contact/route.ts": "export async function POST(req: Request) { return Response.json({ ok: true }); }\n",
             "app/contact/page.tsx": page}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=IDS))
    return {r["id"]: r for r in report["results"]}


GOOGLE = ['<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2890.1!2d4.4!3d44.1!4m2!1s0x0%3A0x1!2sMairie" '
          'width="600" height="450" loading="lazy"></iframe>',
          '<iframe src="https://www.google.com/maps/d/embed?mid=1AbCdEfGh&ehbc=2E312F" width="640" height="480"></iframe>',
          '<iframe src="https://maps.google.fr/maps?f=q&hl=fr&q=mairie&ie=UTF8&z=14&output=embed"></iframe>']


def test_a_google_embed_is_google_maps_and_a_map(repo, tmp_path):
    for iframe in GOOGLE:
        res = _run(repo, tmp_path, iframe)
        lock = res["scaling.vendor-lock-in"]
        assert "Google Maps" in json.dumps(lock["message"]), (iframe, lock["message"])
        assert res["interoperability.geo"]["status"] != "not_applicable", (iframe, res["interoperability.geo"]["message"])
        assert res["interoperability.public-building-blocks"]["status"] != "not_applicable", iframe


def test_a_bing_embed_is_bing_maps(repo, tmp_path):
    res = _run(repo, tmp_path, '<iframe src="https://www.bing.com/maps/embed?h=400&w=500&cp=44.1~4.4&lvl=14&typ=d&sty=r"></iframe>')
    assert "Bing Maps" in json.dumps(res["scaling.vendor-lock-in"]["message"]), res["scaling.vendor-lock-in"]["message"]
    assert res["interoperability.geo"]["status"] != "not_applicable"


def test_an_open_embed_is_an_open_map_not_a_vendor(repo, tmp_path):
    for iframe in ['<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=4.39%2C44.09%2C4.41%2C44.11&layer=mapnik"></iframe>',
                   '<iframe src="https://umap.openstreetmap.fr/fr/map/sentiers-de-la-commune_123456?scaleControl=false"></iframe>']:
        res = _run(repo, tmp_path, iframe)
        assert res["scaling.vendor-lock-in"]["status"] == "pass", (iframe, res["scaling.vendor-lock-in"]["message"])
        assert res["interoperability.geo"]["status"] != "not_applicable", (iframe, res["interoperability.geo"]["message"])
        assert "OpenStreetMap" in json.dumps(res["interoperability.geo"]), iframe


def test_a_link_to_a_google_maps_search_and_no_map_stay_as_they_were(repo, tmp_path):
    res = _run(repo, tmp_path, '<a href="https://maps.google.com/?q=44.1,4.4">Itinéraire</a>')
    assert "Google Maps" not in json.dumps(res["scaling.vendor-lock-in"]["message"])
    res = _run(repo, tmp_path, "<p>9 place de la Mairie</p>")
    assert res["scaling.vendor-lock-in"]["status"] == "pass"
    assert res["interoperability.geo"]["status"] == "not_applicable"
