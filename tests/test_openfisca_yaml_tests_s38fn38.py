"""OpenFisca's YAML tests are test files, and "for … maintainers" in an installation heading names its audience (issue 12, s38 fn38
= reader md38's govpf/openfisca-pf).

openfisca-pf: an OpenFisca country package whose tests are 72 YAML files under openfisca_pf/tests/<domain>/<topic>/ ("- name: …
period: … input: … output: …"), run by `openfisca test` (Makefile, CI). reusability.tests-and-ci counted 1 test file (tests.sh) for
174 sources; readme-sections read "## 1. Installation for developers and maintainers" as a contact section. Rules now: YAML cases
giving a period, input and output in a test folder (nested too) are tests; a heading whose contact word follows "for"/"pour" (its
audience) is no contact. Near misses: YAML fixtures in a tests folder stay data; "## Contact the maintainers" stays a contact."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
SECTIONS = "documentation.readme-sections"

VARIABLE = ("from openfisca_core.model_api import Variable, YEAR\nfrom openfisca_pays.entities import Personne\n\n\n"
            "class {name}(Variable):\n    value_type = float\n    entity = Personne\n    definition_period = YEAR\n"
            "    label = \"{name}\"\n\n    def formula(personne, period, parameters):\n        return personne('salaire', period) * 0.1\n")
CASE = ("- name: {n} - cas simple\n  period: 2025-01-16\n  input:\n    salaire: 50000\n  output:\n    {name}: 5000\n"
        "- name: {n} - cas nul\n  period: 2025-01-16\n  input:\n    salaire: 0\n  output:\n    {name}: 0\n")
README = ("# OpenFisca Pays\n\nThis is the package modeling the rules of the territory.\n\n## 1. Installation for developers and maintainers\n\n"
          "```sh\npip install --editable .[dev]\n```\n\n## 2. Running OpenFisca Pays\n\n### 2.1. Run tests\n\n```sh\nopenfisca test "
          "--country-package openfisca_pays openfisca_pays/tests\n```\n")


def _repo(tests: dict) -> dict:
    files = {"setup.py": "from setuptools import setup, find_packages\n\nsetup(name='openfisca-pays', version='1.0.0', packages=find_packages())\n",
             "Makefile": "test:\n\topenfisca test --country-package openfisca_pays openfisca_pays/tests\n",
             "openfisca_pays/__init__.py": "", "openfisca_pays/entities.py": "Personne = None\n", "README.md": README}
    for k in range(8):
        files[f"openfisca_pays/variables/impot_{k}.py"] = VARIABLE.format(name=f"impot_{k}")
    return {**files, **tests}


def test_openfisca_yaml_cases_are_tests_and_the_install_heading_no_contact(tmp_path):
    tests = {f"openfisca_pays/tests/impots/domaine_{k}/impot_{k}.yaml": CASE.format(n=k, name=f"impot_{k}") for k in range(4)}
    _report, res = judge(tmp_path, _repo(tests), [TESTS, SECTIONS], name="of")
    assert res[TESTS]["details"]["test_files"] == 4, res[TESTS]["message"]
    assert "contact" not in res[SECTIONS]["details"]["found"], res[SECTIONS]["message"]


def test_near_miss_yaml_fixtures_are_no_tests_and_a_contact_heading_stays(tmp_path):
    tests = {f"openfisca_pays/tests/impots/domaine_{k}/bareme_{k}.yaml": "description: Barème\nvalues:\n  2025-01-01:\n    value: 0.1\n" for k in range(4)}
    files = _repo(tests)
    files["README.md"] = README + "\n## Contact the maintainers\n\nWrite to equipe@exemple.fr.\n"
    _report, res = judge(tmp_path, files, [TESTS, SECTIONS], name="fx")
    assert res[TESTS]["details"]["test_files"] == 0, res[TESTS]["message"]
    assert "contact" in res[SECTIONS]["details"]["found"], res[SECTIONS]["message"]
