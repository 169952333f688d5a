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
import os
import threading
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from auditor.errors import UsageError
from auditor.target import Target, redact

SPARK = "▁▂▃▄▅▆▇█"


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "readiness-auditor" / "history.sqlite"


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


# --- schema -----------------------------------------------------------------------------------

def _tables():
    from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

    md = MetaData()
    schema = Table("auditor_schema", md, Column("version", Integer, primary_key=True), Column("applied_at", String(40)))
    audits = Table(
        "audits", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("target_key", String(1000), nullable=False),
        Column("target_input", String(1000)),
        Column("target_name", String(300)),
        Column("commit_sha", String(64)),
        Column("as_of", String(40), nullable=False),
        Column("generated_at", String(40)),
        Column("recorded_at", String(40)),
        Column("ruleset_id", String(200)),
        Column("ruleset_version", String(100)),
        Column("tool_version", String(50)),
        Column("overall", Float),
        Column("coverage", Float),
        Column("level_id", String(100)),
        Column("level_rank", Integer),
        Column("scores_json", Text),
        Column("report_json", Text),
        # migration 2
        Column("batch_id", String(100)),
        Column("project_id", String(200)),
        Index("ix_audits_target", "target_key", "as_of"),
    )
    return md, schema, audits


def _m1_create(conn) -> None:
    from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

    md = MetaData()
    Table(
        "audits", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("target_key", String(1000), nullable=False),
        Column("target_input", String(1000)),
        Column("target_name", String(300)),
        Column("commit_sha", String(64)),
        Column("as_of", String(40), nullable=False),
        Column("generated_at", String(40)),
        Column("recorded_at", String(40)),
        Column("ruleset_id", String(200)),
        Column("ruleset_version", String(100)),
        Column("tool_version", String(50)),
        Column("overall", Float),
        Column("coverage", Float),
        Column("level_id", String(100)),
        Column("level_rank", Integer),
        Column("scores_json", Text),
        Column("report_json", Text),
        Index("ix_audits_target", "target_key", "as_of"),
    ).create(conn)


def _m2_batches(conn) -> None:
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE audits ADD COLUMN batch_id VARCHAR(100)"))
    conn.execute(text("ALTER TABLE audits ADD COLUMN project_id VARCHAR(200)"))
    conn.execute(text("CREATE INDEX ix_audits_batch ON audits (batch_id, project_id)"))


