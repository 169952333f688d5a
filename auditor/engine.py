"""The audit flow: target → snapshot → facts → checks → results → scoring → report (JSON model)."""

from __future__ import annotations

import json
import logging
import time
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable

from auditor import __version__
from auditor.acquire import Acquired, acquire, end_of_day, open_snapshot
from auditor.check_scope import _judged_as_also, _judged_on_plugin_pages, kind_not_applicable, project_kind
from auditor.checks import BUILTIN_MODULES, PLUGIN_ERRORS, load_checks
from auditor.checks.interface import T, CheckSpec, Result, Status
from auditor.families import FAMILIES
from auditor.context import AuditConfig, AuditContext, FactCache
from auditor.results_cache import result_key
from auditor.facts import BASE_FACTS, FACTS, FactError
from auditor.facts import PLUGIN_ERRORS as FACT_PLUGIN_ERRORS
from auditor.report import SCHEMA_VERSION
from auditor.ruleset import Ruleset, load_ruleset
from auditor.scaling_risks import scaling_risks
from auditor.scoring import action_plan, compute_scores, gate
from auditor.snapshot import DEFAULT_MAX_BLOB, DEFAULT_MAX_FILES, BudgetExceeded, Snapshot
from auditor.target import Target, parse_target

log = logging.getLogger(__name__)


@dataclass
class AuditOptions:
    ruleset: str | None = None
    ref: str | None = None
    as_of: date | None = None
    offline: bool = False
    cache_dir: Path | None = None
    timeout: float = 600.0  # clone/fetch
    budget: float = 900.0  # whole analysis
    max_blob: int = DEFAULT_MAX_BLOB
    max_files: int = DEFAULT_MAX_FILES
    only: list[str] | None = None
    config: AuditConfig = field(default_factory=AuditConfig)
    fail_under: float | None = None
    min_level: str | None = None
    # Told of each step (step id, done, total, detail for people); for a progress display only, never in the report.
    progress: Callable[[str, int, int, str], None] | None = None


def run_check(spec: CheckSpec, ctx: AuditContext, params: dict[str, Any]) -> Result:
    """Run one check; an exception inside it becomes ``error`` for that check alone."""
    ctx.params = params
    try:
        skipped = kind_not_applicable(spec, project_kind(ctx)) if spec.kinds else None
        if skipped is not None and not _judged_on_plugin_pages(spec, ctx) and not _judged_as_also(spec, ctx):
            return skipped
        if spec.needs_history and not ctx.has_history:
            return Result.inconclusive(T("Pas d'historique git : non mesurable.", "No git history: cannot be measured."))
        result = spec.func(ctx)
        if not isinstance(result, Result):
            raise TypeError(f"check returned {type(result).__name__}, not Result")
        if result.status in (Status.PASS, Status.WARN, Status.FAIL) and result.score is None:
            raise ValueError("a conclusive result needs a score")
        return result
    except FactError as exc:
        return Result(Status.ERROR, None, T(f"Donnée indisponible : {exc}", f"Data unavailable: {exc}"))
    except BudgetExceeded as exc:  # a time limit stops this check's work and never changes a verdict: inconclusive, with the reason
        return Result.budget_stopped(ctx, str(exc))
    except Exception as exc:  # noqa: BLE001 - isolation is the point
        log.debug("check %s crashed", spec.id, exc_info=True)
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" ({tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
        return Result(Status.ERROR, None, T(f"Erreur interne du contrôle : {type(exc).__name__}: {exc}{where}",
                                            f"Internal error in the check: {type(exc).__name__}: {exc}{where}"))


def result_entry(spec: CheckSpec, result: Result, weight: float) -> dict[str, Any]:
    return {
        "id": spec.id,
        "family": spec.family,
        "status": result.status.value,
        "score": None if result.score is None else round(float(result.score), 2),
        "weight": weight,
        "message": result.message,
        "evidence": [e.to_dict() for e in result.evidence[:200]],
        "evidence_total": len(result.evidence),
        "details": result.details,
        "title": spec.title,
        "rationale": spec.rationale,
        "remediation": result.remediation or spec.remediation,
        **({"remediation_for_finding": True} if result.remediation else {}),
        "effort": spec.effort,
    }


