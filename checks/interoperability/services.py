"""interoperability.geo, .identifiers, .auth, .public-building-blocks, .accessibility-and-ecodesign.

Longer than 400 lines: five checks of one family that share the same scan helpers and evidence
shapes (services named in dependencies, code and configuration); each check is one function here.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check, clauses
from auditor.checks.interoperability.auth_plain import plain_password
from auditor.checks.interoperability.basic import serves_no_api
from auditor.checks.interoperability.data_storage import SAMPLE_KINDS, demo_folders, is_sample, own_tree
from auditor.checks.interoperability.ogc import ogc_server, ogc_served, ogc_service_names
from auditor.checks.interoperability.geo_r import r_geo_deps
from auditor.checks.interoperability.national_apis import national_api_blocks
from auditor.checks.interoperability.national_standards import BAL, national_standards
from auditor.checks.reusability.common import dep_evidence_lines, documentation_only, has_ui, host_extension, hit_evidence, match_deps, scan_capped, textscan_ok, unimported_names
from auditor.facts.code_signals import foreign_legal_crs
from auditor.facts.format_signals import gdal_format
from auditor.facts.ign_hosts import IGN_SERVICE_HOST
from auditor.facts.copied_folders import version_folders
from auditor.facts.legal_crs import FOREIGN, FRANCE as LEGAL
from auditor.facts.inventory import FONT_EXT, RASTER_EXT, in_app_bundle, is_doc, is_generated, is_test, is_vendored
from auditor.facts.kind_documents import course_material, kind_undecided
from auditor.facts.lambert_values import in_lambert93
from auditor.facts.ident_name_columns import table_of
from auditor.facts.kind_page_apps import writes_to_service
from auditor.facts.project import decided_kind
from auditor.facts.qgis_geometry_signals import QGIS_LAYER_ORGANISATION
from auditor.facts.textscan import GIS_TOOL_EXT, MAX_FILE_BYTES as SCAN_MAX_BYTES, sql_path
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

_LAYER_ORGANISATION = lazy_compile(QGIS_LAYER_ORGANISATION)

CODEISH = ("code", "template", "config", "other")

OPEN_GEO_DEPS = (r"leaflet|react-leaflet|vue-leaflet|@vue-leaflet/.*|vue2-leaflet|leaflet\..*|@?leaflet-.*|maplibre-gl|@maplibre/.*|react-map-gl-maplibre|"
                 r"vue-maplibre-gl|ol\d?|openlayers\d?|ol-.*|kartograph(?:\.js|-js)?|vue3-openlayers|@turf/.*|proj4|geotiff|cesium|deck\.gl|@deck\.gl/.*|"
                 r"gdal|shapely|geopandas|fiona|pyproj|rasterio|owslib|geojson|django-leaflet|djangorestframework-gis|django-geojson|geoalchemy2|"
                 r"jsor/doctrine-postgis|brick/geo|funiq/geophp|phayes/geophp|longitude-one/doctrine-spatial|creof/doctrine2-spatial|"
                 r"rgeo.*|activerecord-postgis-adapter|org\.geotools:.*|org\.locationtech\.jts:.*|"
                 # Leaflet and OpenStreetMap maps of Python dashboards and notebooks, and of Android apps (osmdroid, MapLibre Native, Mapsforge)
                 r"dash-leaflet|folium|streamlit-folium|ipyleaflet|leafmap|org\.osmdroid:.*|org\.maplibre\.gl:.*|org\.mapsforge:.*|"
                 # a Java desktop app's map views on OpenStreetMap's tiles: Gluon Maps (GPL-3.0 with the Classpath exception), JMapViewer
                 # (GPL-2.0) (issue 12, s36 v36 = HeineZo/PNR: a JavaFX app's MapView of a park's observations)
                 r"com\.gluonhq:maps|org\.openstreetmap\.jmapviewer:.*|"
                 # the open point-cloud libraries: PDAL (BSD) and its Python bindings, laspy and LAZ's lazrs
                 r"pdal|python-pdal|laspy|lazrs|"
                 # d3's geographic projections and paths (ISC: a map drawn as SVG from GeoJSON) and TopoJSON's reader
                 r"d3-geo|d3-geo-projection|d3-composite-projections|topojson-client")
# (of the @mapbox scope, the clients of Mapbox's hosted services; its open-source helpers — geojson-extent, mapbox-gl-draw (ISC),
# mapbox-gl-rtl-text (BSD-2-Clause), polyline, togeojson — are not proprietary)
# the libraries that draw a map (a Leaflet, MapLibre or OpenLayers map, a notebook's folium): a map the service shows
MAP_DEPS = (r"leaflet|react-leaflet|vue-leaflet|@vue-leaflet/.*|vue2-leaflet|maplibre-gl|react-map-gl-maplibre|vue-maplibre-gl|ol\d?|openlayers\d?|"
            r"vue3-openlayers|cesium|deck\.gl|django-leaflet|dash-leaflet|folium|streamlit-folium|ipyleaflet|leafmap|org\.osmdroid:.*|"
            r"org\.maplibre\.gl:.*|org\.mapsforge:.*|d3-geo|d3-geo-projection|d3-composite-projections|com\.gluonhq:maps|"
            r"org\.openstreetmap\.jmapviewer:.*")
PROPRIETARY_GEO_DEPS = (r"mapbox-gl|@mapbox/mapbox-sdk|@mapbox/mapbox-gl-geocoder|@mapbox/mapbox-gl-directions|@mapbox/search-js-.*|react-map-gl|@googlemaps/.*|@react-google-maps/api|google-maps-react|googlemaps|vue2-google-maps|@vis\.gl/react-google-maps|"
                        # the ArcGIS Maps SDK for JavaScript and its wrappers for a web framework (angular-esri-map, opt-angular-esrimap)
                        r"@arcgis/core|esri-loader|arcgis-js-api|(?:[\w@/.-]*-)?(?:esri-?map|arcgis-map)(?:-[\w.-]*)?|"
                        # a mobile app's native maps: React Native's MapView draws Google Maps on Android and Apple Maps on iOS
                        r"react-native-maps")
# the open wrappers of a proprietary map (react-native-maps, MIT): the map they draw is the platforms' own, named with them
NATIVE_MAPS = {"react-native-maps": ("Google Maps, Apple Plans", "Google Maps, Apple Maps")}


# the libraries and code lines of a map's display (Leaflet, MapLibre, OpenLayers, folium), not of geographic data's processing
_MAP_DISPLAY = lazy_compile(r"leaflet|maplibre|openlayers|folium|gluonhq[:.]maps|jmapviewer|osmdroid|mapsforge|(?<![\w.])L\.(?:map|tileLayer)\b|\baddTiles\(|\bnew ol\.|^ol$|['\"]ol/", re.I)


def _open_mapbox_gl(lib: dict) -> bool:
    """A copy of Mapbox GL JS before 2.0 (BSD-3-Clause; proprietary from 2.0): an open mapping library."""
    return str(lib.get("name") or "").lower() == "mapbox-gl" and bool(re.match(r"[01]\.", str(lib.get("version") or "")))


CONTAINER_OR_CI = re.compile(r"(^|/)((docker-)?compose[\w.-]*\.ya?ml|Dockerfile[\w.-]*|\.gitlab-ci\.ya?ml|\.travis\.ya?ml)$|^\.github/workflows/", re.I)
# (+ LAS/LAZ point clouds, and OGC Web Map Context documents: a viewer's saved maps, mapfishapp/contexts/*.wmc)
GEO_FILE_EXT = ("geojson", "topojson", "gpkg", "shp", "kml", "gpx", "sld", "qml", "qgs", "qgz", "gml", "fgb", "mbtiles", "pmtiles", "las", "laz", "wmc")
# OGC encodings by extension: SLD, GeoPackage, GML, KML, Web Map Context (OGC 05-005), LAS (an OGC Community Standard, OGC 17-030r1)
OGC_FILE_EXT = ("sld", "gpkg", "gml", "kml", "wmc", "las")
_IMPORT = lazy_compile(r"(?:from|import|require|loadModules)\b")  # (a service's code evidence that is an import of its SDK)


def vendor_geo(ctx) -> list[dict]:
    """Proprietary map or GIS services the running code calls or imports (proprietary_services.yml's maps and GIS entries, as
    scaling.vendor-lock-in finds them: HERE's static maps called by a Decidim, the ArcGIS Maps SDK an Experience Builder widget
    imports)."""
    return [s for s in (ctx.fact("vendor_lockin") or {}).get("services") or []
            if s.get("category") in ("maps", "gis") and _called(s)]


def _called(service: dict) -> dict | None:
    """Where the code calls or imports the service (its host, its code): the first such evidence, after the packages the fact lists
    first (a copy of Mapbox GL JS in assets/js/2.4.0/ beside the template drawing mapbox://styles/… and a geocoding call to
    api.mapbox.com: the service is called all the same)."""
    return next((e for e in service.get("evidence") or [] if e.get("how") in ("host", "code")), None)


GEO_CLI_TOOL = lazy_compile(r"cs2cs|ogr2ogr|gdal_translate|gdalwarp|gdaltransform|ogrinfo")  # GDAL/PROJ commands (geo.library-code)
OGC_SERVER_CONF = lazy_compile(r"(^|/)mapproxy\.ya?ml$|(^|/)mapfiles?/([^/]+/)*[^/]+\.map$", re.I)


def _unread_code(ctx) -> list[str]:
    """The project's code files (a notebook, a script) too large for the text scan, which therefore read nothing in them."""
    return list((ctx.fact("textscan") or {}).get("unread_code") or [])


def own_service_ogc(ctx, hits: list) -> list:
    """The OGC hits (the signal's /wms, SERVICE=WFS…) on a line where the hosting facts read an address with its host
    (http://host/geoserver/ref/wms): services the code itself calls, not whatever service its caller names."""
    hosting = ctx.fact("hosting_dependencies") or {}
    lines = set()
    for key in ("hosts", "services", "internal", "restricted", "clones"):  # (not a placeholder: localhost, example.org)
        for item in hosting.get(key) or []:
            if not isinstance(item, dict):
                continue
            for e in [item] + list(item.get("evidence") or []):
                if isinstance(e, dict) and e.get("path") and e.get("line") is not None:
                    lines.add((e["path"], e["line"]))
    return [h for h in hits if (h[0], h[1]) in lines]


# the coordinates of a feature's geometry read from a parsed answer (answer["features"][0]["geometry"]["coordinates"], f.geometry.coordinates)
_ANSWER_COORDS = lazy_compile(r"geometry\W{0,6}coordinates$", re.I)
# npm map libraries a page reaches through the global they install (L.geoJSON, ol.Map, maplibregl.Map) without naming the package
_GLOBAL_MAP_LIB = lazy_compile(r"^(?:leaflet(?:[.-][\w.-]+)?|ol|openlayers|mapbox-gl|maplibre-gl)$")


def geodjango_kept(hits: list) -> list:
    """The geo.library-code hits, less GeoDjango's models module imported (``from django.contrib.gis.db import models``) when no
    geometry field (PointField, GeometryField, RasterField…) is declared anywhere: a drop-in for django.db.models, whose FileField
    and ForeignKey hold no geometry (issue 12, s37 fj37 = neogeo-technologies/idgo-store)."""
    if any(str(h[2]).endswith("Field") for h in hits):
        return hits
    return [h for h in hits if not re.fullmatch(r"django\.contrib\.gis\.db\s+import\s+models", str(h[2]))]


