"""reusability.build-output: passing and failing on real git fixtures, and on facts alone."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.testing import run_with_facts


def check_result(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output"]))
    assert validate_report(report) == []
    return report["results"][0]


def test_sources_only_pass(repo, tmp_path):
    r = check_result(repo, tmp_path, {"src/app.js": "export const a = 1;\n", "build/Dockerfile": "FROM node:22\n",
                                      "package.json": '{"scripts": {"build": "vite build"}}'})
    assert r["status"] == "pass"


def test_committed_build_output_warns_with_the_paths(repo, tmp_path):
    r = check_result(repo, tmp_path, {"src/app.js": "export const a = 1;\n", "dist/app.js": "var a=1;\n",
                                      "dist/app.css": "a{}\n", "api/__pycache__/views.cpython-311.pyc": "\x00"})
    assert r["status"] == "warn" and r["details"]["files"] == 3
    assert [e["path"] for e in r["evidence"]] == ["api/__pycache__/views.cpython-311.pyc", "dist/app.css", "dist/app.js"]


def test_the_check_runs_on_facts_alone():
    inventory = {"files": 2, "categories": {"build": 1, "source": 1}, "languages": {}, "examples": {"build": ["target/app.jar"]}}
    tree = [["src/App.java", "file", 10], ["target/app.jar", "file", 10], ["target/classes/App.class", "file", 10]]
    r = run_with_facts("reusability.build-output", {"inventory": inventory, "tree": tree})
    assert r.status.value == "warn" and r.evidence[0].path == "target/app.jar"
    assert "target/ holds 2 files in all" in r.message["en"]  # the folder the counted file lies in
    assert run_with_facts("reusability.build-output", {"inventory": {**inventory, "categories": {"build": 0}}}).status.value == "pass"
    assert run_with_facts("reusability.build-output", {"inventory": ValueError("boom")}).status.value == "error"
