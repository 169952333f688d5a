"""A changelog named for the project (issue 12, session 29 reader r6b, CNES/floodml): the project keeps the record of its changes in
Docs/FloodML_changelog.txt ("Suppression / Ajout / Modification" lists, updated commit after commit) and facts.files.changelog was
null: only the standard names (CHANGELOG, HISTORY, NEWS…) were taken. A file named <name>_changelog or changelog-<part> (.md, .txt,
.rst) at the root, one folder down or in the documentation is the changelog now; a template of one, or one deep in the code, is not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

NOTES = "Suppression\n\tChain/DEM.py\n\tCommon/demo_tools.py\n\nAjout\n\tdeep_learning/Predict.py\n\nModification\n\tREADME.md\n"
BASE = {"README.md": "# FloodML\n\nFlood mapping from Sentinel-1 and Sentinel-2 images.\n", "floodml/__init__.py": "x = 1\n"}


def _files(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {**BASE, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.gouv.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))["facts"]["files"]


def test_a_changelog_named_for_the_project_in_its_docs_is_the_changelog(tmp_path):
    assert _files(tmp_path, {"Docs/FloodML_changelog.txt": NOTES, "Docs/manual.rtf": "{\\rtf1 manual}\n"})["changelog"] == "Docs/FloodML_changelog.txt"


def test_a_changelog_template_is_none(tmp_path):
    assert _files(tmp_path, {".github/changelog_template.md": "## [version]\n\n### Added\n"})["changelog"] is None


def test_the_standard_changelog_comes_first(tmp_path):
    assert _files(tmp_path, {"CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- first\n", "CHANGELOG-api.md": NOTES})["changelog"] == "CHANGELOG.md"