@check(
    id="interoperability.geo",
    family="interoperability",
    effort="days",
    title=T("Les données géographiques passent par des formats, services et bibliothèques ouverts", "Geographic data goes through open formats, services and libraries"),
    rationale=T(
        "Les services de transition écologique manipulent des cartes et des lieux : GeoJSON, les services OGC (WMS, WFS, WMTS, OGC API), "
        "les bibliothèques ouvertes (Leaflet, MapLibre, OpenLayers, PostGIS, GDAL) et les référentiels publics (IGN Géoplateforme, "
        "geo.api.gouv.fr, API Adresse) permettent à un autre territoire de brancher ses propres couches.",
        "Ecological-transition services handle maps and places: GeoJSON, OGC services (WMS, WFS, WMTS, OGC API), open libraries "
        "(Leaflet, MapLibre, OpenLayers, PostGIS, GDAL) and public references (IGN Géoplateforme, geo.api.gouv.fr, API Adresse) let "
        "another territory plug in its own layers.",
    ),
    remediation=T(
        "Utilisez Leaflet, MapLibre ou OpenLayers avec les fonds de la Géoplateforme IGN (data.geopf.fr), échangez en GeoJSON ou via "
        "WMS/WFS/OGC API, géocodez avec l'API Adresse et les contours de geo.api.gouv.fr ; remplacez Google Maps ou Mapbox GL listés.",
        "Use Leaflet, MapLibre or OpenLayers with IGN Géoplateforme base maps (data.geopf.fr), exchange GeoJSON or through WMS/WFS/OGC "
        "API, geocode with API Adresse and geo.api.gouv.fr boundaries; replace the listed Google Maps or Mapbox GL.",
    ),
)
def geo(ctx) -> Result:
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    # (not a package the code never names: a JupyterLite site's stock requirements line "ipyleaflet" no notebook imports is no map,
    # issue 12, s35 r35 = PnEcrins/CAIRN; nor deck.gl named only in an address, af35. But an npm map library used through the global
    # it installs is kept: its code reaches it by L.geoJSON(…), ol.Map or a framework's map controller without writing its name —
    # OpenSourcePolitics/decidim-mel's map_customization.js drawing the MEL outline with L.geoJSON, s35 lead after v19c)
    # (only when some code reaches a map library's global: a leaflet left in package.json, no file calling L. nor importing it, is
    # declared, not used — issue 12, s43 fl43 = cazitouni/geoui)
    never = ctx.fact("unimported_packages") or {}
    reached = any(h[3] in CODEISH for h in sig.get("geo.map-global", []))
    unused = ({str(n).lower() for n in never.get("pip") or []}
              | {str(n).lower() for n in never.get("npm") or [] if not (reached and _GLOBAL_MAP_LIB.match(str(n).lower()))})
    libs = [d for d in match_deps(ctx, [OPEN_GEO_DEPS], dev=False) if d[0] not in unused]
    libs += [d for d in r_geo_deps(ctx.fact("manifests")) if d[0] not in {n for n, _ in libs}]  # an R package's sf, terra, rmapshaper…
    # map libraries copied into the repository (assets/js/leaflet.js) are used as much as declared ones
    declared = {d for d, _ in libs}
    copied = {lib["name"]: (lib.get("paths") or [None])[0] for lib in (ctx.fact("inventory") or {}).get("libraries") or []
              if (re.fullmatch(OPEN_GEO_DEPS, str(lib.get("name") or "").lower()) or _open_mapbox_gl(lib)) and lib["name"] not in declared}
    libs = libs + sorted(copied.items())
    # Mapbox GL JS 1.x loaded by its release's address from a CDN (BSD-3-Clause until 2.0): an open library, named with its release
    mapbox_open = [[h[0], h[1], f"mapbox-gl {h[2]}", h[3]] for h in sig.get("geo.mapbox-gl-open", []) if h[3] in CODEISH]
    cdn_names = sorted({h[2] for h in mapbox_open} - {d for d, _ in libs})[:1]
    prop = match_deps(ctx, [PROPRIETARY_GEO_DEPS], dev=False)
    # (a native maps' wrapper declared that no code imports, a mobile template's leftover, draws no map)
    unused = unimported_names(ctx) if any(d in NATIVE_MAPS for d, _ in prop) else set()
    prop = [(d, p) for d, p in prop if not (d in NATIVE_MAPS and d in unused)]
    maplibre_entry = [h for h in sig.get("code.open-entry", []) if h[3] in CODEISH]  # import … from 'react-map-gl/maplibre'
    if any(d == "maplibre-gl" for d, _ in libs) or maplibre_entry:
        prop = [(d, p) for d, p in prop if d != "react-map-gl"]  # react-map-gl drives MapLibre too
    # a proprietary map SDK imported by the code (an Android app's com.google.android.maps), with no manifest to declare it
    prop_code = [h for h in sig.get("geo.proprietary-code", []) if h[3] in CODEISH]
    sdk_name = "Apple MapKit" if prop_code and prop_code[0][2] == "MapKit" else "Google Maps SDK"  # (an iOS app's map, an Android app's)
    if prop_code and not prop:
        prop = [(sdk_name, prop_code[0][0])]
    # a proprietary map or GIS service the running code calls by its address (a Decidim's HERE static maps and geocoding):
    # proprietary_services.yml's maps and GIS entries, as scaling.vendor-lock-in finds them
    called_by = {} if prop else {s.get("named") or s["name"]: _called(s) for s in vendor_geo(ctx)}
    called = [(name, e["path"]) for name, e in called_by.items()]
    prop = prop or called
    lib_code = [h for h in geodjango_kept(sig.get("geo.library-code", [])) if h[3] in CODEISH] + maplibre_entry[:1]
    lib_code += [h for h in sig.get("geo.cdn-library", []) if h[3] in CODEISH]  # a page's <script src> from a CDN (deck.gl, Leaflet)
    # (or a host platform's map plugin included by a page's template macro, <@leaflet_map_includes/>: its open library drawn there)
    lib_code += [[h[0], h[1], f"{h[2].split('_')[0].capitalize()} (the platform's plugin, macro <@{h[2]}>)", h[3]]
                 for h in sig.get("geo.platform-map", []) if h[3] in CODEISH][:1]
    # an open map embedded in a page (OpenStreetMap's export/embed.html, a uMap map's <iframe>): a map shown, drawn by an open service
    lib_code += [[h[0], h[1], "OpenStreetMap (embedded map: " + h[2][:60] + ")", h[3]] for h in sig.get("geo.embed-open", []) if h[3] in CODEISH][:1]
    lib_code += mapbox_open
    lib_code += [h for h in sig.get("geo.r-import", []) if h[3] in CODEISH]  # R code importing sf (roxygen's @import) or calling sf::st_read
    # a map the project's own code draws as SVG from coordinates (a site generator projecting its GeoJSON's rings with its own
    # function into <path d="…">): open with the project, no mapping library in between — the library question is answered
    own_svg = [[h[0], h[1], "SVG map drawn by the project's own code (<path d> from coordinates)", h[3]]
               for h in sig.get("geo.own-svg-map", []) if h[3] in CODEISH][:1]
    # or a committed SVG map of territories its own script loads and drives (map.js's $.get('map.svg', …), its paths made clickable):
    # the map is the project's code and file, no library in between (issue 12, s43 fn43 = spelhate/cit)
    svg_use = ctx.fact("svg_map_use") or {}
    if not own_svg:
        own_svg = [[d[0], d[1], f"SVG map ({d[2]}) loaded and driven by the project's own code", "code"] for d in svg_use.get("driven", [])][:1]
    lib_code += own_svg
    # "image: postgis/postgis" in a compose file or a CI service is the database a GeoNature-family app shares: geography
    # only beside other geographic evidence (UsersHub, a user-management app, has none)
    db_image = [h for h in lib_code if h[2].lower() == "postgis" and CONTAINER_OR_CI.search(h[0])]
    lib_code = [h for h in lib_code if h not in db_image]
    typed = [h for h in sig.get("geo.postgis-typed", []) if h[3] not in ("test", "doc", "example")]
    lib_code += [h for h in sig.get("geo.postgis-sql", []) if h[3] not in ("test", "doc", "example")] + typed
    # Oracle Spatial geometries (a column typed MDSYS.SDO_GEOMETRY, its USER_SDO_GEOM_METADATA entry, SDO_RELATE): geographic data held
    # in a proprietary database (scaling.vendor-lock-in says so), judged like PostGIS's for the formats and references around them
    oracle = [[h[0], h[1], "Oracle Spatial: " + h[2], h[3]] for h in sig.get("geo.oracle-spatial", []) if h[3] not in ("test", "doc", "example")]
    qgis_ogc: list[list] = []
    # geometries typed in the legal French CRS (décret 2006-272: RGF93 Lambert-93 and conic zones, overseas RGAF09/RGFG95/RGR92…)
    legal_crs = [h for h in typed if re.search(r"\b(" + LEGAL + r")\b", h[2])]
    legal_crs += [h for h in sig.get("geo.legal-crs", []) if h[3] in CODEISH or (h[3] == "data" and sql_path(scan, h[0]))]  # EPSG:2154 in code, settings or SQL
    legal_crs += [[h[0], h[1], "SRID " + h[2], h[3]] for h in sig.get("geo.oracle-srid", []) if h[3] not in ("test", "doc", "example")]  # (SDO_GEOMETRY(2001, 2154, …))
    legal_crs += [h for h in sig.get("geo.legal-crs-list", []) + sig.get("geo.legal-crs-url", []) if h[3] in CODEISH]  # (a viewer's declared projections: "supported_srs": [3948, 2154]; a WFS's srsName=EPSG::2154)
    # the layer's SRID in its USER_SDO_GEOM_METADATA row (read in the INSERT's statement, the SRID often alone on its last line); first:
    # the layer's declared system is better evidence than a column named X_EPSG2154
    legal_crs[:0] = [[h[0], h[1], "USER_SDO_GEOM_METADATA: SRID " + h[2], h[3]] for h in sig.get("geo.oracle-metadata-srid", [])
                     if oracle and h[3] not in ("test", "doc", "example")]
    # another country's legal system (a Swiss town's model in EPSG:2056): the French décret does not apply there, its own law does
    foreign_crs = [] if legal_crs else [h for h in typed + [h for h in sig.get("geo.foreign-legal-crs", []) if h[3] in CODEISH or h[3] == "data"]
                                        if foreign_legal_crs(h[2])]
    legal_crs += foreign_crs
    # (a data specification's coordinate fields described in the legal system: the Base Adresse Locale's x, y — s39 fh39)
    legal_crs += [[t["path"], None, "Table Schema: " + f, "data"] for t in ctx.fact("table_schema_geo") or [] for f in t.get("legal_crs", [])[:1]]
    # QGIS projects (.qgs, and the .qgs inside a .qgz): the project's reference system and its OGC service layers
    for proj in (ctx.fact("qgis_projects") or {}).get("projects", []):
        if re.search(r"\b(" + LEGAL + r")$", proj["crs"] or ""):
            legal_crs.append([proj["path"], None, proj["crs"], "data"])
        elif re.search(r"\b(" + FOREIGN + r")$", proj["crs"] or "") and not [h for h in legal_crs if h not in foreign_crs]:
            foreign_crs.append([proj["path"], None, proj["crs"], "data"])  # (a New Caledonian project in EPSG:3163: its territory's legal system)
            legal_crs.append(foreign_crs[-1])
        services = sorted(p for p in proj["providers"] if p in ("wms", "wfs", "wcs", "oapif"))
        if services:
            qgis_ogc.append([proj["path"], None, "QGIS: " + ", ".join(services).upper(), "data"])
    geojson = [h for sid in ("format.geojson", "format.wkt", "format.gml-kml", "format.geopackage", "format.shapefile",
                                                  "format.shapefile-layer") for h in sig.get(sid, [])
               if h[3] in CODEISH]  # GeoJSON, WKT, GML/KML, GeoPackage, Shapefile
    # geographic extents in the encodings of OGC services and ISO 19139 metadata (a CSW catalogue's records' ows:BoundingBox)
    geojson += [h for h in sig.get("format.ogc-bbox", []) if h[3] in CODEISH]
    # a data specification's geographic fields (geopoint, geojson, latitude/longitude, a WKT geometry): open encodings of positions
    geojson += [[t["path"], None, "Table Schema: " + ", ".join(t["fields"]), "data"] for t in ctx.fact("table_schema_geo") or []]
    # or in its README's metadata, when its objects are geometries a Table Schema cannot type ("format : geopackage", "type d'objet :
    # multipolygon"): the format it specifies, GeoPackage and GML being OGC standards
    spec_geo = [[d["path"], d["line"], f"{d['key']}: {d['value']}", "doc"] for d in ctx.fact("spec_geo_declared") or []
                if decided_kind(ctx.fact("project") or {}) == "data-specification"]
    geojson += spec_geo
    # point clouds read or written in LAS/LAZ/COPC (PDAL's readers.las, "out.laz"): open formats, LAS an OGC Community Standard
    point_clouds = [h for h in sig.get("format.point-cloud", []) if h[3] in CODEISH]
    geojson += point_clouds[:1]
    # a GDAL driver the code names (gdal.GetDriverByName('GTiff'), geopandas' to_file(…, driver="GPKG"), rasterio's driver="GTiff"):
    # the geographic format it reads or writes through GDAL (not CSV nor Parquet, which are no geographic encodings by themselves)
    gdal_driven = [[h[0], h[1], "GDAL: " + name, h[3]] for h in sig.get("format.gdal-driver", [])
                   if h[3] in CODEISH and (name := gdal_format("-of " + h[2])) not in (None, "CSV", "Parquet")]
    geojson += gdal_driven[:1]
    # and the geographic formats GDAL/OGR command lines read and write (ogr2ogr -f GPKG, -f "SQLite" -dsco SPATIALITE=YES, out.tif): a
    # shell pipeline's open formats, as interoperability.data-standards reads them (issue 12, s45 fd45 = igeofr/topo2sig)
    gdal_lines = [[h[0], h[1], "GDAL: " + name, h[3]] for h in sig.get("format.gdal", [])
                  if h[3] in CODEISH and (name := gdal_format(h[2])) not in (None, "CSV", "Parquet")]
    geojson += gdal_lines[:1]
    # a QGIS Processing algorithm's layer inputs and outputs (QgsProcessingParameterRasterLayer, …FeatureSink): the user's layers,
    # read and written through QGIS's GDAL/OGR providers in whatever open format they come
    # (in a GIS kit, the file QGIS's script template names example_processing_algorithm.py is the kit's own algorithm)
    gis_kit = decided_kind(ctx.fact("project") or {}) == "gis-kit"
    processing = [[h[0], h[1], "QGIS Processing: " + h[2], h[3]] for h in sig.get("geo.qgis-processing-io", [])
                  if h[3] == "code" or (h[3] == "example" and gis_kit)]
    geojson += processing[:1]
    # the project's own CSV tables carrying geometries or positions that its code reads by name (an open-data portal loading an
    # Opendatasoft export whose geo_shape column holds GeoJSON, and serving it as CSV, XML and JSON): geographic data exchanged,
    # judged beside the map the project draws (alone, a table with coordinates makes no map service: the check stays as it was)
    csv_geo = [[t["path"], 1, "CSV: " + ", ".join(t["columns"]) + f" (read by {t['read_by']['path']}:{t['read_by']['line']})", "data"] for t in ctx.fact("csv_geo") or []] if (libs or lib_code or prop) else []
    geojson += csv_geo[:2]
    # (the project's own: not what the inventory calls a copy, a Cordova plugin's Qt widgets plugins/…/CaptureWidget.qml)
    geo_files = sorted(e.path for e in own_tree(ctx, tree_of(ctx)) if e.ext in GEO_FILE_EXT and not is_vendored(e.path))
    geo_files += (ctx.fact("svg_maps") or [])[:3]  # (an SVG map recording its projection, Kartograph's app/images/france.svg)
    # the README's recipe of that map naming the system its geometries were projected in ("Faire un export GeoJson en Lambert 93")
    if (ctx.fact("svg_maps") or []) and svg_use.get("readme_crs") and not legal_crs:
        legal_crs.append([*svg_use["readme_crs"][:2], "README: " + svg_use["readme_crs"][2], "doc"])
    ogc = [h for h in sig.get("geo.ogc", []) if h[3] in CODEISH or (h[3] == "data" and sql_path(scan, h[0]))]
    # OWSLib declared to run the project is the OGC web services' client, its one purpose: WMS/WFS/CSW services are read even
    # when every call sits in files filed as tests (a regional platform's service-monitoring suite, owstest/test_wms.py's
    # WebMapService(…).getmap(…), run by Jenkins, with owslib in its requirements.txt)
    if not ogc:
        ogc += [[p, None, "OWSLib (OGC web services client)", "config"] for d, p in libs if d == "owslib"][:1]
    # GeoServer driven through its REST API (workspaces, layers, styles published): the OGC services of an open server
    ogc += [[h[0], h[1], "GeoServer (REST)", h[3]] for h in sig.get("geo.geoserver-rest", []) if h[3] in CODEISH][:1]
    # or a map server's REST catalogue (MapServer's MRA, GeoServer) asked for its workspaces by a script writing their WMS addresses
    if not ogc:
        ogc += [[h[0], h[1], f"map server REST API ({h[2]})", h[3]] for h in sig.get("geo.map-rest", []) if h[3] in CODEISH][:1]
    named_ogc = list(ogc)  # (services named or read by the code, before the files and models written to OGC standards)
    ogc += [[t["path"], None, "OGC Simple Features (WKT): " + f, "data"] for t in ctx.fact("table_schema_geo") or [] for f in t["fields"]
            if "wkt" in f.lower()][:1]  # a geometry field written as WKT
    ogc += qgis_ogc
    ogc += [[h[0], h[1], "OGC Simple Features (WKT): " + h[2], h[3]] for h in csv_geo if "(WKT)" in h[2]][:1]  # (a CSV's WKT geometries)
    ogc += [[h[0], h[1], "OGC " + h[2], h[3]] for h in spec_geo if re.search(r"geopackage|gpkg|gml", h[2], re.I)][:1]
    ogc += [[h[0], h[1], "OGC LAS (Community Standard): " + h[2], h[3]] for h in point_clouds if re.search(r"\.las\b|laspy", h[2], re.I)][:1]
    served = ogc_served(ctx)  # the code answering OGC requests itself (a CSW catalogue): an OGC service served
    ogc += [[h[0], h[1], "OGC " + ", ".join(ogc_service_names(served)) + " served: " + h[2], h[3]] for h in served[:1]]
    # OGC encodings (SLD styles, GML, GeoPackage) are OGC standards in themselves
    ogc_files = sorted(e.path for e in tree_of(ctx) if e.ext in OGC_FILE_EXT and not is_vendored(e.path))
    ogc += [[p, None, "OGC " + p.rsplit(".", 1)[-1].upper(), "data"] for p in ogc_files[:3]]
    # the configuration of an OGC server the project deploys: MapProxy (WMS, WMTS, TMS), MapServer's mapfiles
    ogc += [[p, None, "OGC services (MapProxy / MapServer)", "config"] for p in
            sorted(e.path for e in tree_of(ctx) if OGC_SERVER_CONF.search(e.path) and not is_vendored(e.path))[:1]]
    # or the MapProxy server an image installs and configures (mapproxy-util create, FROM …/mapproxy): its WMS, WMTS and TMS
    ogc += [[h[0], h[1], "OGC services (MapProxy)", h[3]] for h in lib_code if "mapproxy" in h[2].lower()][:1]
    ogc += [[h[0], h[1], "OGC GeoPackage: " + h[2], h[3]] for h in sig.get("format.geopackage", []) if h[3] in CODEISH][:1]  # written by the code
    # (and the OGC encodings a GDAL driver writes: GeoTIFF, an OGC standard since 2019 with COG, GeoPackage, GML, KML, netCDF)
    ogc += [[h[0], h[1], "OGC " + h[2][len("GDAL: "):], h[3]] for h in gdal_driven
            if re.match(r"GDAL: (?:GeoTIFF|COG|GeoPackage|GML|KML|NetCDF)\b", h[2])][:1]
    # typed PostGIS columns (geometry(MultiPolygon,2154)) store OGC Simple Features: an OGC standard and an open geographic encoding
    simple_features = typed
    ogc += [[h[0], h[1], "OGC Simple Features: " + h[2], h[3]] for h in simple_features[:1]]
    geojson += simple_features[:1]
    ign = [h for h in sig.get("geo.ign", []) if h[3] in CODEISH] + sig.get("geo.ign-sql", [])  # (+ the layers a data model's SQL configures)
    if not ign and decided_kind(ctx.fact("project") or {}) in ("gis-kit", "data-model"):
        # a GIS kit's or a data model's documentation table giving its layers' source (BD TOPO, PCI…): it has no code to name them
        ign = [h for h in sig.get("geo.ign-doc-table", []) if h[3] in ("doc", "other")][:5]
    apis = [h for h in sig.get("geo.api-gouv", []) if h[3] in CODEISH]
    # a geocoding program the code runs with the national address base among its geocoders (a front end spawning its geocoding
    # script on the uploaded address file, "-g", "interne", "ban"): the BAN is the reference its addresses go through, whatever
    # program runs it (issue 12, s46 fc46 = remifroger/client-geocodeur)
    geocoding_run = [[h[0], h[1], f"{h[2].upper() if h[2].lower() == 'ban' else h[2]} (Base Adresse Nationale) named as geocoder "
                      "by the geocoding program the code runs", h[3]] for h in sig.get("geo.geocoder-run", []) if h[3] in CODEISH][:1]
    apis += geocoding_run
    # an open geocoder that is not the national reference (Nominatim, Photon): a geographic service used, the API Adresse the advice
    geocoders = [h for h in sig.get("geo.open-geocoder", []) if h[3] in CODEISH]
    if db_image and (libs or prop or lib_code or geojson or geo_files or ogc or ign or apis or legal_crs):
        lib_code += db_image
    # a QGIS kit (projects, plugin, Deployment Toolbelt profiles) works in QGIS, the open GIS: its reference systems are judged
    # (GDAL virtual datasets are read by GDAL/OGR, the open geospatial library)
    qgis_kit = [e for e in (ctx.fact("project") or {}).get("kind_evidence") or [] if re.search(r"QGIS|GDAL", str(e.get("reason", "")))]
    if qgis_kit and not lib_code and decided_kind(ctx.fact("project") or {}) == "gis-kit":
        tool = "GDAL" if "GDAL" in qgis_kit[0]["reason"] else "QGIS"
        lib_code += [[qgis_kit[0]["path"], None, f"{tool} (" + qgis_kit[0]["reason"] + ")", "config"]]
    # a GIS or data-integration tool's own files (an FME workspace reprojecting to EPSG:2154, a QGIS layer definition's WFS): the
    # project handles geographic data in that tool, whose reference systems and services are judged
    gis_tool = [h for h in legal_crs + ogc + geojson if h[0].rsplit(".", 1)[-1].lower() in GIS_TOOL_EXT and h[3] == "config"]
    # a QGIS plugin using QGIS only as its host (its task manager, message log and menus: a plugin running pg_dump and pg_restore on
    # tables it never draws), with no layer, geometry, reference system, map or geographic format in its code or files: it handles
    # no geographic data, importing qgis.core is not handling any
    # (or organising the project's layers only: its map themes and the layer tree's visibility, through QgsProject and
    # QgsMapThemeCollection, never reading a feature, a geometry, a field or a reference system nor adding a layer: a theme manager)
    project = ctx.fact("project") or {}
    qgis_plugin = decided_kind(project) == "gis-kit" and any(str(e.get("reason", "")).startswith("QGIS plugin") for e in project.get("kind_evidence") or [])
    map_use = [h for h in sig.get("geo.qgis-map-use", []) if h[3] in CODEISH]
    organising = [h for h in map_use if _LAYER_ORGANISATION.fullmatch(h[2])]
    if qgis_plugin and all(h[2].lower().startswith(("from qgis.", "qgis (")) or _LAYER_ORGANISATION.fullmatch(h[2]) for h in lib_code) \
            and len(organising) == len(map_use) and not (organising and any(h[3] in CODEISH for h in sig.get("geo.qgis-layer-data", []))) \
            and not (sig.get("geo.qgis-geometry") or sig.get("geo.qgis-no-geometry")) \
            and not (libs or prop or geojson or geo_files or ogc or ign or apis or legal_crs or oracle or gis_tool or typed or processing or point_clouds):
        res = Result.not_applicable(T(
            "Extension QGIS qui n'utilise de QGIS que ses services d'application (tâches, journal, menus) : ni couche, ni géométrie, ni "
            "système de référence, ni carte, ni format géographique : aucune donnée géographique à juger.",
            "A QGIS plugin using only QGIS's application services (tasks, message log, menus): no layer, geometry, reference system, "
            "map or geographic format: no geographic data to judge.") if not organising else T(
            "Extension QGIS qui organise seulement les couches du projet ouvert (thèmes de carte, visibilité dans l'arbre des couches) : "
            "elle ne lit ni n'écrit aucune entité, géométrie, système de référence ni format géographique : aucune donnée géographique "
            "à juger.",
            "A QGIS plugin that only organises the open project's layers (map themes, visibility in the layer tree): it reads or writes "
            "no feature, geometry, reference system or geographic format: no geographic data to judge."), qgis_services_only=True)
        res.evidence += hit_evidence(lib_code, limit=2) + hit_evidence(organising, limit=1)
        return res
    # points measured in a projected system, their fields named for it (a table's coord_Lambert_X, a form's "Coordonnée Lambert Y"):
    # geographic data of the service's own, judged, with or without a map library
    projected = [h for h in sig.get("geo.projected-coordinates", []) if h[3] in CODEISH]
    legal_crs += [h for h in projected if "93" in h[2]][:1]  # (Lambert-93 named: the legal reference system)
    # (or named Lambert alone, their committed values in Lambert-93's window over metropolitan France: X 100–1,250 km, Y 6,000–7,150 km,
    # where no former Lambert zone nor UTM falls — issue 12, s43 fc43 = Fyelne/Projet-PNR's coord_Lambert_X/Y in the Golfe du Morbihan)
    if projected and not legal_crs and (l93 := in_lambert93(ctx.fact("lambert_values") or [])):
        legal_crs.append([l93[0]["path"], l93[0]["line"], f"Lambert-93: {l93[0]['in_range']}/{l93[0]['rows']} {l93[0]['table']} X/Y in EPSG:2154's range", "data"])
    # a GPS receiver the code reads (a sensor's modem asked AT+CGPSINF, NMEA $GPRMC sentences parsed, TinyGPS++): positions measured in
    # WGS84, geographic data the service produces; with no map, format or service beside them, the world system's latitude and
    # longitude are the open standard of such positions (issue 12, s40 fk40 = AtmoSud Module_Air)
    gps = [h for h in sig.get("geo.gps-receiver", []) if h[3] == "code"]
    if gps and not (libs or prop or lib_code or geojson or geo_files or ogc or ign or apis or oracle or gis_tool or geocoders or projected):
        return Result.passed(T(
            "Positions lues d'un récepteur GPS (" + ", ".join(sorted({h[2] for h in gps})[:3]) + ") : des latitudes et longitudes en WGS84, "
            "le système mondial ouvert du GPS ; ni carte, ni format ni service géographique à côté : rien d'autre des standards "
            "cartographiques à juger.",
            "Positions read from a GPS receiver (" + ", ".join(sorted({h[2] for h in gps})[:3]) + "): latitudes and longitudes in WGS84, "
            "the GPS's open world system; no map, geographic format or service beside them: nothing else of the map standards to judge."),
            hit_evidence(gps, limit=3), gps=True, no_map_of_its_own=True)
    if not (libs or prop or lib_code or geojson or geo_files or ogc or ign or apis or oracle or gis_tool or geocoders or projected):
        coords = [h for h in sig.get("geo.coordinates", []) if h[3] == "code"]
        coords += [[h[0], h[1], h[2].lower(), *h[3:]] for h in sig.get("geo.coordinate-accessors", []) if h[3] == "code"]  # (getLat( ), setLng( …))
        coords += [[h[0], h[1], h[2].lower(), *h[3:]] for h in sig.get("geo.sql-coordinates", []) if h[3] not in ("test", "doc", "example")]  # (a table's latitude column)
        # a latitude and a longitude written side by side into the records the code builds (an API relaying a tourism platform's
        # records, each with "location": {"latitude": …, "longitude": …}): positions the service hands on, geographic data exchanged
        # as two plain fields, in no geographic format and with no reference system stated (issue 12, s46 fc46 = D-OTIsud/tourinsoftpars)
        pairs = [h for h in sig.get("geo.coordinate-pair", []) if h[3] == "code"]
        if pairs:
            where = ", ".join(sorted({f"{h[0]}:{h[1]}" for h in pairs})[:3])
            res = Result.warn(T(
                f"Le code écrit des positions en latitude/longitude dans les enregistrements qu'il produit ({where}) : des données "
                "géographiques échangées, mais en deux champs simples, sans format géographique ouvert (GeoJSON) ni système de "
                "référence déclaré ; pas de carte ni de service géographique par ailleurs.",
                f"The code writes positions as latitude/longitude into the records it produces ({where}): geographic data exchanged, "
                "but as two plain fields, in no open geographic format (GeoJSON) and with no reference system stated; no map nor "
                "geographic service otherwise."), hit_evidence(pairs, limit=3), score=5, coordinate_pairs=True, geojson=False,
                ogc=False, legal_crs=False, no_map_of_its_own=True)
            res.advise(T("Publiez ces positions en GeoJSON (RFC 7946 : une géométrie Point en WGS84, longitude puis latitude) ou, en "
                         "gardant les deux champs, déclarez leur système de référence (WGS84, EPSG:4326) dans la documentation de "
                         "l'API, pour qu'un autre territoire les charge dans son SIG sans deviner.",
                         "Publish these positions as GeoJSON (RFC 7946: a Point geometry in WGS84, longitude then latitude) or, keeping "
                         "the two fields, state their reference system (WGS84, EPSG:4326) in the API's documentation, so that another "
                         "territory loads them into its GIS without guessing."))
            return res
        if coords:  # positions kept as latitude/longitude (a bridge's traffic events placed on its drawing): nothing of the map standards to judge
            res = Result.not_applicable(T(
                f"Le service lit des positions en coordonnées ({', '.join(sorted({h[2] for h in coords}))}) mais n'affiche aucune carte avec une "
                "bibliothèque cartographique et n'échange aucun format ou service géographique : rien à juger ici.",
                f"The service reads positions as coordinates ({', '.join(sorted({h[2] for h in coords}))}) but draws no map with a mapping "
                "library and exchanges no geographic format or service: nothing to judge here."))
            res.evidence += hit_evidence(coords, limit=3)
            return res
        unread = _unread_code(ctx)
        if unread:  # (a 3 MB notebook drawing a map of stops, left unread for its size: not measured, not "no map")
            names = ", ".join(unread)
            return Result.inconclusive(T(f"Aucune carte ni donnée géographique dans les fichiers lus ; non mesuré : {names}, trop gros pour "
                                         f"être lu(s) (plus de {SCAN_MAX_BYTES // 1024} Ko).",
                                         f"No map or geographic data in the files read; not measured: {names}, too large to read "
                                         f"(over {SCAN_MAX_BYTES // 1024} KB)."), [Evidence(path=p, kind="missing") for p in unread])
        if why := documentation_only(ctx):  # (a web map's user manual: the map is real, its code is elsewhere)
            return Result.not_applicable(T(why["fr"] + " : aucun code manipulant cartes ou données géographiques à juger ici.",
                                           why["en"] + ": no code handling maps or geographic data to judge here."), no_code=True)
        return Result.not_applicable(T("Le service ne manipule ni carte ni donnée géographique détectable.", "The service handles no detectable map or geographic data."))
    # only a GDAL/PROJ command run by a script (vrt.sh's ogr2ogr on the VRT files it is given, cs2cs on a feed's coordinates): the
    # formats and services are the data's, named at run time, not in the repository — not measured, neither yes nor no
    # (the PostGIS image it loads into is no format either)
    cli = [h for h in lib_code if GEO_CLI_TOOL.fullmatch(h[2])]
    if cli and all(h in cli or h in db_image for h in lib_code) and not (libs or prop or geojson or geo_files or ogc or ign or apis or legal_crs):
        tools = ", ".join(sorted({h[2] for h in lib_code}))
        res = Result.inconclusive(T(
            f"Le code lance des outils géographiques ouverts ({tools}) sur des données dont il ne nomme ni le format ni le service : "
            "formats, services et référentiels non mesurés.",
            f"The code runs open geographic tools ({tools}) on data whose format or service it does not name: formats, services and "
            "references not measured."))
        res.evidence += hit_evidence(lib_code, limit=3)
        return res
    # only PostGIS functions in SQL (views over tables created elsewhere: ST_Intersects(p.geom, q.geom)), no geometry typed here: the
    # geometries' encoding and reference system are those of tables this repository does not hold — not measured, neither yes nor no
    postgis_sql = [h for h in lib_code if h[3] == "data" and sql_path(scan, h[0])]
    if postgis_sql and len(postgis_sql) == len(lib_code) and not (libs or prop or typed or geojson or geo_files or ogc or ign or apis or legal_crs or oracle):
        res = Result.inconclusive(T(
            "Le SQL utilise des géométries PostGIS (" + ", ".join(sorted({h[2].rstrip("(").lower() for h in postgis_sql})[:3]) + ") de tables créées ailleurs : "
            "leur format et leur système de référence ne sont pas dans ce dépôt, non mesurés.",
            "The SQL uses PostGIS geometries (" + ", ".join(sorted({h[2].rstrip("(").lower() for h in postgis_sql})[:3]) + ") of tables created elsewhere: "
            "their encoding and reference system are not in this repository, not measured."))
        res.evidence += hit_evidence(postgis_sql, limit=3)
        return res
    # only OGC services named or read (a portal listing its WMS/WFS GetCapabilities addresses, a script reading a CSW catalogue with
    # OWSLib), no map drawn and no geometry handled: the open standard is used, and no mapping library, format or reference applies
    if ogc and ogc == named_ogc and not (libs or prop or lib_code or geojson or geo_files or ign or apis or legal_crs):
        res = Result.passed(T("Services OGC nommés ou lus (" + ", ".join(sorted({h[2].lower(): h[2] for h in ogc}.values())[:3]) + ") ; ni bibliothèque cartographique, ni format "
                              "géographique, ni géométrie trouvés ici : rien d'autre des standards cartographiques à juger.",
                              "OGC services named or read (" + ", ".join(sorted({h[2].lower(): h[2] for h in ogc}.values())[:3]) + "); no mapping library, geographic "
                              "format or geometry found here: nothing else of the map standards to judge."),
                            hit_evidence(ogc, limit=3), ogc=True, no_map_of_its_own=True)
        return res
    ev = dep_evidence_lines(ctx, libs, limit=5) + hit_evidence(lib_code, limit=3) + hit_evidence(projected, limit=2)
    ev += hit_evidence(oracle, limit=2, note=T("Géométries Oracle Spatial : base propriétaire (voir scaling.vendor-lock-in).",
                                               "Oracle Spatial geometries: a proprietary database (see scaling.vendor-lock-in)."))
    ev += hit_evidence(geojson, limit=3) + [Evidence(path=p, value="geo file", kind="found") for p in geo_files[:3]]
    ev += hit_evidence(ogc, limit=3) + hit_evidence(ign, limit=3) + hit_evidence(apis, limit=5)
    # where the legal reference system was read (arcpy.SpatialReference(2154), EPSG:2154), unless a line above already shows it
    shown = {(e.path, e.line) for e in ev}
    ev += hit_evidence([h for h in legal_crs if h not in foreign_crs and (h[0], h[1]) not in shown][:2],
                       note=T("Système de référence légal (décret 2006-272).", "Legal reference system (décret 2006-272)."))
    prop_note = T("Bibliothèque cartographique propriétaire : préférez MapLibre ou Leaflet.", "Proprietary mapping library: prefer MapLibre or Leaflet.")
    if prop and all(d in NATIVE_MAPS for d, _ in prop):  # (an open wrapper: the map it draws is the proprietary one)
        prop_note = T("Cartes natives propriétaires (Google Maps sur Android, Apple Plans sur iOS) : préférez MapLibre React Native "
                      "(@maplibre/maplibre-react-native) avec des fonds ouverts (Géoplateforme IGN, OpenStreetMap).",
                      "Proprietary native maps (Google Maps on Android, Apple Maps on iOS): prefer MapLibre React Native "
                      "(@maplibre/maplibre-react-native) with open base maps (IGN Géoplateforme, OpenStreetMap).")
    # the vendor's SDK the code imports (import FeatureLayer from 'esri/layers/FeatureLayer', import arcpy): its proprietary library
    sdk = bool(called) and prop == called and all(_IMPORT.match(str(e.get("value") or "")) for e in called_by.values())
    if called and prop == called and not sdk:  # a vendor's server the code calls (an ArcGIS Server's REST services read with esri-leaflet): a service, not the map library
        prop_note = T("Service cartographique ou SIG propriétaire appelé par le code : préférez des services ouverts (WMS/WFS, OGC API) ou ceux de "
                      "l'IGN (Géoplateforme).", "Proprietary map or GIS service called by the code: prefer open services (WMS/WFS, OGC API) "
                      "or IGN's (Géoplateforme).")
    if called and prop == called:  # where the code calls or imports it, with the line
        ev += [Evidence(path=e["path"], line=e.get("line"), value=f"{name}: {e.get('value')}", kind="finding", note=prop_note)
               for name, e in called_by.items()][:3]
    else:
        ev += (hit_evidence(prop_code, kind="finding", limit=3, note=prop_note) if prop_code and prop[0][0] == sdk_name
               else dep_evidence_lines(ctx, prop, kind="finding", limit=3, note=prop_note))
    details = {"libraries": [d for d, _ in libs] + cdn_names, "proprietary": [d for d, _ in prop], "geojson": bool(geojson or geo_files), "ogc": bool(ogc),
               "ign": bool(ign), "geo_api_gouv": bool(apis), "legal_crs": bool(legal_crs)}
    if geocoders and not apis:
        details["open_geocoders"] = sorted({_geocoder_name(h[2]) for h in geocoders})
    if geocoders and not apis and not (libs or prop or lib_code or geojson or geo_files or ogc or ign or legal_crs or oracle or typed):
        # no map and no geographic data of its own, the places geocoded by an open service other than the national reference (a
        # clock-in app's reverse geocoding of each GPS position through Nominatim): the API Adresse is the French addresses' reference
        names = ", ".join(details["open_geocoders"])
        # (with a table of its own holding positions, read by its code — a chatbot's 2,000 collection points, geo_point_2d "lat, lon" —:
        # geographic data of its own in an open format (CSV), the geocoding said beside it; same verdict, s41 fa41)
        if tables := [t for t in ctx.fact("csv_geo") or []][:3]:
            where = "; ".join(f"{t['path']}: {', '.join(t['columns'])}" for t in tables)
            return Result.warn(T(f"Pas de carte ; données géographiques propres dans un format ouvert (CSV {where}) ; les positions ou adresses "
                                 f"sont géocodées par un service ouvert qui n'est pas le référentiel national ({names}) ; géocodez les adresses "
                                 "françaises avec l'API Adresse (Base Adresse Nationale).",
                                 f"No map; geographic data of its own in an open format (CSV {where}); positions or addresses are geocoded by an "
                                 f"open service that is not the national reference ({names}); geocode French addresses with the API Adresse "
                                 "(the national address base, BAN)."),
                               [Evidence(path=t["path"], value="CSV: " + ", ".join(t["columns"]), kind="found") for t in tables]
                               + hit_evidence(geocoders, limit=3), score=6, own_csv_geo=[t["path"] for t in tables], **details)
        return Result.warn(T(f"Ni carte ni donnée géographique propre : les positions ou adresses sont géocodées par un service ouvert qui "
                             f"n'est pas le référentiel national ({names}) ; géocodez les adresses françaises avec l'API Adresse "
                             "(Base Adresse Nationale).",
                             f"No map and no geographic data of its own: positions or addresses are geocoded by an open service that is "
                             f"not the national reference ({names}); geocode French addresses with the API Adresse (the national "
                             "address base, BAN)."),
                           hit_evidence(geocoders, limit=3), score=6, **details)
    ev += hit_evidence(geocoders, limit=2) if not apis else []
    # (a feature's coordinates read from the answer of the public reference the form calls, $item['geometry']['coordinates'] of the
    # API Adresse's: that answer's GeoJSON is the reference's, not geographic data of the project's own — issue 12, s44 lead = vg44's
    # rmoubarak/Documentation-Stage, pass 10 → warn 5 after e20d77ff)
    own_geojson = [h for h in geojson if not _ANSWER_COORDS.search(h[2] or "")] if apis else geojson
    if apis and not (libs or prop or lib_code or own_geojson or geo_files or ogc or legal_crs):
        # a form completing addresses or communes, no map: the public references are the whole of its geography, IGN's among them
        # when named beside (an intranet finding a parcel through IGN's API Carto, an API geocoding through the Géoplateforme):
        # without a map library, an OGC service or a format, IGN is called for its references, not drawn
        return Result.passed(T("Ni carte ni donnée géographique propre : les adresses ou communes passent par les référentiels publics "
                               f"(API Adresse, geo.api.gouv.fr{', API de l’IGN' if ign else ''}).",
                               "No map and no geographic data of its own: addresses or municipalities go through the public references "
                               f"(API Adresse, geo.api.gouv.fr{', IGN’s APIs' if ign else ''})."), ev, **details)
    # a map drawn by an open library on OpenStreetMap's tiles with markers placed from coordinates, and nothing else geographic (no
    # format, service, geometry, reference system; no other layer): the service publishes and exchanges no geographic data, the open
    # library and the open base map are all the criterion asks (an R Shiny app's 200-px Leaflet picker of weather stations)
    display = (libs or lib_code) and all(_MAP_DISPLAY.search(n) for n, _ in libs) and all(_MAP_DISPLAY.search(h[2]) for h in lib_code)
    if display and not (prop or geojson or geo_files or ogc or ign or apis or legal_crs or oracle or typed or db_image or processing or point_clouds):
        layers = (ctx.fact("map_construction") or {}).get("layers") or {}
        if layers.get("osm") and layers.get("markers") and not layers.get("other"):
            path, line, excerpt = layers["markers"]
            ev.append(Evidence(path=path, line=line, value=excerpt, kind="found"))
            return Result.passed(T("Carte dessinée par une bibliothèque ouverte sur les tuiles OpenStreetMap, avec des marqueurs placés par leurs "
                                   "coordonnées ; le service ne publie ni n'échange aucune donnée géographique (ni format, ni service, ni "
                                   "géométrie, ni système de référence) : rien d'autre des standards cartographiques à juger.",
                                   "A map drawn by an open library on OpenStreetMap's tiles, with markers placed from their coordinates; the "
                                   "service publishes and exchanges no geographic data (no format, service, geometry or reference system): "
                                   "nothing else of the map standards to judge."), ev, markers_on_osm=True, **details)
    # a service without a map of its own (an API serving GeoJSON) needs no mapping library: none proprietary is the criterion met
    # (a library without any interface, a data provider reading WFS for others' dashboards, neither)
    kind = decided_kind(ctx.fact("project") or {})
    # (nor does a data model: its tables hold the geometries that applications draw)
    # (a library of interface components whose own code makes no map works on its caller's: a control added to the map the
    # application passes it, map.addControl(…), props.map; its examples and demos make one to show it)
    callers_map = kind == "library" and not prop and (not has_ui(ctx) or not ctx.fact("map_construction")["maps"])
    no_map = (kind in ("api-service", "cli-tool", "data-specification", "data-model") or callers_map) and not prop
    # a server of OGC web services (a CSW catalogue answering GetRecords, a MapProxy cache) serves maps and records to clients: it
    # draws no map of its own
    no_map = no_map or bool(not (prop or libs or lib_code) and (served or ogc_server(ctx)))
    # nor does a geocoding front end (an address file uploaded, the geocoding program run on it, its results downloaded) that
    # builds no map: its geography is the geocoding, judged by its reference (s46 fc46)
    no_map = no_map or bool(geocoding_run and not (libs or lib_code) and not (ctx.fact("map_construction") or {}).get("maps"))
    details["no_map_of_its_own"] = bool(no_map and not (libs or lib_code))
    # a library without an interface (a WFS client reading whatever service its caller names), or whose components work on the map
    # their caller gives them, handles its callers' data and map: which basemaps, references (IGN, API Adresse) and which reference
    # system they use is the calling application's choice, not the library's
    # (but the OGC services a library calls itself — the WMS/WFS addresses its code or its manifest names with their host, an
    # add-on's default services queried by GetFeatureInfo — are its own data: their references are judged as an application's)
    callers_refs = callers_map and not (ign or apis or legal_crs) and not own_service_ogc(ctx, named_ogc)
    # (and so are the formats and services those data come in: a map widget drawing a curve between two points its caller passes,
    # reading no file and calling no service, is not marked down for no GeoJSON nor OGC — its caller's choice, like the references;
    # issue 12, s44 fh44 = ymansiaux/leaflettools)
    construction = ctx.fact("map_construction") or {}  # (not a library whose own code makes a map, a Shiny app in inst/ drawing its data)
    callers_data = callers_refs and not (construction.get("maps") or construction.get("layers"))
    details["formats_callers"] = callers_data
    # a tool working on the layers or point clouds its user gives it (a QGIS Processing algorithm's raster and vector layers, a
    # command running PDAL pipelines on LAS/LAZ files), naming no service or reference itself: which services and references
    # those data come from is the user's choice when it runs, not the tool's
    # (and a QGIS plugin working on the open project's layers through QGIS's layer API — their features, geometries, selections —
    # reading no file and calling no service of its own: QGIS's providers read those layers in whatever open format they are, the
    # project's services and references are its user's; infogeo54/SMC's selection of every layer's features within the ticked
    # communes, issue 12, s36 j36)
    project_layers = qgis_plugin and not (processing or point_clouds) and any(h[3] == "code" for h in sig.get("geo.qgis-layer-data", [])) \
        and not (organising and len(organising) == len(map_use))
    # (and a command-line tool converting the tables or files its user lists with GDAL's own commands — ogr2ogr -f "ESRI Shapefile" over
    # the PostGIS tables named in its settings file —: the formats it writes are its own, the services and references those data come
    # from are its user's; issue 12, s46 ff46 = remifroger/pgexport)
    gdal_converter = kind in ("gis-kit", "cli-tool") and bool(lib_code) and all(GEO_CLI_TOOL.fullmatch(h[2]) for h in lib_code) \
        and not (libs or prop or geo_files or ogc or ign or apis or legal_crs) \
        and all(h in gdal_lines or h in gdal_driven or (h[0], h[1]) in {(c[0], c[1]) for c in lib_code} for h in geojson)  # (its -f format)
    users_data = kind in ("gis-kit", "cli-tool", "library") and bool(processing or point_clouds or project_layers or gdal_converter) and not prop and not (ign or apis or legal_crs)
    # a QGIS plugin writing only tables without geometry (a cadastral filiation file turned into a GeoPackage attribute table,
    # createVectorTable(…, QgsWkbTypes.NoGeometry, …)) and building or reading no geometry: no coordinates to put in a reference system
    no_geometry = kind == "gis-kit" and bool(sig.get("geo.qgis-no-geometry")) and not sig.get("geo.qgis-geometry") \
        and not prop and not (ign or apis or legal_crs) and not users_data
    details["no_geometry"] = no_geometry
    users_ogc = users_data and not ogc
    callers_refs = callers_refs or users_data or no_geometry
    details["national_references_callers"] = callers_refs
    details["users_data"] = users_data
    score = 0.0
    score += 3 if (libs or lib_code or no_map) else 0
    score += 2 if (geojson or geo_files or callers_data) else 0  # GeoJSON or another open geographic format (SLD, GeoPackage, QGIS project…)
    score += 2 if ogc or users_ogc or callers_data else 0
    score += 3 if (ign or apis or legal_crs or callers_refs) else 0
    score -= 2 * min(2, len(prop))
    code, country = foreign_legal_crs(foreign_crs[0][2]) if foreign_crs else ("", ("", ""))
    what_fr, what_en = ("couches de l’utilisateur, lues et écrites par QGIS", "the user’s layers, read and written by QGIS") if processing \
        else ("nuages de points de l’utilisateur", "the user’s point clouds") if point_clouds \
        else ("tables ou fichiers de l’utilisateur, convertis par les commandes de GDAL", "the user’s tables or files, converted by GDAL’s commands") if gdal_converter \
        else ("couches du projet QGIS ouvert, lues par QGIS quel que soit leur format", "the open QGIS project’s layers, read by QGIS whatever their format")
    users_fr = f"sans objet ({what_fr} : leurs services et référentiels sont choisis à l’exécution)"
    users_en = f"not applicable ({what_en}: their services and references are chosen when it runs)"
    crs_fr, crs_en = (f" (EPSG:{code}, système légal {country[0]})", f" (EPSG:{code}, {country[1]} legal system)") if foreign_crs else ("", "")
    # a GIS tool's file left unread for its size (a 3 MB QGIS layer definition whose WFS layers are in EPSG:2154): no reference found
    # in what was read is "not measured", not "no"
    unread_gis = [p for p in _unread_code(ctx) if p.rsplit(".", 1)[-1].lower() in GIS_TOOL_EXT]
    no_fr, no_en = ("non", "no") if not unread_gis else (f"non mesuré ({', '.join(unread_gis[:3])} : trop gros pour être lu)",
                                                          f"not measured ({', '.join(unread_gis[:3])}: too large to read)")
    if unread_gis:
        details["unread"] = unread_gis
    own_only = bool(own_svg) and all(h in own_svg for h in lib_code)  # (no library at all: the map is the project's code)
    if own_svg:
        details["own_svg_map"] = True
    yes_fr, yes_en = ("oui, son propre code (carte SVG dessinée à partir des coordonnées)", "yes, its own code (an SVG map drawn from coordinates)") \
        if own_only else ("oui", "yes")
    if own_only and own_svg[0][2].startswith("SVG map ("):  # (a committed SVG map the project's script drives)
        yes_fr, yes_en = ("oui, son propre code (carte SVG chargée et animée par son script)", "yes, its own code (an SVG map its script loads and drives)")
    msg = T(f"Bibliothèques ouvertes : {', '.join(details['libraries']) or (yes_fr if lib_code else 'sans objet (pas de carte)' if no_map else 'aucune')} ; GeoJSON ou format géographique ouvert : {'oui' if geojson or geo_files else 'sans objet (données de l’application qui l’appelle)' if callers_data else 'non'} ; "
            f"OGC : {'oui' if ogc else 'sans objet (données de l’utilisateur)' if users_ogc else 'sans objet (services de l’application qui l’appelle)' if callers_data else 'non'} ; IGN / geo.api.gouv.fr / API Adresse / système de référence légal : {'oui' if ign or apis or legal_crs else users_fr if users_data else 'sans objet (tables sans géométrie : aucune coordonnée à référencer)' if no_geometry else 'sans objet (bibliothèque : les données et leurs références sont celles de l’application qui l’appelle)' if callers_refs else no_fr}{crs_fr}"
            f"{' ; propriétaires : ' + ', '.join(d + (f' ({NATIVE_MAPS[d][0]})' if d in NATIVE_MAPS else '') for d, _ in prop) if prop else ''}.",
            f"Open libraries: {', '.join(details['libraries']) or (yes_en if lib_code else 'not needed (no map)' if no_map else 'none')}; GeoJSON or open geographic format: {'yes' if geojson or geo_files else 'not applicable (the calling application’s data)' if callers_data else 'no'}; "
            f"OGC: {'yes' if ogc else 'not applicable (the user’s data)' if users_ogc else 'not applicable (the calling application’s services)' if callers_data else 'no'}; IGN / geo.api.gouv.fr / API Adresse / legal reference system: {'yes' if ign or apis or legal_crs else users_en if users_data else 'not applicable (tables without geometry: no coordinates to reference)' if no_geometry else 'not applicable (a library: the data and their references are those of the application calling it)' if callers_refs else no_en}{crs_en}"
            f"{'; proprietary: ' + ', '.join(d + (f' ({NATIVE_MAPS[d][1]})' if d in NATIVE_MAPS else '') for d, _ in prop) if prop else ''}.")
    if foreign_crs:  # (the legal system found is not France's: said beside the legal reference system, not after the proprietary list)
        ev += hit_evidence(foreign_crs, limit=2)
    if unread_gis and not (ign or apis or legal_crs or callers_refs):
        ev += [Evidence(path=p, kind="missing") for p in unread_gis[:3]]
    if no_geometry:
        ev += hit_evidence(sig["geo.qgis-no-geometry"], limit=1)
    res = Result.scored(score, msg, ev, **details)
    if oracle and not (libs or typed or prop or has_ui(ctx)):
        # a model or a script keeping its geometries in Oracle Spatial, no map of its own: the advice is its storage and exchange,
        # not a map library
        fr = ["gardez les géométries dans une base spatiale libre, PostgreSQL/PostGIS (une colonne geometry(Point, 2154) remplace "
              "SDO_GEOMETRY et sa ligne de USER_SDO_GEOM_METADATA), qu'une autre collectivité installe sans licence Oracle"]
        en = ["keep the geometries in an open spatial database, PostgreSQL/PostGIS (a geometry(Point, 2154) column replaces SDO_GEOMETRY "
              "and its USER_SDO_GEOM_METADATA row), which another local government installs without an Oracle licence"]
        if not (geojson or geo_files or ogc):
            fr.append("publiez les couches dans un format ouvert (GeoPackage, GeoJSON) ou par un service OGC (WFS, OGC API Features)")
            en.append("publish the layers in an open format (GeoPackage, GeoJSON) or through an OGC service (WFS, OGC API Features)")
        if not legal_crs:
            fr.append("déclarez-les dans le système de référence légal (Lambert-93, EPSG:2154, décret 2006-272)")
            en.append("declare them in the legal reference system (Lambert-93, EPSG:2154, décret 2006-272)")
        res.advise(clauses(fr, en))
    return res


