"""Scratch files of the secrets scan never outlive the audit, even when its workers are killed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# An audit whose secrets scan runs in the pool, then the pool discarded as an audit past its budget does
# (its workers killed: no exit handler runs in them), then the process exits normally.
_CHILD = textwrap.dedent("""
    import sys
    from auditor import blobwork
    from auditor.engine import AuditOptions, audit

    report = audit(sys.argv[1], AuditOptions(cache_dir=sys.argv[2], only=["reusability.secrets"]))
    assert report["results"][0]["status"] in ("pass", "warn", "fail"), report["results"][0]
    pool = blobwork._POOL
    assert pool is not None and pool._processes, "the scan did not use the pool"
    blobwork._discard_pool(pool)
""")


def _files() -> dict[str, str]:
    body = "".join(f"def f{i}(x):\n    token = x + {i}\n    return token\n\n" for i in range(300))
    return {f"pkg/mod{i:02d}.py": f'"""Module {i}."""\n' + body for i in range(64)}


def test_scratch_folders_do_not_outlive_killed_workers(repo, tmp_path):
    r = repo([{"files": {"README.md": "# Outil\n", **_files()}}])
    # A short folder: the forkserver's socket is made in TMPDIR (pymp-…/listener-…), and an AF_UNIX path holds 107 bytes at most,
    # which pytest-xdist's longer tmp_path (…/popen-gw0/test_scratch_folders_do_not_ou0/…) went past.
    temp = Path(tempfile.mkdtemp(prefix="scr-"))
    try:
        env = {**os.environ, "TMPDIR": str(temp), "AUDITOR_WORKERS": "2"}
        out = subprocess.run([sys.executable, "-c", _CHILD, str(r), str(tmp_path / "cache")], env=env,
                             capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr[-3000:]
        assert sorted(p.name for p in temp.iterdir() if p.name.startswith("auditor-")) == []
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def test_a_root_left_by_a_killed_audit_is_removed_by_the_next(tmp_path, monkeypatch):
    from auditor import scratch

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    left = tmp_path / f"{scratch.PREFIX}{dead}-abc"
    (left / "123").mkdir(parents=True)
    (left / "123" / "settings.py").write_text("x = 1\n")
    live = tmp_path / f"{scratch.PREFIX}{os.getppid()}-def"  # a running audit's root stays
    live.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(scratch, "_ROOT", None)
    mine = scratch.folder()
    assert not left.exists() and live.is_dir()
    assert os.path.dirname(mine).startswith(str(tmp_path / f"{scratch.PREFIX}{os.getpid()}-"))


def test_the_servers_priming_scan_leaves_no_folder(tmp_path):
    """The pool's server process primes detect-secrets with one scan, then ends with os._exit when its audit is gone (no exit
    handler): the folder of that scan must not stay behind."""
    code = "import os, sys; import auditor.primer; sys.stdout.flush(); os._exit(0)"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TMPDIR": str(tmp_path)}, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("auditor-")) == []
