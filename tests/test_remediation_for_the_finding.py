"""Remediation written for the finding: a result carries what to do for this repository (files, names, values,
the licence to choose, the command to run) in place of the check's general remediation, which stays the fallback
(``Result.advise``; ``remediation_for_finding`` in the report says which one it is)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.reports import render


def _audit(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2025-06-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True))
    assert validate_report(report) == []
    return report, {r["id"]: r for r in report["results"]}


def test_fix_names_files_settings_and_sections(repo, tmp_path):
    report, by_id = _audit(repo, tmp_path, {
        "README.md": "# Outil\n\n" + "Le service calcule les indicateurs de chaque commune. " * 10 + "\n\n## Installation\n\nnpm ci\n",
        "app.py": "import os\nDB = os.environ['DATABASE_URL']\nKEY = os.getenv('CARTO_API_KEY')\n",
    })
    lic = by_id["licensing.license-file"]
    assert lic["status"] == "fail" and "LICENSE" in lic["remediation"]["fr"] and "EUPL-1.2" in lic["remediation"]["fr"]
    conf = by_id["reusability.configuration"]
    assert "DATABASE_URL" in conf["remediation"]["fr"] and "app.py" in conf["remediation"]["fr"] and ".env.example" in conf["remediation"]["en"]
    comm = by_id["documentation.community-files"]
    assert "CONTRIBUTING.md" in comm["remediation"]["fr"] and "SECURITY.md" in comm["remediation"]["en"]
    sections = by_id["documentation.readme-sections"]
    assert "README.md" in sections["remediation"]["fr"] and "## Contact" in sections["remediation"]["fr"] and "## Installation" not in sections["remediation"]["fr"]
    assert all(by_id[c]["remediation_for_finding"] for c in ("licensing.license-file", "reusability.configuration",
                                                             "documentation.community-files", "documentation.readme-sections"))
    # the action plan and every renderer show the finding's text
    plan = {p["id"]: p for p in report["action_plan"]}
    assert plan["licensing.license-file"]["remediation"] == lic["remediation"] and plan["licensing.license-file"]["remediation_for_finding"]
    html = render(report, "html", "fr")
    assert "DATABASE_URL (app.py:2)" in html
    md = render(report, "md", "en")
    assert "CARTO\\_API\\_KEY" in md
    assert "DATABASE_URL" in render(report, "terminal", "fr")


def test_no_fix_when_nothing_is_missing(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": "# x\n", "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge\n",
                                       ".env.example": "DATABASE_URL=postgres://localhost/db\n",
                                       "app.py": "import os\nDB = os.environ['DATABASE_URL']\n"})
    conf = by_id["reusability.configuration"]
    assert "remediation_for_finding" not in conf and conf["remediation"]["fr"]  # the general text, as the fallback
