"""Remediation written for the finding: a result carries what to do for this repository (``fix``: files, names,
values), the check's remediation stays the general advice; renderers show the specific one first."""

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
    assert lic["status"] == "fail" and "LICENSE" in lic["fix"]["fr"] and "EUPL-1.2" in lic["fix"]["fr"]
    conf = by_id["reusability.configuration"]
    assert "DATABASE_URL" in conf["fix"]["fr"] and "app.py" in conf["fix"]["fr"] and ".env.example" in conf["fix"]["en"]
    comm = by_id["documentation.community-files"]
    assert "CONTRIBUTING.md" in comm["fix"]["fr"] and "SECURITY.md" in comm["fix"]["en"]
    sections = by_id["documentation.readme-sections"]
    assert "README.md" in sections["fix"]["fr"] and "## Contact" in sections["fix"]["fr"] and "## Installation" not in sections["fix"]["fr"]
    # the specific text comes first, the general one stays as advice
    html = render(report, "html", "fr")
    assert "DATABASE_URL (app.py:2)" in html and "En général" in html
    md = render(report, "md", "en")
    assert "In general" in md and "CARTO\\_API\\_KEY" in md
    assert "DATABASE_URL" in render(report, "terminal", "fr")


def test_no_fix_when_nothing_is_missing(repo, tmp_path):
    _, by_id = _audit(repo, tmp_path, {"README.md": "# x\n", "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge\n",
                                       ".env.example": "DATABASE_URL=postgres://localhost/db\n",
                                       "app.py": "import os\nDB = os.environ['DATABASE_URL']\n"})
    assert "fix" not in by_id["reusability.configuration"]
