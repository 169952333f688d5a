"""reusability.maintainability weighs the code Python scripts write at top level (issue 12, s46 ff46 = reader rb46,
remifroger/postgresql-table-explorateur-stat).

A command-line tool's main.py is 211 lines of top-level code — argparse, then loops and branches nested eight levels deep writing
an Excel file — beside utils.py's one 5-line helper. The check said "1 functions measured in 2 files; 0 above a complexity of 10",
a pass measured on 2 % of the code, while the same auditor says "inconclusive, top-level scripts" when there is no function at all.
Now the top-level decision points are counted and, when they outweigh the functions', the measure is inconclusive. Near miss: a
module of functions with a short `if __name__ == "__main__":` block keeps its measured pass. Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.maintainability"
HELPER = ("import pandas as pd\n\n\ndef ecrire_feuille(df, chemin, feuille):\n    \"\"\"Ecrit une feuille.\"\"\"\n"
          "    with pd.ExcelWriter(chemin, mode='a') as w:\n        df.to_excel(w, sheet_name=feuille)\n")


def script(depth_blocks: int) -> str:
    lines = ["import argparse", "import pandas as pd", "from utils import ecrire_feuille", "",
             "p = argparse.ArgumentParser()", "p.add_argument('-t')", "a = p.parse_args()", "df = pd.DataFrame()", ""]
    for i in range(depth_blocks):
        lines += [f"for m{i} in ['a', 'b']:",
                  f"    if m{i} == 'a':",
                  f"        for axe{i} in ['x', 'y']:",
                  f"            if axe{i} != 'x' and a.t:",
                  f"                ecrire_feuille(df, 'out.xlsx', m{i} + axe{i})",
                  f"            elif a.t is None:",
                  f"                print(m{i})",
                  ""]
    return "\n".join(lines) + "\n"


def test_scripts_written_at_top_level_are_not_measured_by_one_helper(tmp_path):
    r = check_result(tmp_path, {"main.py": script(6), "utils.py": HELPER, "README.md": "# Stats\n\nUn outil.\n"}, CID)
    assert r["status"] == "inconclusive", r["message"]
    assert "main.py" in r["message"]["en"] and r["details"]["top_level_decisions"] > 10, r["message"]


def test_near_miss_functions_with_a_short_main_block_stay_measured(tmp_path):
    funcs = "".join(f"\n\ndef etape{i}(x):\n    if x > {i}:\n        return x - {i}\n    return x\n" for i in range(6))
    main = "import sys" + funcs + "\n\nif __name__ == '__main__':\n    for v in sys.argv[1:]:\n        print(etape0(int(v)))\n"
    r = check_result(tmp_path, {"main.py": main, "utils.py": HELPER, "README.md": "# Stats\n\nUn outil.\n"}, CID)
    assert r["status"] == "pass", r["message"]
