"""Batch internals: tokens never leak, a crashing audit stays one project's failure, progress on a terminal and in CI."""

from __future__ import annotations

import io
import json
from unittest import mock

from auditor.portfolio import Outcome, Progress, Project, load_portfolio
from auditor.portfolio import with_token as _with_token
from auditor.target import parse_target
from tests.gitrepo import make_repo
from tests.test_batch import README, run_cli, write_portfolio


def test_token_goes_to_the_config_and_to_git_as_a_header_only(monkeypatch):
    from auditor.acquire import auth_env

    monkeypatch.setenv("VILLE_TOKEN", "glpat-SECRET123")
    p = Project(id="v", name="V", url="https://gitlab.com/ville/app", line=1, token_env="VILLE_TOKEN")
    target, tokens, warning = _with_token(parse_target(p.url), p)
    assert tokens == {"gitlab.com": "glpat-SECRET123"} and warning is None
    assert target.secret_url is None  # never in a URL on a command line
    env = auth_env(target, tokens["gitlab.com"])
    assert env["GIT_CONFIG_KEY_0"] == "http.https://gitlab.com/.extraHeader" and "SECRET" not in env["GIT_CONFIG_VALUE_0"]
    assert "SECRET" not in repr(target) and "SECRET" not in json.dumps(target.to_dict())
    assert "SECRET" not in json.dumps(p.public())
    monkeypatch.delenv("VILLE_TOKEN")
    target, tokens, warning = _with_token(parse_target(p.url), p)
    assert tokens == {} and "VILLE_TOKEN is not set" in warning


def test_a_crashing_audit_is_recorded_and_the_others_run(tmp_path):
    a = make_repo(tmp_path / "a", [{"files": {"README.md": README}}])
    b = make_repo(tmp_path / "b", [{"files": {"README.md": README}}])
    pf = write_portfolio(tmp_path / "pf.yml", [{"id": "a", "repository": str(a)}, {"id": "b", "repository": str(b)}])
    import auditor.engine

    real = auditor.engine.audit

    def flaky(target, options=None, ruleset=None):
        if target.name == "b":
            raise RecursionError("boom in a check plugin")
        return real(target, options, ruleset)

    with mock.patch.object(auditor.engine, "audit", flaky):
        # the patch is in this process: threads (worker processes, the default for --jobs 2, would not see it)
        r = run_cli("batch", str(pf), "-o", str(tmp_path / "out"), "--jobs", "2", "--executor", "thread", "--no-history")
    assert r.returncode == 1, r.stderr  # one audit crashed: the batch says so by its exit code
    manifest = json.loads((tmp_path / "out" / "batch.json").read_text())
    st = {p["id"]: p for p in manifest["projects"]}
    assert st["a"]["status"] == "ok"
    assert st["b"]["status"] == "failed" and st["b"]["kind"] == "crash" and "RecursionError: boom" in st["b"]["reason"]
    assert "boom in a check plugin" in (tmp_path / "out" / "index.html").read_text()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_log_lines_in_ci(monkeypatch):
    p1, p2 = Project("p1", "P1", "x", 1), Project("p2", "P2", "y", 2)
    rep = {"scores": {"overall": 50.0, "level": {"id": "publie"}}}
    monkeypatch.delenv("CI", raising=False)
    tty = _Tty()
    bar = Progress(2, "auto", tty, lang="fr")
    assert bar.mode == "bar"
    bar.begin()  # before the ruleset, the facts and the workers load
    assert "Projets audités" in tty.getvalue() and "0/2" in tty.getvalue()
    bar.start(p1)
    bar.start(p2)
    bar.step("p1", "checks", 3, 50, "La licence est autorisée")
    bar.tick()
    shown = tty.getvalue()
    assert "Projets audités" in shown and "p1 — Contrôle — La licence est autorisée" in shown and "3/50" in shown
    assert "p2 — Récupération du dépôt" in shown  # a project shows its first step as soon as it starts
    bar.finish(Outcome(p1, "ok", report=rep, duration=1.0))
    bar.step("p1", "checks", 4, 50, "late event")  # a step after its project ended is never shown
    bar.tick()
    bar.finish(Outcome(p2, "failed", kind="timeout", reason="clone timed out"))
    bar.close()
    out = tty.getvalue()
    assert "late event" not in out and "2/2" in out and "1 en échec" in out and "p2: clone timed out" in out
    monkeypatch.setenv("CI", "true")
    log = _Tty()
    plain = Progress(2, "auto", log)
    assert plain.mode == "log" and not plain.wants_steps
    plain.finish(Outcome(p1, "ok", report=rep, duration=1.0))
    plain.finish(Outcome(p2, "failed", kind="timeout", reason="clone timed out"))
    assert "\r" not in log.getvalue()
    assert log.getvalue().splitlines() == ["batch: [1/2] ok p1: level publie, score 50.0 in 1.0s",
                                           "batch: [2/2] FAILED p2 (timeout): clone timed out"]


