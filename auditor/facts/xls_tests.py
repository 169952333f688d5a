"""A quoted ".xls" that tests the type of a file given to the code, in a file writing no .xls (read by the ``format.xls`` signal of
:mod:`auditor.facts.format_signals`).

A file's extension compared with ".xls" (``ext == ".xls"``, ``ext in ('.xlsx', '.xls')``, ``moteur = "xlrd" if extension == ".xls"``)
sorts or reads a file someone gives the code: in a file that writes no .xls (no xlwt, HSSFWorkbook, JasperReports' XLS exporter,
PhpSpreadsheet's 'Xls' writer, ``to_excel`` to a .xls name), it is an input from another system (a library's SIGB export read by
xlrd), no closed format the project writes (issue 12, s42 fp42 = ThomasLafargue/mediatheque-arcachon)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_EXT_COMPARED = lazy_compile(r"""(?:[!=]==?|\bin)[ \t]*[(\[{]?(?:[ \t]*['"]\.?\w{2,5}['"][ \t]*,)*[ \t]*$""")
_XLS_WRITER = lazy_compile(r"""\bxlwt\b|\bHSSFWorkbook\b|\bJRXlsExporter\b|['"]Xls['"]|\bto_excel\([^)\n]{0,200}?\.xls['"]""")


def xls_tested_not_written(m) -> bool:
    """The match (a quoted extension, its closing quote last) is an extension compared, in a text naming no .xls writer."""
    token = m.group(0)
    if not token.endswith(("'", '"')):
        return False
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    start = m.string.rfind(token[-1], line_start, m.start())
    if start < 0:
        return False
    return bool(_EXT_COMPARED.search(m.string, max(line_start, start - 200), start)) and not _XLS_WRITER.search(m.string, 0, 400_000)
