"""Verdicts found wrong on a Quarto static map site of an établissement public territorial de bassin (issue 12, session 29 reader
m21o2): its map — MapLibre, the IGN Géoplateforme's WMTS orthophotos — is written in the documents' ```{ojs} cells (Quarto's
Observable JavaScript, run in the reader's browser), which the text scan never read: geo said "OGC: no; IGN: no" and
public-building-blocks "none called". An {ojs} cell is JavaScript; one Quarto shows only (``//| eval: false``, the option written
in the cell's comment syntax) is not run, so not read. Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

MAP_CELL = """```{ojs}
//| echo: false
//| fill: true
map = {
  const container = html`<div id="map" style="height: 600px;"></div>`;
  yield container;
  const map = new maplibregl.Map({container: container, style: 'https://basemaps.cartocdn.com/gl/voyager-gl-style/style.json', zoom: 11});
  map.on('load', () => {
    map.addSource('raster-ortho', {
      type: 'raster',
      tiles: ['https://data.geopf.fr/wmts?SERVICE=WMTS&style=normal&VERSION=1.0.0&REQUEST=GetTile&format=image/jpeg&layer=HR.ORTHOIMAGERY.ORTHOPHOTOS&tilematrixset=PM&TileMatrix={z}&TileCol={x}&TileRow={y}'],
      tileSize: 256,
      attribution: '&copy; IGN'
    });
    map.addLayer({id: 'orthoIGN', type: 'raster', source: 'raster-ortho'});
  });
}
```
"""

PAGE = """---
title: "Bâtiments de plain-pied en zone inondable"
---

```{=html}
<div id="nav-menu"></div>
```

```{ojs}
//| echo: false
//| output: false
communes = FileAttachment("layers/communes.geojson").json();
```

""" + MAP_CELL

SITE = {
    "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Observatoire\"\n  navbar:\n    left:\n      - href: index.qmd\n      - href: batiments.qmd\n",
    "index.qmd": "---\ntitle: \"Observatoire de la vulnérabilité aux inondations\"\n---\n\nL'observatoire présente des indicateurs.\n",
    "batiments.qmd": PAGE,
    "layers/communes.geojson": '{"type": "FeatureCollection", "features": []}\n',
}

CHECKS = ["interoperability.geo", "interoperability.public-building-blocks"]


def audit(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "-c"), only=CHECKS, sponsor="local-authority"))


def test_an_ojs_cell_adding_the_geoplateforme_wmts_is_ogc_ign_and_a_building_block(tmp_path):
    """geo warned "OGC: no; IGN …: no" and public-building-blocks was not applicable ("no public building block called") beside
    the {ojs} cell that adds data.geopf.fr's WMTS to the MapLibre map."""
    r = audit(tmp_path, SITE)
    geo = r["interoperability.geo"]
    assert geo["status"] == "pass" and "OGC: yes" in geo["message"]["en"] and "legal reference system: yes" in geo["message"]["en"], geo["message"]
    assert any(e["path"] == "batiments.qmd" and "geopf.fr" in str(e.get("value")) for e in geo["evidence"]), geo["evidence"]
    blocks = r["interoperability.public-building-blocks"]
    assert blocks["status"] == "pass", blocks["message"]
    assert [(e["path"], e["value"]) for e in blocks["evidence"]] == [("batiments.qmd", "Géoplateforme IGN")], blocks["evidence"]


def test_an_ojs_cell_quarto_only_shows_is_not_read(tmp_path):
    """The same cell with ``//| eval: false`` (Quarto's option in an {ojs} cell's comment syntax) is code shown to the reader, never
    run: the site calls no building block and uses no OGC service, as before."""
    shown = PAGE.replace(MAP_CELL, MAP_CELL.replace("//| fill: true", "//| eval: false"))
    r = audit(tmp_path, {**SITE, "batiments.qmd": shown})
    assert "OGC: no" in r["interoperability.geo"]["message"]["en"], r["interoperability.geo"]["message"]
    assert r["interoperability.public-building-blocks"]["status"] == "not_applicable", r["interoperability.public-building-blocks"]["message"]


def test_a_quarto_document_keeps_the_hosts_of_its_cells_as_a_code_file_does():
    """A document's cells were merged keeping five hits per signal, the hosts of a sixth URL on (a code file keeps the first hit
    of each new host up to PER_FILE_HOSTS): the seventh host of a map's cell is kept ({js}: a language read before)."""
    from auditor.facts.textscan import scan

    hosts = ["basemaps.cartocdn.com", "unpkg.com", "cdn.jsdelivr.net", "api-adresse.data.gouv.fr", "server.arcgisonline.com",
             "api.maptiler.com", "data.geopf.fr"]
    cell = "```{js}\n" + "".join(f"u{k} = 'https://{h}/tiles/{{z}}/{{x}}/{{y}}.png'\n" for k, h in enumerate(hosts)) + "```\n"
    found = scan("carte.qmd", "---\ntitle: Carte\n---\n\n" + cell)
    assert "data.geopf.fr" in {h[2].split("/")[2] for h in found.get("scaling.url", []) if h[2].startswith("https://")}, found.get("scaling.url")


TOKEN = "ghp_" + "R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12"
NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Extraction des lieux\n", "Le jeton se crée sur la forge.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "\n", "def depots(org):\n", f"    token = '{TOKEN}'\n",
                    "    return requests.get(f'https://api.github.com/orgs/{org}/repos', headers={'Authorization': 'token ' + token}).json()\n"]},
    ],
    "metadata": {"kernelspec": {"language": "python", "name": "python3", "display_name": "Python 3"}, "language_info": {"name": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def _secrets(tmp_path, files, name):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "-c"), only=["reusability.secrets"], sponsor="local-authority"))["reusability.secrets"]


def test_a_token_in_a_notebooks_or_documents_code_cell_is_committed(tmp_path):
    """secrets read no notebook nor R Markdown/Quarto document (not "scannable" text): a token written in a code cell (a notebook's
    `access_token = '…'`) was no secret. Its cells are code, on the lines of the file; its prose is not read."""
    import json

    readme = {"README.md": "# Extraction\n\nDes notebooks d'extraction.\n"}
    r = _secrets(tmp_path, {**readme, "extraction.ipynb": json.dumps(NOTEBOOK, indent=1) + "\n"}, "nb")
    assert r["status"] == "fail", r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("path") == "extraction.ipynb"] == [("extraction.ipynb", 20)], r["evidence"]
    qmd = f"---\ntitle: Dépôts\n---\n\n```{{python}}\nimport requests\ntoken = '{TOKEN}'\n```\n"
    r = _secrets(tmp_path, {**readme, "depots.qmd": qmd}, "qmd")
    assert r["status"] == "fail" and [(e["path"], e["line"]) for e in r["evidence"] if e.get("path")] == [("depots.qmd", 7)], r["evidence"]
    # the same value in the prose or a display-only block (a tutorial's example) is not the project's code
    shown = f"---\ntitle: Dépôts\n---\n\nUn jeton ressemble à `{TOKEN}`.\n\n```python\ntoken = '{TOKEN}'\n```\n"
    r = _secrets(tmp_path, {**readme, "depots.qmd": shown}, "shown")
    assert r["status"] == "pass", (r["message"], r["evidence"])
