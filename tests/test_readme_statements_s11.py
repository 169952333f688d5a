"""Session 11 (issue 12): what a README states, read as it is meant. A README licence badge or line reserving the rights is a licence
statement, so npm's default ``"license": "ISC"`` no longer stands alone as the open licence."""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit

LICENSING = ["licensing.open-license", "licensing.consistent"]
DJANGO = {"manage.py": "import django\n", "app/settings.py": "INSTALLED_APPS = []\n", "app/views.py": "def home(request):\n    return None\n"}


@pytest.fixture
def run(repo, tmp_path):
    def go(files: dict, only):
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=only))
        return {r["id"]: r for r in report["results"]}, report["facts"]
    return go


@pytest.mark.parametrize("statement", ["[![Licence](https://img.shields.io/badge/Licence-Propri%C3%A9taire-red)]()",
                                       "- **Licence** : Tous droits réservés",
                                       "## Licence\n\nCe code est la propriété de la communauté de communes. Tous droits réservés."])
def test_a_readme_reserving_the_rights_contradicts_npm_default_isc(run, statement):
    readme = f"# Site de la communauté de communes\n\n{statement}\n\nSite institutionnel en Django.\n"
    res, facts = run({**DJANGO, "README.md": readme, "package.json": json.dumps({"name": "site", "author": "", "license": "ISC"})}, LICENSING)
    lic = facts["license"]
    assert lic["spdx"] is None and lic["conflict"], lic
    assert any(s["kind"] == "readme" and s["ids"] == ["LicenseRef-proprietary"] for s in lic["sources"])
    assert res["licensing.open-license"]["status"] != "pass", res["licensing.open-license"]["message"]
    consistent = res["licensing.consistent"]
    assert consistent["status"] != "pass" and any(e.get("path") == "README.md" for e in consistent["evidence"]), consistent


def test_a_licence_section_to_be_decided_states_nothing(run):
    readme = "# Outil interne\n\nGestion des salles.\n\n## Licence\n\n[À définir]\n"
    res, facts = run({**DJANGO, "README.md": readme, "package.json": json.dumps({"name": "x", "license": "MIT"})}, LICENSING)
    assert facts["license"]["spdx"] == "MIT" and not facts["license"]["conflict"]
    assert res["licensing.open-license"]["status"] == "pass"
