"""Extensions named as a family, and an .xls key of a dispatch table whose handler reads the workbook: formats received, none written (``interoperability.data-standards``'s
format.xls signal, kept apart from :mod:`auditor.facts.format_signals`, which stays under 400 lines)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a literal list or tuple of three or more file extensions ((".xlsx", ".xls", ".ods"): the input workbooks a QGIS plugin opens
# through OGR, a file dialog's accepted types): formats named as a family, none written by the list (a writer is found by its call:
# xlwt, a save to "….xls"; issue 12, s36 j36)
_EXTENSION_LIST = lazy_compile(r"""[(\[{]\s*['"]\.\w{2,5}['"](?:\s*,\s*['"]\.\w{2,5}['"]){2,}\s*,?\s*[)\]}]""")
# a dispatch table keyed by file extension ({'.xls': process_excel, '.xlsx': process_excel, '.csv': process_csv}): the .xls key's
# handler, a function of the same file whose body reads the workbook (pd.read_excel) and writes none, reads what others publish
# (issue 12, s45 fh45 = a loader of a ministry's dataset resources into PostgreSQL, whatever format each resource comes in)
_DISPATCH_KEY = lazy_compile(r"""\s*:\s*([A-Za-z_]\w{0,80})\s*[,}\n]""")
_XLS_WRITE_CALL = lazy_compile(r"""\b(?:to_excel|ExcelWriter|xlwt|write_xlsx?|writexl|save_workbook|XLSX\.write(?:File)?)\b|\.save\s*\(""")


def read_by_handler(m, reads: re.Pattern) -> bool:
    """``m`` (a quoted ".xls") is a key of a dispatch table whose handler, a function defined in the same text (Python ``def``,
    JavaScript ``function``), reads a workbook (``reads``) in its first 2,000 characters and writes none."""
    key = _DISPATCH_KEY.match(m.string, m.end())
    if not key:
        return False
    name = re.escape(key.group(1))
    d = re.search(rf"^[ \t]*(?:async[ \t]+)?(?:def|function)[ \t]+{name}[ \t]*\(", m.string[:500_000], re.M)
    body = m.string[d.end(): d.end() + 2000] if d else ""
    return bool(d) and bool(reads.search(body)) and not _XLS_WRITE_CALL.search(body)
