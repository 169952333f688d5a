"""The OGC web services a project serves: through a server it configures or extends (a dependency: MapProxy, PyWPS, MapServer's
mapscript, pycsw), or by code of its own answering OGC requests (a PHP CSW catalogue writing <csw:Capabilities> and
<csw:GetRecordsResponse>). Such services are described by their OGC standard and their GetCapabilities, not by OpenAPI."""

from __future__ import annotations

from auditor.checks.interface import Result, T
from auditor.facts.ogc_answers import capabilities_answers
from auditor.checks.reusability.common import hit_evidence, match_deps, textscan_ok

# Servers of OGC web services a project configures or extends (a MapProxy tile cache, a PyWPS process, MapServer's mapscript, pycsw)
OGC_SERVERS = r"mapproxy|pywps|mapscript|python-mapscript|mapserver|pycsw|pygeoapi"  # (pygeoapi: OGC API - Features, Tiles, Processes…)


def ogc_server(ctx) -> list[tuple[str, str]]:
    """The OGC web service servers among the runtime dependencies: what the project serves are OGC services."""
    return match_deps(ctx, [OGC_SERVERS], dev=False)


def ogc_served(ctx) -> list[list]:
    """The code's own answers to OGC requests (``api.ogc-response`` hits in code or templates, not tests or examples), by path; and
    a script answering GetCapabilities with a committed capabilities document it reads (cadastre.php's ``== 'getcapabilities'``
    branch echoing capabilities.xml, a <WMS_Capabilities>: issue 12, s44 fb44 = spelhate/proxycad)."""
    sig = textscan_ok(ctx)["signals"]
    return sorted([h for h in sig.get("api.ogc-response", []) if h[3] in ("code", "template")] + capabilities_answers(sig))


def ogc_service_names(hits) -> list[str]:
    """The services (CSW, WFS, WMS…) the answers belong to, from their root elements, sorted."""
    names = set()
    for h in hits:
        root = str(h[2])
        prefix = root.split(":", 1)[0].rstrip("0123456789").upper() if ":" in root else root.split("_", 1)[0].upper()
        names.add("WMS" if prefix == "WMT" else prefix)
    return sorted(names)


def ogc_served_result(served, details: dict) -> Result:
    """interoperability.api-spec for code answering OGC requests itself: the OGC standard is the open specification of what it serves."""
    names = ", ".join(ogc_service_names(served))
    # (its capabilities are claimed only when the code writes a capabilities document, not from one GetRecordById answer)
    caps = any("capabilities" in str(h[2]).lower() for h in served)
    fr_caps, en_caps = (" et se décrit par ses capacités (GetCapabilities)", " and describes itself by its capabilities (GetCapabilities)") if caps else ("", "")
    res = Result.not_applicable(T(f"Le code répond lui-même à des requêtes OGC ({names} : {served[0][0]} écrit {served[0][2]}) : l'API servie suit "
                                  f"un standard OGC ouvert, qui est sa spécification{fr_caps} : pas de spécification OpenAPI attendue.",
                                  f"The code answers OGC requests itself ({names}: {served[0][0]} writes {served[0][2]}): the API served follows "
                                  f"an open OGC standard, which is its specification{en_caps}: no OpenAPI specification expected."),
                                ogc_standard=names, **details)
    res.evidence += hit_evidence(served, limit=3)
    return res
