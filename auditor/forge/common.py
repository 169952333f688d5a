"""Shared helpers of the forge collectors: reasons in both languages, windows, medians."""

from __future__ import annotations

from auditor.people import is_bot_login  # noqa: F401 - the forge clients import it from here

import statistics
import sys
from datetime import datetime, timedelta, timezone

from auditor.forge.state import ForgeStopped

WINDOW_DAYS = 365
LIST_PAGES = 3  # pages of 100 per list (issues, changes, comments)
SAMPLE = 10  # most recent merged changes whose reviews are read one by one


def R(fr: str, en: str) -> dict[str, str]:  # noqa: N802
    return {"fr": fr, "en": en}


def reason_for_status(code: int | None, kind: str) -> dict[str, str]:
    var = "GITHUB_TOKEN" if kind == "github" else "GITLAB_TOKEN"
    if code == 401:
        return R(f"jeton refusé par la forge (401) : vérifiez {var} ou AUDITOR_TOKEN_<HÔTE>",
                 f"token rejected by the forge (401): check {var} or AUDITOR_TOKEN_<HOST>")
    if code == 403:
        return R("accès refusé par la forge (403) : droits du jeton insuffisants ou limite atteinte",
                 "access denied by the forge (403): token lacks the rights or a limit was reached")
    if code == 404:
        return R(f"projet introuvable sur la forge (404) : dépôt privé sans jeton ({var}) ou adresse erronée",
                 f"project not found on the forge (404): private repository without a token ({var}) or wrong address")
    return R(f"réponse inattendue de la forge ({code})", f"unexpected answer from the forge ({code})")


def section_runner(out: dict, partial: dict, kind: str):
    """``section(name, func)``: ``out[name] = func()``; a failure is recorded in ``partial[name]`` with
    its reason and leaves the other sections of the forge data untouched."""
    def section(name, func) -> None:
        try:
            out[name] = func()
        except ForgeStopped as exc:
            partial[name] = exc.reason
        except Exception as exc:  # noqa: BLE001 - one section failing leaves the others
            partial[name] = reason_for_exception(exc, kind)

    return section


def reason_for_exception(exc: BaseException, kind: str) -> dict[str, str]:
    if isinstance(exc, ForgeStopped):
        return exc.reason
    requests = sys.modules.get("requests")  # not imported: the exception is none of its (offline audits never import it)
    if requests is not None and isinstance(exc, requests.Timeout):
        return R("forge injoignable : délai dépassé", "forge unreachable: timed out")
    if requests is not None and isinstance(exc, requests.RequestException):
        return R("forge injoignable : erreur réseau", "forge unreachable: network error")
    code = getattr(exc, "status", None) or getattr(exc, "response_code", None)
    if isinstance(code, int):
        return reason_for_status(code, kind)
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        return reason_for_exception(cause, kind)
    return R(f"erreur de la forge : {type(exc).__name__}", f"forge error: {type(exc).__name__}")


def parse_dt(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def in_window(dt: datetime | None, as_of: datetime, days: int = WINDOW_DAYS) -> bool:
    return dt is not None and as_of - timedelta(days=days) < dt <= as_of


def median_hours(deltas: list[timedelta]) -> float | None:
    if not deltas:
        return None
    return round(statistics.median(d.total_seconds() for d in deltas) / 3600, 1)


def first_response(created: datetime, author: str | None, responses: list[tuple[datetime, str | None, bool]],
                   as_of: datetime) -> timedelta | None:
    """Earliest response on or before ``as_of`` by someone other than the author, bots excluded."""
    best = None
    for when, who, bot in responses:
        if bot or who is None or who == author or when < created or when > as_of:
            continue
        if best is None or when < best:
            best = when
    return best - created if best else None