def _geocoder_name(excerpt: str) -> str:
    """The open geocoder a ``geo.open-geocoder`` hit names."""
    return "Komoot Photon" if "photon" in excerpt.lower() else "OpenStreetMap Nominatim"


# a referential's data file by its name (commune.json, init_db_geocodes_sample.sql, cog_2024.csv, departements.geojson,
# communes-departement-region.csv): the list of places it is named after is the name's head, after words that only say it is a
# list or a table of them (v_commune_2024, liste-des-communes, table-appartenance-geo-communes). A geographic word qualifying
# another subject (ca-region.csv, a region's budget; population-communes.csv, figures by commune) names no referential.
REFERENCE_DATA_NAME = lazy_compile(r"^(?:communes?|cities|cog|insee|geocodes?|countries|pays|departements?|regions?|epcis?|"
                                   r"intercommunalites?)$", re.I)
_REFERENCE_LEAD = frozenset({"v", "liste", "list", "des", "de", "du", "la", "les", "of", "all", "toutes", "tous", "ref", "referentiel",
                             "reference", "table", "appartenance", "geo", "code", "codes", "init", "db", "data", "donnees", "base", "seed",
                             "fixture", "fixtures", "dump", "import", "load", "contours", "limites"})


def reference_data_name(stem: str) -> bool:
    """The file's name (without its extension) says it is a referential of places: its first word that is not a list's or a
    table's word (nor a number) is one of the places' names."""
    words = [w for w in re.split(r"[_.\s-]+", stem.lower()) if w]
    head = next((w for w in words if w not in _REFERENCE_LEAD and not w.isdigit()), "")
    return bool(REFERENCE_DATA_NAME.match(head))


REFERENCE_DATA_EXT = ("json", "csv", "tsv", "sql", "geojson")
_THIRD_PARTY_DATA = lazy_compile(r"(?:^|/)data/(?:external|raw|reference|referentiels?)/", re.I)


def third_party_data(path: str) -> bool:
    """The file is kept in a data folder of what was taken from other sources (data/external/, data/raw/): no library's copy."""
    return bool(_THIRD_PARTY_DATA.search(path))
# a map's mask (departement-invert.json: the world minus one département, one shape to grey out the rest): no list of codes
MASK_NAME = lazy_compile(r"(?:^|[_.-])(?:invert(?:ed)?|inverse|mask|masque)(?:[_.-]|$)", re.I)
# identifiers hard-coded: in code, then in a data model's SQL
# (+ a body's SIREN a data model's SQL writes into the ids and names it builds: a PLUi trigger's '243500667_PLUI_'||date as idurba;
# the rows of one territory's communes a model inserts, keyed by their INSEE codes: ('68063','68700','Cernay'), …; and the codes a
# shell or awk pipeline keeps: its communes' files, its intercommunalities' SIREN, the départements compared with a column; a
# commune's code inside the ids of its transport network's objects, 'FR:60159:LA:125:LOC')
HARD_IDS = ("territory.insee", "territory.siren", "territory.sql-insee", "territory.sql-commune-row", "territory.sql-filter", "territory.sql-siren",
            "territory.sql-siren-id", "territory.sql-insee-rows", "territory.sql-insee-id", "territory.shell-insee", "territory.shell-siren", "territory.shell-filter",
            "territory.shell-ogr-filter",  # (a GDAL/OGR command's where clause in a script: ogr2ogr -where "code_insee='14'")
            "territory.code-sql-filter",  # (a query in the code's strings keeping one département: WHERE depcom LIKE '75%')
            "territory.code-prefix-filter",  # (or the code's own test on the INSEE code's start: code_insee[0:2] == "93")
            "territory.ogc-filter", "territory.qgis-filter",  # (a style's filter on one commune's code: <ogc:Literal>35238</ogc:Literal>)
            "territory.insee-map",  # (a mapping in code of one territory's communes by code: {"35069": "Châteaugiron", …})
            "territory.sql-split-code",  # (a département's code prefixed to a parcel's identifier, '60'::text || p.idu; left(p.idu, 3) = '159')
            "territory.code-prefix",  # (a region's number glued in front of the commune's code received: $geo = '193'.$geo)
            "territory.query-filter")  # (an API query's where clause the code builds: `code_departement=974${…}`)
DEP_ID = "territory.departement"
ID_LIBS = r"python-stdnum|@etalab/decoupage-administratif|decoupage-administratif|french-siret|siret|siren|luhn|@socialgouv/.*siret.*|.*insee.*|.*-cog"


