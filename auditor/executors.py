"""Where audits run: a local process pool (default), threads, in-process, or a Dask cluster.

Every runner (batch, discover) takes a :class:`concurrent.futures.Executor` and a picklable,
top-level task function; results are merged by the coordinator in a fixed order, so the outputs do
not depend on which worker ran what or when. :func:`run_tasks` retries tasks lost with a worker
(a process killed mid-task breaks a local pool: the pool is rebuilt and the unfinished tasks run
again; Dask reschedules them on another worker by itself).

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
        import multiprocessing

        # "spawn": a worker starts from a clean interpreter (no inherited locks or threads).
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as ex:
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


def run_tasks(make: Callable[[], Any], fn: Callable[[Any], Any], tasks: list[tuple[str, Any]],
              on_result: Callable[[str, Any], None], on_error: Callable[[str, BaseException], None]) -> None:
    """Run ``fn(task)`` for every ``(key, task)`` on executors built by ``make()`` (a context manager).

    ``on_result``/``on_error`` are called in this (the coordinator's) thread as tasks finish. A task
    lost with a broken local pool is run again on a fresh pool, at most :data:`MAX_ROUNDS` times."""
    pending = list(tasks)
    for round_no in range(1, MAX_ROUNDS + 1):
        if not pending:
            return
        lost: list[tuple[str, Any]] = []
        with make() as ex:
            futures: dict[Future, tuple[str, Any]] = {}
            for key, task in pending:
                try:
                    futures[ex.submit(fn, task)] = (key, task)
                except BrokenProcessPool:
                    lost.append((key, task))
            not_done = set(futures)
            while not_done:
                done, not_done = wait(not_done, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=lambda f: futures[f][0]):
                    key, task = futures[fut]
                    try:
                        result = fut.result()
                    except BrokenProcessPool:
                        lost.append((key, task))
                        continue
                    except BaseException as exc:  # noqa: BLE001 - one task's failure is that task's
                        if _worker_lost(exc) and round_no < MAX_ROUNDS:
                            lost.append((key, task))
                        else:
                            on_error(key, exc)
                        continue
                    on_result(key, result)
        if lost:
            log.warning("%d task(s) lost with a worker; running them again (round %d)", len(lost), round_no + 1)
        pending = sorted(lost, key=lambda kt: kt[0])
    for key, _ in pending:
        on_error(key, RuntimeError("the worker running this task died, and so did its retries"))


def _worker_lost(exc: BaseException) -> bool:
    name = type(exc).__name__
    return name in ("KilledWorker", "CommClosedError") or isinstance(exc, BrokenProcessPool)
