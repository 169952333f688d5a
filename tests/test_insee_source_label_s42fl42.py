"""Issue 12, session 42 fixer fl42 (guillett/tarification-solidaire-strasbourg): "insee" named a data source (INSEE's income
statistics, one source among the CAF's: `if source == "insee":`, `get_results(base, reform, "insee")`, a front end's `{ name: 'INSEE', value: 'insee' }`) and a flag
(`determine_qf(df, insee=(source == "insee"))`, `if not insee:`); interoperability.identifiers read each quoted "insee" as an INSEE
code field (warn 6 'Identifier fields: insee'). Where the repository uses the bare name as a label or a truth value, its quoted
"insee" is that label. Near miss: a script merging communes on an "insee" column, with no such label, keeps the field."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"
README = "# Tarification solidaire\n\nÉvaluation de l'impact budgétaire de scénarios de tarification selon le quotient familial.\n"
QF = ("import pandas as pd\n\n\ndef determine_qf(df, insee=False):\n    if insee:\n        data = pd.read_pickle('revenus.pkl')\n"
      "        df['qf'] = data.sample(len(df)).values\n    return df\n\n\ndef force_insee(df):\n"
      "    for (n, insee), gdf in df.groupby(['TYPOLOGIE', 'insee']):\n        if not insee:\n            continue\n        df.loc[gdf.index, 'qf'] = 0\n")
MOBILITE = ("import numpy as np\nimport pandas as pd\n\nfrom qf import determine_qf\n\n\ndef sample(df, source='caf'):\n"
            "    familles = pd.DataFrame({'sample_id': np.arange(len(df)), 'insee': np.repeat(df.insee, 2)})\n"
            "    determine_qf(familles, insee=(source == 'insee'))\n    return familles\n\n\n"
            "def get_results(base, reform, source='caf'):\n    if source == 'insee':\n        return sample(base, 'insee')\n    return sample(base)\n")
SOURCES = "export const sources = [\n  { name: 'CAF', value: 'caf' },\n  { name: 'INSEE', value: 'insee' },\n];\n"
ANALYSE = "from mobilite import get_results\n\nrecap = get_results(base, reform, \"insee\")\n"


def test_insee_as_a_source_label_and_a_flag_is_no_identifier_field(tmp_path):
    res = check_result(tmp_path, {"README.md": README, "technique/qf.py": QF, "mobilite/mobilite.py": MOBILITE, "analyse.py": ANALYSE,
                                     "front/sources.js": SOURCES}, CID)
    assert "insee" not in (res.get("details") or {}).get("fields", []), (res["status"], res["message"]["en"])  # was warn 6 'fields: insee'


def test_an_insee_column_merged_on_stays_a_field(tmp_path):
    merge = ("import pandas as pd\n\ncommunes = pd.read_csv('communes.csv', dtype={'insee': str})\nstats = pd.read_csv('stats.csv')\n"
             "table = communes.merge(stats, on='insee')\ntable[['insee', 'population']].to_csv('sortie.csv')\n")
    res = check_result(tmp_path, {"README.md": README, "analyse.py": merge}, CID)
    assert "insee" in res["details"].get("fields", []), (res["status"], res["message"]["en"])
