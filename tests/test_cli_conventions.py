"""CLI conventions: progress on a terminal only, colours that follow FORCE_COLOR / NO_COLOR even when piped,
and a one-line reason on stderr whenever the exit code is 1."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import tempfile
import sys
import time


def _env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CI")}
    env.update({"AUDITOR_CACHE_DIR": str(tmp_path / "cache"), "AUDITOR_OFFLINE_INDEX": "1", **extra})
    return env


def _repo(repo):
    return repo([{"files": {"README.md": "# Outil\n\n" + "Le service calcule les indicateurs de la commune. " * 12,
                            "LICENSE": "MIT License\n"}, "date": "2025-06-01T10:00:00Z"}])


def _run_with_tty_stderr(args, env, timeout=120):
    """Run the CLI with stderr on a pseudo-terminal (stdout piped); return (code, stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    out_file = tempfile.TemporaryFile()  # not a pipe: a report over the pipe's 64 KB would block the auditor while only the terminal is read
    proc = subprocess.Popen([sys.executable, "-m", "auditor", *args], stdout=out_file, stderr=slave, env=env)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + timeout
    poller = select.poll()  # not select(): it fails on a descriptor above 1024 (FD_SETSIZE), as a long-lived process may hold
    poller.register(master, select.POLLIN)
    while time.monotonic() < deadline:
        if poller.poll(200):
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=timeout)
    os.close(master)
    out_file.seek(0)
    out = out_file.read()
    out_file.close()
    return proc.returncode, out.decode(), seen.decode("utf-8", "replace")


def test_progress_on_a_terminal_only(repo, tmp_path):
    path = _repo(repo)
    env = _env(tmp_path, AUDITOR_PROGRESS_DELAY="0")
    code, out, tty = _run_with_tty_stderr(["audit", str(path), "--offline", "--no-history", "-f", "json"], env)
    assert code == 0 and out.startswith("{")
    assert "Contrôle" in tty and "/" in tty  # the current check and how many are done out of the total
    code, out, tty = _run_with_tty_stderr(["audit", str(path), "--offline", "--no-history", "-f", "json", "-q"], env)
    assert code == 0 and tty.strip() == ""
    piped = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history", "-f", "json"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert piped.returncode == 0 and "Contrôle" not in piped.stderr


def test_force_color_and_no_color_when_piped(repo, tmp_path):
    path = _repo(repo)
    args = [sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history"]
    forced = subprocess.run(args, capture_output=True, text=True, env=_env(tmp_path, FORCE_COLOR="1"), timeout=120)
    assert "\x1b[" in forced.stdout
    plain = subprocess.run(args, capture_output=True, text=True, env=_env(tmp_path, FORCE_COLOR="1", NO_COLOR="1"), timeout=120)
    assert "\x1b[" not in plain.stdout and "Niveau" in plain.stdout


def test_exit_1_always_says_why(repo, tmp_path):
    path = _repo(repo)
    for extra in (["-q"], ["-o", str(tmp_path / "r.json")], []):
        r = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history", "--fail-under", "99", *extra],
                           capture_output=True, text=True, env=_env(tmp_path), timeout=120)
        assert r.returncode == 1
        lines = [ln for ln in r.stderr.splitlines() if ln.startswith("auditor: exit 1:")]
        assert len(lines) == 1 and "overall score" in lines[0] and "below --fail-under 99" in lines[0], r.stderr


def test_batch_progress_on_a_terminal_only(repo, tmp_path):
    """``auditor batch`` on a terminal shows each project's current step (from inside the audit); nothing with -q."""
    path = _repo(repo)
    pf = tmp_path / "pf.yml"
    pf.write_text(f"projects:\n  - id: outil-commune\n    repository: {path}\n", encoding="utf-8")
    env = _env(tmp_path)
    code, _, tty = _run_with_tty_stderr(["batch", str(pf), "-o", str(tmp_path / "out"), "--offline", "--no-history"], env)
    assert code == 0, tty
    assert "Projets audités" in tty and "outil-commune — Contrôle" in tty and "1/1" in tty
    code, _, tty = _run_with_tty_stderr(["batch", str(pf), "-o", str(tmp_path / "out2"), "--offline", "--no-history", "-q"], env)
    assert code == 0 and tty.strip() == ""
