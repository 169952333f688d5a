"""Record fields the ``personal_data`` fact reads in code that lists them by hand, with no ORM nor schema library: a spreadsheet's
column map (``COLS = {DATE_NAISSANCE: 3, …}``), a mapping of field names (``FIELD_MAP = {"email": …}``) and a request's parameters
listed with their types (``required_parameters = [("user_email_address", [str]), …]``). Their patterns are also the text signals'
(:mod:`auditor.facts.scaling.signals`), through :mod:`auditor.facts.scaling.personal_models`."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


# A spreadsheet's column map in code: an object named as columns or indexes (COLS, COLS_EXAMENS, sheetCols, HEADER_IDX)
# whose keys each get a column's index or letter (``DATE_NAISSANCE: 3,  // D``, ``email: 'F'``): the model of the sheet a script
# (Google Apps Script, a pandas or openpyxl job) keeps its records in; each key is a field (issue 12, s32 j32). Not an HTTP request's
# headers ({Authorization: …}) nor a table component's columns prop: no index or letter given to their keys.
COLUMN_MAP = (r"""(?<![\w$.])((?:[A-Za-z$][\w$]{0,40}?(?:_|(?<=[a-z])(?=[A-Z])))?(?:COL(?:S|UMNS?|ONNES?)?|[Cc]ol(?:s|umns?|onnes?)?|"""
              r"""IDX|[Ii]dx)(?:_[\w$]{1,40})?)["']?[^\S\n]{0,3}(?::|=)[^\S\n]{0,3}(?:\{|dict\()""")
_COLUMN_MAP = lazy_compile(COLUMN_MAP)
# one entry: a key given a small index or a column's letter, then maybe "," and a comment
_COLUMN_ENTRY = lazy_compile(r"""^[^\S\n]*["']?([A-Za-z_$][\w$]{0,60})["']?[^\S\n]{0,40}(?::|=)[^\S\n]{0,40}(?:\d{1,3}|["'][A-Z]{1,2}["'])[^\S\n]{0,40}[,}]?"""
                             r"""[^\S\n]{0,40}(?:(?://|#)[^\n]*)?$""")
MIN_COLUMNS = 3


def column_map_fields(text: str) -> list[tuple[str, str, int]]:
    """``(map, key, line)`` of the keys of each column map in ``text`` (:data:`COLUMN_MAP`), one entry a line, read until the
    map's closing brace; a map of fewer than :data:`MIN_COLUMNS` entries is none."""
    out: list[tuple[str, str, int]] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _COLUMN_MAP.search(line) if len(line) <= 400 else None
        if not m or "}" in line[m.end():]:
            continue
        entries = []
        for j in range(i + 1, min(len(lines), i + 200)):
            e = _COLUMN_ENTRY.match(lines[j])
            if e:
                entries.append((m.group(1), e.group(1), j + 1))
            elif lines[j].strip().startswith("}") or (lines[j].strip() and not lines[j].lstrip().startswith(("//", "#", "/*", "*"))):
                break
        if len(entries) >= MIN_COLUMNS:
            out += entries
    return out[:400]


# A field mapping in code: a dict named as a mapping or as fields (``mapping = {``, ``self.FIELD_MAP = dict(``, ``fieldsMapping: {``)
# whose entries, one a line, each map a column's name to another's (``"observers": "observateurs",``): a program moving records from
# one service to another (a GeoNature module importing another's API into its Synthese), its keys and values the columns of the
# records moved (issue 12, s35 v35). Not a map of codes ({"P": "present"}, {"1": "faible"}), of roles ({"admin": "administrateur"}),
# of nomenclature types ({"id_nomenclature_x": "METH_OBS"}) nor of settings ({"titre": "Mes observations"}): every entry a lower-case
# identifier given a lower-case identifier, and at least half of them with a column's underscore.
FIELD_MAP = (r"""(?<![\w$])((?:[A-Za-z$][\w$]{0,40}?(?:_|(?<=[a-z])(?=[A-Z])))?(?:MAPPINGS?|[Mm]appings?|MAP|[Mm]ap|FIELDS|[Ff]ields)"""
             r"""(?:_[\w$]{1,40})?)["']?[^\S\n]{0,3}(?::[^\S\n]{0,3}[\w.\[\], |]{1,60}?[^\S\n]{0,3}=|:|=)[^\S\n]{0,3}(?:\{|dict\()[^\S\n]*(?:#[^\n]*)?$""")
