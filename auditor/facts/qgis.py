"""``qgis_projects``: what the project's QGIS projects say — their coordinate reference system and the
kinds of layer sources (WMS/WFS services, PostGIS, files), the database servers its PostGIS layers connect to and the hosts of the
web services its layers read (``url=https://data.geopf.fr/wmts…``: IGN's Géoplateforme) — read from ``.qgs`` XML and from the
``.qgs`` inside a ``.qgz`` (a zip archive).

Untrusted input: nothing is executed; the archive is read in memory with bounds on the number of
members and on the uncompressed size read (:func:`auditor.facts.office_text.zip_member_text`); at most
:data:`MAX_PROJECTS` projects in path order.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.facts.office_text import MAX_MEMBER_BYTES, zip_member_text  # noqa: F401 (MAX_MEMBER_BYTES re-exported for secret_qgis)
from auditor.lazyre import lazy_compile

MAX_PROJECTS = 20
_PROJECT_CRS = lazy_compile(r"<projectCrs>\s*<spatialrefsys\b(?:(?!<projectCrs>).)*?<authid>([^<]{1,40})</authid>", re.S)
_PROVIDER = lazy_compile(r"<provider\b[^>]*>\s*(\w{2,20})\s*</provider>")
# a PostGIS layer's connection: <datasource>dbname='sig' host=bdsig.example.fr port=5432 … (a pg_service names no host)
_DB_HOST = lazy_compile(r"<datasource>[^<]{0,400}?\bhost=['\"]?([A-Za-z0-9][A-Za-z0-9.-]{0,200})")
# a web service layer's address in its data source (WMS/WMTS: url=https://data.geopf.fr/wmts?…; WFS: url='https://…/wfs'; XYZ tiles):
# the host of the service the map reads
_SERVICE_URL = lazy_compile(r"(?<![\w])url=['\"]?https?://([A-Za-z0-9][A-Za-z0-9.-]{0,200})", re.I)
MAX_HOSTS = 20


def read_project_text(name: str, data: bytes) -> str | None:
    """The project's XML: the file itself, or the ``.qgs`` member of a ``.qgz`` archive (None when unreadable)."""
    if not name.lower().endswith(".qgz"):
        return data.decode("utf-8", "replace")
    return zip_member_text(data, lambda member: member.lower().endswith(".qgs"))


def describe_project(text: str) -> dict:
    crs = _PROJECT_CRS.search(text)
    providers: dict[str, int] = {}
    for m in _PROVIDER.finditer(text):
        key = m.group(1).lower()
        providers[key] = providers.get(key, 0) + 1
    hosts: dict[str, int] = {}
    for m in _DB_HOST.finditer(text):
        key = m.group(1).lower()
        hosts[key] = hosts.get(key, 0) + 1
    services: dict[str, int] = {}
    for m in _SERVICE_URL.finditer(text):
        key = m.group(1).lower().rstrip(".")
        services[key] = services.get(key, 0) + 1
    return {"crs": crs.group(1).strip() if crs else None, "providers": dict(sorted(providers.items())),
            "db_hosts": dict(sorted(hosts.items())[:MAX_HOSTS]), "service_hosts": dict(sorted(services.items())[:MAX_HOSTS])}


@fact("qgis_projects", version=3, public=False)
def qgis_projects(ctx) -> dict:
    """``{"projects": [{"path", "crs", "providers": {provider: layers}, "db_hosts": {host: layers}, "service_hosts": {host: layers}}],
    "unread": [paths]}``."""
    inv = inventory_of(ctx)
    paths = [i.path for i in inv.items if i.language == "QGIS project" and i.category == "source"][:MAX_PROJECTS]
    projects, unread = [], []
    for path in paths:
        data = ctx.snapshot.read_bytes(path)
        text = read_project_text(path, data) if data else None
        if text is None:
            unread.append(path)
            continue
        projects.append({"path": path, **describe_project(text)})
    return {"projects": projects, "unread": unread}
