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
        r = run_cli("batch", str(pf), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-history")
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
    bar = Progress(2, "auto", tty)
    assert bar.mode == "bar"
    bar.start(p1)
    bar.finish(Outcome(p1, "ok", report=rep, duration=1.0))
    bar.finish(Outcome(p2, "failed", kind="timeout", reason="clone timed out"))
    bar.close()
    out = tty.getvalue()
    assert "\r[" in out and "2/2 done" in out and "1 failing" in out and "p2: clone timed out" in out
    monkeypatch.setenv("CI", "true")
    log = _Tty()
    plain = Progress(2, "auto", log)
    assert plain.mode == "log"
    plain.finish(Outcome(p1, "ok", report=rep, duration=1.0))
    plain.finish(Outcome(p2, "failed", kind="timeout", reason="clone timed out"))
    assert "\r" not in log.getvalue()
    assert log.getvalue().splitlines() == ["batch: [1/2] ok p1: level publie, score 50.0 in 1.0s",
                                           "batch: [2/2] FAILED p2 (timeout): clone timed out"]


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
