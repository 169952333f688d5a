"""Facts and checks read the audited repository's JSON through ``auditor.safejson`` (bounded size and depth): a plain
``json.loads`` on a hostile manifest (a package.json nested 100,000 levels deep) raises RecursionError and takes every fact
that reads it down with it (s18: own_bundles.py did, and tests/test_hostile.py's report lost facts.license, files and
languages)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = re.compile(r"(?<![\w.])json\.loads?\(")
PLAIN_TOML = re.compile(r"(?<![\w.])tomllib\.loads?\(")


def test_no_fact_or_check_parses_repository_json_with_plain_json():
    found = []
    for base in (ROOT / "auditor" / "facts", ROOT / "checks"):
        for path in sorted(base.rglob("*.py")):
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if PLAIN.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{no}")
    assert found == [], f"use auditor.safejson.loads on repository content: {found}"


def test_no_fact_or_check_parses_repository_toml_with_plain_tomllib():
    """s19: a Cargo.toml or gradle/libs.versions.toml holding ``a = [[[[…`` raised RecursionError through a plain
    ``tomllib.loads`` and took project_kind (and every fact and check on it) or manifests down."""
    found = []
    for base in (ROOT / "auditor" / "facts", ROOT / "checks"):
        for path in sorted(base.rglob("*.py")):
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if PLAIN_TOML.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{no}")
    assert found == [], f"use auditor.safejson.toml_loads on repository content: {found}"


def test_deep_toml_manifests_are_malformed_not_failed_facts(repo, tmp_path):
    from auditor.engine import AuditOptions, audit

    deep = "a = " + "[" * 50_000 + "\n"
    files = {"README.md": "# Outil\n", "src/main.rs": "fn main() {}\n", "Cargo.toml": deep, "build.gradle": "plugins { id 'java' }\n",
             "gradle/libs.versions.toml": deep, "src/App.java": "class App {}\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.dependencies"]))
    assert report["fact_errors"] == {}
    assert [r["status"] for r in report["results"]] != ["error"]
