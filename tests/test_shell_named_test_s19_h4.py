"""Session 18 (c1, omigeot-ccpo/Gismeaux-ccpo): a city GIS's root test.sh loops a spreadsheet converter over a workbook's
sheets; tests-and-ci counted it as "1 test file(s)". A shell script named like a test that checks nothing (no comparison,
assertion, exit status or test runner) is the project's script; one that checks is still a test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CONVERT = ("while read ligne\ndo\nfic=filo${ligne:3}\".csv\"\n"
           "echo \"convertxls2csv -x ../HABITAT_2009.xls -b UTF-8 -a UTF-8 -c $fic -w $ligne\"\n"
           "convertxls2csv -x ../HABITAT_2009.xls -b UTF-8 -a UTF-8 -c $fic -w $ligne\ndone < liste.txt\n")
PHP = {"application/index.php": "<?php\nfunction carte($id) {\n    return '<svg id=\"' . $id . '\"></svg>';\n}\necho carte('plan');\n",
       "application/inc/connexion.php": "<?php\nfunction connexion() {\n    return pg_connect('dbname=sig');\n}\n",
       "README.md": "# SIG\n\nLe SIG web de la ville : cartes SVG sur PostGIS.\n"}


def test_a_converter_loop_named_test_sh_is_no_test(tmp_path):
    path = build(tmp_path / "r", {**PHP, "test.sh": CONVERT})
    r = results(run_audit(path, tmp_path / "c", ["reusability.tests-and-ci"]))
    res = r["reusability.tests-and-ci"]
    assert "0 test file(s)" in res["message"]["en"], res["message"]
    assert not any(e.get("path") == "test.sh" for e in res["evidence"]), res["evidence"]


def test_a_shell_test_that_checks_its_output_is_a_test(tmp_path):
    check = "#!/bin/sh\nout=$(php application/index.php)\n[ -n \"$out\" ] || { echo FAIL; exit 1; }\necho ok\n"
    path = build(tmp_path / "r", {**PHP, "test.sh": check})
    r = results(run_audit(path, tmp_path / "c", ["reusability.tests-and-ci"]))
    assert "1 test file(s)" in r["reusability.tests-and-ci"]["message"]["en"], r["reusability.tests-and-ci"]["message"]
