"""Notebooks of any kernel read in their language, and the secrets scan reading heavy notebooks by their cells (issue 12, session 36
fixer l36: the open items of s35 ad35).

- R-kernel notebooks (IRkernel: metadata language_info.name "R"): the text scan read Python notebooks only, so an R notebook's
  library(sf), st_read("….geojson"), leaflet() and its join on code_insee gave nothing (geo and identifiers not applicable, its
  packages loaded declared nowhere unseen), where the same code in an .R script is found. Its code cells are now read as R code,
  another kernel's in its language (Julia…) or as plain text, never as Python.
- secrets bounded a notebook by its file (256 KB): a token in a code cell of a notebook of 600 KB, most of it a figure in base64, was
  never read. A notebook is now bounded as the text scan bounds it (its cells, its file up to 20 MB), and its text outputs (what its
  cells printed) are read for credentials of a known shape only.
"""

from __future__ import annotations

import json

from auditor.facts import embedded, secrets, textscan
from tests.gitrepo import make_repo
from tests.test_notebook_cells_bound_s35ad35 import _png
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

R_META = {"kernelspec": {"display_name": "R", "language": "R", "name": "ir"},
          "language_info": {"codemirror_mode": "r", "file_extension": ".r", "mimetype": "text/x-r-source", "name": "R",
                            "pygments_lexer": "r", "version": "4.3.1"}}
PY_META = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python"}}
JULIA_META = {"kernelspec": {"display_name": "Julia 1.10", "language": "julia", "name": "julia-1.10"},
              "language_info": {"file_extension": ".jl", "mimetype": "application/julia", "name": "julia", "version": "1.10.4"}}
TOKEN = "ghp_" + "Q7w3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5"  # (assembled: this file holds no token)


