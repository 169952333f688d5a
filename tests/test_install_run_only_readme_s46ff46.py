"""reusability.install: a README whose only command runs the script is no install instructions (issue 12, s46 ff46 = reader rb46,
remifroger/postgresql-table-explorateur-stat).

A command-line tool's README gives `python main.py --help` and a usage example; nothing says to install pandas, SQLAlchemy or
python-dotenv, which main.py imports and no requirements file declares, nor which Python. The check said "written instructions:
yes" (warn): the README's first run command was taken for install steps. Near miss: the same README with a requirements.txt
(the modules declared, `pip install -r` implied by the ecosystem) keeps the command as written instructions. Fixtures written
for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
README = ("# Statistiques d'une table\n\nProduit un classeur de tableaux croisés à partir d'une table PostgreSQL.\n\n## Aide\n\n"
          "```\npython main.py --help\n```\n\n## Exemple\n\n```\npython main.py -t ventes -o sortie\n```\n")
MAIN = ("import argparse\nimport pandas as pd\nfrom sqlalchemy import create_engine\nfrom dotenv import load_dotenv\n\n"
        "p = argparse.ArgumentParser(description='Statistiques')\np.add_argument('-t', '--table', required=True)\n"
        "p.add_argument('-o', '--sortie', required=True)\na = p.parse_args()\nload_dotenv()\n"
        "df = pd.read_sql_table(a.table, create_engine('postgresql://'))\ndf.describe().to_excel(a.sortie + '.xlsx')\n")


def test_a_readme_running_the_script_installs_nothing(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "main.py": MAIN}, CID)
    assert r["status"] == "fail" and r["details"]["instructions"] is False, r["message"]
    notes = [e for e in r["evidence"] if e.get("path") == "README.md" and e.get("kind") == "finding"]
    assert notes and "pandas" in notes[0]["note"]["en"], r["evidence"]


def test_near_miss_with_declared_modules_the_command_stays_instructions(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "main.py": MAIN, "requirements.txt": "pandas\nsqlalchemy\npython-dotenv\n"}, CID)
    assert r["details"]["instructions"] is True, r["message"]
