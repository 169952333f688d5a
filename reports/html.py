"""HTML: one self-contained, printable, accessible page for the jury (jinja2, autoescaped).

The page makes no request at all (inline CSS and SVG, no script, a Content-Security-Policy that
forbids everything else). This module turns the canonical report into a view model — texts in the
chosen language, numbers formatted, bar lengths for the charts — and the template lays it out.
Nothing is scored here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from auditor.i18n import colon, fmt_date, fmt_number, fmt_score, pick, t
from auditor.reports.evidence import evidence_parts, quote
from auditor.reports.summary import jury_page
from auditor.reports.common import (
    PROBLEM,
    project_line,
    clean,
    declarations_view,
    families,
    forge_commit_url,
    forge_file_url,
    level_title,
    results_by_id,
    safe_url,
    sorted_results,
)

STATUS_ICON = {"pass": "✓", "warn": "!", "fail": "✗", "error": "⚠", "inconclusive": "?", "not_applicable": "–"}
MAX_EVIDENCE = 50


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _num(value: Any, lang: str, digits: int = 0) -> str:
    return fmt_number(value if isinstance(value, (int, float)) and not isinstance(value, bool) else None, lang, digits)


def _s100(value: Any, lang: str, digits: int = 0) -> str:
    """"61,5/100" (the stored value, see fmt_score), or "not measured"."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return t("html.not_measured", lang)
    return f"{fmt_score(value, lang)}/100"


def _spct(value: Any, lang: str) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "—"
    return f"{fmt_number(value, lang)}\u00a0%" if lang == "fr" else f"{fmt_number(value, lang)}%"


