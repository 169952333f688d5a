"""reusability.maintainability (issue 12, session 23 readers n1 and n2, a métropole agent's OGC statistics pipeline): one Python
program of 640 lines run by two shell wrappers of about 25 lines each was "Not measured: most of the code is in Shell (2)",
because two shell files outnumber one Python file. The project's code is mostly in a language the check cannot read only when
those files are more numerous AND weigh more than the files measured; a repository whose shell scripts hold the work beside a
small Python helper stays inconclusive."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MAINT = "reusability.maintainability"


def _program(functions: int) -> str:
    body = ['"""Statistiques des services OGC."""', "", "import csv", "import sys", ""]
    for k in range(functions):
        body += ["", f"def etape_{k}(lignes, seuil={k}):", f'    """Étape {k} du calcul."""', "    total = 0",
                 "    for ligne in lignes:", "        if ligne.get('code') and int(ligne['code']) > seuil:",
                 "            total += int(ligne.get('octets', 0))", "        elif ligne.get('code'):", "            total -= 1",
                 "    return total", ""]
    body += ["", "if __name__ == '__main__':", "    etape_0(csv.DictReader(open(sys.argv[1])))", ""]
    return "\n".join(body)


def _wrapper(name: str, lines: int) -> str:
    return "#!/bin/bash\n# lance le calcul\nset -e\n" + "".join(f"echo \"{name} étape {k}\"\n" for k in range(lines)) + \
        "python3 stats.py \"$1\"\n"


def test_two_small_wrappers_around_a_large_program_leave_it_measured(tmp_path):
    files = {"stats.py": _program(55), "run_daily.sh": _wrapper("jour", 20), "run_monthly.sh": _wrapper("mois", 20),
             "README.md": "# Statistiques OGC\n\nCalcule l'usage des services OGC.\n"}
    res = judge(tmp_path, files, [MAINT])[1][MAINT]
    assert res["status"] in ("pass", "warn", "fail"), res["message"]


def test_shell_scripts_holding_the_work_beside_a_small_helper_stay_unmeasured(tmp_path):
    files = {"helper.py": _program(1), "import.sh": _wrapper("import", 400), "export.sh": _wrapper("export", 400),
             "README.md": "# Chaîne\n\nImporte et exporte les données.\n"}
    res = judge(tmp_path, files, [MAINT])[1][MAINT]
    assert res["status"] == "inconclusive", res["message"]
