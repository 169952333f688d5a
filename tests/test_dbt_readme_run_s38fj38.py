"""A dbt project's README giving its run under a plain label (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

The Appuis Communs README says "Regular (incremental) run :" over a fenced ``dbt run --target prod --select apcom.src tag:incremental``,
no heading: documentation.readme-sections said "missing: usage". A plain label naming the use over the command that runs the project
with the tool its project file is written for (``dbt run`` or ``dbt build``, a dbt_project.yml in the repository) is the usage, as a
script of the project run with its arguments is. Near misses: the same README without a dbt project (the command runs nothing of the
repository), and ``dbt test`` under the label (the developers' checks, no run).
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT, LONE_SQL
from tests.test_local_authority_verdicts import judge

CHECK = "documentation.readme-sections"


def _sections(tmp_path, files, name="r"):
    report, res = judge(tmp_path, files, [CHECK], name=name)
    return report["facts"]["readme"]["sections"], res[CHECK]


def test_a_labelled_dbt_run_is_the_usage(tmp_path):
    sections, r = _sections(tmp_path, DBT)
    assert "usage" in sections and "usage" not in r["details"]["missing"], r["message"]


def test_without_a_dbt_project_or_with_dbt_test_no_usage(tmp_path):
    sections, _ = _sections(tmp_path, {**LONE_SQL, "README.md": DBT["README.md"]})
    assert "usage" not in sections
    sections, _ = _sections(tmp_path, {**DBT, "README.md": DBT["README.md"].replace("dbt run --target prod", "dbt test --target prod")}, name="t")
    assert "usage" not in sections
