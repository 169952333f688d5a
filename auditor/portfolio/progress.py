"""Batch progress: a bar on a terminal, plain log lines otherwise (CI)."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from auditor.portfolio.entries import Project
    from auditor.portfolio.runner import Outcome

class Progress:
    """A progress bar on a terminal; plain log lines otherwise (CI)."""

    def __init__(self, total: int, mode: str = "auto", stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
            mode = "bar" if (not ci and getattr(self.stream, "isatty", lambda: False)()) else "log"
        self.mode = mode
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.running: list[str] = []
        self._lock = threading.Lock()

    def _eta(self) -> str:
        if not self.done:
            return "?"
        left = (time.monotonic() - self.started) / self.done * (self.total - self.done)
        return f"{int(left // 60)}:{int(left % 60):02d}"

    def _bar(self) -> None:
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        running = ", ".join(self.running[:3]) + ("…" if len(self.running) > 3 else "")
        line = (f"\r[{'█' * filled}{'░' * (width - filled)}] {self.done}/{self.total} done · {self.failed} failing · "
                f"~{self._eta()} left" + (f" · {running}" if running else ""))
        self.stream.write(line[:200].ljust(120))
        self.stream.flush()

    def start(self, project: Project) -> None:
        with self._lock:
            self.running.append(project.id)
            if self.mode == "bar":
                self._bar()

    def finish(self, outcome: Outcome) -> None:
        with self._lock:
            if outcome.project.id in self.running:
                self.running.remove(outcome.project.id)
            self.done += 1
            if outcome.status != "ok":
                self.failed += 1
            if self.mode == "bar":
                if outcome.status != "ok":
                    self.stream.write(f"\r{'':120}\r  ✗ {outcome.project.id}: {outcome.reason}\n")
                self._bar()
            elif self.mode == "log":
                tag = f"[{self.done}/{self.total}]"
                if outcome.status == "ok":
                    sc = outcome.report["scores"] if outcome.report else {}
                    lv = (sc.get("level") or {}).get("id", "-")
                    extra = " (kept from the interrupted run)" if outcome.resumed else f" in {outcome.duration:.1f}s"
                    self.stream.write(f"batch: {tag} ok {outcome.project.id}: level {lv}, score {sc.get('overall')}{extra}\n")
                else:
                    self.stream.write(f"batch: {tag} FAILED {outcome.project.id} ({outcome.kind}): {outcome.reason}\n")
                self.stream.flush()

    def close(self) -> None:
        if self.mode == "bar":
            self._bar()
            self.stream.write("\n")
            self.stream.flush()