@check(
    id="interoperability.identifiers",
    family="interoperability",
    effort="hours",
    title=T("Les identifiants publics (INSEE, SIREN, EPCI) sont utilisés comme tels", "Public identifiers (INSEE, SIREN, EPCI) are used as such"),
    rationale=T(
        "Le code officiel géographique (INSEE), le SIREN/SIRET et les codes EPCI sont les clés qui relient les données d'un service à "
        "celles des autres (schema.data.gouv.fr, schéma des projets du programme) ; ils doivent être des champs alimentés par des "
        "référentiels, pas des valeurs écrites dans le code.",
        "The official geographic code (INSEE), SIREN/SIRET and EPCI codes are the keys that join a service's data with others' "
        "(schema.data.gouv.fr, the programme's project schema); they must be fields filled from reference data, not values written in code.",
    ),
    remediation=T(
        "Stockez les collectivités par code INSEE/SIREN (champs codeInsee, siren, codeEpci), alimentés par geo.api.gouv.fr ou "
        "@etalab/decoupage-administratif et validés (python-stdnum) ; retirez du code les valeurs listées.",
        "Store local governments by INSEE/SIREN code (fields codeInsee, siren, codeEpci), filled from geo.api.gouv.fr or "
        "@etalab/decoupage-administratif and validated (python-stdnum); remove the listed values from the code.",
    ),
)
def identifiers(ctx) -> Result:
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    fields = [h for h in sig.get("ident.fields", []) if h[3] in ("code", "template", "config", "data", "other")]
    fields += [h for sid in ("ident.sql-columns", "ident.sql-references", "ident.sql-aliases", "ident.columns", "ident.typed-fields", "ident.model-columns") for h in sig.get(sid, [])
               if h[3] not in ("test", "doc", "example")]  # (and a typed model's: a TypeScript interface's insee: string; a model's num_comm)
    if any(h[3] == "code" for h in sig.get("ident.insee-label", [])):  # (the bare "insee" a source's label or a flag in this repository:
        fields = [h for h in fields if not (h in sig.get("ident.columns", []) and h[2].lower() == "insee")]  # source == "insee", no code column)
    # the area code of GeoNature's ref_geo (ref_geo.l_areas.area_code: the INSEE code of its communes and départements, loaded from
    # IGN's ADMIN EXPRESS): an identifier field whose values come from that referential (issue 12, s36 h36 = PnEcrins/GeoConstats)
    ref_geo = [h for h in sig.get("ident.ref-geo-code", []) if h[3] not in ("test", "doc", "example")]
    fields += ref_geo
    # a territory's code by its statistical name (code_geo, CODGEO: the INSEE code at the level a row is given), in a file naming
    # that level (WHERE echelle = $1 AND code_geo = $2): an identifier field (issue 12, s36 r36 = remifroger/apur-api)
    geo_code = [h for h in sig.get("ident.geo-code", []) if h[3] not in ("test", "doc", "example")]
    fields += geo_code
    # (a commune's or département's code received and made a key under a branch on that level, '193'.$geo: the code is a field)
    fields += [[h[0], h[1], "insee", h[3]] for h in sig.get("territory.code-prefix", []) if h[3] in ("code", "template")]
    # (and the code column a query of the code filters on, WHERE depcom::text like '75%': a field it reads, issue 12, s37 rc37)
    fields += [[h[0], h[1], "insee", h[3]] for h in sig.get("territory.code-sql-filter", []) if h[3] == "code"]
    columns = [h for h in sig.get("ident.csv-header", []) if h[3] not in ("test", "doc", "example")]  # a table keyed by INSEE codes, one per column
    # a column documented as an identifier (COMMENT ON COLUMN … IS 'Code INSEE du site'; a data dictionary's typed row, in its docs)
    described = [h for h in sig.get("ident.described", []) if h[3] not in ("test", "doc", "example")]
    described += [h for h in sig.get("ident.dictionary", []) if h[3] not in ("test", "example")]
    described += [h for h in sig.get("ident.ui-label", []) if h[3] == "code"]  # (a form's label or help: "Code INSEE" beside a picker)
    services = [h for h in sig.get("ident.services", []) if h[3] in CODEISH]
    services += [h for h in sig.get("ident.validation", []) if h[3] == "code"]  # (a validator of its own: _parse_siret raising SiretInvalideErreur)
    services += [h for h in sig.get("ident.length-check", []) if h[3] == "code"]  # (or one raising on the code's length, whatever its name)
    services += sig.get("ident.named-validator", [])  # (or the form platform's, named: w.c.s.'s "siret-fr")
    # (or a code looked up in a geographic referential, getCityByCode(sent) of a platform's geocodes plugin: the official list asked)
    services += [h for h in sig.get("ident.referential-lookup", []) if h[3] == "code"][:3]
    # (or a referential file the code loads, asserting its identifier columns: an ETL's commune referential, 'Code INSEE Commune')
    services += [h for h in sig.get("ident.referential-check", []) if h[3] == "code"]
    # codes joined from IGN's ADMIN EXPRESS tables (the official boundaries with their INSEE and SIREN codes): the reference itself
    services += [h for sid in ("ident.reference-tables", "ident.sql-reference-fill") for h in sig.get(sid, [])
                 if h[3] in CODEISH or (h[3] == "data" and sql_path(scan, h[0]))]  # (and codes a model's triggers fill or check from them)
    libs = match_deps(ctx, [ID_LIBS], dev=False)
    # a referential committed as data (a Django fixture of the region's 951 communes keyed by INSEE code, a 3.8 MB dump of the
    # official geographic code loaded by a plugin's install SQL): the reference the identifier fields are filled from
    # (or a table of them copied from its source into a third-party data folder, data/external/codes_insee_amp.csv of a pipeline
    # laid out as Cookiecutter Data Science's: small as one territory's list is, it is the official codes the code reads)
    ref_files = [e.path for e in tree_of(ctx) if e.ext.lower() in REFERENCE_DATA_EXT and reference_data_name(e.name.rsplit(".", 1)[0])
                 and not MASK_NAME.search(e.name) and not is_test(e.path)
                 and (e.size >= 20_000 and not is_vendored(e.path) or e.size >= 1_000 and third_party_data(e.path))][:3]
    # (or a list of communes, one a row, whatever its name: config/DEPCO.csv's "29001;ARGOL", feeding a commune picker)
    ref_files += sorted({h[0] for h in sig.get("ident.commune-rows", []) if h[3] not in ("test", "doc", "example") and h[0] not in ref_files})[:3]
    hard = [h for sid in HARD_IDS[:2] for h in sig.get(sid, []) if h[3] in ("code", "template")]
    # a data model's views (and rows): communes' INSEE codes, a département's or region's code, intercommunalities' SIREN
    hard += [h for sid in HARD_IDS[2:] for h in sig.get(sid, []) if h[3] not in ("test", "doc", "example")]
    # a département's code in a constant of the code (DEPARTEMENT_LIMITER = '01': every import kept to the Ain), not three or more
    # in one file (a table across départements: a register's corrections, territory-neutral's reference tables)
    deps = [h for h in sig.get(DEP_ID, []) if h[3] in ("code", "template")]
    hard += [h for h in deps if len({x[2] for x in deps if x[0] == h[0]}) < 3]
    # (a query's filter another signal already read on its line, WHERE code_insee = '71270' in SQL: one value, counted once)
    query = sig.get("territory.query-filter", [])
    held = {(h[0], h[1]) for h in hard if h not in query}
    hard = [h for h in hard if h not in query or (h[0], h[1]) not in held]
    # a library's or a tool's documentation, examples and demonstration page (public/index.html of a dataviz component library, its
    # public/data/): samples of what it is given, not identifiers it handles
    kind = decided_kind(_project(ctx))
    samples: list[str] = []
    if kind in SAMPLE_KINDS:
        demos = demo_folders(tree_of(ctx))
        samples = sorted({h[0] for hs in (fields, columns, described, services, hard) for h in hs if is_sample(h[0], demos)}
                         | {p for p in ref_files if is_sample(p, demos)})
        fields, columns, described, services, hard = ([h for h in hs if h[0] not in samples] for hs in (fields, columns, described, services, hard))
        ref_files = [p for p in ref_files if p not in samples]
    # a database dump whose tables no code names (a layer the development platform loads for the service to work on: s40 fm40 =
    # georchestra/maelstro's psc_antenne.sql): a dataset, not the service's data model — a sample, whatever the kind of project
    dumps = set(ctx.fact("unused_dumps") or [])
    if dumps and (dumped := sorted({h[0] for hs in (fields, columns, described, hard) for h in hs if h[0] in dumps} - set(samples))):
        samples = sorted(set(samples) | set(dumped))
        fields, columns, described, services, hard = ([h for h in hs if h[0] not in samples] for hs in (fields, columns, described, services, hard))
        ref_files = [p for p in ref_files if p not in samples]
    # API Adresse answers with the commune's INSEE code: a reference for identifier fields, not an identifier handled by itself
    geocoding = [h for h in services if re.search(r"api-adresse|geopf\.fr/geocodage", h[2], re.I)]
    # (a trigger filling a commune's name from its boundaries handles no identifier by itself: it only validates fields found)
    fills = [h for h in services if h in sig.get("ident.sql-reference-fill", [])]
    if not (fields or described or columns or libs or hard or len(geocoding) + len(fills) < len(services)) and samples:
        from auditor.facts.project import kind_label

        return Result.not_applicable(T(f"Ce projet de type « {kind_label(kind, 'fr')} » ne manipule pas d'identifiant de collectivité ou "
                                       f"d'entreprise détectable : ceux de sa documentation ou de sa démonstration ({samples[0]}"
                                       f"{' et ' + str(len(samples) - 1) + ' autre(s) fichier(s)' if len(samples) > 1 else ''}) sont des exemples.",
                                       f"This {kind_label(kind, 'en')} handles no detectable local-government or company identifier: those of "
                                       f"its documentation or demonstration ({samples[0]}"
                                       f"{' and ' + str(len(samples) - 1) + ' other file(s)' if len(samples) > 1 else ''}) are samples."),
                                     samples=samples[:10])
    # communes kept in a table or model of the project's own by their name alone (a Doctrine entity Commune(id, nomCommune) the
    # other tables point to): local governments handled with no identifier to join on (issue 12, s37 fe37)
    # (or a table of its own listing communes by name and postal code, whatever its name: SDIS 91's localisation(loc_nom,
    # loc_codepostal), s38 fg38)
    by_name = sorted((h for sid in ("ident.commune-by-name", "ident.commune-by-postcode") for h in sig.get(sid, [])
                      if (h[3] in ("code", "config") or sid == "ident.commune-by-postcode") and h[0] not in samples),
                     key=lambda h: (h[3] != "code", h[0], h[1]))  # (the model's class before its migration's SQL)
    # (or a form's closed list of one territory's communes, the <select> of a residence whose value is the commune's name or slug,
    # stored and counted by it: issue 12, s40 fj40 = Romain64290/sport_sante)
    by_name += sorted((h for h in sig.get("territory.commune-options", []) if h[3] in ("code", "template") and h[0] not in samples),
                      key=lambda h: (h[0], h[1]))
    # (or the code's own list of them: an enum whose cases are one métropole's communes, a table keyed by communes' names whose key
    # each record keeps as its commune: issue 12, s44 fc44 = geoffroycochard/vom-metadata's City, nicolasaunai/ccpl-news's feeds)
    by_name += sorted((h for sid in ("ident.commune-enum", "ident.commune-enum-class", "ident.commune-keyed-map") for h in sig.get(sid, [])
                       if h[3] == "code" and h[0] not in samples), key=lambda h: (h[0], h[1]))
    # (or a table of any name keyed by the commune's name, Commune VARCHAR, looked up with the city the API Adresse answers with, whose
    # INSEE code the same answer gives: issue 12, s40 fm40 = gitreunion/datacup-challenge-eco-logique's Couts_eau_outil)
    if geocoding and any(h[3] == "code" and h[0] not in samples for h in sig.get("ident.address-city", [])):
        by_name += sorted((h for h in sig.get("ident.commune-name-column", []) if h[3] in ("code", "config") and h[0] not in samples),
                          key=lambda h: (h[0], h[1]))
        # (or a data frame read from a data file and filtered on its Commune column with that city: pandas' df[df['Commune'] == commune],
        # issue 12, s44 fh44 = gitreunion/datacup-challenge-data-lela)
        by_name += sorted((h for h in sig.get("ident.commune-frame-filter", []) if h[3] == "code" and h[0] not in samples),
                          key=lambda h: (h[0], h[1]))
    # (or a commune column of a table of its own the code writes, a form's free-text commune saved by an INSERT, its CREATE TABLE in
    # the schema or the dump the code reads: issue 12, s43 fc43 = Fyelne/Projet-PNR's obs_loutre.commune, PLOUGOUMELEN, VANNES…)
    written = [h for h in sig.get("ident.commune-name-written", []) if h[3] == "code" and h[0] not in samples]
    if tables := {table_of(str(h[2])) for h in written} - {""}:
        created = [h for h in sig.get("ident.commune-name-column", []) if table_of(str(h[2])) in tables and h[0] not in samples + list(dumps)]
        by_name += sorted((h for h in created if h not in by_name), key=lambda h: (h[0], h[1]))
        by_name += [h for h in written if created and table_of(str(h[2])) in {table_of(str(c[2])) for c in created}][:2]
    if not (fields or described or columns or libs or hard or len(geocoding) + len(fills) < len(services)) and by_name:
        return _held_by_name(by_name, postcode={(h[0], h[1]) for h in sig.get("ident.commune-by-postcode", [])}, kind=kind)
    if not (fields or described or columns or libs or hard or len(geocoding) + len(fills) < len(services)):
        if why := documentation_only(ctx):  # (a tool's manual documenting its "Code INSEE" parameter: the code is elsewhere)
            return Result.not_applicable(T(why["fr"] + " : aucun code manipulant des identifiants de collectivité ou d'entreprise à juger ici.",
                                           why["en"] + ": no code handling local-government or company identifiers to judge here."), no_code=True)
        return Result.not_applicable(T("Le service ne manipule pas d'identifiant de collectivité ou d'entreprise détectable.",
                                       "The service handles no detectable local-government or company identifier."))
    kinds = {re.sub(r"[_-]", "", h[2]).lower() for h in fields if h not in ref_geo and h not in geo_code} | ({"insee"} if columns else set()) | \
        ({"insee (ref_geo.area_code)"} if ref_geo else set()) | ({f"insee ({geo_code[0][2]})"} if geo_code else set())
    # a documented column's kind (INSEE, SIRET) when no field named already says it (code_insee described as 'Code insee')
    kinds = sorted(kinds | {w for w in {h[2].lower() for h in described} if not any(w in k for k in kinds)})
    fields = fields + described
    ev = hit_evidence(fields, limit=8) + hit_evidence(columns, note=T("Codes INSEE de communes en noms de colonnes.", "Communes' INSEE codes as column names."), limit=4)
    ev += hit_evidence(services, limit=4) + dep_evidence_lines(ctx, libs, limit=3)
    if ref_geo:  # (its values are the referential's: GeoNature's ref_geo, itself loaded from ADMIN EXPRESS)
        services = services + [[ref_geo[0][0], ref_geo[0][1], "ref_geo.l_areas", ref_geo[0][3]]]
        ev.append(Evidence(path=ref_geo[0][0], line=ref_geo[0][1], value="ref_geo.l_areas", kind="found",
                           note=T("Codes des communes et départements lus dans le référentiel géographique de GeoNature (ref_geo, chargé "
                                  "depuis ADMIN EXPRESS de l'IGN).", "Commune and département codes read from GeoNature's geographic referential "
                                  "(ref_geo, loaded from IGN's ADMIN EXPRESS).")))
    if fields and ref_files:  # (only beside identifier fields: a file of communes alone is data, not a reference the code uses)
        services = services + [[p, None, "reference data file", "data"] for p in ref_files]
        ev += [Evidence(path=p, value="reference data file", kind="found", note=T("Référentiel livré dans le dépôt (communes, code officiel géographique…).",
                                                                                 "Reference data shipped in the repository (communes, official geographic code…)."))
               for p in ref_files]
    fields = fields + columns
    ev += [Evidence(path=h[0], line=h[1], value=h[2], kind="finding", note=T("Identifiant écrit en dur dans le code.", "Identifier hard-coded in the code."))
           for h in list({(h[0], h[1], str(h[2])): h for h in hard}.values())[:20]]  # (one value met four times on a line: one line of evidence)
    score = (6 if fields else 0) + (4 if (services or libs) else 0) - min(4, len({h[0] for h in hard}))
    if not fields and (services or libs):
        score += 3
    # distinct values (one code compared on 17 lines is one), at least so many when the scan kept only part of the hits of a file
    at_least = scan_capped(sig, HARD_IDS + (DEP_ID,), {h[0] for h in hard})
    n_hard = len({str(h[2]) for h in hard})
    # an identifier a settings module of the code gives (COMMUNE_CODE: '78403' in src/utils/constants.js): where a second territory
    # changes it, no finding, but named beside the count; and the code files too large for the scan (a 1 MB export service falling
    # back to the same code), whose values are not measured: "0" would say they hold none
    settings = [h for sid in HARD_IDS[:2] for h in sig.get(sid, []) if h[3] == "config" and h[0] not in samples]
    unread = [p for p in _unread_code(ctx) if p not in samples]
    set_fr = f" (dans les réglages : {len({str(h[2]) for h in settings})}, {settings[0][0]}:{settings[0][1]})" if settings else ""
    set_en = f" (in settings: {len({str(h[2]) for h in settings})}, {settings[0][0]}:{settings[0][1]})" if settings else ""
    unread_fr = f" ; non lu(s), plus de {SCAN_MAX_BYTES // 1024} Ko : {', '.join(unread[:2])}" if unread else ""
    unread_en = f"; not read, over {SCAN_MAX_BYTES // 1024} KB: {', '.join(unread[:2])}" if unread else ""
    ev += [Evidence(path=h[0], line=h[1], value=h[2], kind="found", note=T("Identifiant donné par un module de réglages du code.",
                                                                            "Identifier given by a settings module of the code.")) for h in settings[:3]]
    ev += [Evidence(path=p, kind="missing") for p in unread[:3]]
    msg = T(f"Champs d'identifiants : {', '.join(kinds[:8]) or 'aucun'} ; référentiels/validation : {'oui' if services or libs else 'non'} ; "
            f"valeurs en dur : {'au moins ' if at_least else ''}{n_hard}{' dans les fichiers lus' if unread else ''}{set_fr}{unread_fr}.",
            f"Identifier fields: {', '.join(kinds[:8]) or 'none'}; reference data/validation: {'yes' if services or libs else 'no'}; "
            f"hard-coded values: {'at least ' if at_least else ''}{n_hard}{' in the files read' if unread else ''}{set_en}{unread_en}.")
    todo_fr, todo_en = [], []
    if fields and not (services or libs):
        company = [k for k in kinds if "siret" in k or "siren" in k]
        ridet = [k for k in kinds if "ridet" in k]  # (New Caledonia's register, the ISEE's, not Sirene)
        places = [k for k in kinds if k not in company and k not in ridet]
        refs_fr = ([f"les codes de collectivités ({', '.join(places[:4])}) avec le Code officiel géographique (geo.api.gouv.fr)"] if places else []) + \
                  ([f"les numéros d'entreprise ({', '.join(company[:2])}) avec l'API Recherche d'entreprises ou Sirene"] if company else []) + \
                  ([f"les numéros RIDET ({', '.join(ridet[:2])}) avec le répertoire RIDET de l'ISEE (Nouvelle-Calédonie)"] if ridet else [])
        refs_en = ([f"local-government codes ({', '.join(places[:4])}) against the official geographic code (geo.api.gouv.fr)"] if places else []) + \
                  ([f"company numbers ({', '.join(company[:2])}) against the Recherche d'entreprises or Sirene API"] if company else []) + \
                  ([f"RIDET numbers ({', '.join(ridet[:2])}) against the ISEE's RIDET register (New Caledonia)"] if ridet else [])
        todo_fr.append("vérifiez " + " et ".join(refs_fr))
        todo_en.append("check " + " and ".join(refs_en))
    if hard:
        where = ", ".join(dict.fromkeys(f"{h[0]}:{h[1]}" for h in hard))
        todo_fr.append(f"sortez du code les identifiants écrits en dur ({where.split(', ')[0]}" + (" et les autres relevés" if len(hard) > 1 else "") +
                       ") vers la configuration")
        todo_en.append(f"move the hard-coded identifiers ({where.split(', ')[0]}" + (" and the others listed" if len(hard) > 1 else "") +
                       ") out of the code into the configuration")
    return Result.scored(score, msg, ev, fields=kinds[:20], references=bool(services or libs), hard_coded=len(hard), in_settings=len(settings),
                         unread=unread).advise(clauses(todo_fr, todo_en))


def _held_by_name(hits: list, postcode: set | frozenset = frozenset(), kind: str | None = None) -> Result:
    """interoperability.identifiers where the project keeps communes by name only (or by name and postal code: ``postcode`` holds
    those hits' places), with no INSEE code: a warning. A project of a kind that serves nothing (a library) is named by its kind."""
    from auditor.facts.project import kind_label

    who_fr, who_en = ("le service", "the service") if kind in SERVICE_KINDS + ("api-service", "static-site") else \
        (f"ce projet de type « {kind_label(kind, 'fr')} »", f"this {kind_label(kind, 'en')}")
    where = f"{hits[0][0]}:{hits[0][1]}"
    by_fr, by_en = (("leur nom et leur code postal", "their name and postal code (a postal code is shared by several communes)")
                    if (hits[0][0], hits[0][1]) in postcode else ("leur nom seul", "their name alone"))
    if (hits[0][0], hits[0][1]) in postcode:
        by_fr += " (un code postal est partagé par plusieurs communes)"
    ev = hit_evidence(hits, kind="finding", limit=4, note=T("Communes tenues par leur nom, sans code INSEE.",
                                                              "Communes held by their name, with no INSEE code."))
    return Result.scored(4, T(f"Champs d'identifiants : aucun — {who_fr} tient ses communes par {by_fr} ({where}), sans code "
                              "INSEE ; référentiels/validation : non ; valeurs en dur : 0.",
                              f"Identifier fields: none — {who_en} holds its communes by {by_en} ({where}), with no INSEE "
                              "code; reference data/validation: no; hard-coded values: 0."), ev,
                         fields=[], references=False, hard_coded=0, held_by_name=sorted({h[0] for h in hits})[:10]).advise(T(
        f"Ajoutez aux communes ({where}) leur code INSEE (champ codeInsee), pris de geo.api.gouv.fr ou du Code officiel géographique, "
        "et reliez les autres données par ce code plutôt que par le nom : deux communes peuvent porter le même nom, et le code est la "
        "clé que partagent les données des autres services.",
        f"Add to the communes ({where}) their INSEE code (a codeInsee field), taken from geo.api.gouv.fr or the official geographic "
        "code, and link the other data by that code rather than by name: two communes may share a name, and the code is the key "
        "the other services' data share."))


SIGN_IN_PATH = lazy_compile(r"log[-_]?in|sign[-_]?(in|up)|auth|connexion|connect(?:ion|er)|account|compte|register|inscription|identification(?![a-z])|"
                          r"password|pwd|mot[-_]?de[-_]?passe|session", re.I)
# (not oauthlib, requests-oauthlib, google-auth-oauthlib: OAuth clients an API client brings — gspread reading a Google Sheet —,
# no sign-in of the service's users; the sign-in libraries built on them, flask-dance, django-oauth-toolkit, are listed)
OIDC_DEPS = (r"mozilla-django-oidc|authlib|social-auth-app-django|social-auth-core|python-social-auth|django-oauth-toolkit|"
             r"flask-oidc|flask-dance|fastapi-sso|pyoidc|oic|pysaml2|python3-saml|djangosaml2|django-saml2-auth|"
             r"openid-client|oidc-client-ts|oidc-client|oidc-provider|next-auth|@auth/.*|passport-openidconnect|passport-oauth2|passport-saml|"
             r"@node-saml/.*|keycloak-js|keycloak-connect|@react-keycloak/.*|@axa-fr/react-oidc|angular-auth-oidc-client|vue-oidc-client|"
             r"knpuniversity/oauth2-client-bundle|league/oauth2-client|jumbojett/openid-connect-php|hwi/oauth-bundle|drenso/symfony-oidc-bundle|"
             r"onelogin/php-saml|laravel/socialite|facile-it/php-openid-client|omniauth.*|openid_connect|ueberauth.*|"
             r"org\.springframework\.boot:spring-boot-starter-oauth2-.*|org\.springframework\.security:spring-security-oauth2-.*|"
             r"org\.(?:jasig|apereo)\.cas\.client:.*|cas-client-core|org\.springframework\.security:spring-security-cas.*|"  # CAS (Apereo)
             # (CAS clients of Python and PHP: Flask-CAS, django-cas-ng, python-cas, phpCAS — sign-in on the platform's CAS server, s41 ft41)
             r"flask[-_.]cas|django[-_.]cas[-_.]ng|python[-_.]cas|apereo/phpcas|jasig/phpcas|"
             r"org\.grails\.plugins:spring-security-(?:cas|saml|oauth2?|openid|rest-oauth)|"  # (Grails' Spring Security plugins for CAS, SAML, OAuth, OpenID)
             r"net\.openid:appauth|appauth(?:/.*)?|appauth-ios|@openid/appauth|@okta/.*|auth0|@auth0/(?!angular-jwt$).*|auth0-.*")  # (AppAuth: OIDC of a mobile app —
# Android's net.openid:appauth, iOS's AppAuth pod or AppAuth-iOS package, AppAuth-JS —; Okta, Auth0: hosted OpenID Connect;
# not @auth0/angular-jwt, an MIT helper attaching any JWT — often the service's own login's — to an Angular app's requests)
_AUTHJS = lazy_compile(r"next-auth|@auth/.*")


# a copied folder named for a sign-in standard's client (ckanext-cas-master/, django-cas-ng/, ckanext-oidc/, keycloak-connect/,
# python3-saml/): the folder's name word by word, then a code file inside it
_SSO_FOLDER = lazy_compile(r"(?:^|[-_.])(?:cas|oidc|openid(?:connect)?|saml2?|oauth2?|keycloak|shibboleth)(?:[-_.]|$)", re.I)
_SSO_CODE_EXT = ("py", "js", "ts", "php", "java", "rb", "go", "cs")


def cms_core_modules(ctx) -> tuple[str, ...]:
    """The module folders of a CMS core the repository commits: the folder holding Drupal's user module (modules/, core/modules/)."""
    return tuple(sorted({e.path[: -len("user/user.module")] for e in tree_of(ctx) if CMS_ACCOUNTS[0][1].search(e.path)}))


def copied_sso_clients(copied: list[str]) -> list[tuple[str, str]]:
    """(a code file, its folder's name) of each copied folder named for a sign-in standard's client, in path order, one per folder."""
    out: dict[str, str] = {}
    for path in copied:
        parts = path.split("/")
        if path.rsplit(".", 1)[-1].lower() not in _SSO_CODE_EXT:
            continue
        folder = next((d for d in parts[:-1] if _SSO_FOLDER.search(d)), None)
        if folder and folder not in out:
            out[folder] = path
    return sorted(((p, f) for f, p in out.items()))


def convincing(hits: list) -> list:
    """ProConnect's or FranceConnect's hits that say it is used: an endpoint URL, or mentions in two files (one mention may be a
    label or a type name: an API client's enum value france_connect telling how a user signed in elsewhere)."""
    return [h for h in hits if "." in h[2]] or (hits if len({h[0] for h in hits}) >= 2 else [])


# IGN's geodesy register of coordinate systems and the files beside it (geodesie.ign.fr/contenu/fichiers/IGNF.xml, read as a
# vocabulary): reference documents downloaded once, no call of the Géoplateforme's services (issue 12, s26)
_IGN_DOCUMENT = lazy_compile(r"geodesie\.ign\.fr/contenu/", re.I)
# A hosted identity service of a company, with its own protocol and accounts (Stormpath, closed in 2017; Cognito; Firebase's UI)
HOSTED_ID_DEPS = r"stormpath|express-stormpath|stormpath-.*|amazon-cognito-identity-js|@aws-amplify/auth|firebaseui|react-firebaseui"
# A whole CMS committed with its core: its user module signs people in with the site's own accounts (Drupal 7 / 8+, WordPress)
CMS_ACCOUNTS = (("Drupal", lazy_compile(r"^(?:.*/)?(?:core/)?modules/user/user\.module$")), ("WordPress", lazy_compile(r"^(?:.*/)?wp-login\.php$")),
                ("SPIP", lazy_compile(r"^(?:.*/)?ecrire/inc_version\.php$")), ("Joomla", lazy_compile(r"^(?:.*/)?administrator/components/com_users/users\.php$")))
# A headless CMS's accounts package, beside its back office (Strapi's users-permissions plugin: its accounts, roles and JWT sign-in,
# besides the admin panel's editors; KeystoneJS's password authentication): the CMS signs people in with its local accounts, as a
# whole WordPress or Drupal site does (issue 12, s40 fj40 = AlexandreAubree/Town-hall-website, the mairie's Strapi edited by its
# secretaries); a Strapi without that plugin, read as a public API only, is left to the other rules
HEADLESS_CMS_ACCOUNTS = (("Strapi", r"@strapi/plugin-users-permissions|strapi-plugin-users-permissions"),
                         ("KeystoneJS", r"@keystone-6/auth|@keystonejs/auth-password"))
# The organisation's directory: accounts the authority already manages, without a federation such as ProConnect.
LDAP_DEPS = (r"ldapjs|ldap3|python-ldap|django-auth-ldap|flask-ldap3-login|passport-ldapauth|ldapauth-fork|activedirectory2|ldap-authentication|"
             r"adldap2/adldap2|directorytree/ldaprecord.*|symfony/ldap|org\.springframework\.security:spring-security-ldap|spring-security-ldap|"
             r"org\.springframework\.ldap:.*|ldaptive|net\.tirasa\..*ldap.*")
# Of those, the ones that sign people in (an authentication backend, not a directory client that only looks entries up)
LDAP_AUTH_DEPS = (r"django-auth-ldap|flask-ldap3-login|passport-ldapauth|ldapauth-fork|activedirectory2|ldap-authentication|adldap2/adldap2|"
                  r"directorytree/ldaprecord-laravel|symfony/ldap|org\.springframework\.security:spring-security-ldap|spring-security-ldap")
