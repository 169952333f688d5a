"""Terminal output: level, criteria and families, then failing and warning checks with remediation.

Everything that comes from the repository is stripped of control characters, so a file name or a
commit message can never move the cursor or change colours.
"""

from __future__ import annotations

import re
from typing import Any

import click

from auditor.i18n import colon, fmt_date, fmt_number, fmt_score, percent, pick, t
from auditor.reports.evidence import evidence_phrase
from auditor.reports.common import project_line

_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
STATUS_COLOUR = {"pass": "green", "warn": "yellow", "fail": "red", "inconclusive": "cyan", "error": "magenta", "not_applicable": None}
STATUS_ICON = {"pass": "✓", "warn": "!", "fail": "✗", "error": "⚠", "inconclusive": "?", "not_applicable": "–"}
ORDER = {"fail": 0, "error": 1, "warn": 2, "inconclusive": 3}


def clean(text: Any) -> str:
    return _CTRL.sub("?", str(text))


def _bar(score: float | None, width: int = 20) -> str:
    if score is None:
        return "·" * width
    filled = int(round(width * score / 100))
    return "█" * filled + "░" * (width - filled)


def _evidence_line(ev: dict[str, Any], lang: str) -> str:
    bits = []
    if ev.get("path"):
        bits.append(ev["path"] + (f":{ev['line']}" if ev.get("line") else ""))
    phrase = evidence_phrase(ev, lang)
    if phrase:
        bits.append(phrase)
    return clean(" — ".join(bits))


def _declarations(report: dict[str, Any], lang: str, s: Any) -> list[str]:
    """Declared (.auditor.yml) beside verified, then the declared exceptions."""
    from auditor.reports.common import declarations_view

    view = declarations_view(report, lang)
    if not view:
        return []
    out = ["", s(t("decl.title", lang), bold=True)]
    if view["error"]:
        out.append(s(f"  ! {t('decl.error', lang)}{colon(lang)}{clean(view['error'])}", fg="yellow"))
    for row in view["rows"]:
        mark = s("✓", fg="green") if row["ok"] else s("✗", fg="red") if row["bad"] else "·"
        out.append(f"  {clean(row['label'])}{colon(lang)}{clean(row['declared'])}")
        out.append(f"      {mark} {t('decl.verified', lang)}{colon(lang)}{row['verified_label']}" + (f" — {clean(row['note'])}" if row["note"] else ""))
    if view["exceptions"]:
        out.append(f"  {t('decl.exceptions', lang)}{colon(lang).rstrip()}")
        for e in view["exceptions"]:
            out.append(f"    - {clean(e['check'])} [{clean(e['scope'])}] {t('decl.exc.until', lang).lower()} {e['until']} "
                       f"({s(e['state'], fg='yellow' if e['expired'] else None)}) — {clean(e['reason'])} — {clean(e['by'])}")
    return out


def _needs(nxt: dict[str, Any], report: dict[str, Any], lang: str) -> list[str]:
    """What the next level still needs, in words (check titles, criterion names), never ids."""
    by_id = {r.get("id"): r for r in report.get("results") or []}
    crits = (report.get("scores") or {}).get("criteria") or {}
    needs = []
    for u in nxt.get("unmet", []):
        if u.get("kind") == "check":
            r = by_id.get(u.get("id"))
            needs.append(pick(r.get("title"), lang) if r else str(u.get("id")))
        else:  # the stored value, never rounded: 69.5 must never read as the 70 it misses
            name = pick((crits.get(u.get("id")) or {}).get("title"), lang) if u.get("kind") == "criterion" else t("report.overall", lang)
            needs.append(f"{name or u.get('id')} ≥ {fmt_score(u.get('needed'), lang)} ({t('html.currently', lang)} {fmt_score(u.get('actual'), lang)})")
    return needs


def _head(report: dict[str, Any], lang: str, s) -> list[str]:
    """Title, repository, commit, date, ruleset, project kind, level, scores, next level."""
    c = colon(lang)
    out: list[str] = []
    tgt = report["target"]
    scores = report["scores"]
    project = report.get("project") if isinstance(report.get("project"), dict) else {}
    out.append(s(f"{t('report.title', lang)} — {clean(project.get('name') or tgt.get('name') or tgt['input'])}", bold=True))
    commit = (tgt.get("commit") or "")[:12] or "—"
    out.append(f"{t('report.repository', lang)}{c}{clean(tgt.get('web_url') or tgt.get('clone_url') or tgt['input'])}  "
               f"{t('report.commit', lang)}{c}{commit}  {t('report.as_of', lang)}{c}{fmt_date(tgt['as_of'], lang)}")
    rs = report["ruleset"]
    out.append(f"{t('report.ruleset', lang)}{c}{pick(rs.get('title'), lang) or rs['id']} ({rs['id']} {rs['version']})")
    judged = project_line(report, lang)
    if judged:
        out.append(judged)
    out.append("")
    level = scores.get("level")
    lvl = pick(level["title"], lang) if level else t("report.no_level", lang)
    out.append(s(f"{t('report.level', lang)}{c}{lvl}", bold=True) + f"    {t('report.overall', lang)}{c}"
               f"{fmt_score(scores.get('overall'), lang)}/100    {t('report.coverage', lang)}{c}{percent(scores.get('coverage'), lang)}")
    nxt = scores.get("next_level")
    if nxt:
        out.append(f"  {t('report.next_level', lang)}{c}{pick(nxt['title'], lang)} — {t('report.requires', lang)}{c}"
                   + ("\u00a0; " if lang == "fr" else "; ").join(_needs(nxt, report, lang)))
    return out


