"""Session 43 (rv43), a State repository whose README's licence chapter calls the code an internal project.

gip-inclusion/autometa: README.md ends on "## Licence" over one line, "Projet interne GIP Plateforme de l'inclusion." — the code is
kept for its owner, as surely as by "Usage interne uniquement" (already read as proprietary, s34): facts.license was none (spdx null, status "none")
and the readme's licence section was missed. A licence chapter that states nothing ("Ce projet est développé pour …") stays silent.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

README = ("# Autometa\n\nGénère des métadonnées de jeux de données à partir de leurs fichiers.\n\n## Installation\n\n```bash\n"
          "uv sync\n```\n\n## Licence\n\n{licence}\n")
APP = {"pyproject.toml": "[project]\nname = \"autometa\"\nversion = \"0.1.0\"\n", "autometa/__init__.py": "def run():\n    return 1\n"}


def _audit(repo, tmp_path, licence: str):
    path = repo([{"files": {**APP, "README.md": README.format(licence=licence)}, "date": "2026-03-02T09:00:00Z"}],
                name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["licensing.open-license", "documentation.readme-sections"]))
    return {r["id"]: r for r in report["results"]}, report["facts"]


def test_an_internal_project_is_proprietary(repo, tmp_path):
    res, facts = _audit(repo, tmp_path, "Projet interne GIP Plateforme de l'inclusion.")
    assert facts["license"]["spdx"] == "LicenseRef-proprietary", facts["license"]
    assert "license" in facts["readme"]["sections"], facts["readme"]["sections"]
    assert res["licensing.open-license"]["status"] == "fail"


def test_the_english_wording_too(repo, tmp_path):
    _res, facts = _audit(repo, tmp_path, "Internal project of the Platform team.")
    assert facts["license"]["spdx"] == "LicenseRef-proprietary", facts["license"]


def test_a_chapter_stating_nothing_stays_silent(repo, tmp_path):
    _res, facts = _audit(repo, tmp_path, "Ce projet est développé pour l'administration française.")
    assert facts["license"]["spdx"] is None and facts["license"]["status"] == "none", facts["license"]
    assert "license" not in facts["readme"]["sections"], facts["readme"]["sections"]


def test_an_internal_project_released_under_mit_is_mit(repo, tmp_path):
    _res, facts = _audit(repo, tmp_path, "Projet interne, publié sous licence MIT.")
    assert facts["license"]["spdx"] == "MIT", facts["license"]
