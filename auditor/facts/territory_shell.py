"""One territory's codes in the filters of a shell or awk script, read with the same care as SQL's (a code compared in a filter).

A data pipeline written in shell keeps one territory's part of a national file: the communes it keeps by their INSEE codes
(``rm -f !(sirene_38087.csv|sirene_38107.csv|…)``, ``cat sirene_38087.csv sirene_38107.csv … > epci.csv``, ``grep -E
'^(38087|38107)'``), the intercommunalities it keeps by their SIREN (``sirene_243800455.csv``), the départements an awk program
compares a column with (``if ($25 == "38" || $25 == "69")``). A second territory edits the script (``reusability.territory-neutral``)
and the codes are identifiers written in code (``interoperability.identifiers``).

Only what reads as a selection: INSEE codes two or more on one line (a list, an alternation, the files of several communes) or
compared with a variable named for a commune's code, three distinct or more in the file, all in one département or neighbouring
ones (codes spread across France are examples or a national table; numbers that merely look like codes — ports, sizes — rarely
make such a list); SIRENs of public bodies (nine digits opening with 2, their Luhn key right) two or more in the file or named
siren/epci on their line; a département's code compared with an awk field or a variable, twice on the line with codes of one
territory, or with a variable named for a département. Never on a comment line nor in a message (echo, printf).
Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_codes import one_territory
from auditor.facts.territory_values import _line_of, _luhn, in_code
from auditor.lazyre import lazy_compile

SHELL_EXT = frozenset({"sh", "bash", "ksh", "zsh", "awk"})
_CLASSES = ("code", "config", "other")
_DIGITS = tuple("0123456789")

# a commune's INSEE code as a token of a file name, a list or a pattern (sirene_38087.csv, 38087|38107): not inside a longer
# number or word, not a port or a time (:15432, 15432:5432)
_INSEE = r"""(?<![0-9A-Za-z$:.])((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3})(?![0-9A-Za-z]|:\d)"""
_INSEE_RE = lazy_compile(_INSEE)
_SIREN = r"""(?<![0-9A-Za-z$:.])(2\d{8})(?![0-9A-Za-z]|:\d)"""
_SIREN_RE = lazy_compile(_SIREN)
# a comparison with a variable named for a commune's code ([ "$insee" = "38087" ], $code_commune == "38087")
_INSEE_NAMED = lazy_compile(r"""(?:insee|depcom|codgeo|code_?geo|code_?com(?:mune)?|cog)\w*\}?['"]?[ \t]*(?:==?|!=|-eq)[ \t]*['"]?$""", re.I)
_SIREN_NAMED = lazy_compile(r"siren|siret|epci", re.I)
# a message or a comment, not a filter
_MESSAGE = lazy_compile(r"""^[ \t]*(?:#|echo\b|printf\b|print\b(?![ \t]*>)|logger\b|:[ \t])""")
# a département's code compared with an awk field or a variable ($25 == "38", $dep != '69'; in a shell script, '38' inside an
# awk program's single quotes closes and reopens them: awk reads 38)
_DEP_COMPARED = (r"""(\$\d{1,3}|\$\{?[A-Za-z_]\w{0,30}\}?|(?<![\w$])[A-Za-z_]\w{0,30})[ \t]*(?:==|!=|-eq|-ne)[ \t]*['"]{0,2}"""
                 r"""((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]))['"]{0,2}(?![\w.])""")
_DEP_COMPARED_RE = lazy_compile(_DEP_COMPARED)
_DEP_NAMED = lazy_compile(r"dep|dpt|d[ée]partement", re.I)
_SEEN: dict[int, tuple[frozenset, frozenset]] = {}


