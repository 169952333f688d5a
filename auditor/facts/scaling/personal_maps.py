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
