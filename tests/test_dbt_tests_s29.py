"""dbt's SQL tests (issue 12, session 29 reader r6b, GendarmerieNationale/barometre-numerique-etl): a Meltano/dbt pipeline kept nine
singular tests in transform/tests/*.sql ("-- Make sure that the totals match"), in the folder its transform/dbt_project.yml names
(`test-paths: [tests]`), and facts.files.tests was false: SQL is no measured source, so its tests were not counted. The .sql files of
the test folders a dbt_project.yml names ("tests" when unsaid) are tests now, but a generic test's definition ({% test … %}: a kind of
test a models' .yml may apply); .sql files elsewhere, or without a dbt project, are not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

DBT_PROJECT = ("name: barometre\nversion: '1.0'\nprofile: meltano\nconfig-version: 2\nmodel-paths:\n  - models\n"
               "test-paths:\n  - {tests}\nseed-paths:\n  - data\n")
MODEL = "select date, sum(amount) as amount from {{ source('raw', 'perceval') }} group by 1\n"
TEST = ("-- Make sure that the totals match\nwith a as (select sum(amount) as a1 from {{ ref('daily') }}),\n"
        "b as (select sum(amount) as a2 from {{ ref('monthly') }})\nselect * from a, b where a1 != a2\n")
BASE = {"README.md": "# Baromètre\n\nUn pipeline de données Meltano et dbt.\n", "meltano.yml": "version: 1\nproject_id: x\n",
        "extract/run.py": "print('extract')\n", "transform/models/daily.sql": MODEL}


def _facts(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {**BASE, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.gouv.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.tests-and-ci"]))


def test_the_sql_tests_of_a_dbt_project_are_tests(tmp_path):
    out = _facts(tmp_path, {"transform/dbt_project.yml": DBT_PROJECT.format(tests="tests"), "transform/tests/test_totals.sql": TEST,
                            "transform/tests/macros/test_dates.sql": TEST})
    assert out["facts"]["files"]["tests"] is True
    inv = out["facts"]["source_inventory"]
    assert inv["test"] == 2 and inv["test_languages"] == {"dbt": 2}
    assert "transform/tests/test_totals.sql" in inv["test_examples"]


def test_a_dbt_test_folder_named_otherwise_is_read_from_the_project(tmp_path):
    out = _facts(tmp_path, {"transform/dbt_project.yml": DBT_PROJECT.format(tests="checks  # singular tests"),
                            "transform/checks/assert_totals.sql": TEST, "transform/tests/notes.sql": TEST})
    assert out["facts"]["source_inventory"]["test_examples"] == ["transform/checks/assert_totals.sql"]


def test_a_generic_tests_definition_is_no_test_run(tmp_path):
    # (dbtStaging/tests/generic/expect_column_to_exist.sql: a kind of test that no models' .yml applies tests nothing)
    generic = "{% test expect_column_to_exist(model, column_name) %}\nselect 1 where false\n{% endtest %}\n"
    out = _facts(tmp_path, {"transform/dbt_project.yml": DBT_PROJECT.format(tests="tests"), "transform/tests/generic/expect_column_to_exist.sql": generic})
    assert out["facts"]["files"]["tests"] is False


def test_sql_files_without_a_dbt_project_are_no_tests(tmp_path):
    out = _facts(tmp_path, {"sql/tests/check_totals.sql": TEST})
    assert out["facts"]["files"]["tests"] is False
    assert out["facts"]["source_inventory"]["test"] == 0
