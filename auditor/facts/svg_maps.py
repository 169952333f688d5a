"""The ``svg_maps`` fact: the project's SVG files that are maps, told by the projection they record (issue 12, s39 fe39 =
jplusplus/idf-pnr). Kartograph writes, in every map it renders, ``<metadata><views><view …><proj id="mercator" lon0="0"/><bbox …/>``:
the projection and the extent of the geographic layers drawn as paths (app/images/france.svg, the regions of France). Such a file is a
geographic map in an open format, like a GeoJSON file; an icon or a drawing records no projection.

So is an SVG whose shapes are territories named by their official codes (issue 12, s43 fc43 = spelhate/cit: map.svg, made with
mapshaper from a GeoJSON of Brittany's EPCI, 65 ``<path id="242900314|Brest Métropole" …>`` the page injects and makes clickable):
at least :data:`MIN_CODED` paths, and half of its paths, whose id holds a code standing alone — a SIREN (9 digits), an INSEE commune
code (5 digits, 2A/2B and 3 for Corsica), a département's or region's number (2–3 digits) — between separators, never glued to letters
(Inkscape's ``path12``, ``rect4521`` are a drawing's)."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

# Kartograph's (and any renderer's doing the same) record of the map's projection, in the SVG's metadata
_PROJECTION = lazy_compile(r"<metadata\b[^>]{0,200}>\s*<views\b[^>]{0,200}>\s*<view\b[^>]{0,400}>\s*<proj\b[^>]{0,200}\bid\s*=\s*[\"'][A-Za-z][\w-]{0,40}[\"']")
MAX_SVG = 200  # SVG files read, in path order
HEAD = 4096  # where the metadata sits, before the paths
BODY = 2 * 1024 * 1024  # an SVG read whole up to this size for its paths' ids
MIN_CODED = 10
_ID = lazy_compile(r"""(?:^|\s)id\s*=\s*["']([^"']{1,200})["']""")
_PATH = lazy_compile(r"<path\b")
_CODE = lazy_compile(r"(?:^|[^A-Za-z0-9])(?:\d{9}|\d{5}|2[AB]\d{3}|\d{2,3})(?:$|[^A-Za-z0-9])")


def coded_territories(text: str) -> bool:
    """The SVG's paths are territories named by their codes (see the module's docstring)."""
    paths = coded = 0
    for m in _PATH.finditer(text):
        end = text.find(">", m.end())
        tag = text[m.end(): end if end >= 0 else len(text)]
        paths += 1
        ident = _ID.search(tag)  # (after its d="…", however long)
        coded += bool(ident and _CODE.search(ident.group(1)))
    return coded >= MIN_CODED and 2 * coded >= paths


@fact("svg_maps", version=2, public=False)
def svg_maps(ctx) -> list[str]:
    """The paths of the project's own SVG maps (not a copied library's, nor a build's), at most :data:`MAX_SVG` files read."""
    snap = ctx.snapshot
    inv = inventory_of(ctx)
    paths = sorted(p for p, e in snap.files.items() if e.ext.lower() == "svg" and e.kind == "file"
                   and inv.category(p) not in ("vendored", "build", "generated"))
    return [p for p in paths[:MAX_SVG] if _PROJECTION.search(snap.read_head(p, HEAD) or "")
            or coded_territories(snap.read_text(p, limit=BODY) or "")]
