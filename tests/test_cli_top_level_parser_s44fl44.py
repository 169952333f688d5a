"""facts.project.kind (issue 12, s44 fl44 = reader rh44, remifroger/geocodeur): a root main.py building an argparse parser with its
options and calling parser.parse_args() at its top level (no main guard), run by the README as `python main.py -f … -o …`, beside a
module using pandas, was kind analysis ("data-processing scripts (pandas)"): portability not applicable, the README's configuration
section "not expected". A script parsing its own arguments at its top level is run as a program: a command-line tool. Near miss: a
notebook-style script reading and charting a table with pandas, no parser, stays an analysis."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

MAIN = ('#!/usr/bin/python\n# -*- coding: utf-8 -*-\n\nimport argparse, os\nimport traitement\n\n'
        'parser = argparse.ArgumentParser(description="Géocode un fichier")\n'
        'parser.add_argument("-f", "--fichier", required=True, help="Fichier des adresses")\n'
        'parser.add_argument("-s", "--service", nargs="+", help="Services appelés dans l\'ordre")\n'
        'parser.add_argument("-o", "--sortie", required=True, help="Fichier de sortie")\n'
        'args = parser.parse_args()\n\n'
        'config = {"ENTREE": args.fichier, "SERVICES": args.service, "SORTIE": args.sortie, "BASE": os.getenv("BASE")}\n'
        'traitement.Traitement(config).lancer()\n')
MODULE = ('import csv\nimport pandas as pd\n\n\nclass Traitement:\n    def __init__(self, config):\n        self.config = config\n\n'
          '    def lancer(self):\n        table = pd.read_csv(self.config["ENTREE"], sep=";")\n'
          '        table["ok"] = table["adresse"].notna()\n        table.to_csv(self.config["SORTIE"], index=False)\n')
README = ("# Géocodeur\n\nGéocode un fichier CSV d'adresses en chaînant plusieurs services.\n\n## Exécuter en ligne de commande\n\n"
          "```\npython main.py -f adresses.csv -s interne ban -o sortie.csv\n```\n\nAide : `python main.py --help`\n")
NOTEBOOK_STYLE = ('import pandas as pd\nimport matplotlib.pyplot as plt\n\n'
                  'table = pd.read_csv("donnees/adresses.csv", sep=";")\nparts = table.groupby("commune").size()\n'
                  'parts.plot(kind="bar")\nplt.savefig("communes.png")\n')


def kind(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2023-01-20T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.portability"]))
    return report["facts"]["project"]["kind"], report["results"][0]


def test_a_root_script_parsing_its_arguments_at_its_top_level_is_a_command(tmp_path):
    k, portability = kind(tmp_path, {"README.md": README, "main.py": MAIN, "traitement.py": MODULE})
    assert k == "cli-tool", k
    assert portability["status"] != "not_applicable", portability["message"]["en"]


def test_a_notebook_style_pandas_script_without_a_parser_stays_an_analysis(tmp_path):
    readme = README.replace("-f adresses.csv -s interne ban -o sortie.csv", "").replace("python main.py --help", "python main.py")
    k, _ = kind(tmp_path, {"README.md": readme, "main.py": NOTEBOOK_STYLE, "traitement.py": MODULE})
    assert k == "analysis", k