def _run_or_reuse(spec: CheckSpec, ctx: AuditContext, params: dict[str, Any], weight: float, kind: str | None) -> dict[str, Any]:
    """A check's result entry: the one stored for this commit and key when there is one (the public
    facts it read are loaded again, so that the report is the same), else computed and stored when it
    was built on settled facts only (see :meth:`AuditContext.settled`). The values of the public facts
    kept out of the fact cache (``cache="none"``: the project's kind, the contributors' types…) are
    stored with the result, under the same key (which covers all their inputs), instead of being
    computed again."""
    key = result_key(ctx, spec.id, params, weight, kind)
    stored = ctx._cache.get(key) if key else None
    if (isinstance(stored, dict) and isinstance(stored.get("entry"), str) and isinstance(stored.get("facts"), list)
            and isinstance(stored.get("values"), dict)):
        asked = dict(ctx.asked_facts)
        for name in stored["facts"]:  # the report's facts section: the public ones it used (cached, stored, or computed again)
            if name in FACTS and FACTS[name].public:
                if name in stored["values"]:
                    ctx.restore(name, json.loads(stored["values"][name]))
                    continue
                try:
                    ctx.fact(name)
                except FactError:
                    pass
        ctx.asked_facts = {**asked, **dict.fromkeys(stored.get("asked") or [])}  # (those the check asked for, as when it ran)
        return json.loads(stored["entry"])
    (before, asked_before), ctx.used_facts, ctx.asked_facts = (ctx.used_facts, ctx.asked_facts), {}, {}
    try:
        res = run_check(spec, ctx, params)
    finally:
        used, ctx.used_facts = list(ctx.used_facts), {**before, **ctx.used_facts}
        asked, ctx.asked_facts = list(ctx.asked_facts), {**asked_before, **ctx.asked_facts}
    entry = result_entry(spec, res, weight)
    if key and res.status != Status.ERROR and ctx.settled(used):
        try:  # stored as JSON text (key order kept); the entry used now is exactly the one a later audit reads back
            text = json.dumps(entry, ensure_ascii=False)
            values = {n: json.dumps(ctx.known(n), ensure_ascii=False) for n in used
                      if n in FACTS and FACTS[n].public and FACTS[n].cache == "none" and ctx.known(n) is not None}
        except (TypeError, ValueError):
            return entry
        entry = json.loads(text)
        ctx._cache.put(key, {"entry": text, "facts": used, "asked": asked, "values": values})
    return entry


def evaluate(ctx: AuditContext, ruleset: Ruleset, only: list[str] | None = None,
             progress: Callable[[str, int, int, str], None] | None = None) -> list[dict[str, Any]]:
    """Every enabled check's result entry; a commit audited again reuses the stored ones (:func:`result_key`).

    The per-file analyses are started in the pool first (:meth:`AuditContext.prefetch`); the checks
    then run in the ruleset's order, except that one which would wait for the pool is put off until
    the others ran (``ctx.pool_waits``): this process computes the other facts meanwhile. Checks read
    facts only, so the order they run in changes no result; the results are listed in the ruleset's order."""
    from auditor.blobwork import NotReady

    registry = load_checks()
    todo = [cid for cid in ruleset.enabled_checks() if not only or cid in only]
    if not only:  # the pool computes the per-file analyses while this process computes the other facts
        ctx.prefetch()
    kind = project_kind(ctx)
    entries: dict[str, dict[str, Any]] = {}
    put_off: list[tuple[int, str]] = []
    lang = ctx.config.lang if ctx.config.lang in ("fr", "en") else "fr"

    def run(n: int, cid: str) -> None:
        spec = registry[cid]
        if progress:
            progress("checks", n, len(todo), spec.title.get(lang, ""))
        t0 = time.perf_counter()
        entry = _run_or_reuse(spec, ctx, ruleset.params(cid, spec.params), ruleset.weight(cid, kind), kind)
        tags = ruleset.check_config(cid).get("standard")
        if tags:
            entry["standard"] = list(tags)
        entry["duration_ms"] = round(1000 * (time.perf_counter() - t0), 1)
        entries[cid] = entry

    ctx.pool_waits = bool(only)
    try:
        for n, cid in enumerate(todo):
            try:
                run(n, cid)
            except NotReady:
                put_off.append((n, cid))
    finally:
        ctx.pool_waits = True
    for n, cid in put_off:
        run(n, cid)
    return [entries[cid] for cid in todo]


