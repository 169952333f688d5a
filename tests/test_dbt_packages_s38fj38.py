"""A dbt project's packages.yml is its dependency manifest (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

Its packages.yml (dbt_utils 0.9.2, dbt_expectations 0.6.1, dbt_profiler 0.4.1, a local ../fdr-france-data-reseau) was no manifest:
reusability.dependencies "no dependency manifest", licensing.dependencies "no declared dependency", maintenance.dependency-updates
"no dependency manifest". The packages.yml (or dependencies.yml) beside a dbt project file is now a manifest (ecosystem dbt, locked by
the package-lock.yml of its folder; neither Dependabot nor Renovate updates it). Near miss: a packages.yml with no dbt project beside
it is no manifest.
"""

from __future__ import annotations

from auditor.facts.dbt_manifest import dbt_package_names
from tests.test_dbt_project_s38fj38 import DBT, LONE_SQL
from tests.test_local_authority_verdicts import judge


def test_the_packages_of_a_dbt_project_are_its_dependencies(tmp_path):
    report, res = judge(tmp_path, DBT, ["reusability.dependencies", "licensing.dependencies", "maintenance.dependency-updates"])
    manifests = report["facts"]["manifests"]["manifests"]
    assert [(m["path"], m["ecosystem"], m["dependencies"], m["lockfile"]) for m in manifests] == [
        ("packages.yml", "dbt", ["dbt-labs/dbt_utils", "calogica/dbt_expectations", "../socle-commun"], None)]
    deps = res["reusability.dependencies"]
    assert deps["status"] == "warn" and "dbt" in deps["message"]["en"], deps["message"]
    assert res["licensing.dependencies"]["status"] == "inconclusive" and "packages.yml" in res["licensing.dependencies"]["message"]["en"]
    updates = res["maintenance.dependency-updates"]
    assert updates["status"] == "not_applicable" and "packages.yml" in updates["message"]["en"], updates["message"]
    locked = {**DBT, "package-lock.yml": "packages:\n  - package: dbt-labs/dbt_utils\n    version: 0.9.2\nsha1_hash: 0123456789abcdef\n"}
    report, res = judge(tmp_path, locked, ["reusability.dependencies"], name="l")
    assert report["facts"]["manifests"]["manifests"][0]["lockfile"] == "package-lock.yml"


def test_a_packages_yml_without_a_dbt_project_is_no_manifest(tmp_path):
    files = {**LONE_SQL, "packages.yml": "packages:\n  - package: dbt-labs/dbt_utils\n    version: 0.9.2\n"}
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    assert report["facts"]["manifests"]["manifests"] == []
    assert dbt_package_names("packages:\n  - name: flutter\n") == [] and dbt_package_names("- a\n- b\n") is None
