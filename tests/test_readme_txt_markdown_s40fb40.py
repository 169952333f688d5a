"""documentation.readme-sections (issue 12, s40 fb40 = reader md39 #5, Cedrico59/signalement_travaux).

A web application's README.txt is Markdown in a .txt file: "# Signalement de travaux", "## Lancer en local" (open index.html, serve
with python -m http.server), "## Activer la synchro Google Sheets (optionnel)" (deploy the server, put its address in app.js).
Read as plain text its headings were none (facts.readme format "text", headings []), and readme-sections said installation,
usage, configuration and deployment were missing while reusability.install found the same lines. A README.txt whose lines open
with Markdown titles is read as Markdown, as an extension-less one already was.
Near miss: a plain-text README.txt with a "#" comment line and a shell prompt ("# make install") stays plain text.
"""

from __future__ import annotations

from auditor.facts.document import readme_format
from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"

README = """# Relevé des nids-de-poule — application web

Cette application place les signalements sur une carte :
- Clic sur la carte pour placer les coordonnées
- Photos depuis la caméra

## Lancer en local
Ouvrez `index.html` dans un navigateur.
Pour le mode hors ligne, servez le dossier (ex: `python -m http.server`).

## Activer la synchronisation avec le tableur (optionnel)
1. Déployez le script serveur comme application web.
2. Mettez son URL dans `API_URL` dans `app.js`.

## Numérotation des dossiers
Chaque dossier reçoit un numéro unique.
"""

PLAIN = """Relevé des nids-de-poule

Cette application place les signalements sur une carte.

Installation :
# make install
# ceci est un commentaire de l'administrateur

Ouvrez ensuite index.html dans un navigateur.
"""

FILES = {"index.html": "<!doctype html><html lang=\"fr\"><head><script src=\"app.js\"></script></head><body><div id=\"map\"></div></body></html>\n",
         "app.js": "const API_URL = '';\nfunction init() { return document.getElementById('map'); }\ninit();\n"}


def test_a_markdown_readme_txt_gives_its_sections(tmp_path):
    assert readme_format("README.txt", README) == "markdown"
    r = check_result(tmp_path, {**FILES, "README.txt": README}, CID)
    # (the English message's list after "missing:", up to its end: "Also present, … not counted: configuration." is not that list)
    en = r["message"]["en"]
    missing = en.split("missing:", 1)[1].split(".", 1)[0] if "missing:" in en else ""
    assert "installation" not in missing and "configuration" not in missing, r["message"]  # was "missing: installation, usage, configuration, deployment"
    assert "installation" in en.split("missing:", 1)[0], r["message"]


def test_a_plain_text_readme_txt_with_a_comment_and_a_prompt_stays_text():
    assert readme_format("README.txt", PLAIN) == "text"
    assert readme_format("README", PLAIN) == "text"
    assert readme_format("README.txt", "Mon outil\n\n# make install\n# ./configure --prefix=/opt\n") == "text"
