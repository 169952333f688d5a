"""reusability.build-output (issue 12, s38 fl38 = reader ma38's ed199531/mairie_de_montastruc): a commune's static site whose
build.js assembles src/templates + src/pages into public/, deployed by Vercel (vercel.json "buildCommand": "node build.js",
"outputDirectory": "public"), committed the generated public/*.html, sitemap.xml and robots.txt: "No build output is committed".
Rule now: the folder a deploy platform publishes after its build command (vercel.json outputDirectory, netlify.toml publish) holds
built pages when one of its pages has a twin of the same name elsewhere (its source): those pages, sitemap.xml and robots.txt are
build output; its hand-written stylesheets and scripts stay sources. Near miss: a vercel.json publishing public/ whose pages have
no source elsewhere (hand-written, the build compiles a stylesheet) stays sources."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BO = "reusability.build-output"
VERCEL = '{\n  "buildCommand": "node build.js",\n  "outputDirectory": "public",\n  "cleanUrls": true\n}\n'
PAGE = "<!doctype html>\n<html lang=\"fr\"><head><link rel=\"stylesheet\" href=\"/assets/css/main.css\"></head><body>{}</body></html>\n"
FILES = {"README.md": "# Site de la mairie\n\n`node build.js` génère public/.\n", "vercel.json": VERCEL,
         "package.json": "{\"name\": \"mairie\", \"scripts\": {\"build\": \"node build.js\"}}\n",
         "build.js": "const fs = require('fs');\nconst path = require('path');\nconst OUT = path.join(__dirname, 'public');\n",
         "src/templates/layout.html": PAGE.format("{{CONTENT}}"), "src/pages/index.html": "<h1>Accueil</h1>\n",
         "src/pages/contact.html": "<h1>Contact</h1>\n", "public/index.html": PAGE.format("<h1>Accueil</h1>"),
         "public/contact.html": PAGE.format("<h1>Contact</h1>"), "public/sitemap.xml": "<urlset></urlset>\n",
         "public/robots.txt": "User-agent: *\n", "public/assets/css/main.css": "body { margin: 0; }\n",
         "public/assets/js/menu.js": "document.querySelector('nav').hidden = false;\n"}


def _result(tmp_path, files, name):
    return judge(tmp_path, files, [BO], name=name)[1][BO]


def test_the_pages_a_platform_build_publishes_are_build_output(tmp_path):
    r = _result(tmp_path, FILES, "built")
    assert r["status"] == "warn" and r["details"]["files"] == 4, (r["message"], r["evidence"])
    assert not any("assets" in (e.get("path") or "") for e in r["evidence"]), r["evidence"]


def test_hand_written_pages_of_the_published_folder_stay_sources(tmp_path):
    files = {k: v for k, v in FILES.items() if not k.startswith("src/pages/")}
    r = _result(tmp_path, files, "hand")
    assert r["status"] == "pass", (r["message"], r.get("evidence"))
