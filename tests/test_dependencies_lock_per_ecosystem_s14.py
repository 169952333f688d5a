"""reusability.dependencies: a lockfile locks its own ecosystem (issue 12, s14 r2 gouv-nc-data/gpf-geocodeur: an Express
geocoder with Python import scripts said "3 manifests (npm, pip), 0 without a lockfile" because yarn.lock sat beside the
unpinned requirements.txt; a setup.py beside a locked pyproject.toml stays locked)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit


def _dependencies(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.dependencies"]))
    return report["results"][0]


def test_a_yarn_lock_does_not_lock_the_pip_requirements_beside_it(repo, tmp_path):
    r = _dependencies(repo, tmp_path, {
        "package.json": '{"name": "geocoder", "dependencies": {"express": "^4.19.0"}}', "yarn.lock": "# yarn lockfile v1\n",
        "requirements.txt": "pandas\nrequests\n", "requirements-mkdocs.txt": "mkdocs>=1.4,<1.5\n", "api/server.js": "require('express')\n"})
    assert "requirements.txt" in r["details"]["unlocked"], r["details"]
    assert "0 sans verrouillage" not in r["message"]["fr"], r["message"]


def test_setup_py_beside_a_locked_pyproject_stays_locked(repo, tmp_path):
    r = _dependencies(repo, tmp_path, {
        "pyproject.toml": '[project]\nname = "outil"\ndependencies = ["requests>=2"]\n', "uv.lock": "version = 1\n",
        "setup.py": "from setuptools import setup\nsetup(name='outil', install_requires=['requests>=2'])\n"})
    assert r["details"]["unlocked"] == [], r["details"]
