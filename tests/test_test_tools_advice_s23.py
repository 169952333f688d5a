"""reusability.tests-and-ci's advice names the tools of the languages measured (issue 12, session 23, reader a4's SI3P0): a
PowerShell kit whose tests are PowerShell scripts was told to run pg_prove (pgTAP) and lint with sqlfluff, because the advice
took the most frequent language of a table of tools (SQL scripts, which this check does not count as code) and skipped PowerShell,
which the table lacked. The runner now follows the language the tests are written in (else the code's main language), the
linter the code's main language, both among the files the check counts; a language without known tools gets the generic words,
never another language's tools."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CHECK = "reusability.tests-and-ci"

SQL = ("set search_path to travail, public;\n\ncreate materialized view troncons_{n} as\nselect t.id, t.nom, t.geom\n"
       "from referentiel.troncons t where t.classe = {n};\n")
PS_FUNCTIONS = ("function Get-Troncons {{\n    param([string]$Base)\n    $requete = \"select * from troncons_{n}\"\n"
                "    Invoke-Requete -Base $Base -Requete $requete\n}}\n")
PESTER = ("BeforeAll {\n    . $PSScriptRoot/../scripts/fonctions_1.ps1\n}\n\nDescribe 'Get-Troncons' {\n"
          "    It 'interroge la bonne vue' {\n        Mock Invoke-Requete { $Requete }\n"
          "        Get-Troncons -Base 'sig' | Should -Be 'select * from troncons_1'\n    }\n}\n")


def _advice(repo, tmp_path, files, name="r"):
    path = repo([{"files": files}], name=name)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / f"c-{name}", only=[CHECK]))
    res = report["results"][0]
    return res, res["remediation"]


def _kit(tests: bool) -> dict:
    files = {"README.md": "# Kit SIG\n\nScripts PowerShell et vues SQL du référentiel routier.\n"}
    files.update({f"sql/vue_{n}.sql": SQL.format(n=n) for n in range(1, 9)})  # more SQL scripts than PowerShell ones
    files.update({f"scripts/fonctions_{n}.ps1": PS_FUNCTIONS.format(n=n) for n in range(1, 4)})
    if tests:
        files["tests/Fonctions.Tests.ps1"] = PESTER
    return files


def test_a_powershell_kit_with_powershell_tests_is_told_pester_and_psscriptanalyzer(repo, tmp_path):
    res, advice = _advice(repo, tmp_path, _kit(tests=True))
    assert res["details"]["test_files"] == 1, res["message"]
    for text in (advice["fr"], advice["en"]):
        assert "Pester" in text and "PSScriptAnalyzer" in text, text
        assert "pg_prove" not in text and "pgTAP" not in text and "sqlfluff" not in text, text


def test_a_powershell_kit_without_tests_is_told_to_write_pester_tests(repo, tmp_path):
    res, advice = _advice(repo, tmp_path, _kit(tests=False), name="n")
    assert res["details"]["test_files"] == 0, res["message"]
    assert "tests/*.Tests.ps1" in advice["fr"] and "Invoke-Pester" in advice["en"], advice
    assert "pg_prove" not in advice["fr"] and "sqlfluff" not in advice["en"], advice


def test_the_runner_follows_the_tests_language_and_the_linter_the_codes(repo, tmp_path):
    """A JavaScript front end tested with pytest (browser tests in Python): pytest runs them, ESLint lints the code."""
    files = {"README.md": "# Carte\n", "package.json": '{"name": "carte", "version": "1.0.0"}\n',
             **{f"src/couche_{n}.js": f"export const couche{n} = (x) => x * {n};\n" for n in range(1, 5)},
             "tests/test_carte.py": "def test_carte_affiche_les_couches(page):\n    assert page.title() == 'Carte'\n"}
    res, advice = _advice(repo, tmp_path, files, name="j")
    assert res["details"]["test_files"] == 1, res["message"]
    assert "pytest" in advice["fr"] and "npx eslint ." in advice["fr"], advice
    assert "ruff" not in advice["fr"], advice


def test_a_language_without_known_tools_gets_the_generic_words(repo, tmp_path):
    """Haskell code beside a few SQL scripts: no other language's tools."""
    files = {"README.md": "# Calcul\n", **{f"src/Calcul{n}.hs": f"module Calcul{n} where\n\ndouble{n} x = 2 * x\n" for n in range(1, 3)},
             **{f"sql/vue_{n}.sql": SQL.format(n=n) for n in range(1, 6)}}
    res, advice = _advice(repo, tmp_path, files, name="h")
    assert res["details"]["source_files"] == 2, res["message"]
    assert "la commande qui lance les tests" in advice["fr"] and "a linter" in advice["en"], advice
    assert "pg_prove" not in advice["fr"] and "sqlfluff" not in advice["fr"], advice


def test_a_python_project_keeps_pytest_and_ruff(repo, tmp_path):
    files = {"README.md": "# Outil\n", "outil/calcul.py": "def double(x):\n    return 2 * x\n",
             **{f"sql/vue_{n}.sql": SQL.format(n=n) for n in range(1, 6)}}
    res, advice = _advice(repo, tmp_path, files, name="p")
    assert "tests/test_*.py" in advice["fr"] and "pytest" in advice["fr"] and "ruff check ." in advice["en"], advice
    assert "pg_prove" not in advice["fr"], advice
