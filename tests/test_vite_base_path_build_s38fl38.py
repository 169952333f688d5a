"""reusability.build-output (issue 12, s38 fl38 = reader ma38's judih-cael/dembeniV): a React front end committed its Vite
production build for GitHub Pages in frontend/docs/ (index.html loading /dembeni/assets/index-DFMnEOiS.js and index-xB9YKBxh.css,
Vite's base '/dembeni/'), beside frontend/src/: "No build output is committed". Vite names its bundles [name]-[hash] with an
8-character base64url hash, not hex, and the page's addresses carry the site's base path. Rule now: a folder whose index.html
loads a Vite-hashed bundle of its assets/ folder, its base path dropped, is a built site. Near miss: a hand-written page loading
its own assets/app-settings.js (a word, no hash) stays sources."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BO = "reusability.build-output"
PAGE = ("<!doctype html>\n<html lang=\"fr\">\n  <head>\n    <title>Portail citoyen</title>\n"
        "    <script type=\"module\" crossorigin src=\"/portail/assets/{js}\"></script>\n"
        "    <link rel=\"stylesheet\" crossorigin href=\"/portail/assets/{css}\">\n  </head>\n  <body><div id=\"root\"></div></body>\n</html>\n")
FILES = {"README.md": "# Portail citoyen\n\nDémarches en ligne.\n",
         "frontend/package.json": "{\"name\": \"front\", \"scripts\": {\"build\": \"vite build\"}, \"devDependencies\": {\"vite\": \"^5.0.0\"}}\n",
         "frontend/index.html": "<!doctype html>\n<html><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
         "frontend/src/main.jsx": "import React from 'react';\nexport default function App() { return <h1>Portail</h1>; }\n",
         "frontend/public/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
         "frontend/docs/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"}


def _result(tmp_path, js, css, name):
    files = {**FILES, "frontend/docs/index.html": PAGE.format(js=js, css=css), f"frontend/docs/assets/{js}": "var a=1;" * 200 + "\n",
             f"frontend/docs/assets/{css}": "a{color:red}\n"}
    return judge(tmp_path, files, [BO], name=name)[1][BO]


def test_a_vite_build_under_a_base_path_is_build_output(tmp_path):
    r = _result(tmp_path, "index-DFMnEOiS.js", "index-xB9YKBxh.css", "vite")
    assert r["status"] == "warn", r["message"]
    assert "frontend/docs/" in r["message"]["en"], r["message"]


def test_a_hand_written_page_and_its_scripts_stay_sources(tmp_path):
    r = _result(tmp_path, "app-settings.js", "main-theme.css", "hand")
    assert r["status"] == "pass", r["message"]
