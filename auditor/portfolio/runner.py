"""Portfolio batch audits: audit every project of a portfolio on an executor, write the jury's folder.

Output folder layout::

    index.html              the dashboard (self-contained)
    portfolio.csv / .xlsx   one row per project, for the jury
    batch.json              the manifest: batch id, dates, each project's status and reason
    previous-batch.json     the manifest of the batch before (change since the previous batch)
    projects/<id>.json      the canonical report (written last: its presence means "done")
    projects/<id>.html      the HTML report (when the ``html`` renderer is installed)
    projects/<id>.error.json  why that project's audit failed

Projects are audited by :func:`auditor.portfolio.project.audit_project` on any
:class:`concurrent.futures.Executor` (a thread pool of ``--jobs`` workers by default; a process pool
or a distributed executor works the same); everything is written here, in the runner's thread.
Every file is written then renamed (:func:`auditor.report.atomic_write`): a batch killed at any
moment, even by SIGKILL, leaves only complete files (plus hidden ``.*.part`` leftovers), and
``--resume`` re-runs only the projects without a report or with a failure.

This module is longer than 400 lines because the runner's steps (resume, run, manifest, outputs)
share one state; parsing, the worker, progress and exports live in their own modules.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from auditor.errors import AuditorError, UsageError
from auditor.portfolio.entries import PortfolioError, Project, load_portfolio
from auditor.portfolio.progress import Progress, channel
from auditor.portfolio.project import ProjectOptions, audit_project, failure_kind, failure_reason
from auditor.report import atomic_write
from auditor.target import parse_target, redact

log = logging.getLogger(__name__)


@dataclass
class BatchOptions:
    output: Path
    audit: Any  # AuditOptions template (ruleset, timeout, budget, cache_dir, offline…)
    jobs: int = 2
    resume: bool = False
    lang: str = "fr"
    db: str | None = None
    history: bool = True
    progress: str = "auto"  # "bar", "log", "none" or "auto"
    csv_sep: str = ","  # portfolio.csv: ";" for French spreadsheets
    csv_bom: bool = False  # portfolio.csv: a UTF-8 byte order mark, for Excel


@dataclass
class Outcome:
    project: Project
    status: str  # "ok" or "failed"
    report: dict[str, Any] | None = None
    kind: str | None = None  # unreachable, timeout, error, crash
    reason: str | None = None
    duration: float = 0.0
    resumed: bool = False


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class Batch:
    """One batch run: the projects, the output folder, the executor that audits them."""

    def __init__(self, projects: list[Project], options: BatchOptions, invalid: list[PortfolioError] | None = None,
                 portfolio: str | None = None, executor: Executor | None = None) -> None:
        self.projects = projects
        self.opts = options
        self.invalid = invalid or []
        self.portfolio = portfolio
        self.out = Path(options.output)
        self.pdir = self.out / "projects"
        self.store = None
        self.ruleset = None
        self.executor = executor

    # -- files
    def json_path(self, p: Project) -> Path:
        return self.pdir / f"{p.id}.json"

    def html_path(self, p: Project) -> Path:
        return self.pdir / f"{p.id}.html"

    def error_path(self, p: Project) -> Path:
        return self.pdir / f"{p.id}.error.json"

    def _html_available(self) -> bool:
        from auditor.reports import formats

        return "html" in formats()

    def _write_html(self, p: Project, report: dict[str, Any]) -> str | None:
        if not self._html_available():
            return None
        from auditor.reports import render

        try:
            atomic_write(self.html_path(p), render(report, "html", self.opts.lang))
            return None
        except Exception as exc:  # noqa: BLE001 - the JSON report stays the reference
            log.debug("html render failed for %s", p.id, exc_info=True)
            return f"HTML report not written: {type(exc).__name__}: {exc}"

    def _done_report(self, p: Project) -> dict[str, Any] | None:
        data = _read_json(self.json_path(p))
        if not isinstance(data, dict) or "schema_version" not in data or "target" not in data:
            return None
        try:
            if data["target"].get("input") != parse_target(p.url).input:
                return None  # the portfolio now points elsewhere
        except AuditorError:
            return None
        return data

    # -- one project
    def _finish(self, p: Project, report: dict[str, Any], duration: float) -> Outcome:
        """Write one audited project's reports and record it (in the runner's thread: workers write nothing)."""
        from auditor.history import target_key
        from auditor.report import to_json

        key = target_key(parse_target(p.url))
        if self.store is not None:
            try:
                items = self.store.history_items(key, before=report["target"]["as_of"], exclude_batch=self.batch_id)
            except Exception as exc:  # noqa: BLE001 - the history is a side output
                log.warning("%s: history not read: %s", p.id, redact(str(exc)).splitlines()[0] if str(exc) else exc)
                items = []
            if items:
                report["history"] = items
        html_err = self._write_html(p, report)
        if html_err:
            log.warning("%s: %s", p.id, html_err)
        atomic_write(self.json_path(p), to_json(report))
        try:
            self.error_path(p).unlink()
        except FileNotFoundError:
            pass
        if self.store is not None:
            try:
                self.store.record(report, key, batch_id=self.batch_id, project_id=p.id)
            except Exception as exc:  # noqa: BLE001 - the report is written; --resume records it later
                log.warning("%s: audit not recorded in the history store: %s", p.id,
                            redact(str(exc)).splitlines()[0] if str(exc) else exc)
        return Outcome(p, "ok", report=report, duration=duration)

    def _outcome(self, p: Project, future: Future, started: float) -> Outcome:
        duration = time.monotonic() - started
        try:
            exc = future.exception()
            if exc is None:
                return self._finish(p, future.result(), duration)
        except Exception as error:  # noqa: BLE001 - one project's failure never stops the batch (writing included)
            exc = error
        log.debug("project %s failed", p.id, exc_info=exc)
        return Outcome(p, "failed", kind=failure_kind(exc), reason=failure_reason(p, exc), duration=duration)

    def _write_failure(self, o: Outcome) -> None:
        for path in (self.json_path(o.project), self.html_path(o.project)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        atomic_write(self.error_path(o.project), json.dumps(
            {"project": o.project.id, "status": "failed", "kind": o.kind, "reason": o.reason, "at": _now(),
             "duration_s": round(o.duration, 3)}, ensure_ascii=False, indent=2) + "\n")

    # -- the whole batch
    def run(self) -> dict[str, Any]:
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self.pdir.mkdir(parents=True, exist_ok=True)
            lock = open(self.out / ".batch.lock", "a+")  # noqa: SIM115 - held for the whole run
        except OSError as exc:  # a read-only or full output folder: one line, exit 2
            raise UsageError(f"{self.out}: cannot write the output folder: {exc.strerror or exc}") from None
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise UsageError(f"{self.out}: another batch is writing to this folder") from None
        try:
            return self._run()
        finally:
            try:  # no lock file left in the jury's folder (unlinked while still held: no other run can slip in)
                (self.out / ".batch.lock").unlink()
            except OSError:
                pass
            lock.close()

    def _run(self) -> dict[str, Any]:
        # On a terminal the display appears before the ruleset, the facts and the workers load (seconds).
        progress = Progress(len(self.projects), self.opts.progress, lang=self.opts.lang)
        progress.begin()
        try:
            return self._run_with(progress)
        finally:
            progress.close()

    def _run_with(self, progress: Progress) -> dict[str, Any]:
        from auditor.engine import resolve_ruleset
        from auditor.facts import load_facts

        # Leftovers of a killed run: temporary files that were never renamed (never taken for reports).
        for leftover in list(self.out.glob(".*.part")) + list(self.pdir.glob(".*.part")):
            try:
                leftover.unlink()
            except OSError:
                pass
        self.ruleset = resolve_ruleset(self.opts.audit)
        load_facts()
        manifest_path = self.out / "batch.json"
        old = _read_json(manifest_path) if manifest_path.exists() else None
        if self.opts.resume and isinstance(old, dict) and old.get("batch_id"):
            self.batch_id, self.started_at = old["batch_id"], old.get("started_at") or _now()
        else:
            self.batch_id, self.started_at = f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}", _now()
            if isinstance(old, dict) and old.get("finished_at"):
                atomic_write(self.out / "previous-batch.json", json.dumps(old, ensure_ascii=False, indent=2) + "\n")
        if self.opts.history:
            from auditor.history import open_store

            self.store = open_store(self.opts.db)
        self._write_manifest(None, {})

        outcomes: dict[str, Outcome] = {}
        todo: list[Project] = []
        for p in self.projects:
            rep = self._done_report(p) if self.opts.resume else None
            if rep is not None:
                outcomes[p.id] = Outcome(p, "ok", report=rep, resumed=True)
                if self._html_available() and not self.html_path(p).exists():
                    self._write_html(p, rep)
                if self.store is not None and not self.store.has(self.batch_id, p.id):
                    from auditor.history import report_key, target_key

                    try:
                        key = target_key(parse_target(p.url))
                    except AuditorError:
                        key = report_key(rep)
                    self.store.record(rep, key, batch_id=self.batch_id, project_id=p.id)
            else:
                todo.append(p)
        for o in outcomes.values():
            progress.finish(o)
        self._run_parallel(todo, outcomes, progress)
        progress.close()
        summary = self.write_outputs(outcomes)
        self._write_manifest(_now(), outcomes)
        if self.store is not None:
            self.store.close()
        return summary

    def _run_parallel(self, todo: list[Project], outcomes: dict[str, Outcome], progress: Progress) -> None:
        """Audit ``todo`` on the executor (a thread pool of ``jobs`` workers unless one was given), at
        most ``jobs`` projects at a time; a project without a result after the wall-clock limit is
        abandoned (its worker may stay stuck: it no longer counts against ``jobs``)."""
        if not todo:
            return
        # A wall-clock limit per project beyond the clone time-out and the analysis budget.
        limit = self.opts.audit.timeout * 3 + self.opts.audit.budget + 60
        jobs = max(1, min(self.opts.jobs, len(todo)))
        # Threads start on demand: at most ``jobs`` plus the abandoned ones ever exist.
        executor = self.executor or ThreadPoolExecutor(max_workers=len(todo), thread_name_prefix="audit-worker")
        with channel(self.executor, progress) as events:
            self._run_on(executor, todo, outcomes, progress, events, jobs, limit)

    def _run_on(self, executor: Executor, todo: list[Project], outcomes: dict[str, Outcome], progress: Progress, events: Any,
                jobs: int, limit: float) -> None:
        popts = ProjectOptions(audit=self.opts.audit, lang=self.opts.lang, ruleset=self.ruleset, progress=events)
        waiting = deque(todo)
        running: dict[Future, tuple[Project, float | None]] = {}
        abandoned: set[Future] = set()
        # A process pool gets one project more than it has workers: the next one is already in its queue when a
        # worker finishes (instead of waiting for this thread, busy writing a report). Its clock starts when a
        # worker is free for it, not when it was queued.
        queued = 1 if isinstance(executor, ProcessPoolExecutor) else 0
        prepared = False

        def fill() -> None:  # as many projects running as there are jobs (and ``queued`` more waiting in the pool)
            while waiting and len(running) - len(abandoned) < jobs + queued:
                p = waiting.popleft()
                running[executor.submit(audit_project, p, popts)] = (p, None)
            clocked = sum(1 for f, (_, t) in running.items() if t is not None and f not in abandoned)
            for fut, (p, t) in list(running.items()):  # submission order
                if t is None and clocked < jobs:
                    progress.start(p)
                    running[fut] = (p, time.monotonic())
                    clocked += 1

        try:
            while waiting or len(running) > len(abandoned):
                fill()
                done, _ = wait(list(running), timeout=0.2, return_when=FIRST_COMPLETED)
                # the steps first (a finished project's last steps, then its end): the display only, never the outcomes
                if not progress.drain(events):
                    progress.tick()
                finished = []
                for fut in sorted(done, key=lambda f: running[f][0].id):
                    p, started = running.pop(fut)
                    if fut in abandoned:
                        abandoned.discard(fut)
                        continue
                    if started is None:  # queued, then run and finished between two turns of this loop
                        progress.start(p)
                        started = time.monotonic()
                    finished.append((p, fut, started))
                # the next projects go to the free workers before this thread writes the finished ones' reports
                # (HTML, JSON, history): a worker never waits for the coordinator
                fill()
                if finished and not prepared:  # the portfolio's pages, loaded while the workers audit
                    prepared = self._prepare_outputs()
                for p, fut, started in finished:
                    o = self._outcome(p, fut, started)
                    if o.status != "ok":
                        self._write_failure(o)
                    outcomes[p.id] = o
                    progress.finish(o)
                now = time.monotonic()
                for fut, (p, started) in sorted(running.items(), key=lambda kv: kv[1][0].id):
                    if fut not in abandoned and started is not None and now - started > limit:
                        abandoned.add(fut)
                        fut.cancel()
                        o = Outcome(p, "failed", kind="timeout", reason=f"no result after {int(now - started)}s: abandoned",
                                    duration=now - started)
                        self._write_failure(o)
                        outcomes[p.id] = o
                        progress.finish(o)
        finally:
            if self.executor is None:
                executor.shutdown(wait=not abandoned, cancel_futures=True)

    @staticmethod
    def _prepare_outputs() -> bool:
        try:
            from auditor.reports import prepare_portfolio

            prepare_portfolio()
        except Exception as exc:  # noqa: BLE001 - loaded again (and failing for good) when the outputs are written
            log.debug("portfolio renderers not prepared: %s", exc)
        return True

    def _write_manifest(self, finished: str | None, outcomes: dict[str, Outcome]) -> None:
        entries = []
        for p in self.projects:
            o = outcomes.get(p.id)
            e = p.public()
            if o is not None:
                e["status"] = o.status
                if o.status == "ok" and o.report:
                    sc = o.report.get("scores") or {}
                    e.update({"overall": sc.get("overall"), "level": (sc.get("level") or {}).get("id"),
                              "commit": o.report["target"].get("commit"),
                              "criteria": {k: v.get("score") for k, v in (sc.get("criteria") or {}).items()}})
                else:
                    e.update({"kind": o.kind, "reason": o.reason})
            else:
                e["status"] = "pending"
            entries.append(e)
        manifest = {"batch_id": self.batch_id, "started_at": self.started_at, "finished_at": finished,
                    "portfolio": self.portfolio, "invalid_entries": [{"line": e.line, "message": e.message} for e in self.invalid],
                    "ruleset": self.ruleset.to_dict() if self.ruleset else None, "projects": entries}
        atomic_write(self.out / "batch.json", json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n")

    # -- outputs
    def _previous(self) -> dict[str, dict[str, Any]]:
        """Each project's result in the previous batch (history store first, then previous-batch.json)."""
        prev: dict[str, dict[str, Any]] = {}
        old = _read_json(self.out / "previous-batch.json")
        if isinstance(old, dict):
            for e in old.get("projects", []):
                if isinstance(e, dict) and e.get("status") == "ok":
                    prev[e.get("id")] = {"overall": e.get("overall"), "level": e.get("level"), "at": old.get("started_at")}
        if self.store is not None:
            from auditor.history import target_key

            for p in self.projects:
                try:
                    key = target_key(parse_target(p.url))
                except AuditorError:
                    continue
                rows = [r for r in self.store.rows(key) if r.get("batch_id") and r["batch_id"] != self.batch_id
                        and (r.get("recorded_at") or "") < self.started_at]
                if rows:
                    r = rows[-1]
                    prev[p.id] = {"overall": r["overall"], "level": r["level_id"], "at": r["as_of"]}
        return prev

    def rows(self, outcomes: dict[str, Outcome]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        prev = self._previous()
        rows, criteria, levels = [], {}, {}
        if self.ruleset is not None:
            for lv in self.ruleset.levels:
                levels[lv["id"]] = {"id": lv["id"], "title": lv["title"]}
            for cid, c in (self.ruleset.data.get("criteria") or {}).items():
                criteria[cid] = {"id": cid, "title": c.get("title") or {"fr": cid, "en": cid}}
        rank = {lid: i for i, lid in enumerate(levels)}
        for p in self.projects:
            o = outcomes.get(p.id)
            row: dict[str, Any] = {**p.public(), "status": o.status if o else "pending"}
            row["report_json"] = f"projects/{p.id}.json" if o and o.status == "ok" else None
            row["report_html"] = f"projects/{p.id}.html" if o and o.status == "ok" and self.html_path(p).exists() else None
            if o and o.status == "ok" and o.report:
                sc = o.report.get("scores") or {}
                lv = sc.get("level") or {}
                row.update(_report_cells(o.report, sc, lv))
                _known_scales(criteria, levels, sc, lv)
                if prev.get(p.id):
                    row.update(_change(prev[p.id], sc, lv, rank))
            elif o:
                row.update({"kind": o.kind, "reason": o.reason})
            rows.append(row)
        return rows, list(criteria.values()), list(levels.values())

    def write_outputs(self, outcomes: dict[str, Outcome]) -> dict[str, Any]:
        from auditor.reports import render_portfolio

        rows, criteria, levels = self.rows(outcomes)
        data = {"batch_id": self.batch_id, "started_at": self.started_at, "generated_at": _now(), "portfolio": self.portfolio,
                "ruleset": self.ruleset.to_dict() if self.ruleset else None, "rows": rows, "criteria": criteria, "levels": levels,
                "invalid": [{"line": e.line, "message": e.message} for e in self.invalid],
                "csv": {"sep": self.opts.csv_sep, "bom": self.opts.csv_bom}}
        for name, fmt in (("index.html", "portfolio-dashboard"), ("portfolio.csv", "portfolio-csv"), ("portfolio.xlsx", "portfolio-xlsx")):
            atomic_write(self.out / name, render_portfolio(data, fmt, self.opts.lang))
        ok = sum(1 for r in rows if r["status"] == "ok")
        return {"batch_id": self.batch_id, "total": len(rows), "ok": ok, "failed": len(rows) - ok, "invalid": len(self.invalid),
                "gate_missed": sum(1 for r in rows if r["status"] == "ok" and r.get("gate_passed") is False),
                "output": str(self.out), "rows": rows}


def _report_cells(r: dict[str, Any], sc: dict[str, Any], lv: dict[str, Any]) -> dict[str, Any]:
    """A project's row values from its report: commit, date, scores, level, criteria, families, gate."""
    return {"commit": r["target"].get("commit"), "as_of": r["target"].get("as_of"),
            "overall": sc.get("overall"), "coverage": sc.get("coverage"), "level": lv.get("id"),
            "level_rank": lv.get("rank"), "level_title": lv.get("title"),
            "criteria": {k: v.get("score") for k, v in (sc.get("criteria") or {}).items()},
            "families": {k: v.get("score") for k, v in (sc.get("families") or {}).items()},
            "gate_passed": (r.get("gate") or {}).get("passed", True),
            "web_url": r["target"].get("web_url")}


def _known_scales(criteria: dict[str, Any], levels: dict[str, Any], sc: dict[str, Any], lv: dict[str, Any]) -> None:
    """Criteria and levels a report names that the ruleset did not (a project audited with another ruleset)."""
    for cid, c in (sc.get("criteria") or {}).items():
        criteria.setdefault(cid, {"id": cid, "title": c.get("title") or {"fr": cid, "en": cid}})
    if lv.get("id"):
        levels.setdefault(lv["id"], {"id": lv["id"], "title": lv.get("title") or {"fr": lv["id"], "en": lv["id"]}})


def _change(pv: dict[str, Any], scores: dict[str, Any], level: dict[str, Any], rank: dict[str, int]) -> dict[str, Any]:
    """A project's change since its previous audit: score delta and level move."""
    out: dict[str, Any] = {"previous_overall": pv["overall"], "previous_level": pv["level"], "previous_at": pv.get("at")}
    if pv["overall"] is not None and scores.get("overall") is not None:
        out["delta_overall"] = round(scores["overall"] - pv["overall"], 1)
    a, b = rank.get(pv["level"]), rank.get(level.get("id"))
    if pv["level"] == level.get("id"):
        out["level_change"] = "same"
    elif a is None or b is None:
        out["level_change"] = "changed"
    else:
        out["level_change"] = "up" if b > a else "down"
    return out


def run_batch(portfolio: str | Path, options: BatchOptions, url_column: str | None = None, name_column: str | None = None,
              on_invalid: Callable[[PortfolioError], None] | None = None, executor: Executor | None = None) -> dict[str, Any]:
    projects, invalid = load_portfolio(portfolio, url_column, name_column)
    for e in invalid:
        if on_invalid:
            on_invalid(e)
    if not projects:
        raise UsageError(f"{portfolio}: no valid project to audit" + (f" ({len(invalid)} invalid entries)" if invalid else ""))
    return Batch(projects, options, invalid, portfolio=Path(portfolio).name, executor=executor).run()