def apply_declarations(ctx: AuditContext, ruleset: Ruleset, results: list[dict[str, Any]]) -> None:
    """The project's declarations (.auditor.yml): a note when the file is malformed (the audit goes on
    without it), and each declared exception attached to its check's result (see auditor.declarations)."""
    from auditor.declarations import apply_exceptions, error_line

    try:
        decl = ctx.fact("declarations") or {}
    except (FactError, BudgetExceeded):
        return
    if decl.get("error"):
        line = error_line(decl["error"])
        ctx.notes.append({"fr": f"{line} — l'audit continue sans les déclarations.", "en": f"{line} — the audit goes on without the declarations."})
    if decl.get("exceptions"):
        apply_exceptions(results, decl["exceptions"], ctx.as_of, bool((ruleset.data.get("exceptions") or {}).get("counted")))
        ran = {r["id"] for r in results}
        for exc in decl["exceptions"]:
            if exc["check"] not in ran:  # a typo, or a check this ruleset does not run: say so rather than drop it
                where = f"{decl.get('file') or 'portfolio'}:{exc['line']}" if exc.get("line") else (decl.get("file") or "portfolio")
                ctx.notes.append({"fr": f"{where} : exception pour le contrôle {exc['check']}, qui n'a pas été exécuté (identifiant inconnu ou hors du jeu de règles).",
                                  "en": f"{where}: exception for the check {exc['check']}, which did not run (unknown id or not in the ruleset)."})


def unlisted_plugin_checks(ruleset: Ruleset) -> list[str]:
    """Checks a plugin installed that the ruleset does not mention: never run, so said in the report
    (a built-in check is in a shipped ruleset, see tests/test_registry.py; leaving one out of a
    ruleset is that ruleset's choice)."""
    listed = set(ruleset.data.get("checks") or {})
    return sorted(cid for cid, spec in load_checks().items()
                  if cid not in listed and not spec.source.startswith(tuple(m + "." for m in BUILTIN_MODULES)))


def build_report(ctx: AuditContext, target: Target, acq: Acquired | None, ruleset: Ruleset, results: list[dict[str, Any]],
                 started: float, as_of_given: date | None, options: AuditOptions) -> dict[str, Any]:
    snap = ctx.snapshot
    for name in BASE_FACTS:
        try:
            ctx.fact(name)
        except FactError:
            pass
    families = list(FAMILIES)
    scores = compute_scores(results, ruleset.data, families)
    plan = action_plan(results, ruleset.data, families)
    facts = ctx.facts_for_report()
    from auditor.fix import fixable

    for r in results:  # what `auditor fix` can write for this finding
        files = fixable(r, facts)
        if files:
            r["fixable"] = files
    by_id = {r["id"]: r for r in results}
    for item in plan:
        r = by_id[item["id"]]
        item.update({"title": r["title"], "remediation": r["remediation"], "family": r["family"]})
        if r.get("remediation_for_finding"):
            item["remediation_for_finding"] = True
        if r.get("fixable"):
            item["fixable"] = r["fixable"]
    gate_cfg = ruleset.gate
    fail_under = options.fail_under if options.fail_under is not None else gate_cfg.get("fail_under")
    min_level = options.min_level if options.min_level is not None else gate_cfg.get("min_level")
    notes = list(ctx.notes)
    if acq and acq.warning:
        notes.append({"fr": acq.warning, "en": acq.warning})
    if snap.shallow:
        notes.append({"fr": "Clone superficiel : les contrôles fondés sur l'historique sont non concluants (utilisez fetch-depth: 0).",
                      "en": "Shallow clone: history-based checks are inconclusive (use fetch-depth: 0)."})
    if not snap.has_history:
        notes.append({"fr": "Dossier sans historique git : les contrôles fondés sur l'historique sont non concluants.",
                      "en": "Folder without git history: history-based checks are inconclusive."})
    if getattr(snap, "history_truncated", False):
        from auditor.snapshot import MAX_COMMITS

        notes.append({"fr": f"Historique très long : seuls les {MAX_COMMITS} commits les plus récents sont analysés en détail (les totaux restent exacts).",
                      "en": f"Very long history: only the newest {MAX_COMMITS} commits are analysed in detail (totals stay exact)."})
    archived = getattr(snap, "archived", None) or []
    if archived:  # (past versions kept beside the current code: left out of every measure, Snapshot.fold_copies)
        shown = ", ".join(a["path"] for a in archived[:5]) + ("…" if len(archived) > 5 else "")
        files = sum(a["files"] for a in archived)
        notes.append({"fr": f"Anciennes versions archivées laissées hors de l'audit ({files} fichiers) : {shown} — le nom du dossier dit "
                            "« ancien » ou « archive », ses sous-dossiers portent des numéros de version ou des dates et le code actuel "
                            "est ailleurs dans le dépôt.",
                      "en": f"Archived past versions left out of the audit ({files} files): {shown} — the folder's name says old or "
                            "archived, its subfolders are named as versions or dates and the current code is elsewhere in the repository."})
    if snap.truncated:
        notes.append({"fr": f"Dépôt tronqué aux {options.max_files} premiers fichiers.", "en": f"Repository truncated to its first {options.max_files} files."})
    for err in PLUGIN_ERRORS:
        notes.append({"fr": f"Extension de contrôles non chargée : {err}", "en": f"Check plugin not loaded: {err}"})
    for err in FACT_PLUGIN_ERRORS:
        notes.append({"fr": f"Extension de données non chargée : {err}", "en": f"Fact plugin not loaded: {err}"})
    unlisted = unlisted_plugin_checks(ruleset)
    if unlisted and not options.only:
        shown = ", ".join(unlisted[:10]) + ("…" if len(unlisted) > 10 else "")
        notes.append({"fr": f"Contrôles installés par une extension mais absents du jeu de règles, donc non exécutés : {shown}.",
                      "en": f"Checks installed by a plugin but missing from the ruleset, so not run: {shown}."})
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "readiness-auditor", "version": __version__},
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "target": {
            **target.to_dict(),
            "ref": acq.ref if acq else None,
            "commit": snap.commit,
            "commit_date": snap.commit_date.isoformat() if snap.commit_date else None,
            "as_of": ctx.as_of.isoformat(),
            "as_of_given": as_of_given.isoformat() if as_of_given else None,
            "shallow": snap.shallow,
            "has_history": snap.has_history,
            "tool_version": __version__,
        },
        "ruleset": {**ruleset.to_dict(), "human_criteria": ruleset.data.get("human_criteria") or []},
        "scores": scores,
        "levels": [{"id": lv["id"], "title": lv["title"], "description": lv.get("description")} for lv in ruleset.levels],
        "gate": gate(scores, ruleset.levels, fail_under, min_level),
        "action_plan": plan,
        "scaling_risks": scaling_risks(results),
        "results": results,
        "facts": facts,
        "fact_errors": ctx.fact_errors,
        "limits": {
            "max_blob_bytes": snap.max_blob,
            "max_files": options.max_files,
            "files_indexed": len(snap.files),
            "truncated": snap.truncated,
            "skipped": snap.skipped[:200],
            "skipped_total": snap.skipped_total,
        },
        "notes": notes,
        "duration_s": round(time.monotonic() - started, 3),
    }


