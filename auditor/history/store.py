"""History store: every audit (single, batch or backfill) recorded for trends and diffs.

SQLite by default (``$XDG_DATA_HOME/readiness-auditor/history.sqlite``); any SQLAlchemy URL works
too (``postgresql://user@host/db`` for a team, through psycopg 3: ``pip install
readiness-auditor[postgres]``). SQLAlchemy Core only, so the same statements run on both. The schema
is versioned: :data:`MIGRATIONS` are applied in order, once, and recorded in ``auditor_schema``.

Each row holds the target (a credential-free key), the commit, ``as_of``, the ruleset id and
version, the scores and level, and the full JSON report (without its own ``history``).
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from auditor.errors import UsageError
from auditor.history.migrations import MIGRATIONS, SCHEMA_VERSION, _tables
from auditor.target import Target, redact


def default_db_path() -> Path:
    from auditor.dirs import user_data_dir

    return user_data_dir() / "history.sqlite"


def db_url(db: str | Path | None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or a URL; default: the XDG data folder)."""
    if db is None:
        path = default_db_path()
    elif "://" in str(db):
        url = str(db)
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    else:
        path = Path(db).expanduser()
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def target_key(target: Target) -> str:
    """A stable, credential-free identity for a target (the same project typed two ways gives one key)."""
    if target.kind == "remote" and target.clone_url and target.clone_url.lower().startswith("file:"):
        # file:///x, /x and /x/ are one repository: the local path, resolved.
        local = Path(unquote(urlsplit(target.clone_url).path) or "/").resolve()
        return f"local:{local}"
    if target.kind == "remote" and target.clone_url:
        parts = urlsplit(redact(target.clone_url))
        if parts.scheme and parts.netloc:
            path = parts.path.rstrip("/").removesuffix(".git")
            return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))
        return redact(target.clone_url).removesuffix(".git")
    if target.path:
        return f"local:{Path(target.path).resolve()}"
    return redact(target.input)


def key_for(text: str) -> str:
    from auditor.target import parse_target

    return target_key(parse_target(text))


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class HistoryStore:
    """The audits recorded so far. Thread-safe for a batch's workers."""

    def __init__(self, url: str, *, migrate_to: int | None = None) -> None:
        from sqlalchemy import create_engine, event

        self.url = url
        kw: dict[str, Any] = {"future": True}
        if url.startswith("sqlite"):
            kw["connect_args"] = {"timeout": 60, "check_same_thread": False}
        try:
            self.engine = create_engine(url, **kw)
        except Exception as exc:  # bad URL, driver missing
            raise UsageError(f"--db: cannot open {redact(url)}: {exc}") from None
        if url.startswith("sqlite"):
            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn, _rec):  # noqa: ANN001
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=60000")
                cur.close()
        self._md, self._schema, self.audits = _tables()
        self._lock = threading.Lock()
        self.migrate(migrate_to)

    # -- schema
    def version(self) -> int:
        from sqlalchemy import inspect, select

        with self.engine.connect() as conn:
            if not inspect(conn).has_table("auditor_schema"):
                return 0
            rows = conn.execute(select(self._schema.c.version)).scalars().all()
        return max(rows, default=0)

    def migrate(self, to: int | None = None) -> list[int]:
        """Apply the pending migrations (up to ``to``); return the versions applied."""
        from sqlalchemy import insert
        from sqlalchemy.exc import SQLAlchemyError

        applied = []
        try:
            with self.engine.begin() as conn:
                self._schema.create(conn, checkfirst=True)
            current = self.version()
            if current > SCHEMA_VERSION:
                raise UsageError(f"history store {redact(self.url)} has schema {current}, newer than this version "
                                 f"of the auditor reads ({SCHEMA_VERSION}); upgrade readiness-auditor")
            for version, _name, func in MIGRATIONS:
                if version <= current or (to is not None and version > to):
                    continue
                with self.engine.begin() as conn:
                    func(conn)
                    conn.execute(insert(self._schema).values(version=version, applied_at=_now()))
                applied.append(version)
        except SQLAlchemyError as exc:
            raise UsageError(f"history store {redact(self.url)}: {type(exc).__name__}: {redact(str(exc)).splitlines()[0]}") from None
        return applied

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "HistoryStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing
    def record(self, report: dict[str, Any], key: str | None = None, *, batch_id: str | None = None,
               project_id: str | None = None) -> int:
        """Record one audit; in a batch, (batch, project) is recorded once (a resumed batch never doubles it)."""
        from sqlalchemy import delete, insert

        t = report["target"]
        scores = report.get("scores") or {}
        level = scores.get("level") or {}
        body = {k: v for k, v in report.items() if k != "history"}
        row = {
            "target_key": redact(key or report_key(report)),
            "target_input": redact(t.get("input") or "") or None,
            "target_name": t.get("name"),
            "commit_sha": t.get("commit"),
            "as_of": t.get("as_of"),
            "generated_at": report.get("generated_at"),
            "recorded_at": _now(),
            "ruleset_id": (report.get("ruleset") or {}).get("id"),
            "ruleset_version": str((report.get("ruleset") or {}).get("version")),
            "tool_version": (report.get("tool") or {}).get("version"),
            "overall": scores.get("overall"),
            "coverage": scores.get("coverage"),
            "level_id": level.get("id"),
            "level_rank": level.get("rank"),
            "scores_json": json.dumps({"criteria": {k: v.get("score") for k, v in (scores.get("criteria") or {}).items()},
                                       "families": {k: v.get("score") for k, v in (scores.get("families") or {}).items()}}),
            "report_json": redact(json.dumps(body, ensure_ascii=False, default=str)),  # no credential in any row
            "batch_id": batch_id,
            "project_id": project_id,
        }
        a = self.audits
        with self._lock, self.engine.begin() as conn:
            if batch_id and project_id:
                conn.execute(delete(a).where(a.c.batch_id == batch_id, a.c.project_id == project_id))
            elif t.get("as_of_given"):
                # A past date audited again (a re-run backfill) replaces the earlier record.
                conn.execute(delete(a).where(a.c.target_key == row["target_key"], a.c.as_of == row["as_of"],
                                             a.c.commit_sha == row["commit_sha"], a.c.ruleset_id == row["ruleset_id"],
                                             a.c.ruleset_version == row["ruleset_version"], a.c.batch_id.is_(None)))
            res = conn.execute(insert(a).values(**row))
            return int(res.inserted_primary_key[0])

    def has(self, batch_id: str, project_id: str) -> bool:
        from sqlalchemy import func, select

        a = self.audits
        with self.engine.connect() as conn:
            n = conn.execute(select(func.count()).select_from(a).where(a.c.batch_id == batch_id, a.c.project_id == project_id)).scalar()
        return bool(n)

    # -- reading
    def rows(self, key: str, *, before: str | None = None, exclude_batch: str | None = None) -> list[dict[str, Any]]:
        """The audits of a target, oldest first (by ``as_of``, then recording order)."""
        from sqlalchemy import or_, select

        a = self.audits
        cols = [c for c in a.c if c.name != "report_json"]
        q = select(*cols).where(a.c.target_key == key)
        if before is not None:
            q = q.where(a.c.as_of <= before)  # on or before: a re-audit the same second still counts as earlier
        if exclude_batch is not None:
            q = q.where(or_(a.c.batch_id.is_(None), a.c.batch_id != exclude_batch))
        q = q.order_by(a.c.as_of, a.c.id)
        with self.engine.connect() as conn:
            out = []
            for r in conn.execute(q).mappings():
                d = dict(r)
                d["scores"] = json.loads(d.pop("scores_json") or "{}")
                out.append(d)
        return out

    def report(self, audit_id: int) -> dict[str, Any]:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            text = conn.execute(select(self.audits.c.report_json).where(self.audits.c.id == audit_id)).scalar()
        if text is None:
            raise UsageError(f"no audit #{audit_id} in the history store")
        return json.loads(text)

    def history_items(self, key: str, *, before: str | None = None, exclude_batch: str | None = None) -> list[dict[str, Any]]:
        """``report["history"]``: earlier audits, oldest first, one per (commit, day)."""
        items: list[dict[str, Any]] = []
        for r in self.rows(key, before=before, exclude_batch=exclude_batch):
            item = {"as_of": r["as_of"], "commit": r["commit_sha"], "overall": r["overall"], "level": r["level_id"],
                    "criteria": dict(r["scores"].get("criteria") or {})}
            if items and items[-1]["commit"] == item["commit"] and items[-1]["as_of"][:10] == item["as_of"][:10]:
                items[-1] = item
            else:
                items.append(item)
        return items

    def keys(self) -> list[str]:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            return list(conn.execute(select(self.audits.c.target_key).distinct()).scalars())


