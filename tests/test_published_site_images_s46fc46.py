"""interoperability.accessibility-and-ecodesign (issue 12, s46 fc46 = reader rc45's Makerspace-Amiens/2025-FirefighterArmband): a
repository of documents whose Jekyll site (docs/_config.yml) GitHub Pages publishes shows about thirty PNG/JPEG pictures from its
Markdown pages (docs/index.md's <img src="images/banniere….png">, docs/images/*.jpg of several MB). The check, applying to the
published site since s45, still took them as documentation screenshots and said "Present: image formats" (raster_images 0): the
pages of a published documents site are its interface, so the images of the site's folder are measured. Near miss: an application
with its own pages keeps its documentation's screenshots out of the measure. Fixtures written for the test."""

from __future__ import annotations

from tests.test_published_documents_site_s45fe45 import DOCS, PAGES
from tests.test_reusability_fixtures import check_result

CID = "interoperability.accessibility-and-ecodesign"
PNG = "\x89PNG\r\n\x1a\n" + "x" * 2000
PICTURES = {"docs/images/bandeau.png": PNG, "docs/images/boitier.jpg": "\xff\xd8\xff" + "y" * 3000,
            "docs/images/carte-points-eau.png": PNG, "docs/images/equipe.webp": "RIFF" + "z" * 500,
            "docs/index.md": "---\ntitle: Accueil\n---\n# Brassard GPS\n\n<img src=\"images/bandeau.png\" alt=\"Bandeau\">\n\n"
                             "![L'équipe](images/equipe.webp)\n",
            "docs/materiel.md": "# Matériel\n\n![Le boîtier](images/boitier.jpg)\n\n![Points d'eau](images/carte-points-eau.png)\n"}


def test_the_pictures_of_a_published_documents_site_are_its_images(tmp_path):
    r = check_result(tmp_path, {**DOCS, **PICTURES, ".github/workflows/pages.yml": PAGES}, CID)
    assert r["details"]["criteria"]["image_formats"] is False, r["message"]  # was True, "no PNG, JPEG… image in the interface"
    assert r["details"]["raster_images"] == 4, r["details"]


def test_near_miss_an_application_keeps_its_documentation_screenshots_out(tmp_path):
    app = {"app.py": "from flask import Flask, render_template\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                     "    return render_template('index.html')\n",
           "requirements.txt": "flask\n",
           "templates/index.html": "<!doctype html><html lang=\"fr\"><body><img src=\"/static/logo.webp\" alt=\"Logo\"></body></html>\n",
           "static/logo.webp": "RIFF" + "w" * 400}
    r = check_result(tmp_path, {**DOCS, **PICTURES, **app, ".github/workflows/pages.yml": PAGES}, CID)
    assert r["details"]["criteria"]["image_formats"] is True, r["details"]