def audit_snapshot(snap: Snapshot, target: Target, ruleset: Ruleset, options: AuditOptions, acq: Acquired | None = None,
                   started: float | None = None) -> dict[str, Any]:
    started = started or time.monotonic()
    # The audit's day, never its time of day: "N days ago", the 90/365-day windows and the age of a project are the same for every
    # audit of a commit made on one day (an audit at 12:17 and one at 12:42 said "1510" and "1511 days ago").
    as_of = end_of_day(options.as_of or datetime.now(timezone.utc).date())
    cache = None
    if options.config.fact_cache and snap.commit:
        from auditor.dirs import user_cache_dir as default_cache_dir

        cache = FactCache(Path(options.cache_dir or default_cache_dir()) / "facts")
    with AuditContext(snap, target, as_of, options.config, cache) as ctx:  # (its blob store's connection closed at the end)
        try:
            results = evaluate(ctx, ruleset, options.only, options.progress)
        finally:
            ctx.drop_prefetched()  # analyses started ahead that no check asked for (a check failed, the budget ran out)
        if options.progress:
            options.progress("report", 1, 1, "")
        apply_declarations(ctx, ruleset, results)
        return build_report(ctx, target, acq, ruleset, results, started, options.as_of, options)


def resolve_ruleset(options: AuditOptions) -> Ruleset:
    return load_ruleset(options.ruleset, known_checks=set(load_checks()))


def audit(target_text: str | Target, options: AuditOptions | None = None, ruleset: Ruleset | None = None) -> dict[str, Any]:
    """Audit one target end to end and return the canonical report (a JSON-ready dict)."""
    options = options or AuditOptions()
    started = time.monotonic()
    ruleset = ruleset or resolve_ruleset(options)
    if options.only:
        unknown = [c for c in options.only if c not in load_checks()]
        if unknown:
            from auditor.errors import UsageError

            raise UsageError(f"unknown check id(s): {', '.join(unknown)}")
    target = target_text if isinstance(target_text, Target) else parse_target(target_text)
    if options.progress:
        options.progress("acquire", 0, 1, "")
    acq = acquire(target, cache_dir=options.cache_dir, offline=options.offline, ref=options.ref, as_of=options.as_of,
                  timeout=options.timeout, config=options.config)
    target = acq.target or target
    if options.progress:
        options.progress("snapshot", 0, 1, "")
    snap = open_snapshot(acq, max_blob=options.max_blob, max_files=options.max_files, deadline=started + options.budget)
    with snap:
        return audit_snapshot(snap, target, ruleset, options, acq, started)
