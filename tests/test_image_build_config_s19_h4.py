"""Session 18 (c2, opt-nc/airflow-extended-image): a container build (a Dockerfile extending an Airflow image, a pinned
requirements.txt, CI workflows) has no code of its own; configuration said "No code in the repository (documentation only)".
Not applicable still, but said as it is: an infrastructure's build, naming its Dockerfile."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def test_a_container_build_is_not_documentation_only(tmp_path):
    path = build(tmp_path / "r", {
        "Dockerfile": "FROM apache/airflow:3.0.1-python3.12\nCOPY requirements.txt /\nRUN pip install --no-cache-dir -r /requirements.txt\n",
        "requirements.txt": "apache-airflow-providers-oracle==4.1.0\n",
        ".github/workflows/publish-image.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n",
        "README.md": "# Image Airflow\n\nImage Airflow étendue avec le fournisseur Oracle.\n"})
    res = results(run_audit(path, tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert res["status"] == "not_applicable", res
    assert "documentation only" not in res["message"]["en"] and "Dockerfile" in res["message"]["en"], res["message"]
    assert "Dockerfile" in res["message"]["fr"], res["message"]


def test_a_readme_of_recipes_is_still_documentation_only(tmp_path):
    path = build(tmp_path / "r", {"README.md": "# Recettes GDAL\n\n```\nogr2ogr -f GPKG out.gpkg in.shp\n```\n"})
    res = results(run_audit(path, tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert res["status"] == "not_applicable" and "documentation only" in res["message"]["en"], res
