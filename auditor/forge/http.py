"""The one HTTP path to forge APIs and package indexes: a ``requests`` transport adapter mounted
under PyGithub and python-gitlab, and under the package-index lookups of the
``dependency_licenses`` fact, that

- counts requests and refuses any beyond the audit's bound (:class:`ForgeStopped`);
- keeps answers on disk with their ``ETag``/``Last-Modified`` and revalidates them with
  ``If-None-Match``/``If-Modified-Since`` (a ``304`` is served from the cache: on GitHub it spends no
  quota); an answer younger than ``ttl`` seconds is served without asking at all, so a batch re-run
  spends almost no quota;
- reads the rate-limit headers (``X-RateLimit-Remaining``/``-Reset`` on GitHub,
  ``RateLimit-Remaining``/``-Reset`` on GitLab, ``Retry-After`` on both): when the forge says
  "wait", it waits if the wait is at most ``max_wait`` seconds, otherwise it stops asking and every
  later request of the audit raises :class:`ForgeStopped` with the reason;
- never writes a credential anywhere: cache entries are keyed by method, URL and whether the request
  was authenticated, and hold only the status, a few response headers and the body.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from auditor import bounded, safejson
from auditor.forge.state import ForgeStopped, RequestState  # noqa: F401 - defined apart (no requests import), used and re-exported here
from auditor.lazyre import lazy_compile

log = logging.getLogger(__name__)

AUTH_HEADERS = ("authorization", "private-token", "job-token")
KEPT_HEADERS = ("etag", "last-modified", "link", "content-type", "x-total", "x-total-pages", "x-next-page", "x-page",
                "x-per-page")


def _reason_budget(n: int) -> dict[str, str]:
    return {"fr": f"plafond de {n} requêtes à la forge atteint pour cet audit : données restantes non collectées",
            "en": f"bound of {n} forge requests reached for this audit: remaining data not collected"}


def _reason_rate(wait: float) -> dict[str, str]:
    mins = max(1, round(wait / 60))
    return {"fr": f"limite de requêtes de la forge atteinte (reprise dans ~{mins} min) : relancez plus tard ou fournissez un jeton",
            "en": f"forge rate limit reached (resets in ~{mins} min): run again later or provide a token"}


class CachingAdapter(HTTPAdapter):
    """See the module docstring. ``sleep`` and ``clock`` are injectable for tests."""

    def __init__(self, state: RequestState, cache_dir: Path | None, *, ttl: float = 6 * 3600,
                 sleep=None, clock=None) -> None:
        super().__init__(max_retries=0)
        self.state = state
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.ttl = ttl
        self._sleep = sleep or (lambda s: _sleep(s))
        self._clock = clock or (lambda: time.time())

    # -- cache ---------------------------------------------------------------------------------
    def _key_path(self, request: requests.PreparedRequest) -> Path | None:
        if self.cache_dir is None:
            return None
        authed = any(h.lower() in AUTH_HEADERS for h in request.headers)
        key = hashlib.sha256(f"{request.method} {request.url} {'auth' if authed else 'anon'}".encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    @staticmethod
    def _load(path: Path | None) -> dict | None:
        if path is None:
            return None
        try:
            with open(path, encoding="utf-8") as fh:
                entry = safejson.loads(fh.read(64_000_000))
            return entry if isinstance(entry, dict) and "body" in entry else None
        except (OSError, ValueError):
            return None

    def _store(self, path: Path | None, resp: requests.Response) -> None:
        if path is None:
            return
        entry = {"stored_at": self._clock(), "status": resp.status_code, "url": _public_url(resp.url),
                 "headers": {k: v for k, v in resp.headers.items() if k.lower() in KEPT_HEADERS},
                 "body": resp.content.decode("utf-8", "replace")}
        bounded.write_atomic(path, json.dumps(entry), best_effort=True)  # a cache is best effort

    @staticmethod
    def _from_entry(entry: dict, request: requests.PreparedRequest) -> requests.Response:
        resp = requests.Response()
        resp.status_code = int(entry.get("status", 200))
        resp.reason = "OK"
        resp._content = entry["body"].encode("utf-8")
        resp.headers = CaseInsensitiveDict(entry.get("headers", {}))
        resp.url = request.url
        resp.request = request
        resp.encoding = "utf-8"
        return resp

    # -- rate limits -----------------------------------------------------------------------------
    def _note_rate(self, resp: requests.Response) -> None:
        h = resp.headers
        rem = h.get("x-ratelimit-remaining", h.get("ratelimit-remaining"))
        reset = h.get("x-ratelimit-reset", h.get("ratelimit-reset"))
        try:
            self.state.rate_remaining = int(rem) if rem is not None else self.state.rate_remaining
            self.state.rate_reset = float(reset) if reset is not None else self.state.rate_reset
        except ValueError:
            pass

    def _limited_wait(self, resp: requests.Response) -> float | None:
        """Seconds to wait when this answer says "rate limited", else None."""
        if resp.status_code not in (403, 429):
            return None
        h = resp.headers
        retry_after = h.get("retry-after")
        rem = h.get("x-ratelimit-remaining", h.get("ratelimit-remaining"))
        reset = h.get("x-ratelimit-reset", h.get("ratelimit-reset"))
        body = resp.content[:2000].decode("utf-8", "replace").lower() if resp.content else ""
        limited = resp.status_code == 429 or retry_after is not None or rem == "0" or "rate limit" in body
        if not limited:
            return None
        if retry_after is not None and retry_after.strip().isdigit():
            return float(retry_after)
        if reset is not None:
            try:
                return max(0.0, float(reset) - self._clock())
            except ValueError:
                pass
        return 60.0  # GitHub: "otherwise wait for at least one minute"

    # -- sending ---------------------------------------------------------------------------------
    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):  # noqa: D401
        st = self.state
        path = self._key_path(request) if request.method == "GET" else None
        entry = self._load(path)
        if entry is not None and self._clock() - float(entry.get("stored_at", 0)) < self.ttl:
            st.from_cache += 1  # fresh: served even after a stop, since it costs nothing
            return self._from_entry(entry, request)
        if st.stopped:
            raise ForgeStopped(st.stopped)
        if entry is not None:
            etag = entry.get("headers", {}).get("ETag") or entry.get("headers", {}).get("etag")
            modified = entry.get("headers", {}).get("Last-Modified") or entry.get("headers", {}).get("last-modified")
            if etag:
                request.headers["If-None-Match"] = etag
            elif modified:
                request.headers["If-Modified-Since"] = modified
        for attempt in (1, 2):
            if st.requests >= st.max_requests:
                st.stopped = _reason_budget(st.max_requests)
                raise ForgeStopped(st.stopped)
            if st.rate_remaining == 0 and st.rate_reset is not None:
                wait = st.rate_reset - self._clock()
                if wait > st.max_wait:
                    st.stopped = _reason_rate(wait)
                    raise ForgeStopped(st.stopped)
                if wait > 0:
                    self._sleep(wait)
                    st.waited += wait
                st.rate_remaining = None
            st.requests += 1
            resp = super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies)
            self._note_rate(resp)
            st.log.append(f"{request.method} {_public_url(request.url)} -> {resp.status_code}")
            wait = self._limited_wait(resp)
            if wait is None:
                break
            if wait > st.max_wait or attempt == 2:
                st.stopped = _reason_rate(wait)
                raise ForgeStopped(st.stopped)
            self._sleep(wait)
            st.waited += wait
            st.rate_remaining = None
        if resp.status_code == 304 and entry is not None:
            st.from_cache += 1
            entry["stored_at"] = self._clock()
            if path is not None:
                bounded.write_atomic(path, json.dumps(entry), best_effort=True)
            return self._from_entry(entry, request)
        if request.method == "GET" and resp.status_code == 200 and not stream:
            self._store(path, resp)
        return resp


def _sleep(seconds: float) -> None:
    """Waiting for a rate limit (a module-level hook so that tests can replace it)."""
    time.sleep(seconds)


_SECRET_QUERY = lazy_compile(r"([?&](?:access_token|private_token|token|job_token)=)[^&]*", re.I)


def _public_url(url: str | None) -> str:
    """A URL safe to show: no user:password@, no token in the query."""
    if not url:
        return ""
    url = re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]+@", r"\1", url)
    return _SECRET_QUERY.sub(r"\1***", url)


def make_session(state: RequestState, cache_dir: Path | None, **kw) -> tuple[requests.Session, CachingAdapter]:
    session = requests.Session()
    session.trust_env = False  # no .netrc credentials sent to a forge we were not told about
    adapter = CachingAdapter(state, cache_dir, **kw)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session, adapter
