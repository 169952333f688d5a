"""One registration mechanism: checks, facts and renderers, built-in or third-party, come from entry
points; every built-in check is in a shipped ruleset; a plugin's check missing from the ruleset is
reported, never silently skipped."""

from __future__ import annotations

import importlib
from importlib import resources

import pytest

import auditor.checks as checks_pkg
import auditor.facts as facts_pkg
import auditor.reports as reports_pkg
from auditor.checks.interface import REGISTRY
from auditor.engine import AuditOptions, audit
from auditor.facts import FACTS
from auditor.report import validate_report
from auditor.ruleset import load_ruleset

PLUGIN = '''
from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import fact
from auditor.reports import Renderer


@fact("glossary", version=1)
def glossary_fact(ctx):
    return {"path": next((p for p in sorted(ctx.snapshot.files) if p.upper().startswith("GLOSSAIRE")), None)}


@check(id="documentation.territory-glossary", family="documentation", effort="hours",
       title=T("Un glossaire local existe", "A local glossary exists"),
       rationale=T("Les agents d'un autre territoire comprennent les termes.", "Agents of another territory understand the terms."),
       remediation=T("Ajoutez GLOSSAIRE.md.", "Add GLOSSAIRE.md."))
def glossary(ctx):
    path = ctx.fact("glossary")["path"]
    if path:
        return Result.passed(T("Glossaire présent.", "Glossary present."), [Evidence(path=path)])
    return Result.fail(T("Pas de glossaire.", "No glossary."))


def render_ids(report, lang="fr", **_):
    return "\\n".join(r["id"] for r in report["results"]) + "\\n"


IDS = Renderer("ids", "programme_plugin:render_ids", "ids", "text/plain")
'''


@pytest.fixture
def plugin_dist(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "programme_plugin.py").write_text(PLUGIN)
    dist = site / "programme_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: programme-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[auditor.checks]\nglossary = programme_plugin\n\n[auditor.facts]\nglossary = programme_plugin\n\n"
                                           "[auditor.renderers]\nids = programme_plugin:IDS\n")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    monkeypatch.setattr(checks_pkg, "_loaded", False)
    monkeypatch.setattr(facts_pkg, "_loaded", False)
    monkeypatch.setattr(reports_pkg, "_REGISTRY", None)
    yield
    REGISTRY.pop("documentation.territory-glossary", None)
    FACTS.pop("glossary", None)
    reports_pkg._REGISTRY = None


def test_every_builtin_check_is_in_a_shipped_ruleset():
    builtin = {cid for cid, spec in checks_pkg.load_checks().items() if spec.source.startswith("auditor.checks.")}
    shipped = [p.name.removesuffix(".yml") for p in resources.files("auditor.rulesets").iterdir() if p.name.endswith(".yml")]
    listed = set()
    for name in shipped:
        listed |= set(load_ruleset(name).data.get("checks") or {})
    assert len(builtin) >= 30
    assert sorted(builtin - listed) == []


def test_builtin_renderers_are_objects_with_their_file_kind():
    reg = reports_pkg.registry()
    assert {"json", "html", "md", "sarif", "codequality", "csv", "terminal"} <= set(reports_pkg.formats())
    assert reg["html"].media_type == "text/html" and reg["html"].extension == "html" and not reg["html"].binary
    assert reg["portfolio-xlsx"].binary and reg["portfolio-xlsx"].scope == "portfolio"
    assert "portfolio-xlsx" not in reports_pkg.formats()
    assert reports_pkg.format_for_extension(".htm") == "html" and reports_pkg.format_for_extension("sarif") == "sarif"


def test_a_plugin_adds_a_check_a_fact_and_a_renderer_and_an_unlisted_check_is_reported(plugin_dist, repo, tmp_path):
    assert checks_pkg.load_checks()["documentation.territory-glossary"].source == "programme_plugin"
    assert "glossary" in facts_pkg.load_facts()
    assert "ids" in reports_pkg.formats()
    path = repo([{"files": {"GLOSSAIRE.md": "# Glossaire\n", "README.md": "# x\n"}}])
    # Not in the ruleset: not run, and said so.
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", ruleset="guichet-selection"))
    assert validate_report(report) == []
    assert "documentation.territory-glossary" not in {r["id"] for r in report["results"]}
    assert any("documentation.territory-glossary" in n["en"] and "not run" in n["en"] for n in report["notes"])
    # One ruleset line runs it; the plugin's renderer renders the report.
    rs = tmp_path / "rs.yml"
    rs.write_text("id: programme\nversion: '1'\nextends: guichet-selection\nchecks:\n  documentation.territory-glossary: {weight: 2}\n")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", ruleset=str(rs)))
    r = {x["id"]: x for x in report["results"]}["documentation.territory-glossary"]
    assert r["status"] == "pass" and r["evidence"][0]["path"] == "GLOSSAIRE.md"
    assert not any("territory-glossary" in n["en"] for n in report["notes"])
    assert "documentation.territory-glossary" in reports_pkg.render(report, "ids").splitlines()
