"""``csv_geo`` (not public): the project's own CSV tables that carry geometries or positions in their columns, and that its code
reads by name — geographic data the service loads, serves or exchanges, though in no geographic file format (issue 12, s36 t36 =
mombouli1998/opendatametropole: an open-data portal loads amenagements-cyclables.csv, an Opendatasoft export whose geo_shape column
holds GeoJSON LineStrings, and waze-alerts.csv, whose geom column holds "lat, lon", and serves them as CSV, XML and JSON;
interoperability.geo said it published and exchanged no geographic data).

A geographic column is known by its header and by its first rows' values, read as data (nothing is run):

- a geometry: Opendatasoft's ``geo_shape`` ("Geo Shape"), ``geom``, ``the_geom``, ``geometry``/``géométrie``, ``wkt``, ``geojson``,
  holding GeoJSON (``{"coordinates": …, "type": "LineString"}``) or WKT (``POINT (…)``, ``MULTIPOLYGON (…)``);
- a point: Opendatasoft's ``geo_point_2d`` ("Geo Point"), ``geo_point``, ``coordonnees``/``coordinates``, holding "lat, lon";
- a pair of columns: ``lat``/``latitude`` with ``lon``/``lng``/``long``/``longitude``, ``x``/``y`` in Lambert-93 or WGS84
  (``x_l93``/``y_l93``, ``x_wgs84``/``y_wgs84``), holding numbers.

Read by the project: the file's name appears in the text of one of its own source or configuration files (a controller's
``"scripts/amenagements-cyclables.csv"``, a loading script, an SQL ``LOAD DATA``). Tests, examples and copies are left out.
Bounded: at most :data:`MAX_TABLES` tables (path order), :data:`HEAD_BYTES` of each; at most :data:`MAX_READERS` files of
:data:`READER_BYTES` searched for their names.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_TABLES = 40
HEAD_BYTES = 64 * 1024
MAX_ROWS = 3
MAX_READERS = 400
READER_BYTES = 256 * 1024

_GEOMETRY = {"geo_shape", "geoshape", "geom", "the_geom", "geometry", "geometrie", "wkt", "geom_wkt", "geojson", "geo_json", "shape_wkt"}
_POINT = {"geo_point_2d", "geo_point", "geopoint", "coordonnees", "coordinates", "coordonnees_gps", "gps"}
_PAIRS = ((("lat", "latitude"), ("lon", "lng", "long", "longitude")), (("y_l93",), ("x_l93",)), (("y_wgs84",), ("x_wgs84",)))
_GEOJSON_VALUE = lazy_compile(r'^\s*\{\s*"(?:coordinates|type|geometry)"\s*:', re.I)
_WKT_VALUE = lazy_compile(r"^\s*(?:SRID=\d+;\s*)?(?:MULTI)?(?:POINT|LINESTRING|POLYGON)\s*Z?M?\s*\(", re.I)
_POINT_VALUE = lazy_compile(r"^\s*\[?\s*-?\d{1,3}\.\d+\s*[,;]\s*-?\d{1,3}\.\d+\s*\]?\s*$")
_NUMBER = lazy_compile(r"^\s*-?\d+(?:[.,]\d+)?\s*$")
_EXAMPLE_DIRS = {"examples", "example", "exemples", "exemple", "samples", "sample", "fixtures", "demo", "demos"}
_READER_CATEGORIES = ("source", "configuration", "manifest", "other")


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.strip().strip('"\'').lstrip("\ufeff")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[\s-]+", "_", text)


def _rows(text: str) -> list[list[str]]:
    """The header and the first rows of a CSV head, with the delimiter its header line uses most (``;``, ``,``, tab, ``|``)."""
    first = text.split("\n", 1)[0]
    delim = max((";", ",", "\t", "|"), key=first.count)
    if not first.count(delim):
        return []
    complete = text if len(text) < HEAD_BYTES else text[: text.rfind("\n") + 1] or text
    rows = []
    try:
        for row in csv.reader(io.StringIO(complete), delimiter=delim):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                break
    except csv.Error:
        return rows
    return rows


def geo_columns(text: str) -> list[str]:
    """The geographic columns of a CSV head (see the module's docstring), each ``"name (what)"``, or []."""
    rows = _rows(text)
    if len(rows) < 2:
        return []
    header = [_norm(c) for c in rows[0]]
    values = [[r[i] if i < len(r) else "" for r in rows[1:]] for i in range(len(header))]
    out = []
    for i, col in enumerate(header):
        vals = [v for v in values[i] if v.strip()]
        if not vals:
            continue
        if col in _GEOMETRY and all(_GEOJSON_VALUE.match(v) or _WKT_VALUE.match(v) for v in vals):
            what = "GeoJSON" if _GEOJSON_VALUE.match(vals[0]) else "WKT"
            out.append(f"{rows[0][i].strip().lstrip(chr(0xfeff))} ({what})")
        elif col in _POINT | _GEOMETRY and all(_POINT_VALUE.match(v) for v in vals):  # (a geom column of "47.348154, 5.073244")
            out.append(f"{rows[0][i].strip().lstrip(chr(0xfeff))} (lat, lon)")
    for ys, xs in _PAIRS:
        y = next((i for i, c in enumerate(header) if c in ys), None)
        x = next((i for i, c in enumerate(header) if c in xs), None)
        if y is not None and x is not None and all(_NUMBER.match(v) for v in [v for v in values[y] + values[x] if v.strip()] or ["x"]):
            out.append(f"{rows[0][y].strip()}, {rows[0][x].strip()}")
    return out


@fact("csv_geo", version=1, public=False)
def csv_geo(ctx) -> list[dict]:
    """``[{"path", "columns", "read_by"}]``: the project's CSV tables with geographic columns that its code names (see above)."""
    from auditor.facts.inventory import inventory_of

    snap = ctx.snapshot
    inv = inventory_of(ctx)
    found = []
    for path in project_tables(inv, MAX_TABLES):
        columns = geo_columns(snap.read_head(path, HEAD_BYTES) or "")
        if columns:
            found.append({"path": path, "columns": columns[:5]})
    read_by = readers_of(snap, inv, [f["path"] for f in found])
    return [{**f, "read_by": read_by[f["path"]]} for f in found if f["path"] in read_by]


def project_tables(inv, limit: int) -> list[str]:
    """The project's own CSV/TSV tables (none of a test, a vendored copy or an example folder), the first ``limit`` in path order."""
    from auditor.facts.inventory import is_test, is_vendored

    return sorted(i.path for i in inv.items if i.category == "data" and i.path.rsplit(".", 1)[-1].lower() in ("csv", "tsv")
                  and not is_test(i.path) and not is_vendored(i.path)
                  and not {s.lower() for s in i.path.split("/")[:-1]} & _EXAMPLE_DIRS)[:limit]


def readers_of(snap, inv, tables: list[str], find=str.find) -> dict[str, dict]:
    """``{table: {"path", "line"}}``: for each table, the first of the project's code files (in path order, the first
    :data:`MAX_READERS`, :data:`READER_BYTES` of each) in which ``find(text, file name)`` gives a position (-1: not named)."""
    from auditor.facts.inventory import is_test, is_vendored

    if not tables:
        return {}
    pending = {t: t.rsplit("/", 1)[-1] for t in tables}
    readers = sorted(i.path for i in inv.items if i.category in _READER_CATEGORIES and i.path not in pending
                     and i.path.rsplit(".", 1)[-1].lower() not in ("csv", "tsv") and not is_test(i.path) and not is_vendored(i.path))[:MAX_READERS]
    out = {}
    for path in readers:
        if not pending:
            break
        text = snap.read_text(path, limit=READER_BYTES) or ""
        for table, name in list(pending.items()):
            at = find(text, name)
            if at >= 0:
                out[table] = {"path": path, "line": text.count("\n", 0, at) + 1}
                del pending[table]
    return out
