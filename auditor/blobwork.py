"""Per-file analyses (complexity, secrets, text signals…): results kept on disk by blob, the missing
ones computed on both cores.

A per-file analysis is a *task*: a module-level function ``task(path, data) -> value`` of the file's
path and contents (text or bytes, read by the audit from the snapshot: a task never touches the
repository), whose value is JSON. :func:`run` gives the value of a task for a list of files:

- first from memory (this process: a backfill, a batch), then from the on-disk store
  (``<cache>/blobs.sqlite``), under a key that cannot lie: the analysis kind and version, a digest
  of the code that computes facts and of the third-party analysers' versions, the blob id, the path
  when the task reads it, the file's mode, the size limit and the task's options;
- the rest is computed: in this process when it is little work, otherwise in a process pool shared
  by every audit of the process (the projects of a batch), fed with groups of files of similar total
  size, largest first. Values are merged by path, so the report is the same whatever the scheduling,
  the number of processes or the cache state (values always go through JSON, in memory too).

An audit may start a fact's analyses *ahead* (``run(..., ahead=owner)``): the files are read and
submitted to the pool, and the call raises :class:`Ahead` instead of waiting; the audit goes on
with its other facts while the workers compute, and the later ordinary call for the same files
takes the values from those submissions (same task, same contents, same key: the same values).
At most :data:`AHEAD_MAX_BYTES` of contents are submitted ahead; the rest is computed when asked.

The pool's workers are forked from a server process started clean (``forkserver``): they never
inherit the audit's threads or locks. An audit past its budget stops waiting and the pool is
replaced (a worker stuck in one analyser is killed with it). ``AUDITOR_WORKERS`` sets the number of
worker processes (0: no pool; default: the CPU count, at most 4).

Longer than 400 lines: the keys, the store, the pool and the work started ahead share the same
keys, groups and pool; split, each part would reach into the others' internals.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

INLINE_MAX_FILES = 48  # fewer files than this (or fewer bytes than below) are computed in the audit's process
INLINE_MAX_BYTES = 256 * 1024
GROUP_BYTES = 512 * 1024  # files are sent to the workers in groups of about this many bytes
GROUP_FILES = 64
AHEAD_MAX_BYTES = 96 * 1024 * 1024  # contents submitted ahead per audit (held until the workers take them)
ANALYSERS = ("radon", "lizard", "detect-secrets", "Pygments")
# Imported once by the pool's server process, so that every worker starts with them.
PRELOAD = ["auditor.facts.code", "auditor.facts.comments", "auditor.facts.secrets", "auditor.facts.textscan", "auditor.facts.signals", "pygments.lexers", "radon.complexity",
           "radon.metrics", "detect_secrets.core.scan", "detect_secrets.settings", "auditor.primer"]


# -- keys --------------------------------------------------------------------------------------------
_ANALYSER_VERSIONS: str | None = None
_CODE_DIGESTS: dict[str, str] = {}


def code_digest(fingerprint: str) -> str:
    """The fact code's fingerprint (``auditor.context.code_fingerprint``, given by the caller: this
    module sits below the context) and the versions of the analysers it calls."""
    global _ANALYSER_VERSIONS
    if fingerprint not in _CODE_DIGESTS:
        import hashlib
        from importlib import metadata

        if _ANALYSER_VERSIONS is None:
            parts = []
            for dist in ANALYSERS:
                try:
                    parts.append(f"{dist}={metadata.version(dist)}")
                except metadata.PackageNotFoundError:
                    parts.append(f"{dist}=none")
            _ANALYSER_VERSIONS = "\n".join(parts)
        _CODE_DIGESTS[fingerprint] = hashlib.sha256(f"{fingerprint}\n{_ANALYSER_VERSIONS}".encode()).hexdigest()[:16]
    return _CODE_DIGESTS[fingerprint]


_MODULE_DIGESTS: dict[str, str] = {}


def module_digest(func: Callable[..., Any]) -> str:
    """A digest of the source file that defines ``func`` (a task may live outside the facts)."""
    name = getattr(func, "__module__", None) or ""
    if name not in _MODULE_DIGESTS:
        import hashlib
        import sys

        try:
            data = Path(sys.modules[name].__file__).read_bytes()  # type: ignore[arg-type]
        except (KeyError, TypeError, OSError):
            data = name.encode()
        _MODULE_DIGESTS[name] = hashlib.sha256(data).hexdigest()[:12]
    return _MODULE_DIGESTS[name]


def blob_key(kind: str, version: int, entry: Any, max_blob: int | None, by_path: bool, options: Any = None,
             task: Callable[..., Any] | None = None, *, fingerprint: str) -> str:
    """Everything a per-file value depends on: the analysis and its version, the code computing it
    (facts, the task's own module, the analysers' versions), the blob, its mode, the size limit, the
    options and, when the task reads it, the path."""
    opts = json.dumps(options, sort_keys=True, separators=(",", ":")) if options is not None else ""
    path = entry.path if by_path else ""
    code = code_digest(fingerprint) + (module_digest(task) if task is not None else "")
    return f"{kind}|v{version}|{code}|{entry.oid}|{getattr(entry, 'kind', '')}|{max_blob}|{opts}|{path}"


# -- memory and disk ---------------------------------------------------------------------------------
_MEMO: "OrderedDict[str, Any]" = OrderedDict()
_MEMO_MAX = 200_000
_MEMO_LOCK = threading.Lock()


def memo_get(key: str) -> Any:
    with _MEMO_LOCK:
        if key in _MEMO:
            _MEMO.move_to_end(key)
            return _MEMO[key]
    return _MISSING


def memo_put(key: str, value: Any) -> None:
    with _MEMO_LOCK:
        _MEMO[key] = value
        while len(_MEMO) > _MEMO_MAX:
            _MEMO.popitem(last=False)


def memo_clear() -> None:
    with _MEMO_LOCK:
        _MEMO.clear()


_MISSING = object()


class BlobStore:
    """Per-blob values on disk: one SQLite file (WAL) shared by the audits, threads and processes
    using one cache folder. Best effort: an unreadable or locked store is a miss, never an error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection | None:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.commit()
            except sqlite3.Error as exc:
                log.debug("blob store %s unavailable: %s", self.path, exc)
                return None
            self._local.db = db
        return db

    def close(self) -> None:
        """Close the calling thread's connection (at an audit's end: a process auditing with many cache folders, a batch or the
        test suite, kept three descriptors open per folder, past select()'s 1024); the next use opens it again."""
        db = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            db.close()

    def get_many(self, keys: Sequence[str]) -> dict[str, Any]:
        db = self._db()
        out: dict[str, Any] = {}
        if db is None:
            return out
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = db.execute(f"SELECT key, value FROM blobs WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
                for k, v in rows:
                    try:
                        out[k] = json.loads(v)
                    except ValueError:
                        pass
        except sqlite3.Error as exc:
            log.debug("blob store read failed: %s", exc)
        return out

    def put_many(self, items: Sequence[tuple[str, str]]) -> None:
        db = self._db()
        if db is None or not items:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO blobs (key, value) VALUES (?, ?)", items)
        except sqlite3.Error as exc:
            log.debug("blob store write failed: %s", exc)


_STORES: dict[Path, BlobStore] = {}
_STORES_LOCK = threading.Lock()


def store_for(cache_dir: Path) -> BlobStore:
    path = Path(cache_dir) / "blobs.sqlite"
    with _STORES_LOCK:
        if path not in _STORES:
            _STORES[path] = BlobStore(path)
        return _STORES[path]


# -- the pool ----------------------------------------------------------------------------------------
_POOL = None
_POOL_LOCK = threading.Lock()


def workers() -> int:
    """Worker processes for per-file analyses: ``AUDITOR_WORKERS``, else the CPU count (at most 4),
    none on one CPU or inside a process that is itself a pool's worker (a batch already running
    its audits in processes keeps both cores busy: nested pools would only compete)."""
    raw = os.environ.get("AUDITOR_WORKERS")
    if raw is not None:
        try:
            return max(0, int(raw))
        except ValueError:
            pass
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        return 0
    return min(4, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0


def _pool():
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from auditor import scratch
            from auditor.orphans import safe_child_path

            safe_child_path()  # before the server processes start: nothing of the current folder in their path
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["auditor.forkserver_guard", "auditor.blobwork", *PRELOAD])
            _POOL = ProcessPoolExecutor(max_workers=workers(), mp_context=ctx, initializer=scratch.worker_start, initargs=(scratch.root(),))
            _close_at_exit()
        return _POOL


_CLOSE_REGISTERED = False


def _close_at_exit() -> None:
    """Register :func:`_close` once, after multiprocessing's own exit handler (imported by then): handlers
    run in the reverse order of registration, so the pool is closed before multiprocessing removes its
    queues' semaphores."""
    global _CLOSE_REGISTERED
    import multiprocessing.util  # noqa: F401 - its exit handler registered first

    if not _CLOSE_REGISTERED:
        _CLOSE_REGISTERED = True
        atexit.register(_close)


_STARTED = False  # start_workers was called: analyses started ahead go to the pool even when small
_STARTING: list[threading.Thread] = []  # the thread of start_workers (waited for at exit: see _close)
STARTUP_WAIT = 10.0  # seconds this process waits at exit for workers it started ahead to be up (see _close)
_START_LOCK = threading.Lock()  # held by the thread of start_workers while it makes the pool or one of its workers
_EXITING = False  # this process is exiting: the thread of start_workers makes nothing more (see _stop_starting)


def _started() -> None:
    """A task of no work: submitted once per worker, it makes the pool start them."""


def _stop_starting() -> None:
    """Called when this process exits, before concurrent.futures stops its pools (both are threading's exit calls, run in
    the reverse order of registration: see start_workers): wait for the worker the thread of start_workers may be making,
    and let it make no other.

    concurrent.futures' exit call marks every pool as shutting down without the pool's lock, while the thread of
    start_workers (a daemon) may be inside ``submit``, making a worker: the pool's manager then counted its workers, sent each
    its stop signal, and waited for all of them, the new one included, which got no signal and waited for work forever: the
    process hung at exit (a warm cache: the audit ended while its pool was still being started). Once this returns, every
    worker the thread made is known to the pool before it is stopped, and the thread makes none after it (a worker it would
    fork after this process's exit, its queues gone, could not start either)."""
    global _EXITING
    with _START_LOCK:
        _EXITING = True


def start_workers(sizes: Sequence[int]) -> None:
    """Start the pool's server process and its workers now, in a background thread, when the tree's
    files (``sizes``) are enough for the pool: their imports (the analysers, the preload) run on the
    other core while this process builds the inventory, instead of when the first files are
    submitted. Changes no value."""
    global _STARTED
    n = workers()
    if n == 0 or _STARTED or len(sizes) < INLINE_MAX_FILES or sum(sizes) < INLINE_MAX_BYTES:
        return

    def start() -> None:
        try:
            for _ in range(n):
                with _START_LOCK:  # one worker at a time, none once this process exits (_stop_starting)
                    if _EXITING:
                        return
                    _pool().submit(_started)
        except Exception as exc:  # noqa: BLE001 - the pool starts when first used instead
            log.debug("pool start: %s", exc)

    import concurrent.futures.process  # noqa: F401 - its exit call registered first, so that _stop_starting runs before it

    try:
        threading._register_atexit(_stop_starting)  # type: ignore[attr-defined] # what concurrent.futures uses (CPython)
    except (AttributeError, RuntimeError):  # another Python, or this process is already exiting: no pool started ahead
        return
    _STARTED = True
    thread = threading.Thread(target=start, name="auditor-pool-start", daemon=True)
    _STARTING.append(thread)
    _close_at_exit()
    thread.start()


def _discard_pool(pool) -> None:
    """Stop a pool whose work is abandoned (budget spent): its workers may be stuck in an analyser."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is pool:
            _POOL = None
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        try:
            p.kill()
        except (OSError, AttributeError):
            pass


def _close() -> None:
    """Stop the pool at exit without waiting for its work, then wait for its workers to end, within
    :data:`STARTUP_WAIT` (idle ones end at once; one busy past the bound is left to die with this
    process). A worker still being forked when this process removes its queues' semaphores at exit
    prints a traceback on the user's terminal: an audit that needed the pool little (its files'
    results stored) can end while the workers started ahead (start_workers) are still coming up."""
    global _POOL
    deadline = time.monotonic() + STARTUP_WAIT
    for thread in _STARTING:  # the pool being made, its workers forked
        thread.join(max(0.0, deadline - time.monotonic()))
    pool, _POOL = _POOL, None
    if pool is None:
        return
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        try:
            proc.join(max(0.0, deadline - time.monotonic()))
        except (AssertionError, OSError, ValueError):  # not started, or already reaped
            pass


def _run_group(task: Callable[..., Any], items: list[tuple[str, Any]], options: Any) -> list[str]:
    """In a worker: the task over a group of files; values as JSON text."""
    return [json.dumps(task(path, data, options) if options is not None else task(path, data)) for path, data in items]


def _groups(entries: list[Any]) -> list[list[Any]]:
    """Files grouped by size (known before reading): big files alone, small ones together, heaviest
    groups first, so that the last groups to finish are short ones."""
    groups: list[list] = []
    current: list = []
    weight = 0
    for e in sorted(entries, key=lambda e: (-e.size, e.path)):
        if current and (weight + e.size > GROUP_BYTES or len(current) >= GROUP_FILES):
            groups.append(current)
            current, weight = [], 0
        current.append(e)
        weight += e.size
    if current:
        groups.append(current)
    return groups


def _budget(what: str) -> Exception:
    from auditor.snapshot import BudgetExceeded

    return BudgetExceeded(f"{what}: the analysis time budget is exhausted")


def run(kind: str, version: int, entries: Sequence[Any], read_many: Callable[[list[Any]], dict[str, Any]], task: Callable[..., Any], *,
        max_blob: int | None, cache: BlobStore | None, fingerprint: str, by_path: bool = True, options: Any = None,
        deadline: float | None = None, use_pool: bool | None = None, keyed: bool = True, ahead: object = None,
        wait: bool = True) -> dict[str, Any]:
    """``{entry.path: task(entry.path, contents[, options])}`` for ``entries`` (see the module's doc).

    With ``ahead`` (the audit's token), the missing values are only submitted to the pool and
    :class:`Ahead` is raised; a later call without it collects them. Without ``wait``, a call that
    would wait for the pool raises :class:`NotReady` instead (the audit asks again later).

    ``read_many(entries)`` gives ``{path: contents}`` from the snapshot (in this process, only for
    the files whose value is not known yet; a file left out is passed as None). ``deadline``
    (``time.monotonic()``) bounds the work and the wait for the pool."""
    out: dict[str, Any] = {}
    keys: dict[str, str] = {}
    missing = []
    for e in entries:
        if not keyed or not getattr(e, "oid", None):
            missing.append(e)
            continue
        key = keys[e.path] = blob_key(kind, version, e, max_blob, by_path, options, task, fingerprint=fingerprint)
        value = memo_get(key)
        if value is _MISSING:
            missing.append(e)
        else:
            out[e.path] = value
    if missing and cache is not None:
        found = cache.get_many([keys[e.path] for e in missing if e.path in keys])
        still = []
        for e in missing:
            value = found.get(keys.get(e.path, ""), _MISSING)
            if value is _MISSING:
                still.append(e)
            else:
                out[e.path] = value
                memo_put(keys[e.path], value)
        missing = still
    if not missing and ahead is None:
        return out
    if ahead is None and not wait and not _ahead_ready(missing, keys):
        raise NotReady(kind)
    values: dict[str, str] = _collect_ahead(missing, keys, deadline) if _AHEAD and ahead is None else {}
    todo = [e for e in missing if e.path not in values]
    total = sum(e.size for e in todo)
    # Started ahead, the pool's workers are there anyway (start_workers) and this process has other work: few bytes are enough.
    pool_wanted = use_pool if use_pool is not None else (workers() > 0 and len(todo) >= INLINE_MAX_FILES
                                                         and (total >= INLINE_MAX_BYTES or (ahead is not None and _STARTED)))
    if ahead is not None:
        if pool_wanted:
            _submit_ahead(ahead, task, todo, keys, read_many, options, deadline)
        raise Ahead(kind)
    if pool_wanted and not wait:
        raise NotReady(kind)
    if pool_wanted:
        from concurrent.futures.process import BrokenProcessPool

        try:
            values.update(_in_pool(task, _groups(todo), read_many, options, deadline))
        except BrokenProcessPool as exc:  # a worker died (memory): the rest is done here instead
            log.debug("%s: process pool broken (%s), analysing in this process", kind, exc)
    rest = [e for e in missing if e.path not in values]
    for i in range(0, len(rest), GROUP_FILES):
        group = rest[i:i + GROUP_FILES]
        contents = read_many(group)
        for e in group:
            if deadline is not None and time.monotonic() > deadline:
                raise _budget(kind)
            data = contents.get(e.path)
            values[e.path] = json.dumps(task(e.path, data, options) if options is not None else task(e.path, data))
    new = []
    for e in missing:
        value = json.loads(values[e.path])  # the same types whether computed now or read from the store
        out[e.path] = value
        if e.path in keys:
            memo_put(keys[e.path], value)
            new.append((keys[e.path], values[e.path]))
    if cache is not None:
        cache.put_many(new)
    return out


def _in_pool(task: Callable[..., Any], groups: list[list[Any]], read_many: Callable[[list[Any]], dict[str, Any]], options: Any,
             deadline: float | None) -> dict[str, str]:
    """Each group read here then analysed by a worker while the next one is read."""
    from concurrent.futures import FIRST_COMPLETED, wait

    pool = _pool()
    futures = {}
    values: dict[str, str] = {}
    try:
        for group in groups:
            if deadline is not None and time.monotonic() > deadline:
                raise _budget("per-file analyses")
            contents = read_many(group)
            paths = [e.path for e in group]
            futures[pool.submit(_run_group, task, [(p, contents.get(p)) for p in paths], options)] = paths
        pending = set(futures)
        while pending:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            done, pending = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
            if not done:
                raise _budget("per-file analyses")
            for fut in done:
                values.update(zip(futures[fut], fut.result()))
    except BaseException:
        for fut in futures:
            fut.cancel()
        _discard_pool(pool)
        raise
    return values


# -- ahead of time -----------------------------------------------------------------------------------


class Ahead(BaseException):
    """Raised by :func:`run` called ``ahead``: the analyses are submitted, the caller's computation
    stops there (a BaseException, so that no ``except Exception`` in a fact takes it for a failure)."""


class NotReady(BaseException):
    """Raised by :func:`run` called without ``wait`` when the values are still being computed in the
    pool (or would have to be): the audit runs the check that asked later, once the other checks ran."""


def _ahead_ready(entries: list[Any], keys: dict[str, str]) -> bool:
    """Whether every value submitted ahead for ``entries`` is computed."""
    with _AHEAD_LOCK:
        futures = {_AHEAD[keys[e.path]][1] for e in entries if keys.get(e.path) in _AHEAD}
    return all(f.done() for f in futures)


_AHEAD: dict[str, tuple[Any, Any, int]] = {}  # blob key -> (owner, future of its group, index in the group)
_AHEAD_BYTES: dict[int, int] = {}  # id(owner) -> contents submitted ahead
_AHEAD_LOCK = threading.Lock()


def _submit_ahead(owner: object, task: Callable[..., Any], entries: list[Any], keys: dict[str, str],
                  read_many: Callable[[list[Any]], dict[str, Any]], options: Any, deadline: float | None) -> None:
    """Read ``entries`` (those with a key, not submitted yet) and submit them in groups, without waiting,
    up to :data:`AHEAD_MAX_BYTES` for ``owner``."""
    with _AHEAD_LOCK:
        entries = [e for e in entries if e.path in keys and keys[e.path] not in _AHEAD]
    if not entries:
        return
    pool = _pool()
    for group in _groups(entries):
        size = sum(e.size for e in group)
        with _AHEAD_LOCK:
            if _AHEAD_BYTES.get(id(owner), 0) + size > AHEAD_MAX_BYTES:
                return
            _AHEAD_BYTES[id(owner)] = _AHEAD_BYTES.get(id(owner), 0) + size
        if deadline is not None and time.monotonic() > deadline:
            return
        contents = read_many(group)
        try:
            fut = pool.submit(_run_group, task, [(e.path, contents.get(e.path)) for e in group], options)
        except Exception as exc:  # noqa: BLE001 - a broken or stopped pool: the files are computed when asked
            log.debug("analyses ahead stopped: %s", exc)
            return
        with _AHEAD_LOCK:
            for i, e in enumerate(group):
                _AHEAD[keys[e.path]] = (owner, fut, i)


def _collect_ahead(entries: list[Any], keys: dict[str, str], deadline: float | None) -> dict[str, str]:
    """The values submitted ahead for ``entries`` (waiting for them), by path; a group that failed
    (a worker died) gives nothing: its files are computed again by the caller."""
    from concurrent.futures import wait

    with _AHEAD_LOCK:
        wanted = {e.path: _AHEAD.pop(keys[e.path]) for e in entries if keys.get(e.path) in _AHEAD}
    if not wanted:
        return {}
    futures = {fut for _, fut, _ in wanted.values()}
    timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
    _, pending = wait(futures, timeout=timeout)
    if pending:
        for fut in pending:
            fut.cancel()
        if _POOL is not None:
            _discard_pool(_POOL)  # its workers may be stuck in an analyser
        raise _budget("per-file analyses")
    values: dict[str, str] = {}
    for path, (_, fut, i) in wanted.items():
        try:
            values[path] = fut.result()[i]
        except Exception as exc:  # noqa: BLE001 - a broken pool: computed again by the caller
            log.debug("%s: analysed ahead in vain (%s)", path, exc)
    return values


def drop_ahead(owner: object) -> None:
    """Forget what ``owner`` (an audit) submitted ahead and did not collect (its facts were not asked)."""
    with _AHEAD_LOCK:
        for key in [k for k, (o, _, _) in _AHEAD.items() if o is owner]:
            _AHEAD.pop(key)[1].cancel()
        _AHEAD_BYTES.pop(id(owner), None)
