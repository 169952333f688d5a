"""Terminal output: level, criteria and families, then failing and warning checks with remediation.

Everything that comes from the repository is stripped of control characters, so a file name or a
commit message can never move the cursor or change colours.
"""

from __future__ import annotations

import re
from typing import Any

import click

from auditor.i18n import fmt_number, pick, t
from auditor.reports.common import project_line

_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
STATUS_COLOUR = {"pass": "green", "warn": "yellow", "fail": "red", "inconclusive": "cyan", "error": "magenta", "not_applicable": None}
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
    if ev.get("note"):
        bits.append(pick(ev["note"], lang))
    if ev.get("value") is not None and not isinstance(ev.get("value"), (dict, list)):
        bits.append(str(ev["value"]))
    return clean(" — ".join(bits))


def _declarations(report: dict[str, Any], lang: str, s: Any) -> list[str]:
    """Declared (.auditor.yml) beside verified, then the declared exceptions."""
    from auditor.reports.common import declarations_view

    view = declarations_view(report, lang)
    if not view:
        return []
    out = ["", s(t("decl.title", lang), bold=True)]
    if view["error"]:
        out.append(s(f"  ! {t('decl.error', lang)}: {clean(view['error'])}", fg="yellow"))
    for row in view["rows"]:
        mark = s("✓", fg="green") if row["ok"] else s("✗", fg="red") if row["bad"] else "·"
        out.append(f"  {clean(row['label'])}: {clean(row['declared'])}")
        out.append(f"      {mark} {t('decl.verified', lang)}: {row['verified_label']}" + (f" — {clean(row['note'])}" if row["note"] else ""))
    if view["exceptions"]:
        out.append(f"  {t('decl.exceptions', lang)}:")
        for e in view["exceptions"]:
            out.append(f"    - {clean(e['check'])} [{clean(e['scope'])}] {t('decl.exc.until', lang).lower()} {e['until']} "
                       f"({s(e['state'], fg='yellow' if e['expired'] else None)}) — {clean(e['reason'])} — {clean(e['by'])}")
    return out


def render(report: dict[str, Any], lang: str = "fr", color: bool = False, verbose: bool = False, **_: Any) -> str:
    def s(text: str, fg: str | None = None, bold: bool = False) -> str:
        return click.style(text, fg=fg, bold=bold) if color else text

    out: list[str] = []
    tgt = report["target"]
    scores = report["scores"]
    project = report.get("project") if isinstance(report.get("project"), dict) else {}
    out.append(s(f"{t('report.title', lang)} — {clean(project.get('name') or tgt.get('name') or tgt['input'])}", bold=True))
    commit = (tgt.get("commit") or "")[:12] or "—"
    out.append(f"{t('report.repository', lang)}: {clean(tgt.get('web_url') or tgt.get('clone_url') or tgt['input'])}  "
               f"{t('report.commit', lang)}: {commit}  {t('report.as_of', lang)}: {tgt['as_of'][:10]}")
    out.append(f"{t('report.ruleset', lang)}: {report['ruleset']['id']} {report['ruleset']['version']}")
    judged = project_line(report, lang)
    if judged:
        out.append(judged)
    out.append("")
    level = scores.get("level")
    lvl = pick(level["title"], lang) if level else t("report.no_level", lang)
    out.append(s(f"{t('report.level', lang)}: {lvl}", bold=True) + f"    {t('report.overall', lang)}: "
               f"{fmt_number(scores.get('overall'), lang)}/100    {t('report.coverage', lang)}: {fmt_number(scores.get('coverage'), lang)} %")
    nxt = scores.get("next_level")
    if nxt:
        needs = []
        for u in nxt.get("unmet", []):
            if u["kind"] == "check":
                needs.append(u["id"])
            else:  # the actual value with one decimal: 69.8 must never read as the 70 it misses
                needs.append(f"{u['id']} ≥ {fmt_number(u['needed'], lang)} ({fmt_number(u.get('actual'), lang, 1)})")
        out.append(f"  {t('report.next_level', lang)}: {pick(nxt['title'], lang)} — {t('report.requires', lang)}: {', '.join(needs)}")
    out.append("")
    out.append(s(t("report.criteria", lang), bold=True))
    for cid, c in scores.get("criteria", {}).items():
        out.append(f"  {pick(c.get('title'), lang):<24} {_bar(c['score'])} {fmt_number(c['score'], lang):>4}")
    out.append(s(t("report.families", lang), bold=True))
    for fam, f in scores.get("families", {}).items():
        if not f.get("checks"):
            continue
        out.append(f"  {t('family.' + fam, lang):<24} {_bar(f['score'])} {fmt_number(f['score'], lang):>4}   "
                   f"({t('report.coverage', lang).lower()} {fmt_number(f['coverage'], lang)} %)")
    plan = report.get("action_plan") or []
    if plan:
        out.append("")
        out.append(s(t("report.action_plan", lang), bold=True))
        for i, p in enumerate(plan[:5], 1):
            flag = f" [{t('report.unlocks', lang)}]" if p.get("unlocks_next_level") else ""
            out.append(f"  {i}. {pick(p['title'], lang)} (+{fmt_number(p['gain'], lang, 1)}, {t('effort.' + p['effort'], lang)}){flag}")
            if p.get("fixable"):
                out.append(f"     {t('fix.can_fix', lang)}: {clean(', '.join(p['fixable']))}")
    out += _declarations(report, lang, s)
    shown = [r for r in report["results"] if r["status"] in ORDER or verbose]
    shown.sort(key=lambda r: (ORDER.get(r["status"], 9), r["family"], r["id"]))
    if shown:
        out.append("")
        out.append(s(t("report.findings", lang), bold=True))
    for r in shown:
        st = r["status"]
        label = s(f"[{t('status.' + st, lang)}]", fg=STATUS_COLOUR.get(st))
        score = "" if r["score"] is None else f" {fmt_number(r['score'], lang, 1)}/10"
        out.append(f"  {label} {r['id']}{score} — {pick(r['title'], lang)}")
        out.append(f"      {clean(pick(r['message'], lang))}")
        for ev in r.get("evidence", [])[:5]:
            line = _evidence_line(ev, lang)
            if line:
                out.append(f"      · {line}")
        if st in ("fail", "warn"):
            out.append(f"      → {pick(r['remediation'], lang)}")
    if report.get("notes"):
        out.append("")
        out.append(s(t("report.notes", lang), bold=True))
        for n in report["notes"]:
            out.append(f"  ! {clean(pick(n, lang))}")
    g = report.get("gate") or {}
    if g.get("fail_under") is not None or g.get("min_level"):
        out.append("")
        out.append(s(t("report.gate_passed" if g.get("passed") else "report.gate_failed", lang), fg="green" if g.get("passed") else "red", bold=True))
    return "\n".join(out) + "\n"
