"""The ranked list of ``auditor discover``: one table, rendered as CSV, XLSX and a self-contained page.

``table(rows, …)`` gives the header and the cells once; CSV and XLSX write those cells, the HTML
page shows the same rows with filters (theme, territory, organisation type, level, free text) and a
link to each repository and report. Inline CSS and script only; a Content-Security-Policy forbids
any request. Everything from the catalogue (names, descriptions, URLs) is escaped by jinja2; only
http(s) URLs become links.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from auditor.i18n import LABELS, fmt_number, pick, t
from auditor.reports.common import undecided_kind_text
from auditor.reports.csv_report import SEPARATORS, safe_cell
from auditor.reports.dashboard import _env, _http_url, _rel_link
from auditor.reports.spreadsheet import write_xlsx

COLUMNS = ("rank", "repository", "organisation", "org_type", "territory", "themes", "relevance", "readiness", "priority",
           "level", "license", "kind", "updated", "evidence", "report")


def _themes(row: dict[str, Any], titles: dict[str, dict[str, str]], lang: str) -> list[str]:
    return [pick(titles.get(th, {"fr": th}), lang) for th in row["relevance"]["themes"]]


_FIELD_LABELS = {"name": "discover.field.name", "topics": "discover.field.topics", "description": "discover.field.description",
                 "readme": "discover.field.readme"}


def _evidence(row: dict[str, Any], lang: str, limit: int = 8) -> str:
    seen: list[str] = []
    for e in row["relevance"]["evidence"]:
        where = t(_FIELD_LABELS.get(e["field"], "discover.field.description"), lang)
        item = f"«\u00a0{e['term']}\u00a0» ({where})" if lang == "fr" else f"\"{e['term']}\" ({where})"
        if item not in seen:
            seen.append(item)
    more = len(seen) - limit
    text = ", ".join(seen[:limit])
    return text + (f" … (+{more})" if more > 0 else "")


def _kind(row: dict[str, Any], lang: str) -> str:
    """The project's kind as its audit decided it (its identifier), or said undecided as the report says it (documents only, nearest)."""
    if row.get("kind") and row.get("kind_undecided"):
        return undecided_kind_text(row["kind"], row["kind_undecided"], lang) or ""
    return row.get("kind") or ""


def _status(row: dict[str, Any], lang: str) -> str:
    if row.get("status") == "error":
        return t("discover.failed", lang)
    if row.get("status") != "ok":
        return t("discover.not_audited", lang)
    return ""


def table(rows: list[dict[str, Any]], theme_titles: dict[str, dict[str, str]], org_titles: dict[str, dict[str, str]],
          lang: str = "fr") -> tuple[list[str], list[list[Any]]]:
    """Header and cells of the ranked list (numbers as numbers, texts as texts)."""
    header = [t(f"discover.{c}", lang) for c in COLUMNS]
    cells: list[list[Any]] = []
    for i, row in enumerate(rows, start=1):
        e = row["entry"]
        level = pick(row.get("level_title"), lang) if row.get("level_title") else _status(row, lang)
        cells.append([
            i, e["url"], e["organisation"], pick(org_titles.get(e["org_type"], {"fr": e["org_type"]}), lang), e["territory"],
            ", ".join(_themes(row, theme_titles, lang)), row["relevance"]["score"], row.get("readiness"), row["priority"],
            level, row.get("license") or e.get("license") or "", _kind(row, lang), e.get("updated") or "",
            _evidence(row, lang), row.get("report") or "",
        ])
    return header, cells


def render_csv(rows: list[dict[str, Any]], theme_titles: dict[str, dict[str, str]], org_titles: dict[str, dict[str, str]],
               lang: str = "fr", sep: str = ",", bom: bool = False) -> str:
    header, cells = table(rows, theme_titles, org_titles, lang)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=SEPARATORS.get(sep, sep), lineterminator="\r\n")
    w.writerow(header)
    for r in cells:
        w.writerow([fmt_number(v, lang, 1, group=False) if isinstance(v, float) else
                    ("" if v is None else (str(v) if isinstance(v, int) else safe_cell(v))) for v in r])
    return ("\ufeff" if bom else "") + buf.getvalue()


def render_xlsx(rows: list[dict[str, Any]], theme_titles: dict[str, dict[str, str]], org_titles: dict[str, dict[str, str]],
                lang: str = "fr") -> bytes:
    header, cells = table(rows, theme_titles, org_titles, lang)
    links = {COLUMNS.index("repository") + 1, COLUMNS.index("report") + 1}
    return write_xlsx(t("discover.title", lang), header, cells, links)


def render_html(rows: list[dict[str, Any]], summary: dict[str, Any], theme_titles: dict[str, dict[str, str]],
                org_titles: dict[str, dict[str, str]], generated_at: str, lang: str = "fr") -> str:
    L = {k.split(".", 1)[1]: v.get(lang) or v["fr"] for k, v in LABELS.items() if k.startswith("discover.") and k.count(".") == 1}
    items = []
    for i, row in enumerate(rows, start=1):
        e = row["entry"]
        items.append({
            "rank": i, "name": e["name"], "url": _http_url(e["url"]), "url_text": e["url"], "organisation": e["organisation"],
            "org_type": e["org_type"], "org_type_title": pick(org_titles.get(e["org_type"], {"fr": e["org_type"]}), lang),
            "territory": e["territory"], "description": e["description"][:300],
            "themes": row["relevance"]["themes"], "theme_titles": _themes(row, theme_titles, lang),
            "relevance": fmt_number(row["relevance"]["score"], lang, 1, group=False),
            "readiness": fmt_number(row["readiness"], lang, 1, group=False) if isinstance(row.get("readiness"), (int, float)) else "—",
            "priority": fmt_number(row["priority"], lang, 1, group=False), "priority_value": row["priority"],
            "level": row.get("level") or ("_failed" if row.get("status") == "error" else "_none"),
            "level_title": pick(row.get("level_title"), lang) if row.get("level_title") else _status(row, lang),
            "license": row.get("license") or e.get("license") or "", "kind": _kind(row, lang),
            "evidence": _evidence(row, lang), "report": _rel_link(row.get("html") if row.get("status") == "ok" else None),
            "error": row.get("error"),
        })
    levels = sorted({(it["level"], it["level_title"]) for it in items})
    used_themes = sorted({th for it in items for th in it["themes"]})
    counts = summary["counts"]
    return _env().get_template("discover.html.j2").render(
        lang=lang, L=L, items=items, generated_at=generated_at,
        counts_line=L["counts"].format(**{k: counts[k] for k in ("catalogue", "kept", "relevant", "shortlist")}),
        taxonomy_line=L["taxonomy"].format(version=summary["taxonomy"]["version"]),
        themes=[(th, pick(theme_titles.get(th, {"fr": th}), lang)) for th in used_themes],
        org_types=sorted({(it["org_type"], it["org_type_title"]) for it in items}),
        territories=sorted({it["territory"] for it in items if it["territory"]}), levels=levels,
    )
