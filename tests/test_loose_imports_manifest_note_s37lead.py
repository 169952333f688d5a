"""reusability.dependencies' note on the Python packages the code imports and no manifest declares says which manifests there are
(issue 12, session 37, re-reader vf37: neogeo-technologies/idgo-store, an empty requirements.txt beside a setup.py declaring
nothing, was told "No Python manifest (requirements.txt, pyproject.toml, Pipfile)"). Without any, the note says there is none.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CODE = "import celery\nimport magic\n\n\ndef kind(path):\n    return magic.from_file(path)\n\n\napp = celery.Celery('store')\n"


def _notes(tmp_path, files: dict) -> list[str]:
    make_repo(tmp_path, [{"files": {"README.md": "# Store\n\nStockage des fichiers.\n", "store/__init__.py": "", "store/tasks.py": CODE, **files},
                          "date": "2020-05-04T10:00:00Z"}])
    r = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["reusability.dependencies"]))["results"][0]
    return [e["note"]["en"] for e in r["evidence"] if e.get("kind") == "missing" and e.get("note")]


def test_empty_manifests_are_named_not_denied(tmp_path):
    notes = _notes(tmp_path, {"requirements.txt": "\n", "setup.py": "from setuptools import setup\nsetup(name='store', packages=['store'])\n"})
    assert any("requirements.txt" in n and "do not declare these packages" in n for n in notes), notes
    assert not any(n.startswith("No Python manifest") for n in notes), notes


def test_a_manifest_of_another_language_names_no_python_manifest(tmp_path):
    notes = _notes(tmp_path, {"package.json": '{"name": "store-front", "dependencies": {"dropzone": "5.9.3"}}\n'})
    assert any(n.startswith("No Python manifest") for n in notes), notes
