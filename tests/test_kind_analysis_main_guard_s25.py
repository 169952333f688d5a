"""A main guard in analysis scripts is no command (issue 12, s25 t25 = o1 family 6, datagora-erasme/inspirationFormesDataviz).

A dashboard/notebook project — a Jupyter notebook, a script drawing seaborn charts, a script preparing the table the notebook reads —
was called a command-line tool: each script ends with `if __name__ == '__main__': main()` (cli-tool 5) and that guard also
switched off the data-processing scripts' signal (analysis 4 from the notebook alone). A script whose main guard reads no argument
(no parser, no sys.argv) and handles tables with a data library, beside a notebook or drawing charts itself, now runs an analysis;
a data script parsing its arguments stays a command."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

NOTEBOOK = json.dumps({"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                                  "source": ["import pandas as pd\n", "df = pd.read_csv('table.csv')\n", "df.describe()\n"]}],
                       "metadata": {"kernelspec": {"name": "python3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5})
CHARTS = ("import pandas as pd\nimport seaborn as sns\nimport matplotlib.pyplot as plt\n\n\ndef tracer(df):\n"
          "    sns.histplot(df, x='annee')\n    plt.savefig('figures/annees.png')\n\n\ndef main():\n"
          "    tracer(pd.read_csv('table.csv'))\n\n\nif __name__ == '__main__':\n    main()\n")
PREPARE = ("import pandas as pd\n\n\ndef main():\n    df = pd.read_excel('source.xlsx')\n    df.to_csv('table.csv', index=False)\n\n\n"
           "if __name__ == '__main__':\n    main()\n")
README = "# Visites du laboratoire\n\nQuelques graphiques sur les visites.\n"


def kind(tmp_path, files):
    return run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"])["facts"]["project"]["kind"]


def test_charts_and_a_notebook_with_main_guards_are_an_analysis(tmp_path):
    files = {"README.md": README, "analyse.ipynb": NOTEBOOK, "graphiques.py": CHARTS, "preparer.py": PREPARE,
             "table.csv": "annee;visites\n2021;12\n2022;30\n"}
    assert kind(tmp_path, files) == "analysis"


def test_a_data_script_reading_its_arguments_stays_a_command(tmp_path):
    cli = PREPARE.replace("import pandas as pd\n", "import argparse\nimport pandas as pd\n").replace(
        "    df = pd.read_excel('source.xlsx')\n", "    args = argparse.ArgumentParser().parse_args()\n    df = pd.read_excel('source.xlsx')\n")
    files = {"README.md": README, "convertir.py": cli, "outils.py": cli.replace("to_csv", "to_json")}
    assert kind(tmp_path, files) == "cli-tool"
