"""Files written by the discovery's coordinator: per-project reports, the ranked list, the summary."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from auditor.report import atomic_write, to_json


def write_report(path: Path, report: dict[str, Any], lang: str) -> None:
    """The canonical JSON report, then its HTML page beside it (the JSON last would say "done" first)."""
    try:
        from auditor.reports import render

        atomic_write(path.with_suffix(".html"), render(report, "html", lang))
    except Exception:  # noqa: BLE001 - the HTML page is a convenience; the JSON is the record
        pass
    atomic_write(path, to_json(report))


def ranked_rows(candidates: list[Any]) -> list[dict[str, Any]]:
    from auditor.discover.run import priority

    rows = []
    for c in candidates:
        row = dict(c.row)
        row.setdefault("status", "not_audited")
        row["relevance"] = c.relevance.to_dict()
        row["priority"] = priority(c)
        row["entry"] = c.entry.to_dict()
        rows.append(row)
    return rows


def write_all(folder: Path, candidates: list[Any], summary: dict[str, Any], theme_titles: dict[str, dict[str, str]],
              org_titles: dict[str, dict[str, str]], lang: str, sep: str = ",", bom: bool = False) -> None:
    from auditor.reports import discover as render

    rows = ranked_rows(candidates)
    generated = datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%d %H:%M")
    atomic_write(folder / "discover.csv", render.render_csv(rows, theme_titles, org_titles, lang, sep=sep, bom=bom))
    atomic_write(folder / "discover.xlsx", render.render_xlsx(rows, theme_titles, org_titles, lang))
    atomic_write(folder / "index.html", render.render_html(rows, summary, theme_titles, org_titles, generated, lang))
    doc = {**summary, "rows": [{k: v for k, v in r.items() if k != "row_version"} for r in rows],
           "theme_titles": theme_titles, "org_type_titles": org_titles}
    atomic_write(folder / "discover.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
