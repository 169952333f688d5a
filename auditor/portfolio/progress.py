"""Batch progress: rich's live display on a terminal, plain log lines otherwise (CI), nothing with ``-q``.

On a terminal the display shows the projects done out of the total (and how many failed), then one
line per project being audited with its current step (fetching, reading the files, check n of N and
its title). The steps come from the workers through an *event channel* (:func:`channel`): a plain
queue for threads and the in-process executor, a manager's queue (picklable) for a local process pool,
none for a cluster (projects only, no steps). Workers only ``put``; the coordinator drains the channel
in its own loop (:meth:`Progress.drain`), before it handles the finished audits, and drops the events
of a project that is no longer running: the display never shows a step after its project ended, and
nothing the display does reaches a report (events are words and counters for people, never results).
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

from auditor.i18n import t

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from auditor.portfolio.entries import Project
    from auditor.portfolio.runner import Outcome

MAX_EVENTS = 2000  # drained per call: a flood of events can never hold up the coordinator


@contextmanager
def channel(executor: Executor | None, progress: Progress) -> Iterator[Any]:
    """A queue the workers of ``executor`` can ``put`` step events in, or None (no display, or an executor
    whose workers cannot reach this process: a cluster)."""
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    from auditor.executors import SerialExecutor

    if not progress.wants_steps:
        yield None
    elif isinstance(executor, SerialExecutor):  # the audit runs in the coordinator's thread: show each step at once
        yield _Immediate(progress)
    elif executor is None or isinstance(executor, ThreadPoolExecutor):
        yield queue.Queue()
    elif isinstance(executor, ProcessPoolExecutor):
        import multiprocessing

        try:
            manager = multiprocessing.get_context("spawn").Manager()
        except OSError:  # no process for the manager: projects only, no steps
            yield None
            return
        try:
            yield manager.Queue()
        finally:
            manager.shutdown()
    else:
        yield None


class StepReporter:
    """The ``AuditOptions.progress`` callback a worker runs: puts ``(project id, step, done, total, detail)``
    in the channel. Picklable with a manager's queue; a channel that fails never stops an audit."""

    def __init__(self, events: Any, project_id: str) -> None:
        self.events = events
        self.project_id = project_id

    def __call__(self, step: str, done: int, total: int, detail: str = "") -> None:
        try:
            self.events.put((self.project_id, step, done, total, detail[:200]))
        except Exception:  # noqa: BLE001 - a display's channel, never the audit's business
            self.events = _Closed()


class _Closed:
    def put(self, item: Any) -> None:
        pass


