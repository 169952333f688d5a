"""Per-file analyses on both cores and cached by blob (issue 16): the same report whatever the
scheduling, the number of processes or the cache state; a changed commit re-analyses only its
changed files."""

from __future__ import annotations

from datetime import date

from auditor import blobwork
from auditor.engine import AuditOptions, audit
from auditor.report import to_json
from tests.test_determinism import _strip  # a report without the fields that measure the run

PY = ('"""Module {i}: parking spaces."""\nimport os\n\nTOKEN = os.environ.get("TOKEN_{i}")\n\n\ndef f{i}(x, y=2):\n'
      '    """Weighted sum."""\n    # weights\n    if x > {i}:\n        return x * y\n    for k in range(y):\n        x += k\n    return x\n\n\n'
      'class C{i}:\n    def m(self):\n        return "http://example.org/api/{i}"\n')
JS = ("/** Add. */\nexport function add{i}(a, b) {{\n  // sum\n  if (a > {i}) {{ return a + b; }}\n  return b;\n}}\n"
      "const url = 'https://geo.api.gouv.fr/communes?code={i}';\nexport function sub{i}(a, b) {{ return a - b; }}\n")


def _files(n: int = 40) -> dict:
    files = {"README.md": "# Stationnement vélo\n\nCalcule les places de vélo de la métropole de Lyon.\n" * 5,
             "LICENSE": "MIT License\n", "config/settings.py": 'API_KEY = "AKIAIOSFODNN7EXAMPLE"\npassword = "hunter2hunter2"\n',
             "docs/guide.md": "# Guide\n\nVoir https://www.data.gouv.fr et le RGPD.\n"}
    files.update({f"src/m{i:02}.py": PY.format(i=i) for i in range(n)})
    files.update({f"web/a{i:02}.js": JS.format(i=i) for i in range(n)})
    files["src/broken.py"] = "def broken(:\n"
    files["web/min.js"] = "var a=1;" * 800
    return files


def _audit(path, cache, *, pool, fact_cache=False, offline=True, as_of=date(2025, 6, 30)):
    blobwork.memo_clear()  # as a new process would start
    opts = AuditOptions(cache_dir=cache, offline=offline, budget=1e9, as_of=as_of)
    opts.config.fact_cache = fact_cache
    opts.config.network = False
    opts.config.extra["pool"] = pool
    return audit(str(path), opts)


def test_pool_on_and_off_give_the_same_report(repo, tmp_path, monkeypatch):
    path = repo([{"files": _files(), "date": "2025-06-02T10:00:00Z", "author": ("Alice", "alice@ville-exemple.fr")}])
    inline = _audit(path, tmp_path / "a", pool=False)
    monkeypatch.setattr(blobwork, "GROUP_FILES", 3)  # many small groups, finishing in any order
    pooled = _audit(path, tmp_path / "b", pool=True)
    assert blobwork._POOL is not None  # the pool really ran
    assert to_json(_strip(inline)) == to_json(_strip(pooled))
    r = {x["id"]: x for x in pooled["results"]}
    assert pooled["facts"]["code"]["files_measured"] >= 80
    assert r["documentation.code-comments"]["status"] in ("pass", "warn", "fail")


def test_warm_blob_cache_gives_the_same_report_and_analyses_only_changed_files(repo, tmp_path, monkeypatch):
    files = _files(10)
    path = repo([{"files": files, "date": "2025-06-02T10:00:00Z"},
                 {"files": {"src/m03.py": PY.format(i=99)}, "date": "2025-06-10T10:00:00Z"}])
    cache = tmp_path / "cache"
    first = _audit(path, cache, pool=False, fact_cache=True)
    from auditor.facts import code

    calls = []
    real = code.measure

    def spy(p, t):
        calls.append(p)
        return real(p, t)

    spy.__module__ = real.__module__  # the same code as far as the key knows (a changed module is another key)
    monkeypatch.setattr(code, "measure", spy)
    import shutil

    shutil.rmtree(cache / "facts", ignore_errors=True)  # facts gone: only the per-blob store is warm
    second = _audit(path, cache, pool=False, fact_cache=True)
    assert calls == []  # every file's metrics came from the store
    assert to_json(_strip(first)) == to_json(_strip(second))

    from tests.gitrepo import git

    git(path, "checkout", "-q", "-b", "next")
    (path / "src" / "m05.py").write_text(PY.format(i=55))
    git(path, "commit", "-qam", "one file changed", env={"GIT_AUTHOR_DATE": "2025-06-20T10:00:00Z", "GIT_COMMITTER_DATE": "2025-06-20T10:00:00Z"})
    third = _audit(path, cache, pool=False, fact_cache=True, offline=False)  # the local copy is read again
    assert third["target"]["commit"] != first["target"]["commit"]
    assert calls == ["src/m05.py"]  # only the changed file is measured again
    assert third["facts"]["code"]["files_measured"] == first["facts"]["code"]["files_measured"]


