"""Worker processes die with the audit that started them.

An audit stopped by SIGKILL (its own watchdog when an analyser hangs, a CI runner cancelling a job,
a user) cannot shut its process pools down: their workers would run on for as long as their task
lasts, minutes of CPU in a batch. On Linux the pools' workers ask the kernel to kill them when their
parent dies (``PR_SET_PDEATHSIG``); a forkserver's workers are its children, and the forkserver exits
when the audit's process is gone. Elsewhere nothing changes: workers exit when their task ends and
they find the pool's queue closed.
"""

from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def safe_child_path() -> None:
    """Keep the current folder off the module path of the Python processes this one starts.

    multiprocessing starts its server processes (forkserver, resource tracker, spawned workers) with
    ``python -c``, which puts the current folder first on ``sys.path``, before the standard library and
    the installed packages. Run from inside an audited repository (``cd candidate && auditor audit .``),
    a repository holding ``lizard.py``, ``pygments/``, ``multiprocessing/`` or ``auditor/`` would have its
    code imported, that is run, by the auditor's workers. PYTHONSAFEPATH (Python 3.11) leaves it out;
    the variable is inherited by every child, and changes nothing for programs other than Python."""
    os.environ["PYTHONSAFEPATH"] = "1"


def die_with_parent() -> None:
    """A pool's ``initializer``: SIGKILL this process when its parent dies (Linux), at once if it
    already has."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died between the fork and the prctl
        os._exit(1)