PORTAL_JWT_DEPS = r"org\.(?:jasig|apereo)\.portal:uportal-soffit-.*"  # (names are matched in lower case)
# (django-registration and its -redux fork: sign-up and sign-in pages of Django's own accounts, accounts/login/, registration/*.html)
LOCAL_AUTH_DEPS = (r"django-allauth|django-registration(?:-redux)?|devise|passport-local|symfony/security-bundle|laravel/sanctum|laravel/breeze|bcrypt|bcryptjs|argon2|argon2-cffi|django|"
                   r"flask-jwt-extended|flask-login|flask-security-too|flask-httpauth|djangorestframework-simplejwt|"  # (a JWT issued by the service's own login)
                   r"org\.grails\.plugins:spring-security-core|"  # (Grails' Spring Security plugin: its login page checks the application's own accounts)
                   # (a Streamlit app's accounts library: its users, bcrypt hashes and cookie in a config.yaml it reads; s45 fi45)
                   r"streamlit[-_]authenticator")


@check(
    id="interoperability.auth",
    family="interoperability",
    effort="days",
    title=T("L'authentification suit les standards (OpenID Connect, ProConnect, FranceConnect)", "Authentication follows standards (OpenID Connect, ProConnect, FranceConnect)"),
    rationale=T(
        "Les agents d'une autre collectivité doivent pouvoir se connecter avec leur identité professionnelle : ProConnect (ex-AgentConnect) "
        "pour les agents, FranceConnect pour les usagers, et à défaut un fournisseur OpenID Connect/OAuth2/SAML standard plutôt que des "
        "comptes locaux.",
        "Agents of another local government must be able to sign in with their professional identity: ProConnect (formerly AgentConnect) "
        "for agents, FranceConnect for citizens, and otherwise a standard OpenID Connect/OAuth2/SAML provider rather than local accounts.",
    ),
    remediation=T(
        "Branchez ProConnect (OpenID Connect, auth.proconnect.gouv.fr) pour les agents et FranceConnect pour les usagers avec une "
        "bibliothèque OIDC maintenue (mozilla-django-oidc, openid-client, knpuniversity/oauth2-client-bundle), l'émetteur étant un réglage.",
        "Plug ProConnect (OpenID Connect, auth.proconnect.gouv.fr) for agents and FranceConnect for citizens with a maintained OIDC "
        "library (mozilla-django-oidc, openid-client, knpuniversity/oauth2-client-bundle), with the issuer as a setting.",
    ),
    kinds=("web-application", "api-service", "mobile-application"),  # (a mobile application signing people in is judged as the client it is)
)
def auth(ctx) -> Result:
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    exported = set(ctx.fact("environment_exports")["paths"])  # a whole environment's package list (argon2-cffi, oauthlib) signs nobody in
    sig = {k: [h for h in v if h[0] not in exported] for k, v in sig.items() if k.startswith("auth.")}
    pro = [h for h in sig.get("auth.proconnect", []) if h[3] in CODEISH]
    fc = [h for h in sig.get("auth.franceconnect", []) if h[3] in CODEISH]
    # swagger-ui's own oauth2-redirect.html, copied with its distribution, is no sign-in of the project
    oidc_code = [h for h in sig.get("auth.oidc", []) if h[3] in CODEISH and not h[0].endswith("oauth2-redirect.html")]
    oidc_libs = match_deps(ctx, [OIDC_DEPS], dev=False, exports=False, unimported=False)
    # next-auth (Auth.js) federates only through the providers its configuration imports: with Credentials or e-mail links
    # alone it signs people in with the service's own accounts (auth.local reads it then)
    if not sig.get("auth.nextauth-provider"):
        oidc_libs = [(d, x) for d, x in oidc_libs if not _AUTHJS.fullmatch(d)]
    # a password field counts on a sign-in page (login/, account/, connexion…), not in a form storing a connector's credentials
    # (not Laravel's config/hashing.php, the bcrypt/argon2 settings every skeleton ships, whether a route signs anyone in or not)
    local = [h for h in sig.get("auth.local", []) if h[3] in ("code", "config", "template")
             and (not h[2].startswith(("type=", "<")) or SIGN_IN_PATH.search(h[0])) and not h[0].endswith("config/hashing.php")]
    # a sign-in package's name in a manifest (next-auth, passport-local, bcrypt in package.json) that no code of the project names
    # (unimported_packages) is declared, not used: no page, route or import signs anyone in with it (issue 12, s48 fh48)
    if local:
        manifest_paths = {m["path"] for m in (ctx.fact("manifests") or {}).get("manifests") or []}
        unused_pkgs = unimported_names(ctx) if any(h[0] in manifest_paths for h in local) else set()
        local = [h for h in local if not (h[0] in manifest_paths and h[2].lower() in unused_pkgs)]
    # ADMIN_PASSWORD handed to the database as its superuser's (POSTGRES_PASSWORD: ${ADMIN_PASSWORD}, ADMIN_USER=postgres): no sign-in
    db_admin = sig.get("auth.db-admin", [])
    db_files = {h[0] for h in db_admin if h[2].upper().startswith("ADMIN_USER")}
    db_vars = {v.group(0) for h in db_admin if h[0] not in db_files and (v := re.search(r"ADMIN_[A-Z]+\d?", h[2]))}
    local = [h for h in local if not (h[2].startswith("ADMIN_") and (h[2] in db_vars or h[0] in db_files))]
    # and ADMIN_PASSWORD given to a container the project pulls (image:, no build:) is that image's own administrator (a Jena Fuseki
    # store's ADMIN_PASSWORD: "admin" beside the project's middleware): no account of the project
    pulled = {(p, k) for p, k in ctx.fact("compose_image_env") or []}
    local = [h for h in local if not (h[2].startswith("ADMIN_") and (h[0], h[2]) in pulled)]
    # a host's plugin's back-office form (webapp/WEB-INF/templates/admin/…), behind the host site's own sign-in: a password field there
    # stores a credential (a Lutece plugin's account on a remote media server, create_account.html), it signs no one in
    if (ctx.fact("install_recipes") or {}).get("plugin_host"):
        local = [h for h in local if not (h[2].startswith(("type=", "<")) and "/templates/admin/" in h[0])]
    local += [h for h in sig.get("auth.mobile-password", []) if h[3] in ("code", "template", "config", "other")]  # (an app's own sign-in screen)
    # a page's password field whose script posts it to the project's server (a login request carrying the password): a sign-in of
    # people with local accounts, even when the server's code lives elsewhere (an Apps Script web app's client)
    posted = [h for h in sig.get("auth.password-posted", []) if h[3] in ("code", "template")]
    fields = [h for h in sig.get("auth.local", []) if h[3] == "template" and h[2].startswith(("type=", "<"))] if posted else []
    local += posted + fields if fields else []
    # (or whose script reads what was typed in it, by the field's id, in pages writing to a database service: the password guards the
    # writes people make, a sign-in with a shared local password; a page only unlocked in the browser signs nobody in, s40 fa40)
    read = [h for h in sig.get("auth.password-read", []) if h[3] in ("code", "template")] if writes_to_service(_project(ctx)) else []
    gates = [h for h in sig.get("auth.local", []) if h[3] == "template" and h[2].startswith(("type=", "<"))] if read else []
    local += read[:3] + gates[:3] if gates else []
    # a Shiny application's sign-in: the typed password compared by the server, an accounts package (shinymanager, shinyauthr,
    # polished); its passwordInput field beside them
    shiny_checks = [h for h in sig.get("auth.shiny", []) if h[3] == "code" and not h[2].startswith("passwordInput")]
    local += shiny_checks + ([h for h in sig.get("auth.shiny", []) if h[3] == "code" and h[2].startswith("passwordInput")] if shiny_checks else [])
    # accounts a framework signs in, set by configuration: Spring Security's user in application.yml or its form/Basic login, a Payload
    # collection with `auth: true` (the CMS's back-office users); HTTP Basic asked by the service itself (a JAX-RS filter's
    # `Basic realm=`, @RolesAllowed resources)
    local += [h for sid in ("auth.framework-accounts", "auth.payload-accounts", "auth.http-basic") for h in sig.get(sid, []) if h[3] in ("code", "config")]
    # a Streamlit app's password field compared with a secret, the session marked signed in: a shared password guarding the app
    local += [h for h in sig.get("auth.streamlit", []) if h[3] == "code"]
    local += [h for h in sig.get("auth.sql-password", []) if h[3] == "code"]  # (a users table's password checked in the SQL: md5, crypt)
    local += sig.get("auth.sql-accounts", [])[:3]  # (a committed schema's accounts table with a password, beside a session or token table)
    local += [h for h in sig.get("auth.rails-accounts", []) if h[3] != "test"][:3]  # (a Rails schema dump's users table with Devise's password column)
    local += [h for h in sig.get("auth.session-sign-in", []) if h[3] == "code"]  # (a session set where the password typed is read)
    local += [h for h in sig.get("auth.typed-code", []) if h[3] in ("code", "template")]  # (a typed code compared with one in the source)
    local += [h for h in sig.get("auth.ckan-user", []) if h[3] in ("code", "template")][:3]  # (a CKAN extension's pages behind CKAN's accounts)
    local_libs = match_deps(ctx, [LOCAL_AUTH_DEPS], dev=False, exports=False)
    # Symfony's security configuration left as its recipe wrote it (no authenticator, no provider of accounts, no access rule): the
    # bundle installed, its `firewalls:` key and a mention of security.yaml sign nobody in, unless another security file does
    idle = {h[0] for h in sig.get("auth.symfony-idle", [])}
    if idle and not any(h[2] == "firewalls:" and h[0] not in idle for h in local):
        local = [h for h in local if h[2] not in ("firewalls:", "security.yaml")]
        local_libs = [(d, x) for d, x in local_libs if d != "symfony/security-bundle"]
    if decided_kind(_project(ctx)) == "mobile-application":  # a client: its sign-in screen or provider, not a hashing library (of an API beside it)
        local, local_libs = [h for h in local if not re.match(r"bcrypt|argon2|password_(?:hash|verify)|(?:check|generate)_password_hash|(?:[=!]==?\s*)?(?:hash|md5|sha1|crypt)\(", h[2], re.I)], []
    ev = hit_evidence(pro, limit=5) + hit_evidence(fc, limit=5) + dep_evidence_lines(ctx, oidc_libs, limit=5) + hit_evidence(oidc_code, limit=3)
    details = {"proconnect": bool(pro), "franceconnect": bool(fc), "oidc_libraries": [d for d, _ in oidc_libs], "local_login": bool(local)}
    pro, fc = convincing(pro), convincing(fc)
    details.update({"proconnect": bool(pro), "franceconnect": bool(fc)})
    ev = hit_evidence(pro, limit=5) + hit_evidence(fc, limit=5) + dep_evidence_lines(ctx, oidc_libs, limit=5) + hit_evidence(oidc_code, limit=3)
    if (plain := plain_password(sig, details)) is not None:  # (whatever else signs in: the accounts' passwords are exposed)
        return plain
    if pro or fc:
        which = ", ".join(n for n, x in (("ProConnect/AgentConnect", pro), ("FranceConnect", fc)) if x)
        return Result.passed(T(f"Connexion par {which}.", f"Sign-in through {which}."), ev, **details)
    portal = [h for h in sig.get("auth.portal-jwt", []) if h[3] == "code"]
    portal_libs = match_deps(ctx, [PORTAL_JWT_DEPS], dev=False, exports=False)
    if (portal or portal_libs) and not (oidc_libs or len({(h[0], h[1], h[2].lower()) for h in oidc_code}) >= 2):
        details["portal_jwt"] = True
        return Result.scored(7, T("Connexion déléguée au portail uPortal de l'ENT : le service accepte le jeton signé du portail (Soffit, JWT), "
                                  "où les personnes se sont connectées ; ni ProConnect ni FranceConnect.",
                                  "Sign-in delegated to the ENT's uPortal portal: the service accepts the portal's signed token (Soffit, a JWT), "
                                  "where people signed in; no ProConnect, no FranceConnect."),
                             dep_evidence_lines(ctx, portal_libs, limit=2) + hit_evidence(portal, limit=3), **details)
    # the same word twice on one line is one mention (SMTP's "SAML FROM:" command in a copied mailer, sendCommand('SAML', "SAML FROM:…"));
    # two on one line are two (a one-line config.json with cas/login and cas/logout)
    msal = [h for h in sig.get("auth.msal", []) if h[3] in CODEISH]
    if msal and not oidc_libs:  # Microsoft's library: OpenID Connect, its provider Entra ID (the organisation's Microsoft 365 tenant)
        details["entra_id"] = True
        return Result.scored(7, T("Connexion par OpenID Connect avec Microsoft Entra ID (bibliothèque MSAL) : un standard, mais lié aux comptes "
                                  "Microsoft 365 de la collectivité ; ni ProConnect ni FranceConnect.",
                                  "Sign-in through OpenID Connect with Microsoft Entra ID (the MSAL library): a standard, but tied to the "
                                  "organisation's Microsoft 365 accounts; no ProConnect, no FranceConnect."), hit_evidence(msal, limit=5) + ev,
                             **details).advise(T(
            "Rendez le fournisseur d'identité réglable (l'émetteur OpenID Connect et l'identifiant client en configuration, une bibliothèque "
            "OIDC générique) et proposez ProConnect aux agents : une collectivité sans Microsoft 365 pourra alors s'y connecter.",
            "Make the identity provider a setting (the OpenID Connect issuer and client id in the configuration, a generic OIDC library) and "
            "offer ProConnect to agents: a local government without Microsoft 365 can then sign in."))
    # an identity-provider client copied whole into the repository (a CKAN portal's archive carrying ckanext-cas beside its theme, a
    # vendored django-cas-ng): deployed with the project, it signs people in as a declared one would — copied code counts as used, as
    # the geo check counts a copied map library and the dependency checks a copied package (issue 12, s40 fk40 = DataSud-2020-2022)
    sso_copy = [] if (oidc_libs or oidc_code) else copied_sso_clients(ctx.fact("copied_paths") or [])
    # (not a module of the CMS core the site commits, beside its user module: Drupal 6's optional OpenID 2.0 module, modules/openid/,
    # ships with every copy of Drupal and is no sign-in the site chose — issue 12, s44 fh44 = DuaelFr/finistere)
    sso_copy = [(p, n) for p, n in sso_copy if not p.startswith(cms_core_modules(ctx))]
    if sso_copy:
        details["copied_sso_client"] = sso_copy[0][1]
        ev += [Evidence(path=path, kind="found", value=name, note=T("Composant d'un standard de connexion (CAS, OpenID Connect, SAML) copié dans le dépôt et déployé avec lui.",
                                                                    "A sign-in standard's component (CAS, OpenID Connect, SAML) copied into the repository and deployed with it."))
               for path, name in sso_copy[:3]]
    # (an authentication client asked to sign in through a named provider: Supabase's signInWithOAuth({provider}), Firebase's
    # GoogleAuthProvider — one call is the decision, as a declared library is)
    provider_calls = [h for h in sig.get("auth.provider-sign-in", []) if h[3] == "code"]
    if provider_calls:
        ev += hit_evidence(provider_calls, limit=3)
    if oidc_libs or len({(h[0], h[1], h[2].lower()) for h in oidc_code}) >= 2 or sso_copy or provider_calls:
        return Result.scored(7, T("Authentification par un standard (OpenID Connect/OAuth2/SAML/CAS), sans ProConnect ni FranceConnect.",
                                  "Standard authentication (OpenID Connect/OAuth2/SAML/CAS), without ProConnect or FranceConnect."), ev, **details)
    if hosted := match_deps(ctx, [HOSTED_ID_DEPS], dev=False, exports=False, unimported=False):
        details["hosted_identity"] = [d for d, _ in hosted]
        return Result.scored(5, T(f"Connexion confiée à un service d'identité hébergé par une entreprise ({hosted[0][0]}) : des comptes chez ce "
                                  f"prestataire, ni OpenID Connect configurable, ni ProConnect, ni FranceConnect.",
                                  f"Sign-in handed to a company's hosted identity service ({hosted[0][0]}): accounts held by that provider, "
                                  f"no configurable OpenID Connect, no ProConnect, no FranceConnect."), dep_evidence_lines(ctx, hosted, limit=3), **details)
    ldap_libs = match_deps(ctx, [LDAP_DEPS], dev=False, exports=False, unimported=False)
    ldap_code = [h for h in sig.get("auth.ldap-code", []) if h[3] in ("code", "config", "data", "other")]
    if ldap_libs or ldap_code:
        details["ldap_libraries"] = [d for d, _ in ldap_libs]
        signs_in = match_deps(ctx, [LDAP_AUTH_DEPS], dev=False, exports=False) or local or local_libs or \
            [h for h in ldap_code if not h[2].lower().startswith(("ldap://", "ldaps://", "ldap_connect"))]  # a bind, a directory context, a realm
        # (a connection alone, or a bind with the service's own account, reads or administers the directory: no sign-in, s25)
        if not signs_in:  # a directory's address or client only: the service looks entries up (a pupil's id from a uid)
            return Result.inconclusive(T("Un annuaire (LDAP) est interrogé, mais aucune connexion de personnes n'a été trouvée (ni page de "
                                         "connexion, ni module d'authentification LDAP) : l'outil ne peut pas dire qui se connecte, ni comment.",
                                         "A directory (LDAP) is queried, but no sign-in of people was found (no sign-in page, no LDAP "
                                         "authentication module): the tool cannot tell who signs in, or how."),
                                       dep_evidence_lines(ctx, ldap_libs, limit=3) + hit_evidence(ldap_code, limit=3), **details)
        ev = hit_evidence(ldap_code, limit=3) + ev
        return Result.scored(5, T("Connexion par l'annuaire de la collectivité (LDAP) : ni OpenID Connect, ni ProConnect.",
                                  "Sign-in through the organisation's directory (LDAP): no OpenID Connect, no ProConnect."),
                             dep_evidence_lines(ctx, ldap_libs, limit=5) + ev, **details).advise(T(
            "Gardez l'annuaire comme source des comptes, mais faites-le passer par un fournisseur d'identité OpenID Connect (Keycloak, "
            "LemonLDAP::NG) et proposez ProConnect aux agents : une autre collectivité branchera alors son propre annuaire sans modifier le code.",
            "Keep the directory as the source of accounts but put an OpenID Connect identity provider in front of it (Keycloak, LemonLDAP::NG) "
            "and offer ProConnect to agents: another local government will then plug in its own directory without changing the code."))
    webserver = [h for h in sig.get("auth.webserver", []) if h[3] in ("config", "other", "doc")]
    if webserver and not (local or local_libs):
        details["webserver_auth"] = True
        ev = hit_evidence(webserver, kind="finding", limit=5,
                          note=T("Accès restreint par le serveur web (authentification HTTP, fichier htpasswd) : des comptes locaux, sans ProConnect.",
                                 "Access restricted by the web server (HTTP authentication, htpasswd file): local accounts, without ProConnect."))
        return Result.scored(3, T("Accès protégé par l'authentification HTTP du serveur web (comptes locaux, ni OpenID Connect, ni ProConnect).",
                                  "Access protected by the web server's HTTP authentication (local accounts, no OpenID Connect, no ProConnect)."), ev, **details)
    if local or (local_libs and any(d != "django" for d, _ in local_libs)):
        ev = hit_evidence(local, kind="finding", limit=5,
                          note=T("Connexion par comptes locaux : ajoutez ProConnect pour les agents.", "Sign-in with local accounts: add ProConnect for agents."))
        # (the accounts library declared, its line: the evidence when no sign-in code was read, s45 fi45)
        ev += dep_evidence_lines(ctx, [(d, x) for d, x in local_libs if d != "django"], kind="finding", limit=3) if not local else []
        # (accounts of the service's own, or one shared password checked by a form: pagesVertes' data update)
        return Result.scored(3, T("Connexion par comptes ou mot de passe locaux uniquement (ni OpenID Connect, ni ProConnect).",
                                  "Sign-in with local accounts or a local password only (no OpenID Connect, no ProConnect)."), ev, **details)
    cms = next(((name, e.path) for e in tree_of(ctx) for name, rx in CMS_ACCOUNTS if rx.search(e.path)), None)
    if cms:  # (the sign-in modules enabled live in the site's database; none of a standard was found in the code)
        details["cms_accounts"] = cms[0]
        return Result.scored(3, T(f"Site {cms[0]} complet : connexion par les comptes locaux du CMS ({cms[1]}) ; aucun module OpenID Connect, "
                                  f"ProConnect ou FranceConnect trouvé.",
                                  f"A whole {cms[0]} site: sign-in with the CMS's local accounts ({cms[1]}); no OpenID Connect, ProConnect "
                                  f"or FranceConnect module found."), [Evidence(path=cms[1], kind="found")], **details)
    headless = next(((name, found) for name, rx in HEADLESS_CMS_ACCOUNTS if (found := match_deps(ctx, [rx], dev=False, exports=False))), None)
    if headless:  # (its providers, an OpenID Connect one among them, are enabled in its admin panel, stored in its database)
        details["cms_accounts"] = headless[0]
        return Result.scored(3, T(f"Back-office {headless[0]} : connexion par les comptes locaux du CMS ({headless[1][0][0]}) ; aucun fournisseur "
                                  f"OpenID Connect, ProConnect ou FranceConnect trouvé.",
                                  f"A {headless[0]} back office: sign-in with the CMS's local accounts ({headless[1][0][0]}); no OpenID Connect, "
                                  f"ProConnect or FranceConnect provider found."), dep_evidence_lines(ctx, headless[1], limit=2), **details)
    if decided_kind(_project(ctx)) == "mobile-application":  # (a map or timetable app: nobody signs in; a token it sends is the API's key)
        return Result.not_applicable(T("Application mobile sans connexion de personnes (ni écran de connexion, ni fournisseur d'identité, ni "
                                       "bibliothèque OpenID Connect comme AppAuth) : rien à juger.",
                                       "A mobile application that signs no one in (no sign-in screen, identity provider or OpenID Connect "
                                       "library such as AppAuth): nothing to judge."), **details)
    bearer = [h for h in sig.get("auth.bearer", []) if h[3] in ("code",)]
    # a plugin whose pages know the person signed in to its host site (a LuteceUser, a back-office admin page): its signed requests
    # (Lutece's signrequest, checked by its REST part or put on the calls it makes) are between services; people sign in through
    # the host (the plugin_host case below). A REST module with no such page is the shared secret's.
    host_user = [h for h in sig.get("auth.host-user", []) if h[3] == "code"]
    if bearer and not (host_user and (ctx.fact("install_recipes") or {}).get("plugin_host")):
        details["bearer_token"] = True
        return Result.not_applicable(T("Accès réservé par un secret partagé (jeton Bearer, clé d'API ou signature des requêtes) vérifié par le "
                                       "service lui-même, entre services : aucune connexion de personnes à juger.",
                                       "Access restricted by a shared secret (a Bearer token, an API key or a signature of requests) the service "
                                       "checks itself, between services: no sign-in of people to judge."), **details)
    if (ogc := ogc_server(ctx)) and serves_no_api(ctx):  # a MapProxy tile cache: OGC services open to their clients, nobody signs in
        return Result.not_applicable(T(f"Aucune authentification : services web OGC servis par {ogc[0][0]}, sans connexion de personnes à juger.",
                                       f"No authentication: OGC web services served by {ogc[0][0]}, no sign-in of people to judge."), **details)
    if _project(ctx).get("kind") not in ("web-application", "api-service", "static-site") and serves_no_api(ctx):
        # a kind left undecided (a queue worker, a batch): nothing serves pages or routes, nobody signs in, nothing is "public"
        return Result.not_applicable(T("Aucune authentification ni aucune page ou API servie détectée : pas de connexion de personnes à juger.",
                                       "No authentication and no page or API served detected: no sign-in of people to judge."), **details)
    host = (ctx.fact("install_recipes") or {}).get("plugin_host")
    if host:  # (a Lutece plugin's admin pages sit behind the site's back office: the sign-in is the host's, configured there)
        return Result.not_applicable(T(f"Un plugin de {host} : les personnes se connectent par le site {host} qui l'accueille ; aucune connexion "
                                       f"propre au plugin n'a été trouvée.",
                                       f"A plugin of {host}: people sign in through the {host} site that hosts it; no sign-in of the plugin's "
                                       f"own was found."), **details)
    # an ENT module on entcore (OPEN-ENT-NG's appointments, mindmap): its routes carry @SecuredAction and ResourceFilter, and people
    # sign in through the ENT platform that serves the module (its CAS, SAML or OpenID Connect federation), configured there
    if ent := match_deps(ctx, [r"org\.entcore:.*"], dev=False, exports=False, unimported=False):
        return Result.not_applicable(T("Un module de l'ENT (entcore) : les personnes se connectent par la plateforme ENT qui le sert, dont les "
                                       "droits (@SecuredAction) protègent ses routes ; aucune connexion propre au module n'a été trouvée.",
                                       "A module of the ENT (entcore): people sign in through the ENT platform that serves it, whose rights "
                                       "(@SecuredAction) guard its routes; no sign-in of the module's own was found."),
                                     dep_evidence_lines(ctx, ent, limit=1), ent_module=True, **details)
    # (said as measured: an absence in the code, not a claim that the service is open — an internal web service reached by
    # another application, a back office behind a portal or a proxy, control access outside the repository)
    return Result.not_applicable(T("Aucune connexion de personnes trouvée dans le code (ni page de connexion, ni fournisseur d'identité, ni "
                                   "bibliothèque de comptes) : rien à juger. Si l'accès est contrôlé devant le service (portail, proxy, "
                                   "réseau interne), c'est hors de ce dépôt.",
                                   "No sign-in of people found in the code (no sign-in page, identity provider or account library): "
                                   "nothing to judge. If access is controlled in front of the service (a portal, a proxy, an internal "
                                   "network), that is outside this repository."), **details)


