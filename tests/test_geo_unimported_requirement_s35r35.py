"""interoperability.geo: a map library a requirements list names and no code imports is no geographic use (issue 12, session 35
fixer r35).

- PnEcrins/CAIRN: analysis/requirements.txt is the stock JupyterLite site's list ("# Python: ipyleaflet library for Jupyter notebooks
  (optional)" then ipyleaflet), installed by the Pages workflow; the notebooks import pandas, numpy and matplotlib: geo said
  "fail 3: Open libraries: ipyleaflet". A notebook importing ipyleaflet still makes it a map library of the project's.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge


def _notebook(*sources):
    cells = [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": [s]} for s in sources]
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "python3"},
                                                    "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


CAIRN = {
    "README.md": "# CAIRN\n\nComptage des baigneurs et des tentes sur les images des lacs d'altitude.\n",
    "pyproject.toml": '[project]\nname = "cairn"\nversion = "0.0.1"\ndependencies = ["gradio>=5.0", "pandas>=2.2"]\n',
    "app.py": "import gradio as gr\nimport pandas as pd\n\ndemo = gr.Interface(fn=lambda x: x, inputs='image', outputs='text')\ndemo.launch()\n",
    "analysis/requirements.txt": ("# Core modules (mandatory)\njupyterlite-core==0.4.5\njupyterlab~=4.3.1\n\n"
                                  "# Python: ipyleaflet library for Jupyter notebooks (optional)\nipyleaflet\n\n# Python: plotting\nbqplot\n"),
    "analysis/notebooks/analyse.ipynb": _notebook("import pandas as pd\n", "import matplotlib.pyplot as plt\n",
                                                  "df = pd.read_csv('comptages.csv')\ndf.plot()\n"),
}


def _geo(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_a_stock_requirements_line_no_notebook_imports_is_no_map(tmp_path):
    r = _geo(tmp_path, CAIRN)
    assert r["status"] == "not_applicable", r["message"]
    assert "ipyleaflet" not in r["message"]["en"], r["message"]


def test_a_notebook_importing_the_map_library_keeps_it(tmp_path):
    files = {**CAIRN, "analysis/notebooks/carte.ipynb": _notebook("from ipyleaflet import Map, Marker\n", "m = Map(center=(44.9, 6.3), zoom=9)\nm\n")}
    r = _geo(tmp_path, files, name="m")
    assert r["status"] != "not_applicable" and "ipyleaflet" in r["message"]["en"], r["message"]
