"""``auditor discover``: rank the catalogue for ecological-transition relevance and readiness.

1. read the catalogue (and its organisations), filter it (organisation type, archived, forks,
   activity since a date, platform, shard);
2. score every remaining entry's relevance from its name, topics and description;
3. light-audit the short list (the most relevant): a shallow clone (one commit, no history), the
   licence, README and kind checks, and the README's own text rescored for relevance;
4. optionally run the full audit of the top N;
5. rank and write ``discover.csv``, ``discover.xlsx``, ``index.html`` and ``discover.json``.

Workers only audit and return reports; this coordinator alone writes files, each project's result
as soon as it arrives (``projects/<slug>.row.json``, its report beside it), so a killed run loses
nothing already done. A rerun (or ``--resume``) asks each repository for its HEAD
(``git ls-remote``) and re-audits only those whose HEAD moved.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.discover.catalogue import Entry, OrgTypes, load_catalogue
from auditor.discover.relevance import Relevance, Taxonomy, load_taxonomy, score
from auditor.errors import UsageError
from auditor.facts.kind_documents import kind_undecided
from auditor.report import atomic_write

log = logging.getLogger(__name__)

LIGHT_CHECKS = ("licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "documentation.readme",
                "documentation.readme-sections", "documentation.publiccode", "documentation.community-files")
README_BYTES = 64 * 1024
ROW_VERSION = 3  # (2: kind_undecided, the kind no file decided said so in the ranked list; 3: also "code-only", "no-decisive-file")


@dataclass
class DiscoverOptions:
    output: Path
    org_types: tuple[str, ...] = ("local_authority", "opsn")  # empty: every type
    include_archived: bool = False
    include_forks: bool = False
    since: date | None = None
    platforms: tuple[str, ...] = ()
    min_relevance: float = 35.0
    shortlist: int = 100
    full: int = 0
    shard: tuple[int, int] = (1, 1)
    executor: str = "process"
    scheduler: str | None = None
    jobs: int | None = None
    lang: str = "fr"
    cache_dir: Path | None = None
    timeout: float = 120.0
    budget: float = 300.0
    offline: bool = False
    allow_local: bool = False  # catalogue entries naming local paths or file:// URLs (tests, benchmarks)
    themes: str | None = None
    org_types_file: str | None = None
    organisations: str | None = None
    progress: Any = None  # callable(done, total, label) or None
    csv_sep: str = ","
    csv_bom: bool = False


@dataclass
class Candidate:
    entry: Entry
    relevance: Relevance
    slug: str
    row: dict[str, Any] = field(default_factory=dict)


def slug_of(url: str) -> str:
    base = re.sub(r"^[a-z+]+://", "", url.lower())
    base = re.sub(r"[^a-z0-9._-]+", "-", base).strip("-.")[:80] or "repo"
    return f"{base}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"


def in_shard(url: str, shard: tuple[int, int]) -> bool:
    """Stable split of the catalogue: the same URL is in the same shard on every machine."""
    i, n = shard
    return n <= 1 or int(hashlib.sha1(url.lower().encode()).hexdigest(), 16) % n == i - 1


def parse_shard(text: str | None) -> tuple[int, int]:
    if not text:
        return (1, 1)
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not m or not (1 <= int(m.group(1)) <= int(m.group(2)) <= 10_000):
        raise UsageError(f"--shard: {text!r} is not I/N with 1 <= I <= N (e.g. 2/8)")
    return int(m.group(1)), int(m.group(2))


def select(entries: list[Entry], opts: DiscoverOptions) -> tuple[list[Entry], dict[str, int]]:
    """The entries the filters keep, and how many each filter left out."""
    dropped: dict[str, int] = {}
    kept: list[Entry] = []

    def drop(reason: str) -> None:
        dropped[reason] = dropped.get(reason, 0) + 1

    for e in entries:
        local = e.url.startswith(("/", "file://"))
        if local and not opts.allow_local:
            drop("local_path")
        elif not in_shard(e.url, opts.shard):
            drop("other_shard")
        elif e.archived and not opts.include_archived:
            drop("archived")
        elif e.fork and not opts.include_forks:
            drop("fork")
        elif opts.org_types and e.org_type not in opts.org_types:
            drop("organisation_type")
        elif opts.since and (not e.updated or e.updated < opts.since.isoformat()):
            drop("inactive")
        elif opts.platforms and not any(p.lower() in (e.platform or "").lower() for p in opts.platforms):
            drop("platform")
        else:
            kept.append(e)
    return kept, dropped


def rank_key(c: Candidate) -> tuple:
    """Most promising first: relevance and readiness together, then stable by URL."""
    return (-priority(c), -c.relevance.score, c.entry.url)


def priority(c: Candidate) -> float:
    readiness = c.row.get("readiness")
    if readiness is None:
        return round(0.6 * c.relevance.score, 1)
    return round(0.6 * c.relevance.score + 0.4 * float(readiness), 1)


# --- the worker's side ---------------------------------------------------------------------------

def remote_head(url: str, timeout: float) -> str | None:
    """The commit the repository's HEAD points to, asked of the server (None when unknown)."""
    from auditor.gitio import GitError, run_git
    from auditor.target import parse_target

    try:
        target = parse_target(url)
        if target.kind != "remote":
            from auditor.gitio import resolve_git_dir

            git_dir = resolve_git_dir(target.path or url)
            return run_git(git_dir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", timeout=30).decode().strip() or None
        out = run_git(None, "ls-remote", "--", target.clone_url or url, "HEAD", timeout=timeout).decode()
    except Exception:  # noqa: BLE001 - unknown HEAD only means "audit it again"
        return None
    for line in out.splitlines():
        sha, _, ref = line.partition("\t")
        if ref == "HEAD" and re.fullmatch(r"[0-9a-f]{40}([0-9a-f]{24})?", sha):
            return sha
    return None


def audit_task(task: dict[str, Any]) -> dict[str, Any]:
    """Audit one repository (run in a worker): light (shallow clone, a few checks) or full.

    Returns ``{"status": "unchanged", "head"}`` when the repository's HEAD is the one audited
    before, else ``{"status": "ok", "head", "report", "readme"}``. Errors propagate."""
    from auditor.acquire import acquire, open_snapshot
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit_snapshot, resolve_ruleset
    from auditor.target import parse_target

    url, light = task["url"], task["mode"] == "light"
    head = None if task.get("offline") else remote_head(url, task["timeout"])
    if head and head == task.get("previous_head"):
        return {"status": "unchanged", "head": head}
    config = AuditConfig(cache_dir=task.get("cache_dir") and Path(task["cache_dir"]), offline=task.get("offline", False),
                         lang=task.get("lang", "fr"), network=not task.get("offline", False))
    options = AuditOptions(cache_dir=config.cache_dir, offline=config.offline, timeout=task["timeout"], budget=task["budget"],
                           only=list(LIGHT_CHECKS) if light else None, config=config)
    started = time.monotonic()
    target = parse_target(url)
    acq = acquire(target, cache_dir=options.cache_dir, offline=options.offline, timeout=options.timeout, config=config,
                  depth=1 if light else None)
    target = acq.target or target
    ruleset = resolve_ruleset(options)
    snap = open_snapshot(acq, max_blob=options.max_blob, max_files=options.max_files, deadline=started + options.budget)
    with snap:
        report = audit_snapshot(snap, target, ruleset, options, acq, started)
        readme = ""
        root_readmes = sorted(p for p in snap.files if "/" not in p and p.lower().startswith("readme"))
        if root_readmes:
            readme = (snap.read_text(root_readmes[0]) or "")[:README_BYTES]
    return {"status": "ok", "head": acq.commit or head, "report": report, "readme": readme}


# --- the coordinator's side ----------------------------------------------------------------------

def _load_rows(folder: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for p in sorted(folder.glob("*.row.json")):
        try:
            row = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(row, dict) and row.get("row_version") == ROW_VERSION and isinstance(row.get("url"), str):
            rows[row["url"]] = row
    return rows


def _row_from_report(c: Candidate, mode: str, head: str | None, report: dict[str, Any], readme: str,
                     taxonomy: Taxonomy) -> dict[str, Any]:
    scores = report.get("scores") or {}
    level = scores.get("level") or {}
    facts = report.get("facts") or {}
    lic = facts.get("license") or {}
    kind = facts.get("project") or {}  # the project fact: kind (and sponsor type)
    if readme:
        c.relevance = score(taxonomy, {"name": c.entry.name, "topics": " ".join(c.entry.topics),
                                       "description": c.entry.description, "readme": readme})
    return {
        "row_version": ROW_VERSION, "url": c.entry.url, "mode": mode, "head": head, "status": "ok", "taxonomy": taxonomy.digest,
        "tool": (report.get("tool") or {}).get("version"),
        "readiness": scores.get("overall"), "level": level.get("id"), "level_title": level.get("title"),
        "license": lic.get("spdx"), "kind": kind.get("kind") if isinstance(kind, dict) else None, "kind_undecided": kind_undecided(kind),
        "criteria": {k: (v or {}).get("score") for k, v in (scores.get("criteria") or {}).items()},
        "relevance": c.relevance.to_dict(), "report": f"projects/{c.slug}.json",
        "html": f"projects/{c.slug}.html",
    }


def discover(catalogue: str | Path, opts: DiscoverOptions, label: str | None = None) -> dict[str, Any]:
    """Run the whole discovery; return the summary written to ``discover.json``. ``label`` names the
    catalogue in the outputs (its URL when it was downloaded)."""
    from auditor.discover import outputs
    from auditor.executors import SharedExecutor, run_tasks

    taxonomy = load_taxonomy(opts.themes)
    rules = OrgTypes(opts.org_types_file)
    entries = load_catalogue(catalogue, opts.organisations, rules)
    kept, dropped = select(entries, opts)
    candidates = []
    for e in kept:
        rel = score(taxonomy, {"name": e.name, "topics": " ".join(e.topics), "description": e.description})
        candidates.append(Candidate(e, rel, slug_of(e.url)))
    relevant = [c for c in candidates if c.relevance.score >= opts.min_relevance]
    relevant.sort(key=lambda c: (-c.relevance.score, c.entry.url))
    shortlist = relevant[:opts.shortlist]

    projects = opts.output / "projects"
    projects.mkdir(parents=True, exist_ok=True)
    previous = _load_rows(projects)
    by_slug = {c.slug: c for c in shortlist}
    stats = {"audited": 0, "unchanged": 0, "failed": 0}

    def task_for(c: Candidate, mode: str) -> dict[str, Any]:
        prev = previous.get(c.entry.url) or {}
        reusable = prev.get("status") == "ok" and (prev.get("mode") == mode or prev.get("mode") == "full") \
            and prev.get("taxonomy") == taxonomy.digest and prev.get("tool") == __version__ and (projects / f"{c.slug}.json").is_file()
        return {"url": c.entry.url, "mode": mode, "previous_head": prev.get("head") if reusable else None,
                "timeout": opts.timeout, "budget": opts.budget, "offline": opts.offline, "lang": opts.lang,
                "cache_dir": str(opts.cache_dir) if opts.cache_dir else None}

    def run_round(chosen: list[Candidate], mode: str) -> None:
        total, done = len(chosen), 0

        def finished(slug: str) -> None:
            nonlocal done
            done += 1
            if opts.progress:
                opts.progress(done, total, by_slug[slug].entry.url)

        def on_result(slug: str, res: dict[str, Any]) -> None:
            c = by_slug[slug]
            if res["status"] == "unchanged":
                c.row = dict(previous[c.entry.url])
                rel = c.row.get("relevance")
                if isinstance(rel, dict) and isinstance(rel.get("score"), (int, float)):
                    c.relevance = Relevance(float(rel["score"]), list(rel.get("themes") or []), list(rel.get("evidence") or []))
                stats["unchanged"] += 1
            else:
                report = res["report"]
                report["project"] = c.entry.name
                c.row = _row_from_report(c, mode, res.get("head"), report, res.get("readme") or "", taxonomy)
                outputs.write_report(projects / f"{c.slug}.json", report, opts.lang)
                atomic_write(projects / f"{c.slug}.row.json", json.dumps(c.row, ensure_ascii=False, indent=1))
                stats["audited"] += 1
            finished(slug)

        def on_error(slug: str, exc: BaseException) -> None:
            c = by_slug[slug]
            from auditor.target import redact

            c.row = {"row_version": ROW_VERSION, "url": c.entry.url, "mode": mode, "status": "error",
                     "error": redact(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)[:300],
                     "relevance": c.relevance.to_dict()}
            atomic_write(projects / f"{c.slug}.row.json", json.dumps(c.row, ensure_ascii=False, indent=1))
            stats["failed"] += 1
            finished(slug)

        tasks = [(c.slug, task_for(c, mode)) for c in sorted(chosen, key=lambda c: c.slug)]
        run_tasks(pool, audit_task, tasks, on_result, on_error)

    # One pool for both rounds: worker processes start (imports, licence index, language model) once per run.
    with SharedExecutor(opts.executor, opts.jobs, opts.scheduler) as pool:
        run_round(shortlist, "light")
        if opts.full > 0:
            top = sorted(shortlist, key=rank_key)[:opts.full]
            previous = _load_rows(projects)
            run_round(top, "full")
    ranked = sorted(shortlist, key=rank_key) + sorted((c for c in relevant[opts.shortlist:]), key=rank_key)
    summary = {
        "catalogue": label or str(catalogue),
        "taxonomy": {"version": taxonomy.version, "source": taxonomy.source},
        "org_types": {"version": rules.version},
        "counts": {"catalogue": len(entries), "kept": len(kept), "relevant": len(relevant), "shortlist": len(shortlist),
                   "dropped": dropped, **stats},
        "options": {"org_types": list(opts.org_types), "since": opts.since.isoformat() if opts.since else None,
                    "min_relevance": opts.min_relevance, "shortlist": opts.shortlist, "full": opts.full,
                    "shard": f"{opts.shard[0]}/{opts.shard[1]}"},
    }
    outputs.write_all(opts.output, ranked, summary, taxonomy.titles, rules.titles, opts.lang, opts.csv_sep, opts.csv_bom)
    return summary