MIGRATIONS: list[tuple[int, str, Callable[[Any], None]]] = [
    (1, "audits table", _m1_create),
    (2, "batch and project ids", _m2_batches),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


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


def sparkline(values: list[float | None]) -> str:
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        else:
            out.append(SPARK[min(len(SPARK) - 1, max(0, int(float(v) / 100 * len(SPARK))))])
    return "".join(out)


# --- diff -------------------------------------------------------------------------------------

_RANK = {"pass": 3, "warn": 2, "fail": 1}


def _level(report: dict[str, Any]) -> dict[str, Any] | None:
    return (report.get("scores") or {}).get("level")


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed between two reports of a project: checks fixed, regressed, new; scores and level."""
    o = {r["id"]: r for r in old.get("results", [])}
    n = {r["id"]: r for r in new.get("results", [])}

    def item(cid: str) -> dict[str, Any]:
        a, b = o.get(cid), n.get(cid)
        ref = b or a
        return {"id": cid, "family": ref.get("family"), "title": ref.get("title") or {"fr": cid, "en": cid},
                "old_status": a["status"] if a else None, "new_status": b["status"] if b else None,
                "old_score": a.get("score") if a else None, "new_score": b.get("score") if b else None,
                "message": (b or {}).get("message")}

    fixed, regressed, improved, changed, new_checks, removed = [], [], [], [], [], []
    for cid in n:
        if cid not in o:
            new_checks.append(item(cid))
            continue
        a, b = o[cid]["status"], n[cid]["status"]
        if a == b:
            if a in _RANK and o[cid].get("score") != n[cid].get("score"):
                changed.append(item(cid))
            continue
        if b == "pass" and a in ("warn", "fail"):
            fixed.append(item(cid))
        elif a in _RANK and b in _RANK and _RANK[b] < _RANK[a]:
            regressed.append(item(cid))
        elif a in _RANK and b in _RANK:
            improved.append(item(cid))
        elif a == "pass":
            regressed.append(item(cid))
        else:
            changed.append(item(cid))
    for cid in o:
        if cid not in n:
            removed.append(item(cid))

    def side(r: dict[str, Any]) -> dict[str, Any]:
        lv = _level(r)
        return {"commit": r["target"].get("commit"), "as_of": r["target"].get("as_of"), "overall": (r.get("scores") or {}).get("overall"),
                "level": lv.get("id") if lv else None, "level_rank": lv.get("rank") if lv else None,
                "level_title": lv.get("title") if lv else None}

    so, sn = side(old), side(new)

    def delta(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else round(b - a, 1)

    crits = {}
    oc, nc = (old.get("scores") or {}).get("criteria") or {}, (new.get("scores") or {}).get("criteria") or {}
    for cid in list(nc) + [c for c in oc if c not in nc]:
        a, b = (oc.get(cid) or {}).get("score"), (nc.get(cid) or {}).get("score")
        crits[cid] = {"old": a, "new": b, "delta": delta(a, b), "title": (nc.get(cid) or oc.get(cid) or {}).get("title") or {"fr": cid, "en": cid}}
    lr_o, lr_n = so["level_rank"], sn["level_rank"]
    direction = "same" if so["level"] == sn["level"] else ("up" if (lr_n if lr_n is not None else -1) > (lr_o if lr_o is not None else -1) else "down")
    return {
        "target": new["target"].get("input"),
        "from": so, "to": sn,
        "overall": {"old": so["overall"], "new": sn["overall"], "delta": delta(so["overall"], sn["overall"])},
        "level": {"old": so["level"], "new": sn["level"], "direction": direction, "old_title": so["level_title"], "new_title": sn["level_title"]},
        "criteria": crits,
        "fixed": fixed, "regressed": regressed, "improved": improved, "new": new_checks, "removed": removed, "changed": changed,
    }


_DIFF_LABELS = {
    "fr": {"title": "Évolution", "from": "du", "to": "au", "overall": "Score global", "level": "Niveau", "criteria": "Critères",
           "fixed": "Corrigés", "regressed": "Régressions", "improved": "En progrès", "new": "Nouveaux contrôles",
           "removed": "Contrôles retirés", "changed": "Scores modifiés", "none": "Aucun changement des contrôles.",
           "up": "en hausse", "down": "en baisse", "same": "inchangé", "commit": "commit"},
    "en": {"title": "Progress", "from": "from", "to": "to", "overall": "Overall score", "level": "Level", "criteria": "Criteria",
           "fixed": "Fixed", "regressed": "Regressed", "improved": "Improved", "new": "New checks",
           "removed": "Removed checks", "changed": "Score changes", "none": "No change in the checks.",
           "up": "up", "down": "down", "same": "unchanged", "commit": "commit"},
}


def _num(v: float | None, lang: str) -> str:
    if v is None:
        return "—"
    s = f"{v:.1f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if lang == "fr" else s


def _signed(v: float | None, lang: str) -> str:
    if v is None:
        return ""
    return ("+" if v > 0 else "") + _num(v, lang)


def _md_escape(text: Any) -> str:
    s = str(text if text is not None else "")
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s.replace("\n", " ")


def render_diff(d: dict[str, Any], lang: str = "fr", fmt: str = "text") -> str:
    """The diff as plain text (terminal) or Markdown (a coach's note)."""
    L = _DIFF_LABELS.get(lang, _DIFF_LABELS["fr"])
    md = fmt == "md"
    esc = _md_escape if md else (lambda x: str(x if x is not None else ""))
    lines = []
    o, n = d["from"], d["to"]
    head = f"{L['title']} — {esc(d['target'])}"
    lines.append(f"# {head}" if md else head)
    lines.append("")
    lines.append(f"{L['from']} {esc((o['as_of'] or '')[:10])} ({L['commit']} {esc((o['commit'] or '')[:12])}) "
                 f"{L['to']} {esc((n['as_of'] or '')[:10])} ({L['commit']} {esc((n['commit'] or '')[:12])})")
    lines.append("")
    ov = d["overall"]
    bullet = "- " if md else "  "
    lines.append(f"{bullet}{L['overall']} : {_num(ov['old'], lang)} → {_num(ov['new'], lang)} ({_signed(ov['delta'], lang) or '='})"
                 if lang == "fr" else f"{bullet}{L['overall']}: {_num(ov['old'], lang)} → {_num(ov['new'], lang)} ({_signed(ov['delta'], lang) or '='})")
    lv = d["level"]
    def lvname(title, lid):
        return esc((title or {}).get(lang) or lid or "—")
    sep = " : " if lang == "fr" else ": "
    lines.append(f"{bullet}{L['level']}{sep}{lvname(lv['old_title'], lv['old'])} → {lvname(lv['new_title'], lv['new'])} ({L[lv['direction']]})")
    for cid, c in d["criteria"].items():
        lines.append(f"{bullet}{esc(c['title'].get(lang) or cid)}{sep}{_num(c['old'], lang)} → {_num(c['new'], lang)}"
                     + (f" ({_signed(c['delta'], lang)})" if c["delta"] else ""))
    any_change = False
    for section in ("fixed", "regressed", "improved", "new", "removed", "changed"):
        items = d[section]
        if not items:
            continue
        any_change = True
        lines.append("")
        lines.append(f"## {L[section]} ({len(items)})" if md else f"{L[section]} ({len(items)})")
        for it in items:
            title = esc((it["title"] or {}).get(lang) or it["id"])
            st = f"{it['old_status'] or '∅'} → {it['new_status'] or '∅'}"
            sc = ""
            if it["old_score"] is not None or it["new_score"] is not None:
                sc = f", {_num(it['old_score'], lang)} → {_num(it['new_score'], lang)}/10"
            ident = f"`{it['id']}`" if md else it["id"]
            lines.append(f"{bullet}{ident} — {title} ({st}{sc})")
    if not any_change:
        lines.append("")
        lines.append(L["none"])
    return "\n".join(lines) + "\n"


def audit_at(store: HistoryStore, key: str, day: date) -> dict[str, Any] | None:
    """The last recorded audit of ``key`` whose as_of is on or before ``day`` (else the first after it)."""
    rows = store.rows(key)
    if not rows:
        return None
    limit = f"{day.isoformat()}T23:59:59+00:00"
    before = [r for r in rows if r["as_of"] <= limit]
    return before[-1] if before else rows[0]


# --- backfill ---------------------------------------------------------------------------------

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
