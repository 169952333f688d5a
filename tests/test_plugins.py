"""Third-party checks load from the entry-point group ``auditor.checks``; a broken plugin is
reported in the audit's notes and never stops it."""

from __future__ import annotations

import importlib

import pytest

import auditor.checks as checks_pkg
from auditor.checks.interface import REGISTRY
from auditor.engine import AuditOptions, audit

PLUGIN = '''
from auditor.checks.interface import Evidence, Result, T, check

@check(id="documentation.territory-glossary", family="documentation", effort="hours",
       title=T("Un glossaire local existe", "A local glossary exists"),
       rationale=T("Les agents d'un autre territoire comprennent les termes.", "Agents of another territory understand the terms."),
       remediation=T("Ajoutez GLOSSAIRE.md.", "Add GLOSSAIRE.md."))
def glossary(ctx):
    if "GLOSSAIRE.md" in ctx.snapshot.files:
        return Result.passed(T("Glossaire présent.", "Glossary present."), [Evidence(path="GLOSSAIRE.md")])
    return Result.fail(T("Pas de glossaire.", "No glossary."))
'''


@pytest.fixture
def plugin_dist(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "programme_checks.py").write_text(PLUGIN)
    dist = site / "programme_checks-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: programme-checks\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[auditor.checks]\nglossary = programme_checks\nbroken = no_such_module_for_auditor\n")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    monkeypatch.setattr(checks_pkg, "_loaded", False)
    checks_pkg.PLUGIN_ERRORS.clear()
    yield
    REGISTRY.pop("documentation.territory-glossary", None)
    checks_pkg.PLUGIN_ERRORS.clear()


def test_entry_point_checks_run_and_broken_plugins_are_reported(plugin_dist, repo, tmp_path):
    registry = checks_pkg.load_checks()
    assert registry["documentation.territory-glossary"].source == "programme_checks"
    assert any("broken" in e for e in checks_pkg.PLUGIN_ERRORS)
    rs = tmp_path / "rs.yml"
    rs.write_text("id: programme\nversion: '1'\nextends: guichet-selection\nchecks:\n  documentation.territory-glossary: {weight: 2}\n")
    path = repo([{"files": {"GLOSSAIRE.md": "# Glossaire\n", "README.md": "# x\n"}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", ruleset=str(rs)))
    r = {x["id"]: x for x in report["results"]}["documentation.territory-glossary"]
    assert r["status"] == "pass" and r["evidence"][0]["path"] == "GLOSSAIRE.md"
    assert any("broken" in n["en"] for n in report["notes"])
