"""Issue 12, session 33 (measure 27 reader m27o3; s33 t33): reusability.tests-and-ci on Python test scripts with their own checks.

A data pipeline's tests/test_verdict.py is run as `python tests/test_verdict.py`: no pytest, no `assert`, but its own helper
(`def verifie(condition, message): … if not condition: ECHECS.append(message)`) called a hundred times, and `sys.exit(1)` on failures.
The check said "files named as tests hold no test": such a script holds tests. A test_x.py holding only imports, or a helper that
is never called, still holds none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
SOURCE = "def norm(libelle):\n    return libelle.split(' en ')[0].lower()\n"
SCRIPT = ('"""Test de non-régression du moteur de verdict."""\nimport sys\n\nfrom pipeline import norm\n\nECHECS = []\n\n\n'
          "def verifie(condition, message):\n    print((\"  ok   \" if condition else \"  ECHEC \") + message)\n"
          "    if not condition:\n        ECHECS.append(message)\n\n\n"
          "def main():\n    verifie(norm('Uranium en µg/l') == 'uranium', 'unité retirée')\n"
          "    verifie(norm('Nitrates') == 'nitrates', 'minuscules')\n    verifie(norm('') == '', 'vide')\n"
          "    if ECHECS:\n        sys.exit(1)\n\n\nif __name__ == \"__main__\":\n    main()\n")
IMPORTS = "import sys\n\nfrom pipeline import norm\n"
UNCALLED = ("import sys\n\n\ndef verifie(condition, message):\n    if not condition:\n        print(message)\n\n\n"
            "def main():\n    print(norm('x'))\n")
README = "# Observatoire\n\nLa conformité de l'eau du robinet par commune.\n\n## Tests\n\n    python tests/test_verdict.py\n"


def _tests(tmp_path, test_text, name):
    files = {"README.md": README, "pipeline.py": SOURCE, "tests/test_verdict.py": test_text}
    return judge(tmp_path, files, [TESTS], name=name)[1][TESTS]


def test_a_script_with_its_own_check_helper_holds_tests(tmp_path):
    res = _tests(tmp_path, SCRIPT, "script")
    assert res["details"]["test_files"] == 1, res["message"]
    assert "holding no test" not in res["message"]["en"], res["message"]


def test_imports_only_or_an_uncalled_helper_hold_no_test(tmp_path):
    for name, text in (("imports", IMPORTS), ("uncalled", UNCALLED)):
        res = _tests(tmp_path, text, name)
        assert res["details"]["test_files"] == 0, res["message"]
        assert "1 file(s) named or placed as tests holding no test" in res["message"]["en"], res["message"]
