"""Imported ONLY as a forkserver preload (``set_forkserver_preload``), in the server process itself:
it watches the audit's process and ends the server when that process is gone (killed by SIGKILL, its
own watchdog, a cancelled CI job), so that the pool workers forked from it, which die with the server
(:func:`auditor.orphans.die_with_parent`), stop too. A thread polls the parent's pid (not the
kernel's parent-death signal, which follows the thread that started the server, and the first pool may
be started from a batch's worker thread)."""

from __future__ import annotations

import os
import threading
import time


def _watch(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


threading.Thread(target=_watch, args=(os.getppid(),), daemon=True, name="auditor-parent-watch").start()