REFERENCE_SIGNALS = ("geo.proprietary-code", "geo.embed-open", "ident.address", "ident.address-input", "ident.address-records", "ident.address-geocoded", "ident.fields", "ident.sql-columns", "geo.library-code", "geo.ogc", "geo.ign", "geo.legal-crs", "geo.legal-crs-url",
                     "geo.postgis-sql", "geo.postgis-typed", "format.geojson", "territory.insee", "territory.city", "territory.coords", "territory.latlng",
                     "geo.coordinates",  # (places held as latitude/longitude by the models: a ferry app's landings, opened in a maps app)
                     "ident.commune-table",  # (a register of communes kept by the project: a Rails schema's communes table)
                     "ident.commune-by-postcode",  # (or any table listing places by name and postal code: SDIS 91's localisation, s38)
                     "ident.columns",  # (communes keyed by the column their code reads: $record['Code Officiel Commune'] of a georef export)
                     "territory.code-prefix",  # (a commune's code received and made a key: '193'.$geo under a branch on the commune level)
                     "ident.geo-code")  # (a territory's statistical code, code_geo, an API filters its rows on)


# a territory's value written in the code (a town's name, an INSEE code): a place handled only where a file lists several
TERRITORY_LABELS = ("territory.city", "territory.insee")
# positions held as latitude/longitude, and PostGIS's geometries — its spatial functions (ST_Intersects, ST_GeomFromText), a geometry
# type (a query's CAST … AS geometry(MULTIPOLYGON, 4326)) —: alone, computations on the project's own geometries, no reference data
GEOMETRY_ONLY = ("geo.coordinates", "geo.postgis-sql", "geo.postgis-typed")
_POSTGIS_NAME = lazy_compile(r"^(?:ST_[A-Za-z]+\($|postgis$)", re.I)


def geometry_only(sid: str, hit) -> bool:
    """A reference signal's hit that is a position or a PostGIS geometry computation only (the geographic libraries' signal names
    PostGIS's functions too: those hits, not its mapping libraries')."""
    return sid in GEOMETRY_ONLY or (sid == "geo.library-code" and bool(_POSTGIS_NAME.match(str(hit[2]))))


ADDRESS_SIGNALS = ("ident.address", "ident.address-text", "ident.address-input", "ident.address-records", "ident.address-geocoded")  # (a postal address by its fields; a free-text one a record holds; a form's input for one)
CONTACT_PLACE_SIGNALS = ADDRESS_SIGNALS + ("territory.city", "geo.ign", "territory.insee")  # (what a contact block or its keywords may write)


# kinds whose users reach the public building blocks through the project (a mobile application calls API Adresse, shows a map)
# OGC tokens a catalogue service (CSW) answers as well as a map server: its capabilities, its records' requests; and the protocol
# names a metadata record's links carry (OGC:WMS, OGC:WFS), which a catalogue's search filters and facets count records by
# (+linkProtocol:/OGC:WMS.*/): the kind of a record's link, no map requested (issue 12, s43 fl43 = cazitouni/geoui)
CATALOGUE_OGC = re.compile(r"^(?:GetCapabilities|.*\bCSW\b.*|.*\bGetRecords?(?:ById)?\b.*|OGC:W[MF]T?S)$", re.I)
SERVICE_KINDS = (None, "web-application", "api-service", "mobile-application", "desktop-application")
# the criteria of a web page that a native mobile application has none of (browsers, web fonts, page weight in a browser's CI)
# the budgets a build enforces itself: Angular's "budgets" (angular.json, an Nx project.json), webpack's performance hints
BUILD_BUDGET = lazy_compile(r'maxAssetSize|maxEntrypointSize|"budgets"\s*:')
BUILD_BUDGET_FILES = ("angular.json", ".angular-cli.json", "angular-cli.json", "project.json", "workspace.json")
WEB_ONLY_CRITERIA = ("browser_targets", "font_budget", "image_formats", "page_budget")
DSFR_DEPS = r"@gouvfr/dsfr|@codegouvfr/react-dsfr|django-dsfr|@gouvminint/vue-dsfr|@laruiss/vue-dsfr|vue-dsfr|dsfr-connect|@dataesr/react-dsfr|@gouvfr/dsfr-chart|dsfr|wagtail-dsfr|sites-faciles|numerique-gouv/.*dsfr.*|.*-dsfr|dsfr-.*"
BLOCK_NAMES = (
    ("API Adresse", lazy_compile(r"api-adresse|api_?adresse|adresse\.data\.gouv(?!\.fr/data/)|data\.geopf\.fr/geocodage", re.I)),
    # the national address and cadastre files the code downloads (adresse.data.gouv.fr/data/ban/…, cadastre.data.gouv.fr/data/etalab-cadastre/…)
    ("Base Adresse Nationale (fichiers)", lazy_compile(r"adresse\.data\.gouv\.fr/data/", re.I)),
    ("Cadastre Etalab (fichiers)", lazy_compile(r"cadastre\.data\.gouv\.fr/(?:data|bundler)/", re.I)),
    ("API Découpage administratif", lazy_compile(r"geo\.api\.gouv|decoupage-administratif", re.I)),
    ("API INSEE (Melodi, données locales)", lazy_compile(r"api\.insee\.fr/(?:melodi|donnees-locales)", re.I)),
    ("API Entreprise / Recherche d'entreprises", lazy_compile(r"entreprise\.api\.gouv|recherche-entreprises|annuaire-entreprises|api\.insee\.fr|api_?entreprise|api_?sirene|api_?insee", re.I)),
    # data.gouv.fr's own API, not another service under its domain (adresse.data.gouv.fr/api-doc is API Adresse)
    ("data.gouv.fr API", lazy_compile(r"(?<![\w.-])(?:www\.)?data\.gouv\.fr/api(?![\w-])|tabular-api", re.I)),
    ("data.*.gouv.fr API", lazy_compile(r"data\.[\w-]+\.gouv\.fr/api/", re.I)),  # data.education.gouv.fr: the school calendar
    ("Aides-territoires", lazy_compile(r"aides-territoires", re.I)),
    # DINUM's platform of online procedures, its API (GraphQL v2) called by address or by its schema's operations (blocks.ds-api)
    ("Démarches Simplifiées (API)", lazy_compile(r"demarches-simplifiees|demarche\.numerique\.gouv|\bdossier(?:Accepter|Refuser|ClasserSansSuite|"
                                                 r"PasserEnInstruction|RepasserEnInstruction|RepasserEnConstruction|EnvoyerMessage|"
                                                 r"ChangerGroupeInstructeur|SupprimerMessage|ModifierAnnotation)", re.I)),
    ("Annuaire de l'administration (service-public.fr)", lazy_compile(r"lannuaire\.service-public\.fr", re.I)),
    ("TAXREF / INPN (MNHN)", lazy_compile(r"inpn\.mnhn\.fr|taxref\.mnhn\.fr", re.I)),
    # the chain local authorities share to sign and send their acts to the prefecture (ADULLACT, Libriciel): Pastell, S2LOW, i-Parapheur
    ("Pastell / S2LOW / i-Parapheur (ADULLACT, Libriciel)", lazy_compile(r"pastell|s2low|i-?parapheur", re.I)),
    ("Les Communs / Recoco", lazy_compile(r"les-?communs|recoco", re.I)),
    ("PISTE (AIFE)", lazy_compile(r"piste\.gouv\.fr", re.I)),
    # the DGFiP's online payment service for local authorities' and hospitals' bills (TIPI, renamed PayFiP: www.payfip.gouv.fr,
    # its web service and payment pages at www.tipi.budget.gouv.fr/tpa/…)
    ("TIPI / PayFiP (DGFiP)", lazy_compile(r"tipi(?:-client)?\.budget\.gouv\.fr|payfip\.gouv\.fr", re.I)),  # the State's API gateway (AIFE): Plat'AU, Chorus Pro, CaptchEtat
    # the ANTS's API for town halls taking identity card and passport appointments (a pré-demande's status, the appointments declared)
    ("ANTS – Rendez-vous en mairie", lazy_compile(r"rendezvouspasseport\.ants\.gouv\.fr|x-(?:rdv-opt|hub-rdv)-auth-token", re.I)),
    ("API Particulier", lazy_compile(r"particulier\.api\.gouv|api_?particulier", re.I)),
    ("Matomo (stats.beta.gouv.fr)", lazy_compile(r"stats\.beta\.gouv|stats\.data\.gouv", re.I)),
    ("Matomo", lazy_compile(r"matomo", re.I)),  # the project's own Matomo: an open tool, not beta.gouv.fr's
    # IGN's services: any host under geopf.fr, the named services of ign.fr (wxs.ign.fr, the Géoportail de l'Urbanisme's
    # wxs-gpu.mongeoportail.ign.fr; not a developer's VM ogam.ign.fr nor the office's proxy.ign.fr: ign_hosts.py), by name too
    ("Géoplateforme IGN", lazy_compile(r"(?<![\w@.-])(?:" + IGN_SERVICE_HOST + r")|geoportail\.gouv\.fr|g[ée]oplateforme|(?<![\w-])g[ée]oportail(?![\w-])", re.I)),
    # IGN's reference data sets the code reads (a road table kept in step with the BD TOPO, communes' boundaries from ADMIN EXPRESS)
    ("Référentiels IGN (BD TOPO, ADMIN EXPRESS…)", lazy_compile(r"(?<![a-z0-9])(?:bd[-_ ]?(?:topo|ortho|carto|parcellaire)|rge[-_ ]?alti)(?![a-z])|admin[-_ ]?express", re.I)),
    # the DGFiP's cadastral map served in WMS (inspire.cadastre.gouv.fr/scpc/<commune>.wms), the layer a QGIS project or a viewer adds
    ("Plan cadastral (DGFiP, WMS)", lazy_compile(r"inspire\.cadastre\.gouv\.fr", re.I)),
    # the national public data APIs of the ministries' operators: water (OFB, BRGM: Hub'Eau), natural and technological risks
    ("Hub'Eau (eaufrance)", lazy_compile(r"hubeau\.eaufrance\.fr", re.I)),
    # the Sandre's referentials API (api.sandre.eaufrance.fr/referentiels/v1/…): the national codes and names of water stations, parameters, units
    ("Référentiels Sandre (eaufrance)", lazy_compile(r"api\.sandre\.eaufrance\.fr", re.I)),
    ("Géorisques", lazy_compile(r"georisques\.gouv\.fr/api", re.I)),
    # the State's services a town hall's site embeds for its public data (signals' blocks.apis: Acceslibre's widget and API, the
    # DILA's co-marquage of Service-Public.fr)
    ("Acceslibre (accessibilité des ERP)", lazy_compile(r"acceslibre\.beta\.gouv\.fr", re.I)),
    ("Co-marquage Service-Public.fr (DILA)", lazy_compile(r"lecomarquage\.service-public(?:\.gouv)?\.fr", re.I)),
    ("geOrchestra / cadastrapp", lazy_compile(r"georchestra|cadastrapp|/sviewer\b|http_sec_|\bsec-(?:username|roles|proxy|org)\b", re.I)),  # (+ its security proxy's headers)
    ("mviewer", lazy_compile(r"mviewer", re.I)),
    ("Plateforme régionale de données géographiques", lazy_compile(r"geobretagne|geo2france|geograndest|datara|pigma|ppige|crige|geonormandie|sigena|craig|geopal|karugeo|geoguyane|sigloire", re.I)),
)


# a URL whose path ends in an image file, not a tile's template ({z}/{x}/{y}, $z) nor a tile service's (tiles, WMTS, TMS)
_STATIC_IMAGE = lazy_compile(r"^(?!.*(?:[{$]|/tiles?/|wmts|/tms/))[^?#\s]*\.(?:svg|png|jpe?g|gif|ico|webp|bmp)(?:[?#][^\s]*)?$", re.I)


_PAYMENT_PACKAGE = lazy_compile(r"^((?:[a-z_]\w*\.)*?(?:tipi|payfip))\.")


def _payment_clients(ctx, hits: list) -> list:
    """The imports of a TIPI/PayFiP client package (fr.paris.vdp.tipi.…) that is not the project's own: no source of the project lies
    under that package's folder (a plugin's own fr.paris.lutece.plugins.tipi.business, under src/java/fr/paris/lutece/plugins/tipi/)."""
    if not hits:
        return []
    dirs = {"/" + e.path.rsplit("/", 1)[0] + "/" for e in tree_of(ctx) if "/" in e.path}
    out = []
    for h in hits:
        m = _PAYMENT_PACKAGE.match(h[2])
        folder = "/" + m.group(1).replace(".", "/") + "/" if m else None
        if folder and not any(folder in d for d in dirs):
            out.append(h)
    return out


def _project(ctx) -> dict:
    from auditor.facts import FactError

    try:
        return ctx.fact("project") or {}
    except FactError:
        return {}


