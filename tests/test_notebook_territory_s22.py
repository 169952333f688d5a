"""A notebook analysis (issue 12, session 22 reader a4, case c1 3: wilfrid03/ACCIDENTOLOGIE) hard-coding its territory's 16 INSEE codes in
a code cell (`insee_<territory> = ["94002", …]`) passed territory-neutral: the text scan read no notebook, and an INSEE list named
insee_<something> was not taken for one. Notebooks' code cells are read as Python, each finding on its line of the file."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge
from tests.test_notebook_kind_s22 import notebook


# (case 3) the territory scan did not read notebooks: a list of the territory's INSEE codes in a code cell passed unseen. Their code
# cells are now read as Python, each finding on the line of the notebook's file that holds it; outputs and prose are not read.
def test_insee_codes_in_a_notebooks_code_cell_are_found_on_their_line(tmp_path):
    codes = notebook("import pandas as pd", "insee_agglo = [\"94011\", \"94017\",\n    \"94033\", \"94044\"]\nacc = acc[acc['com'].isin(insee_agglo)]")
    files = {"LISEZMOI.txt": "Étude des accidents de vélo\n", "velo.ipynb": codes, "explo.ipynb": notebook("import pandas as pd")}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] in ("warn", "fail"), r["message"]
    hit = [e for e in r["evidence"] if e.get("path") == "velo.ipynb"]
    assert hit and codes.split("\n")[hit[0]["line"] - 1].strip().startswith('"insee_agglo'), (hit, r["evidence"])


def test_a_notebook_reading_its_codes_from_data_stays_neutral(tmp_path):
    neutral = notebook("import pandas as pd", "communes = pd.read_csv('DONNEES/communes.csv')['insee']\nacc = acc[acc['com'].isin(communes)]")
    outputs = json.loads(neutral)
    outputs["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["code_insee = '94011'\n"]}]
    files = {"LISEZMOI.txt": "Étude des accidents de vélo\n", "velo.ipynb": json.dumps(outputs, indent=1),
             "prose.ipynb": json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                 {"cell_type": "markdown", "metadata": {}, "source": ["insee_agglo = ['94011']\n"]}]}, indent=1)}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]
