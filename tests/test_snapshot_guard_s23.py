"""Test hygiene (issue 12, session 23): a git snapshot a test opens is closed when the test ends, with its ``git cat-file
--batch`` process, even when a helper (ctx_for) handed it out inside a context; the guard names whoever leaves one open. Before,
those processes lived until the end of the run (about 220 at three quarters of the suite). The two first tests run in order."""

from __future__ import annotations

import os

from tests import snapshot_guard
from tests.test_scaling import ctx_for

FILES = {"README.md": "# Outil\n", **{f"outil/m{n}.py": f"VALEUR_{n} = {n}\n" for n in range(6)}}
_seen: dict[str, int] = {}


def _cat_file_of(ctx) -> int:
    ctx.snapshot.read_text("README.md")  # the first read starts the cat-file process
    proc = ctx.snapshot._batch
    assert proc is not None and proc.poll() is None
    return proc.pid


def test_a_helpers_snapshot_runs_its_cat_file_during_the_test(repo):
    ctx = ctx_for(repo([{"files": FILES}]))
    pid = _cat_file_of(ctx)
    assert pid in snapshot_guard.live_cat_files()
    assert any(snap is ctx.snapshot for snap, _ in snapshot_guard.OPENED)
    _seen["pid"] = pid


def test_it_is_stopped_once_that_test_ended():
    assert "pid" in _seen, "runs after the test above"
    assert _seen["pid"] not in snapshot_guard.live_cat_files()
    assert not os.path.exists(f"/proc/{_seen['pid']}") or b"cat-file" not in open(f"/proc/{_seen['pid']}/cmdline", "rb").read()


def test_the_guard_names_the_test_that_left_one_open_and_closes_it(repo):
    start = len(snapshot_guard.OPENED)
    ctx = ctx_for(repo([{"files": FILES}], name="g"))
    pid = _cat_file_of(ctx)
    closed_before = ctx_for(repo([{"files": FILES}], name="h"))
    _cat_file_of(closed_before)
    closed_before.snapshot.close()
    left = snapshot_guard.close_since(start)
    assert left == ["tests/test_snapshot_guard_s23.py::test_the_guard_names_the_test_that_left_one_open_and_closes_it"]
    assert pid not in snapshot_guard.live_cat_files() and not snapshot_guard.is_open(ctx.snapshot)
    assert len(snapshot_guard.OPENED) == start
