"""A notebook weighed by its code cells, parsed cell by cell (issue 12, s25 t25 = o1 family 5, datagora-erasme/inspirationFormesDataviz).

A 118 KB notebook (its JSON carries base64 figures) with 2 KB of code, one cell of which was left unfinished (``df["Date"] = pd.``),
made code-comments and maintainability inconclusive over 5.6 KB of measurable Python: the whole notebook was unparsable and
weighed its file size. A notebook now weighs its code cells' sources; a cell Python cannot parse is left out (IPython runs each
cell on its own), and the notebook stays unparsable only when such cells outweigh the others."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

FIGURE = "iVBORw0KGgo" + "A" * 120_000  # (a plot's PNG output, base64)


def notebook(cells: list[str]) -> str:
    return json.dumps({
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Analyse des visites\n"]}]
        + [{"cell_type": "code", "execution_count": k, "metadata": {}, "source": c.splitlines(keepends=True),
            "outputs": [{"output_type": "display_data", "data": {"image/png": FIGURE, "text/plain": ["<Figure>"]}, "metadata": {}}]}
           for k, c in enumerate(cells, 1)],
        "metadata": {"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5}, indent=1)


GOOD = ["import pandas as pd\nimport seaborn as sns\n", "%matplotlib inline\ndf = pd.read_csv('visites.csv', sep=';')\n",
        "def par_mois(df):\n    \"\"\"Visites par mois.\"\"\"\n    return df.groupby('mois').size()\n",
        "sns.barplot(data=par_mois(df).reset_index(), x='mois', y=0)\n"]
SCRIPT = ("\"\"\"Prépare les données des visites.\"\"\"\nimport csv\n\n\n" + "".join(
    f"def etape_{k}(lignes):\n    \"\"\"Étape {k} du traitement.\"\"\"\n    # on garde les lignes remplies\n"
    f"    return [l for l in lignes if l and len(l) > {k}]\n\n\n" for k in range(12)))
README = "# Visites\n\nAnalyse des visites du lieu.\n"


def files(cells):
    return {"README.md": README, "traitement.py": SCRIPT, "analyse.ipynb": notebook(cells)}


def test_one_unfinished_cell_leaves_the_rest_of_the_notebook_measured(tmp_path):
    cells = GOOD + ["df[\"Date\"] = pd.\n"]
    for cid in ("documentation.code-comments", "reusability.maintainability"):
        r = check_result(tmp_path / cid, files(cells), cid)
        assert r["status"] != "inconclusive", (cid, r["message"])
        assert "118" not in r["message"]["en"] and "120" not in r["message"]["en"], r["message"]


def test_a_notebook_whose_code_mostly_does_not_parse_stays_unmeasured(tmp_path):
    broken = ["def f(:\n    return 1\n" * 40, "for x in\n" * 60] + GOOD[:1]
    r = check_result(tmp_path, files(broken), "reusability.maintainability")
    assert "analyse.ipynb" in r["message"]["en"], r["message"]


def test_the_cells_left_out_are_said_in_the_facts(tmp_path):
    from tests.test_reusability_fixtures import build, run_audit

    report = run_audit(build(tmp_path / "r", files(GOOD + ["df[\"Date\"] = pd.\n"])), tmp_path / "c", ["reusability.maintainability"])
    code = report["facts"]["code"]
    assert code["notebook_cells_unparsed"] == {"analyse.ipynb": len("df[\"Date\"] = pd.\n")}, code.get("notebook_cells_unparsed")
    assert code["measured_bytes"] < 10_000, code["measured_bytes"]
