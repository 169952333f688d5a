"""A dbt project's models and macros are its source code (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

reusability.tests-and-ci said "1 test file(s) for 0 source file(s) (ratio 0.00)" of the Appuis Communs dbt project: its 80 models and
macros, SQL with Jinja that `dbt run` compiles and runs, counted as no source (SQL is no measured source elsewhere), while its models'
YAML applying dbt's generic tests counted as a test. The .sql files of a dbt project's model, macro, snapshot and analysis folders are
now source files (language dbt), its test folders' the tests. Near miss: a lone SQL model with no dbt project counts no source file.
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT, LONE_SQL
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.tests-and-ci"


def test_the_models_and_macros_of_a_dbt_project_are_its_source(tmp_path):
    files = {**DBT, "tests/assert_poteaux_positifs.sql": "select * from {{ ref('poteaux_kpi_commune') }} where nb < 0\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert r["details"]["source_files"] == 6 and r["details"]["test_files"] == 2, r["message"]
    assert "2 test file(s) for 6 source file(s)" in r["message"]["en"], r["message"]


def test_a_lone_sql_model_counts_no_source_file(tmp_path):
    r = judge(tmp_path, LONE_SQL, [CHECK])[1][CHECK]
    assert (r.get("details") or {}).get("source_files", 0) == 0, r["message"]
