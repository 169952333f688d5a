"""The rows of a committed Excel workbook (.xlsx, .xlsm: an OOXML package of XML sheets), for ``personal_records``: a sheet whose
header row names a person's first name with a surname or a contact is a list of people, as a CSV table with that header is (a team's
staff roster kept in the workbook the service reads and writes: Matricule, Nom, Prénom, Anniversaire…; issue 12, s44 fc44 = reader
rk43's lamiedepain/st88).

Untrusted input: nothing is executed nor written; the archive is read in memory (at most :data:`MAX_PACKAGE_BYTES`), its shared strings
and its first :data:`MAX_SHEETS` sheets opened when each declares at most :data:`MAX_MEMBER_BYTES` uncompressed, and of each sheet its
first :data:`MAX_ROWS` rows read; formulas are not evaluated, nothing the workbook links to is followed. OpenDocument sheets (.ods) are
not read.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

from auditor.lazyre import lazy_compile

SHEET_EXT = ("xlsx", "xlsm")
MAX_PACKAGE_BYTES = 8 * 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024 * 1024
MAX_SHEETS = 20
MAX_ROWS = 400
HEADER_ROWS = 10  # (the header among a sheet's first rows: a title or a date may come first)
_SHEET = lazy_compile(r"^xl/worksheets/sheet(\d+)\.xml$")
# (each run tempered by its opener: a sheet of unclosed "<row" costs one scan, not one per opener)
_SI = lazy_compile(r"<si>((?:(?!<si>).)*?)</si>", re.S)
_TEXT = lazy_compile(r"<t\b[^>]*>([^<]*)</t>")
_ROW = lazy_compile(r"<row\b[^>]*?(?:/>|>((?:(?!<row\b).)*?)</row>)", re.S)
_CELL = lazy_compile(r"<c\b([^>]*?)(?:/>|>((?:(?!<c\b).)*?)</c>)", re.S)
_VALUE = lazy_compile(r"<v>([^<]*)</v>")


def _shared(text: str) -> list[str]:
    return [html.unescape("".join(_TEXT.findall(si))) for si in _SI.findall(text)]


def _rows(xml: str, shared: list[str]) -> list[list[str]]:
    """The first :data:`MAX_ROWS` rows of a sheet, each the texts of its non-empty cells in order."""
    rows = []
    for k, row in enumerate(_ROW.finditer(xml)):
        if k >= MAX_ROWS:
            break
        cells = []
        for attrs, body in _CELL.findall(row.group(1) or ""):
            kind = re.search(r'\bt="(\w+)"', attrs)
            value = _VALUE.search(body or "")
            if kind and kind.group(1) == "s" and value and value.group(1).isdigit():
                index = int(value.group(1))
                text = shared[index] if index < len(shared) else ""
            elif kind and kind.group(1) == "inlineStr":
                text = html.unescape("".join(_TEXT.findall(body or "")))
            else:
                text = html.unescape(value.group(1)) if value else ""
            if text.strip():
                cells.append(text.strip())
        if cells:
            rows.append(cells)
    return rows


def workbook_tables(data: bytes | None) -> list[list[list[str]]]:
    """The sheets of the workbook ``data`` (each its rows), in the order of their file numbers; empty when it cannot be read."""
    if not data or len(data) > MAX_PACKAGE_BYTES:
        return []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()[:2000]
            strings = next((m for m in members if m.filename == "xl/sharedStrings.xml"), None)
            shared = []
            if strings is not None and strings.file_size <= MAX_MEMBER_BYTES:
                with archive.open(strings) as fh:
                    shared = _shared(fh.read(MAX_MEMBER_BYTES).decode("utf-8", "replace"))
            sheets = sorted((m for m in members if _SHEET.match(m.filename) and m.file_size <= MAX_MEMBER_BYTES),
                            key=lambda m: int(_SHEET.match(m.filename).group(1)))[:MAX_SHEETS]
            out = []
            for member in sheets:
                with archive.open(member) as fh:
                    out.append(_rows(fh.read(MAX_MEMBER_BYTES).decode("utf-8", "replace"), shared))
            return out
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return []


def sheet_people(data: bytes | None, is_people_list) -> tuple[list[str], int] | None:
    """(the header's columns, the rows under it) of the first sheet of the workbook ``data`` listing people: a row among its first
    :data:`HEADER_ROWS` that ``is_people_list`` (given a table's text, a header and its rows, one a line, ';' between cells) accepts."""
    for rows in workbook_tables(data):
        for k, header in enumerate(rows[:HEADER_ROWS]):
            body = rows[k:]
            text = "\n".join(";".join(c.replace(";", ",").replace("\n", " ") for c in row) for row in body)
            columns = is_people_list(text.encode("utf-8"))
            if columns:
                return columns, len(body) - 1
    return None
