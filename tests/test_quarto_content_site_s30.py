"""A Quarto web site that is the product, not documentation (issue 12, session 30 fixer c30 = reader m21o2, an EPTB's flood
vulnerability observatory, Mvince11/Observatoire-eptb-).

The observatory is a Quarto website (_quarto.yml, index.qmd, batiments_plain_pied.qmd: R and Observable cells drawing maps, raw HTML
blocks of text) with a js/ folder of copied libraries and their js/readme.md note of versions. documentation.docs said "Found:
documentation folder (js/), documentation site (_quarto.yml)": the content_site fact read only Markdown pages, took the note for a
page and its code block for a page documenting software. A Quarto or R Markdown page is a page of the site; its cells are the
computations that draw it, not code shown to its reader. A Quarto site whose pages document software (a fenced shell block, an API's
words) stays documentation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

QUARTO = 'project:\n  type: website\n  title: "Observatoire de la vulnérabilité aux inondations"\nwebsite:\n  navbar:\n    right:\n      - href: index.qmd\n'
INDEX = ('---\ntitle: ""\nlang: fr\n---\n\n## Pourquoi un observatoire ?\n```{=html}\n<p>L’inondation est le premier risque naturel en France, '
         'il menace des vies, des habitations, des emplois.</p>\n```\n\n```{r}\nlibrary(sf)\ncommunes <- st_read("layers/communes.geojson")\n```\n')
BATI = ('---\ntitle: "Bâtiments plain-pied"\n---\n\nLes bâtiments de plain-pied exposés aux crues.\n\n```{ojs}\nmap = new maplibregl.Map({container: "map"})\n```\n'
        '\n```{r}\n#| echo: false\nbati <- st_read("layers/bati.geojson")\n```\n')
NOTE = "# Pour mémoire\n\n## MAPLIBRE\nversion 4.5.1\n\n```js\n<script src='https://unpkg.com/maplibre-gl@4.5.1/dist/maplibre-gl.js'></script>\n```\n"
SITE = {"_quarto.yml": QUARTO, "index.qmd": INDEX, "batiments_plain_pied.qmd": BATI, "about.qmd": "---\ntitle: \"A propos\"\n---\n\nL'EPTB de la Vienne.\n",
        "js/readme.md": NOTE, "js/maplibre.js": "var maplibregl = {};\n", "js/turf.js": "var turf = {};\n", "styles.css": "body { margin: 0; }\n",
        "Images/apropos_mentions_legales.md": "Mentions légales : EPTB de la Vienne, éditeur du site.\n"}


def test_a_quarto_site_of_its_own_pages_has_no_documentation_folder_nor_site(tmp_path):
    report, res = judge(tmp_path, SITE, ["documentation.docs"])
    docs = res["documentation.docs"]
    assert not {"folder", "site"} & set(docs["details"]["found"]), docs["message"]


def test_a_quarto_site_documenting_software_stays_documentation(tmp_path):
    files = {**SITE, "index.qmd": "---\ntitle: API\n---\n\nL'API renvoie du JSON.\n\n```bash\ncurl https://example.org/api/communes\n```\n",
             "batiments_plain_pied.qmd": "---\ntitle: Installation\n---\n\n```bash\nnpm install\n```\n\nLa requête HTTP GET renvoie du JSON.\n"}
    report, res = judge(tmp_path, files, ["documentation.docs"])
    assert "site" in res["documentation.docs"]["details"]["found"], res["documentation.docs"]["message"]