def _scores(report: dict[str, Any], lang: str, s) -> list[str]:
    """Criteria and families with their bars, then the first five actions of the plan."""
    scores = report["scores"]
    out = ["", s(t("report.criteria", lang), bold=True)]
    for cid, cr in scores.get("criteria", {}).items():
        out.append(f"  {pick(cr.get('title'), lang):<24} {_bar(cr['score'])} {fmt_score(cr['score'], lang):>5}")
    out.append(s(t("report.families", lang), bold=True))
    for fam, f in scores.get("families", {}).items():
        if not f.get("checks"):
            continue
        out.append(f"  {t('family.' + fam, lang):<24} {_bar(f['score'])} {fmt_score(f['score'], lang):>5}   "
                   f"({t('report.coverage', lang).lower()} {percent(f['coverage'], lang)})")
    plan = report.get("action_plan") or []
    if plan:
        out.append("")
        out.append(s(t("report.action_plan", lang), bold=True))
        for i, p in enumerate(plan[:5], 1):
            flag = f" ★ {t('report.unlocks', lang)}" if p.get("unlocks_next_level") else ""
            out.append(f"  {i}. {pick(p['title'], lang)} (+{fmt_number(p['gain'], lang, 1)} {t('html.points', lang)}, {t('effort.' + p['effort'], lang)}){flag}")
            if p.get("fixable"):
                out.append(f"     {t('fix.can_fix', lang)}{colon(lang)}{clean(', '.join(p['fixable']))}")
    return out


def _findings(report: dict[str, Any], lang: str, s, verbose: bool) -> list[str]:
    """Each result worth reading (all with --verbose): status, title, message, evidence, remediation."""
    out: list[str] = []
    shown = [r for r in report["results"] if r["status"] in ORDER or verbose]
    shown.sort(key=lambda r: (ORDER.get(r["status"], 9), r["family"], r["id"]))
    if shown:
        out.append("")
        out.append(s(t("report.findings", lang), bold=True))
    for r in shown:
        st = r["status"]
        label = s(f"{STATUS_ICON.get(st, '?')} {t('status.' + st, lang)}", fg=STATUS_COLOUR.get(st), bold=True)
        score = "" if r["score"] is None else f" ({fmt_number(r['score'], lang, 1)}/10)"
        out.append(f"  {label} — {pick(r['title'], lang)}{score}")
        out.append(f"      {clean(pick(r['message'], lang))}")
        for ev in r.get("evidence", [])[:5]:
            line = _evidence_line(ev, lang)
            if line:
                out.append(f"      · {line}")
        if st in ("fail", "warn"):
            out.append(f"      → {clean(pick(r['remediation'], lang))}")
    return out


def _tail(report: dict[str, Any], lang: str, s) -> list[str]:
    """Notes, then the gate's verdict when a gate was set."""
    out: list[str] = []
    if report.get("notes"):
        out.append("")
        out.append(s(t("report.notes", lang), bold=True))
        for n in report["notes"]:
            out.append(f"  ! {clean(pick(n, lang))}")
    g = report.get("gate") or {}
    if g.get("fail_under") is not None or g.get("min_level"):
        out.append("")
        out.append(s(t("report.gate_passed" if g.get("passed") else "report.gate_failed", lang), fg="green" if g.get("passed") else "red", bold=True))
    return out


def render(report: dict[str, Any], lang: str = "fr", color: bool = False, verbose: bool = False, **_: Any) -> str:
    def s(text: str, fg: str | None = None, bold: bool = False) -> str:
        return click.style(text, fg=fg, bold=bold) if color else text

    out = _head(report, lang, s) + _scores(report, lang, s)
    out += _declarations(report, lang, s)
    out += _findings(report, lang, s, verbose) + _tail(report, lang, s)
    return "\n".join(out) + "\n"
