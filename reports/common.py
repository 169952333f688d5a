"""Helpers shared by the renderers: reading the report defensively, forge links, findings for forges.

Nothing here scores: every figure comes from the canonical report. What is computed is presentation
only (a link to the forge, a stable fingerprint, the order in which checks are shown).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Iterator
from urllib.parse import quote

from auditor.families import FAMILIES
from auditor.i18n import pick
from auditor.reports.text import CTRL as _CTRL, clean  # noqa: F401 (clean re-exported: renderers import it from here)

FAMILY_ORDER = FAMILIES  # the one list, from data (auditor/families.yml)
STATUS_ORDER = {"fail": 0, "error": 1, "warn": 2, "inconclusive": 3, "pass": 4, "not_applicable": 5}
PROBLEM = ("fail", "warn")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)


def scrub(value: Any) -> Any:
    """A copy of a report (or any JSON value) whose strings hold no control or bidi characters (an
    author name with ESC or BEL bytes): every format renders from it, tabs and newlines kept."""
    if isinstance(value, str):
        return _CTRL.sub("\ufffd", value) if _CTRL.search(value) else value
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value


def safe_url(url: Any) -> str | None:
    """``url`` when it is a plain http(s) address, else None (never a ``javascript:`` or data link)."""
    if isinstance(url, str) and _SAFE_URL.match(url.strip()):
        return url.strip().rstrip("/")
    return None


def families(report: dict[str, Any]) -> list[str]:
    """The families in the report, in the canonical order, then any others."""
    present = list((report.get("scores") or {}).get("families") or {})
    for r in report.get("results") or []:
        if r.get("family") not in present:
            present.append(r.get("family"))
    return [f for f in FAMILY_ORDER if f in present] + [f for f in present if f not in FAMILY_ORDER]


def results_by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in report.get("results") or []}


def sorted_results(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(results, key=lambda r: (STATUS_ORDER.get(r.get("status"), 9), r.get("id", "")))


def forge_file_url(report: dict[str, Any], path: str | None, line: int | None = None) -> str | None:
    """A link to ``path`` at the audited commit on GitHub or GitLab; None when the forge is unknown."""
    tgt = report.get("target") or {}
    web = safe_url(tgt.get("web_url"))
    commit = tgt.get("commit")
    if not path or not web or not commit or tgt.get("forge") not in ("github", "gitlab"):
        return None
    if not re.fullmatch(r"[0-9a-f]{7,64}", str(commit)):
        return None
    quoted = quote(path.lstrip("/"), safe="/")
    base = f"{web}/blob/{commit}/{quoted}" if tgt["forge"] == "github" else f"{web}/-/blob/{commit}/{quoted}"
    return base + (f"#L{int(line)}" if isinstance(line, int) and line > 0 else "")


def forge_commit_url(report: dict[str, Any]) -> str | None:
    tgt = report.get("target") or {}
    web = safe_url(tgt.get("web_url"))
    commit = tgt.get("commit")
    if not web or not commit or tgt.get("forge") not in ("github", "gitlab") or not re.fullmatch(r"[0-9a-f]{7,64}", str(commit)):
        return None
    return f"{web}/commit/{commit}" if tgt["forge"] == "github" else f"{web}/-/commit/{commit}"


def evidence_value(ev: dict[str, Any], limit: int = 200) -> str | None:
    """The evidence value as short text (JSON for structures), or None."""
    v = ev.get("value")
    if v is None:
        return None
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False, sort_keys=True)
    elif isinstance(v, bool):
        v = "true" if v else "false"
    return clean(v, limit)


def level_title(level: Any, report: dict[str, Any], lang: str) -> str:
    """A level given as a level object, a {fr, en} title or an id, as text."""
    if isinstance(level, dict):
        if "title" in level:
            return pick(level["title"], lang)
        if "fr" in level or "en" in level:
            return pick(level, lang)
        return str(level.get("id", ""))
    if isinstance(level, str):
        for lv in report.get("levels") or []:
            if lv.get("id") == level:
                return pick(lv.get("title"), lang)
        return level
    return "—"


def fingerprint(*parts: Any) -> str:
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def findings(report: dict[str, Any], lang: str) -> Iterator[dict[str, Any]]:
    """What forges show as alerts, one per finding:

    - every evidence of kind ``finding``, whatever the check's status (a passing check's finding is a note);
    - for a failing or warning check, every evidence with a path (a ``missing`` file is located where it
      should be created) and, when it has none, one finding for the check at the repository's root
      README, or ``README.md`` (forges need a file to attach an alert to).

    Each finding: result, evidence (or None), path, line, level (error/warning/note), text, fingerprint.
    """
    from auditor.reports.evidence import evidence_phrase  # noqa: PLC0415 - evidence.py builds on this module

    facts_files = ((report.get("facts") or {}).get("files") or {})
    root_file = facts_files.get("readme") if isinstance(facts_files.get("readme"), str) else None
    for r in report.get("results") or []:
        status = r.get("status")
        level = {"fail": "error", "warn": "warning"}.get(status, "note")
        message = clean(pick(r.get("message"), lang), 2000)
        evs = r.get("evidence") or []
        located = []
        for ev in evs:
            if not isinstance(ev, dict):
                continue
            if ev.get("kind") == "finding" or (status in PROBLEM and ev.get("path")):
                located.append(ev)
        seen: set[str] = set()
        for ev in located:
            path = ev.get("path") or root_file or "README.md"
            line = ev.get("line") if isinstance(ev.get("line"), int) and ev["line"] > 0 else None
            bits = [message, evidence_phrase(ev, lang)]
            if ev.get("kind") == "missing":
                bits.append({"fr": "fichier absent", "en": "file missing"}[lang if lang in ("fr", "en") else "fr"])
            fp = fingerprint(r["id"], ev.get("path"), line, ev.get("kind"), evidence_value(ev, 500), pick(ev.get("note"), "en"))
            if fp in seen:
                continue
            seen.add(fp)
            yield {"result": r, "evidence": ev, "path": clean(path), "line": line, "level": level,
                   "text": " — ".join(b for b in bits if b), "fingerprint": fp, "at_root": not ev.get("path")}
        if not located and status in PROBLEM:
            yield {"result": r, "evidence": None, "path": clean(root_file or "README.md"), "line": None, "level": level,
                   "text": message, "fingerprint": fingerprint(r["id"], "(repository)"), "at_root": True}


def _declared_row(item: dict[str, Any], lang: str) -> dict[str, Any]:
    from auditor.i18n import t

    verified = str(item.get("verified") or "declared-only")
    where = item.get("path") or ""
    return {"label": clean(pick(item.get("label"), lang), 200), "declared": clean(pick(item.get("declared"), lang), 500),
            "verified": verified, "verified_label": t(f"decl.v.{verified}", lang),
            "note": clean(pick(item.get("note"), lang), 500), "path": clean(where, 300) if where else "",
            "line": item.get("line") if isinstance(item.get("line"), int) else None,
            "ok": verified in ("agrees", "form-ok", "found"), "bad": verified in ("disagrees", "form-bad")}


def _exception_row(exc: dict[str, Any], r: dict[str, Any], lang: str) -> dict[str, Any]:
    from auditor.i18n import fmt_date, t

    scope = " · ".join(clean(exc[k], 200) for k in ("path", "value") if exc.get(k)) or t("decl.exc.whole", lang)
    state = t("decl.exc.expired" if exc.get("expired") else "decl.exc.valid", lang)
    counted = t("decl.exc.counted" if exc.get("counted") else "decl.exc.listed", lang)
    return {"check": clean(exc.get("check"), 100), "scope": scope, "reason": clean(exc.get("reason"), 1000),
            "by": clean(exc.get("by"), 200), "until": clean(fmt_date(str(exc.get("until") or ""), lang), 20),
            "expired": bool(exc.get("expired")),
            "state": f"{state}, {counted}", "matches": exc.get("matches") if isinstance(exc.get("matches"), int) else 0,
            "excepted": r.get("excepted") if isinstance(r.get("excepted"), dict) else None}


def _declarations_error(error: Any) -> str | None:
    if not isinstance(error, dict):
        return None
    where = f"{error.get('path')}:{error['line']}" if error.get("line") else str(error.get("path"))
    return clean(f"{where}: {error.get('key')}: {error.get('message')}" if error.get("key") else f"{where}: {error.get('message')}", 500)


def declarations_view(report: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The project's declarations (.auditor.yml) as plain text rows, declared beside verified, and the
    exceptions attached to results; None when the project declared nothing. Renderers escape the text."""
    decl = (report.get("facts") or {}).get("declarations")
    if not isinstance(decl, dict):
        return None
    rows = [_declared_row(item, lang) for item in decl.get("items") or [] if isinstance(item, dict)]
    exceptions = [_exception_row(exc, r, lang) for r in report.get("results") or [] for exc in r.get("exceptions") or [] if isinstance(exc, dict)]
    err_text = _declarations_error(decl.get("error"))
    if not rows and not exceptions and not err_text:
        return None
    return {"rows": rows, "exceptions": exceptions, "error": err_text, "sources": [clean(s, 100) for s in decl.get("sources") or []]}


