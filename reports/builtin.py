"""The built-in renderers, declared through the ``auditor.renderers`` entry points of this package
(``pyproject.toml``); each function is imported only when its format is used."""

from __future__ import annotations

from auditor.reports import Renderer

JSON = Renderer("json", "auditor.reports.json_report:render", "json", "application/json")
TERMINAL = Renderer("terminal", "auditor.reports.terminal:render", "txt", "text/plain", options=("color", "verbose"))
HTML = Renderer("html", "auditor.reports.html:render", "html", "text/html", aliases=("htm",))
MARKDOWN = Renderer("md", "auditor.reports.markdown:render", "md", "text/markdown", aliases=("markdown",))
SARIF = Renderer("sarif", "auditor.reports.sarif:render", "sarif", "application/sarif+json")
CODEQUALITY = Renderer("codequality", "auditor.reports.codequality:render", "json", "application/json")
CSV = Renderer("csv", "auditor.reports.csv_report:render", "csv", "text/csv", options=("bom", "sep", "header"))
PORTFOLIO_DASHBOARD = Renderer("portfolio-dashboard", "auditor.reports.dashboard:render_dashboard", "html", "text/html",
                               scope="portfolio")
PORTFOLIO_CSV = Renderer("portfolio-csv", "auditor.reports.spreadsheet:render_csv", "csv", "text/csv", scope="portfolio")
PORTFOLIO_XLSX = Renderer("portfolio-xlsx", "auditor.reports.spreadsheet:render_xlsx", "xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", binary=True, scope="portfolio")

RENDERERS = (JSON, TERMINAL, HTML, MARKDOWN, SARIF, CODEQUALITY, CSV, PORTFOLIO_DASHBOARD, PORTFOLIO_CSV, PORTFOLIO_XLSX)
