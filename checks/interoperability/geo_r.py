"""The open geographic packages of R (sf, terra, leaflet, rmapshaper…) an R package or app declares in its DESCRIPTION, renv.lock
or rsconnect manifest: for interoperability.geo, judged only in R's manifests (an npm ``sf`` or ``terra`` is something else)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test

# R's open geographic packages on CRAN: simple features and rasters (sf, sp, terra, raster, stars, lwgeom, s2, rgdal, rgeos), maps
# (leaflet and its extensions, mapview, tmap, mapsf, cartography, ggspatial), geometry tools (rmapshaper, exactextractr, geojsonio,
# geojsonsf, gdalUtilities), OpenStreetMap (osmdata) and IGN's services (happign)
R_GEO_DEPS = re.compile(r"sf|sp|terra|raster|stars|lwgeom|s2|rgdal|rgeos|leaflet(?:\.[\w.]+)?|leafem|leafpop|mapview|mapedit|tmap|mapsf|"
                        r"cartography|ggspatial|rmapshaper|exactextractr|geojsonio|geojsonsf|gdalutilities|osmdata|happign|spdep")


def r_geo_deps(manifests: dict) -> list[tuple[str, str]]:
    """(package, manifest path) of the open geographic R packages the runtime needs (Depends, Imports, LinkingTo; not Suggests),
    in the project's R manifests, sorted by package."""
    found: dict[str, str] = {}
    for m in sorted((m for m in (manifests or {}).get("manifests") or [] if m.get("ecosystem") == "r" and not is_test(m["path"])), key=lambda m: m["path"]):
        for name in m.get("dependencies") or []:
            if R_GEO_DEPS.fullmatch(name.lower()):
                found.setdefault(name.lower(), m["path"])
    return sorted(found.items())
