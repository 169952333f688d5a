"""An audit killed with SIGKILL leaves no pool worker running (auditor.orphans, Linux)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

PARENT = r"""
import sys, time
from auditor.executors import make_executor
from tests.test_orphans import sleeper

with make_executor("process", 2) as ex:
    fut = ex.submit(sleeper, 120)
    while True:
        time.sleep(0.05)
        if fut.running():
            break
    print(" ".join(str(p) for p in ex._processes), flush=True)
    time.sleep(120)
"""


def sleeper(seconds: float) -> int:
    time.sleep(seconds)
    return 0


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as fh:
            return fh.read().strip()
    except FileNotFoundError:
        return ""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"  # a zombie waits for its reaper: it runs nothing
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_pool_workers_die_with_an_audit_killed_by_sigkill():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # the workers import the task's module (tests.test_orphans) by name: from the path, never from the current folder
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=root, env=env, stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert workers and all(_alive(w) for w in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30  # a bound for a loaded machine, not a speed target
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "pool workers outlived the audit killed by SIGKILL"
    finally:
        parent.kill()


GIT_PARENT = r"""
import subprocess, sys, time
from auditor.gitio import git_cmd, git_env, launch

argv, setup = launch(git_cmd(sys.argv[1], "cat-file", "--batch"))
proc = subprocess.Popen(argv, stdin=int(sys.argv[2]), stdout=subprocess.DEVNULL, env=git_env(), preexec_fn=setup)
print(proc.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_git_dies_with_an_audit_killed_by_sigkill(tmp_path):
    """git is started without a preexec_fn when setpriv can set its death signal (a cheaper start: no fork of the whole
    interpreter), and still dies with the auditor. Its input here is a pipe this test keeps open: only the signal ends it."""
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "r.git")], check=True)
    read, write = os.pipe()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parent = subprocess.Popen([sys.executable, "-c", GIT_PARENT, str(tmp_path / "r.git"), str(read)], cwd=root, pass_fds=(read,),
                              stdout=subprocess.PIPE, text=True)
    os.close(read)
    git = 0
    try:
        git = int(parent.stdout.readline())
        assert _alive(git)
        # setpriv sets the death signal, then becomes git (exec): kill the parent only once git runs, or the kill can land
        # before setpriv's prctl (a window of a millisecond, which an audit's own kill never aims at)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _comm(git) not in ("git", ""):
            time.sleep(0.01)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30  # a bound for a loaded machine, not a speed target
        while time.monotonic() < deadline and _alive(git):
            time.sleep(0.1)
        assert not _alive(git), "git outlived the audit killed by SIGKILL"
    finally:
        parent.kill()
        parent.stdout.close()
        os.close(write)
        if git and _alive(git):
            os.kill(git, signal.SIGKILL)
