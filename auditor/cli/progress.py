"""Progress on a terminal for ``auditor audit``: the current step and the checks done out of the total.

Shown on stderr as soon as the audit starts — within a second of the command's start, measured on real
repositories (a timer would wait on the audit's work for the interpreter: 0.5 s of delay showed the
first line after 1.5 s) — through rich's live display, which is transient (an audit answered from the
cache leaves nothing behind); nothing at all when stderr is not a terminal or with ``-q``,
so logs and pipes stay clean. Colours follow ``NO_COLOR`` / ``FORCE_COLOR`` (rich reads both).
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

from auditor.i18n import t

DELAY_S = float(os.environ.get("AUDITOR_PROGRESS_DELAY", "0"))  # seconds before the display appears (0: at once)


def wanted(quiet: bool, stream: Any = None) -> bool:
    stream = stream or sys.stderr
    return not quiet and bool(getattr(stream, "isatty", lambda: False)())


class AuditProgress:
    """``with AuditProgress(enabled, lang) as p: audit(..., AuditOptions(progress=p.update))``."""

    def __init__(self, enabled: bool, lang: str = "fr") -> None:
        self.enabled = enabled
        self.lang = lang
        self._bar = None
        self._task = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._state = (t("progress.acquire", lang), 0, 1)

    def __enter__(self) -> "AuditProgress":
        if self.enabled and DELAY_S <= 0:
            self._show()
        elif self.enabled:
            self._timer = threading.Timer(DELAY_S, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with self._lock:
            if not self.enabled or self._bar is not None:
                return
            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=24), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True, refresh_per_second=8)
            desc, done, total = self._state
            self._task = self._bar.add_task(desc, total=total, completed=done)
            self._bar.start()

    def update(self, step: str, done: int, total: int, detail: str = "") -> None:
        if not self.enabled:
            return
        label = t(f"progress.{step}", self.lang)
        desc = f"{label} — {detail}" if detail else label
        desc = desc if len(desc) <= 70 else desc[:69] + "…"
        with self._lock:
            self._state = (desc, done, total)
            if self._bar is not None and self._task is not None:
                self._bar.update(self._task, description=desc, completed=done, total=total)

    def __exit__(self, *exc: Any) -> None:
        with self._lock:
            self.enabled = False
            if self._timer is not None:
                self._timer.cancel()
            if self._bar is not None:
                self._bar.stop()
                self._bar = None
