"""The portfolio dashboard (``index.html`` of ``auditor batch``): one self-contained page.

A table of the projects, sortable (click a column header) and filterable (phase, tag, level, a
minimum score per criterion, free text), the level distribution, each project's change since the
previous batch, links to each report, the failed audits with their reasons and the portfolio's
invalid entries. Inline CSS and script only; a Content-Security-Policy forbids any request.
Everything that comes from the portfolio or a report (names, URLs, reasons) is escaped by jinja2;
only http(s) URLs become links.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

from auditor.i18n import LABELS as LABELS_I18N
from auditor.i18n import fmt_score, percent
from auditor.reports.common import scrub


def _labels(lang: str) -> dict[str, Any]:
    """The dashboard's labels, from the one table of texts for people (auditor/i18n.py)."""
    out: dict[str, Any] = {}
    for key, entry in LABELS_I18N.items():
        if key.startswith("dashboard."):
            parts = key.split(".")
            value = entry.get(lang) or entry["fr"]
            if len(parts) == 3:
                out.setdefault(parts[1], {})[parts[2]] = value
            else:
                out[parts[1]] = value
    return out


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )


def prepare() -> None:
    """Compile the template (see :func:`auditor.reports.prepare_portfolio`)."""
    _env().get_template("dashboard.html.j2")


def _http_url(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.netloc and "@" not in parts.netloc:
        return url
    return None


def _rel_link(path: str | None) -> str | None:
    """A relative link to a report file: every segment percent-encoded."""
    if not path:
        return None
    return "/".join(quote(seg, safe="") for seg in path.split("/"))


def _num(v: Any, lang: str, digits: int = 0) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return "—"
    s = f"{v:.{digits}f}"
    return s.replace(".", ",") if lang == "fr" else s


def _score(v: Any, lang: str) -> str:
    """A score as every view of an audit shows it (auditor.i18n.fmt_score: the stored value, never rounded further)."""
    return fmt_score(v, lang) if isinstance(v, (int, float)) and not isinstance(v, bool) else "—"


def _signed(v: Any, lang: str) -> str:
    if not isinstance(v, (int, float)):
        return ""
    return ("+" if v > 0 else "−" if v < 0 else "±") + _num(abs(v), lang, 1 if v != int(v) else 0)


def _distribution(ok_rows: list[dict], failed: list[dict], levels: list[dict], level_titles: dict, L: dict) -> list[dict[str, Any]]:
    """Projects by level (bars scaled on the largest count), failed audits last."""
    counts = {lv["id"]: 0 for lv in levels}
    for r in ok_rows:
        if r.get("level") is not None:
            counts[r["level"]] = counts.get(r["level"], 0) + 1
    top = max(list(counts.values()) + [len(failed), 1])
    distribution = [{"id": lid, "title": level_titles.get(lid, lid), "count": n, "width": round(100 * n / top, 1)}
                    for lid, n in counts.items()]
    if failed:
        distribution.append({"id": "_failed", "title": L["failed_row"], "count": len(failed), "width": round(100 * len(failed) / top, 1)})
    return distribution


def _change(r: dict[str, Any], level_titles: dict, L: dict, lang: str) -> dict[str, Any] | None:
    """What changed since the project's previous audit (new when there is none); None for a failed audit."""
    if r.get("status") != "ok":
        return None
    if "previous_overall" in r or "previous_level" in r:
        return {"delta": r.get("delta_overall"), "text": _signed(r.get("delta_overall"), lang),
                "level": r.get("level_change"), "previous_level": level_titles.get(r.get("previous_level"), r.get("previous_level")),
                "previous_overall": _score(r.get("previous_overall"), lang)}
    return {"delta": None, "text": L["new"], "level": None, "previous_level": None, "previous_overall": None}


def _view_row(r: dict[str, Any], criteria: list[dict], level_titles: dict, L: dict, lang: str) -> dict[str, Any]:
    crit = r.get("criteria") or {}
    lv = r.get("level")
    return {
        "id": r.get("id"), "name": r.get("name"), "url": r.get("url"), "url_link": _http_url(r.get("web_url")) or _http_url(r.get("url")),
        "phase": r.get("phase") or "", "phase_label": L["phases"].get(r.get("phase") or "", r.get("phase") or ""),
        "tags": r.get("tags") or [], "territory": r.get("territory") or "", "status": r.get("status"),
        "level": lv or "", "level_rank": r.get("level_rank") if r.get("level_rank") is not None else "",
        "level_title": level_titles.get(lv, lv) if lv else L["failed_row"] if r.get("status") == "failed" else "—",
        "overall": r.get("overall"), "overall_text": _score(r.get("overall"), lang),
        "coverage_text": percent(r.get("coverage"), lang) if r.get("coverage") is not None else "—",
        "criteria": [{"id": c["id"], "value": crit.get(c["id"]), "text": _score(crit.get(c["id"]), lang)} for c in criteria],
        "change": _change(r, level_titles, L, lang),
        "html": _rel_link(r.get("report_html")), "json": _rel_link(r.get("report_json")),
        "reason": r.get("reason"), "kind": L["kinds"].get(r.get("kind") or "", r.get("kind") or ""),
    }


def render_dashboard(data: dict[str, Any], lang: str = "fr") -> str:
    """HTML of the dashboard from the batch's rows (see :meth:`auditor.portfolio.runner.Batch.rows`)."""
    data = scrub(data)
    L = _labels(lang if lang in ("fr", "en") else "fr")
    pick = lambda d, fallback="": (d or {}).get(lang) or (d or {}).get("fr") or fallback  # noqa: E731
    rows = data.get("rows") or []
    levels = data.get("levels") or []
    criteria = data.get("criteria") or []
    ok_rows = [r for r in rows if r.get("status") == "ok"]
    failed = [r for r in rows if r.get("status") == "failed"]
    level_titles = {lv["id"]: pick(lv.get("title"), lv["id"]) for lv in levels}
    phases = sorted({r["phase"] for r in rows if r.get("phase")})
    view_rows = [_view_row(r, criteria, level_titles, L, lang) for r in rows]
    ruleset = data.get("ruleset") or {}
    ctx = {
        "L": L, "lang": lang, "rows": view_rows, "failed": [v for v in view_rows if v["status"] == "failed"],
        "criteria": [{"id": c["id"], "title": pick(c.get("title"), c["id"])} for c in criteria],
        "levels": [{"id": lv["id"], "title": level_titles[lv["id"]]} for lv in levels],
        "phases": [{"id": p, "title": L["phases"].get(p, p)} for p in phases],
        "tags": sorted({t for r in rows for t in (r.get("tags") or [])}, key=str.lower),
        "distribution": _distribution(ok_rows, failed, levels, level_titles, L), "invalid": data.get("invalid") or [],
        "total": len(rows), "n_ok": len(ok_rows), "n_failed": len(failed),
        "generated_at": (data.get("generated_at") or "")[:16].replace("T", " "), "batch_id": data.get("batch_id") or "",
        "ruleset": f"{ruleset.get('id', '')} {ruleset.get('version', '')}".strip(), "portfolio": data.get("portfolio") or "",
    }
    return _env().get_template("dashboard.html.j2").render(**ctx)
