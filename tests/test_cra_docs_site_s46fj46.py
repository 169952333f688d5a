"""Session 46 (fj46 = reader re46), issue 12: a Create React App build moved into docs/ for GitHub Pages is a built site, not a
documentation folder.

DSI-Maurepas/reservation-salles, a town hall's React booking app: its deploy script runs `npm run build` and moves build/ to docs/
(index.html loading /<base>/static/js/main.<hash>.js, asset-manifest.json, static/js|css, images). documentation.docs said
"Found: documentation folder" and licensing.data-and-docs failed on "23 documentation files": the folder holds no document, only
what the build wrote. Only Vite's assets/ layout was known as a built site. Near miss: a hand-written docs/ site whose page loads
a plain, unhashed script under static/js/ stays a documentation folder.
Files written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PAGE = ('<!doctype html><html lang="fr"><head><meta charset="utf-8"/><link rel="icon" href="/booking/favicon.ico"/>'
        '<title>Réservation</title><script defer="defer" src="/booking/static/js/main.5e6f7a8b.js"></script>'
        '<link href="/booking/static/css/main.9c0d1e2f.css" rel="stylesheet"></head><body><div id="root"></div></body></html>\n')


def _app(docs: dict) -> dict:
    return {"package.json": '{"name": "booking", "homepage": "https://example.org/booking", "dependencies": {"react": "^18.2.0", '
                            '"react-dom": "^18.2.0", "react-scripts": "5.0.1"}, "scripts": {"build": "react-scripts build", '
                            '"deploy": "npm run build && mv build docs"}}\n',
            "src/App.js": "export default function App() { return null; }\n",
            "src/index.js": "import App from './App';\nexport default App;\n",
            "public/index.html": '<!doctype html><html><body><div id="root"></div></body></html>\n',
            **docs}


CRA = {"docs/index.html": PAGE,
       "docs/asset-manifest.json": '{"files": {"main.js": "/booking/static/js/main.5e6f7a8b.js"}, "entrypoints": ["static/js/main.5e6f7a8b.js"]}\n',
       "docs/static/js/main.5e6f7a8b.js": '!function(){"use strict";console.log(1)}();\n',
       "docs/static/js/main.5e6f7a8b.js.LICENSE.txt": "/** @license React react.production.min.js */\n",
       "docs/static/css/main.9c0d1e2f.css": "body{margin:0}\n",
       "docs/images/room-a.jpg": "\xff\xd8\xff\xe0 not really a picture\n",
       "docs/images/room-b.jpg": "\xff\xd8\xff\xe0 not really a picture either\n"}


def test_a_cra_build_in_docs_is_no_documentation(tmp_path):
    r = check_result(tmp_path / "a", _app(CRA), "documentation.docs")
    assert "folder" not in (r["details"].get("found") or []), (r["status"], r["message"], r["details"])  # was "Found: documentation folder"
    d = check_result(tmp_path / "b", _app(CRA), "licensing.data-and-docs")
    assert d["status"] == "not_applicable", (d["status"], d["message"], d["evidence"])  # was fail, "23 documentation files"


def test_a_hand_written_docs_site_with_a_plain_script_stays_documentation(tmp_path):
    docs = {"docs/index.html": '<!doctype html><html><head><script src="static/js/menu.js"></script></head><body><h1>Guide</h1>'
                               '<p>Installer puis réserver une salle : ouvrez la page, choisissez un créneau et validez.</p></body></html>\n',
            "docs/installation.html": "<html><body><h1>Installation</h1><p>npm install puis npm start.</p></body></html>\n",
            "docs/static/js/menu.js": "document.querySelectorAll('nav a').forEach(function (a) { a.classList.add('x'); });\n"}
    r = check_result(tmp_path, _app(docs), "documentation.docs")
    assert "folder" in (r["details"].get("found") or []), (r["status"], r["message"], r["details"])
