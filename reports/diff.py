"""Renderers of the history: a report diff (text or Markdown) and a sparkline of scores."""

from __future__ import annotations

from typing import Any

SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None]) -> str:
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        else:
            out.append(SPARK[min(len(SPARK) - 1, max(0, int(float(v) / 100 * len(SPARK))))])
    return "".join(out)


# --- diff -------------------------------------------------------------------------------------


_DIFF_LABELS = {
    "fr": {"title": "Évolution", "from": "du", "to": "au", "overall": "Score global", "level": "Niveau", "criteria": "Critères",
           "fixed": "Corrigés", "regressed": "Régressions", "improved": "En progrès", "new": "Nouveaux contrôles",
           "removed": "Contrôles retirés", "changed": "Scores modifiés", "none": "Aucun changement des contrôles.",
           "up": "en hausse", "down": "en baisse", "same": "inchangé", "commit": "commit"},
    "en": {"title": "Progress", "from": "from", "to": "to", "overall": "Overall score", "level": "Level", "criteria": "Criteria",
           "fixed": "Fixed", "regressed": "Regressed", "improved": "Improved", "new": "New checks",
           "removed": "Removed checks", "changed": "Score changes", "none": "No change in the checks.",
           "up": "up", "down": "down", "same": "unchanged", "commit": "commit"},
}


def _num(v: float | None, lang: str) -> str:
    if v is None:
        return "—"
    s = f"{v:.1f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if lang == "fr" else s


def _signed(v: float | None, lang: str) -> str:
    if v is None:
        return ""
    return ("+" if v > 0 else "") + _num(v, lang)


def _md_escape(text: Any) -> str:
    s = str(text if text is not None else "")
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s.replace("\n", " ")


def render_diff(d: dict[str, Any], lang: str = "fr", fmt: str = "text") -> str:
    """The diff as plain text (terminal) or Markdown (a coach's note)."""
    L = _DIFF_LABELS.get(lang, _DIFF_LABELS["fr"])
    md = fmt == "md"
    esc = _md_escape if md else (lambda x: str(x if x is not None else ""))
    lines = []
    o, n = d["from"], d["to"]
    head = f"{L['title']} — {esc(d['target'])}"
    lines.append(f"# {head}" if md else head)
    lines.append("")
    lines.append(f"{L['from']} {esc((o['as_of'] or '')[:10])} ({L['commit']} {esc((o['commit'] or '')[:12])}) "
                 f"{L['to']} {esc((n['as_of'] or '')[:10])} ({L['commit']} {esc((n['commit'] or '')[:12])})")
    lines.append("")
    ov = d["overall"]
    bullet = "- " if md else "  "
    lines.append(f"{bullet}{L['overall']} : {_num(ov['old'], lang)} → {_num(ov['new'], lang)} ({_signed(ov['delta'], lang) or '='})"
                 if lang == "fr" else f"{bullet}{L['overall']}: {_num(ov['old'], lang)} → {_num(ov['new'], lang)} ({_signed(ov['delta'], lang) or '='})")
    lv = d["level"]
    def lvname(title, lid):
        return esc((title or {}).get(lang) or lid or "—")
    sep = " : " if lang == "fr" else ": "
    lines.append(f"{bullet}{L['level']}{sep}{lvname(lv['old_title'], lv['old'])} → {lvname(lv['new_title'], lv['new'])} ({L[lv['direction']]})")
    for cid, c in d["criteria"].items():
        lines.append(f"{bullet}{esc(c['title'].get(lang) or cid)}{sep}{_num(c['old'], lang)} → {_num(c['new'], lang)}"
                     + (f" ({_signed(c['delta'], lang)})" if c["delta"] else ""))
    any_change = False
    for section in ("fixed", "regressed", "improved", "new", "removed", "changed"):
        items = d[section]
        if not items:
            continue
        any_change = True
        lines.append("")
        lines.append(f"## {L[section]} ({len(items)})" if md else f"{L[section]} ({len(items)})")
        for it in items:
            title = esc((it["title"] or {}).get(lang) or it["id"])
            st = f"{it['old_status'] or '∅'} → {it['new_status'] or '∅'}"
            sc = ""
            if it["old_score"] is not None or it["new_score"] is not None:
                sc = f", {_num(it['old_score'], lang)} → {_num(it['new_score'], lang)}/10"
            ident = f"`{it['id']}`" if md else it["id"]
            lines.append(f"{bullet}{ident} — {title} ({st}{sc})")
    if not any_change:
        lines.append("")
        lines.append(L["none"])
    return "\n".join(lines) + "\n"
