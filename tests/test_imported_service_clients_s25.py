"""A proprietary service's Python client imported by the code with no manifest declaring it (issue 12, session 25 reader o1,
fixer q25).

A métropole's data-visualisation scripts read their source table from a Google Sheet (``import gspread``, a service account, the
sheet opened by its title) and plot it; no requirements file declares gspread. The list's Sheets clients were matched against
manifests only: vendor lock-in said "no proprietary service" and portability "none of those the tool knows". The python_imports
fact now tells where each third-party module is imported, and a listed client imported by the project's own code counts as a
declared one. A module of the project's own named like a client, and a client imported only by a test, do not."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]

PROCESS = ("import json\nimport pandas as pd\nimport gspread\nfrom dotenv import dotenv_values\n\n"
           "identifiants = json.loads(dotenv_values()['COMPTE_SERVICE'])\n"
           "compte = gspread.service_account_from_dict(identifiants)\n"
           "feuille = compte.open('Visites du laboratoire').sheet1\n"
           "df = pd.DataFrame(feuille.get_all_records())\ndf.to_csv('donnees_traitees.csv', index=False)\n")
PLOT = ("import pandas as pd\nimport seaborn as sns\nimport matplotlib.pyplot as plt\n\n"
        "df = pd.read_csv('donnees_traitees.csv')\nsns.histplot(df, x='structure')\nplt.savefig('images/structures.png')\n")


def _results(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_sheets_client_imported_without_a_manifest_is_google_sheets(tmp_path):
    res = _results(tmp_path, {"README.md": "# Formes de dataviz\n\nAnalyse des visites.\n", "traitement.py": PROCESS,
                              "graphiques.py": PLOT})
    for cid in CHECKS:  # (portability does not judge a data analysis: said so)
        if res[cid]["status"] != "not_applicable":
            assert "Google Sheets" in res[cid]["message"]["en"] and "Google Sheets" in res[cid]["message"]["fr"], (cid, res[cid]["message"])
    assert res["scaling.vendor-lock-in"]["status"] != "not_applicable"
    ev = [e for e in res["scaling.vendor-lock-in"]["evidence"] if e.get("path") == "traitement.py"]
    assert ev and ev[0].get("line") == 3, res["scaling.vendor-lock-in"]["evidence"]


def test_an_own_module_named_like_a_client_or_a_tests_import_is_no_service(tmp_path):
    # the project's own gspread.py (a local helper) and a test importing the real client: no service the program uses
    own = {"README.md": "# Outils\n\nOutils de tableur.\n", "gspread.py": "def ouvrir(nom):\n    return open(nom)\n",
           "traitement.py": "import gspread\n\nprint(gspread.ouvrir('a.csv').read())\n",
           "tests/test_feuille.py": "import pygsheets\n\n\ndef test_ouvrir():\n    assert pygsheets\n"}
    res = _results(tmp_path, own)
    for cid in CHECKS:
        assert "Google" not in res[cid]["message"]["en"], (cid, res[cid]["message"])
