"""GeoServer's own demonstration content in a GeoServer data directory committed to a repository.

A GeoServer data directory (a folder holding GeoServer's ``global.xml`` beside its service settings ``wms.xml``, ``wfs.xml``,
``wcs.xml`` or ``logging.xml``) is often copied from the one GeoServer ships (its ``data/release/``), then given the
project's workspaces, styles and security settings. What GeoServer ships there for its own demonstrations stays GeoServer's,
not the project's: the demo pages of its ``www/`` folder (``ol-demo.html``, which loads Bing, Google and Yahoo maps,
``wfs-t.html``), the OpenLayers copy and sample styles they use (``www/openlayers/``, ``www/styles/green.sld``…), and the
sample requests of its ``demo/`` folder (``WMS_getMap.url``, ``WFS_transactionInsert.xml``…), which its "Demo requests" page
lists. A page the project wrote into ``www/`` (its own viewer, a legend) stays the project's.

Source: GeoServer's release data directory, https://github.com/geoserver/geoserver/tree/main/data/release (``www/``,
``demo/``), read 2026-12-04. Pure function of the paths; nothing is read.
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# GeoServer's settings files beside global.xml at the top of its data directory
_SERVICE_SETTINGS = frozenset({"wms.xml", "wfs.xml", "wcs.xml", "wmts.xml", "logging.xml"})
# what GeoServer's release data directory ships in www/ for its demonstrations, under the data directory
_STOCK_WWW = lazy_compile(r"^www/(?:ol-demo\.html|wfs-t\.html|openlayers/.+|styles/(?:green|remoteOws|remoteTasmania)\.sld)$")
# its demo requests (demo/WMS_getMap.url, demo/WFS_getFeature-1.0.xml, demo/WCS_getCoverage_2.0.1_subset_latlon.xml)
_DEMO_REQUEST = lazy_compile(r"^demo/(?:WMS|WFS|WCS|WPS|WMTS|CSW)_[\w.-]{1,80}\.(?:xml|url)$")


def data_directories(paths: list[str]) -> list[str]:
    """The folders (``a/b/``, ``""`` for the root) that are GeoServer data directories: ``global.xml`` beside one of
    GeoServer's service settings files. Sorted."""
    names: dict[str, set[str]] = {}
    for p in paths:
        folder, _, name = p.rpartition("/")
        if name == "global.xml" or name in _SERVICE_SETTINGS:
            names.setdefault(folder + "/" if folder else "", set()).add(name)
    return sorted(f for f, found in names.items() if "global.xml" in found and found & _SERVICE_SETTINGS)


def geoserver_demo_files(paths: list[str]) -> set[str]:
    """The paths of GeoServer's demonstration pages, their OpenLayers copy and sample styles, and its sample requests, in the
    GeoServer data directories among ``paths`` (see the module's docstring)."""
    folders = data_directories(paths)
    if not folders:
        return set()
    out = set()
    for p in paths:
        for f in folders:
            if p.startswith(f):
                rest = p[len(f):]
                if _STOCK_WWW.match(rest) or _DEMO_REQUEST.match(rest):
                    out.add(p)
                break
    return out

