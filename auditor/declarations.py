"""``.auditor.yml``: what a project declares that the tool cannot see in its code.

The file sits at the repository root (the same keys are accepted in a portfolio entry, under
``declarations``). Its schema ships with the tool (``auditor/schema/auditor-yml.schema.json``,
``auditor declarations schema`` prints it); a file that breaks it gives one error with its line
and key, and the audit goes on without the declarations.

Declarations are shown *as declared* beside what the tool verified: a declared URL is checked for
its form only (never fetched); where a file of the repository can prove a claim (``publiccode.yml``,
a statement page) the report says whether it agrees. Exceptions never hide a finding: they are
attached to the result they concern with their reason and expiry (compared with the audit's as-of
date, never the wall clock); the ruleset's ``exceptions.counted`` decides whether a covered finding
still counts in the score.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from auditor import safeyaml
from auditor.lazyre import lazy_compile

FILE_NAMES = (".auditor.yml", ".auditor.yaml")
MAX_BYTES = 256 * 1024
SPONSOR_ALIASES = {"etat": "state", "collectivite": "local-authority", "entreprise": "company"}
A11Y_LEVELS = {"totale": "total", "partielle": "partial", "non-conforme": "none"}
# what publiccode.yml already has a field for: prefer it there (the standard is read by catalogues)
PUBLICCODE_FIELDS = {
    "reusers": "usedBy",
    "maintainers": "maintenance.contacts",
    "links.documentation": "description.<lang>.documentation",
    "links.api": "description.<lang>.apiDocumentation",
    "links.demo": "landingURL",
}
_HOST = lazy_compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("auditor.schema").joinpath("auditor-yml.schema.json").read_text(encoding="utf-8"))


def _plain(value: Any) -> Any:
    """Dates YAML read as dates become ISO strings (the schema and the report speak JSON)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return value


def parse(text: str | bytes, source: str = ".auditor.yml") -> tuple[dict[str, Any], dict[tuple, int], dict[str, Any] | None]:
    """``(declarations, lines, error)``: the normalised declarations (empty on error), the line of
    each key, and the first error as ``{"path", "line", "key", "message"}`` (None when valid)."""
    def fail(line: int | None, key: str, message: str) -> tuple[dict, dict, dict]:
        return {}, {}, {"path": source, "line": line, "key": key, "message": message}

    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            return fail(None, "", f"larger than {MAX_BYTES} bytes")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return fail(None, "", "not UTF-8 text")
    try:
        data, lines = safeyaml.load_with_lines(text)
    except safeyaml.YAMLLocatedError as exc:
        return fail(exc.line, exc.key, exc.message)
    if data is None:
        return fail(1, "", "empty file (expected at least: version: 1)")
    return check_data(_plain(data), lines, source)


def check_data(data: Any, lines: dict[tuple, int], source: str) -> tuple[dict[str, Any], dict[tuple, int], dict[str, Any] | None]:
    """Validate plain data against the schema (a portfolio entry's ``declarations`` comes this way)."""
    err = safeyaml.first_schema_error(schema(), data, lines)
    if err is not None:
        return {}, {}, {"path": source, "line": err.line, "key": err.key, "message": err.message}
    for exc in data.get("exceptions") or []:  # dates the pattern accepts but the calendar does not
        try:
            _dt.date.fromisoformat(exc["until"])
        except ValueError:
            i = data["exceptions"].index(exc)
            return {}, {}, {"path": source, "line": safeyaml.line_for(lines, ("exceptions", i, "until")),
                            "key": f"exceptions.{i}.until", "message": f"{exc['until']!r} is not a date"}
    sponsor = data.get("sponsor") or {}
    if sponsor.get("type") in SPONSOR_ALIASES:
        sponsor["type"] = SPONSOR_ALIASES[sponsor["type"]]
    a11y = (data.get("statements") or {}).get("accessibility") or {}
    if a11y.get("level") in A11Y_LEVELS:
        a11y["level"] = A11Y_LEVELS[a11y["level"]]
    return data, lines, None