def _selected(text: str) -> tuple[frozenset, frozenset]:
    """(INSEE codes, SIRENs) this script selects (see the module's rules), computed once per file."""
    key = hash(text[:2000]) ^ len(text)
    if key in _SEEN:
        return _SEEN[key]
    if len(_SEEN) > 256:
        _SEEN.clear()
    insee: set[str] = set()
    sirens: set[str] = set()
    named_sirens: set[str] = set()
    for line in text[:200_000].splitlines()[:5000]:
        if _MESSAGE.match(line):
            continue
        codes = [m for m in _INSEE_RE.finditer(line)]
        if len({m.group(1) for m in codes}) >= 2:
            insee.update(m.group(1) for m in codes)
        else:
            insee.update(m.group(1) for m in codes if _INSEE_NAMED.search(line[: m.start()]))
        found = {m.group(1) for m in _SIREN_RE.finditer(line) if _luhn(m.group(1)) and not re.search(r"(\d)\1{5}|123456789", m.group(1))}
        sirens |= found
        if found and _SIREN_NAMED.search(line):
            named_sirens |= found
    deps = sorted({c[:2] for c in insee})
    keep_insee = frozenset(insee) if len(insee) >= 3 and (len(deps) == 1 or one_territory(deps)) else frozenset()
    keep_sirens = frozenset(sirens) if len(sirens) >= 2 else frozenset(named_sirens)
    _SEEN[key] = (keep_insee, keep_sirens)
    return _SEEN[key]


def _filter_line(m) -> bool:
    return in_code(m) and not _MESSAGE.match(_line_of(m))


signal("territory.shell-insee", _INSEE, _DIGITS, flags=0, exts=SHELL_EXT, classes=_CLASSES, group=1,
       accept=lambda m: _filter_line(m) and m.group(1) in _selected(m.string)[0])
signal("territory.shell-siren", _SIREN, ("2",), flags=0, exts=SHELL_EXT, classes=_CLASSES, group=1,
       accept=lambda m: _filter_line(m) and m.group(1) in _selected(m.string)[1])


def _departement_filter(m) -> bool:
    if not _filter_line(m):
        return False
    if _DEP_NAMED.search(m.group(1)):
        return True
    same = sorted({x.group(2) for x in _DEP_COMPARED_RE.finditer(_line_of(m)) if x.group(1) == m.group(1)})
    return len(same) >= 2 and one_territory(same)


signal("territory.shell-filter", _DEP_COMPARED, ("==", "!=", "-eq", "-ne"), flags=0, exts=SHELL_EXT, classes=_CLASSES, group=2,
       accept=_departement_filter)


# One territory's code in the SQL where clause a GDAL/OGR command of the script is given: ogr2ogr's -where, gdalwarp's -cwhere,
# ogr2ogr's -clipsrcwhere/-clipdstwhere or -sql ("code_insee='14'", "INSEE_DEP IN ('22', '29')", "insee_com LIKE '35%'"): the script
# downloads or cuts one département's or commune's data, read as SQL's territory.sql-filter reads a .sql file (issue 12, s45 ff45 =
# reader rb45's Tristan14123/cpgeom_doc: script2.sh's `-where "code_insee='14'"` and `-cwhere "code_insee='14'"`, Calvados)
_OGR_FIELD = (r"""(?<![\w.])[\w.]*(?:insee|depcom|codgeo|code_?geo|code_?com(?:mune)?|code_?dep(?:artement)?|insee_?dep|dep(?:artement)?_?code|num_?dep|"""
              r"""code_?reg(?:ion)?|insee_?reg|reg(?:ion)?_?code|num_?reg(?:ion)?)[\w"]*""")
_OGR_WHERE = (_OGR_FIELD + r"""[ \t]*(?:=[ \t]*\\?'((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?:\d{3})?)\\?'"""
              r"""|in[ \t]*\([ \t]*\\?'((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?:\d{3})?)\\?'"""
              r"""|i?like[ \t]*\\?'((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]))%\\?')""")
_OGR_OPTION = lazy_compile(r"(?:^|[ \t])-(?:c|clipsrc|clipdst)?where[ \t]|(?:^|[ \t])-sql[ \t]", re.I)


def _ogr_where(m) -> bool:
    """The match follows a GDAL/OGR where or sql option on its line, in code (no comment, no message)."""
    line = _line_of(m)
    start = m.string.rfind("\n", 0, m.start()) + 1
    return _filter_line(m) and bool(_OGR_OPTION.search(m.string[start:m.start()])) and bool(line)


signal("territory.shell-ogr-filter", _OGR_WHERE, ("insee", "dep", "reg", "com", "geo"), flags=re.I, exts=SHELL_EXT | {"bat", "cmd", "ps1"},
       classes=_CLASSES, group=0, accept=_ogr_where)
