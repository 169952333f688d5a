"""``forge``: what the project's forge (GitHub or GitLab) says about it, when it can be asked.

Never cached as a fact (``cache="none"``): answers are cached by the HTTP layer with their ETags
(see :mod:`auditor.forge`). When the forge cannot be asked — offline audit, no known forge,
401/403/404, rate limited, time-out, request bound reached — the value says so with a reason in
both languages and the checks that need it are *inconclusive*, never zero.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from auditor.facts import fact
from auditor.forge import ForgeEndpoint, api_url_for, cache_root, limits, token_for
from auditor.forge.common import R, reason_for_exception
from auditor.forge.state import ForgeStopped, RequestState

log = logging.getLogger(__name__)

OFFLINE = R("audit hors ligne : la forge n'a pas été consultée", "offline audit: the forge was not queried")
NO_FORGE = R("dépôt sans forge reconnue (GitHub, GitLab) : déclarez l'hôte dans AUDITOR_GITHUB_HOSTS ou AUDITOR_GITLAB_HOSTS",
             "repository without a recognised forge (GitHub, GitLab): declare the host in AUDITOR_GITHUB_HOSTS or AUDITOR_GITLAB_HOSTS")


def _origin_target(ctx):
    """The forge target of a local checkout, from its ``origin`` remote (see :func:`auditor.acquire.with_origin`)."""
    git_dir = getattr(ctx.snapshot, "git_dir", None)
    if not git_dir:
        return None
    from auditor.acquire import with_origin

    t = with_origin(ctx.target, git_dir)
    return t if t.host else None


def _probe_gitlab(host: str, project: str, session, timeout: float, config) -> bool:
    """Recognise a self-hosted GitLab from its API's answer (one request)."""
    url = f"{api_url_for('gitlab', host, config)}/projects/{quote(project, safe='')}"
    try:
        resp = session.get(url, timeout=timeout)
        return resp.status_code in (200, 401, 403) and "path_with_namespace" in resp.text or \
            resp.headers.get("x-gitlab-meta") is not None
    except (ForgeStopped, Exception):  # noqa: BLE001
        return False


def _unavailable(reason: dict, **extra) -> dict:
    return {"available": False, "reason": reason, **extra}


@fact("forge", version=1, cache="none")
def forge(ctx) -> dict:
    cfg = ctx.config
    if cfg.offline or not cfg.network:
        return _unavailable(OFFLINE)
    target = ctx.target
    if not target.host:  # a local checkout not yet named after its origin (the engine's acquire does it)
        target = _origin_target(ctx) or target
    if not target.host or not target.name:
        return _unavailable(NO_FORGE, no_forge=True)
    project = f"{target.owner}/{target.name}" if target.owner else target.name
    host = target.host.lower()
    max_requests, max_wait, ttl, timeout = limits(cfg)
    state = RequestState(max_requests=max_requests, max_wait=max_wait)
    from auditor.forge.http import make_session  # the HTTP stack (requests), only when a forge is asked

    session, adapter = make_session(state, cache_root(cfg) / host.replace(":", "_"), ttl=ttl)
    kind = target.forge
    if kind == "unknown":
        kind = "gitlab" if _probe_gitlab(host, project, session, timeout, cfg) else "unknown"
    if kind not in ("github", "gitlab"):
        return _unavailable(NO_FORGE, host=host, no_forge=True)
    endpoint = ForgeEndpoint(kind=kind, host=host, api_url=api_url_for(kind, host, cfg), project=project,
                             token=token_for(kind, host, cfg))
    now = datetime.now(timezone.utc)
    base = {**endpoint.public(), "observed_at": now.replace(microsecond=0).isoformat(),
            "as_of_in_past": ctx.as_of < now - timedelta(days=2)}
    try:
        if kind == "github":
            from auditor.forge import github

            data = github.collect(endpoint, adapter, ctx.as_of, timeout)
        else:
            from auditor.forge import gitlab

            data = gitlab.collect(endpoint, session, ctx.as_of, timeout)
    except Exception as exc:  # noqa: BLE001 - any failure of the forge is missing data, not an audit error
        log.debug("forge %s: %s", kind, type(exc).__name__)
        return _unavailable(reason_for_exception(exc, kind), **base, requests=state.summary())
    finally:
        session.close()
    return {"available": True, "reason": None, **base, **data, "requests": state.summary()}
