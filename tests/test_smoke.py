from auditor.engine import AuditOptions, audit
from auditor.report import validate_report


def test_audit_local_repo(repo, tmp_path):
    path = repo([{"files": {"README.md": "# Demo\n" + "word " * 60, "LICENSE": "MIT License\n"}, "date": "2026-01-10T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c"))
    assert validate_report(report) == []
    ids = {r["id"]: r for r in report["results"]}
    assert ids["documentation.readme"]["status"] == "pass"
    assert report["facts"]["files"]["readme"] == "README.md"