def sponsor_text(proj: dict[str, Any], lang: str) -> str:
    """The sponsor type for people, with where it was read when no one declared it: « collectivité territoriale, d'après la
    forge qui publie le dépôt (github.com/datagrandest : Région Grand Est) »."""
    from auditor.i18n import t

    sponsor = t(f"sponsor.{proj.get('sponsor_type') or 'unknown'}", lang)
    said = proj.get("sponsor_evidence")
    if proj.get("sponsor_source") == "forge-owner" and isinstance(said, str) and said:
        evidence = clean(said, 160).replace(": ", "\u00a0: ", 1) if lang == "fr" else clean(said, 160)
        return t("report.sponsor_forge", lang).replace("{sponsor}", sponsor).replace("{evidence}", evidence)
    return sponsor


def undecided_kind_text(kind: str | None, undecided: str | None, lang: str) -> str | None:
    """The kind as every renderer says it: its label, or that no file decided it (``undecided``: "documents-only", "nearest",
    from :func:`auditor.facts.kind_documents.kind_undecided`); None without a kind."""
    from auditor.facts.kind_documents import UNKNOWN_KINDS
    from auditor.i18n import t

    if not kind:
        return None
    label = t(f"kind.{kind}", lang)
    if undecided in UNKNOWN_KINDS:  # (unknown: the placeholder kind is never shown)
        return t(f"report.kind_{undecided.replace('-', '_')}", lang)
    return t("report.kind_undecided", lang).replace("{kind}", label) if undecided else label