def test_key_covers_code_blob_mode_limit_options_and_path():
    class E:
        def __init__(self, path, oid, kind="file"):
            self.path, self.oid, self.kind = path, oid, kind

    base = blobwork.blob_key("k", 1, E("a.py", "1" * 40), 1000, True, None, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 2, E("a.py", "1" * 40), 1000, True, None, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("a.py", "2" * 40), 1000, True, None, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("a.py", "1" * 40, "executable"), 1000, True, None, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("a.py", "1" * 40), 2000, True, None, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("a.py", "1" * 40), 1000, True, {"x": 1}, _task, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("b.py", "1" * 40), 1000, True, None, _task, fingerprint="f")
    assert blobwork.blob_key("k", 1, E("a.py", "1" * 40), 1000, False, fingerprint="f") == blobwork.blob_key("k", 1, E("b.py", "1" * 40), 1000, False, fingerprint="f")
    assert base != blobwork.blob_key("k", 1, E("a.py", "1" * 40), 1000, True, None, _task, fingerprint="g")  # other fact code
    assert blobwork.code_digest("f") in base


def _task(path, data):
    return len(data or "")


def test_same_commit_again_reuses_check_results_and_gives_the_same_report(repo, tmp_path, monkeypatch):
    from auditor import engine

    path = repo([{"files": _files(5), "date": "2025-06-02T10:00:00Z"}])
    cache = tmp_path / "cache"
    first = _audit(path, cache, pool=False, fact_cache=True)
    ran = []
    real = engine.run_check
    monkeypatch.setattr(engine, "run_check", lambda spec, ctx, params: ran.append(spec.id) or real(spec, ctx, params))
    second = _audit(path, cache, pool=False, fact_cache=True)
    # facts included (those the checks used are loaded again), key order too (cached values keep theirs)
    assert to_json(_strip(first)) == to_json(_strip(second))
    assert {"maintenance.not-archived", "scaling.reuse"} <= set(ran)  # live data (the forge): always run again
    assert "licensing.dependencies" not in ran  # offline, no package index was asked: its result is reused
    assert "documentation.code-comments" not in ran and "licensing.license-file" not in ran
    assert len(ran) < len(first["results"]) // 2  # most results reused
    ran.clear()
    third = _audit(path, cache, pool=False, fact_cache=True, as_of=date(2025, 7, 1))  # another day: run again
    assert "documentation.code-comments" in ran and third["target"]["as_of"] != first["target"]["as_of"]


def test_a_result_built_on_a_live_or_partial_fact_is_never_stored(repo, tmp_path):
    from auditor.context import AuditConfig, AuditContext, FactCache, is_live
    from auditor.facts import FACTS, load_facts

    load_facts()
    live = sorted(n for n in FACTS if is_live(n))
    assert {"forge", "reuse_evidence"} <= set(live)  # dependency_licenses is live only when it asks an index (read_live)
    assert not is_live("project") and not is_live("code")
    from auditor.snapshot import GitSnapshot
    from auditor.target import parse_target
    from tests.gitrepo import git

    path = repo([{"files": {"README.md": "# x\n"}}])
    sha = git(path, "rev-parse", "HEAD").strip()
    snap = GitSnapshot(str(path / ".git"), sha)
    from datetime import datetime, timezone

    ctx = AuditContext(snap, parse_target(str(path)), datetime.now(timezone.utc), AuditConfig(offline=True, network=False),
                       FactCache(tmp_path / "facts"))
    with snap:
        ctx.fact("files")
        assert ctx.settled(["files"])
        ctx._partial.add("files")
        assert not ctx.settled(["files"])
        assert not ctx.settled(["forge"])


