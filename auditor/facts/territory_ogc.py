"""One territory's layers read from a map server whose address the code writes: a GeoServer workspace named after a local
authority or a place (``https://geoserver.<contractor>/geoserver/Metropole/ows?`` then ``typeName="Metropole:bati"``, a city
model's buildings). The host may be a contractor's, which names no territory; the workspace says whose data the code reads, and
another territory has to edit the code to read its own. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.facts.territory_hosts import _AUTHORITY_WORDS, place_named
from auditor.facts.territory_values import in_code


# an authority's kind alone names the one the server publishes for (Metropole:bati); "region" or "commune" alone is a theme too
_AUTHORITY_KINDS = frozenset({"metropole", "eurometropole", "agglo", "agglomeration", "departement", "mairie", "ville"})


def _territory_workspace(ws: str) -> bool:
    """A workspace that is an authority's kind alone (metropole, agglo) or a place's name, alone or after such a word (lyon,
    grandlyon, loire-atlantique; four letters at least); a theme's workspace (edp, topp, ref, cite, public) says nothing."""
    w = ws.lower()
    return w in _AUTHORITY_KINDS or place_named(w, 4) or place_named(_AUTHORITY_WORDS.sub("", w), 4)


signal("territory.ogc-workspace",
       r"""://[a-z0-9][a-z0-9.-]*\.[a-z]{2,12}(?::\d+)?/geoserver/([A-Za-z][\w-]{2,40})/(?:ows|wfs|wms|wcs|wmts)\b""",
       ("/geoserver/",), classes=("code",),
       accept=lambda m: _territory_workspace(m.group(1)) and in_code(m))
