"""Renderers (installed as ``auditor.reports``): each reads the canonical JSON report and computes nothing.

``RENDERERS`` maps a format name to ``(module, function)``; a renderer is
``render(report: dict, lang: str, **options) -> str``.
"""

from __future__ import annotations

import importlib
from typing import Any

from auditor.errors import UsageError

RENDERERS: dict[str, tuple[str, str]] = {
    "json": ("auditor.reports.json_report", "render"),
    "terminal": ("auditor.reports.terminal", "render"),
    "html": ("auditor.reports.html", "render"),
    "md": ("auditor.reports.markdown", "render"),
    "sarif": ("auditor.reports.sarif", "render"),
    "codequality": ("auditor.reports.codequality", "render"),
    "csv": ("auditor.reports.csv_report", "render"),
}


def formats() -> list[str]:
    return list(RENDERERS)


# Renderers of a whole batch (the rows of every project, see auditor.portfolio.runner): format -> (module, function).
PORTFOLIO_RENDERERS: dict[str, tuple[str, str]] = {
    "dashboard": ("auditor.reports.dashboard", "render_dashboard"),
    "csv": ("auditor.reports.spreadsheet", "export_csv"),
    "xlsx": ("auditor.reports.spreadsheet", "export_xlsx"),
}


def render_portfolio(data: dict[str, Any], fmt: str, lang: str = "fr") -> str | bytes:
    """A batch's dashboard or spreadsheet from its data (``rows``, ``criteria``…)."""
    mod, func = PORTFOLIO_RENDERERS[fmt]
    fn = getattr(importlib.import_module(mod), func)
    return fn(data, lang) if fmt == "dashboard" else fn(data["rows"], data["criteria"], lang)


def render(report: dict[str, Any], fmt: str, lang: str = "fr", **options: Any) -> str:
    if fmt not in RENDERERS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(RENDERERS)})")
    mod, func = RENDERERS[fmt]
    from auditor.reports.common import scrub

    return getattr(importlib.import_module(mod), func)(scrub(report), lang, **options)
