"""A dbt project's seeds are data it publishes (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

The Appuis Communs dbt project ships 23 seeds (seeds/apcom/l_appuisaeriens_materiau.csv and other code lists of the standard, examples,
expected outputs) that `dbt seed` loads; licensing.data-and-docs said "no data set or documentation to publish": seeds/ is no data
folder by its name. The CSV files of a dbt project's seed folders (its dbt_project.yml's seed-paths, seeds/ when unsaid) are data.
Near miss: the same CSV files in a seeds/ folder with no dbt project keep the verdict (a folder's name alone says nothing).
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT, LONE_SQL
from tests.test_local_authority_verdicts import judge

CHECK = "licensing.data-and-docs"
SEEDS = {"seeds/codes/l_materiau.csv": "code,libelle\nBE,Béton\nBO,Bois\n", "seeds/codes/l_nature.csv": "code,libelle\nPOT,Poteau\n",
         "seeds/exemples/supports.csv": "id,code_insee\n1,29019\n2,35238\n"}


def test_the_seeds_of_a_dbt_project_are_data(tmp_path):
    r = judge(tmp_path, {**DBT, **SEEDS}, [CHECK])[1][CHECK]
    assert r["status"] == "warn" and "data" in r["message"]["en"], r["message"]
    assert any(str(e.get("path", "")).startswith("seeds/") for e in r["evidence"]), r["evidence"]


def test_a_seeds_folder_without_a_dbt_project_is_not_data_by_its_name(tmp_path):
    r = judge(tmp_path, {**LONE_SQL, **SEEDS}, [CHECK])[1][CHECK]
    assert r["status"] == "not_applicable", r["message"]