def report_key(report: dict[str, Any]) -> str:
    t = report["target"]
    target = Target(input=t.get("input") or "", kind=t.get("kind") or "remote", forge=t.get("forge") or "unknown",
                    host=t.get("host"), owner=t.get("owner"), name=t.get("name"), clone_url=t.get("clone_url"))
    if target.kind != "remote":
        from auditor.errors import TargetError

        try:
            return key_for(target.input)
        except TargetError:
            return f"local:{target.input}"
    return target_key(target)


def open_store(db: str | Path | None = None) -> HistoryStore:
    return HistoryStore(db_url(db))


def find_key(store: HistoryStore, text: str) -> str:
    """The store key for what the user typed (a URL, a path, or a key as shown by ``history``)."""
    from auditor.errors import TargetError

    known = set(store.keys())
    if text in known:
        return text
    try:
        key = key_for(text)
    except TargetError:
        key = text
    if key in known:
        return key
    raise UsageError(f"no audit of {redact(text)} in the history store {redact(store.url)}")


def audit_at(store: HistoryStore, key: str, day: date) -> dict[str, Any] | None:
    """The last recorded audit of ``key`` whose as_of is on or before ``day`` (else the first after it)."""
    rows = store.rows(key)
    if not rows:
        return None
    limit = f"{day.isoformat()}T23:59:59+00:00"
    before = [r for r in rows if r["as_of"] <= limit]
    return before[-1] if before else rows[0]


# --- backfill ---------------------------------------------------------------------------------


def record_cli_audit(target_text: str, report: dict[str, Any], db: str | None) -> None:
    """``auditor audit``: put the earlier audits in ``report["history"]`` and record this one.

    A store that cannot be opened or written is a warning on stderr, never a failed audit.
    """
    import sys

    from auditor.errors import AuditorError

    try:
        key = key_for(target_text)
    except AuditorError:
        key = report_key(report)
    try:
        with open_store(db) as store:
            items = store.history_items(key, before=report["target"]["as_of"])
            if items:
                report["history"] = items
            store.record(report, key)
    except Exception as exc:  # noqa: BLE001 - history is a side output
        sys.stderr.write(f"auditor: warning: audit not recorded in the history store: {redact(str(exc)).splitlines()[0] if str(exc) else type(exc).__name__}\n")