class _Immediate:
    """The channel of the in-process executor: the coordinator runs the audit, so it shows each step as it comes."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def put(self, item: tuple) -> None:
        self.progress.step(*item)
        self.progress.tick()

    def get_nowait(self) -> Any:
        raise queue.Empty


WIDTH = 50  # a project's line: its id and step, cut so that the bar and the counts fit 80 columns


def _line(project_id: str, step: str, detail: str, lang: str) -> str:
    label = t(f"progress.{step}", lang)
    desc = f"  {project_id[:20]} — {label}" + (f" — {detail}" if detail else "")
    return desc if len(desc) <= WIDTH else desc[:WIDTH - 1] + "…"


class Progress:
    """A live display on a terminal; plain log lines otherwise (CI); ``mode="none"`` prints nothing."""

    def __init__(self, total: int, mode: str = "auto", stream: Any = None, lang: str = "fr") -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
            mode = "bar" if (not ci and getattr(self.stream, "isatty", lambda: False)()) else "log"
        self.mode = mode
        self.lang = lang
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.running: dict[str, tuple[str, int, int, str]] = {}  # project id -> (step, done, total, detail)
        self._lock = threading.Lock()
        self._live: Any = None
        self._overall: Any = None
        self._tasks: dict[str, Any] = {}

    @property
    def wants_steps(self) -> bool:
        return self.mode == "bar"

    # -- the display (terminal)
    def _ensure_live(self) -> None:
        if self._live is not None:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Live, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(file=self.stream, stderr=self.stream is sys.stderr)
        # refreshed by the coordinator's loop (every event and every 0.2 s): no display thread of its own
        self._live = Live(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=20), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console, transient=True, auto_refresh=False)
        self._overall = self._live.add_task(self._overall_text(), total=self.total, completed=self.done)
        self._live.start()

    def _overall_text(self) -> str:
        text = t("progress.batch", self.lang)
        if self.failed:
            text += f" · {self.failed} {t('progress.failing', self.lang)}"
        if self.done and self.done < self.total:
            left = (time.monotonic() - self.started) / self.done * (self.total - self.done)
            text += f" · ~{int(left // 60)}:{int(left % 60):02d}"
        return text

    def _show_step(self, pid: str) -> None:
        step, done, total, detail = self.running[pid]
        desc = _line(pid, step, detail, self.lang)
        if pid in self._tasks:
            self._live.update(self._tasks[pid], description=desc, completed=done, total=max(total, 1))
        else:
            self._tasks[pid] = self._live.add_task(desc, total=max(total, 1), completed=done)

    def _refresh(self) -> None:
        if self._live is not None:
            self._live.update(self._overall, description=self._overall_text(), completed=self.done)
            self._live.refresh()

    # -- what the runner tells
    def begin(self) -> None:
        """Show the display at once (projects done out of the total), before anything slow starts."""
        with self._lock:
            if self.mode == "bar":
                self._ensure_live()
                self._refresh()

    def start(self, project: Project) -> None:
        with self._lock:
            self.running[project.id] = ("acquire", 0, 1, "")
            if self.mode == "bar":
                self._ensure_live()
                self._show_step(project.id)
                self._refresh()

    def step(self, project_id: str, step: str, done: int, total: int, detail: str = "") -> None:
        """One step of a running project (ignored once the project has finished)."""
        with self._lock:
            if project_id not in self.running or self.mode != "bar":
                return
            self.running[project_id] = (str(step), int(done), int(total), str(detail))
            self._ensure_live()
            self._show_step(project_id)

    def drain(self, events: Any) -> int:
        """Apply the events waiting in the channel, in their order (the coordinator's thread); returns how many."""
        n = 0
        while events is not None and n < MAX_EVENTS:
            try:
                event = events.get_nowait()
            except (queue.Empty, EOFError, OSError):
                break
            except Exception:  # noqa: BLE001 - a manager gone: nothing more to show
                break
            n += 1
            if isinstance(event, tuple) and len(event) == 5:
                self.step(*event)
        if n:
            with self._lock:
                self._refresh()
        return n

    def tick(self) -> None:
        """Redraw (elapsed time, spinner) from the coordinator's loop."""
        with self._lock:
            self._refresh()

    def finish(self, outcome: Outcome) -> None:
        with self._lock:
            pid = outcome.project.id
            self.running.pop(pid, None)
            self.done += 1
            if outcome.status != "ok":
                self.failed += 1
            if self.mode == "bar":
                self._ensure_live()
                if pid in self._tasks:
                    self._live.remove_task(self._tasks.pop(pid))
                if outcome.status != "ok":
                    self._live.console.print(f"  ✗ {pid}: {outcome.reason}", markup=False, highlight=False)
                self._refresh()
            elif self.mode == "log":
                tag = f"[{self.done}/{self.total}]"
                if outcome.status == "ok":
                    sc = outcome.report["scores"] if outcome.report else {}
                    lv = (sc.get("level") or {}).get("id", "-")
                    extra = " (kept from the interrupted run)" if outcome.resumed else f" in {outcome.duration:.1f}s"
                    self.stream.write(f"batch: {tag} ok {pid}: level {lv}, score {sc.get('overall')}{extra}\n")
                else:
                    self.stream.write(f"batch: {tag} FAILED {pid} ({outcome.kind}): {outcome.reason}\n")
                self.stream.flush()

    def close(self) -> None:
        with self._lock:
            if self._live is not None:
                self._live.stop()
                self._live = None
