"""CSV: one row per audit — criteria, families, level and key facts — for spreadsheets.

Options (``render(report, lang, bom=False, sep=",", header=True)``): ``bom`` starts the file with a
UTF-8 byte order mark for Excel, ``sep=";"`` suits French locales (whose decimal separator is a comma).
Numbers follow the language (decimal comma in French, no thousands grouping), unmeasured values are
empty cells, and a text cell starting with = + - @ (or a tab or carriage return) is prefixed with a
quote so that no spreadsheet runs it as a formula. ``columns`` and ``row`` are public so that a batch
can write one file with a row per project.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from auditor.i18n import fmt_date, fmt_number, pick, t
from auditor.reports.common import FAMILY_ORDER, clean, level_title

SEPARATORS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A text cell that a spreadsheet shows as text, never as a formula."""
    s = clean(value if value is not None else "", 2000)
    return "'" + s if s.startswith(_FORMULA) else s


def _num(v: Any, lang: str, digits: int = 1) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return ""
    return fmt_number(v, lang, digits, group=False)


def _int(v: Any) -> str:
    return str(v) if isinstance(v, int) and not isinstance(v, bool) else ""


def columns(report: dict[str, Any], lang: str = "fr") -> list[tuple[str, str]]:
    """(key, header) of every column, criteria and families included (criteria from the report's ruleset)."""
    crits = (report.get("scores") or {}).get("criteria") or {}
    cols = [("generated_at", t("csv.generated_at", lang)), ("project", t("csv.project", lang)), ("repository", t("report.repository", lang)),
            ("commit", t("report.commit", lang)), ("commit_date", t("csv.commit_date", lang)), ("as_of", t("report.as_of", lang)),
            ("ruleset", t("report.ruleset", lang)), ("ruleset_version", t("csv.ruleset_version", lang)),
            ("level", t("csv.level_id", lang)), ("level_title", t("report.level", lang)),
            ("overall", t("report.overall", lang)), ("coverage", t("csv.coverage_pct", lang))]
    for cid, c in crits.items():
        cols.append((f"criterion.{cid}", pick(c.get("title"), lang) or cid))
    for f in FAMILY_ORDER:
        cols.append((f"family.{f}", t(f"family.{f}", lang)))
    cols += [("gate_passed", t("csv.gate_passed", lang)), ("license", t("csv.license", lang)), ("readme", t("csv.readme", lang)),
             ("commits_365d", t("csv.commits_365d", lang)), ("authors_365d", t("csv.authors_365d", lang)),
             ("last_commit_date", t("csv.last_commit_date", lang)), ("tags", t("csv.tags", lang)),
             ("main_language", t("csv.main_language", lang)), ("fail", t("status.fail", lang)), ("warn", t("status.warn", lang)),
             ("tool_version", t("csv.tool_version", lang))]
    return cols


def _date(value: Any, lang: str) -> str:
    return fmt_date(value, lang) if value else ""


def _target_cells(report: dict[str, Any], lang: str) -> dict[str, str]:
    tgt = report.get("target") or {}
    name = f"{tgt['owner']}/{tgt['name']}" if tgt.get("owner") and tgt.get("name") else (tgt.get("name") or tgt.get("input") or "")
    return {
        "generated_at": _date(report.get("generated_at"), lang),
        "project": safe_cell(name),
        "repository": safe_cell(tgt.get("web_url") or tgt.get("clone_url") or tgt.get("input") or ""),
        "commit": safe_cell(tgt.get("commit") or ""),
        "commit_date": _date(tgt.get("commit_date"), lang),
        "as_of": _date(tgt.get("as_of"), lang),
        "ruleset": safe_cell((report.get("ruleset") or {}).get("id", "")),
        "ruleset_version": safe_cell((report.get("ruleset") or {}).get("version", "")),
    }


def _score_cells(report: dict[str, Any], lang: str) -> dict[str, str]:
    scores = report.get("scores") or {}
    level = scores.get("level")
    return {
        "level": safe_cell(level.get("id", "")) if isinstance(level, dict) else "",
        "level_title": safe_cell(level_title(level, report, lang)) if level else safe_cell(t("report.no_level", lang)),
        "overall": _num(scores.get("overall"), lang),
        "coverage": _num(scores.get("coverage"), lang),
        "gate_passed": t("csv.yes", lang) if (report.get("gate") or {}).get("passed") else t("csv.no", lang),
    }


def _fact_cells(report: dict[str, Any], lang: str) -> dict[str, str]:
    facts = report.get("facts") or {}
    act = facts.get("activity") or {}
    langs = facts.get("languages") or {}
    main_lang = max(langs, key=lambda k: (langs[k], k)) if isinstance(langs, dict) and langs else ""
    return {
        "license": safe_cell((facts.get("license") or {}).get("spdx") or ""),
        "readme": safe_cell((facts.get("files") or {}).get("readme") or ""),
        "commits_365d": _int(act.get("commits_365d")),
        "authors_365d": _int(act.get("authors_365d")),
        "last_commit_date": _date(act.get("last_commit_date"), lang),
        "tags": _int(act.get("tags")),
        "main_language": safe_cell(main_lang),
    }


def row(report: dict[str, Any], lang: str = "fr") -> dict[str, str]:
    """The audit's values by column key, formatted for ``lang`` and safe for spreadsheets."""
    scores = report.get("scores") or {}
    results = report.get("results") or []
    out = {**_target_cells(report, lang), **_score_cells(report, lang), **_fact_cells(report, lang),
           "fail": str(sum(1 for r in results if r.get("status") == "fail")),
           "warn": str(sum(1 for r in results if r.get("status") == "warn")),
           "tool_version": safe_cell((report.get("tool") or {}).get("version", ""))}
    for cid, c in (scores.get("criteria") or {}).items():
        out[f"criterion.{cid}"] = _num(c.get("score"), lang)
    for f in FAMILY_ORDER:
        out[f"family.{f}"] = _num(((scores.get("families") or {}).get(f) or {}).get("score"), lang)
    return out


def render(report: dict[str, Any], lang: str = "fr", bom: bool = False, sep: str = ",", header: bool = True, **_: Any) -> str:
    lang = lang if lang in ("fr", "en") else "fr"
    delimiter = SEPARATORS.get(sep)
    if delimiter is None:
        from auditor.errors import UsageError

        raise UsageError(f"CSV separator {sep!r}: choose ',', ';' or 'tab'")
    cols = columns(report, lang)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if header:
        w.writerow([safe_cell(h) for _, h in cols])
    values = row(report, lang)
    w.writerow([values.get(k, "") for k, _ in cols])
    return ("\ufeff" if bom else "") + buf.getvalue()
