"""interoperability.accessibility-and-ecodesign, image formats (issue 12, s45 fk45 = reader rg45):
- FredericCaetano/mission-agglo-brive: src/App.jsx writes a ~1500×1400 px PNG logo as a data: URI (``const LOGO = "data:image/png;
  base64,…"``) shown on every screen; only image files were counted, so "image formats (no PNG, JPEG… image in the interface but its
  2 site icon(s))" was given as present. An image inlined in the code is sent all the same: its format counts.
- s-manguy/grand-poitiers: a static site (index.html) with two README screenshots at the root; every raster file of a static site
  was an interface image ("convert the 2 PNG/JPEG images"). Images only a README names are its screenshots.
Near misses: a tiny inlined spacer (under 512 base64 characters) is left out; a screenshot the page also shows stays counted."""

from __future__ import annotations

import base64
from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "interoperability.accessibility-and-ecodesign"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
PAYLOAD = base64.b64encode(PNG + bytes(range(255, -1, -1)) * 4).decode()  # (written for the test: no real image)
PACKAGE = '{"name": "tournees", "private": true, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, "devDependencies": {"vite": "^5.0.0"}}\n'


def app(uri: str) -> str:
    return (f'import {{ useState }} from "react";\n\nconst LOGO = "{uri}";\n\nexport default function App() {{\n'
            '  const [page] = useState("accueil");\n  return (<main><img src={LOGO} alt="Logo du prestataire" /><h1>Tournées</h1>'
            '<p>{page}</p></main>);\n}\n')


REACT = {"package.json": PACKAGE, "index.html": '<!doctype html><html lang="fr"><head><link rel="icon" href="/icon-192.png"></head>'
                                                '<body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n',
         "public/icon-192.png": PNG, "public/manifest.json": '{"name": "Tournées", "icons": [{"src": "/icon-192.png", "sizes": "192x192"}]}\n',
         "src/main.jsx": 'import { createRoot } from "react-dom/client";\nimport App from "./App";\ncreateRoot(document.getElementById("root")).render(<App />);\n',
         "src/App.jsx": app("data:image/png;base64," + PAYLOAD)}
SITE_PAGE = ('<!doctype html>\n<html lang="fr">\n<head><title>Résultats</title></head>\n<body>\n<canvas id="graphique"></canvas>\n'
             '<img src="https://images.example-cdn.org/logo-commune.webp" alt="Logo">\n<script>const c = document.getElementById("graphique");</script>\n'
             '</body>\n</html>\n')
SITE = {"index.html": SITE_PAGE, "capture-graphique.jpg": PNG + b"1", "capture-page.jpg": PNG + b"2",
        "README.md": "# Résultats\n\nUn graphique des résultats d'une élection dans une page.\n\n## Captures d'écran\n\n"
                     "![graphique](https://forge.example.org/u/resultats/blob/main/capture-graphique.jpg)\n\n![page](capture-page.jpg)\n"}


def run(tmp_path, files: dict, name: str) -> dict:
    path = make_repo(tmp_path / name, [{"files": files, "author": ("Agent", "agent@example-commune.fr"), "message": "init",
                                        "date": "2026-03-10T10:00:00Z"}])
    return audit(str(path), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, as_of=date(2026, 6, 30), only=[CID]))["results"][0]


def _finding(r):
    return [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "modern_share" in e["value"]]


def test_a_png_inlined_in_the_code_is_an_interface_image(tmp_path):
    r = run(tmp_path, REACT, "inl")
    assert r["details"]["criteria"]["image_formats"] is False, r["message"]  # was true: "no PNG, JPEG… image but its site icon(s)"
    f = _finding(r)
    assert f and (f[0]["path"], f[0]["line"]) == ("src/App.jsx", 3) and f[0]["value"]["inlined_images"] == 1, r["evidence"]
    assert "data:" in r["remediation"]["en"] and PAYLOAD[:40] not in str(r), r["remediation"]


def test_a_tiny_inlined_spacer_is_left_out(tmp_path):  # (near miss)
    r = run(tmp_path, {**REACT, "src/App.jsx": app("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")}, "gif")
    assert r["details"]["criteria"]["image_formats"] is True and _finding(r) == [], r["evidence"]
    assert "site icon" in r["message"]["en"], r["message"]


def test_readme_screenshots_are_no_image_of_a_static_site(tmp_path):
    r = run(tmp_path, SITE, "site")
    assert r["details"]["criteria"]["image_formats"] is True, r["evidence"]  # was false: "convert the 2 PNG/JPEG images"
    assert _finding(r) == [] and r["details"]["raster_images"] == 0, r["evidence"]


def test_a_screenshot_the_page_also_shows_stays_counted(tmp_path):  # (near miss)
    page = SITE_PAGE.replace('<canvas id="graphique"></canvas>', '<img src="capture-page.jpg" alt="Aperçu">')
    r = run(tmp_path, {**SITE, "index.html": page}, "shown")
    assert r["details"]["criteria"]["image_formats"] is False and r["details"]["raster_images"] == 1, r["evidence"]
    assert _finding(r)[0]["path"] == "capture-page.jpg", r["evidence"]
