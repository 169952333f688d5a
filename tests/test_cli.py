"""The CLI as a user runs it: one clear line on stderr and a documented exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

README = "# Outil\n\n" + "Description du service numérique de la collectivité. " * 12


class Out:
    def __init__(self, code, stdout, stderr):
        self.returncode, self.stdout, self.stderr = code, stdout, stderr


def run(*args, env=None):
    """The CLI in-process through its real entry point (error mapping and exit codes included)."""
    import contextlib
    import io

    from auditor.cli import main

    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Out(code, out.getvalue(), err.getvalue())


def run_process(*args):
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, timeout=120)


def test_help_documents_exit_codes():
    out = run_process("audit", "--help")
    assert out.returncode == 0
    for code in ("0  done", "1  gate", "2  usage", "3  target", "4  internal"):
        assert code in out.stdout


def test_audit_json_and_terminal(repo, tmp_path):
    path = repo([{"files": {"README.md": README, "LICENSE": "MIT"}}])
    out = run("audit", str(path), "--format", "json", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema_version"].startswith("1.")
    term = run("audit", str(path), "--lang", "en", "--cache-dir", str(tmp_path / "c"), env={"NO_COLOR": "1"})
    assert term.returncode == 0 and "Readiness report" in term.stdout and "\x1b[" not in term.stdout
    fr = run("audit", str(path), "--cache-dir", str(tmp_path / "c"))
    assert "Rapport de maturité" in fr.stdout
    quiet = run("audit", str(path), "-q", "-o", str(tmp_path / "r.json"), "--cache-dir", str(tmp_path / "c"))
    assert quiet.returncode == 0 and quiet.stdout == "" and json.loads((tmp_path / "r.json").read_text())["results"]
    again = run("report", str(tmp_path / "r.json"), "--format", "terminal", "--lang", "en")
    assert again.returncode == 0 and "Readiness report" in again.stdout


def test_gate_exit_codes(repo, tmp_path):
    path = repo([{"files": {"README.md": "# x"}}])
    assert run("audit", str(path), "-q", "--fail-under", "99", "--cache-dir", str(tmp_path / "c")).returncode == 1
    assert run("audit", str(path), "-q", "--fail-under", "0", "--cache-dir", str(tmp_path / "c")).returncode == 0
    assert run("audit", str(path), "-q", "--min-level", "commun", "--cache-dir", str(tmp_path / "c")).returncode == 1
    bad = run("audit", str(path), "-q", "--min-level", "nope", "--cache-dir", str(tmp_path / "c"))
    assert bad.returncode == 2 and "unknown level" in bad.stderr


@pytest.mark.parametrize("args,code,needle", [
    (["audit", "/definitely/not/here"], 3, "no such folder"),
    (["audit", "git://127.0.0.1:9/x/y", "--timeout", "5"], 3, "clone failed"),
    (["audit", "--as-of", "2020-13-45", "."], 2, "YYYY-MM-DD"),
    (["audit", ".", "--ruleset", "no-such-ruleset"], 2, "no such ruleset"),
    (["audit", ".", "--format", "docx"], 2, "unknown format"),
    (["audit", ".", "--bogus-option"], 2, "No such option"),
    (["checks", "explain", "nope.nope"], 2, "unknown check id"),
    (["report", "/no/report.json"], 2, "cannot read"),
])
def test_bad_input_one_line_errors(args, code, needle, tmp_path):
    out = run(*args, "--cache-dir", str(tmp_path / "c")) if args[0] == "audit" and "--bogus-option" not in args else run(*args)
    assert out.returncode == code, (out.stdout, out.stderr)
    assert needle in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_ref_missing_and_date_before_first_commit(repo, tmp_path):
    path = repo([{"files": {"a": "1"}, "date": "2025-05-01T00:00:00Z"}])
    out = run("audit", str(path), "--ref", "nope", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 3 and "does not exist" in out.stderr
    out = run("audit", str(path), "--as-of", "2020-01-01", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 3 and "2025-05-01" in out.stderr


def test_broken_ruleset_file(tmp_path, repo):
    path = repo([{"files": {"a": "1"}}])
    rs = tmp_path / "broken.yml"
    rs.write_text("id: x\nversion: 1\nchecks:\n  licensing.license-file: {weight: 'heavy'}\n")
    out = run("audit", str(path), "--ruleset", str(rs), "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 2
    assert "broken.yml:4" in out.stderr and "checks.licensing.license-file.weight" in out.stderr
    v = run("rulesets", "validate", str(rs))
    assert v.returncode == 2 and "broken.yml:4" in v.stderr


def test_checks_and_rulesets_commands():
    out = run("checks", "list")
    assert out.returncode == 0 and "licensing.license-file" in out.stdout
    out = run("checks", "explain", "licensing.license-file", "--lang", "en")
    assert out.returncode == 0 and "Why it matters" in out.stdout
    out = run("rulesets", "list")
    assert out.returncode == 0 and "guichet-selection" in out.stdout
    out = run("rulesets", "show", "guichet-selection")
    assert out.returncode == 0 and "criteria:" in out.stdout


def test_internal_error_exit_4(repo, tmp_path, monkeypatch):

    from auditor import engine
    from auditor.cli import _register

    _register()
    monkeypatch.setattr(engine, "acquire", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("kaboom")))
    path = repo([{"files": {"a": "1"}}])
    with pytest.raises(SystemExit) as exc:
        from auditor.cli import main
        main(["audit", str(path), "--cache-dir", str(tmp_path / "c")])
    assert exc.value.code == 4


def test_real_process_error_line_and_code(tmp_path):
    out = run_process("audit", str(tmp_path / "missing"), "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 3 and out.stderr.startswith("auditor: error:") and len(out.stderr.splitlines()) == 1


def test_hard_deadline_stops_a_spinning_audit(tmp_path):
    """A stuck analyser cannot hold the process: one line, exit code 3."""
    code = ("import time\nfrom auditor.cli.audit import hard_deadline\n"
            "with hard_deadline(0.5):\n    time.sleep(30)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 3 and "did not finish within" in out.stderr


def test_watchdog_stops_an_analyser_stuck_inside_one_c_call(tmp_path):
    """A catastrophic regular expression holds the interpreter lock, so no Python timer can run:
    the watchdog process stops the audit, with its one line on stderr."""
    code = ("import re\nfrom auditor.cli.audit import hard_deadline\n"
            "with hard_deadline(0.3, grace=1.0):\n    re.match(r'(a+)+$', 'a' * 64 + 'b')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == -9 and "did not finish" in out.stderr and "stuck" in out.stderr
