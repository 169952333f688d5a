"""Issue 12, session 45 fixer fe45 (Makerspace-Amiens/2025-FirefighterArmband): a documentation site's .github/dependabot.yml
watches package-ecosystem bundler in directory "/", where there is no Gemfile (the only one is docs/Gemfile): Dependabot can never
propose anything. maintenance.dependency-updates advised to "review and merge dependabot's open proposals" and
reusability.dependencies credited "update tool: dependabot". An update whose directory holds no manifest of its ecosystem is
now said so, with the directory to set, and credits no update tool. Near miss: the same configuration with the Gemfile where it
points keeps the tool. Written for the test."""

from __future__ import annotations

from auditor.facts.inventory import dependabot_misdirected
from tests.test_reusability_fixtures import build, results, run_audit

BOT = ("version: 2\nupdates:\n  - package-ecosystem: bundler\n    directory: /\n    schedule:\n      interval: daily\n"
       "    allow:\n      - dependency-type: direct\n")
GEMFILE = 'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\ngem "just-the-docs", "0.8.2"\n'
SITE = {"README.md": "# Brassard\n\nSite de documentation du brassard.\n", ".github/dependabot.yml": BOT,
        "docs/index.md": "# Accueil\n\nLe brassard guide vers le point d'eau.\n", "docs/_config.yml": "theme: just-the-docs\n"}


def _run(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["maintenance.dependency-updates", "reusability.dependencies"]))


def test_an_update_pointed_at_no_manifest_is_said_and_credits_no_tool(tmp_path):
    assert dependabot_misdirected(BOT, ["docs/Gemfile"]) == [{"ecosystem": "bundler", "directory": "/", "manifests_in": ["docs"]}]
    r = _run(tmp_path, {**SITE, "docs/Gemfile": GEMFILE})
    upd = r["maintenance.dependency-updates"]
    assert "can propose nothing" in upd["message"]["en"] and "ne peut rien proposer" in upd["message"]["fr"], upd["message"]
    assert "directory: /docs" in upd["remediation"]["en"], upd["remediation"]
    assert "update tool: none" in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]["message"]


def test_near_miss_the_manifest_where_it_points_keeps_the_tool(tmp_path):
    assert dependabot_misdirected(BOT, ["Gemfile"]) == []
    r = _run(tmp_path, {**SITE, "Gemfile": GEMFILE})
    assert "can propose nothing" not in r["maintenance.dependency-updates"]["message"]["en"]
    assert "update tool: dependabot" in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]["message"]
