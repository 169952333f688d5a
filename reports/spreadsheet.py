"""Spreadsheet exports of a portfolio batch (CSV and XLSX): one row per project, one column per
criterion. Text cells never start a formula (CSV) and stay text (XLSX)."""

from __future__ import annotations

import csv
import io
from typing import Any


_COLS = {
    "fr": {"id": "identifiant", "name": "projet", "url": "dépôt", "phase": "phase", "territory": "territoire", "tags": "étiquettes",
           "contact": "contact", "status": "statut", "reason": "motif de l'échec", "level": "niveau", "overall": "score global",
           "coverage": "couverture", "previous_overall": "score précédent", "delta_overall": "évolution",
           "previous_level": "niveau précédent", "commit": "commit", "as_of": "date d'audit", "report_html": "rapport HTML",
           "report_json": "rapport JSON"},
    "en": {"id": "id", "name": "project", "url": "repository", "phase": "phase", "territory": "territory", "tags": "tags",
           "contact": "contact", "status": "status", "reason": "failure reason", "level": "level", "overall": "overall score",
           "coverage": "coverage", "previous_overall": "previous score", "delta_overall": "change",
           "previous_level": "previous level", "commit": "commit", "as_of": "audited as of", "report_html": "HTML report",
           "report_json": "JSON report"},
}


_KEYS_A = ["id", "name", "url", "phase", "territory", "tags", "contact", "status", "reason", "level", "overall", "coverage"]
_KEYS_B = ["previous_overall", "delta_overall", "previous_level", "commit", "as_of", "report_html", "report_json"]


def _cell(r: dict[str, Any], k: str, lang: str) -> Any:
    """One of the first columns, in words for people (tags joined, level title, status, phase label)."""
    from auditor.i18n import t

    v = r.get(k)
    if k == "tags":
        return "; ".join(v or [])
    if k == "level" and r.get("level_title"):
        return (r["level_title"] or {}).get(lang) or v
    if k == "status":
        return {"ok": "ok", "failed": "échec" if lang == "fr" else "failed"}.get(v, v)
    if k == "phase" and v:
        label = t(f"dashboard.phases.{v}", lang)
        return v if label.startswith("dashboard.") else label  # a person's word, never the phase id
    return v


def _families(rows: list[dict[str, Any]]) -> list[str]:
    fams = [f for f in ("licensing", "documentation", "reusability", "interoperability", "maintenance")
            if any(f in (r.get("families") or {}) for r in rows)]
    return fams + sorted({f for r in rows for f in (r.get("families") or {}) if f not in fams})


def export_table(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr") -> tuple[list[str], list[list[Any]]]:
    from auditor.i18n import t
    from auditor.reports.common import scrub

    rows = scrub(rows)  # no control character from a name reaches the CSV or XLSX export
    L = _COLS.get(lang, _COLS["fr"])
    fams = _families(rows)
    header = ([L[k] for k in _KEYS_A] + [(c["title"] or {}).get(lang) or c["id"] for c in criteria]
              + [t(f"family.{f}", lang) for f in fams] + [L[k] for k in _KEYS_B])
    out = []
    for r in rows:
        vals: list[Any] = [_cell(r, k, lang) for k in _KEYS_A]
        vals += [(r.get("criteria") or {}).get(c["id"]) for c in criteria]
        vals += [(r.get("families") or {}).get(f) for f in fams]
        vals += [r.get(k) for k in _KEYS_B]
        out.append(vals)
    return header, out


def _cell_text(v: Any) -> Any:
    """A value for a spreadsheet: numbers stay numbers; text never starts a formula."""
    if v is None or isinstance(v, (int, float)):
        return v
    s = str(v)
    if s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        s = "'" + s
    return s


def export_csv(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr", sep: str = ",", bom: bool = False) -> str:
    """portfolio.csv; ``sep=";"`` and ``bom=True`` for a French Excel (its decimal comma then reads the numbers)."""
    header, data = export_table(rows, criteria, lang)
    buf = io.StringIO()
    sep = "\t" if sep == "tab" else sep
    w = csv.writer(buf, lineterminator="\n", delimiter=sep)
    w.writerow(header)
    for vals in data:
        w.writerow(["" if v is None else _cell_text(_decimal(v, lang) if sep != "," else v) for v in vals])
    return ("\ufeff" if bom else "") + buf.getvalue()


def _decimal(v: Any, lang: str) -> Any:
    """A number as a French spreadsheet reads it (decimal comma) when the separator leaves the comma free."""
    if isinstance(v, float) and lang == "fr":
        return f"{v}".replace(".", ",")
    return v


def prepare() -> None:
    """Import openpyxl (a tenth of a second or more: it imports numpy when installed) while a batch's
    workers audit, not after the last project (see :func:`auditor.reports.prepare_portfolio`)."""
    import openpyxl  # noqa: F401
    import openpyxl.styles  # noqa: F401


def write_xlsx(title: str, header: list[str], data: list[list[Any]], link_columns: set[int]) -> bytes:
    """One sheet: a bold header, text kept as text (never a formula), links in ``link_columns``
    (1-based) when a cell holds an http(s) URL or a report path beside the workbook, filters and
    column widths. Shared by the batch and the discovery exports."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for i, vals in enumerate(data, start=2):
        for j, v in enumerate(vals, start=1):
            if isinstance(v, str):
                cell = ws.cell(row=i, column=j)
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", v)
                cell.data_type = "s"  # text stays text, even when it starts with '='
                if j in link_columns and (v.startswith(("https://", "http://")) or (v.startswith("projects/") and ".." not in v)):
                    cell.hyperlink = v  # the report next to the workbook, or the repository
                    cell.style = "Hyperlink"
            else:
                ws.cell(row=i, column=j, value=v)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export_xlsx(rows: list[dict[str, Any]], criteria: list[dict[str, Any]], lang: str = "fr") -> bytes:
    header, data = export_table(rows, criteria, lang)
    cols = _COLS.get(lang, _COLS["fr"])
    links = {j for j, h in enumerate(header, start=1) if h in (cols["report_html"], cols["report_json"], cols["url"])}
    return write_xlsx("Portefeuille" if lang == "fr" else "Portfolio", header, data, links)


def render_csv(data: dict[str, Any], lang: str = "fr") -> str:
    """The ``portfolio-csv`` renderer: a batch's rows (see :meth:`auditor.portfolio.runner.Batch.rows`)."""
    opts = data.get("csv") or {}
    return export_csv(data["rows"], data["criteria"], lang, sep=opts.get("sep", ","), bom=bool(opts.get("bom")))


def render_xlsx(data: dict[str, Any], lang: str = "fr") -> bytes:
    """The ``portfolio-xlsx`` renderer."""
    return export_xlsx(data["rows"], data["criteria"], lang)