@check(
    id="interoperability.public-building-blocks",
    family="interoperability",
    effort="days",
    title=T("Le service réutilise les communs numériques publics", "The service reuses public shared building blocks"),
    rationale=T(
        "Les API publiques (API Adresse, API Entreprise, découpage administratif, Géoplateforme IGN, Les Communs, Aides-territoires) "
        "évitent à chaque territoire de maintenir ses propres référentiels, et les communs SIG publics (geOrchestra, mviewer, plateformes "
        "régionales de données géographiques) ses propres outils ; c'est ce qui permet au service de s'insérer dans l'écosystème du programme. Le Système de design de l'État (DSFR) n'est attendu que des services de l'État : il leur est "
        "obligatoire et réservé aux sites en .gouv.fr (circulaire 6411-SG du 7 juillet 2023) ; une collectivité ne peut l'utiliser "
        "qu'avec l'accord du SIG, il n'est donc ni récompensé ni recommandé aux autres porteurs.",
        "Public APIs (API Adresse, API Entreprise, administrative boundaries, IGN Géoplateforme, Les Communs, Aides-territoires) spare "
        "each territory from maintaining its own reference data, and the shared public GIS commons (geOrchestra, mviewer, regional "
        "geographic data platforms) its own tools; this is what lets the service fit in the programme's ecosystem. "
        "The State design system (DSFR) is expected from State services only: it is mandatory for them and bound to .gouv.fr sites "
        "(circulaire 6411-SG of 7 July 2023); a local authority may only use it with the SIG's agreement, so it is neither rewarded "
        "nor recommended to other sponsors.",
    ),
    remediation=T(
        "Appelez les API publiques plutôt que des copies locales de référentiels (API Adresse, geo.api.gouv.fr, Géoplateforme IGN) ; "
        "mesurez l'audience avec Matomo. Service de l'État seulement : adoptez le DSFR (@gouvfr/dsfr, @codegouvfr/react-dsfr, "
        "django-dsfr, vue-dsfr).",
        "Call public APIs rather than local copies of reference data (API Adresse, geo.api.gouv.fr, IGN Géoplateforme); measure "
        "audience with Matomo. State services only: adopt the DSFR (@gouvfr/dsfr, @codegouvfr/react-dsfr, django-dsfr, vue-dsfr).",
    ),
)
def public_building_blocks(ctx) -> Result:
    from auditor.facts.project import kind_label, sponsor_label

    scan = textscan_ok(ctx)
    sig = scan["signals"]
    proj = _project(ctx)
    kind = decided_kind(proj)
    sponsor = proj.get("sponsor_type") or "unknown"
    state = sponsor == "state"
    # (a host application's extension — a Drupal theme or module, a WordPress plugin — whose templates, theme or forms the tree
    # holds has an interface, inside its host's pages: judged as an undecided kind's, on what the tree holds)
    ui = has_ui(ctx) if kind is None or (kind == "library" and host_extension(ctx, proj)) else kind in ("web-application", "static-site")
    dsfr_deps = match_deps(ctx, [DSFR_DEPS], dev=False)
    dsfr_markup = [h for h in sig.get("blocks.dsfr-markup", []) if h[3] in ("code", "template", "config", "style", "other")]
    api_hits = [h for sid in ("blocks.apis", "geo.api-gouv", "ident.services", "blocks.gis-commons", "blocks.api-names", "blocks.ds-api") for h in sig.get(sid, []) if h[3] in CODEISH]
    # IGN's services and data sets the code reads, not the keywords of a metadata record or of a catalogue's capabilities
    # ($ows_Keywords[] = 'Géoportail': the publisher's words, see contact below)
    api_hits += [h for h in sig.get("blocks.ign", []) if h[3] in CODEISH and h[0] not in {c[0] for c in sig.get("meta.contact-block", [])}]
    api_hits += sig.get("geo.ign-sql", [])  # (an IGN service a data model's SQL configures as the application's layer)
    api_hits = [h for h in api_hits if not _IGN_DOCUMENT.search(h[2])]
    # the web services the layers of a shipped QGIS project read (url=https://data.geopf.fr/wmts in a .qgs, or the .qgs of a .qgz)
    qgis = (ctx.fact("qgis_projects") or {}).get("projects", [])
    api_hits += [[proj["path"], None, host, "data"] for proj in qgis for host in proj.get("service_hosts") or {}]
    api_hits += sig.get("scaling.sql-fetch", [])  # an address SQL fetches from (a file_fdw table over a public API): code, though SQL is data to the scan
    # a block's address the README gives as the value of a setting the code reads (tipi.urlwsdl = https://www.tipi-client.budget.gouv.fr/…,
    # the shipped tipi.properties leaving it empty): called through that setting
    api_hits += [[p, line, url, "config"] for p, line, url, _key in ctx.fact("block_settings")]
    payment_clients = _payment_clients(ctx, sig.get("blocks.payment-client", []))
    # publiccode.yml describes the software — its organisation's and maintainers' pages (https://lannuaire.service-public.fr/
    # gouvernement/…, the ministry's entry in the Annuaire de l'administration) —: nothing the code calls
    api_hits = [h for h in api_hits if h[0].rsplit("/", 1)[-1].lower() not in ("publiccode.yml", "publiccode.yaml")]
    # an image the page shows from a platform's web server (<img src="https://geobretagne.fr/apps/…/logo_megalis.svg">: a partner's logo
    # GéoBretagne hosts) uses none of its services — its data (OGC, API, catalogue), viewer or apps; a map tile stays one
    api_hits = [h for h in api_hits if not _STATIC_IMAGE.search(str(h[2]))]
    own = (getattr(getattr(ctx, "target", None), "name", None) or "").lower()  # the repository's name (none on facts alone)
    # "mviewer/mreport" in a compose file: the project's own image published under a commons' namespace, not a use of it
    api_hits = [h for h in api_hits if not (own and "/" in h[2] and h[2].split("/", 1)[1].split(":")[0].lower() == own)]
    # a commons named after the repository's owner is the owner's own platform (geobretagne/cswbot editing GéoBretagne's
    # catalogue, its thesaurus' namespace, its tile server's metadata): the project is part of it, it does not reuse it
    owner = (getattr(getattr(ctx, "target", None), "owner", None) or "").split("/")[0].lower()
    blocks: dict[str, list] = {}
    files_of: dict[str, set] = {}
    for h in api_hits:
        for name, rx in BLOCK_NAMES:
            if rx.search(h[2]) and not (owner and rx.search(owner)):
                blocks.setdefault(name, h)
                files_of.setdefault(name, set()).add(h[0])
    # (a block's tracking snippet kept as a script named for it — js/matomo.js, js/matomo(1).js — that no page, template or script
    # names: a page loading it, <script src="js/matomo.js">, would name the block too and be found; a copy left unused, no block
    # used; issue 12, s47 ff47's leftover, s48 lead = louisprvst/SauvetageDunkerquois)
    for name, rx in BLOCK_NAMES:
        if name in files_of and all(p.lower().endswith(".js") and rx.search(p.rpartition("/")[2]) for p in files_of[name]):
            blocks.pop(name, None)
    # the APIs of the national public platforms hosting.yml lists (France Travail's ROME API, the DILA's BOAMP), named by their host
    for host, h in national_api_blocks(ctx, BLOCK_NAMES).items():
        if not (owner and owner in host.split(".")):
            blocks.setdefault(host, h)
    if payment_clients:  # (a TIPI/PayFiP client library imported: the block called through it)
        blocks.setdefault("TIPI / PayFiP (DGFiP)", payment_clients[0])
    if "Matomo (stats.beta.gouv.fr)" in blocks:
        blocks.pop("Matomo", None)  # one Matomo
    # the Base Adresse Locale written to its national format (cle_interop, certification_commune… of a commune's address base): the
    # project produces the address reference the Base Adresse Nationale is built from, it has no addresses to take from API Adresse
    for (name, _), hs in national_standards(sig):
        if name == BAL[0][0]:
            blocks.setdefault("Base Adresse Locale (format BAL)", hs[0])
    # each judged as the sign-in check judges it: an endpoint or mentions in two files
    pro = convincing([h for h in sig.get("auth.proconnect", []) if h[3] in CODEISH]) + convincing([h for h in sig.get("auth.franceconnect", []) if h[3] in CODEISH])
    if pro:
        blocks.setdefault("ProConnect / FranceConnect", pro[0])
    dsfr = bool(dsfr_deps or len(dsfr_markup) >= 2)
    judged_dsfr = state and ui  # the DSFR is the State's: judged for State services with an interface only
    ev = (dep_evidence_lines(ctx, dsfr_deps, limit=3) + hit_evidence(dsfr_markup, limit=3)) if judged_dsfr else []
    ev += [Evidence(path=h[0], line=h[1], value=name, kind="found") for name, h in sorted(blocks.items())]
    n = len(blocks)
    kind_fr = kind_label(kind, "fr") if kind else "projet"
    kind_en = kind_label(kind, "en") if kind else "project"
    # (a course kit's exercises, their kind undecided, are no service: judged as a tool is, on the blocks they use — s39 fa39)
    course = course_material(proj)
    service = kind in SERVICE_KINDS and not course
    kind_fr, kind_en = ("supports de cours et exercices", "course material and its exercises") if course else (kind_fr, kind_en)
    details = {"ui": ui, "dsfr": dsfr, "dsfr_judged": judged_dsfr, "sponsor_type": sponsor, "building_blocks": sorted(blocks), "kind": kind}
    # the public reference APIs replace addresses, places, maps and organisation identifiers: a service that handles none of
    # them (a container manager, a ticket board) has no reference data to take from them
    # (a GDAL/PROJ command converting a feed's coordinates names no address, place or map the public APIs would give)
    # (GetCapabilities and a catalogue's requests alone, with no map or feature request, are any OGC service's: a CSW catalogue of
    # metadata records answers them and serves no map, place or address)
    map_ogc = any(not CATALOGUE_OGC.search(h[2]) for h in sig.get("geo.ogc", []) if h[3] in CODEISH)
    # (an address, a town or Géoportail written in a file that writes a metadata record's or a capabilities' contact and keywords —
    # CI_Address, CI_ResponsibleParty, ServiceProvider, $ows_City — is the publisher's, no place the code handles; the scan keeps the
    # first hits of a file only, so the file is the unit)
    contact = {h[0] for h in sig.get("meta.contact-block", [])}
    # (coordinates written in a link to a maps service on the same line — a page footer's "Voir sur la carte" button to
    # google.com/maps/place/…/@51.03,2.36 —: a link to one place, the publisher's, opened elsewhere; no place or map the code handles;
    # issue 12, s47 ff47's leftover, s48 lead = louisprvst/SauvetageDunkerquois)
    map_links = {(h[0], h[1]) for h in sig.get("geo.maps-link", [])}
    # (a town's name or an INSEE code written once or twice in a file labels the project's own data — dplyr::filter(location ==
    # "Nantes"), a page's title —: no place handled; a file naming three or more, a list of municipalities to choose from, keeps the
    # local copy of a reference the public APIs give)
    values: dict[str, set] = {}
    for h in (h for sid in TERRITORY_LABELS for h in sig.get(sid, []) if h[3] in CODEISH):
        values.setdefault(h[0], set()).add(h[2].lower())
    listed = {path for path, found in values.items() if len(found) >= 3}
    # (the bare word "adresse" that names a module of the project's own — its adresse/ folder, 'targetmodule' => 'adresse', __DIR__ .
    # '/adresse' — is the module's name, no address handled; a postal field by its own name, code_postal, still is)
    own_modules = {e.path.split("/", 1)[0].lower() for e in tree_of(ctx) if "/" in e.path}
    # (a free-text address a record holds, with no postcode, town, street or coordinates beside it and taken in by no form — a
    # farmers' directory's 'adresse' read from its data and shown as contact text —: an address handled, which the API Adresse
    # would serve, only where the project geocodes addresses — a geocode… call, Nominatim or Photon, the API Adresse itself; issue
    # 12, s36 n36 = PnMercantour/PAEC)
    geocodes = "API Adresse" in blocks or any(h[3] in CODEISH for h in sig.get("geo.open-geocoder", [])) or any(
        h[3] in CODEISH and h[2].lower().startswith("geocod") for h in sig.get("ident.address", []))
    signals = REFERENCE_SIGNALS + (("ident.address-text", "ident.address-label") if geocodes else ())
    # (a form asking for a postal code, its town and street, typed in and geocoded nowhere: said, not judged — s41 fm41)
    typed = [h for h in sig.get("ident.address-label", []) if h[3] in CODEISH and h[0] not in contact] if not geocodes else []
    tagged = [(sid, h) for sid in signals for h in (geodjango_kept(sig.get(sid, [])) if sid == "geo.library-code" else sig.get(sid, []))
              if (h[3] in CODEISH or sid in ("ident.commune-by-postcode", "ident.address-records"))  # (the database script creating the table: data to the inventory)
              and not (sid in ADDRESS_SIGNALS and h[2].lower() in own_modules)
              and not (sid == "geo.library-code" and GEO_CLI_TOOL.fullmatch(h[2])) and not (sid == "geo.ogc" and not map_ogc)
              and not (sid in CONTACT_PLACE_SIGNALS and h[0] in contact) and not (sid in TERRITORY_LABELS and h[0] not in listed)
              and not (sid in ("territory.coords", "territory.latlng") and (h[0], h[1]) in map_links)
              and not (sid == "ident.fields" and h[2].lower() == "ridet")]  # (New Caledonia's register: no public API here gives it)
    # a copy of the register of communes kept as a data file (french_cities.txt, 34,938 names an OCR'd birth place is matched
    # against): the places geo.api.gouv.fr and the COG give
    tagged += [("ident.commune-table", [c["path"], None, f"list of communes ({c['communes']} known names)", "data"]) for c in ctx.fact("commune_lists") or []][:3]
    # positions held as latitude/longitude and nothing else — no map, no address, no geographic library, format or code — are a
    # feed's records (weather stations' coordinates received from the national weather service's API and stored): no address,
    # place or map the public services would give (a landing's coordinates beside its address, opened in a maps app, stay)
    # (nor are spatial functions alone — a PostGIS ST_Intersects testing an observation's geometry against the project's own polygon
    # layer, ST_GeomFromText building it —: a computation on the project's own geometries, no address, place or map to take elsewhere)
    if tagged and all(geometry_only(sid, h) for sid, h in tagged) and not (
            sig.get("geo.cdn-library") or sig.get("geo.maps-link") or qgis or match_deps(ctx, [MAP_DEPS, PROPRIETARY_GEO_DEPS], dev=False) or vendor_geo(ctx)):
        computed, tagged = [h for sid, h in tagged if sid == "geo.postgis-sql"] or [h for sid, h in tagged if sid != "geo.coordinates"], []
    else:
        computed = []
    # address fields of the records a proprietary data platform serves, read in the files that call it and passed on (a relay of a
    # tourism information system's feeds copying each record's CodePostal into its answer), nothing geocoded: the platform's data,
    # no local copy of a reference the public APIs give (issue 12, s45 fj45 = D-OTIsud/tourinsoftpars)
    platform = {e.get("path"): s.get("named") or s["name"] for s in (ctx.fact("vendor_lockin") or {}).get("services") or [] if s.get("category") == "data-platform"
                for e in s.get("evidence") or [] if e.get("how") in ("host", "code")}
    relayed = [h for _, h in tagged] if tagged and platform and not geocodes and all(
        sid in ADDRESS_SIGNALS + ("geo.coordinates",) and h[0] in platform for sid, h in tagged) else []
    if relayed:
        tagged = []
    # address fields read as properties of people's records in a query of a user directory (a platform module's Neo4j "MATCH (u:User
    # …)-[:RELATED]->(r:User) RETURN r.address, r.zipCode, r.city, r.homePhone", shown as a pupil's parents' contacts), nothing geocoded:
    # people's records relayed from the host platform, no local copy of a reference the public APIs give (issue 12, s47 fi47 =
    # OPEN-ENT-NG/vie-scolaire)
    directory = {(r[0], r[1]) for r in (ctx.fact("directory_records") or {}).get("reads") or []} if tagged and not geocodes else set()
    people = list({(h[0], h[1]): h for _, h in tagged}.values()) if directory and all(sid in ADDRESS_SIGNALS and (h[0], h[1]) in directory for sid, h in tagged) else []
    if people:
        tagged = []
    reference = [h for _, h in tagged]
    topics = {_reference_topic(sid, h[2]) for sid, h in tagged}  # (what is handled: the blocks worth advising)
    if not reference:
        # a map drawn with a declared mapping library (leaflet in package.json, a station map): a map the public services could feed
        # (not a map library no code imports nor reaches by its global: a leaflet left in package.json draws no map; s43 fl43)
        unimported = ctx.fact("unimported_packages") or {}
        never = {str(n).lower() for n in unimported.get("npm") or []}
        reached = any(h[3] in CODEISH for h in sig.get("geo.map-global", []))
        # (nor a Python map library the code never imports: folium in requirements.txt beside charts drawn with plotly makes no map —
        # Python has no global for a page to reach it by; issue 12, s46 fc46 = crepinbaudouin/observatoire-territorial)
        never_pip = {str(n).lower() for n in unimported.get("pip") or []}
        reference = [d for d in match_deps(ctx, [MAP_DEPS, PROPRIETARY_GEO_DEPS], dev=False)
                     if not (str(d[0]).lower() in never and _GLOBAL_MAP_LIB.match(str(d[0]).lower()) and not reached)
                     and str(d[0]).lower() not in never_pip]
        # a QGIS project the project ships (a field map of QField): a map, whose base layers the public services could give
        reference = reference or [[proj["path"], None, "QGIS project", "data"] for proj in qgis][:3]
        # a map or GIS vendor's SDK or service the code uses (an ArcGIS Experience Builder widget filtering a map's layers): maps too
        reference = reference or vendor_geo(ctx)
        topics = {"map"} if reference else set()
    # INSEE's local statistics copied into the repository as the tables its code loads (a dashboard's POP_RECENSEMENT.csv, an export
    # of INSEE's data explorer: Géographie, Niveau Géo, Période, Valeur): reference figures by territory that INSEE's APIs serve
    # (issue 12, s46 fc46 = crepinbaudouin/observatoire-territorial)
    stats = [[t["path"], None, f"INSEE extract ({t['shape']}; read by {t['read_by']['path']}:{t['read_by']['line']})", "data"]
             for t in ctx.fact("insee_extracts") or []]
    if stats:
        reference = list(reference) + stats[:3]
        topics = set(topics) | {"statistics"}
    if not blocks and not judged_dsfr and not reference and service:
        if why := documentation_only(ctx):  # (a web map's user manual documenting its address search: the code is elsewhere)
            return Result.not_applicable(T(why["fr"] + " : aucun code manipulant adresses, lieux, cartes ou identifiants d'organisation "
                                           "à juger ici.", why["en"] + ": no code handling addresses, places, maps or organisation "
                                           "identifiers to judge here."), no_code=True, **details)
        what_fr = f"ce projet de type « {kind_fr} »" if kind else "ce projet"
        fn = computed[0][2].rstrip("( ") if computed else ""
        why = (f" : ses calculs PostGIS ({fn} dans {computed[0][0]}) portent sur ses propres géométries",
               f": its PostGIS computations ({fn} in {computed[0][0]}) are on its own geometries") if computed else ("", "")
        if people and not typed and not computed:
            return Result.not_applicable(T(
                f"Aucun commun public appelé : {what_fr} lit des coordonnées de personnes dans l'annuaire de sa plateforme "
                f"({people[0][0]}:{people[0][1]}, « {people[0][2].strip()} », propriété d'une fiche lue par une requête sur les utilisateurs) "
                "et les affiche ou les transmet sans les géocoder ni les placer sur une carte : ce sont les fiches de ces personnes, pas une "
                "copie locale d'un référentiel que les API publiques fourniraient.",
                f"No public building block called: this {kind_en} reads people's contact details from its platform's directory "
                f"({people[0][0]}:{people[0][1]}, '{people[0][2].strip()}', a property of a record a query of users returns) and shows or "
                "passes them on without geocoding them or placing them on a map: those people's records, no local copy of a reference "
                "the public APIs would provide."), [Evidence(path=h[0], line=h[1], value=h[2].strip(), kind="found") for h in people[:3]],
                directory_records=True, **details)
        if relayed and not typed and not computed:
            src = platform[relayed[0][0]]
            return Result.not_applicable(T(
                f"Aucun commun public appelé : {what_fr} relaie les fiches d'un service de données ({src}) dont il recopie les champs "
                f"d'adresse ({relayed[0][0]}:{relayed[0][1]}, « {relayed[0][2].strip()} ») sans les géocoder : ce sont les données de ce "
                "service, pas une copie locale d'un référentiel que les API publiques fourniraient.",
                f"No public building block called: this {kind_en} relays the records of a data service ({src}), copying their address "
                f"fields ({relayed[0][0]}:{relayed[0][1]}, '{relayed[0][2].strip()}') without geocoding them: that service's data, no "
                "local copy of a reference the public APIs would provide."), [Evidence(path=h[0], line=h[1], value=h[2].strip(), kind="found")
                                                                              for h in relayed[:3]], relayed_records=True, **details)
        if typed and not computed:  # (a billing form's Code Postal, Ville, street: addresses typed in, never geocoded nor placed)
            return Result.not_applicable(T(
                f"Aucun commun public appelé : {what_fr} reçoit des adresses postales saisies dans un formulaire ({typed[0][0]}:{typed[0][1]}, "
                f"« {typed[0][2].strip()} ») sans les géocoder ni les placer sur une carte, et ne manipule ni lieu, ni carte, ni identifiant "
                "d'organisation que les API publiques fourniraient.",
                f"No public building block called: this {kind_en} takes postal addresses typed in a form ({typed[0][0]}:{typed[0][1]}, "
                f"'{typed[0][2].strip()}') without geocoding them or placing them on a map, and handles no place, map or organisation "
                "identifier that the public APIs would provide."), [Evidence(path=h[0], line=h[1], value=h[2].strip(), kind="found")
                                                                     for h in typed[:3]], typed_addresses=True, **details).advise(T(
                "Rien à faire pour l'instant ; si ces adresses doivent être vérifiées, complétées ou géocodées, prenez-les de l'API Adresse "
                "(Base Adresse Nationale) là où elle couvre le territoire plutôt que d'une table locale.",
                "Nothing to do for now; should these addresses be checked, completed or geocoded, take them from the API Adresse (the "
                "Base Adresse Nationale) where it covers the territory rather than from a local table."))
        return Result.not_applicable(T(f"Aucun commun public appelé, et {what_fr} ne manipule ni adresse, ni lieu, ni carte, ni "
                                       f"identifiant d'organisation que les API publiques fourniraient{why[0]}.",
                                       f"No public building block called, and this {kind_en} handles no address, place, map or organisation "
                                       f"identifier that the public APIs would provide{why[1]}."), **details).advise(T(
            "Rien à faire pour ce projet ; s'il vient à manipuler des adresses, des communes ou des SIREN, prenez-les des API publiques "
            "(API Adresse, geo.api.gouv.fr, API Entreprise) plutôt que d'une copie locale.",
            "Nothing to do for this project; should it come to handle addresses, municipalities or SIREN numbers, take them from the "
            "public APIs (API Adresse, geo.api.gouv.fr, API Entreprise) rather than from a local copy."))
    if not blocks and not judged_dsfr and not service:
        return Result.not_applicable(T(f"Aucun commun public appelé, et aucun n'est attendu d'un projet de type « {kind_fr} ».",
                                       f"No public building block called, and none is expected from a {kind_en}."), **details)
    if judged_dsfr:
        score = (5 if dsfr else 0) + min(5.0, 2.5 * n)
        if not dsfr:
            ev.append(Evidence(kind="missing", value="DSFR", note=T("Interface d'un service de l'État sans le Système de design de l'État (obligatoire, circulaire 6411-SG).",
                                                                    "Interface of a State service without the State design system (mandatory, circulaire 6411-SG).")))
        dsfr_fr, dsfr_en = ("oui" if dsfr else "non (obligatoire pour un service de l'État)"), ("yes" if dsfr else "no (mandatory for a State service)")
    else:
        # two public building blocks make a good score; a kind of which none is expected (a command-line tool, a data model)
        # that takes its reference data from one does all that is asked
        # (a service that handles no address, place, map or organisation identifier and uses the block its purpose needs — a
        # payment module built on TIPI/PayFiP — does all that is asked: the same service using none is not applicable, and using
        # the right block never scores worse than using none)
        score = min(10.0, 4.0 * n) if service and reference else (10.0 if n else 0.0)
        # (and one whose blocks give each kind of reference data it handles — its maps from the Géoplateforme, its communes from
        # geo.api.gouv.fr — scores by that share: a block for what is handled, not a count of blocks)
        needed = [rx for topic, rx, _, _ in _TOPIC_ADVICE if topic in topics]
        if service and needed:
            score = max(score, round(10.0 * sum(bool(re.search(rx, " ".join(blocks))) for rx in needed) / len(needed), 1))
        # (a sponsor known not to be a State service: the reason whatever the interface, an add-on's windows inside its host too)
        reserved = ui or sponsor not in ("unknown", "state")
        why_fr = f"réservé aux services de l'État, porteur : {sponsor_label(sponsor, 'fr')}" if reserved else "pas d'interface"
        why_en = f"reserved to State services, sponsor: {sponsor_label(sponsor, 'en')}" if reserved else "no interface"
        if kind == "mobile-application" and not reserved:  # (the DSFR is a design system for the State's websites)
            why_fr, why_en = "système de design des sites web de l'État, pas des applications mobiles", "the State's design system for websites, not mobile applications"
        if kind == "desktop-application":  # (whoever the sponsor: a program's windows are no website)
            why_fr, why_en = "système de design des sites web de l'État, pas des applications de bureau", "the State's design system for websites, not desktop applications"
        dsfr_fr, dsfr_en = f"non évalué ({why_fr})", f"not judged ({why_en})"
    msg = T(f"{kind_fr[:1].upper() + kind_fr[1:]} — communs utilisés : {', '.join(sorted(blocks)) or 'aucun'} ; DSFR : {dsfr_fr}.",
            f"{kind_en[:1].upper() + kind_en[1:]} — building blocks used: {', '.join(sorted(blocks)) or 'none'}; DSFR: {dsfr_en}.")
    # (none used: where the project handles the addresses, places or maps the public services would provide, so that the verdict
    # can be checked — a mobile app's coordinates; not a metadata record's contact, left out above)
    handled = list({(h[0], h[1]): h for h in reference if isinstance(h, (list, tuple)) and len(h) >= 3}.values())[:3] \
        if not blocks and not judged_dsfr else []
    ev += hit_evidence([h for h in handled if h not in stats], kind="finding", note=T(
        "Adresse, lieu, carte ou identifiant d'organisation manipulé ici, que les services publics fourniraient.",
        "Address, place, map or organisation identifier handled here, which the public services would provide."))
    ev += hit_evidence([h for h in handled if h in stats], kind="finding", note=T(
        "Statistiques de l'INSEE par territoire copiées dans le dépôt, que ses API servent à jour.",
        "INSEE statistics by territory copied into the repository, which its APIs serve up to date."))
    if blocks and not judged_dsfr and not reference and service:
        msg = T(msg["fr"][:-1] + " ; aucune adresse, aucun lieu, aucune carte ni aucun identifiant d'organisation manipulé, pour "
                "lesquels un autre commun serait attendu.", msg["en"][:-1] + "; it handles no address, place, map or organisation "
                "identifier for which another block would be expected.")
    result = Result.scored(score, msg, ev, **details)
    if not judged_dsfr:
        # only the blocks for what the project handles, and not those it already uses (a payment module is not told to geocode)
        used = " ".join(blocks)
        advice = [(fr, en) for topic, rx, fr, en in _TOPIC_ADVICE if topic in topics and not re.search(rx, used)]
        audience = ("", "")
        if advice and ui and "Matomo" not in used:
            audience = (" ; mesurez l'audience avec Matomo", "; measure audience with Matomo")
        if advice:
            result.remediation = T("Appelez les API publiques plutôt que des copies locales de référentiels : " + ", ".join(a[0] for a in advice) + audience[0] + ".",
                                   "Call public APIs rather than local copies of reference data: " + ", ".join(a[1] for a in advice) + audience[1] + ".")
        else:
            result.advise(T("Rien à faire : les communs publics utilisés couvrent ce que le projet manipule.",
                            "Nothing to do: the public building blocks used cover what the project handles."))
    return result


# what the handled data would take from the public services, and the block names that already give it
_TOPIC_ADVICE = (("address", r"API Adresse|Base Adresse", "API Adresse pour géocoder", "API Adresse to geocode"),
                 ("place", r"Découpage administratif|ADMIN EXPRESS", "geo.api.gouv.fr pour les contours et codes des communes",
                  "geo.api.gouv.fr for municipal boundaries and codes"),
                 ("map", r"IGN|Géoplateforme|Géoportail", "fonds et services de la Géoplateforme IGN", "IGN Géoplateforme base maps and services"),
                 ("organisation", r"API Entreprise", "API Entreprise pour les SIREN", "API Entreprise for SIREN numbers"),
                 ("statistics", r"INSEE \(Melodi", "API Melodi de l'INSEE (données locales) pour les statistiques par territoire, plutôt que des "
                  "extraits copiés dans le dépôt", "INSEE's Melodi API (local data) for statistics by territory, rather than extracts copied "
                  "into the repository"))


def _reference_topic(sid: str, value: str) -> str:
    """What a reference signal's hit handles: an address, a place (a commune, its code), an organisation (a SIREN) or a map."""
    if sid in ADDRESS_SIGNALS:
        return "address"
    if sid in ("ident.fields", "ident.sql-columns", "ident.columns"):
        return "organisation" if re.search(r"sire[nt]", value, re.I) else "place"
    if sid in ("territory.insee", "territory.city", "ident.commune-table", "ident.commune-by-postcode", "territory.code-prefix", "ident.geo-code"):
        return "place"
    return "map"


MODERN_IMG = {"webp", "avif", "jxl"}
# (a web project's folders served as they are: every image there is sent; and a TYPO3 extension's Resources/Public/, which TYPO3 serves
# as it is, as a Symfony bundle's Resources/public/: issue 12, s46 fe46 = CDG47-Dev/t3_template_v8's Resources/Public/Images/logo.png)
SERVED_DIR = re.compile(r"(?:^|/)(?:public|static|Resources/Public)/")
MAVEN_SITE = lazy_compile(r"(?:^|/)src/site/")
# the pictures of the root's folder of examples or screenshots (Examples/meteo1.png, a rendering the README links): documentation, not the
# interface (not an app's own app/assets/imgs/screenshots/, which its pages show)
SHOWCASE_DIR = lazy_compile(r"^(?:examples?|exemples?|screenshots?|captures?)/", re.I)
A11Y_PATH = lazy_compile(r"(accessibilite|accessibility|declaration[-_]?accessibilite|a11y)", re.I)
A11Y_SCRIPT = lazy_compile(r"a11y|accessib", re.I)  # an npm script checking accessibility, by its name or the file it runs
# A statement is a page: a file named for it ("accessibilite.html", "DeclarationAccessibilite.vue", "AccessibilityStatement.tsx") or the
# index of a route named for it ("accessibilite/page.tsx"); a map theme about buildings' accessibility
# ("accessibilite/customlayers/batiment_region_accessibilite.js", "accessibilite/accessibilite.xml") or an app's accessibility
# features ("AccessibilityFeatures.tsx") is none; a single-page app's legal-notice component is one ("AccessibilityLegal.vue" beside
# "PrivacyLegal.vue", "AccessibiliteNotice.tsx").
PAGE_EXT = {"html", "htm", "md", "mdx", "rst", "adoc", "vue", "jsx", "tsx", "js", "ts", "svelte", "astro", "twig", "php", "erb", "njk",
            "hbs", "ejs", "jinja", "jinja2", "j2", "liquid", "pug", "jsp", "ftl", "blade", "heex", "py"}
_A11Y_NAME = lazy_compile(r"^(?:d[ée]claration[-_ ]?(?:d[-_'’]?)?)?(?:accessibilit(?:[ée]|y)|a11y)(?:[-_ ]?(?:statement|d[ée]claration|page|view|index|legal|notice))?$", re.I)
_A11Y_ROUTE = lazy_compile(r"^(?:d[ée]claration[-_ ]?)?(?:accessibilit(?:[ée]|y)|a11y)$", re.I)


def _a11y_page(e) -> bool:
    if e.ext.lower() not in PAGE_EXT:
        return False
    stem = e.name.rsplit(".", 1)[0]
    if _A11Y_NAME.match(stem):
        return True
    return stem.lower() in ("index", "page", "+page", "_index", "default") and _A11Y_ROUTE.match(e.dir.rsplit("/", 1)[-1] or "") is not None


# A script named by the bare word ("accessibilite.js", "a11y.ts") is the statement only when its text states one (a conformity, an audit,
# the RGAA): a map viewer's addon showing the layers' data as tables, public/addons/accessibilite/js/accessibilite.js, is an accessibility
# feature, no statement (issue 12, s27 c27). So is a page or a template so named (accessibilite.md, accessibilite/index.html), read by its
# content too: the RGAA, a conformity, the WCAG, the Défenseur des droits, the site under evaluation (a11y.statement-text); a transport
# network's "Analyse d'accessibilité" (isochrones, distance to the stops) is spatial accessibility (issue 12, s38 fd38). A name that
# says the statement (declaration-accessibilite.html, AccessibilityStatement.tsx) is enough.
_BARE_A11Y = lazy_compile(r"^(?:accessibilit(?:[ée]|y)|a11y)$", re.I)


def _unstated(e, stated: set[str], capped) -> bool:
    """A page or script named by the bare word (or the index of a route so named) whose text states no accessibility statement."""
    stem = e.name.rsplit(".", 1)[0]
    bare = bool(_BARE_A11Y.match(stem)) or (stem.lower() in ("index", "page", "+page", "_index", "default")
                                           and bool(_BARE_A11Y.match(e.dir.rsplit("/", 1)[-1] or "")))
    return bare and e.path not in stated and not capped(e.path)
ECO_PATH = lazy_compile(r"(eco-?conception|ecodesign|rgesn|declaration[-_]?ecoconception)", re.I)


def _web_only(x: Evidence) -> bool:
    """Evidence of a criterion a native mobile application has none of: browser targets, a page budget, web fonts, image formats."""
    note = (x.note or {}).get("en", "") if isinstance(x.note, dict) else ""
    return x.value in ("browser targets", "budget") or (isinstance(x.value, dict) and "families" in x.value) or "RGESN 5.1" in note


def _pages_host(project: dict) -> str | None:
    """The host application of a plugin judged on its pages alone (its kind, a library, is no interface kind; the pages are its
    page templates, ``project.plugin_pages``): the host named by the kind's evidence ("plugin of Jalios JCMS"), None otherwise."""
    if not project.get("plugin_pages") or project.get("kind") in ("web-application", "static-site", "mobile-application"):
        return None
    from auditor.facts.project import host_extension_of

    return (host_extension_of(project) or (None, None))[1]


# A site generator's configuration kept in one folder (a Jekyll site's docs/_config.yml, a docs/mkdocs.yml)
_FOLDER_SITE = lazy_compile(r"^(?:[^/]+/)?(?:_config\.ya?ml|mkdocs\.ya?ml)$")


def _published_documents(ctx) -> list[str]:
    """A repository of documents only whose pages a site generator builds and its CI publishes (docs/_config.yml of a Jekyll site,
    deployed to GitHub Pages by .github/workflows/pages.yml): those pages are a public website, its interface (issue 12, s45 fe45).
    The generator's configuration and the publishing workflow, or nothing."""
    if kind_undecided(ctx.fact("project") or {}) != "documents-only":
        return []
    pages = next((p for n, p in (ctx.fact("install_recipes") or {}).get("runtimes") or [] if n == "pages"), None)
    site = next((e.path for e in tree_of(ctx) if _FOLDER_SITE.match(e.path) and not is_vendored(e.path)), None) if pages else None
    return [site, pages] if site else []