def error_line(error: dict[str, Any]) -> str:
    """The one-line form of a parse error: ``.auditor.yml:12: instances.0.url: message``."""
    where = f"{error['path']}:{error['line']}" if error.get("line") else str(error["path"])
    return f"{where}: {error['key']}: {error['message']}" if error.get("key") else f"{where}: {error['message']}"


URL_PROBLEMS = {
    "not-url": {"fr": "ce n'est pas une adresse", "en": "not an address"},
    "scheme": {"fr": "ni http ni https", "en": "neither http nor https"},
    "host": {"fr": "nom d'hôte invalide", "en": "invalid host name"},
    "placeholder": {"fr": "domaine d'exemple laissé tel quel", "en": "example domain left as is"},
    "http": {"fr": "http et non https", "en": "http, not https"},
}


def url_problem(url: Any) -> str | None:
    """What is wrong with the form of a declared address (never fetched): a key of :data:`URL_PROBLEMS`, or None."""
    if not isinstance(url, str):
        return "not-url"
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return "not-url"
    if parts.scheme not in ("https", "http"):
        return "scheme"
    if not _HOST.match(host):
        return "host"
    if host.endswith((".example", ".invalid", ".test", ".localhost")) or host in ("example.org", "example.com", "example.net") \
            or host.endswith((".example.org", ".example.com", ".example.net")):
        return "placeholder"
    if parts.scheme == "http":
        return "http"
    return None


# -- exceptions ---------------------------------------------------------------------------------

def exception_state(exc: dict[str, Any], as_of: _dt.datetime | _dt.date) -> dict[str, Any]:
    """An exception as the report lists it, with ``expired`` against the audit's as-of date."""
    day = as_of.date() if isinstance(as_of, _dt.datetime) else as_of
    until = _dt.date.fromisoformat(exc["until"])
    return {k: exc[k] for k in ("check", "path", "value", "reason", "by", "until") if exc.get(k) is not None} | {"expired": until < day}


def _covers(exc: dict[str, Any], ev: dict[str, Any]) -> bool:
    if exc.get("path") and not (isinstance(ev.get("path"), str) and (fnmatch.fnmatchcase(ev["path"], exc["path"]) or ev["path"] == exc["path"])):
        return False
    if exc.get("value") is not None:
        value = ev.get("value")
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True) if value is not None else ""
        if str(exc["value"]) not in text:
            return False
    return True


def _problem_evidence(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in result.get("evidence") or [] if isinstance(e, dict) and e.get("kind") in ("finding", "missing")]


def apply_exceptions(results: list[dict[str, Any]], exceptions: list[dict[str, Any]], as_of: Any, counted: bool) -> None:
    """Attach each declared exception to the result of its check (in place).

    The finding stays listed whatever happens. When the ruleset counts exceptions and every located
    finding of a failing or warning check is covered by an exception still valid at ``as_of`` (or an
    exception names the check without a path or value), the result scores as a pass and keeps its
    measured status and score under ``excepted``.
    """
    by_check: dict[str, list[dict[str, Any]]] = {}
    for exc in exceptions:
        by_check.setdefault(exc["check"], []).append(exc)
    for r in results:
        mine = by_check.get(r["id"])
        if not mine:
            continue
        findings = _problem_evidence(r)
        listed = []
        for exc in mine:
            state = exception_state(exc, as_of)
            state["matches"] = sum(1 for ev in findings if _covers(exc, ev))
            state["counted"] = False
            listed.append(state)
        r["exceptions"] = listed
        if not counted or r["status"] not in ("fail", "warn"):
            continue
        valid = [(exc, st) for exc, st in zip(mine, listed) if not st["expired"]]
        whole = [st for exc, st in valid if not exc.get("path") and exc.get("value") is None]
        covered = all(any(_covers(exc, ev) for exc, _ in valid) for ev in findings) if findings else False
        if whole or covered:
            for exc, st in valid:
                st["counted"] = bool(whole) or st["matches"] > 0
            r["excepted"] = {"status": r["status"], "score": r["score"]}
            r["status"], r["score"] = "pass", 10.0
