"""Markdown: compact, for a GitHub job summary, a pull request comment or a GitLab note.

Level, criteria, the action plan, then failing and warning checks in collapsible ``<details>``.
Everything that comes from the repository is escaped (Markdown and HTML control characters, mentions),
and the output stays under GitHub's 1 MiB step-summary limit: past the budget, checks are cut with a note.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any

from auditor.i18n import fmt_date, fmt_number, fmt_score, pick, t
from auditor.reports.evidence import evidence_parts
from auditor.reports.summary import jury_page
from auditor.reports.common import clean, families, forge_file_url, level_title, project_line, results_by_id, sorted_results

LIMIT_BYTES = 1024 * 1024
BUDGET_BYTES = 900 * 1024  # leaves room for the closing lines and for callers who append a little
MAX_EVIDENCE = 10
ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌", "error": "💥", "inconclusive": "❔", "not_applicable": "➖"}



def md(text: Any, limit: int | None = 500) -> str:
    """Text for Markdown: one line, every control character escaped, HTML inert, no @mention."""
    s = clean(text if text is not None else "", limit)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"([\\`*_{}\[\]()#+!|~^$])", r"\\\1", s)
    s = re.sub(r"^(\s*)([-=])", r"\1\\\2", s)  # would start a list or a heading underline
    s = re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", s)  # would start an ordered list
    return s.replace("@", "@\u2060")


def html_text(text: Any, limit: int | None = 300) -> str:
    """Text inside an HTML element such as <summary>, where Markdown is not processed."""
    return _html.escape(clean(text if text is not None else "", limit), quote=True).replace("@", "@\u2060")


def code(text: Any, limit: int | None = 300) -> str:
    """An inline code span that no backtick in ``text`` can close."""
    s = clean(text, limit)
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or not s.strip() else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _num(v: Any, lang: str, digits: int = 0) -> str:
    return fmt_number(v if isinstance(v, (int, float)) and not isinstance(v, bool) else None, lang, digits)


def _s100(v: Any, lang: str, digits: int = 0) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return md(t("html.not_measured", lang))
    return f"{fmt_score(v, lang)}/100"


def _spct(v: Any, lang: str) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return "—"
    return f"{_num(v, lang)}\u00a0%" if lang == "fr" else f"{_num(v, lang)}%"


def _colon(lang: str) -> str:
    return "\u00a0: " if lang == "fr" else ": "


def _check_block(r: dict[str, Any], report: dict[str, Any], lang: str) -> str:
    c = _colon(lang)
    status = r.get("status", "error")
    score = "" if r.get("score") is None else f" — {_num(r['score'], lang, 1)}/10"
    out = [f"<details><summary>{ICON.get(status, '')} <b>{html_text(t('status.' + status, lang))}</b> — "
           f"{html_text(pick(r.get('title'), lang))} (<code>{html_text(r.get('id'))}</code>){html_text(score)}</summary>", ""]
    out.append(md(pick(r.get("message"), lang), 1000))
    out.append("")
    evs = [e for e in r.get("evidence") or [] if isinstance(e, dict)]
    for ev in evs[:MAX_EVIDENCE]:
        bits = []
        if ev.get("path"):
            loc = ev["path"] + (f":{ev['line']}" if isinstance(ev.get("line"), int) else "")
            url = None if ev.get("kind") == "missing" else forge_file_url(report, ev["path"], ev.get("line"))
            bits.append(f"[{code(loc)}]({url})" if url else code(loc))
            if ev.get("kind") == "missing":
                bits.append(md(t("html.missing", lang)))
        note, val = evidence_parts(ev, lang, 300)
        if note:
            bits.append(md(note, 300))
        if val is not None:
            bits.append(md(val, 200))
        if bits:
            out.append("- " + " — ".join(bits))
    total = r.get("evidence_total") if isinstance(r.get("evidence_total"), int) else len(evs)
    if total > min(len(evs), MAX_EVIDENCE):
        out.append("- " + md(t("html.evidence_more", lang).replace("{n}", str(total - min(len(evs), MAX_EVIDENCE)))))
    if evs:
        out.append("")
    out.append(f"**{md(t('report.remediation', lang))}**{c}{md(pick(r.get('remediation'), lang), 2000)}")
    out.append("")
    out.append(f"*{md(t('report.rationale', lang))}*{c}{md(pick(r.get('rationale'), lang), 2000)}")
    out.append("")
    out.append("</details>")
    out.append("")
    return "\n".join(out)


def _declarations(report: dict[str, Any], lang: str) -> list[str]:
    """Declared (.auditor.yml) beside verified, then the declared exceptions."""
    from auditor.reports.common import declarations_view

    view = declarations_view(report, lang)
    if not view:
        return []
    out = ["", f"### {md(t('decl.title', lang))}", ""]
    if view["error"]:
        out += [f"> ⚠️ {md(t('decl.error', lang))}{_colon(lang)}{code(view['error'], 500)}", ""]
    if view["rows"]:
        out.append(f"| {md(t('decl.item', lang))} | {md(t('decl.declared', lang))} | {md(t('decl.verified', lang))} |")
        out.append("|---|---|---|")
        for row in view["rows"]:
            icon = "✅" if row["ok"] else "❌" if row["bad"] else "➖"
            note = f" — {md(row['note'])}" if row["note"] else ""
            out.append(f"| {md(row['label'])} | {md(row['declared'])} | {icon} {md(row['verified_label'])}{note} |")
    if view["exceptions"]:
        out += ["", f"**{md(t('decl.exceptions', lang))}**", "",
                f"| {md(t('decl.exc.check', lang))} | {md(t('decl.exc.scope', lang))} | {md(t('decl.exc.reason', lang))} | "
                f"{md(t('decl.exc.by', lang))} | {md(t('decl.exc.until', lang))} | {md(t('decl.exc.state', lang))} |",
                "|---|---|---|---|---|---|"]
        for e in view["exceptions"]:
            state = ("⚠️ " if e["expired"] else "") + md(e["state"])
            out.append(f"| {code(e['check'])} | {md(e['scope'])} | {md(e['reason'])} | {md(e['by'])} | {md(e['until'])} | {state} |")
    return out


def _jury(report: dict[str, Any], lang: str) -> list[str]:
    """The jury's page (reports/summary.py) in Markdown: what the project is, its level, the criteria, what weighs
    on the score and what to do first."""
    c = _colon(lang)
    j = jury_page(report, lang)
    p = j["project"]
    out = [f"### {md(t('summary.title', lang))}", ""]
    if p["description"]:
        out += [f"> {md(p['description'], 400)}", ""]
    facts = ([f"**{md(t('summary.kind', lang))}**{c}{md(p['kind'])}"] if p["kind"] else []) + [
        f"**{md(t('summary.sponsor', lang))}**{c}{md(p['sponsor'] or t('summary.sponsor_unknown', lang))}",
        f"**{md(t('summary.organisations', lang))}**{c}{md(p['organisations'] or t('summary.organisations_none', lang))}"]
    out += [" · ".join(facts), ""]
    rank = f" ({j['level_rank']}/{j['levels_count']})" if j["levels_count"] else ""
    out.append(f"**{md(t('report.level', lang))}{c}{md(j['level'])}{rank}** · {md(t('report.overall', lang))}{c}**{j['overall']}/100** · "
               f"{md(t('report.coverage', lang))}{c}{j['coverage']}")
    if j["next"]:
        needs = [md(u["text"]) + (f" ({md(t('html.currently', lang))}{c}{md(u['actual'])})" if u["actual"] else "") for u in j["next"]["needs"]]
        out += ["", f"**{md(t('report.next_level', lang))}{c}{md(j['next']['title'])}** — {md(t('report.requires', lang))}{c}"
                + (("\u00a0; " if lang == "fr" else "; ").join(needs) if needs else "—")]
    out += ["", f"| {md(t('report.criteria', lang))} | {md(t('html.score', lang))} | {md(t('summary.measures', lang))} |", "|---|---:|---|"]
    for cr in j["criteria"]:
        what = md(cr["description"] or "", 300) + (f" *{md(t('summary.makeup', lang))}{c}{md(cr['makeup'])}*" if cr["makeup"] else "")
        out.append(f"| **{md(cr['title'])}** | {cr['score']}/100 | {what} |")
    if j["risks_present"]:
        out += ["", f"#### {md(t('summary.risks', lang))}", ""]
        out += [f"- {md(r['text'], 400)}" for r in j["risks"]] or [md(t("summary.no_risks", lang))]
    out += ["", f"#### {md(t('summary.findings', lang))}", ""]
    for i, f in enumerate(j["findings"], 1):
        out.append(f"{i}. **{md(f['title'])}** ({md(f['status_label'])}) — {md(f['message'], 300)} "
                   f"*({md(t('summary.weighs', lang).replace('{n}', f['gain']))})*")
    if not j["findings"]:
        out.append(md(t("summary.no_findings", lang)))
    out += ["", f"#### {md(t('summary.actions', lang))}", ""]
    for i, a in enumerate(j["actions"], 1):
        unlock = f", {md(t('report.unlocks', lang))}" if a["unlocks"] else ""
        files = f" {md(t('summary.files', lang))}{c}" + ", ".join(code(x) for x in a["files"]) if a["files"] else ""
        out.append(f"{i}. **{md(a['title'])}** (+{a['gain']} {md(t('html.points', lang))}, {md(a['effort'])}{unlock}) — {md(a['todo'], 500)}{files}")
    if not j["actions"]:
        out.append(md(t("html.plan_empty", lang)))
    return out


def _scores_table(report: dict[str, Any], lang: str) -> list[str]:
    """The appendix's table of criteria and families."""
    scores = report.get("scores") or {}
    out = ["", f"| {md(t('report.criteria', lang))} | {md(t('html.score', lang))} | {md(t('report.coverage', lang))} |", "|---|---:|---:|"]
    for cid, cr in (scores.get("criteria") or {}).items():
        out.append(f"| **{md(pick(cr.get('title'), lang) or cid)}** | {_s100(cr.get('score'), lang)} | {_spct(cr.get('coverage'), lang)} |")
    for f in families(report):
        fs = (scores.get("families") or {}).get(f) or {}
        out.append(f"| {md(t('family.' + f, lang))} | {_s100(fs.get('score'), lang)} | {_spct(fs.get('coverage'), lang)} |")
    return out