_FIELD_MAP = lazy_compile(FIELD_MAP)
# one entry: a lower-case identifier (quoted, or a JavaScript key or a dict() keyword) given a quoted lower-case identifier
_FIELD_ENTRY = lazy_compile(r"""^[^\S\n]*(?:"([a-z_][a-z0-9_]{0,60})"|'([a-z_][a-z0-9_]{0,60})'|([a-z_][a-z0-9_]{0,60}))[^\S\n]{0,40}(?::|=)[^\S\n]{0,40}"""
                            r"""["']([a-z_][a-z0-9_]{0,60})["'][^\S\n]{0,40},?[^\S\n]{0,40}(?:(?://|#)[^\n]*)?$""")
_FIELD_MAP_END = lazy_compile(r"^[^\S\n]*[})]")
MIN_MAPPED = 5


def _entries_until_close(lines: list[str], i: int, span: int, entry, end, comments: tuple[str, ...]) -> tuple[list, bool]:
    """The entries ``entry`` matches one a line after line ``i`` (at most ``span`` lines; blank lines, comment lines and lines
    over 400 characters passed over or ending the run), until a line that is no entry: ``([(match, line number)], whether that
    line closes the literal (``end``))``. Shared by the field mappings and the parameter lists."""
    found: list = []
    for j in range(i + 1, min(len(lines), i + span)):
        stripped = lines[j].strip()
        if not stripped or stripped.startswith(comments):
            continue
        e = entry.match(lines[j]) if len(lines[j]) <= 400 else None
        if not e:
            return found, bool(end.match(lines[j]))
        found.append((e, j + 1))
    return found, False


def field_map_fields(text: str) -> list[tuple[str, str, int]]:
    """``(map, field, line)`` of the keys and values of each field mapping in ``text`` (:data:`FIELD_MAP`), read one entry a line
    until its closing brace: one line that is no entry (a nested dict, a code, a sentence) and the dict is no field mapping, nor
    is one of fewer than :data:`MIN_MAPPED` entries or whose entries are mostly bare words (fewer than half with an underscore)."""
    out: list[tuple[str, str, int]] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _FIELD_MAP.search(line) if len(line) <= 400 else None
        if not m:
            continue
        found, closed = _entries_until_close(lines, i, 400, _FIELD_ENTRY, _FIELD_MAP_END, ("#", "//"))
        entries = [(e.group(1) or e.group(2) or e.group(3), e.group(4), ln) for e, ln in found]
        if not closed or len(entries) < MIN_MAPPED or 2 * sum("_" in k.strip("_") or "_" in v.strip("_") for k, v, _ in entries) < len(entries):
            continue
        name = m.group(1).rsplit(".", 1)[-1]
        for k, v, ln in entries:
            out.append((name, k, ln))
            if v != k:
                out.append((name, v, ln))
    return out[:400]


# A list of a request's parameters with their accepted types, one a line (idgo-extractor's Flask route: required_parameters = [
# ("user_id", [str]), ("user_email_address", [str]), ], optional_parameters = [("user_name", [str]), ("user_first_name", [str]),
# ("user_address", [str]), …]): the fields of the records a service takes in and checks by hand, no ORM nor schema library (issue 12,
# s35 ab35). A list named for parameters, arguments or fields; every entry a tuple of a lower-case identifier and its type(s).
PARAMETER_LIST = (r"""^[^\S\n]*((?:[A-Za-z_]\w{0,40}_)?(?:PARAMETERS|[Pp]arameters|PARAMS|[Pp]arams|ARGUMENTS|[Aa]rguments|FIELDS|[Ff]ields))"""
                  r"""[^\S\n]{0,3}(?::[^\S\n]{0,3}[\w.\[\], |]{1,60}?[^\S\n]{0,3})?=[^\S\n]{0,3}[\[(][^\S\n]*(?:#[^\n]*)?$""")
