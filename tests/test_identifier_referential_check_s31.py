"""A referential file the code loads and checks (issue 12, session 31 f31, reader m23o3, an ETL of communes' accounts): asserting
that the commune referential read carries its 'Code INSEE Commune' column is reference data used and validated; reading the same
file without a check is not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.identifiers"
CHECKED = ("    def run(self):\n        df = pandas.read_csv(self.path, sep=';', encoding='utf-8')\n"
           "        required_cols = {'Nom de la commune', 'Code INSEE Commune', 'Population'}\n"
           "        assert required_cols.issubset(df.columns), f'Some columns in {required_cols} seem missing.'\n"
           "        df.to_sql(name='STG_CITY_REFERENTIAL', if_exists='replace', con=self.db, index=False)\n")
UNCHECKED = ("    def run(self):\n        df = pandas.read_csv(self.path, sep=';', encoding='utf-8')\n"
             "        df.to_sql(name='STG_CITY_REFERENTIAL', if_exists='replace', con=self.db, index=False)\n")


def _etl(run: str) -> dict:
    return {
        "README.md": "# budget\n",
        "requirements.txt": "pandas\nsqlalchemy\n",
        "main.py": ("import argparse\nfrom jobs_etl import CityReferentialFileStaging\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--dataset', nargs=1)\nargs = parser.parse_args()\nCityReferentialFileStaging(args.dataset).run()\n"),
        "jobs_etl.py": ("import pandas\n\n\nclass CityReferentialFileStaging:\n    def __init__(self, dataset, db=None):\n"
                        "        self.path = dataset[0]\n        self.db = db\n\n" + run),
        "scripts_database/load_DIM_CITY.sql": ("SELECT cast(sis.siren as varchar(9)) as city_siren, \"Code INSEE Commune\" as city_insee_code\n"
                                               "FROM STG_CITY_REFERENTIAL scr\nINNER JOIN STG_INSEE_SIREN sis on sis.insee_com = scr.\"Code INSEE Commune\";\n"),
    }


def test_a_commune_referential_loaded_and_checked_for_its_insee_column_is_reference_data(tmp_path):
    r = judge(tmp_path, _etl(CHECKED), [CHECK])[1][CHECK]
    assert "reference data/validation: yes" in r["message"]["en"], (r["status"], r["message"], r["evidence"])
    assert any(e.get("path") == "jobs_etl.py" and e.get("value") == "Code INSEE Commune" for e in r["evidence"]), r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_the_same_file_read_without_a_check_is_no_reference(tmp_path):
    r = judge(tmp_path, _etl(UNCHECKED), [CHECK])[1][CHECK]
    assert "reference data/validation: no" in r["message"]["en"] and r["status"] == "warn", (r["status"], r["message"])
