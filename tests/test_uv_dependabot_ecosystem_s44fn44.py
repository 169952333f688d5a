"""maintenance.dependency-updates: the Dependabot entry advised for a Python project managed with uv (a pyproject.toml beside its
uv.lock) is package-ecosystem uv, which updates the lock with the manifest, not pip (issue 12, s44 fn44 = reader rj44's
TelesCoop/solweig-gpu). Near miss: the same pyproject.toml without uv.lock keeps pip. The files are written for these tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "maintenance.dependency-updates"
PYPROJECT = ('[project]\nname = "pipeline"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = ["numpy>=1.26", "rasterio>=1.3"]\n\n'
             '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n')
CODE = {"pipeline/__init__.py": "", "pipeline/run.py": "import numpy\nimport rasterio\n\n\ndef run(path):\n    return numpy.zeros(3), rasterio.open(path)\n"}
LOCK = 'version = 1\nrequires-python = ">=3.10"\n\n[[package]]\nname = "numpy"\nversion = "1.26.4"\nsource = { registry = "https://pypi.org/simple" }\n'


def test_a_uv_project_is_advised_the_uv_ecosystem(tmp_path):
    r = check_result(tmp_path, {"pyproject.toml": PYPROJECT, "uv.lock": LOCK, **CODE}, CID)
    assert r["status"] == "fail" and "package-ecosystem: uv" in r["remediation"]["en"], r["remediation"]


def test_near_miss_without_uv_lock_pip_stays(tmp_path):
    r = check_result(tmp_path, {"pyproject.toml": PYPROJECT, **CODE}, CID)
    assert r["status"] == "fail" and "package-ecosystem: pip" in r["remediation"]["en"], r["remediation"]
