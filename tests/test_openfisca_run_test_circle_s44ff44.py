"""Issue 12, session 44 fixer ff44 (betagouv/openfisca-cd93, an OpenFisca extension for the Département de Seine-Saint-Denis):
reusability.tests-and-ci failed "0 test file(s) for 3 source file(s) … CI does not seem to run any test", while tests/ holds
OpenFisca YAML tests in its first format (``output_variables: / adpa: 96``, ``period: 'month:2015-08'``, the household given as
the entities' keys) and CircleCI 1.0's circle.yml runs them (``test: / override: / - openfisca-run-test tests/*.yaml``). Such
cases are test files, and `openfisca-run-test` / `openfisca test` (and nose's runner) are test commands. Near miss: YAML parameter
files in tests/ and a circle.yml that only installs stay no tests, run by nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
CODE = {"README.md": "# Extension OpenFisca\n\nAide départementale pour les personnes âgées.\n",
        "setup.py": "from setuptools import setup, find_packages\n\nsetup(name='Openfisca-Dep', version='1.0.3', packages=find_packages())\n",
        "openfisca_dep/__init__.py": "", "openfisca_dep/entities.py": "Menage = None\n",
        "openfisca_dep/aides.py": ("from openfisca_core.model_api import *\n\n\nclass adpa(Variable):\n    value_type = float\n"
                                   "    label = u\"ADPA\"\n\n    def formula(menage, period):\n        return menage('revenus', period) * 0.1\n")}
CASE = ("name: 'Personne seule, {n}€ de revenu annuel'\ndescription: >-\n  Test créé à partir d'un dossier.\noutput_variables:\n"
        "  adpa: {out}\nabsolute_error_margin: 10\nperiod: 'month:2015-08'\nfamilles:\n  - parents:\n      - p{n}\n    enfants: []\n"
        "individus:\n  - id: p{n}\n    date_naissance:\n      2015-08: '1940-01-01'\n    salaire_net:\n      2015-07: {n}\n"
        "menages:\n  - depcom:\n      2015-08: '93008'\n    personne_de_reference: p{n}\n")
CIRCLE = ("machine:\n  python:\n    version: 2.7.12\n\ndependencies:\n  override:\n    - pip install --upgrade pip wheel\n"
          "    - pip install .[test] --upgrade\n")


def test_openfisca_yaml_cases_run_by_circle_ci_1_are_tests_run_by_the_ci(tmp_path):
    cases = {f"tests/test_{k:04d}.yaml": CASE.format(n=1000 * (k + 1), out=96 - k) for k in range(4)}
    circle = CIRCLE + "\ntest:\n  override:\n    - openfisca-run-test tests/*.yaml --extensions openfisca_dep\n"
    _, res = judge(tmp_path, {**CODE, **cases, "circle.yml": circle}, [TESTS])
    r = res[TESTS]
    assert r["details"]["test_files"] == 4 and r["details"]["ci_runs_tests"] is True, r["message"]  # was 0 and False
    assert r["status"] in ("pass", "warn"), r["message"]  # was fail 2.0


def test_yaml_parameters_and_a_ci_that_only_installs_stay_no_tests(tmp_path):
    params = {f"tests/bareme_{k}.yaml": f"description: Barème {k}\nvalues:\n  2015-01-01:\n    value: 0.{k + 1}\n" for k in range(4)}
    _, res = judge(tmp_path, {**CODE, **params, "circle.yml": CIRCLE}, [TESTS])
    r = res[TESTS]
    assert r["details"]["test_files"] == 0 and r["details"]["ci_runs_tests"] is False, r["message"]
    assert r["status"] == "fail", r["message"]
