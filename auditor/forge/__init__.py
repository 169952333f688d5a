"""Forge APIs (GitHub through PyGithub, GitLab through python-gitlab): which forge, where its API
is, which token to send, and one bounded, cached, rate-limit-aware collection per audit.

Choosing the forge and its API
- ``github.com`` → ``https://api.github.com``; a GitHub Enterprise host (declared in
  ``AUDITOR_GITHUB_HOSTS`` or named ``github.*``) → ``https://HOST/api/v3``.
- ``gitlab.com`` and self-hosted GitLab (declared in ``AUDITOR_GITLAB_HOSTS``, named ``gitlab.*``,
  or recognised by its API's answer for an unknown host) → ``https://HOST/api/v4``.
- Overrides, most specific first: ``config.extra["forge_api"][host]``, env ``AUDITOR_API_<HOST>``
  (host upper-cased, non-alphanumerics as ``_``), env ``AUDITOR_GITHUB_API`` / ``AUDITOR_GITLAB_API``.
- A local checkout is matched to its forge through its ``origin`` remote.

Tokens (never printed, logged, stored in a report, a cache file or its name)
- ``config.tokens[host]``, then env ``AUDITOR_TOKEN_<HOST>``; then ``GITHUB_TOKEN``/``GH_TOKEN``
  for github.com and declared GitHub hosts, ``GITLAB_TOKEN`` for gitlab.com and declared GitLab
  hosts (a generic token is never sent to a host nobody declared). Public data needs none.

Bound: at most ``AUDITOR_FORGE_MAX_REQUESTS`` (default 60, or ``config.extra["forge_max_requests"]``)
requests per audit; see :mod:`auditor.forge.github` and :mod:`auditor.forge.gitlab` for what each
request is. Rate-limit waits up to ``AUDITOR_FORGE_MAX_WAIT`` seconds (default 10) are honoured;
longer ones stop the collection and the rest is inconclusive. Answers are cached under
``<cache dir>/forge/<host>/`` for ``AUDITOR_FORGE_CACHE_TTL`` seconds (default 21600) and
revalidated with their ETag afterwards.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from auditor.target import register_secret

DEFAULT_MAX_REQUESTS = 60
DEFAULT_MAX_WAIT = 10.0
DEFAULT_TTL = 6 * 3600
DEFAULT_TIMEOUT = 15.0


def host_var(prefix: str, host: str) -> str:
    return prefix + re.sub(r"[^A-Z0-9]", "_", host.upper())


def _declared(var: str) -> set[str]:
    return {h.strip().lower() for h in os.environ.get(var, "").split(",") if h.strip()}


@dataclass
class ForgeEndpoint:
    kind: str  # "github" or "gitlab"
    host: str
    api_url: str
    project: str  # "owner/name", or "group/sub/name" on GitLab
    token: str | None = field(default=None, repr=False)

    def public(self) -> dict:
        return {"kind": self.kind, "host": self.host, "api_url": self.api_url, "project": self.project,
                "authenticated": self.token is not None}


def api_url_for(kind: str, host: str, config=None) -> str:
    host = host.lower()
    extra = getattr(config, "extra", None) or {}
    per_host = (extra.get("forge_api") or {}).get(host)
    if per_host:
        return str(per_host).rstrip("/")
    env = os.environ.get(host_var("AUDITOR_API_", host))
    if env:
        return env.rstrip("/")
    if kind == "github":
        if os.environ.get("AUDITOR_GITHUB_API"):
            return os.environ["AUDITOR_GITHUB_API"].rstrip("/")
        return "https://api.github.com" if host in ("github.com", "www.github.com") else f"https://{host}/api/v3"
    if os.environ.get("AUDITOR_GITLAB_API"):
        return os.environ["AUDITOR_GITLAB_API"].rstrip("/")
    return f"https://{host}/api/v4"


def _token_for(kind: str, host: str, config=None) -> str | None:
    host = host.lower()
    tokens = getattr(config, "tokens", None) or {}
    if tokens.get(host):
        return tokens[host]
    env = os.environ.get(host_var("AUDITOR_TOKEN_", host))
    if env:
        return env
    if kind == "github" and (host in ("github.com", "www.github.com") or host in _declared("AUDITOR_GITHUB_HOSTS")):
        return os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN") or None
    if kind == "gitlab" and (host == "gitlab.com" or host in _declared("AUDITOR_GITLAB_HOSTS")):
        return os.environ.get("GITLAB_TOKEN") or None
    return None


def token_for(kind: str, host: str, config=None) -> str | None:
    """The forge token for ``host`` (portfolio, ``AUDITOR_TOKEN_<HOST>``, ``GITHUB_TOKEN``…), registered
    for redaction so that no message, log or report can ever show it."""
    token = _token_for(kind, host, config)
    register_secret(token)
    return token


def limits(config=None) -> tuple[int, float, float, float]:
    extra = getattr(config, "extra", None) or {}

    def num(key: str, env: str, default: float) -> float:
        value = extra.get(key, os.environ.get(env))
        try:
            return float(value) if value is not None else default
        except ValueError:
            return default

    return (int(num("forge_max_requests", "AUDITOR_FORGE_MAX_REQUESTS", DEFAULT_MAX_REQUESTS)),
            num("forge_max_wait", "AUDITOR_FORGE_MAX_WAIT", DEFAULT_MAX_WAIT),
            num("forge_cache_ttl", "AUDITOR_FORGE_CACHE_TTL", DEFAULT_TTL),
            num("forge_timeout", "AUDITOR_FORGE_TIMEOUT", DEFAULT_TIMEOUT))


def cache_root(config=None) -> Path:
    from auditor.dirs import user_cache_dir as default_cache_dir

    base = getattr(config, "cache_dir", None) or default_cache_dir()
    return Path(base) / "forge"