def _risks_and_plan(report: dict[str, Any], lang: str) -> list[str]:
    """The scaling risks (with the dates of their data) and the whole action plan."""
    c = _colon(lang)
    out: list[str] = []
    sr = report.get("scaling_risks") or {}
    if sr.get("risks"):
        out += ["", f"### {md(t('report.scaling_risks', lang))}", ""]
        out += [f"- {md(pick(x.get('text'), lang), 600)}" for x in sr["risks"]]
        dates = "; ".join(f"{d.get('file')} ({d.get('date')})" for d in sr.get("data") or [])
        out += ["", f"<sub>{html_text(t('report.scaling_data', lang))}{html_text(c)}{html_text(dates)}</sub>"]
    plan = report.get("action_plan") or []
    if plan:
        out += ["", f"### {md(t('report.action_plan', lang))}", ""]
        for i, p in enumerate(plan, 1):
            flag = f" · **{md(t('report.unlocks', lang))}**" if p.get("unlocks_next_level") else ""
            out.append(f"{i}. **{md(pick(p.get('title'), lang))}** — +{_num(p.get('gain'), lang, 1)} {md(t('html.points', lang))} · "
                       f"{md(t('report.effort', lang))}{c}{md(t('effort.' + str(p.get('effort')), lang))}{flag}  ")
            out.append(f"   {md(pick(p.get('remediation'), lang), 2000)}")
            if p.get("fixable"):
                out.append(f"   {md(t('fix.can_fix', lang))}{c}" + ", ".join(code(f, 100) for f in p["fixable"]))
    return out


