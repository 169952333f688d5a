"""Where audits run: a local process pool (default), threads, in-process, or a Dask cluster.

Every runner (batch, discover) takes a :class:`concurrent.futures.Executor` and a picklable,
top-level task function; results are merged by the coordinator in a fixed order, so the outputs do
not depend on which worker ran what or when. :func:`run_tasks` retries tasks lost with a worker
(a process killed mid-task breaks a local pool: the pool is rebuilt and the unfinished tasks run
again; Dask reschedules them on another worker by itself).

Worker processes are slow to start (a fresh interpreter imports the auditor and loads its data):
a run that calls :func:`run_tasks` several times (discover's light then full rounds) passes one
:class:`SharedExecutor`, so its workers start once per run and are rebuilt only when broken.

``pip install readiness-auditor[dask]`` brings Dask distributed; ``--executor dask --scheduler
tcp://host:8786`` then sends the audits to that cluster's workers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

from auditor.errors import UsageError

log = logging.getLogger(__name__)

KINDS = ("process", "thread", "serial", "dask")
MAX_ROUNDS = 3  # a task is tried on at most this many pools before it is reported as lost


class SerialExecutor(Executor):
    """Runs each task when it is submitted, in this process (debugging, tiny runs)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(exc)
        return fut


# Imported once by the server process the workers are forked from (auditor/warmup.py loads the
# checks, facts, licence index and language model there).
WORKER_PRELOAD = ["auditor.forkserver_guard", "auditor.warmup"]


def worker_context() -> Any:
    """How local worker processes start: forked from a clean server process (``forkserver``: no
    inherited threads or locks, like ``spawn``) that has already imported and loaded what every audit
    needs, so that N workers do not each pay the fixed costs; ``spawn`` where there is no forkserver."""
    import multiprocessing

    from auditor.orphans import safe_child_path

    safe_child_path()  # before the server processes start: nothing of the current folder in their path
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(WORKER_PRELOAD)  # one server per process: the first pool started sets what it preloads (only a speed matter)
    from multiprocessing import forkserver

    # Start the server now: it loads the auditor while the coordinator reads the portfolio, the ruleset and
    # the facts, instead of after them when the first task is submitted (a second of a small batch).
    forkserver.ensure_running()
    return ctx


def fork_safe() -> bool:
    """Whether workers may be forked from this very process (Linux, and this thread alone in it)."""
    import multiprocessing
    import sys
    import threading

    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def fork_context() -> Any | None:
    """Workers forked from this process, already warm, when that is safe; else None (then
    :func:`worker_context`).

    A batch's coordinator loads the engine, the checks and the facts before its first audit anyway;
    workers forked from it start with all of that, at once, instead of waiting for a server process to
    load it again (a second on the critical path of a small batch: ``benchmarks/run_all.py``). Forking
    is safe only while no other thread runs (a thread holding a lock at the fork leaves it held forever
    in the child), so it is done before any is started, here, once: the workers are launched right
    away (:func:`make_executor`); a pool rebuilt later, when threads run, uses the server instead.
    Nothing here depends on a repository: the workers' values are the same either way."""
    if not fork_safe():
        return None
    import multiprocessing

    from auditor.orphans import safe_child_path

    safe_child_path()
    import auditor.engine  # noqa: F401 - what every audit loads first, loaded once for every worker
    from auditor.checks import load_checks
    from auditor.facts import load_facts
    from auditor.facts.signal_registry import load_signals

    load_checks()
    load_facts()
    load_signals()
    if not fork_safe():  # a plugin's import started a thread
        return None
    return multiprocessing.get_context("fork")  # (multiprocessing flushes stdout and stderr before each fork)


def default_jobs() -> int:
    return max(1, min(8, os.cpu_count() or 1))


