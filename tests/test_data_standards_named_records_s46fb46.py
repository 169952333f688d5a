"""interoperability.data-standards counts records named by their format as data files (issue 12, s46 fb46; reader re45, re-reader vc45).

merryspankersltd/fiches-sport commits three JSON-lines exports of its database's views (fiches_json_rhone_….txt, read by its jinja
templates to print the sport sheets), whose objects this copy lacks, beside a script loading the ministry's RES files into PostgreSQL.
It was "a command-line tool processing the data it is given, with no data of its own": a .txt was no data file, and a text file's
class made it a documentation sample. Files named by their format (.jsonl, .ndjson, a .txt named …_json_…) are now data files of that
format, judged by name even when their content is missing. Near miss: a notes .txt at the root stays no data file."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
SCRIPT = ("import pandas as pd\nimport requests\nfrom sqlalchemy import create_engine\n\n\ndef charger(url, table):\n"
          "    df = pd.read_csv(url)\n    df.to_sql(table, create_engine('postgresql://localhost/base'), schema='equipements')\n\n\n"
          "if __name__ == '__main__':\n    charger('https://exemple.org/equipements.csv', 'equipements')\n")
FILES = {"README.md": "# fiches\n\nImprimer des fiches par commune à partir de vues JSON.\n", "charger.py": SCRIPT,
         "fiches_json_nord_202101011200.txt": '{"commune": "Lille", "equipements": 12}\n{"commune": "Roubaix", "equipements": 7}\n'}


def test_records_named_by_their_format_are_judged_data_files(tmp_path):
    res = judge(tmp_path, FILES, [CID])[1][CID]
    assert res["status"] in ("fail", "warn"), res["message"]
    assert "JSON" in res["details"]["formats"] and res["details"]["data_files"] == 1, res["details"]
    assert "fiches_json_nord_202101011200.txt" in (res.get("remediation") or {}).get("en", ""), res.get("remediation")


def test_near_miss_a_notes_text_file_is_no_data(tmp_path):
    files = {k: v for k, v in FILES.items() if not k.endswith(".txt")}
    files["notes_reunion.txt"] = "Penser à relancer le service des sports.\n"
    res = judge(tmp_path, files, [CID], "notes")[1][CID]
    assert res["details"]["data_files"] == 0, res["details"]
