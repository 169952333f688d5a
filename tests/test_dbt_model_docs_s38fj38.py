"""A dbt project describes its models in their YAML (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

documentation.code-comments judged the Appuis Communs dbt project as a SQL model ("0 % … documented by COMMENT ON (0/1)" over 80 SQL
files), then, once a pipeline, on its SQL comment lines alone. dbt documents a model by the ``description:`` of the model and of its
columns in the models' YAML (what dbt docs shows; persist_docs writes them as COMMENT ON): the check now weighs the share of models and
columns described there against the coverage target and the SQL comment lines against the density target. Near miss: a lone SQL model
with no dbt project is still judged on its COMMENT ON.
"""

from __future__ import annotations

from auditor.facts.dbt_docs import model_descriptions
from tests.test_dbt_project_s38fj38 import DBT, LONE_SQL
from tests.test_local_authority_verdicts import judge

CHECK = "documentation.code-comments"


def test_the_models_yaml_descriptions_are_read():
    found = model_descriptions([DBT["models/schema.yml"], "models:\n  - name: autre\n    description: ''\n  - {columns: []}\n", ": ["])
    assert found == {"poteaux_std_unifie": (True, 1, 1), "autre": (False, 0, 0)}


def test_a_dbt_project_is_judged_on_its_models_descriptions(tmp_path):
    r = judge(tmp_path, DBT, [CHECK])[1][CHECK]
    assert "dbt" in r["message"]["en"] and "1 of 5 model(s)" in r["message"]["en"], r["message"]
    assert r["status"] in ("warn", "fail") and r["details"]["dbt_described"] == 1
    described = {**DBT, "models/schema.yml": DBT["models/schema.yml"] + "".join(
        f"  - name: {n}\n    description: ce que le modèle {n} calcule\n"
        for n in ("poteaux_src_osm", "poteaux_src_gestionnaire", "poteaux_std_carte", "poteaux_kpi_commune"))}
    for path in ("models/src/poteaux_src_osm.sql", "models/std/poteaux_std_carte.sql"):
        described[path] = "-- ce que fait ce modèle, ligne à ligne\n-- et pourquoi\n" + DBT[path]
    r = judge(tmp_path, described, [CHECK], name="d")[1][CHECK]
    assert r["status"] == "pass" and "5 of 5 model(s)" in r["message"]["en"], r["message"]


def test_a_lone_sql_model_is_still_judged_on_its_comment_on(tmp_path):
    r = judge(tmp_path, LONE_SQL, [CHECK])[1][CHECK]
    assert "COMMENT ON" in r["message"]["en"] and "dbt" not in r["message"]["en"], r["message"]