class _Recorder(Progress):
    """The terminal display, recording the steps it applied and when each project ended."""

    def __init__(self, total, mode, lang="fr"):
        super().__init__(total, "bar", _Tty(), lang=lang)
        self.seen: list[tuple] = []

    def step(self, project_id, step, done, total, detail=""):
        if project_id in self.running:
            self.seen.append((project_id, step, done))
        super().step(project_id, step, done, total, detail)

    def finish(self, outcome):
        self.seen.append((outcome.project.id, "end", None))
        super().finish(outcome)


def _batch_with(tmp_path, name, executor, recorder):
    from concurrent.futures import ProcessPoolExecutor  # noqa: F401 - documented by the callers
    import auditor.portfolio.runner as runner
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions
    from auditor.portfolio import BatchOptions, run_batch

    repos = [make_repo(tmp_path / "repos" / n, [{"files": {"README.md": README, "app.py": f"print({i})\n"}}]) for i, n in enumerate("ab")]
    pf = write_portfolio(tmp_path / f"{name}.yml", [{"id": n, "repository": str(r)} for n, r in zip("ab", repos)])
    made: list[Progress] = []

    def make(total, mode, lang="fr"):
        made.append(recorder(total, mode, lang) if recorder else Progress(total, "none"))
        return made[-1]

    opts = AuditOptions(offline=True, cache_dir=tmp_path / "cache", config=AuditConfig(cache_dir=tmp_path / "cache", offline=True, network=False))
    with mock.patch.object(runner, "Progress", make):
        summary = run_batch(pf, BatchOptions(output=tmp_path / name, audit=opts, jobs=2, history=False), executor=executor)
    reports = {r["id"]: json.loads((tmp_path / name / r["report_json"]).read_text()) for r in summary["rows"]}
    verdicts = {pid: [(r["id"], r["status"], r["score"]) for r in rep["results"]] + [rep["scores"]["overall"]] for pid, rep in reports.items()}
    return made[0], verdicts


def _steps_in_order(seen):
    for pid in ("a", "b"):
        mine = [s for s in seen if s[0] == pid]
        assert mine[-1][1] == "end" and [s[1] for s in mine].count("end") == 1  # nothing shown after the end
        checks = [s[2] for s in mine if s[1] == "checks"]
        assert checks and checks == sorted(checks) and checks[0] == 0  # every check's step, in the order the worker ran them
        assert [s[1] for s in mine][:2] == ["acquire", "snapshot"]


def test_batch_steps_come_back_from_worker_threads_and_change_no_result(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")
    shown, with_display = _batch_with(tmp_path, "shown", None, _Recorder)
    _steps_in_order(shown.seen)
    # which steps are on screen when it is redrawn depends on the machine's speed (on a loaded one, a project's
    # steps can all arrive between two redraws): the bar is there; how a step is shown is test_progress_bar_…'s
    assert "Projets audités" in shown.stream.getvalue() and "2/2" in shown.stream.getvalue()
    _, quiet = _batch_with(tmp_path, "quiet", None, None)
    assert with_display == quiet


def test_batch_steps_come_back_from_worker_processes(tmp_path, monkeypatch):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        shown, with_display = _batch_with(tmp_path, "processes", pool, _Recorder)
    _steps_in_order(shown.seen)
    _, in_threads = _batch_with(tmp_path, "threads", None, None)
    assert with_display == in_threads


def test_yaml_portfolio_errors_carry_their_line(tmp_path):
    pf = tmp_path / "p.yml"
    pf.write_text("projects:\n  - id: a\n    repository: https://github.com/o/a\n  - just a string\n"
                  "  - id: a\n    repository: https://github.com/o/b\n  - repository: https://github.com/o/c\n    phase: nope\n"
                  "  - repository: https://github.com/o/d\n    token_env: 'not a var'\n")
    projects, errors = load_portfolio(pf)
    assert [p.id for p in projects] == ["a"]
    assert [(e.line, e.message.split(" ")[0]) for e in errors] == [(4, "project"), (5, "id"), (7, "phase"), (9, "token_env:")]



def test_reports_of_a_batch_carry_the_portfolio_name(tmp_path):
    """The jury reads the project's name from the portfolio, not the repository's folder name."""
    a = make_repo(tmp_path / "repo", [{"files": {"README.md": README}}])
    pf = write_portfolio(tmp_path / "pf.yml", [{"id": "pfmv", "name": "Plus fraîche ma ville", "repository": str(a), "phase": "acceleration"}])
    r = run_cli("batch", str(pf), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-history")
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "out" / "projects" / "pfmv.json").read_text())
    assert report["project"]["name"] == "Plus fraîche ma ville" and report["target"]["name"] == "repo"
    html = (tmp_path / "out" / "projects" / "pfmv.html").read_text()
    assert "Plus fraîche ma ville" in html.split("</title>")[0]
