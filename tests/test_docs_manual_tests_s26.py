"""A guide word below a test folder names a kind of test, not a guide (issue 12, session 26 fixer l26, s26 o2,
megalis-bretagne/opendata-extraction).

tests/integration/manuels/ held one manual test (test_compare_api_budgets.py) and documentation.docs said "Found: documentation
folder" with ``{doc_files: 0}``. A manuels/ folder outside the tests is still a documentation folder."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

DOCS = "documentation.docs"

APP = {"README.md": "# Publications\n\nL'application gère les publications opendata.\n\nVoir [requirements](requirements.txt).\n",
       "requirements.txt": "flask==1.1.4\n",
       "app/__init__.py": "def create_app():\n    return 1\n",
       "tests/integration/manuels/test_compare_api_budgets.py": "def test_compare():\n    assert 1 + 1 == 2\n",
       "tests/unit/test_app.py": "from app import create_app\n\n\ndef test_app():\n    assert create_app() == 1\n"}


def audit(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [DOCS])


def test_manual_tests_folder_is_no_documentation_folder(tmp_path):
    rep = audit(tmp_path, APP)
    assert "tests/integration/manuels" not in rep["facts"]["docs"]["docs_dirs"]
    res = next(r for r in rep["results"] if r["id"] == DOCS)
    assert "folder" not in res["details"]["found"]


def test_a_manuels_folder_outside_the_tests_stays_documentation(tmp_path):
    files = {**APP, "manuels/installation.md": "# Installation\n\nInstaller l'application.\n",
             "manuels/utilisation.md": "# Utilisation\n\nPublier un jeu de données.\n"}
    rep = audit(tmp_path, files, "m")
    assert "manuels" in rep["facts"]["docs"]["docs_dirs"]
    res = next(r for r in rep["results"] if r["id"] == DOCS)
    assert "folder" in res["details"]["found"]
