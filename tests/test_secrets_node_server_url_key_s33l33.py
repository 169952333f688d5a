"""reusability.secrets (issue 12, s33 l33, after a33's PHP rule): a key in the URL a Node server fetches (an Express route's
``fetch("https://api.…/v1/air?key=<long random>")``, a Next.js API route's, a serverless function's) was read with the page rule,
as if a browser received it (public-by-design map keys), and never reported. A JavaScript or TypeScript file where the frameworks
place server code (server/, a root api/ or functions/ folder, pages/api/, app/api/, ``*.server.ts``) or importing a server framework
or Node's HTTP modules is the server's: its URL key is the account's key. A browser bundle's map key, a Mapbox public token and a
placeholder keep their old reading."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
KEY = hashlib.sha256(b"l33 air key").hexdigest()[:32]  # (built: none in this file)
README = {"README.md": "# Qualité de l'air\n\nUn service qui relaie les mesures de qualité de l'air d'une commune.\n",
          "package.json": '{"name": "air", "dependencies": {"express": "^4.19.2", "next": "^14.2.3"}}\n'}


def express(key: str) -> str:
    return ("const express = require('express');\n\nconst app = express();\n\napp.get('/air/:insee', async (req, res) => {\n"
            f"  const r = await fetch(`https://api.air.example/v1/indices?key={key}&insee=` + req.params.insee);\n"
            "  res.json(await r.json());\n});\n\napp.listen(3000);\n")


def route(key: str) -> str:
    return ("export async function GET(request: Request) {\n  const insee = new URL(request.url).searchParams.get('insee');\n"
            f"  const r = await fetch(\"https://api.air.example/v1/indices?apikey={key}&insee=\" + insee);\n"
            "  return Response.json(await r.json());\n}\n")


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_key_in_the_url_an_express_server_fetches_is_a_probable_secret(tmp_path):
    r = run(tmp_path, {"index.js": express(KEY)})
    assert r["status"] == "fail", r["message"]  # was pass "No secret detected"
    assert [(e["path"], e["line"], e["value"]) for e in r["evidence"]] == [("index.js", 6, "API key in a URL")], r["evidence"]
    assert KEY not in str(r)


def test_a_key_in_a_next_api_routes_url_is_a_probable_secret(tmp_path):
    r = run(tmp_path, {"src/app/api/air/route.ts": route(KEY)})
    assert r["status"] == "fail", r["message"]
    assert [(e["path"], e["value"]) for e in r["evidence"]] == [("src/app/api/air/route.ts", "API key in a URL")], r["evidence"]


def test_a_browser_bundles_map_key_and_a_placeholder_keep_their_reading(tmp_path):
    page = ("import L from 'leaflet';\n\nconst map = L.map('carte');\n"
            f"L.tileLayer('https://tiles.example.org/{{z}}/{{x}}/{{y}}.png?key={KEY}').addTo(map);\n")
    r = run(tmp_path, {"src/carte.js": page, "src/api/air.js": route(KEY).replace(": Request", "")}, name="page")
    assert r["status"] == "pass" and not r["evidence"], r["message"]  # (a front end's src/api/: browser code, its map key public)
    r = run(tmp_path, {"server/index.js": express("YOUR_API_KEY_HERE_1234")}, name="placeholder")
    assert r["status"] == "pass" and not r["evidence"], r["message"]
