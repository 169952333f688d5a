"""Imported ONLY as a forkserver preload (``set_forkserver_preload``), in the server process itself:
it watches the audit's process and ends the server when that process is gone (killed by SIGKILL, its
own watchdog, a cancelled CI job), so that the pool workers forked from it, which die with the server
(:func:`auditor.orphans.die_with_parent`), stop too. A thread polls the parent's pid (not the
kernel's parent-death signal, which follows the thread that started the server, and the first pool may
be started from a batch's worker thread).

A worker forked after the audit ended (the pool was started ahead, the audit needed it little and exited while its workers were
still being made) finds its queues' semaphores removed: multiprocessing prints that startup failure through ``sys.excepthook``
of the forked child, a traceback on the user's terminal after the report. The hook set here prints nothing for a worker that
could not start because the audit is gone or its queues are, and one line for any other startup failure."""

from __future__ import annotations

import os
import sys
import threading
import time

_AUDIT = os.getppid()  # the audit's process, which started this server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _startup_failed(kind, value, _tb) -> None:
    """``sys.excepthook`` of the server and the workers it forks, reached only when a worker fails before it starts running
    (multiprocessing's forkserver child: an exception from unpickling the worker's queues)."""
    if issubclass(kind, (FileNotFoundError, EOFError, ConnectionError)) or not _alive(_AUDIT):
        return  # the audit ended while this worker was being made: its queues are gone, nothing to report
    try:
        sys.stderr.write(f"auditor: a worker process could not start ({kind.__name__}: {str(value)[:200]})\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


sys.excepthook = _startup_failed


def _watch(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


threading.Thread(target=_watch, args=(os.getppid(),), daemon=True, name="auditor-parent-watch").start()