def notebook(cells: list[tuple[str, str]], meta: dict, figure: int = 0, printed: list[str] | None = None) -> str:
    """An nbformat 4 notebook as Jupyter writes it (indent 1, one source line a line); ``figure``: characters of base64 of a figure
    shown by the last code cell; ``printed``: lines the first code cell printed (a stream output)."""
    out = []
    for kind, src in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": src.splitlines(keepends=True)}
        if kind == "code":
            cell.update(execution_count=len(out) + 1, outputs=[])
        out.append(cell)
    code = [c for c in out if c["cell_type"] == "code"]
    if printed:
        code[0]["outputs"].append({"name": "stdout", "output_type": "stream", "text": printed})
    if figure:
        code[-1]["outputs"].append({"output_type": "display_data", "metadata": {},
                                    "data": {"image/png": _png(figure, "carte"), "text/plain": ["<Figure size 1200x800 with 1 Axes>"]}})
    return json.dumps({"cells": out, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


MAP_CELLS = [("markdown", "# Équipements par commune\n\nCarte des équipements sportifs de l'agglomération.\n"),
             ("code", "library(sf)\nlibrary(dplyr)\nlibrary(leaflet)\n"),
             ("code", 'communes <- st_read("donnees/communes.geojson")\nequipements <- read.csv("donnees/equipements.csv")\n'
                      'carte <- communes %>% left_join(equipements, by = c("code_insee" = "code_insee"))\n'),
             ("code", "leaflet(carte) %>% addTiles() %>% addPolygons(fillColor = ~pal(nb_equipements), label = ~nom_commune)\n")]
README = {"README.md": "# Équipements\n\nAnalyse des équipements sportifs par commune.\n"}


def _audit(tmp_path, name, files, only):
    repo = make_repo(tmp_path / name, [{"files": {**README, **files}, "date": "2026-04-02T10:00:00Z", "message": "initial",
                                        "author": ("Léa Martin", "lea@exemple.fr")}])
    return results(run(repo, tmp_path / f"c-{name}", only=only, sponsor="local-authority"))


GEO, IDS, DEPS, SECRETS = "interoperability.geo", "interoperability.identifiers", "reusability.dependencies", "reusability.secrets"


def test_an_r_notebook_is_read_as_r_code_as_an_r_script_is(tmp_path):
    """An R notebook's library(sf), st_read(….geojson), leaflet() and join on code_insee: geo and identifiers found in the notebook
    (they said "no detectable map", "no identifier"), and its packages loaded are the project's dependencies."""
    r = _audit(tmp_path, "r", {"analyse/carte_equipements.ipynb": notebook(MAP_CELLS, R_META)}, [GEO, IDS, DEPS])
    assert r[GEO]["status"] not in ("not_applicable", "inconclusive"), r[GEO]["message"]
    assert "Open libraries: yes" in r[GEO]["message"]["en"], r[GEO]["message"]
    assert any(e.get("path") == "analyse/carte_equipements.ipynb" for e in r[GEO]["evidence"]), r[GEO]["evidence"]
    assert r[IDS]["status"] != "not_applicable" and "codeinsee" in r[IDS]["message"]["en"], r[IDS]["message"]
    assert "dplyr, leaflet, sf" in r[DEPS]["message"]["en"], r[DEPS]["message"]


def test_an_r_notebook_naming_its_libraries_in_prose_only_stays_without_a_map(tmp_path):
    """Near miss: the same words in the notebook's Markdown (a plan of the analysis) and a cell that reads a CSV: no map, no
    identifier (its prose is not read, as before)."""
    cells = [("markdown", "# Plan\n\nÀ faire : `library(sf)`, `st_read(\"communes.geojson\")`, une carte `leaflet()`, jointure sur code_insee.\n"),
             ("code", 'equipements <- read.csv("donnees/equipements.csv")\nsummary(equipements)\n')]
    r = _audit(tmp_path, "prose", {"analyse/plan.ipynb": notebook(cells, R_META)}, [GEO, IDS])
    assert r[GEO]["status"] == "not_applicable", r[GEO]["message"]
    assert r[IDS]["status"] == "not_applicable", r[IDS]["message"]


def test_a_notebooks_cells_are_read_in_its_kernels_language():
    """The text scan gives an R notebook's cells the R signals (library() as a package loaded), a Python one's the Python ones as
    before, a Julia one's and an unknown kernel's the signals of every file (an address), never the Python ones."""
    r_found = textscan.scan("analyse/carte.ipynb", notebook(MAP_CELLS, R_META))
    assert sorted(h[2] for h in r_found.get("code.r-package", [])) == ["dplyr", "leaflet", "sf"], r_found
    assert [h[1] for h in r_found["code.r-package"]] == sorted(h[1] for h in r_found["code.r-package"])  # (on the file's lines)
    python = notebook([("code", "import geopandas as gpd\nlibrary = gpd.read_file('communes.geojson')\n")], PY_META)
    assert "code.r-package" not in textscan.scan("analyse/a.ipynb", python)
    assert textscan.scan("analyse/a.ipynb", python).get("geo.library-code"), "a Python notebook keeps its reading"
    url = "https://data.agglo-exemple.fr/api/equipements.geojson"
    julia = notebook([("code", f'using HTTP, JSON3\nr = HTTP.get("{url}")\n')], JULIA_META)
    assert embedded.notebook_ext(json.loads(julia)) == "jl"
    assert url in [h[2] for h in textscan.scan("analyse/a.ipynb", julia).get("scaling.url", [])]
    sas = notebook([("code", f'filename resp url "{url}";\n')], {"language_info": {"name": "SAS"}})
    assert embedded.notebook_ext(json.loads(sas)) == ""
    assert url in [h[2] for h in textscan.scan("analyse/a.ipynb", sas).get("scaling.url", [])]


def test_an_r_notebooks_database_connection_is_read_as_an_r_scripts():
    """r_db_connections read .R and .Rmd files: an R notebook's dbConnect(host = "…") is now read on the file's lines."""
    from auditor.facts.r_connections import connections_in

    cells = [("code", 'library(DBI)\nserveur <- "bdd.agglo-exemple.fr"\n'),
             ("code", "con <- dbConnect(RPostgres::Postgres(), dbname = \"sig\",\n  host = serveur, user = Sys.getenv(\"PGUSER\"))\n")]
    text = notebook(cells, R_META)
    lines, _size, ext = embedded.notebook_scan(text, 256 * 1024)
    assert ext == "r"
    [conn] = connections_in("analyse/a.ipynb", lines)
    assert conn["host"]["how"] == "code" and conn["host"]["value"] == "bdd.agglo-exemple.fr", conn
    assert text.split("\n")[conn["host"]["line"] - 1].strip().startswith('"serveur <-'), conn


def _secret_lines(result, path):
    return [e["line"] for e in result["evidence"] if e.get("path") == path]


def test_a_token_in_a_heavy_notebooks_code_cell_is_found(tmp_path):
    """A notebook of 600 KB (a figure in base64) with a token written in a code cell: it was over the secrets scan's 256 KB, unread."""
    cells = [("markdown", "# Dépôts de l'organisation\n"),
             ("code", f"import requests\ntoken = '{TOKEN}'\n"),
             ("code", "r = requests.get('https://api.github.com/orgs/agglo/repos', headers={'Authorization': 'token ' + token})\n")]
    text = notebook(cells, PY_META, figure=600_000)
    assert len(text) > secrets.MAX_FILE_BYTES
    r = _audit(tmp_path, "heavy", {"analyse/depots.ipynb": text}, [SECRETS])[SECRETS]
    assert r["status"] == "fail", r["message"]
    line = next(k for k, line in enumerate(text.split("\n"), 1) if TOKEN in line)
    assert _secret_lines(r, "analyse/depots.ipynb") == [line], r["evidence"]


def test_an_r_notebooks_token_is_found(tmp_path):
    """An R notebook's cells were read by no secrets scan (Python notebooks only)."""
    cells = [("code", f'library(httr)\ntoken <- "{TOKEN}"\nr <- GET("https://api.github.com/orgs/agglo/repos", add_headers(Authorization = paste("token", token)))\n')]
    r = _audit(tmp_path, "rtok", {"analyse/depots.ipynb": notebook(cells, R_META)}, [SECRETS])[SECRETS]
    assert r["status"] == "fail" and _secret_lines(r, "analyse/depots.ipynb"), (r["message"], r["evidence"])


def test_a_password_in_a_heavy_notebooks_prose_stays_clean(tmp_path):
    """Near miss: "password = example" in a Markdown cell of a heavy notebook (a note on the connection): prose, not read, as in a
    .md file."""
    cells = [("markdown", "# Connexion\n\nDans le fichier de réglages, écrire password = example puis relancer.\n"),
             ("code", "import os\nmdp = os.environ['PGPASSWORD']\n")]
    r = _audit(tmp_path, "prose", {"analyse/connexion.ipynb": notebook(cells, PY_META, figure=600_000)}, [SECRETS])[SECRETS]
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_token_printed_in_an_output_is_found_a_random_value_printed_is_not(tmp_path):
    """A notebook's printed environment (`!env`) shows a GitHub token: published with the notebook, a finding on the output's line.
    Near miss: a printed table of identifiers and hashes (random-looking values, detect-secrets' entropy guesses) is data."""
    cells = [("code", "!env\n")]
    printed = ["HOME=/home/jovyan\n", f"GITHUB_TOKEN={TOKEN}\n", "LANG=fr_FR.UTF-8\n"]
    text = notebook(cells, PY_META, printed=printed)
    r = _audit(tmp_path, "env", {"analyse/env.ipynb": text}, [SECRETS])[SECRETS]
    line = next(k for k, line in enumerate(text.split("\n"), 1) if TOKEN in line)
    assert r["status"] == "fail" and _secret_lines(r, "analyse/env.ipynb") == [line], (r["message"], r["evidence"])
    table = ["   id_parcelle                                   empreinte\n",
             "0  'a3f9c2e4b7d1'  'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u'\n",
             "1  'b8e1d4f6a2c9'  '8f14e45fceea167a5a36dedd4bea2543c1b2d3e4f5a6b7c8'\n",
             "password = 'K8v2Xq9Lm4Rt7Wz1'\n"]
    r = _audit(tmp_path, "table", {"analyse/table.ipynb": notebook([("code", "df.head()\n")], PY_META, printed=table)}, [SECRETS])[SECRETS]
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_notebook_whose_cells_alone_are_over_the_bound_stays_unread_in_the_secrets_scan():
    """Cells over 256 KB: the scan's answer says so (counted too large by the fact, as a file over the bound); a lighter notebook is
    scanned."""
    rows = "".join(f"t{i} = [{i}, 'station {i:06d}', 44.{i % 97:02d}]\n" for i in range(9_000))
    heavy = notebook([("code", rows + f"token = '{TOKEN}'\n")], PY_META)
    assert secrets.scan("a.ipynb", heavy.encode())[0][0] == secrets.CELLS_TOO_LARGE
    light = notebook([("code", f"token = '{TOKEN}'\n")], PY_META)
    assert any(f[0] == "GitHub Token" for f in secrets.scan("a.ipynb", light.encode()))
