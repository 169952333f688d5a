"""Issue 12, session 34 (measure 29 reader m29o2; s34 n34 = mThorlak/observatoire-offre-medicosociale-enfance): reusability.tests-and-ci
on script-style tests whose helper counts: `def verifier(intitule, condition, detail=""): if condition: ok += 1 … else: ko += 1`,
called for every check, and `sys.exit(1 if ko else 0)` at the end. The helper's condition is its second parameter, tested as
`if condition:` with an else: 11 of 18 such files were "holding no test". Without the failing exit, the same helper tests nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
SOURCE = "def norm(libelle):\n    return libelle.split(' en ')[0].lower()\n"
HELPER = ('"""test_chargement.py — Critère de sortie de F3."""\nimport sys\n\nfrom pipeline import norm\n\nok = ko = 0\n\n'
          "def verifier(intitule, condition, detail=\"\"):\n    global ok, ko\n    if condition: ok += 1; print(f\"  OK    {intitule}\")\n"
          "    else: ko += 1; print(f\"  ECHEC {intitule} — {detail}\")\n\n"
          "verifier(\"unité retirée\", norm('Uranium en µg/l') == 'uranium')\n"
          "verifier(\"minuscules\", norm('Nitrates') == 'nitrates')\nverifier(\"vide\", norm('') == '')\n")
README = "# Observatoire\n\nL'offre médico-sociale par département.\n\n## Tests\n\n    python tests/test_chargement.py\n"


def _tests(tmp_path, test_text, name):
    files = {"README.md": README, "pipeline.py": SOURCE, "tests/test_chargement.py": test_text}
    return judge(tmp_path, files, [TESTS], name=name)[1][TESTS]


def test_a_counting_helper_and_a_failing_exit_hold_tests(tmp_path):
    res = _tests(tmp_path, HELPER + "\nprint(f\"{ok} OK, {ko} ECHEC\")\nsys.exit(1 if ko else 0)\n", "counting")
    assert res["details"]["test_files"] == 1, res["message"]
    assert "holding no test" not in res["message"]["en"], res["message"]


def test_a_printing_helper_without_a_failing_exit_holds_no_test(tmp_path):
    res = _tests(tmp_path, HELPER + "\nprint(f\"{ok} OK, {ko} ECHEC\")\n", "printing")
    assert res["details"]["test_files"] == 0, res["message"]
    assert "1 file(s) named or placed as tests holding no test" in res["message"]["en"], res["message"]
