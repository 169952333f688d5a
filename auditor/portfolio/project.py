"""One project of a portfolio, audited: the pure function a worker runs.

:func:`audit_project` takes a portfolio entry and picklable options and returns the canonical
report; it writes nothing and shares no state, so a thread, a process of a
``ProcessPoolExecutor`` or a remote worker can run it (the seam of a distributed engine). The batch
runner does the writing (reports, history store) in one place.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from auditor.errors import AuditorError, TargetError
from auditor.portfolio.entries import Project
from auditor.target import Target, parse_target, redact, register_secret


@dataclass(frozen=True)
class ProjectOptions:
    """What a worker needs besides the entry (picklable)."""

    audit: Any  # AuditOptions template (ruleset, timeout, budget, cache_dir, offline…)
    lang: str = "fr"
    ruleset: Any = None  # a loaded Ruleset, or None: resolved from ``audit.ruleset`` by the worker
    progress: Any = None  # a channel (``put``) for the batch's progress display, or None (see auditor.portfolio.progress)


def with_token(target: Target, project: Project) -> tuple[Target, dict[str, str], str | None]:
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


def audit_project(entry: Project, options: ProjectOptions) -> dict[str, Any]:
    """Audit one portfolio entry and return its report (with the portfolio's words for the project)."""
    from auditor.engine import audit, resolve_ruleset

    target, tokens, warning = with_token(parse_target(entry.url), entry)
    base = options.audit
    cfg = dataclasses.replace(base.config, tokens=tokens, lang=options.lang)
    if entry.declarations:  # checked against the .auditor.yml schema by the declarations fact
        cfg = dataclasses.replace(cfg, extra={**cfg.extra, "declarations": entry.declarations, "declarations_line": entry.line})
    if entry.sponsor_type:
        cfg = dataclasses.replace(cfg, extra={**cfg.extra, "portfolio_sponsor_type": entry.sponsor_type})
    audit_options = dataclasses.replace(base, config=cfg)
    if options.progress is not None:  # the steps, for the coordinator's display only: never part of the report
        from auditor.portfolio.progress import StepReporter

        audit_options = dataclasses.replace(audit_options, progress=StepReporter(options.progress, entry.id))
    report = audit(target, audit_options, options.ruleset or resolve_ruleset(base))
    # The portfolio's own words for the project: reports show its name, not the repository's.
    report["project"] = {"id": entry.id, "name": entry.name, "phase": entry.phase, "territory": entry.territory,
                         "tags": list(entry.tags)}
    if warning:
        report["notes"].append({"fr": f"Variable de jeton {entry.token_env} absente : audit sans jeton.", "en": warning})
    return report


def failure_kind(exc: BaseException) -> str:
    """unreachable, timeout, error (a documented refusal) or crash (a bug)."""
    msg = str(exc)
    if "timed out" in msg or "time-out" in msg:
        return "timeout"
    if isinstance(exc, TargetError):
        return "unreachable"
    if isinstance(exc, AuditorError):
        return "error"
    return "crash"


def failure_reason(entry: Project, exc: BaseException) -> str:
    """One line, tokens and credentials removed."""
    reason = redact(str(exc)) if isinstance(exc, AuditorError) else f"internal error: {type(exc).__name__}: {redact(str(exc))}"
    token = os.environ.get(entry.token_env) if entry.token_env else None
    if token:
        reason = reason.replace(token, "***")
    return reason.splitlines()[0] if reason else type(exc).__name__
