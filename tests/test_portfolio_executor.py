"""The portfolio runner takes any concurrent.futures.Executor; audit_project is the pure, picklable
seam a worker process runs (no file written, no shared state)."""

from __future__ import annotations

import json
import pickle

from auditor.engine import AuditOptions
from auditor.executors import SerialExecutor
from auditor.portfolio import BatchOptions, Project, ProjectOptions, audit_project, run_batch
from auditor.report import validate_report
from tests.test_batch import closed_port_url

README = "# Observatoire\n\n" + "Un outil pour suivre le plan climat du territoire. " * 12


def test_audit_project_is_pure_and_picklable(repo, tmp_path):
    path = repo([{"files": {"README.md": README, "LICENSE": "MIT License\n"}}])
    entry = Project(id="obs", name="Observatoire", url=str(path), line=1, phase="candidate", territory="Grenoble", tags=["climat"])
    options = ProjectOptions(audit=AuditOptions(cache_dir=tmp_path / "c", offline=True), lang="fr")
    fn, args = pickle.loads(pickle.dumps((audit_project, (entry, options))))
    before = set(tmp_path.iterdir())
    report = fn(*args)
    assert validate_report(report) == []
    assert report["project"] == {"id": "obs", "name": "Observatoire", "phase": "candidate", "territory": "Grenoble", "tags": ["climat"]}
    assert {p for p in tmp_path.iterdir() if p.name != "c"} <= before  # nothing written but the cache


def test_the_runner_drives_a_given_executor(repo, tmp_path):
    a = repo([{"files": {"README.md": README}}], name="a")
    b = repo([{"files": {"README.md": README, "LICENSE": "MIT License\n"}}], name="b")
    portfolio = tmp_path / "portfolio.yml"
    portfolio.write_text(f"projects:\n- {{id: a, name: A, repository: '{a}'}}\n- {{id: b, name: B, repository: '{b}'}}\n"
                         f"- {{id: gone, name: Gone, repository: '{closed_port_url()}'}}\n", encoding="utf-8")
    opts = BatchOptions(output=tmp_path / "out", audit=AuditOptions(cache_dir=tmp_path / "c", offline=True), jobs=2,
                        history=False, progress="none")
    summary = run_batch(portfolio, opts, executor=SerialExecutor())
    assert (summary["total"], summary["ok"], summary["failed"]) == (3, 2, 1)
    manifest = json.loads((tmp_path / "out" / "batch.json").read_text())
    assert [p["status"] for p in manifest["projects"]] == ["ok", "ok", "failed"]
    assert (tmp_path / "out" / "portfolio.xlsx").read_bytes()[:2] == b"PK"
