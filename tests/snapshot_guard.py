"""Git snapshots opened by tests are closed, and a leak shows (issue 12, session 23).

A :class:`auditor.snapshot.GitSnapshot` starts a ``git cat-file --batch`` process at its first read and stops it in ``close()``.
Test helpers such as ``tests.test_scaling.ctx_for`` hand out a context whose snapshot the test goes on using, so nothing closed
it; a forgotten Popen is kept by ``subprocess`` with its stdin open, and the process lived until the pytest run ended (about 220
of them at three quarters of the suite). ``conftest.py`` records every snapshot created (:func:`install`), closes those a test
created when it ends (:func:`close_since`), and at the end of the run closes and names any still open (a module fixture that
forgot to) and counts the ``git cat-file`` processes still alive (:func:`live_cat_files`): either makes the run fail.
"""

from __future__ import annotations

import os

from auditor.snapshot import GitSnapshot

OPENED: list[tuple[GitSnapshot, str]] = []  # every snapshot created and not yet closed by the guard, with the test that made it
_installed = False


def install() -> None:
    """Record every GitSnapshot created from now on in :data:`OPENED` (once per process)."""
    global _installed
    if _installed:
        return
    init = GitSnapshot.__init__

    def recorded(self, *args, **kwargs):
        init(self, *args, **kwargs)
        OPENED.append((self, os.environ.get("PYTEST_CURRENT_TEST", "outside a test").split(" (")[0]))

    GitSnapshot.__init__ = recorded  # type: ignore[method-assign]
    _installed = True


def is_open(snap: GitSnapshot) -> bool:
    """Its cat-file process is running."""
    proc = getattr(snap, "_batch", None)
    return proc is not None and proc.poll() is None


def close_since(start: int) -> list[str]:
    """Close the snapshots created after the first ``start`` ones; the tests that left one running (closed here)."""
    left = sorted({who for snap, who in OPENED[start:] if is_open(snap)})
    for snap, _who in OPENED[start:]:
        snap.close()
    del OPENED[start:]
    return left


def live_cat_files(pid: int | None = None) -> list[int]:
    """The ``git cat-file`` processes still running that ``pid`` (this process) started: Linux's /proc, [] elsewhere."""
    pid = os.getpid() if pid is None else pid
    out = []
    try:
        names = sorted(os.listdir("/proc"))
    except OSError:
        return []
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
            fields = stat[stat.rindex(b")") + 2:].split()  # after "pid (comm) ": state, ppid…
            if fields[0] == b"Z" or int(fields[1]) != pid:
                continue
            with open(f"/proc/{name}/cmdline", "rb") as f:
                if b"cat-file" in f.read():
                    out.append(int(name))
        except (OSError, ValueError, IndexError):
            continue
    return out
