"""The ``svg_map_use`` fact: how the project makes and shows its own SVG maps (issue 12, s43 fn43 = spelhate/cit).

A static site's map is a committed SVG of territories (``svg_maps``: map.svg, 65 EPCI paths made with mapshaper) that the site's own
script loads and drives (map.js: ``$.get('map.svg', …)``, its paths made clickable): the map is drawn by the project's own code, no
mapping library in between — ``driven``: the script's file and line naming the SVG's file in a string, one per map.

Its README tells how that map file was made ("Faire un export GeoJson en Lambert 93", then mapshaper): a step of the map's recipe
naming the legal reference system (Lambert-93, RGF93, EPSG:2154…) is the system the map's geometries were projected in —
``readme_crs``: the README's line naming it beside the making of a geographic file (an export, GeoJSON, a shapefile, SVG, mapshaper,
QGIS, ogr2ogr) within :data:`NEAR` lines. Read only for a project holding an SVG map: a README naming Lambert-93 with no map of the
project's is judged as before."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.files import readme_path
from auditor.facts.inventory import inventory_of
from auditor.facts.legal_crs import FRANCE
from auditor.lazyre import lazy_compile

SCRIPT_EXT = {"js", "mjs", "ts", "jsx", "tsx", "vue", "svelte", "html", "htm", "php"}
MAX_SCRIPTS = 300  # script files read, in path order
SCRIPT_LIMIT = 512 * 1024
README_LIMIT = 256 * 1024
NEAR = 3  # lines around a Lambert-93 mention where the map's making is told
_LEGAL = lazy_compile(r"\blambert[- ]?93\b|\bRGF[- ]?93\b|\bEPSG\s*:?\s*(?:" + FRANCE + r")\b|\bCC\s?(?:4[2-9]|50)\b", re.I)
_MAKING = lazy_compile(r"\bexport|geo-?json|shape-?file|\.shp\b|\bsvg\b|mapshaper|\bqgis\b|ogr2ogr|\bgdal\b|\bprojet", re.I)


def _driver(snap, scripts: list[str], svg: str) -> list | None:
    """The first own script naming the SVG's file in a string ('map.svg', "./img/map.svg"): [script, line, svg]."""
    name = svg.rsplit("/", 1)[-1]
    rx = re.compile(r"""["'`/]""" + re.escape(name) + r"""["'`?#]""")
    for p in scripts:
        text = snap.read_text(p, limit=SCRIPT_LIMIT) or ""
        m = rx.search(text)
        if m:
            return [p, text.count("\n", 0, m.start()) + 1, svg]
    return None


def _readme_crs(snap) -> list | None:
    """The README's line naming the legal system beside the making of a geographic file: [readme, line, text]."""
    path = readme_path(snap)
    if not path:
        return None
    lines = (snap.read_text(path, limit=README_LIMIT) or "").splitlines()
    for i, line in enumerate(lines):
        m = _LEGAL.search(line)
        if m and any(_MAKING.search(x) for x in lines[max(0, i - NEAR): i + NEAR + 1]):
            return [path, i + 1, m.group(0)]
    return None


@fact("svg_map_use", version=1, public=False)
def svg_map_use(ctx) -> dict:
    maps = ctx.fact("svg_maps") or []
    if not maps:
        return {"driven": [], "readme_crs": None}
    snap = ctx.snapshot
    inv = inventory_of(ctx)
    scripts = sorted(p for p, e in snap.files.items() if e.ext.lower() in SCRIPT_EXT and e.kind == "file"
                     and inv.category(p) not in ("vendored", "build", "generated", "test", "example", "doc"))[:MAX_SCRIPTS]
    driven = [d for d in (_driver(snap, scripts, svg) for svg in maps[:3]) if d]
    return {"driven": driven, "readme_crs": _readme_crs(snap)}
