"""The ``map_construction`` fact: where the project's own code creates a map, read as text (never run).

A library of map components either makes its map (a viewer package: ``L.map('map')``, ``new maplibregl.Map({container: …})``,
``<MapContainer>``) or works on the map its caller gives it (a Mapbox GL Draw control added with ``map.addControl(…)``, a React
component taking ``props.map``): then the basemaps, geocoder and reference system are the calling application's choice, as for
a library without an interface (interoperability.geo, issue 12, s25 o2: a snapping control for Mapbox GL Draw was told to use
IGN basemaps and the API Adresse). The demos, examples, documentation pages and tests of a library make a map to show it: they
are not the package's code and are left out.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_doc, is_test
from auditor.facts.js_family import JS_EXT
from auditor.lazyre import lazy_compile

MAX_FILES = 500  # the project's own code files read, in path order
MAX_BYTES = 256 * 1024
CODE_EXT = {*JS_EXT, "ts", "tsx", "vue", "svelte", "py", "r", "html", "htm"}
# (a library's demonstration pages and stories: they make the map the library is shown on)
SHOW_DIRS = {"demo", "demos", "example", "examples", "docs", "doc", "sandbox", "playground", "stories", "storybook", ".storybook",
             "site", "gh-pages", "sample", "samples", "exemple", "exemples"}
# A map object constructed: a mapping library's constructor (Leaflet's L.map(), MapLibre's, Mapbox GL's, OpenLayers', Google Maps'),
# a map component of React/Vue wrappers, folium's and R leaflet's map
_CONSTRUCTOR = lazy_compile(r"""\bnew[ \t]+(?:mapboxgl|maplibregl|maplibre|ol|OpenLayers|google\.maps|L)\.Map[ \t]*\("""
                            r"""|(?<![\w.])L\.map[ \t]*\(|<(?:MapContainer|LeafletMap|MapGL|ReactMapGL|l-map|LMap|mgl-map|MglMap)\b"""
                            r"""|\bfolium\.Map[ \t]*\(|(?<![\w.$])leaflet[ \t]*\([ \t]*\)|\bleafletOutput[ \t]*\(""")
# An ES module's Map imported from a mapping library (import Map from 'ol/Map', import { Map } from 'maplibre-gl'), constructed with
# a map's options: not JavaScript's own Map (new Map() of keys and values)
_IMPORTED_MAP = lazy_compile(r"""import[ \t]+(?:Map|\{[^}\n]*\bMap\b[^}\n]*\})[ \t]+from[ \t]+["'](?:ol(?:/Map)?|maplibre-gl|mapbox-gl|leaflet)["']""")
# react-leaflet before v3 names its map component Map (v3+ MapContainer): ``import { Map, TileLayer } from 'react-leaflet'`` then
# ``<Map center=…>`` is a map (not JavaScript's Map, nor another library's component of that name)
_REACT_LEAFLET_MAP = lazy_compile(r"""import[ \t]+\{[^}]*(?<![\w$])Map\b(?![ \t]+as\b)[^}]*\}[ \t]*from[ \t]+["']react-leaflet["']""")
_JSX_MAP = lazy_compile(r"""<Map(?=[\s>/])""")
_NEW_MAP = lazy_compile(r"""\bnew[ \t]+Map[ \t]*\([ \t]*\{""")
# An Android app's osmdroid map (a file importing org.osmdroid): its MapView given a tile source or constructed (issue 12, s44 ff44 =
# Ludo81/BilanLSF's CartePoliceActivity.java, mapView.setTileSource(TileSourceFactory.DEFAULT_TILE_SOURCE) then new Marker(mapView))
_OSMDROID = lazy_compile(r"""^[ \t]*import[ \t]+org\.osmdroid\.""", re.M)
_OSMDROID_MAP = lazy_compile(r"""\.setTileSource[ \t]*\(|\bnew[ \t]+MapView[ \t]*\(|\bMapView[ \t]*\([ \t]*\w""")
ANDROID_EXT = {"java", "kt"}
_MAP_OPTION = lazy_compile(r"""\b(?:target|container|view|center|zoom|style|layers)[ \t]*:""")


# What the map shows, read in the files that make one: OpenStreetMap's tiles (R leaflet's addTiles() default, a tile.openstreetmap
# address, OpenLayers' OSM source), markers placed from coordinates, and any other layer — shapes, GeoJSON, WMS, another provider's
# tiles — which is geographic data of the map's own
_OSM_TILES = lazy_compile(r"""\baddTiles[ \t]*\([ \t]*\)|tile\.openstreetmap\.(?:org|fr)\b|\bnew[ \t]+(?:ol\.source\.)?OSM[ \t]*\("""
                          r"""|\bTileSourceFactory\.(?:DEFAULT_TILE_SOURCE|MAPNIK)\b""")  # (osmdroid's default: OpenStreetMap's Mapnik tiles)
# An open basemap's tiles a map offers (OpenStreetMap's, OpenTopoMap's, the IGN Géoplateforme's), and a line holding a tile
# address's template ({z}/{x}/{y}, a WMTS TILEMATRIX={z}): a basemap among others, a choice the map's user makes
_OPEN_BASEMAP = lazy_compile(r"""tile\.openstreetmap\.(?:org|fr)\b|\btile-cyclosm\.openstreetmap\.fr\b|\btile\.opentopomap\.org\b"""
                             r"""|\b(?:wxs\.ign\.fr|data\.geopf\.fr)/""")
_TILE_TEMPLATE = lazy_compile(r"""\{z\}/\{[xy]\}/\{[xy]\}|TILEMATRIX=\{z\}""")


def tile_address(line: str) -> bool:
    """``line`` holds a tile address's template ({z}/{x}/{y}, a WMTS TILEMATRIX={z}): a basemap's tiles, whoever serves them."""
    return bool(_TILE_TEMPLATE.search(line))


def basemap_among_open(line: str, text: str) -> bool:
    """``line`` addresses a basemap's tiles (a template with {z}, {x} and {y}) in a file ``text`` that offers an open basemap too
    (OpenStreetMap, OpenTopoMap, IGN): one basemap of a list, replaceable by a line, no platform the map is built on."""
    return bool(_TILE_TEMPLATE.search(line)) and bool(_OPEN_BASEMAP.search(text))


_MARKERS = lazy_compile(r"""\badd(?:Awesome|Circle)?Markers[ \t]*\(|(?<![\w.])L\.(?:circleMarker|marker)[ \t]*\(|<(?:Marker|l-marker|LMarker)\b"""
                       r"""|\bnew[ \t]+Marker[ \t]*\([ \t]*\w""")  # (osmdroid's Marker on its MapView)
_OTHER_LAYERS = lazy_compile(r"""\badd(?:Polygons|Polylines|GeoJSON|TopoJSON|WMSTiles|ProviderTiles|RasterImage|Rectangles|Minicharts|Heatmap)[ \t]*\("""
                             r"""|(?<![\w.])L\.(?:geoJSON|geoJson|polygon|polyline|rectangle|imageOverlay|tileLayer\.wms)\b"""
                             r"""|\btileLayer[ \t]*\([ \t]*["'`](?![^"'`]*openstreetmap)|<(?:GeoJSON|Polygon|Polyline|WMSTileLayer)\b"""
                             # (osmdroid's shapes, KML/GeoJSON, WMS or another tile source)
                             r"""|\bnew[ \t]+(?:Polygon|Polyline|KmlDocument|WMSTileSource|XYTileSource|MapsForgeTileSource)\b|\bTileSourceFactory\.(?!DEFAULT_TILE_SOURCE\b|MAPNIK\b)[A-Z]\w*""")


def _layers(found: dict, path: str, text: str) -> None:
    """Add to ``found`` the first OpenStreetMap tiles, markers and other layers of one file that makes a map."""
    for key, rx in (("osm", _OSM_TILES), ("markers", _MARKERS), ("other", _OTHER_LAYERS)):
        m = rx.search(text)
        if m and key not in found:
            found[key] = [path, text.count("\n", 0, m.start()) + 1, m.group(0).strip()[:80]]


def _shown(path: str) -> bool:
    return any(seg.lower() in SHOW_DIRS for seg in path.split("/")[:-1])


def constructions(text: str) -> list[tuple[int, str]]:
    """``(line, excerpt)`` of each map the text constructs, in order (five at most)."""
    out = [(m.start(), m.group(0)) for m in _CONSTRUCTOR.finditer(text)]
    if _IMPORTED_MAP.search(text):
        out += [(m.start(), m.group(0)) for m in _NEW_MAP.finditer(text) if _MAP_OPTION.search(text, m.end(), m.end() + 300)]
    if _REACT_LEAFLET_MAP.search(text):
        out += [(m.start(), m.group(0)) for m in _JSX_MAP.finditer(text)]
    if _OSMDROID.search(text):
        out += [(m.start(), m.group(0)) for m in _OSMDROID_MAP.finditer(text)]
    return [(text.count("\n", 0, pos) + 1, excerpt.strip()) for pos, excerpt in sorted(out)[:5]]


_ROXYGEN = lazy_compile(r"^[ \t]*#'[^\n]*", re.M)


@fact("map_construction", version=5, public=False)
def map_construction(ctx) -> dict:
    """``maps``: ``[[path, line, excerpt]]`` where the project's own source code (not its tests, documentation, demos or
    examples; the first 500 code files in path order, 256 KB each) creates a map; ``files_read``."""
    inv = inventory_of(ctx)
    snap = ctx.snapshot
    paths = [p for p in sorted(snap.files) if snap.files[p].kind in ("file", "executable") and p.rsplit(".", 1)[-1].lower() in CODE_EXT
             and inv.category(p) == "source"
             and not is_test(p) and not is_doc(p) and not _shown(p)][:MAX_FILES]
    # (then an Android app's Java and Kotlin files, for its osmdroid map: read after the others, never in their place)
    paths += [p for p in sorted(snap.files) if snap.files[p].kind == "file" and p.rsplit(".", 1)[-1].lower() in ANDROID_EXT
              and inv.category(p) == "source" and not is_test(p) and not is_doc(p) and not _shown(p)][:MAX_FILES]
    maps, layers = [], {}
    for p in paths:
        text = snap.read_text(p, limit=MAX_BYTES) or ""
        if p.rsplit(".", 1)[-1].lower() == "r":  # (an R function's documented example, roxygen's #' @examples, makes no map of the
            text = _ROXYGEN.sub("", text)      # package's own: its caller's, as the vignettes' — issue 12, s44 fh44 = ymansiaux/leaflettools)
        made = [[p, line, excerpt] for line, excerpt in constructions(text)]
        if made:
            _layers(layers, p, text)
        maps += made
        if len(maps) >= 20:
            break
    # ``layers``: in the files that make a map, the first ``osm`` tiles, ``markers`` and ``other`` layer, each [path, line, excerpt]
    return {"maps": maps[:20], "files_read": len(paths), "layers": layers}

