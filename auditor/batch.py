"""Portfolio batch audits: load a portfolio, audit every project in parallel, write the jury's folder.

Output folder layout::

    index.html              the dashboard (self-contained)
    portfolio.csv / .xlsx   one row per project, for the jury
    batch.json              the manifest: batch id, dates, each project's status and reason
    previous-batch.json     the manifest of the batch before (change since the previous batch)
    projects/<id>.json      the canonical report (written last: its presence means "done")
    projects/<id>.html      the HTML report (when the ``html`` renderer is installed)
    projects/<id>.error.json  why that project's audit failed

Every file is written then renamed (:func:`auditor.report.atomic_write`): a batch killed at any
moment, even by SIGKILL, leaves only complete files (plus hidden ``.*.part`` leftovers), and
``--resume`` re-runs only the projects without a report or with a failure.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import logging
import os
import queue
import re
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import yaml

from auditor import bounded, safeyaml
from auditor.errors import AuditorError, TargetError, UsageError
from auditor.report import atomic_write
from auditor.target import Target, parse_target, redact, register_secret

log = logging.getLogger(__name__)

PHASES = ("candidate", "investigation", "acceleration", "transfer")
PHASE_ALIASES = {
    "candidat": "candidate", "candidature": "candidate", "candidate": "candidate",
    "instruction": "investigation", "investigation": "investigation",
    "accélération": "acceleration", "acceleration": "acceleration",
    "transfert": "transfer", "transfer": "transfer", "essaimage": "transfer",
}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
URL_COLUMNS = ("url", "repository", "repository_url", "repo", "depot", "dépôt", "depot_git", "code_source", "git")
NAME_COLUMNS = ("name", "nom", "project", "projet", "nom_du_projet", "title", "titre")
OTHER_COLUMNS = {
    "id": ("id", "identifiant", "project_id"),
    "phase": ("phase", "etape", "étape"),
    "territory": ("territory", "territoire", "collectivite", "collectivité"),
    "tags": ("tags", "thematiques", "thématiques", "themes", "thèmes"),
    "contact": ("contact", "email", "courriel"),
    "token_env": ("token_env", "token_variable", "token_var"),
    "sponsor_type": ("sponsor_type", "type_porteur", "type de porteur", "sponsor type"),
}


@dataclass
class Project:
    id: str
    name: str
    url: str
    line: int
    phase: str | None = None
    territory: str | None = None
    tags: list[str] = field(default_factory=list)
    contact: str | None = None
    token_env: str | None = None
    declarations: dict[str, Any] | None = None  # the keys of .auditor.yml (docs/declarations-and-fix.md)
    sponsor_type: str | None = None  # state, local-authority, opsn, association, company

    def public(self) -> dict[str, Any]:
        """What the manifest and exports may show (the token variable's name, never its value)."""
        return {"id": self.id, "name": self.name, "url": redact(self.url), "phase": self.phase, "territory": self.territory,
                "tags": list(self.tags), "contact": self.contact, "token_env": self.token_env, "line": self.line}


@dataclass
class PortfolioError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


# --- portfolio --------------------------------------------------------------------------------

class _LineLoader(yaml.SafeLoader):
    pass


MAX_PORTFOLIO_YAML = 16_000_000  # bytes; nesting and aliases are bounded by safeyaml


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _slug(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = re.sub(r"[^A-Za-z0-9._-]+", "-", t).strip("-._").lower()
    return t[:80] or "project"


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _tags(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(t).strip() for t in v if str(t).strip()]
    return [t.strip() for t in re.split(r"[,;|]", str(v)) if t.strip()]


def _without_lines(value: Any) -> Any:
    """A portfolio value without the loader's ``__line__`` marks (nested mappings carry them too)."""
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


def _project(raw: dict[str, Any], line: int, seen: set[str]) -> Project | PortfolioError:
    url = _text(raw.get("url") or raw.get("repository") or raw.get("repo"))
    if not url:
        return PortfolioError(line, "no repository URL (key 'repository' or 'url')")
    try:
        target = parse_target(url)
    except AuditorError as exc:
        return PortfolioError(line, f"not a repository: {redact(str(exc))}")
    name = _text(raw.get("name")) or target.name or redact(url)
    pid = _text(raw.get("id"))
    if pid is None:
        pid = _slug(name)
        base, n = pid, 2
        while pid in seen:
            pid, n = f"{base}-{n}", n + 1
    elif not _ID.match(pid):
        return PortfolioError(line, f"id {pid!r}: use letters, digits, '.', '_' or '-' (it names the report files)")
    if pid in seen:
        return PortfolioError(line, f"id {pid!r} is used by an earlier project")
    phase = _text(raw.get("phase"))
    if phase is not None:
        norm = PHASE_ALIASES.get(phase.lower())
        if norm is None:
            return PortfolioError(line, f"phase {phase!r}: expected one of {', '.join(PHASES)}")
        phase = norm
    token_env = _text(raw.get("token_env") or raw.get("token_variable"))
    if raw.get("token") is not None:
        return PortfolioError(line, "'token': give the name of an environment variable in 'token_env', never the token itself")
    if token_env is not None and not _ENV.match(token_env):
        return PortfolioError(line, "token_env: expected the name of an environment variable (letters, digits, '_')")
    declarations = _without_lines(raw.get("declarations"))
    if declarations is not None and not isinstance(declarations, dict):
        return PortfolioError(line, "declarations: expected a mapping with the keys of .auditor.yml")
    sponsor_raw = _text(raw.get("sponsor_type") or raw.get("type_porteur") or raw.get("sponsor-type"))
    sponsor = None
    if sponsor_raw is not None:
        from auditor.facts.project import SPONSOR_TYPES, normalise_sponsor

        sponsor = normalise_sponsor(sponsor_raw)
        if sponsor is None:
            return PortfolioError(line, f"sponsor_type {sponsor_raw!r}: expected one of {', '.join(SPONSOR_TYPES)}")
    return Project(id=pid, name=name, url=url, line=line, phase=phase, territory=_text(raw.get("territory") or raw.get("territoire")),
                   tags=_tags(raw.get("tags")), contact=_text(raw.get("contact")), token_env=token_env, declarations=declarations or None,
                   sponsor_type=sponsor)


def load_portfolio(path: str | Path, url_column: str | None = None, name_column: str | None = None
                   ) -> tuple[list[Project], list[PortfolioError]]:
    """Projects of a YAML or CSV portfolio, and the invalid entries (by line), which are skipped."""
    path = Path(path)
    data = bounded.read_bytes(path, what="portfolio")
    text = data.decode("utf-8-sig", errors="replace")
    if path.suffix.lower() in (".csv", ".tsv", ".txt") or url_column or name_column:
        return _load_csv(text, path, url_column, name_column)
    return _load_yaml(text, path)


def _load_yaml(text: str, path: Path) -> tuple[list[Project], list[PortfolioError]]:
    try:
        doc = safeyaml.load(text, _LineLoader, max_bytes=MAX_PORTFOLIO_YAML)
    except safeyaml.UnsafeYAML as exc:
        raise UsageError(f"{path}: refused: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise UsageError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    items = doc.get("projects") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise UsageError(f"{path}: expected a list of projects (or a 'projects:' key holding one)")
    projects, errors, seen = [], [], set()
    lines = text.splitlines()
    for i, raw in enumerate(items):
        if not isinstance(raw, dict):
            line = _guess_item_line(lines, i)
            errors.append(PortfolioError(line, f"project #{i + 1} is not a mapping of keys"))
            continue
        line = raw.pop("__line__", 0)
        res = _project(raw, line, seen)
        if isinstance(res, PortfolioError):
            errors.append(res)
        else:
            seen.add(res.id)
            projects.append(res)
    return projects, errors


def _guess_item_line(lines: list[str], index: int) -> int:
    n = -1
    for no, line in enumerate(lines, 1):
        if re.match(r"^\s*-\s", line) or line.strip() == "-":
            n += 1
            if n == index:
                return no
    return 0


def _pick(columns: list[str], wanted: str | None, candidates: tuple[str, ...], option: str) -> str | None:
    lower = {c.strip().lower(): c for c in columns}
    if wanted:
        if wanted in columns:
            return wanted
        if wanted.strip().lower() in lower:
            return lower[wanted.strip().lower()]
        raise UsageError(f"{option}: no column {wanted!r} (columns: {', '.join(columns)})")
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


class _Spreadsheet(csv.excel):
    """What Excel and LibreOffice write: ``"`` quotes, doubled inside a field (``"Projet ""Vélo"", Lyon"``)."""

    doublequote = True
    quotechar = '"'
    skipinitialspace = False


def _csv_dialect(text: str) -> type[csv.Dialect]:
    """The standard dialect with the delimiter of the header line (``,``, ``;`` or tab), counted
    outside quoted fields: ``csv.Sniffer`` guesses quoting from the data and misreads doubled quotes."""
    line = text[:65536].split("\n", 1)[0]
    unquoted = re.sub(r'"(?:[^"]|"")*"', "", line)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    return type("_Dialect", (_Spreadsheet,), {"delimiter": delimiter})


def _load_csv(text: str, path: Path, url_column: str | None, name_column: str | None) -> tuple[list[Project], list[PortfolioError]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_csv_dialect(text))
    columns = reader.fieldnames or []
    if not columns:
        raise UsageError(f"{path}: empty CSV file")
    ucol = _pick(columns, url_column, URL_COLUMNS, "--url-column")
    if ucol is None:
        raise UsageError(f"{path}: no repository URL column; name it with --url-column (columns: {', '.join(columns)})")
    ncol = _pick(columns, name_column, NAME_COLUMNS, "--name-column")
    others = {k: _pick(columns, None, v, k) for k, v in OTHER_COLUMNS.items()}
    projects, errors, seen = [], [], set()
    prev_end = 1
    for row in reader:
        line = prev_end + 1
        prev_end = reader.line_num
        if not any((v or "").strip() for k, v in row.items() if isinstance(v, str)):
            continue
        raw = {"url": row.get(ucol), "name": row.get(ncol) if ncol else None}
        for k, col in others.items():
            if col:
                raw[k] = row.get(col)
        res = _project(raw, line, seen)
        if isinstance(res, PortfolioError):
            errors.append(res)
        else:
            seen.add(res.id)
            projects.append(res)
    return projects, errors


# --- running ----------------------------------------------------------------------------------

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


def _classify(exc: BaseException) -> str:
    msg = str(exc)
    if "timed out" in msg or "time-out" in msg:
        return "timeout"
    if isinstance(exc, TargetError):
        return "unreachable"
    if isinstance(exc, AuditorError):
        return "error"
    return "crash"


def _with_token(target: Target, project: Project) -> tuple[Target, dict[str, str], str | None]:
    """The token named by the project's ``token_env`` (never logged), for the forge API and the clone."""
    if not project.token_env:
        return target, {}, None
    token = os.environ.get(project.token_env)
    register_secret(token)
    if not token:
        return target, {}, f"token variable {project.token_env} is not set: audited without a token"
    # The engine sends it to git as an HTTP header through the environment (auditor.acquire.auth_env),
    # never in a URL on a command line.
    tokens = {target.host.lower(): token} if target.host else {}
    return target, tokens, None


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


class Batch:
    def __init__(self, projects: list[Project], options: BatchOptions, invalid: list[PortfolioError] | None = None,
                 portfolio: str | None = None) -> None:
        self.projects = projects
        self.opts = options
        self.invalid = invalid or []
        self.portfolio = portfolio
        self.out = Path(options.output)
        self.pdir = self.out / "projects"
        self.store = None
        self.ruleset = None
        self._abandoned: set[str] = set()
        self._alock = threading.Lock()

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
    def _audit_one(self, p: Project) -> Outcome:
        from auditor.engine import audit
        from auditor.history import target_key

        t0 = time.monotonic()
        token = None
        try:
            target = parse_target(p.url)
            target, tokens, warning = _with_token(target, p)
            token = next(iter(tokens.values()), None)
            base = self.opts.audit
            cfg = dataclasses.replace(base.config, tokens=tokens, lang=self.opts.lang)
            if p.declarations:  # checked against the .auditor.yml schema by the declarations fact
                cfg = dataclasses.replace(cfg, extra={**cfg.extra, "declarations": p.declarations, "declarations_line": p.line})
            if p.sponsor_type:
                cfg = dataclasses.replace(cfg, extra={**cfg.extra, "portfolio_sponsor_type": p.sponsor_type})
            options = dataclasses.replace(base, config=cfg)
            report = audit(target, options, self.ruleset)
            # The portfolio's own words for the project: reports show its name, not the repository's.
            report["project"] = {"id": p.id, "name": p.name, "phase": p.phase, "territory": p.territory, "tags": list(p.tags)}
            if warning:
                report["notes"].append({"fr": f"Variable de jeton {p.token_env} absente : audit sans jeton.", "en": warning})
            key = target_key(target)
            if self.store is not None:
                try:
                    items = self.store.history_items(key, before=report["target"]["as_of"], exclude_batch=self.batch_id)
                except Exception as exc:  # noqa: BLE001 - the history is a side output
                    log.warning("%s: history not read: %s", p.id, redact(str(exc)).splitlines()[0] if str(exc) else exc)
                    items = []
                if items:
                    report["history"] = items
            with self._alock:
                if p.id in self._abandoned:
                    return Outcome(p, "failed", kind="timeout", reason="abandoned")
            html_err = self._write_html(p, report)
            if html_err:
                log.warning("%s: %s", p.id, html_err)
            from auditor.report import to_json

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
            return Outcome(p, "ok", report=report, duration=time.monotonic() - t0)
        except Exception as exc:  # noqa: BLE001 - one project's failure never stops the batch
            reason = redact(str(exc)) if isinstance(exc, AuditorError) else f"internal error: {type(exc).__name__}: {redact(str(exc))}"
            if token:
                reason = reason.replace(token, "***")
            log.debug("project %s failed", p.id, exc_info=True)
            return Outcome(p, "failed", kind=_classify(exc), reason=reason.splitlines()[0] if reason else type(exc).__name__,
                           duration=time.monotonic() - t0)

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
            lock.close()

    def _run(self) -> dict[str, Any]:
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
        progress = Progress(len(self.projects), self.opts.progress)
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
        if not todo:
            return
        work: queue.Queue[Project | None] = queue.Queue()
        results: queue.Queue[Outcome] = queue.Queue()
        for p in todo:
            work.put(p)
        running: dict[str, tuple[Project, float]] = {}
        rlock = threading.Lock()
        # A wall-clock limit per project beyond the clone time-out and the analysis budget.
        limit = self.opts.audit.timeout * 3 + self.opts.audit.budget + 60

        def worker() -> None:
            while True:
                try:
                    p = work.get_nowait()
                except queue.Empty:
                    return
                with rlock:
                    running[p.id] = (p, time.monotonic())
                progress.start(p)
                o = self._audit_one(p)
                with rlock:
                    running.pop(p.id, None)
                with self._alock:
                    if p.id in self._abandoned:
                        continue
                results.put(o)

        def spawn() -> None:
            threading.Thread(target=worker, daemon=True, name="audit-worker").start()

        for _ in range(max(1, min(self.opts.jobs, len(todo)))):
            spawn()
        pending = {p.id for p in todo}
        while pending:
            try:
                o = results.get(timeout=0.2)
            except queue.Empty:
                now = time.monotonic()
                with rlock:
                    overdue = [(p, t) for p, t in running.values() if now - t > limit]
                for p, t in overdue:
                    with self._alock:
                        self._abandoned.add(p.id)
                    with rlock:
                        running.pop(p.id, None)
                    o = Outcome(p, "failed", kind="timeout", reason=f"no result after {int(now - t)}s: abandoned", duration=now - t)
                    self._write_failure(o)
                    outcomes[p.id] = o
                    pending.discard(p.id)
                    progress.finish(o)
                    spawn()  # the stuck worker keeps its thread; keep the pool at full strength
                continue
            if o.status != "ok":
                self._write_failure(o)
            outcomes[o.project.id] = o
            pending.discard(o.project.id)
            progress.finish(o)

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
                r = o.report
                sc = r.get("scores") or {}
                lv = sc.get("level") or {}
                row.update({"commit": r["target"].get("commit"), "as_of": r["target"].get("as_of"),
                            "overall": sc.get("overall"), "coverage": sc.get("coverage"), "level": lv.get("id"),
                            "level_rank": lv.get("rank"), "level_title": lv.get("title"),
                            "criteria": {k: v.get("score") for k, v in (sc.get("criteria") or {}).items()},
                            "families": {k: v.get("score") for k, v in (sc.get("families") or {}).items()},
                            "web_url": r["target"].get("web_url")})
                for cid, c in (sc.get("criteria") or {}).items():
                    criteria.setdefault(cid, {"id": cid, "title": c.get("title") or {"fr": cid, "en": cid}})
                if lv.get("id"):
                    levels.setdefault(lv["id"], {"id": lv["id"], "title": lv.get("title") or {"fr": lv["id"], "en": lv["id"]}})
                pv = prev.get(p.id)
                if pv:
                    row["previous_overall"] = pv["overall"]
                    row["previous_level"] = pv["level"]
                    row["previous_at"] = pv.get("at")
                    if pv["overall"] is not None and sc.get("overall") is not None:
                        row["delta_overall"] = round(sc["overall"] - pv["overall"], 1)
                    a, b = rank.get(pv["level"]), rank.get(lv.get("id"))
                    row["level_change"] = "same" if pv["level"] == lv.get("id") else (
                        "up" if a is not None and b is not None and b > a else "down" if a is not None and b is not None else "changed")
            elif o:
                row.update({"kind": o.kind, "reason": o.reason})
            rows.append(row)
        return rows, list(criteria.values()), list(levels.values())

    def write_outputs(self, outcomes: dict[str, Outcome]) -> dict[str, Any]:
        from auditor.reports.dashboard import render_dashboard

        rows, criteria, levels = self.rows(outcomes)
        data = {"batch_id": self.batch_id, "started_at": self.started_at, "generated_at": _now(), "portfolio": self.portfolio,
                "ruleset": self.ruleset.to_dict() if self.ruleset else None, "rows": rows, "criteria": criteria, "levels": levels,
                "invalid": [{"line": e.line, "message": e.message} for e in self.invalid]}
        atomic_write(self.out / "index.html", render_dashboard(data, self.opts.lang))
        atomic_write(self.out / "portfolio.csv", export_csv(rows, criteria, self.opts.lang))
        atomic_write(self.out / "portfolio.xlsx", export_xlsx(rows, criteria, self.opts.lang))
        ok = sum(1 for r in rows if r["status"] == "ok")
        return {"batch_id": self.batch_id, "total": len(rows), "ok": ok, "failed": len(rows) - ok, "invalid": len(self.invalid),
                "output": str(self.out), "rows": rows}


# --- exports ----------------------------------------------------------------------------------

_COLS = {
    "fr": {"id": "identifiant", "name": "projet", "url": "dépôt", "phase": "phase", "territory": "territoire", "tags": "étiquettes",
           "contact": "contact", "status": "statut", "reason": "motif de l'échec", "level": "niveau", "overall": "score global",
           "coverage": "couverture", "previous_overall": "score précédent", "delta_overall": "évolution",
           "previous_level": "niveau précédent", "commit": "commit", "as_of": "date d'audit", "report_html": "rapport HTML",
           "report_json": "rapport JSON"},
    "en": {"id": "id", "name": "project", "url": "repository", "phase": "phase", "territory": "territory", "tags": "tags",
           "contact": "contact", "status": "status", "reason": "failure reason", "level": "level", "overall": "overall score",
           "coverage": "coverage", "previous_overall": "previous score", "delta_overall": "change",
           "previous_level": "previous level", "commit": "commit", "as_of": "audited as of", "report_html": "HTML report",
           "report_json": "JSON report"},
}


def export_table(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr") -> tuple[list[str], list[list[Any]]]:
    L = _COLS.get(lang, _COLS["fr"])
    keys_a = ["id", "name", "url", "phase", "territory", "tags", "contact", "status", "reason", "level", "overall", "coverage"]
    keys_b = ["previous_overall", "delta_overall", "previous_level", "commit", "as_of", "report_html", "report_json"]
    header = [L[k] for k in keys_a] + [(c["title"] or {}).get(lang) or c["id"] for c in criteria] + [L[k] for k in keys_b]
    out = []
    for r in rows:
        vals: list[Any] = []
        for k in keys_a:
            v = r.get(k)
            if k == "tags":
                v = "; ".join(v or [])
            elif k == "level" and r.get("level_title"):
                v = (r["level_title"] or {}).get(lang) or v
            elif k == "status":
                v = {"ok": "ok", "failed": "échec" if lang == "fr" else "failed"}.get(v, v)
            vals.append(v)
        vals += [(r.get("criteria") or {}).get(c["id"]) for c in criteria]
        vals += [r.get(k) for k in keys_b]
        out.append(vals)
    return header, out


def _cell_text(v: Any) -> Any:
    """A value for a spreadsheet: numbers stay numbers; text never starts a formula."""
    if v is None or isinstance(v, (int, float)):
        return v
    s = str(v)
    if s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        s = "'" + s
    return s


def export_csv(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr") -> str:
    header, data = export_table(rows, criteria, lang)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for vals in data:
        w.writerow(["" if v is None else _cell_text(v) for v in vals])
    return buf.getvalue()


def export_xlsx(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    header, data = export_table(rows, criteria, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = "Portefeuille" if lang == "fr" else "Portfolio"
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for i, vals in enumerate(data, start=2):
        for j, v in enumerate(vals, start=1):
            if isinstance(v, str):
                cell = ws.cell(row=i, column=j)
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", v)
                cell.data_type = "s"  # text stays text, even when it starts with '='
            else:
                ws.cell(row=i, column=j, value=v)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def run_batch(portfolio: str | Path, options: BatchOptions, url_column: str | None = None, name_column: str | None = None,
              on_invalid: Callable[[PortfolioError], None] | None = None) -> dict[str, Any]:
    projects, invalid = load_portfolio(portfolio, url_column, name_column)
    for e in invalid:
        if on_invalid:
            on_invalid(e)
    if not projects:
        raise UsageError(f"{portfolio}: no valid project to audit" + (f" ({len(invalid)} invalid entries)" if invalid else ""))
    return Batch(projects, options, invalid, portfolio=Path(portfolio).name).run()
