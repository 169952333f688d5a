"""The jury's page: what the HTML and Markdown reports show first, on one printed A4 page.

What the project is and who carries it, its kind, the level reached and what the next level needs,
each criterion with what it measures and its makeup from the ruleset, the three findings that weigh
most on the score, the three actions that would raise it most (with the files concerned), and the
scaling risks when the report has them. Every figure comes from the canonical report: this module
chooses, orders and words; it scores nothing.
"""

from __future__ import annotations

from typing import Any

from auditor.i18n import colon, fmt_score, percent, pick, t
from auditor.facts.kind_documents import kind_undecided
from auditor.reports.common import PROBLEM, clean, level_title, results_by_id, sponsor_text, undecided_kind_text
from auditor.reports.evidence import quote, strip_markdown

TOP = 3
MAX_FILES = 3


def _label(key: str, lang: str) -> str | None:
    """A label that may not exist yet (facts added by other parts of the tool): None when missing."""
    text = t(key, lang)
    return None if text == key else text


def _first_sentences(text: str, limit: int = 320) -> str:
    """The start of a text, cut at a sentence end when it is long."""
    s = clean(text)
    if len(s) <= limit:
        return s
    cut = s[:limit]
    end = max(cut.rfind(". "), cut.rfind(" ; "), cut.rfind("\u00a0; "))
    out = (cut[: end + 1] if end > limit // 3 else cut.rstrip()).strip()
    return out if out.endswith((".", "!", "?", "…")) else out.rstrip(" ;,:\u00a0") + "…"


def describe(report: dict[str, Any], lang: str) -> dict[str, Any]:
    """What the project is, its kind, who carries it."""
    facts = report.get("facts") or {}
    readme = facts.get("readme") if isinstance(facts.get("readme"), dict) else {}
    desc = None
    pc = facts.get("publiccode") if isinstance(facts.get("publiccode"), dict) else {}
    for candidate in (pick(pc.get("description"), lang) if isinstance(pc.get("description"), dict) else pc.get("short_description"),
                      (readme.get("description") or {}).get("text") if isinstance(readme.get("description"), dict) else None):
        if isinstance(candidate, str) and candidate.strip():
            desc = _first_sentences(strip_markdown(candidate), 300)
            break
    proj = facts.get("project") if isinstance(facts.get("project"), dict) else {}
    kind = undecided_kind_text(proj["kind"], kind_undecided(proj), lang) if _label(f"kind.{proj.get('kind')}", lang) else None  # (said undecided)
    sponsor = sponsor_text(proj, lang) if proj.get("sponsor_type") and proj.get("sponsor_type") != "unknown" else None
    orgs = facts.get("organisations") if isinstance(facts.get("organisations"), dict) else {}
    seen = []
    for o in sorted((o for o in orgs.get("organisations") or [] if isinstance(o, dict) and o.get("domain")),
                    key=lambda o: (-(o.get("commits") or 0), str(o.get("domain"))))[:5]:
        mark = f" ({t('summary.public', lang)})" if o.get("public") else ""
        seen.append(clean(o["domain"], 80) + mark)
    more = max(0, len(orgs.get("organisations") or []) - len(seen))
    return {"description": quote(desc, lang) if desc else None, "kind": kind, "sponsor": sponsor,
            "organisations": ", ".join(seen) + (f" +{more}" if more else "") if seen else None}


def makeup(crit: dict[str, Any], lang: str) -> str | None:
    """"Licence 60 %, Documentation 20 %, Maintenance 20 %": the families of a criterion and their share."""
    fams = crit.get("families") if isinstance(crit.get("families"), dict) else {}
    total = sum(float(w) for w in fams.values() if isinstance(w, (int, float)) and w > 0)
    if not total:
        return None
    parts = [(f, 100 * float(w) / total) for f, w in fams.items() if isinstance(w, (int, float)) and w > 0]
    parts.sort(key=lambda p: -p[1])
    return ", ".join(f"{t('family.' + f, lang)} {percent(round(share), lang)}" for f, share in parts)


def _files(r: dict[str, Any], limit: int = MAX_FILES) -> list[str]:
    """Files named by a result's evidence: missing ones first (to create), then located findings."""
    out: list[str] = []
    evs = [e for e in r.get("evidence") or [] if isinstance(e, dict) and e.get("path")]
    for kind in ("missing", "finding", None):
        for e in evs:
            if (e.get("kind") == kind or kind is None) and e["path"] not in out:
                out.append(e["path"])
    return [clean(p, 120) for p in out[:limit]]


def _needs(nxt: Any, scores: dict[str, Any], by_id: dict[str, Any], lang: str) -> list[dict[str, str]]:
    """What the next level needs: checks to bring up, criteria or the overall score to raise."""
    needs = []
    for u in (nxt or {}).get("unmet") or []:
        if not isinstance(u, dict):
            continue
        if u.get("kind") == "check":
            r = by_id.get(u.get("id"))
            needs.append({"text": pick(r.get("title"), lang) if r else clean(u.get("id")),
                          "actual": t(f"status.{u.get('actual')}", lang) if u.get("actual") in ("pass", "warn", "fail", "error", "inconclusive", "not_applicable") else "",
                          "anchor": f"check-{u.get('id')}" if r else ""})
        else:
            name = pick(((scores.get("criteria") or {}).get(u.get("id")) or {}).get("title"), lang) if u.get("kind") == "criterion" else t("report.overall", lang)
            needs.append({"text": f"{name or u.get('id')} ≥ {fmt_score(u.get('needed'), lang)}/100", "actual": f"{fmt_score(u.get('actual'), lang)}/100", "anchor": ""})
    return needs


def _criteria(scores: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    crits = []
    for cid, c in (scores.get("criteria") or {}).items():
        if not isinstance(c, dict):
            continue
        crits.append({"id": cid, "title": pick(c.get("title"), lang) or cid, "score": fmt_score(c.get("score"), lang),
                      "measured": isinstance(c.get("score"), (int, float)), "bar": max(0.0, min(100.0, float(c["score"]))) if isinstance(c.get("score"), (int, float)) else 0.0,
                      "description": pick(c.get("description"), lang) or None, "makeup": makeup(c, lang)})
    return crits


def _actions(plan: list[dict[str, Any]], by_id: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """The first actions of the plan, one per remediation text (a licence to choose is said once)."""
    actions, said = [], set()
    for p in plan:
        r = by_id[p["id"]]
        todo = pick(r.get("remediation"), lang)
        if todo in said:  # one remediation for several findings (a licence to choose): said once, the next action instead
            continue
        said.add(todo)
        if len(actions) == TOP:
            break
        short = _first_sentences(todo, 140)
        actions.append({"title": pick(r.get("title"), lang), "anchor": f"check-{p['id']}", "todo": short,
                        "files": [f for f in _files(r) if f not in short],  # the files the text does not name already
                        "gain": fmt_score(p.get("gain"), lang), "effort": t(f"effort.{p.get('effort')}", lang),
                        "unlocks": bool(p.get("unlocks_next_level"))})
    return actions


def _risks(sr: Any, by_id: dict[str, Any], lang: str) -> list[dict[str, str]]:
    risks = []
    if isinstance(sr, dict):
        for x in (sr.get("risks") or [])[:TOP]:
            if isinstance(x, dict) and x.get("text"):
                risks.append({"text": _first_sentences(pick(x.get("text"), lang), 170),
                              "anchor": f"check-{x.get('check')}" if x.get("check") in by_id else ""})
    return risks


def jury_page(report: dict[str, Any], lang: str) -> dict[str, Any]:
    scores = report.get("scores") or {}
    by_id = results_by_id(report)
    level = scores.get("level")
    nxt = scores.get("next_level")
    levels = report.get("levels") or []
    plan = [p for p in report.get("action_plan") or [] if isinstance(p, dict) and p.get("id") in by_id]
    # what weighs most: the problems whose repair would add most points, as the report's plan measures them
    weighs = sorted((p for p in plan if by_id[p["id"]].get("status") in PROBLEM), key=lambda p: (-(p.get("gain") or 0), p["id"]))[:TOP]
    findings = [{"title": pick(by_id[p["id"]].get("title"), lang), "message": _first_sentences(pick(by_id[p["id"]].get("message"), lang), 120),
                 "status": by_id[p["id"]].get("status"), "status_label": t(f"status.{by_id[p['id']].get('status')}", lang),
                 "gain": fmt_score(p.get("gain"), lang), "anchor": f"check-{p['id']}"} for p in weighs]
    sr = report.get("scaling_risks")
    return {
        "project": describe(report, lang),
        "level": level_title(level, report, lang) if isinstance(level, dict) else t("report.no_level", lang),
        "level_rank": (level.get("rank") or 0) + 1 if isinstance(level, dict) else 0,
        "levels_count": len(levels),
        "level_description": pick(level.get("description"), lang) if isinstance(level, dict) else None,
        "overall": fmt_score(scores.get("overall"), lang),
        "coverage": percent(scores.get("coverage"), lang),
        "next": {"title": pick(nxt.get("title"), lang), "needs": _needs(nxt, scores, by_id, lang)} if isinstance(nxt, dict) else None,
        "criteria": _criteria(scores, lang),
        "findings": findings,
        "actions": _actions(plan, by_id, lang),
        "risks": _risks(sr, by_id, lang),
        "risks_present": isinstance(sr, dict),
        "colon": colon(lang),
    }
