"""Scratch folders: where an analyser that reads files from disk (detect-secrets) gets its copy of a blob.

One root folder per audit process (``auditor-scratch-<pid>-…`` in the system's temporary folder), made
by the first process that needs one and removed by that process when it exits. Its worker processes
(the per-file pool, a batch's audit workers) are given the root through the environment
(:data:`ENV`, set by their pool's initializer: :func:`worker_start`) and each keeps its files in a folder of its own
inside it. A worker killed before it could clean up (an audit stopped on its time budget replaces its
pool; a batch kills a stuck worker) leaves its folder in the root, removed with it; a root whose
process itself was killed (SIGKILL: no exit handler runs) is removed by the next process that makes
one. Nothing here reaches a report.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

ENV = "AUDITOR_SCRATCH"
PREFIX = "auditor-scratch-"

_ROOT: tuple[int, str] | None = None  # (pid, folder) made by this process


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # another user's process, or cannot tell: leave its folder alone
    return True


def _sweep(base: str) -> None:
    """Remove the roots of this user's audit processes that are gone (killed without their exit handlers)."""
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return
    uid = os.getuid() if hasattr(os, "getuid") else None
    for name in names:
        if not name.startswith(PREFIX):
            continue
        pid = name[len(PREFIX):].split("-", 1)[0]
        path = os.path.join(base, name)
        try:
            if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
                continue
            if uid is not None and os.lstat(path).st_uid != uid:
                continue
        except OSError:
            continue
        shutil.rmtree(path, ignore_errors=True)


def _remove(pid: int, folder: str) -> None:
    if os.getpid() == pid:  # (a process forked from this one inherits the handler: only the maker removes)
        shutil.rmtree(folder, ignore_errors=True)


def root() -> str:
    """The root for this process: its parent audit's (a worker), else its own, made now and removed at exit."""
    global _ROOT
    import multiprocessing

    shared = os.environ.get(ENV)
    if shared and multiprocessing.parent_process() is not None and os.path.isdir(shared):
        return shared
    if _ROOT is None or _ROOT[0] != os.getpid() or not os.path.isdir(_ROOT[1]):
        base = tempfile.gettempdir()
        _sweep(base)
        folder = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base)
        _ROOT = (os.getpid(), folder)
        atexit.register(_remove, os.getpid(), folder)
    return _ROOT[1]


def folder() -> str:
    """This process's own scratch folder (inside the root), there on every call."""
    path = os.path.join(root(), str(os.getpid()))
    os.makedirs(path, exist_ok=True)
    return path


def release() -> None:
    """Remove the root this process made, now (a forkserver after its priming scan: it ends with ``os._exit`` when its
    audit is gone, without exit handlers; its workers use their audit's root)."""
    global _ROOT
    if _ROOT is not None and _ROOT[0] == os.getpid():
        shutil.rmtree(_ROOT[1], ignore_errors=True)
    _ROOT = None


def worker_start(shared: str) -> None:
    """A pool's ``initializer`` (with ``initargs=(root(),)``): this worker keeps its scratch files under its
    audit's root (whatever environment its server process was started with), and dies with its parent."""
    from auditor.orphans import die_with_parent

    os.environ[ENV] = shared
    die_with_parent()