def _unmeasured_and_notes(report: dict[str, Any], lang: str) -> list[str]:
    c = _colon(lang)
    out: list[str] = []
    by_id = results_by_id(report)
    unmeasured = (report.get("scores") or {}).get("unmeasured") or []
    if unmeasured:
        out += ["", f"### {md(t('report.unmeasured', lang))}", ""]
        for u in unmeasured[:50]:
            if isinstance(u, dict):
                r = by_id.get(u.get("id"))
                out.append(f"- {md(pick(r['title'], lang) if r else u.get('id'))} ({code(u.get('id'))}){c}{md(pick(u.get('reason'), lang), 500)}")
    notes = report.get("notes") or []
    if notes:
        out += ["", f"### {md(t('report.notes', lang))}", ""]
        out += [f"- {md(pick(n, lang), 1000)}" for n in notes[:50]]
    return out


def _footer(report: dict[str, Any], lang: str) -> list[str]:
    c = _colon(lang)
    tgt = report.get("target") or {}
    rs = report.get("ruleset") or {}
    return ["", "---", "",
            f"<sub>{html_text(t('report.repository', lang))}{html_text(c)}{html_text(tgt.get('web_url') or tgt.get('input') or '—')} · "
            f"{html_text(t('report.commit', lang))}{html_text(c)}<code>{html_text((tgt.get('commit') or '—')[:12])}</code> · "
            f"{html_text(t('report.as_of', lang))}{html_text(c)}{html_text(fmt_date(tgt.get('as_of'), lang))} · "
            f"{html_text(t('report.ruleset', lang))}{html_text(c)}{html_text(rs.get('id', ''))} {html_text(rs.get('version', ''))} · "
            f"{html_text((report.get('tool') or {}).get('name', 'readiness-auditor'))} {html_text((report.get('tool') or {}).get('version', ''))}</sub>", ""]