@check(
    id="interoperability.accessibility-and-ecodesign",
    family="interoperability",
    effort="days",
    title=T("Accessibilité (RGAA) et écoconception (RGESN) sont déclarées et outillées", "Accessibility (RGAA) and eco-design (RGESN) are declared and tooled"),
    rationale=T(
        "Un service public en ligne doit publier sa déclaration d'accessibilité RGAA (loi 2005-102, art. 47) ; le RGESN demande une "
        "déclaration d'écoconception et des critères vérifiables dans le dépôt (navigateurs cibles, budget de polices, formats d'images, "
        "budgets de page en CI). Un territoire qui reprend le service hérite de ces obligations.",
        "A public online service must publish its RGAA accessibility statement (French law 2005-102, art. 47); the RGESN asks for an "
        "eco-design statement and criteria checkable in the repository (browser targets, font budget, image formats, page budgets in "
        "CI). A territory reusing the service inherits these obligations.",
    ),
    remediation=T(
        "Ajoutez une page /accessibilite avec la mention « Accessibilité : non/partiellement/totalement conforme » et une déclaration "
        "d'écoconception ; déclarez les navigateurs cibles (browserslist), limitez les polices (≤ 2 familles, ≤ 400 Ko), servez les "
        "images en WebP/AVIF et ajoutez Lighthouse CI ou EcoIndex et axe/pa11y à la CI.",
        "Add an /accessibilite page with the mention \"Accessibilité : non/partiellement/totalement conforme\" and an eco-design "
        "statement; declare browser targets (browserslist), limit fonts (≤ 2 families, ≤ 400 KB), serve images as WebP/AVIF and add "
        "Lighthouse CI or EcoIndex and axe/pa11y to CI.",
    ),
    params={"max_font_families": 2, "max_font_bytes": 400_000, "modern_image_share": 0.75},
    kinds=("web-application", "static-site", "mobile-application"),
)
def accessibility_and_ecodesign(ctx) -> Result:
    mobile = decided_kind(ctx.fact("project") or {}) == "mobile-application"  # (RGAA and RGESN apply to mobile applications too)
    # (a plugin judged on the pages it puts in its host's site has an interface, those pages, though written as PHP code that
    # enqueues the visitors' scripts: a WordPress plugin's cookie-consent banner on every public page, with no template or style)
    if not mobile and not has_ui(ctx) and not _pages_host(ctx.fact("project") or {}) and not _published_documents(ctx):
        return Result.not_applicable(T("Pas d'interface web détectée : RGAA et RGESN front-end sans objet.", "No web interface detected: RGAA and front-end RGESN do not apply."))
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    p = ctx.params
    copied = set(ctx.fact("copied_paths"))  # (a chart library's accessibility module, copied with its repository, is no statement of the app)
    # (nor a library's release copied into a folder named by its version, rs/fluid/1.5.0/: its theme's images and fonts are the copy's)
    releases = version_folders((ctx.fact("inventory") or {}).get("libraries") or [])
    live = [e for e in tree_of(ctx) if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_generated(e.path) and not is_test(e.path)
            and e.path not in copied and not in_app_bundle(e.path) and not e.path.startswith(releases)]  # (a built .app's JRE fonts and framework images are no interface's)
    ev: list[Evidence] = [Evidence(path=p, kind="found", value="published site", note=T(
        "Site web public construit à partir des documents du dépôt et publié par l'intégration continue : ses pages sont l'interface jugée.",
        "Public website built from the repository's documents and published by continuous integration: its pages are the interface judged."))
        for p in _published_documents(ctx)] if not has_ui(ctx) and not mobile else []
    checks: dict[str, bool] = {}
    # a statement is a page of its own or the legal mention; a bare word or link elsewhere is only a hint
    a11y_text = [h for h in sig.get("a11y.declaration", []) if h[3] != "test"]
    # (a bare "RGAA", a footer's "accessible aux outils de lecture d'écran (RGAA)", is a mention; the signal keeps what the sentence says
    # of it: a conformity, an audit, criteria, a version — "non conforme avec le RGAA", "63 % des critères du RGAA", "RGAA 4.1")
    a11y_strong = [h for h in a11y_text if re.search(r"conform|d[ée]claration|audit|crit[èe]res|RGAA[^\S\n]*(?:version|v)?[^\S\n]*\d|RGAA[^\S\n]*:", h[2], re.I)]
    a11y_strong += [h for h in sig.get("a11y.statement-link", []) if h[3] != "test"]  # the statement's page, linked (published elsewhere)
    strong_paths = {h[0] for h in a11y_strong}
    stated = strong_paths | {h[0] for h in sig.get("a11y.statement-text", []) if h[3] != "test"}
    a11y_pages = sorted(e.path for e in live if _a11y_page(e) and not _unstated(e, stated, lambda p: scan_capped(sig, ["a11y.declaration", "a11y.statement-text"], [p])))
    checks["a11y_statement"] = bool(a11y_pages or a11y_strong)
    ev += [Evidence(path=x, value="accessibility page", kind="found") for x in a11y_pages[:3]] + hit_evidence(a11y_strong or a11y_text, limit=3)
    eco_pages = sorted(e.path for e in live if ECO_PATH.search(e.path) and e.ext not in RASTER_EXT)
    eco_text = [h for h in sig.get("eco.declaration", []) if h[3] != "test"]
    eco_strong = [h for h in eco_text if re.search(r"d[ée]claration|RGESN", h[2], re.I)]
    checks["eco_statement"] = bool(eco_pages or eco_strong)
    ev += [Evidence(path=x, value="eco-design page", kind="found") for x in eco_pages[:3]] + hit_evidence(eco_strong or eco_text, limit=3)
    # RGESN 2.4: browser targets
    # browserslist's own files: .browserslistrc, or browserslist beside a package.json (the Angular CLI wrote that name up to v9)
    packages = {e.dir for e in live if e.name == "package.json"}
    browsers = [e.path for e in live if e.name == ".browserslistrc" or (e.name == "browserslist" and e.dir in packages)]
    browsers += ctx.fact("root_configs").get("browser_targets") or []  # the root's package.json or a front end's (frontend/package.json)
    checks["browser_targets"] = bool(browsers)
    ev += [Evidence(path=x, value="browser targets", kind="found") for x in browsers[:2]]
    # RGESN 4.8: fonts
    # (a few bytes of text under a font's name, "# Placeholder for Cal Sans font", is no font: font_placeholders)
    not_fonts = set(ctx.fact("font_placeholders"))
    epub_fonts = set(ctx.fact("document_fonts"))  # (nor a font an e-book build embeds, pandoc's --epub-embed-font: the EPUB's, no page's)
    not_fonts |= epub_fonts
    fonts = [e for e in live if e.ext in FONT_EXT and e.path not in not_fonts]
    live_paths = {e.path for e in live}  # and the web fonts its own stylesheets and pages load from elsewhere (@font-face, Google Fonts)
    loaded = [row for row in ctx.fact("web_fonts") if row[0] in live_paths]
    families = sorted({re.split(r"[-_. ]", e.name)[0].lower() for e in fonts} | {row[2] for row in loaded})
    font_bytes = sum(e.size for e in fonts if e.ext == "woff2") or sum(e.size for e in fonts)
    checks["font_budget"] = len(families) <= p["max_font_families"] and font_bytes <= p["max_font_bytes"]
    if fonts or loaded:
        where = sorted({row[4] for row in loaded})
        ev.append(Evidence(path=fonts[0].path if fonts else loaded[0][0], line=None if fonts else loaded[0][1],
                           value={"families": families[:10], "bytes": font_bytes, **({"loaded_from": where[:5]} if loaded else {})},
                           kind="found" if checks["font_budget"] else "finding",
                           note=None if checks["font_budget"] else T("Trop de polices téléchargées (RGESN 4.8).", "Too many downloaded fonts (RGESN 4.8).")))
    # RGESN 5.1: image formats
    # (the interface's images: not the screenshots of its documentation, docs/GeoNature-event-dash-preview.jpg)
    # (nor a Maven site's pictures, src/site/resources/images/…: the plugin's documentation pages)
    # (but a repository that is the site, MkDocs' docs/ of pages and their pictures, serves its docs folder: docs/assets/images/logo.png)
    site = decided_kind(ctx.fact("project") or {}) == "static-site"
    # (and a repository of documents whose pages its CI publishes as a site, docs/_config.yml deployed to Pages, serves that folder:
    # the pictures its Markdown pages show are the site's images, not a documentation's screenshots — issue 12, s46 fc46 =
    # Makerspace-Amiens/2025-FirefighterArmband's 30 PNG/JPEG of its published docs site taken as screenshots)
    published = _published_documents(ctx) if not has_ui(ctx) and not mobile else []
    site_root = published[0].rsplit("/", 1)[0] + "/" if published and "/" in published[0] else ""
    if published and published[0].rsplit("/", 1)[-1].startswith("mkdocs."):
        site_root += "docs/"  # (MkDocs builds its docs_dir, docs/ beside mkdocs.yml)
    in_site = (lambda path: bool(published) and path.startswith(site_root)) if published else (lambda path: False)
    # (nor the site's favicons and app icons, favicon-32x32.png, apple-touch-icon.png, a web manifest's icons: browsers and systems
    # require them as ICO or PNG)
    icons = set(ctx.fact("web_icons") or [])
    shown = set(ctx.fact("named_doc_images")) if not site else set()  # (but a logo in docs/images/ the app's settings put in its header is the interface's)
    loaded_images = set(ctx.fact("loaded_copied_images") or []) - live_paths  # (and the images set aside with a copy that its own pages load)
    images = [e for e in live if e.ext in RASTER_EXT and not A11Y_PATH.search(e.path) and (site or in_site(e.path) or not is_doc(e.path) or e.path in shown)
              and not MAVEN_SITE.search(e.path) and not SHOWCASE_DIR.search(e.path)] + [e for e in tree_of(ctx) if e.path in loaded_images]
    left_icons = [e for e in images if e.path in icons]
    images = [e for e in images if e.path not in icons]
    # (when the interface names its images, those it names and the folders served as they are, public/ and static/, but a PNG or
    # JPEG there beside its WebP/AVIF twin that nothing names, a fallback: not a PDF's page renderings left at the root, nor copies
    # no page uses, src/image/*.png beside public/image/*.webp; a static site serves its whole folder: all its images)
    refs = ctx.fact("referenced_images") or {}
    # (nor the documentation's screenshots, images its Markdown shows and no page, component or style names, even at the root of a
    # static site: README's capture.jpg beside index.html; when the pages build image paths from values, any image may be one of theirs)
    doc_only = set(refs.get("doc_only") or []) if not refs.get("built") else set()
    images = [e for e in images if e.name.lower() not in doc_only or in_site(e.path)]
    named = set(refs.get("names") or []) if not site and not published and not refs.get("built") else set()  # (paths built from values: all images)
    if any(e.name.lower() in named for e in images):
        twins = {(e.dir, e.name.rsplit(".", 1)[0]) for e in images if e.ext in MODERN_IMG}
        images = [e for e in images if e.name.lower() in named or (SERVED_DIR.search(e.path) and (e.ext in MODERN_IMG or (e.dir, e.name.rsplit(".", 1)[0]) not in twins))]
    modern = [e for e in images if e.ext in MODERN_IMG]
    # (and the images its code writes as data: URIs, a logo inlined in a component: sent inside the script, their format counts)
    inlined = [r for r in refs.get("inlined") or [] if r[0] in live_paths]
    old_inlined = [r for r in inlined if r[2] not in MODERN_IMG]
    measured = len(images) + len(inlined)
    share = (len(modern) + len(inlined) - len(old_inlined)) / measured if measured else 1.0
    # (no image in the repository but pages loading theirs from another server by address, the authority's current site: those)
    remote = [] if measured else [(name, page) for name, page in refs.get("remote") or [] if page in live_paths]
    if remote:
        share = sum(name.rsplit(".", 1)[-1] in MODERN_IMG for name, _ in remote) / len(remote)
    checks["image_formats"] = share >= p["modern_image_share"]
    to_convert = len(images) - len(modern) + len(old_inlined) if measured else sum(name.rsplit(".", 1)[-1] not in MODERN_IMG for name, _ in remote)
    if (measured or remote) and not checks["image_formats"]:
        old = sorted([(e.path, None) for e in images if e.ext not in MODERN_IMG], key=lambda x: x[0].rsplit("/", 1)[-1].lower() not in named) \
            + [(r[0], r[1]) for r in old_inlined] or [(page, None) for name, page in remote if name.rsplit(".", 1)[-1] not in MODERN_IMG]
        # (an image the interface names first: the one it shows, before one only lying in a served folder)
        counts = ({"raster_images": len(images), **({"inlined_images": len(inlined)} if inlined else {})} if measured else {"remote_images": len(remote)})
        ev.append(Evidence(path=old[0][0], line=old[0][1], value={"modern_share": round(share, 2), **counts},
                           kind="finding", note=T("Moins de 75 % des images en WebP/AVIF (RGESN 5.1).", "Less than 75% of images as WebP/AVIF (RGESN 5.1).")))
    # RGESN 6.1: budgets in CI; accessibility tooling
    # (a budget is a stated limit that something enforces: one the build enforces itself, Angular's "budgets", webpack's
    # performance.maxAssetSize; or a tool's limits, Lighthouse CI assertions, a Lighthouse budget.json, size-limit's, that the CI
    # or the build runs. A bare `"lighthouse": "lhci autorun"` package script, with no assertion and no CI running it, is neither —
    # issue 12, s47 fg47)
    built = [h for h in sig.get("eco.budget", []) if BUILD_BUDGET.search(h[2]) and (not h[2].lstrip().startswith('"') or h[0].rsplit("/", 1)[-1] in BUILD_BUDGET_FILES)]
    pb = ctx.fact("page_budget")
    stated = [x for x in pb["limits"] if x[0] in live_paths]
    enforced = pb["runs"] if stated else []
    checks["page_budget"] = bool(built or enforced)
    budget_ev = hit_evidence(built, limit=2) + [Evidence(path=x[0], line=x[1], value=x[2], kind="found" if enforced else "finding", note=None if enforced else T(
        "Limite de poids écrite, mais ni la construction ni l'intégration continue ne lance l'outil qui la vérifie.",
        "Weight limit written, but neither the build nor continuous integration runs the tool that checks it.")) for x in stated[:2]]
    budget_ev += [Evidence(path=x[0], line=x[1], value=x[2][:120], kind="found") for x in enforced[:1]]
    bare = [x for x in pb["tools"] if x[0] in live_paths] if not checks["page_budget"] and not stated else []
    budget_ev += [Evidence(path=x[0], line=x[1], value=x[2][:120], kind="finding", note=T(
        "Outil de mesure lancé par un script, sans limite écrite (ni assertions lighthouserc, ni budget.json, ni limite size-limit) : aucun budget.",
        "Measuring tool run by a script, with no written limit (no lighthouserc assertions, budget.json or size-limit limit): no budget."))
        for x in bare[:1]]
    ev += budget_ev if not mobile else []
    a11y_tools = [h for h in sig.get("a11y.tooling", [])] + (sig.get("a11y.mobile-tooling", []) if mobile else [])
    # (or the project's own accessibility check, an npm script the CI runs directly or through another: "public:accessibility":
    # "node scripts/accessibility-check.mjs" in the "release:check" a Pages workflow runs)
    a11y_runs = sorted((r for r in ctx.fact("ci_commands").get("scripts") or [] if A11Y_SCRIPT.search(r[3]) or A11Y_SCRIPT.search(r[4])),
                       key=lambda r: not A11Y_SCRIPT.search(r[3]))  # (the script named for it before one running it among others)
    checks["a11y_tooling"] = bool(a11y_tools or a11y_runs)
    ev += hit_evidence(a11y_tools, limit=2) + [Evidence(path=r[0], line=r[1], value=f"{r[2]} → npm run {r[3]}: {r[4]}"[:120], kind="found")
                                               for r in a11y_runs[:1]]
    weights = {"a11y_statement": 3, "eco_statement": 2, "browser_targets": 1, "font_budget": 1, "image_formats": 1, "page_budget": 1, "a11y_tooling": 1}
    if mobile:  # a native application's screens: its statements and its accessibility tests, out of 6 and scaled to 10 below
        for k in WEB_ONLY_CRITERIA:
            checks.pop(k), weights.pop(k)
        ev = [x for x in ev if not _web_only(x)]
    # a plugin's pages are published by the site hosting it (a Lutece plugin): the statements are that site's, not expected here
    # (any host the kind was decided from, "plugin of Jalios JCMS", when the check runs only on the plugin's pages: a JCMS module)
    host = (ctx.fact("install_recipes") or {}).get("plugin_host") or _pages_host(ctx.fact("project") or {})
    hosted = bool(host) and not (checks["a11y_statement"] or checks["eco_statement"] or a11y_text or eco_text)
    if hosted:
        for k in ("a11y_statement", "eco_statement"):
            checks.pop(k), weights.pop(k)
    score = sum(w for k, w in weights.items() if checks[k]) * (2 if hosted else 10 / 6 if mobile else 1)
    score += 1 if (a11y_text and not checks["a11y_statement"]) else 0  # mentioned, but no statement page
    score += 0.5 if (eco_text and not checks["eco_statement"]) else 0
    missing = [k for k, ok in checks.items() if not ok]
    for k in missing:
        if k in ("a11y_statement", "eco_statement"):
            ev.append(Evidence(kind="missing", value=k, note=T("Déclaration absente du dépôt.", "Statement missing from the repository.")))
    labels_fr = {"a11y_statement": "déclaration RGAA", "eco_statement": "déclaration RGESN", "browser_targets": "navigateurs cibles",
                 "font_budget": "budget de polices", "image_formats": "formats d'images", "page_budget": "budget de poids de page (construction ou CI)", "a11y_tooling": "tests d'accessibilité"}
    labels_en = {"a11y_statement": "RGAA statement", "eco_statement": "RGESN statement", "browser_targets": "browser targets",
                 "font_budget": "font budget", "image_formats": "image formats", "page_budget": "page weight budget (build or CI)", "a11y_tooling": "accessibility tests"}
    if not fonts and not loaded:  # (a budget kept by downloading no font, formats by having no raster image: say so, not a measured budget)
        labels_fr["font_budget"], labels_en["font_budget"] = "budget de polices (aucune police propre au projet)", "font budget (no font file of the project's own)"
        if epub_fonts & {e.path for e in live}:
            n = len(epub_fonts & {e.path for e in live})
            labels_fr["font_budget"] = f"budget de polices (aucune police téléchargée par les pages ; {n} embarquée(s) dans le livre EPUB seulement)"
            labels_en["font_budget"] = f"font budget (no font downloaded by the pages; {n} embedded in the EPUB book only)"
    elif not fonts:  # fonts loaded from a font service or the host site: their families are counted, their weight is not known here
        labels_fr["font_budget"] = f"budget de polices ({len(families)} famille(s) chargée(s) hors du dépôt par les feuilles de style ou les pages, poids non mesuré)"
        labels_en["font_budget"] = f"font budget ({len(families)} font famil{'y' if len(families) == 1 else 'ies'} loaded from outside the repository by the stylesheets or pages, weight not measured)"
    if not measured and not remote and left_icons:
        labels_fr["image_formats"] = f"formats d'images (aucune image PNG, JPEG… dans l'interface hormis ses {len(left_icons)} icône(s) de site, aux formats imposés)"
        labels_en["image_formats"] = f"image formats (no PNG, JPEG… image in the interface but its {len(left_icons)} site icon(s), whose formats are required)"
    elif not measured and not remote:
        labels_fr["image_formats"], labels_en["image_formats"] = "formats d'images (aucune image PNG, JPEG… dans l'interface)", "image formats (no PNG, JPEG… image in the interface)"
    from auditor.facts.project import host_extension_of

    # (a theme renders the pages of the site using it: its templates are judged here, the statements are that site's)
    theme = (host_extension_of(ctx.fact("project") or {}) or ("plugin",))[0] == "theme"
    lead_fr, lead_en = ((f"Thème de {host} : il met en forme les pages du site {host} qui l'utilise ; ses gabarits sont jugés ici, les "
                         "déclarations RGAA et RGESN sont celles de ce site. ",
                         f"A theme of {host}: it renders the pages of the {host} site using it; its templates are judged here, the RGAA "
                         "and RGESN statements are that site's. ") if theme else
                        (f"Plugin de {host} : les déclarations RGAA et RGESN sont celles du site {host} qui l'accueille. ",
                         f"A plugin of {host}: the RGAA and RGESN statements are those of the {host} site hosting it. ")) if hosted else ("", "")
    msg = T(lead_fr + "Présents : " + (", ".join(labels_fr[k] for k, ok in checks.items() if ok) or "aucun") + " ; manquants : " + (", ".join(labels_fr[k] for k in missing) or "aucun") + ".",
            lead_en + "Present: " + (", ".join(labels_en[k] for k, ok in checks.items() if ok) or "none") + "; missing: " + (", ".join(labels_en[k] for k in missing) or "none") + ".")
    todo = {  # each missing piece, as the file or command to add (RGAA / RGESN references)
        "a11y_statement": ("publiez une page « Accessibilité » (déclaration RGAA : état de conformité, contenus non accessibles, contact) "
                           "liée depuis le pied de page", "publish an 'Accessibilité' page (RGAA statement: compliance status, "
                           "inaccessible content, contact) linked from the footer"),
        "eco_statement": ("publiez une déclaration d'écoconception (référentiel RGESN)", "publish an eco-design statement (RGESN)"),
        "browser_targets": ("déclarez les navigateurs cibles dans .browserslistrc (RGESN 2.4)", "declare the target browsers in .browserslistrc (RGESN 2.4)"),
        "font_budget": (f"réduisez les {len(families)} familles de polices" + (f" ({font_bytes // 1024} Ko)" if fonts else "") + " à deux au plus, "
                        "en woff2, ou utilisez les polices du système (RGESN 4.8)", f"cut the {len(families)} font families"
                        + (f" ({font_bytes // 1024} KB)" if fonts else "") + " to two at most, as woff2, or use system fonts (RGESN 4.8)"),
        "image_formats": (f"convertissez en WebP ou AVIF les {to_convert} images PNG/JPEG" + (f" (dont {len(old_inlined)} écrite(s) dans le code en "
                          "data:, à servir plutôt comme fichier)" if old_inlined else " chargées depuis d'autres serveurs" if remote else "") + " (RGESN 5.1)"
                          + (" ; pas les icônes du site (favicon, icônes d'application), dont le format est imposé" if left_icons else ""),
                          f"convert the {to_convert} PNG/JPEG images" + (f" ({len(old_inlined)} written in the code as data: URIs, better served as "
                          "files)" if old_inlined else " loaded from other servers" if remote else "") + " to WebP or AVIF (RGESN 5.1)"
                          + ("; not the site's icons (favicon, app icons), whose formats are required" if left_icons else "")),
        "page_budget": ("ajoutez un budget de poids de page en intégration continue (lighthouserc.json ou .size-limit)",
                        "add a page weight budget to continuous integration (lighthouserc.json or .size-limit)"),
        "a11y_tooling": ("faites passer des tests d'accessibilité automatiques en intégration continue (axe-core, pa11y)",
                         "run automatic accessibility tests in continuous integration (axe-core, pa11y)"),
    }
    if stated and not enforced:  # (the limit is written: what is missing is a run that checks it)
        todo["page_budget"] = (f"faites vérifier la limite de poids écrite dans {stated[0][0]} par l'intégration continue ou la construction",
                               f"have continuous integration or the build check the weight limit written in {stated[0][0]}")
    elif bare:  # (the tool is there: what is missing is the limit it checks, and a run in CI)
        todo["page_budget"] = (f"écrivez les limites que vérifie « {bare[0][2].split(':', 1)[0]} » ({bare[0][0]}) — assertions de poids dans "
                               "lighthouserc.json ou un budget.json — et lancez-le en intégration continue",
                               f"write the limits that '{bare[0][2].split(':', 1)[0]}' ({bare[0][0]}) checks — weight assertions in "
                               "lighthouserc.json or a budget.json — and run it in continuous integration")
    if decided_kind(ctx.fact("project") or {}) == "mobile-application":
        # (an application has no footer and its screens are not web pages: its statement is reached from its menu or its store page,
        # and its screens are checked by the platform's own tools — issue 12, s46 fi46 = neoexa/VilledeMontpellier, advised axe-core)
        todo["a11y_statement"] = ("publiez une déclaration d'accessibilité (RGAA : état de conformité, contenus non accessibles, contact) "
                                  "accessible depuis le menu de l'application et sa fiche de magasin",
                                  "publish an accessibility statement (RGAA: compliance status, inaccessible content, contact) reachable "
                                  "from the application's menu and its store page")
        todo["a11y_tooling"] = ("faites passer des contrôles d'accessibilité automatiques en intégration continue (ceux de l'outil de la "
                                "plateforme : Android Lint et Accessibility Test Framework, Accessibility Inspector d'Xcode)",
                                "run automatic accessibility checks in continuous integration (the platform's own tools: Android Lint and "
                                "the Accessibility Test Framework, Xcode's Accessibility Inspector)")
    return Result.scored(score, msg, ev, criteria=checks, font_families=len(families), font_bytes=font_bytes, modern_image_share=round(share, 2),
                         raster_images=len(images), icons_left_out=len(left_icons), **({"inlined_images": len(inlined)} if inlined else {})).advise(clauses([todo[k][0] for k in missing], [todo[k][1] for k in missing]))
