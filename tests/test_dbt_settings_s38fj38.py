"""A dbt project's variables and connection profile are its settings (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

Once read as a data pipeline, the Appuis Communs dbt project was "a command-line tool with no setting at all" (reusability.configuration
n/a), though its dbt_project.yml declares its variables with comments (limit, use_example, enableArrayLinked…, read by var() in the
models and overridden by `dbt run --vars`). A dbt_project.yml's non-empty ``vars:`` mapping, and a profiles.yml's profile (target,
outputs, an adapter type), are settings declared the way dbt expects. Near miss: a dbt project without variables nor profile keeps
the verdict "no setting at all".
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.configuration"
NO_VARS = {**DBT, "dbt_project.yml": "name: 'poteaux'\nversion: '0.1'\nprofile: 'poteaux'\nconfig-version: 2\n\nmodel-paths: [\"models\"]\n"}


def test_the_vars_of_a_dbt_project_are_its_settings(tmp_path):
    r = judge(tmp_path, DBT, [CHECK])[1][CHECK]
    assert r["status"] == "pass" and "dbt" in r["message"]["en"] and "dbt_project.yml" in r["message"]["en"], r["message"]


def test_a_dbt_profile_is_a_setting(tmp_path):
    profile = ("poteaux:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: localhost\n"
               "      user: \"{{ env_var('DBT_USER') }}\"\n      password: \"{{ env_var('DBT_PASSWORD') }}\"\n      dbname: poteaux\n")
    r = judge(tmp_path, {**NO_VARS, "profiles/profiles.yml": profile}, [CHECK])[1][CHECK]
    assert r["status"] != "not_applicable" and "profiles/profiles.yml" in str(r["evidence"]), r["message"]


def test_a_dbt_project_without_variables_has_no_setting(tmp_path):
    r = judge(tmp_path, NO_VARS, [CHECK])[1][CHECK]
    assert r["status"] == "not_applicable" and "no setting at all" in r["message"]["en"], r["message"]
