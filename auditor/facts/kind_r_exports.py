"""R scripts that export data: connect to a database, query it, write the rows to a file, then compress or send it (issue 12, s42
fj42 = ISPF/enquetes-tourisme-eft-exportatn: a statistics office's monthly job selecting a month of a survey's view on SQL Server
through ODBC, writing it as a pipe-separated CSV and zipping it for a partner). No model, plot or statistic is made: such scripts are
a data pipeline run by hand or by a scheduler, a command-line program as the shell pipelines of :mod:`.kind_pipelines` are, not an
analysis.

Read: the R scripts (at most :data:`MAX_SCRIPTS` of :data:`SCRIPT_BYTES`, in path order), comments aside; nothing is run. The rule
asks all three steps across the scripts (a connection, a query, a file written) and no analysis call in any of them."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

R_EXPORT = "R scripts exporting data (database query written to a file)"  # (the kind evidence's reason)
MAX_SCRIPTS = 20
SCRIPT_BYTES = 64 * 1024
_CONNECT = lazy_compile(r"\b(?:dbConnect|odbcConnect|odbcDriverConnect|src_postgres|pool::dbPool|dbPool)\s*\(")
_QUERY = lazy_compile(r"\b(?:dbGetQuery|dbReadTable|dbSendQuery|sqlQuery|sqlFetch|tbl)\s*\(")
_WRITE = lazy_compile(r"\b(?:fwrite|write\.csv2?|write\.table|write_csv2?|write_delim|write_tsv|write\.xlsx|write_xlsx|saveWorkbook|st_write|"
                      r"write_parquet|write_json|dbWriteTable)\s*\(")
# a model, a plot, a statistic, a report or an interface: the scripts analyse or show what they read
_ANALYSIS = lazy_compile(r"\b(?:lm|glm|nls|aov|anova|predict|t\.test|chisq\.test|wilcox\.test|cor|cor\.test|summary|ggplot|plot|hist|"
                         r"boxplot|barplot|pie|leaflet|plot_ly|highchart|dygraph|datatable|kable|render|rmarkdown::render|shinyApp|"
                         r"fluidPage|svydesign|svymean|randomForest|train|kmeans|hclust|prcomp|PCA|arima|forecast)\s*\(")


def _code(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def r_export_scripts(ctx, r_files: list[str]) -> list[str]:
    """The R scripts among ``r_files`` when, together, they connect to a database, query it and write a file, and none of them
    models, plots or computes a statistic (:data:`_ANALYSIS`); ``[]`` otherwise (or over :data:`MAX_SCRIPTS` scripts)."""
    scripts = sorted(r_files)
    if not scripts or len(scripts) > MAX_SCRIPTS:
        return []
    texts = {p: _code(ctx.snapshot.read_text(p, limit=SCRIPT_BYTES) or "") for p in scripts}
    joined = "\n".join(texts.values())
    if _ANALYSIS.search(joined) or not (_CONNECT.search(joined) and _QUERY.search(joined) and _WRITE.search(joined)):
        return []
    return [p for p in scripts if re.search(r"\S", texts[p])]