def _findings(report: dict[str, Any], lang: str, text: str, footer: list[str]) -> str:
    """The failed, warned and errored checks, as many as fit the size budget (then a truncation line)."""
    shown = sorted_results([r for r in report.get("results") or [] if r.get("status") in ("fail", "warn", "error")])
    if not shown:
        return ""
    out = f"\n### {md(t('report.findings', lang))} ({len(shown)})\n\n"
    size = len((text + out).encode("utf-8")) + len("\n".join(footer).encode("utf-8"))
    for i, r in enumerate(shown):
        block = _check_block(r, report, lang)
        bsize = len(block.encode("utf-8")) + 1
        if size + bsize > BUDGET_BYTES:
            out += "\n> " + md(t("md.truncated", lang).replace("{n}", str(len(shown) - i))) + "\n"
            break
        out += block + "\n"
        size += bsize
    return out


def render(report: dict[str, Any], lang: str = "fr", **_: Any) -> str:
    lang = lang if lang in ("fr", "en") else "fr"
    tgt = report.get("target") or {}
    name = f"{tgt['owner']}/{tgt['name']}" if tgt.get("owner") and tgt.get("name") else (tgt.get("name") or tgt.get("input") or "—")
    if isinstance(report.get("project"), dict) and report["project"].get("name"):
        name = str(report["project"]["name"])  # a portfolio's name for the project (batch)
    out: list[str] = [f"## {md(t('report.title', lang))} — {md(name, 200)}", ""]
    judged = project_line(report, lang)
    if judged:
        out += [md(judged, 400), ""]
    out += _jury(report, lang)
    gate = report.get("gate") or {}
    if gate.get("fail_under") is not None or gate.get("min_level"):
        out.append("")
        out.append(f"**{md(t('report.gate_passed' if gate.get('passed') else 'report.gate_failed', lang))}**"
                   + "".join(f" — {md(pick(x, lang) if isinstance(x, dict) else x)}" for x in gate.get("reasons") or []))
    out += ["", "---", "", f"### {md(t('html.appendix', lang))}"]
    out += _scores_table(report, lang) + _risks_and_plan(report, lang)
    out += _declarations(report, lang)
    out += _unmeasured_and_notes(report, lang)
    footer = _footer(report, lang)
    text = "\n".join(out) + "\n"
    text += _findings(report, lang, text, footer)
    text += "\n".join(footer)
    data = text.encode("utf-8")
    if len(data) > LIMIT_BYTES - 1024:  # belt and braces: the header alone can never be this big, but cut cleanly if it is
        text = data[: LIMIT_BYTES - 2048].decode("utf-8", "ignore") + "\n\n" + md(t("md.truncated", lang).replace("{n}", "?")) + "\n"
    return text