_PARAMETER_LIST = lazy_compile(PARAMETER_LIST, re.M)
_PARAMETER_ENTRY = lazy_compile(r"""^[^\S\n]*\([^\S\n]*["']([a-z_][a-z0-9_]{0,60})["'][^\S\n]*,[^\S\n]*(?:\[[^\]\n]{1,80}\]|\([^)\n]{1,80}\)|[\w.]{1,60})"""
                                r"""[^\S\n]*(?:,[^\n]{0,80})?\)[^\S\n]*,?[^\S\n]*(?:#[^\n]*)?$""")
_PARAMETER_END = lazy_compile(r"^[^\S\n]*[\])]")
MIN_PARAMETERS = 2


def parameter_list_fields(text: str) -> list[tuple[str, str, int]]:
    """``(list, parameter, line)`` of the entries of each parameter list in ``text`` (:data:`PARAMETER_LIST`), read one entry a line
    until its closing bracket: a line that is no entry and the list is none, nor is one of fewer than :data:`MIN_PARAMETERS` entries."""
    out: list[tuple[str, str, int]] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _PARAMETER_LIST.match(line) if len(line) <= 400 else None
        if not m:
            continue
        found, closed = _entries_until_close(lines, i, 200, _PARAMETER_ENTRY, _PARAMETER_END, ("#",))
        entries = [(e.group(1), ln) for e, ln in found]
        if closed and len(entries) >= MIN_PARAMETERS:
            out += [(m.group(1), k, ln) for k, ln in entries]
    return out[:400]


# Code calling a spreadsheet's API, where the spreadsheet is the store (issue 12, s36 n36 = DSI-Maurepas/2026: a town's election app
# keeping its data in a Google Sheet): the Sheets REST API (https://sheets.googleapis.com/v4/spreadsheets, gapi.client.sheets,
# spreadsheets.values.append), Apps Script's SpreadsheetApp, Python's gspread, Node's google-spreadsheet. Its rows' fields are read
# by :func:`sheet_row_fields`.
SHEET_API = (r"""(sheets\.googleapis\.com|\bgapi\.client\.sheets\b|\bspreadsheets\.values\b|\bSpreadsheetApp\b|"""
             r"""^[^\S\n]*(?:import|from)[^\S\n]+gspread\b|\bGoogleSpreadsheet\b)""")
# a row read into named keys, one entry a line (or a call's keyword, nom=row[2],): the key given a cell by its index (nom: row[2], 'email': r[5],
# or a row of the values' table by the loop's index, nom: String(data[i][0]), as Apps Script's getValues() gives them; s38 fo38) or through a helper
# reading a column by its header then its index (nom: _str(row, 'Nom', 1, ''))
_READ_ENTRY = lazy_compile(r"""^[^\S\n]*["']?([A-Za-z_$][\w$]{0,60})["']?[^\S\n]*(?::|=(?=[^\n]*,[^\S\n]*$))[^\S\n]*(?=[^\n]*(?:\b[A-Za-z_$][\w$]*(?:[^\S\n]*\[[^\S\n]*[A-Za-z_$][\w$]{0,20}[^\S\n]*\])?[^\S\n]*\[[^\S\n]*\d{1,3}[^\S\n]*\]|"""
                           r"""\([^\S\n]*[A-Za-z_$][\w$]*[^\S\n]*,[^\S\n]*["'][^"'\n]{1,60}["'][^\S\n]*,[^\S\n]*\d{1,3}\b))[^\n]*$""")
