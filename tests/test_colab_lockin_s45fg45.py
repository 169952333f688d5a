"""scaling.vendor-lock-in: a notebook written for Google Colab is locked in (issue 12, s45 fg45 = mahamatarda/Marathon-Web---AUDEMAG):
its notebooks import `from google.colab import drive` then drive.mount('/content/drive'), and `from google.colab import files`
to upload the inputs; they run only in Google's hosted runtime, with a Google account and its Drive. "No proprietary service or
tool of the list detected" — Colab was on no list. Near miss: a plain Jupyter notebook whose README offers an "Open in Colab"
link stays free of lock-in."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "scaling.vendor-lock-in"


def notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": c.splitlines(True)}
                                 for c in cells], "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


README = ("# Analyse des réponses\n\nNotebook d'analyse des réponses à l'enquête.\n\n"
          "[Ouvrir dans Colab](https://colab.research.google.com/github/exemple/analyse/blob/main/analyse.ipynb)\n")


def test_a_colab_notebook_is_locked_in(tmp_path):
    nb = notebook("from google.colab import drive\ndrive.mount('/content/drive')\n",
                  "import pandas as pd\ndf = pd.read_excel('/content/drive/MyDrive/enquete.xlsx')\n",
                  "from google.colab import files as colab_files\ncolab_files.download('resultats.csv')\n")
    r = check_result(tmp_path, {"README.md": README, "analyse.ipynb": nb}, CID)
    assert r["status"] == "warn" and "Google Colab" in r["message"]["en"], r["message"]


def test_near_miss_a_plain_notebook_with_an_open_in_colab_link(tmp_path):
    nb = notebook("import pandas as pd\ndf = pd.read_excel('donnees/enquete.xlsx')\n", "df.describe()\n")
    r = check_result(tmp_path, {"README.md": README, "analyse.ipynb": nb}, CID)
    assert r["status"] == "pass", r["message"]
