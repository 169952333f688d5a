"""documentation.community-files and facts.files: an empty CHANGELOG.md (0 bytes, or blank lines only) was counted as present
(issue 12, s21 r2, e-Collectivites/pleiade-custom-theme). A community file that says nothing is not there for a reader."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "documentation.community-files"


def _run(repo, tmp_path, changelog):
    files = {"README.md": "# Thème\n\nUn thème Drupal.\n", "CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n"}
    if changelog is not None:
        files["CHANGELOG.md"] = changelog
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0], report["facts"]["files"]["changelog"]


def test_an_empty_changelog_is_missing(repo, tmp_path):
    r, fact = _run(repo, tmp_path, "")
    assert "changelog" in r["details"]["missing"] and fact is None


def test_a_blank_changelog_is_missing(repo, tmp_path):
    r, fact = _run(repo, tmp_path, "\n\n   \n")
    assert "changelog" in r["details"]["missing"] and fact is None


def test_a_written_changelog_is_present(repo, tmp_path):
    r, fact = _run(repo, tmp_path, "# Changelog\n\n## 1.0.0\n\n- Première version.\n")
    assert "changelog" in r["details"]["present"] and fact == "CHANGELOG.md"
