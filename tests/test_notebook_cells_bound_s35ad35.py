"""The text scan bounds a Jupyter notebook by its cell sources, not by its file (issue 12, session 35 fixer ad35).

- PnEcrins/CAIRN: analysis/notebooks/analyse_baigneurs.ipynb (573 KB) and analyse_tentes.ipynb (872 KB) hold 24 and 31 KB of code
  and Markdown cells; the rest is their outputs (matplotlib figures in base64, HTML tables). The scan's 512 KB bound was applied to
  the file, so neither was read and interoperability.geo said "inconclusive — not measured: …ipynb, too large to read (over
  512 KB)", though the notebooks import pandas and matplotlib only (no map): not applicable.
- Rule: a notebook's file is read up to a fixed 20 MB (NOTEBOOK_MAX_RAW_BYTES, and the snapshot's own cap, 2 MB by default), its
  outputs dropped; the 512 KB bound applies to its cell sources (code and Markdown). A notebook whose cells alone are over it stays
  unread and said so, as does a file over the raw bound (never parsed).
"""

from __future__ import annotations

import base64
import hashlib
import json

from auditor.engine import AuditOptions, audit
from auditor.facts import embedded, textscan
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

GEO = "interoperability.geo"
META = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python"}}


def _png(n: int, seed: str) -> str:
    """``n`` characters of base64, as a figure's image/png output (deterministic)."""
    block = hashlib.sha256(seed.encode()).digest()
    blocks = [block := hashlib.sha256(block).digest() for _ in range(64)]
    unit = base64.b64encode(b"".join(blocks)).decode()
    return (unit * (n // len(unit) + 1))[:n]


def notebook(code_cells: list[str], output_chars: int = 0, markdown: str = "# Analyse\n", seed: str = "a") -> str:
    """An nbformat 4 notebook as Jupyter writes it (indent 1, one source line a line); its last code cell shows a figure of
    ``output_chars`` characters of base64 and an HTML table."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": markdown.splitlines(keepends=True)}]
    for k, src in enumerate(code_cells, 1):
        cells.append({"cell_type": "code", "execution_count": k, "metadata": {}, "outputs": [], "source": src.splitlines(keepends=True)})
    if output_chars:
        cells[-1]["outputs"] = [{"output_type": "display_data", "metadata": {},
                                 "data": {"image/png": _png(output_chars, seed), "text/plain": ["<Figure size 1200x600 with 1 Axes>"]}},
                                {"output_type": "execute_result", "execution_count": len(code_cells), "metadata": {},
                                 "data": {"text/html": ["<table><tr><th>date</th><th>baigneurs</th></tr></table>\n"]}}]
    return json.dumps({"cells": cells, "metadata": META, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


PLOTS = ["import os\nimport pandas as pd\nimport matplotlib.pyplot as plt\n",
         "df = pd.read_csv(os.path.join('..', 'data', 'comptages.csv'), parse_dates=['date'])\n",
         "fig, ax = plt.subplots(figsize=(12, 6))\ndf.groupby('date')['baigneurs'].sum().plot(ax=ax)\nplt.show()\n"]
MAP = ["import geopandas as gpd\nimport folium\n",
       "lacs = gpd.read_file('lacs.geojson')\nm = folium.Map(location=[44.9, 6.3], zoom_start=10)\n"
       "folium.GeoJson(lacs).add_to(m)\nm\n"]

CAIRN = {
    "README.md": "# CAIRN\n\nComptage des baigneurs et des tentes sur les images des lacs d'altitude.\n",
    "pyproject.toml": '[project]\nname = "cairn"\nversion = "0.0.1"\ndependencies = ["gradio>=5.0", "pandas>=2.2"]\n',
    "app.py": "import gradio as gr\nimport pandas as pd\n\ndemo = gr.Interface(fn=lambda x: x, inputs='image', outputs='text')\ndemo.launch()\n",
    "analysis/requirements.txt": "jupyterlite-core==0.4.5\njupyterlab~=4.3.1\n\n# Python: ipyleaflet (optional)\nipyleaflet\n",
}


def run(tmp_path, name, files, **options):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-04-02T10:00:00Z", "message": "initial",
                                        "author": ("Ugo Martin", "ugo@exemple.fr")}])
    return results(audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=[GEO], **options)))[GEO]


def test_cairn_notebooks_heavy_with_figures_are_read_by_their_cells(tmp_path):
    files = {**CAIRN, "analysis/notebooks/analyse_baigneurs.ipynb": notebook(PLOTS, 580_000, seed="b"),
             "analysis/notebooks/analyse_tentes.ipynb": notebook(PLOTS, 880_000, seed="t")}
    assert all(len(files[p]) > textscan.MAX_FILE_BYTES for p in files if p.endswith(".ipynb"))
    r = run(tmp_path, "cairn", files)
    assert r["status"] == "not_applicable", r["message"]


def test_a_map_notebook_heavy_with_outputs_is_read_and_its_map_found(tmp_path):
    files = {**CAIRN, "analysis/carte_lacs.ipynb": notebook(MAP, 600_000)}
    r = run(tmp_path, "map", files)
    assert r["status"] not in ("not_applicable", "inconclusive"), r["message"]
    assert "Open libraries: yes" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "analysis/carte_lacs.ipynb" for e in r["evidence"]), r["evidence"]


def test_a_notebook_whose_cells_alone_are_over_the_bound_stays_unread_and_said(tmp_path):
    """Near miss: 700 KB of code cells (a generated notebook pasting a data table into code) in a 0.8 MB file, under the snapshot's
    cap: its cells are over the scan's bound, so it is not read, and the check says so (not "no map")."""
    rows = "".join(f"t{i} = [{i}, {i * 7 % 1000}, 'station {i:06d}', 44.{i % 97:02d}, 6.{i % 89:02d}]\n" for i in range(12_000))
    files = {**CAIRN, "analysis/carte_lacs.ipynb": notebook(MAP[:1] + [rows] + MAP[1:])}
    assert 600_000 < embedded.notebook_cell_bytes(files["analysis/carte_lacs.ipynb"]) < 1_500_000
    r = run(tmp_path, "cells", files)
    assert r["status"] == "inconclusive", r["message"]
    assert "analysis/carte_lacs.ipynb" in r["message"]["en"], r["message"]


def test_a_notebook_over_the_snapshot_cap_stays_unread(tmp_path):
    """A 2.5 MB notebook (over the snapshot's 2 MB blob cap, s17's Onyxia notebook drawing its stops): never read, said."""
    files = {**CAIRN, "analysis/carte_lacs.ipynb": notebook(MAP, 2_500_000)}
    r = run(tmp_path, "cap", files)
    assert r["status"] == "inconclusive" and "analysis/carte_lacs.ipynb" in r["message"]["en"], r["message"]


def test_a_hostile_notebook_over_the_raw_bound_is_never_parsed(tmp_path, monkeypatch):
    """With the snapshot's cap raised past it, a notebook file over NOTEBOOK_MAX_RAW_BYTES is still left unread (not parsed: no
    JSON of that size is loaded), and said; the small notebook beside it is read."""
    seen: list[int] = []
    real = textscan.notebook_scan
    monkeypatch.setattr(textscan, "notebook_scan", lambda text, bound: (seen.append(len(text)), real(text, bound))[1])
    big = notebook(MAP, embedded.NOTEBOOK_MAX_RAW_BYTES + 1_000_000)
    files = {**CAIRN, "analysis/carte_lacs.ipynb": big, "analysis/petit.ipynb": notebook(PLOTS)}
    r = run(tmp_path, "hostile", files, max_blob=64 * 1024 * 1024)
    assert r["status"] == "inconclusive" and "analysis/carte_lacs.ipynb" in r["message"]["en"], r["message"]
    assert seen and max(seen) < embedded.NOTEBOOK_MAX_RAW_BYTES, seen


def test_the_cell_bound_is_measured_on_code_and_markdown_not_outputs():
    light = notebook(PLOTS, 900_000, markdown="# Analyse\n\nFréquentation des lacs.\n")
    found = textscan.scan("analysis/a.ipynb", light)
    assert textscan.CELLS_TOO_LARGE not in found
    assert embedded.notebook_cell_bytes(light) < 2_000
    prose = notebook(PLOTS, 0, markdown="Un long commentaire.\n" * 30_000)  # (600 KB of Markdown: cells, though not scanned)
    assert textscan.scan("analysis/a.ipynb", prose) == {textscan.CELLS_TOO_LARGE: [embedded.notebook_cell_bytes(prose)]}
    assert textscan.max_bytes(type("E", (), {"ext": "ipynb"})(), 2 * 1024 * 1024) == 2 * 1024 * 1024
    assert textscan.max_bytes(type("E", (), {"ext": "ipynb"})()) == embedded.NOTEBOOK_MAX_RAW_BYTES


# unimported_packages read a notebook as any file, up to 256 KB: a heavier one was read as nothing, so the map library only it imports
# was "declared, never imported" and geo (which leaves those out, s35 r35) said not applicable.
LEAFLET = ["from ipyleaflet import Map, Marker\n", "m = Map(center=(44.9, 6.3), zoom=9)\nm.add(Marker(location=(44.95, 6.35)))\nm\n"]


def test_a_heavy_notebook_importing_the_requirements_map_library_keeps_it(tmp_path):
    files = {**CAIRN, "analysis/notebooks/carte.ipynb": notebook(LEAFLET, 600_000)}
    r = run(tmp_path, "leaflet", files)
    assert r["status"] != "not_applicable" and "ipyleaflet" in r["message"]["en"], r["message"]


def test_a_heavy_notebook_whose_outputs_only_name_the_library_does_not_import_it(tmp_path):
    """Near miss: the library named only in an output (a `pip list` printed in the notebook) is no use of it."""
    nb = json.loads(notebook(PLOTS + ["!pip list\n"], 600_000))
    nb["cells"][-1]["outputs"].append({"output_type": "stream", "name": "stdout", "text": ["ipyleaflet    0.19.2\n", "pandas    2.2.3\n"]})
    r = run(tmp_path, "pip", {**CAIRN, "analysis/notebooks/analyse.ipynb": json.dumps(nb, indent=1) + "\n"})
    assert r["status"] == "not_applicable", r["message"]