@contextmanager
def make_executor(kind: str = "process", jobs: int | None = None, scheduler: str | None = None) -> Iterator[Executor]:
    """An executor of the given kind, shut down on exit."""
    jobs = jobs or default_jobs()
    if kind == "serial" or (kind == "process" and jobs == 1):
        yield SerialExecutor()
    elif kind == "thread":
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            yield ex
    elif kind == "process":
        from auditor import scratch

        forked = fork_context()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=forked or worker_context(), initializer=scratch.worker_start,
                                 initargs=(scratch.root(),)) as ex:
            if forked is not None:
                ex.submit(os.getpid).result()  # the workers are forked now, while this thread is still alone
            yield ex
    elif kind == "dask":
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--executor dask needs Dask distributed: pip install 'readiness-auditor[dask]'") from None
        if scheduler:
            try:
                client = Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({type(exc).__name__})") from None
        else:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                   host="127.0.0.1")
            client = Client(cluster)
        try:
            yield client.get_executor(pure=False)
        finally:
            client.close()
            if not scheduler:
                cluster.close()
    else:
        raise UsageError(f"--executor: {kind!r} is not one of {', '.join(KINDS)}")


class SharedExecutor:
    """One executor kept for a whole run, across several :func:`run_tasks` calls; rebuilt only when
    a round found it broken (a killed worker breaks a local process pool for good). Use as a
    context manager (shut down on exit) and pass it as ``make`` to :func:`run_tasks`."""

    def __init__(self, kind: str = "process", jobs: int | None = None, scheduler: str | None = None) -> None:
        self.kind, self.jobs, self.scheduler = kind, jobs, scheduler
        self._cm: Any = None
        self._ex: Executor | None = None
        self.built = 0  # executors built so far (tests; a rebuilt pool counts again)

    @contextmanager
    def __call__(self) -> Iterator[Executor]:
        if self._ex is None:
            self._cm = make_executor(self.kind, self.jobs, self.scheduler)
            self._ex = self._cm.__enter__()
            self.built += 1
        yield self._ex  # not shut down here: the next round reuses it

    def discard(self) -> None:
        """The current executor is broken: shut it down; the next round builds another."""
        cm, self._cm, self._ex = self._cm, None, None
        if cm is not None:
            try:
                cm.__exit__(None, None, None)
            except Exception as exc:  # noqa: BLE001 - a broken pool may fail to shut down cleanly
                log.debug("broken executor not shut down cleanly: %s", exc)

    close = discard

    def __enter__(self) -> SharedExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def run_tasks(make: Callable[[], Any], fn: Callable[[Any], Any], tasks: list[tuple[str, Any]],
              on_result: Callable[[str, Any], None], on_error: Callable[[str, BaseException], None]) -> None:
    """Run ``fn(task)`` for every ``(key, task)`` on executors built by ``make()`` (a context manager).

    ``on_result``/``on_error`` are called in this (the coordinator's) thread as tasks finish. A task
    lost with a broken local pool is run again on a fresh pool, at most :data:`MAX_ROUNDS` times.
    ``make`` may be a :class:`SharedExecutor`: its executor is kept after the call, and replaced only
    when it broke."""
    pending = list(tasks)
    for round_no in range(1, MAX_ROUNDS + 1):
        if not pending:
            return
        lost: list[tuple[str, Any]] = []
        broken = False
        with make() as ex:
            futures: dict[Future, tuple[str, Any]] = {}
            for key, task in pending:
                try:
                    futures[ex.submit(fn, task)] = (key, task)
                except BrokenProcessPool:
                    lost.append((key, task))
                    broken = True
            not_done = set(futures)
            while not_done:
                done, not_done = wait(not_done, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=lambda f: futures[f][0]):
                    key, task = futures[fut]
                    try:
                        result = fut.result()
                    except BrokenProcessPool:
                        lost.append((key, task))
                        broken = True
                        continue
                    except BaseException as exc:  # noqa: BLE001 - one task's failure is that task's
                        if _worker_lost(exc) and round_no < MAX_ROUNDS:
                            lost.append((key, task))
                        else:
                            on_error(key, exc)
                        continue
                    on_result(key, result)
        if broken and isinstance(make, SharedExecutor):
            make.discard()
        if lost:
            log.warning("%d task(s) lost with a worker; running them again (round %d)", len(lost), round_no + 1)
        pending = sorted(lost, key=lambda kt: kt[0])
    for key, _ in pending:
        on_error(key, RuntimeError("the worker running this task died, and so did its retries"))


def _worker_lost(exc: BaseException) -> bool:
    name = type(exc).__name__
    return name in ("KilledWorker", "CommClosedError") or isinstance(exc, BrokenProcessPool)