def _pct(value: Any) -> float:
    """A 0–100 value clamped, for bar lengths."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return 0.0
    return max(0.0, min(100.0, float(value)))


def _requirement(u: dict[str, Any], report: dict[str, Any], by_id: dict[str, Any], lang: str) -> dict[str, str]:
    kind = u.get("kind")
    if kind == "check":
        r = by_id.get(u.get("id"))
        title = pick(r["title"], lang) if r else clean(u.get("id"))
        actual = u.get("actual")
        actual_txt = t(f"status.{actual}", lang) if actual in STATUS_ICON else t("html.not_run", lang)
        needed = " / ".join(t(f"status.{s}", lang) for s in str(u.get("needed") or "pass").split("/"))
        return {"text": f"{title} — {t('html.needed', lang)}{colon(lang)}{needed}",
                "actual": actual_txt, "anchor": f"check-{u.get('id')}" if r else ""}
    if kind == "criterion":
        crit = ((report.get("scores") or {}).get("criteria") or {}).get(u.get("id")) or {}
        name = pick(crit.get("title"), lang) or clean(u.get("id"))
        label = f"{t('html.criterion', lang)} {quote(name, lang)}"
    else:
        label = t("report.overall", lang)
    # one decimal for the actual value, so that 49.8 against a threshold of 50 never reads "50/100"
    needed = u.get("needed")
    digits = 0 if isinstance(needed, (int, float)) and float(needed).is_integer() else 1
    return {"text": f"{label} ≥ {_s100(needed, lang, digits)}", "actual": _s100(u.get("actual"), lang, 1), "anchor": ""}


def _evidence(ev: dict[str, Any], report: dict[str, Any], lang: str) -> dict[str, Any]:
    path = ev.get("path")
    line = ev.get("line") if isinstance(ev.get("line"), int) else None
    missing = ev.get("kind") == "missing"
    note, value = evidence_parts(ev, lang, 1000)
    return {
        "path": clean(path) if path else None,
        "line": line,
        "url": None if missing else forge_file_url(report, path, line),
        "missing": missing,
        "finding": ev.get("kind") == "finding",
        "note": note,
        "value": None if value is None else clean(value, 300),
    }


def _check(r: dict[str, Any], report: dict[str, Any], lang: str) -> dict[str, Any]:
    evs = [e for e in r.get("evidence") or [] if isinstance(e, dict)]
    total = r.get("evidence_total") if isinstance(r.get("evidence_total"), int) else len(evs)
    status = r.get("status", "error")
    return {
        "id": r["id"],
        "anchor": f"check-{r['id']}",
        "status": status,
        "status_label": t(f"status.{status}", lang),
        "icon": STATUS_ICON.get(status, "?"),
        "score": None if r.get("score") is None else _num(r["score"], lang, 1),
        "title": pick(r.get("title"), lang),
        "message": pick(r.get("message"), lang),
        "rationale": pick(r.get("rationale"), lang),
        "remediation": pick(r.get("remediation"), lang),
        "for_finding": bool(r.get("remediation_for_finding")),
        "effort": t(f"effort.{r.get('effort')}", lang) if r.get("effort") else None,
        "weight": _num(r.get("weight"), lang, 1) if r.get("weight") is not None else None,
        "evidence": [_evidence(e, report, lang) for e in evs[:MAX_EVIDENCE]],
        "evidence_more": max(0, total - min(len(evs), MAX_EVIDENCE)),
        "problem": status in PROBLEM,
    }


def _trend_points(report: dict[str, Any], hist: list, lang: str) -> list[dict[str, Any]]:
    """The audits of the history, then this one (unless the history's last is this very audit)."""
    scores = report.get("scores") or {}
    tgt = report.get("target") or {}
    points = []
    for h in hist:
        if isinstance(h, dict):
            crit = h.get("criteria") or {}
            points.append({"as_of": h.get("as_of"), "commit": h.get("commit"), "overall": h.get("overall"),
                           "level": level_title(h.get("level"), report, lang),
                           "criteria": {k: (v.get("score") if isinstance(v, dict) else v) for k, v in crit.items()}, "current": False})
    current = {"as_of": tgt.get("as_of"), "commit": tgt.get("commit"), "overall": scores.get("overall"),
               "level": level_title(scores.get("level"), report, lang) if scores.get("level") else t("report.no_level", lang),
               "criteria": {k: v.get("score") for k, v in (scores.get("criteria") or {}).items()}, "current": True}
    if not points or (points[-1]["commit"], str(points[-1]["as_of"])[:10]) != (current["commit"], str(current["as_of"])[:10]):
        points.append(current)
    else:
        points[-1]["current"] = True
    return points


def _xlabels(points: list[dict[str, Any]], xs: list[float], lang: str) -> list[dict[str, Any]]:
    """Dates under the x axis, at most about eight (the table has every date)."""
    n = len(points)
    xlabels = [{"x": round(xs[j], 1), "text": fmt_date(p["as_of"], lang),
                "anchor": "start" if j == 0 and n > 1 else "end" if j == n - 1 and n > 1 else "middle"} for j, p in enumerate(points)]
    if len(xlabels) > 8:  # keep the axis readable; the table has every date
        keep = {0, len(xlabels) - 1} | set(range(0, len(xlabels), max(1, len(xlabels) // 6)))
        xlabels = [xl for j, xl in enumerate(xlabels) if j in keep]
    return xlabels


def _trend(report: dict[str, Any], lang: str) -> dict[str, Any] | None:
    hist = report.get("history")
    if not isinstance(hist, list) or not hist:
        return None
    scores = report.get("scores") or {}
    points = _trend_points(report, hist, lang)
    series = [("overall", t("report.overall", lang), lambda p: p["overall"])]
    for c in (scores.get("criteria") or {}):
        title = pick((scores["criteria"][c] or {}).get("title"), lang) or c
        series.append((c, title, lambda p, c=c: p["criteria"].get(c)))
    # geometry: x evenly spaced, y 0–100
    width, height, left, right, top, bottom = 640, 240, 44, 24, 16, 40
    n = len(points)
    step = (width - left - right) / max(1, n - 1)
    xs = [left + (i * step if n > 1 else (width - left - right) / 2) for i in range(n)]

    def y(v: float) -> float:
        return round(top + (height - top - bottom) * (1 - _pct(v) / 100), 1)

    markers = ["circle", "square", "triangle", "diamond"]
    dashes = ["", "6 4", "2 3", "10 3 2 3"]
    lines = []
    for i, (sid, title, get) in enumerate(series):
        pts = [(round(xs[j], 1), y(get(p))) for j, p in enumerate(points) if isinstance(get(p), (int, float))]
        lines.append({"id": sid, "title": title, "points": pts, "path": " ".join(f"{x},{yy}" for x, yy in pts),
                      "marker": markers[i % len(markers)], "dash": dashes[i % len(dashes)], "cls": f"s{i % 4}"})
    rows = [{"date": fmt_date(p["as_of"], lang), "commit": clean(p["commit"] or "—")[:12], "level": p["level"],
             "values": [fmt_score(get(p), lang) for _, _, get in series], "current": p["current"]} for p in points]
    sep = " : " if lang == "fr" else ": "
    desc = "; ".join(f"{r['date']}{sep}" + ", ".join(f"{s[1]} {v}" for s, v in zip(series, r["values"])) for r in rows)
    return {"width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
            "grid": [{"y": y(v), "label": fmt_score(v, lang)} for v in (0, 25, 50, 75, 100)],
            "lines": lines, "xlabels": _xlabels(points, xs, lang), "rows": rows, "headers": [s[1] for s in series], "desc": desc}


def _ladder(levels: list[dict], level: Any, nxt: Any, lang: str) -> list[dict[str, Any]]:
    """The levels as a ladder: reached, current, next, to do (the first rung is a starting point)."""
    reached_rank = level.get("rank") if isinstance(level, dict) else None
    ladder = []
    for i, lv in enumerate(levels):
        state = "reached" if reached_rank is not None and i < reached_rank else ("current" if i == reached_rank else "todo")
        if isinstance(nxt, dict) and lv.get("id") == nxt.get("id"):
            state = "next"
        # the first rung is where every project starts: left behind, it is a starting point, not a level "passed"
        label = t("html.ladder_start", lang) if i == 0 and state == "reached" else t(f"html.ladder_{state}", lang)
        ladder.append({"id": lv.get("id"), "title": pick(lv.get("title"), lang), "description": pick(lv.get("description"), lang),
                       "state": state, "state_label": label, "rank": i + 1})
    return ladder


def _criteria_vm(scores: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    return [{"id": cid, "title": pick(c.get("title"), lang) or cid, "score": fmt_score(c.get("score"), lang),
             "measured": isinstance(c.get("score"), (int, float)), "bar": _pct(c.get("score")),
             "coverage": _spct(c.get("coverage"), lang), "score100": _s100(c.get("score"), lang), "description": pick(c.get("description"), lang)}
            for cid, c in (scores.get("criteria") or {}).items()]


def _families_vm(report: dict[str, Any], scores: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Each family with its score and its checks, open ones first, passed and not applicable folded."""
    fam_scores = scores.get("families") or {}
    fams = []
    for f in families(report):
        fs = fam_scores.get(f) or {}
        rs = [r for r in report.get("results") or [] if r.get("family") == f]
        checks = [_check(r, report, lang) for r in sorted_results(rs)]
        fams.append({
            "id": f, "title": t(f"family.{f}", lang), "score": fmt_score(fs.get("score"), lang),
            "measured": isinstance(fs.get("score"), (int, float)), "bar": _pct(fs.get("score")),
            "score100": _s100(fs.get("score"), lang), "coverage": _spct(fs.get("coverage"), lang),
            "checks_count": fs.get("checks") if isinstance(fs.get("checks"), int) else len(rs),
            "open": [c for c in checks if c["status"] not in ("pass", "not_applicable")],
            "folded": [c for c in checks if c["status"] in ("pass", "not_applicable")],
        })
    return fams


def _chart(fams: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    chart_rows = [f for f in fams if f["checks_count"]]
    return {"width": 640, "row": 34, "label_w": 170, "bar_w": 380, "top": 24,
            "height": 24 + 34 * len(chart_rows) + 8,
            "rows": [{**f, "w": round(3.8 * f["bar"], 1)} for f in chart_rows],
            "desc": ("\u00a0; " if lang == "fr" else "; ").join(f"{f['title']}{colon(lang)}{f['score100']}" for f in chart_rows)}


def _plan_vm(report: dict[str, Any], by_id: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    plan = []
    for i, p in enumerate(report.get("action_plan") or [], 1):
        r = by_id.get(p.get("id"))
        plan.append({"rank": i, "id": p.get("id"), "anchor": f"check-{p.get('id')}" if r else "", "title": pick(p.get("title"), lang),
                     "family": t(f"family.{p.get('family')}", lang) if p.get("family") else "",
                     "gain": _num(p.get("gain"), lang, 1), "effort": t(f"effort.{p.get('effort')}", lang),
                     "unlocks": bool(p.get("unlocks_next_level")), "remediation": pick(p.get("remediation"), lang),
                     "fixable": [clean(f, 100) for f in p.get("fixable") or []],
                     "status": p.get("status") or (r or {}).get("status"),
                     "status_label": t(f"status.{p.get('status') or (r or {}).get('status')}", lang) if (p.get("status") or r) else ""})
    return plan


def _unmeasured_vm(scores: dict[str, Any], by_id: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    unmeasured = []
    for u in scores.get("unmeasured") or []:
        r = by_id.get(u.get("id")) if isinstance(u, dict) else None
        if isinstance(u, dict):
            unmeasured.append({"id": u.get("id"), "title": pick(r["title"], lang) if r else clean(u.get("id")),
                               "status": t(f"status.{u.get('status')}", lang) if u.get("status") in STATUS_ICON else clean(u.get("status") or ""),
                               "reason": clean(pick(u.get("reason"), lang), 1000), "anchor": f"check-{u.get('id')}" if r else ""})
    return unmeasured


def _header(report: dict[str, Any], tgt: dict[str, Any], ruleset: dict[str, Any], lang: str) -> dict[str, Any]:
    """The project, repository, commit, dates, ruleset and tool, as escaped-ready text."""
    commit = tgt.get("commit") or ""
    name = tgt.get("name") or tgt.get("input") or "—"
    if tgt.get("owner") and tgt.get("name"):
        name = f"{tgt['owner']}/{tgt['name']}"
    if isinstance(report.get("project"), dict) and report["project"].get("name"):
        name = str(report["project"]["name"])  # a portfolio's name for the project (batch)
    return {
        "title": f"{t('report.title', lang)} — {clean(name, 200)}",
        "project": clean(name, 200),
        "repository": clean(tgt.get("web_url") or tgt.get("clone_url") or tgt.get("input") or "—", 300),
        "repository_url": safe_url(tgt.get("web_url")),
        "commit": clean(commit) or "—",
        "commit_short": clean(commit)[:12] or "—",
        "commit_url": forge_commit_url(report),
        "commit_date": fmt_date(tgt.get("commit_date"), lang),
        "ref": clean(tgt.get("ref"), 200) if tgt.get("ref") else None,
        "as_of": fmt_date(tgt.get("as_of"), lang),
        "generated": fmt_date(report.get("generated_at"), lang),
        "judged": project_line(report, lang, label=False),
        "ruleset": f"{pick(ruleset.get('title'), lang) or ruleset.get('id', '')} ({clean(ruleset.get('id', ''))} {clean(ruleset.get('version', ''))})",
        "tool": f"{clean((report.get('tool') or {}).get('name', 'readiness-auditor'))} {clean((report.get('tool') or {}).get('version', ''))}",
        "schema_version": clean(report.get("schema_version", "")),
    }


def view_model(report: dict[str, Any], lang: str = "fr") -> dict[str, Any]:
    tgt = report.get("target") or {}
    scores = report.get("scores") or {}
    ruleset = report.get("ruleset") or {}
    by_id = results_by_id(report)
    level = scores.get("level")
    nxt = scores.get("next_level")
    levels = report.get("levels") or []
    ladder = _ladder(levels, level, nxt, lang)
    crits = _criteria_vm(scores, lang)
    fams = _families_vm(report, scores, lang)
    chart = _chart(fams, lang)
    plan = _plan_vm(report, by_id, lang)
    unmeasured = _unmeasured_vm(scores, by_id, lang)
    gate = report.get("gate") or {}
    gate_vm = None
    if gate.get("fail_under") is not None or gate.get("min_level"):
        gate_vm = {"passed": bool(gate.get("passed")), "reasons": [clean(pick(x, lang) if isinstance(x, dict) else x, 500) for x in gate.get("reasons") or []]}
    limits = report.get("limits") or {}
    return {
        "lang": lang,
        "t": lambda key: t(key, lang),
        "colon": "\u00a0: " if lang == "fr" else ": ",
        "colon_end": "\u00a0:" if lang == "fr" else ":",
        **_header(report, tgt, ruleset, lang),
        "level": {"title": level_title(level, report, lang), "description": pick(level.get("description"), lang), "rank": (level.get("rank") or 0) + 1}
        if isinstance(level, dict) else None,
        "levels_count": len(levels),
        "ladder": ladder,
        "next": {"title": pick(nxt.get("title"), lang), "description": pick(nxt.get("description"), lang),
                 "unmet": [_requirement(u, report, by_id, lang) for u in nxt.get("unmet") or [] if isinstance(u, dict)]}
        if isinstance(nxt, dict) else None,
        "overall": _s100(scores.get("overall"), lang, 1),
        "coverage": _spct(scores.get("coverage"), lang),
        "criteria": crits,
        "chart": chart,
        "families": fams,
        "plan": plan,
        "unmeasured": unmeasured,
        "notes": [clean(pick(n, lang), 2000) for n in report.get("notes") or []],
        "gate": gate_vm,
        "skipped_total": limits.get("skipped_total") if isinstance(limits.get("skipped_total"), int) else len(limits.get("skipped") or []),
        "files_indexed": _num(limits.get("files_indexed"), lang) if limits.get("files_indexed") is not None else None,
        "trend": _trend(report, lang),
        "shallow": bool(tgt.get("shallow")),
        "has_history": tgt.get("has_history", True),
        "human": _human_criteria(report, by_id, lang),
        "declarations": declarations_view(report, lang),
        "scaling_risks": _scaling_risks(report, lang),
        "jury": jury_page(report, lang),
    }


def _scaling_risks(report: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The jury's "Risques pour le passage à l'échelle" block: the section's sentences and the data dates."""
    sr = report.get("scaling_risks")
    if not isinstance(sr, dict) or not sr.get("risks"):
        return None
    return {"risks": [{"text": clean(pick(x.get("text"), lang), 600), "level": x.get("level"), "anchor": f"check-{x.get('check')}"}
                      for x in sr["risks"] if isinstance(x, dict)],
            "data": "; ".join(f"{clean(d.get('file'))} ({fmt_date(d.get('date'), lang)})" for d in sr.get("data") or [] if isinstance(d, dict))}


def _human_criteria(report: dict[str, Any], by_id: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Criteria of the ruleset that a person must assess, with the checks that inform them."""
    out = []
    for item in (report.get("ruleset") or {}).get("human_criteria") or []:
        if not isinstance(item, dict):
            continue
        checks = []
        for cid in item.get("checks") or []:
            r = by_id.get(cid)
            if isinstance(r, dict):
                checks.append({"id": clean(cid, 100), "title": clean(pick(r.get("title"), lang), 300),
                               "status": t("status." + str(r.get("status")), lang)})
        out.append({"id": clean(str(item.get("id", "")), 20), "title": clean(pick(item.get("title"), lang), 300),
                    "human": clean(pick(item.get("human"), lang), 1000), "checks": checks})
    return out


def render(report: dict[str, Any], lang: str = "fr", **_: Any) -> str:
    lang = lang if lang in ("fr", "en") else "fr"
    return _env().get_template("report.html.j2").render(**view_model(report, lang))