# the sheet a branch reads (case 'Candidats':, if (sheetName === 'AuditLog')), the nearest in the lines just above the entries
_SHEET_CASE = lazy_compile(r"""^[^\S\n]*(?:case[^\S\n]+["'`]([^"'`\n]{1,60})["'`][^\S\n]*:|(?:}[^\S\n]*else[^\S\n]+)?if[^\S\n]*\([^)\n]*?(?i:sheet|onglet|feuille|tab)\w*[^\S\n]*===?[^\S\n]*["'`]([^"'`\n]{1,60})["'`])""")
SHEET_CASE_SPAN = 30  # lines
# a literal row written: an append or update call given the sheet then rows ([[a, b, userEmail]]) or one row (appendRow([…]),
# append_row([…])), or the values of a request's body (values: [[…]])
_WRITE_CALL = lazy_compile(r"""\b[\w$]*(?:append|update|write|insert|add|set)[\w$]*[^\S\n]*\([^\S\n]*(?:([\w$.'"`\[\]]{1,80}?)[^\S\n]*,[^\S\n]*)?(?=\[)"""
                           r"""|\bvalues[^\S\n]*:[^\S\n]*(?=\[[^\S\n\]]*\[)""", re.I)
_CELL_NAME = lazy_compile(r"""(?:await[^\S\n]+)?([A-Za-z_$][\w$]*(?:[^\S\n]*\??\.[^\S\n]*[A-Za-z_$][\w$]*)*)[^\S\n]*(?![\w$(]|\?\.\(|\.)""")
_NOT_NAMES = {"new", "null", "undefined", "true", "false", "none", "this", "await", "typeof", "void"}
MIN_SHEET_FIELDS = 2


def _row_literal(text: str, start: int) -> tuple[int, int] | None:
    """The span of the innermost first row of the bracket literal at ``start`` (``[[a, b]]``: ``a, b``; ``[a, b]``: ``a, b``), its
    strings and nested brackets passed over; None past 2,000 characters or unclosed."""
    i = start
    while i < len(text) and text[i] == "[":
        i += 1
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
    if i == start:
        return None
    depth, quote, j = 0, "", i
    while j < min(len(text), i + 2000):
        c = text[j]
        if quote:
            if c == "\\":
                j += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return (i, j) if c == "]" else None
            depth -= 1
        j += 1
    return None


