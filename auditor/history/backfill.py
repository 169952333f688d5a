"""Backfill: audit a project as it was at past dates (monthly or weekly), sharing blobs between
the snapshots of neighbouring commits, and record each audit in the history store."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

from auditor.errors import UsageError
from auditor.history.store import HistoryStore, target_key
from auditor.target import Target


class BlobCache:
    """Blob contents by object id, shared by the snapshots of one backfill (an LRU bounded in bytes).

    Git objects are immutable and named by their content, so a blob read for one month's commit
    serves every later commit that still holds it, without another round trip to git.
    """

    def __init__(self, limit: int = 256 * 1024 * 1024) -> None:
        from collections import OrderedDict

        self.limit = limit
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._data: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, oid: str) -> bytes | None:
        with self._lock:
            data = self._data.get(oid)
            if data is None:
                self.misses += 1
                return None
            self._data.move_to_end(oid)
            self.hits += 1
            return data

    def put(self, oid: str, data: bytes) -> None:
        if len(data) > self.limit // 8:
            return
        with self._lock:
            if oid in self._data:
                return
            self._data[oid] = data
            self.size += len(data)
            while self.size > self.limit and self._data:
                _, old = self._data.popitem(last=False)
                self.size -= len(old)


def _shared_blob_snapshot(acq: Any, blobs: BlobCache, *, max_blob: int, max_files: int, deadline: float | None) -> Any:
    from auditor.snapshot import GitSnapshot

    class SharedBlobSnapshot(GitSnapshot):
        def _read(self, entry):  # noqa: ANN001, ANN202
            if entry.oid:
                data = blobs.get(entry.oid)
                if data is not None:
                    return data
            data = super()._read(entry)
            if data is not None and entry.oid:
                blobs.put(entry.oid, data)
            return data

    return SharedBlobSnapshot(acq.git_dir, acq.commit, max_blob=max_blob, max_files=max_files, deadline=deadline, shallow=acq.shallow)


def backfill(target_text: str | Target, options: Any, since: date, step: str = "monthly", until: date | None = None,
             store: HistoryStore | None = None, progress: Callable[[date, dict[str, Any] | None, str | None], None] | None = None
             ) -> list[dict[str, Any]]:
    """Audit the last commit of each period (month or week) since ``since``, as of each period's end.

    The repository is acquired once; each point opens a snapshot of its commit, reads blobs
    through a cache shared by all points (keyed by blob id: unchanged files are read from git
    once) and reuses the on-disk fact cache (keyed by commit and fact version), so idle periods
    cost almost nothing. Each report is recorded in ``store`` when given. Periods before the first commit
    are skipped (``progress`` is told why).
    """
    import dataclasses
    import time

    from auditor.acquire import acquire, previous_dates, select_commit
    from auditor.engine import audit_snapshot, resolve_ruleset
    from auditor.errors import TargetError
    from auditor.target import parse_target

    if step not in ("monthly", "weekly"):
        raise UsageError(f"--backfill: {step!r} is not monthly or weekly")
    until = until or datetime.now(timezone.utc).date()
    if since > until:
        raise UsageError(f"--since {since.isoformat()} is after {until.isoformat()}")
    target = target_text if isinstance(target_text, Target) else parse_target(target_text)
    if target.kind == "folder":
        raise UsageError(f"{target.input}: --backfill needs a git repository, and this folder is not one")
    ruleset = resolve_ruleset(options)
    acq = acquire(target, cache_dir=options.cache_dir, offline=options.offline, ref=options.ref, timeout=options.timeout,
                  config=options.config)
    key = target_key(target)
    target = acq.target or target
    reports = []
    blobs = BlobCache()
    for day in previous_dates(since, until, step):
        started = time.monotonic()
        try:
            commit, _ = select_commit(acq.git_dir, acq.commit, day, target.input)
        except TargetError as exc:
            if progress:
                progress(day, None, str(exc))
            continue
        point = dataclasses.replace(acq, commit=commit)
        opts = dataclasses.replace(options, as_of=day)
        snap = _shared_blob_snapshot(point, blobs, max_blob=options.max_blob, max_files=options.max_files, deadline=started + options.budget)
        with snap:
            report = audit_snapshot(snap, target, ruleset, opts, point, started)
        if store is not None:
            items = store.history_items(key, before=report["target"]["as_of"])
            if items:
                report["history"] = items
            store.record(report, key)
        reports.append(report)
        if progress:
            progress(day, report, None)
    return reports
