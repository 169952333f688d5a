"""An HTML table a server script sends as a spreadsheet: what it writes is HTML, not Excel's binary format (issue 12, s43 fh43 =
efroc/stockvc), read by the ``format.xls`` and ``format.html-table-xls`` signals of :mod:`auditor.facts.format_signals`."""

from __future__ import annotations

import re

from auditor.facts.scaling.signals import in_block_comment
from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

# (an HTML table built by the code: its element, or a page's table read through outerHTML/innerHTML)
_HTML_TABLE = lazy_compile(r"""\.(?:outer|inner)HTML\b|<table\b""", re.I)
# an HTML table a server script builds and sends under an Excel media type with an .xls name ($export .= '<table><tr><td>…' then
# header('Content-Type: application/xls'), header('Content-Disposition: attachment; filename=….xls'), echo $export): what it writes
# is HTML a spreadsheet opens, not Excel's binary format, wherever the file names .xls (the file name, the button's "Exporter en .xls"),
# unless the file also has an XLS writer (issue 12, s43 fh43 = efroc/stockvc)
_XLS_MEDIA = r"""Content-Type:\s*application/(?:vnd\.ms-excel|xls|x-xls|x-msexcel|excel)\b"""
_XLS_MEDIA_HEADER = lazy_compile(_XLS_MEDIA, re.I)
_XLS_WRITER = lazy_compile(r"""\bxlwt\b|\bHSSFWorkbook\b|\bJRXlsExporter\b|Spreadsheet_Excel_Writer|\bcreateWriter\s*\([^)]{0,80}['"]Xls['"]|"""
                           r"""\bWriter\\Xls\b|\bnew\s+Xls\s*\(""", re.I)


def html_table_sent_as_xls(text: str) -> bool:
    """The file sends an HTML table it builds (``<table`` in the 6,000 characters before) under an Excel media type, and has no XLS
    writer (the first 200,000 characters, the first 20 headers)."""
    for n, h in enumerate(_XLS_MEDIA_HEADER.finditer(text, 0, 200_000)):
        if n >= 20:
            break
        if _HTML_TABLE.search(text, max(0, h.start() - 6000), h.start()):
            return not _XLS_WRITER.search(text, 0, 200_000)
    return False


# what such a file writes, said: an HTML table under Excel's media type, where CSV or ODS would be the open exchange
signal("format.html-table-xls", _XLS_MEDIA, ("ms-excel", "application/xls", "x-xls", "x-msexcel", "application/excel"),
       classes=("code", "template", "config", "other", "style"), accept=lambda m: html_table_sent_as_xls(m.string) and not in_block_comment(m))
