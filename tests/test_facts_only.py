"""Checks moved behind facts run on facts alone (auditor.testing.run_with_facts): no snapshot, no network."""

from __future__ import annotations

from auditor.testing import run_with_facts


def test_licensing_dependencies_judges_the_fact_s_licences_without_the_index():
    lic = {"spdx": "MIT", "ids": ["MIT"]}
    deps = {"dependencies": [
        {"name": "left-pad", "version": "1.3.0", "license": "MIT", "dev": False, "path": "package-lock.json", "line": 12, "via": "lockfile"},
        {"name": "gpl-lib", "version": "2.0.0", "license": "GPL-3.0-only", "dev": False, "path": "package-lock.json", "line": 30, "via": "lockfile"},
        {"name": "jest", "version": "29.0.0", "license": "MIT", "dev": True, "path": "package-lock.json", "line": 40, "via": "lockfile"}],
        "inconclusive_sources": [], "offline": True}
    r = run_with_facts("licensing.dependencies", {"license": lic, "dependency_licenses": deps, "inventory": {"libraries": []}})
    assert r.status.value == "fail" and r.details["incompatible"] == 1 and r.details["dev_skipped"] == 1
    assert r.evidence[0].value["name"] == "gpl-lib" and r.evidence[0].line == 30
    offline = {"dependencies": [], "inconclusive_sources": [{"path": "requirements.txt", "reason": "2 Python dependencies without license data (offline)"}],
               "offline": True}
    r = run_with_facts("licensing.dependencies", {"license": lic, "dependency_licenses": offline, "inventory": {"libraries": []}})
    assert r.status.value == "inconclusive"