def _cells(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """(name, offset) of the cells of a row written between ``a`` and ``b`` that are a variable or a member (``userEmail``,
    ``action || ''``, ``user.email``: the last name); literals and calls name none."""
    out, depth, quote, start = [], 0, "", a
    for j in range(a, b + 1):
        c = text[j] if j < b else ","
        if quote:
            if c == "\\":
                continue
            if c == quote:
                quote = ""
            continue
        if c in "'\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            cell = text[start:j]
            lead = len(cell) - len(cell.lstrip())
            m = _CELL_NAME.match(cell, lead)
            if m:
                name = re.split(r"\??\.", m.group(1).replace(" ", ""))[-1]
                if name.lower() not in _NOT_NAMES:
                    out.append((name, start + lead))
            start = j + 1
    return out


# a header row written as string literals, each a column's name (``s.appendRow(["Date", "Nom", "Verificateur", "Details_JSON"])``
# when a Google Apps Script creates its sheet): the sheet's columns, read as a row of variables is (issue 12, s45 fa45 =
# dubreybrice-png/sdis66-checklist-materiel-vendee's Historique sheet: the verifier's name on each row)
_HEADER_CELL = lazy_compile(r"""^[^\S\n]*(["'])([A-Za-zÀ-ÿ][\wÀ-ÿ' -]{0,40})\1[^\S\n]*$""")


def _header_cells(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """(name, offset) of the cells of a row that are all string literals naming columns, or [] (a row of values: a number, a call)."""
    out, at = [], a
    for cell in text[a:b].split(","):  # (a name with a comma in it is no column's name: the row is not a header)
        m = _HEADER_CELL.match(cell)
        if not m:
            return []
        out.append((m.group(2).strip(), at + m.start(2)))
        at += len(cell) + 1
    return out


# the sheet a variable holds, from its assignment before the write: ``const s = ss.insertSheet(SHEET_NAMES.HISTORY)``,
# ``histSheet = ss.getSheetByName("Historique")`` (its last name, or the string constant: looked up in the sheet names)
_SHEET_VAR = r"""\b{var}[^\S\n]*=[^\S\n]*[\w$.]{{0,80}}\.(?:insertSheet|getSheetByName|getSheet|worksheet)[^\S\n]*\([^\S\n]*([\w$.'"`\[\]]{{1,80}}?)[^\S\n]*[,)]"""
_RECEIVER = lazy_compile(r"""([A-Za-z_$][\w$]{0,60})[^\S\n]*\.[^\S\n]*$""")
RECEIVER_SPAN = 6000  # (the characters read back for the variable's assignment)


def _receiver_sheet(text: str, at: int) -> str:
    """The sheet's name (or the constant naming it) that the variable a write is called on holds, or ""."""
    m = _RECEIVER.search(text, max(0, at - 80), at)
    if not m:
        return ""
    found = list(re.finditer(_SHEET_VAR.format(var=re.escape(m.group(1))), text[max(0, at - RECEIVER_SPAN): at]))
    return re.split(r"[.\[\]'\"`]+", found[-1].group(1).strip(".[]'\"`"))[-1] if found else ""


# a sheet's name given to a constant, one entry a line of an object or a module (AUDIT_LOG: 'AuditLog', const AUDIT_LOG = 'AuditLog')
_SHEET_NAME = lazy_compile(r"""^[^\S\n]*(?:(?:export[^\S\n]+)?(?:const|let|var)[^\S\n]+)?([A-Z][A-Z0-9_]{1,60})[^\S\n]*(?::|=)[^\S\n]*["'`]([^"'`\n]{1,60})["'`]""", re.M)


def sheet_names(text: str) -> dict[str, str]:
    """The string a constant in capitals names (``AUDIT_LOG: 'AuditLog'`` in a SHEET_NAMES object): the sheet a call names by it."""
    return {m.group(1): m.group(2) for m in _SHEET_NAME.finditer(text)}


def sheet_row_fields(text: str, names: dict[str, str] | None = None) -> list[tuple[str, str, int]]:
    """``(sheet, field, line)`` of the rows code reads from and writes to a spreadsheet (call it only on code calling a spreadsheet
    API, :data:`SHEET_API`): the keys of a row read into named fields, two or more entries one a line (``nom: row[2]``), the sheet
    named by the nearest ``case 'Sheet':`` above them; and the variables of a literal row written, two or more (``appendRows(
    SHEET_NAMES.AUDIT_LOG, [[ts, action, userEmail]])``), the sheet named by the call's first argument (its last name: AUDIT_LOG, or
    the string ``names`` gives that constant: AuditLog, the sheet the reading branch names too)."""
    names = names or {}
    out: list[tuple[str, str, int]] = []
    lines = text.splitlines()
    sheet, at, run = "", 0, []
    for n, line in enumerate(lines + [""], 1):
        case = _SHEET_CASE.match(line) if len(line) <= 400 else None
        if case:
            sheet, at = case.group(1) or case.group(2), n
        e = _READ_ENTRY.match(line) if len(line) <= 400 and not case else None
        if e:
            run.append((run[0][0] if run else sheet if n - at <= SHEET_CASE_SPAN else "", e.group(1), n))
            continue
        if line.strip() and not line.lstrip().startswith(("//", "#", "/*", "*")):
            if len(run) >= MIN_SHEET_FIELDS:
                out += run
            run = []
    for m in _WRITE_CALL.finditer(text):
        span = _row_literal(text, m.end())
        if not span:
            continue
        cells = _cells(text, *span)
        header = not cells  # (or a header row of column names written to a sheet named: ["Date", "Nom", "Verificateur"])
        cells = cells or _header_cells(text, *span)
        if len(cells) < MIN_SHEET_FIELDS:
            continue
        target = re.split(r"[.\[\]'\"`]+", (m.group(1) or "").strip(".[]'\"`"))[-1] if m.group(1) else _receiver_sheet(text, m.start())
        if header and not target:
            continue  # (a list of strings given to no sheet known: values, no header)
        target = names.get(target, target)
        out += [(target, name, text.count("\n", 0, at) + 1) for name, at in cells]
        if len(out) >= 400:
            break
    return out[:400]
