"""``lambert_values``: the committed coordinates of a table whose columns are named Lambert without the system's number
(``coord_Lambert_X``, ``coord_Lambert_Y``), read to tell which Lambert they are (issue 12, s43 fc43 = Fyelne/Projet-PNR: a MySQL dump's
``CREATE TABLE lieu (coord_Lambert_X decimal(18,8), coord_Lambert_Y decimal(18,8))`` and its ``INSERT INTO lieu VALUES
(246868.29, 6742521.64), …`` in the Golfe du Morbihan; the repository never writes "93").

Over metropolitan France, Lambert-93 (RGF93, EPSG:2154, the legal system of décret 2006-272) gives X from 100,000 to 1,250,000 m
and Y from 6,000,000 to 7,150,000 m. The former Lambert zones (I–IV, II étendu) give Y under 2,700,000 m and UTM northings stay
under 5,700,000 m there; the RGF93 conic zones (CC42–CC50), legal too, share that window only for their own band. So a table
of Lambert-named X/Y columns whose values, nearly all of them, fall in that window holds positions in the legal system.

Read as text, nothing run: the ``.sql`` files (a schema, a dump) in path order, at most :data:`MAX_FILES` of :data:`READ_BYTES`
each; a table's X and Y columns found in its ``CREATE TABLE``, their values in the rows of its ``INSERT INTO … VALUES`` (the
column list of the INSERT when it has one, else the table's order), at most :data:`MAX_ROWS` rows a table.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import is_vendored
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

MAX_FILES, READ_BYTES, MAX_ROWS = 60, 1024 * 1024, 2000
X_RANGE, Y_RANGE = (100_000.0, 1_250_000.0), (6_000_000.0, 7_150_000.0)
MIN_ROWS, SHARE = 5, 0.8
_CREATE = lazy_compile(r"""\bcreate[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"\[]?(\w+)[`"\]]?[ \t]*\(""", re.I)
# a column named Lambert and X or Y, with no system number (the numbered ones, lambert93_x, are named already)
_AXIS = lazy_compile(r"""^(?:\w*[_ ])?lambert[_ ]?([xy])$|^([xy])[_ ]?lambert$""", re.I)
_COLUMN = lazy_compile(r"""(?:^|,)\s*[`"\[]?(\w+)[`"\]]?\s+\w""")
_INSERT = lazy_compile(r"""\binsert[ \t]+into[ \t]+(?:[`"]?\w+[`"]?\.)?[`"\[]?(\w+)[`"\]]?[ \t]*(\([^()]{0,2000}\))?[ \t]*values[ \t]*""", re.I)
_ROW = lazy_compile(r"""\(([^()]{0,4000})\)""")


def _body(text: str, start: int) -> str:
    depth = 1
    for i in range(start, min(len(text), start + 20000)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return text[start:i]
    return ""


def _axes(columns: list[str]) -> dict[str, int] | None:
    """{"x": index, "y": index} of the Lambert-named X and Y columns, else None."""
    found = {}
    for k, c in enumerate(columns):
        m = _AXIS.match(c)
        if m and "93" not in c:
            found.setdefault((m.group(1) or m.group(2)).lower(), k)
    return found if len(found) == 2 else None


def _number(v: str) -> float | None:
    try:
        return float(v.strip().strip("'\""))
    except ValueError:
        return None


def tables_in(text: str) -> list[dict]:
    """``[{"table", "line", "rows", "in_range"}]`` for the tables of one SQL text with Lambert-named X/Y columns and rows."""
    tables: dict[str, dict] = {}
    for m in _CREATE.finditer(text):
        cols = [c.group(1) for c in _COLUMN.finditer(_body(text, m.end()))]
        if (axes := _axes(cols)) is not None:
            tables[m.group(1).lower()] = {"table": m.group(1), "line": text.count("\n", 0, m.start()) + 1, "columns": cols, "axes": axes,
                                          "rows": 0, "in_range": 0}
    for m in _INSERT.finditer(text) if tables else ():
        t = tables.get(m.group(1).lower())
        if t is None or t["rows"] >= MAX_ROWS:
            continue
        axes = t["axes"]
        if m.group(2):
            listed = [c.strip().strip('`"[]') for c in m.group(2)[1:-1].split(",")]
            axes = _axes(listed) or {}
            if len(axes) != 2:
                continue
        end = text.find(";", m.end())
        for row in _ROW.finditer(text, m.end(), end if end >= 0 else min(len(text), m.end() + READ_BYTES)):
            values = row.group(1).split(",")
            if max(axes.values()) >= len(values):
                continue
            x, y = _number(values[axes["x"]]), _number(values[axes["y"]])
            if x is None or y is None or (x == 0 and y == 0):
                continue
            t["rows"] += 1
            t["in_range"] += X_RANGE[0] <= x <= X_RANGE[1] and Y_RANGE[0] <= y <= Y_RANGE[1]
            if t["rows"] >= MAX_ROWS:
                break
    return [{k: t[k] for k in ("table", "line", "rows", "in_range")} for t in tables.values() if t["rows"]]


def in_lambert93(found: list[dict]) -> list[dict]:
    """The tables whose rows, :data:`MIN_ROWS` at least and :data:`SHARE` of them, fall in Lambert-93's window."""
    return [t for t in found if t["in_range"] >= MIN_ROWS and t["in_range"] >= SHARE * t["rows"]]


@fact("lambert_values", version=1, public=False)
def lambert_values(ctx) -> list[dict]:
    """``[{"path", "table", "line", "rows", "in_range"}]`` in path order (see the module's docstring)."""
    paths = sorted(e.path for e in tree_of(ctx) if e.kind == "file" and e.ext.lower() == "sql" and not is_vendored(e.path))[:MAX_FILES]
    out = []
    for path in paths:
        text = ctx.snapshot.read_text(path, limit=READ_BYTES) or ""
        if "lambert" in text.lower():
            out += [{"path": path, **t} for t in tables_in(text)]
    return out
