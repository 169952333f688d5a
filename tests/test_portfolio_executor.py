"""The portfolio runner takes any concurrent.futures.Executor; audit_project is the pure, picklable
seam a worker process runs (no file written, no shared state)."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

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


def test_a_batch_on_worker_processes_gives_the_reports_of_a_serial_one(repo, tmp_path):
    from auditor.executors import make_executor

    paths = [repo([{"files": {"README.md": README + str(i), "app.py": f"print({i})\n"}}], name=f"p{i}") for i in range(3)]
    portfolio = tmp_path / "portfolio.yml"
    portfolio.write_text("projects:\n" + "".join(f"- {{id: p{i}, repository: '{p}'}}\n" for i, p in enumerate(paths)), encoding="utf-8")

    def reports(name, executor):
        opts = BatchOptions(output=tmp_path / name, audit=AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True), jobs=2,
                            history=False, progress="none")
        run_batch(portfolio, opts, executor=executor)
        out = {}
        for i in range(3):
            r = json.loads((tmp_path / name / "projects" / f"p{i}.json").read_text())
            out[i] = [(x["id"], x["status"], x["score"], x["message"]) for x in r["results"]] + [r["scores"]["overall"]]
        return out

    with make_executor("process", 2) as ex:
        in_workers = reports("workers", ex)
    assert in_workers == reports("serial", SerialExecutor())


def test_the_workers_server_compiles_the_patterns_every_audit_would_compile():
    """The batch's workers are forked from a server that has compiled the auditor's regular expressions
    (they are compiled on first use: each worker's first audit compiled them again)."""
    code = ("import auditor.warmup\nfrom auditor import lazyre\n"
            "print(len(lazyre._ALL), sum(1 for p in lazyre._ALL if p._rx is None))")
    made, left = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())
    assert made > 300 and left == 0


def test_the_portfolio_pages_can_be_prepared_before_the_batch_ends():
    from auditor.reports import dashboard, prepare_portfolio

    dashboard._env.cache_clear()
    prepare_portfolio()
    assert any("dashboard.html.j2" in str(k) for k in dashboard._env().cache.keys())
    # the spreadsheet's writer too (its import was a tenth of a second or more at the batch's end)
    code = "import sys\nfrom auditor.reports import prepare_portfolio\nprepare_portfolio()\nprint('openpyxl.styles' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "True"
