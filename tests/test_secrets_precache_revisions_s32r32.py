"""reusability.secrets (issue 12, session 32, r32, reader m26o3: compostri/pom-e): a Workbox service worker committed in public/
lists its precache manifest, ``{"url": "…", "revision": "<32 hex>"}`` per file; each revision (the file's content hash) was a
random string "to review". A hex revision of a precache entry is a digest of a public file; a token beside it stays a hint."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def md5(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


def run(tmp_path, extra: str = "") -> dict:
    entries = ",\n".join(f'  {{\n    "url": "{n}",\n    "revision": "{md5(n)}"\n  }}' for n in ("index.html", "favicon.ico", "img/logo.png"))
    sw = ('/**\n * Welcome to your Workbox-powered service worker!\n */\n\n'
          'importScripts("https://storage.googleapis.com/workbox-cdn/releases/4.3.1/workbox-sw.js");\n\n'
          f'self.__precacheManifest = [\n{entries}\n].concat(self.__precacheManifest || []);\n{extra}'
          'workbox.precaching.precacheAndRoute(self.__precacheManifest, {});\n')
    files = {"README.md": "# Pom-e\n", "package.json": '{"name": "pom-e", "license": "AGPL-3.0"}\n',
             "src/main.js": "console.log('pom-e');\n", "public/service-worker.js": sw}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_precache_revisions_are_not_strings_to_review(tmp_path):
    r = run(tmp_path)
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was warn: 3 strings to review


def test_a_token_beside_the_manifest_stays_a_hint(tmp_path):
    r = run(tmp_path, f'const token = "{md5("x")}{md5("y")[:8]}";\n')
    assert r["status"] != "pass" and any(e["path"] == "public/service-worker.js" for e in r["evidence"]), (r["message"], r["evidence"])