def project_line(report: dict[str, Any], lang: str, label: bool = True) -> str | None:
    """« Type de projet jugé : modèle de données… · Porteur : collectivité territoriale » from ``facts.project``."""
    from auditor.i18n import t

    proj = (report.get("facts") or {}).get("project")
    if not isinstance(proj, dict) or not proj.get("kind"):
        return None
    sep = "\u00a0: " if lang == "fr" else ": "
    from auditor.facts.kind_documents import kind_undecided

    kind = undecided_kind_text(proj["kind"], kind_undecided(proj), lang)  # (a guess no file decided, an Android app's "library": said so)
    sponsor = sponsor_text(proj, lang)
    paths = [e.get("path") for e in proj.get("kind_evidence") or [] if isinstance(e, dict) and e.get("path")][:3]
    shown = f"{kind} ({', '.join(paths)})" if paths else kind
    also = [t(f"kind.{a['kind']}", lang) for a in proj.get("also_kinds") or [] if isinstance(a, dict) and a.get("kind")][:2]
    shown += "".join(f" + {a}" for a in also)  # the web server a command-line tool also starts
    copy = proj.get("copy_of")
    if isinstance(copy, dict) and copy.get("name"):  # a customised copy of another project: said beside the kind
        name = f"{copy['name']} {copy['version']}" if copy.get("version") else copy["name"]
        own = ", ".join((copy.get("own") or [])[:3])
        fork = copy.get("fork") if isinstance(copy.get("fork"), dict) else None
        if fork:  # (a fork told by its history: its own commits are a short tail over the other project's)
            shown += (f" — fork de {copy['name']} ({copy.get('repository')}, nommé dans {copy.get('path')}) : {fork.get('own_commits')} de ses "
                      f"{fork.get('commits')} commits sont les siens (depuis le {fork.get('since')}), les autres, de {fork.get('upstream_people')} "
                      "personnes, sont ceux du projet d'origine") if lang == "fr" else \
                (f" — a fork of {copy['name']} ({copy.get('repository')}, named in {copy.get('path')}): {fork.get('own_commits')} of its "
                 f"{fork.get('commits')} commits are its own (since {fork.get('since')}), the others, by {fork.get('upstream_people')} people, "
                 "are the original project's")
        else:
            shown += (f" — copie de {name} ({copy.get('path')}) ; mesuré : {own}" if own else f" — copie de {name} ({copy.get('path')}) ; part propre non distinguée") \
                if lang == "fr" else (f" — a copy of {name} ({copy.get('path')}); measured: {own}" if own else f" — a copy of {name} ({copy.get('path')}); own part not told apart")
    head = f"{t('report.kind', lang)}{sep}" if label else ""
    return f"{head}{clean(shown, 400)} · {t('report.sponsor', lang)}{sep}{clean(sponsor, 300)}"