def test_an_audit_ending_while_its_workers_start_prints_no_traceback(tmp_path):
    """The pool started ahead (start_workers) while the audit ends at once (its files' results stored): a worker forked
    after the audit removed its queues' semaphores fails before it starts, and multiprocessing printed that failure as a
    traceback on the user's terminal (FileNotFoundError in SemLock._rebuild, after the report; under load the workers took
    longer than STARTUP_WAIT to come up). The exit does not wait here at all (STARTUP_WAIT = 0, the worst case): whether a
    worker was still being made or not, nothing is printed."""
    import os
    import subprocess
    import sys

    code = ("from auditor import blobwork\nblobwork.STARTUP_WAIT = 0\nblobwork.start_workers([10 ** 5] * 100)\n"
            "print('started' if blobwork._STARTED else 'not started')\n")
    env = {**os.environ, "AUDITOR_WORKERS": "2"}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
        assert out.returncode == 0 and out.stdout.strip() == "started", out
        assert "Traceback" not in out.stderr and "Error" not in out.stderr, out.stderr


def test_a_worker_that_could_not_start_prints_no_traceback():
    """The forkserver's hook (auditor.forkserver_guard, inherited by every worker it forks) is what multiprocessing calls when
    a worker fails before it runs: a worker whose audit is gone (its queues' semaphores removed) prints nothing, any other
    startup failure one line. Called here directly, as the forkserver's child calls it: no timing involved."""
    import subprocess
    import sys

    code = ("import sys\nimport auditor.forkserver_guard\n"
            "sys.excepthook(FileNotFoundError, FileNotFoundError(2, 'No such file or directory'), None)\n"
            "sys.excepthook(EOFError, EOFError('Ran out of input'), None)\n"
            "sys.excepthook(RuntimeError, RuntimeError('bad start'), None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out
    assert out.stderr == "auditor: a worker process could not start (RuntimeError: bad start)\n", out.stderr

def test_an_exit_while_a_worker_is_being_made_ahead_does_not_hang():
    """The audit ends (a warm cache) while the thread of start_workers is making its second worker: concurrent.futures' exit
    call marked the pool as shutting down without the pool's lock, its manager sent a stop signal to each worker it knew,
    then waited for all of them, the one made meanwhile included, which got no signal: the process never exited.

    The interleaving is forced with events, no timing: the second worker is made only once the process has begun to exit,
    and (before the fix) once the manager has sent its stop signals. The scenario runs in a subprocess that must exit."""
    import os
    import subprocess
    import sys

    code = """
import threading
from concurrent.futures import process as cfp
from auditor import blobwork

making, go = threading.Event(), threading.Event()
made = []
spawn, stop_workers = cfp.ProcessPoolExecutor._spawn_process, cfp._ExecutorManagerThread.shutdown_workers

def spawn_second_late(self):
    made.append(1)
    if len(made) == 2:
        making.set()
        go.wait()  # until the exit waits for this worker (the fix) or the manager has sent its stop signals (before)
    spawn(self)

def stop_then_go(self):
    stop_workers(self)
    go.set()

cfp.ProcessPoolExecutor._spawn_process = spawn_second_late
cfp._ExecutorManagerThread.shutdown_workers = stop_then_go
real_lock = blobwork._START_LOCK if hasattr(blobwork, "_START_LOCK") else None

class Lock:  # the exit asking for the start thread's lock: the second worker may be made now
    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            go.set()
        return real_lock.__enter__()
    def __exit__(self, *exc):
        return real_lock.__exit__(*exc)

if real_lock is not None:
    blobwork._START_LOCK = Lock()
blobwork.STARTUP_WAIT = 0
blobwork.start_workers([10 ** 5] * 100)
making.wait()
print("exiting", flush=True)
"""
    env = {**os.environ, "AUDITOR_WORKERS": "2"}
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"the process hung at exit: {exc.stdout!r}") from None
    assert out.returncode == 0 and out.stdout.strip() == "exiting", out
    assert "Traceback" not in out.stderr, out.stderr
