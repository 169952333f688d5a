"""The ``svg_maps`` fact: the project's SVG files that are maps, told by the projection they record (issue 12, s39 fe39 =
jplusplus/idf-pnr). Kartograph writes, in every map it renders, ``<metadata><views><view …><proj id="mercator" lon0="0"/><bbox …/>``:
the projection and the extent of the geographic layers drawn as paths (app/images/france.svg, the regions of France). Such a file is a
geographic map in an open format, like a GeoJSON file; an icon or a drawing records no projection."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

# Kartograph's (and any renderer's doing the same) record of the map's projection, in the SVG's metadata
_PROJECTION = lazy_compile(r"<metadata\b[^>]{0,200}>\s*<views\b[^>]{0,200}>\s*<view\b[^>]{0,400}>\s*<proj\b[^>]{0,200}\bid\s*=\s*[\"'][A-Za-z][\w-]{0,40}[\"']")
MAX_SVG = 200  # SVG files read, in path order
HEAD = 4096  # where the metadata sits, before the paths


@fact("svg_maps", version=1, public=False)
def svg_maps(ctx) -> list[str]:
    """The paths of the project's own SVG maps (not a copied library's, nor a build's), at most :data:`MAX_SVG` files read."""
    snap = ctx.snapshot
    inv = inventory_of(ctx)
    paths = sorted(p for p, e in snap.files.items() if e.ext.lower() == "svg" and e.kind == "file"
                   and inv.category(p) not in ("vendored", "build", "generated"))
    return [p for p in paths[:MAX_SVG] if _PROJECTION.search(snap.read_head(p, HEAD) or "")]
