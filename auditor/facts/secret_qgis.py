"""Database passwords saved in a zipped QGIS project (``.qgz``), which detect-secrets cannot open.

QGIS writes a PostGIS (or other database, WFS) layer's connection into its ``<datasource>``, with the password in clear when the
user let QGIS store it: ``dbname='ban' host=… port=5432 user='…' password='…'`` (s29 m21o4: an AITF dashboard's project, four
layers logged in as the server's admin). A plain ``.qgs`` is text, read by the main scan; the ``.qgs`` inside a ``.qgz`` is read
here, with the bounds of :mod:`auditor.facts.qgis`. One finding per archive, no line (the line of a member is no line of the
repository). A placeholder or an empty password, a password managed by QGIS' authentication database (``authcfg=``) or a
service file (``service=``) are none; a local database's (``host=localhost``) is a hint to review, as elsewhere."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_vendored
from auditor.facts.qgis import MAX_MEMBER_BYTES, MAX_PROJECTS, read_project_text
from auditor.facts.secret_values import PLACEHOLDER, REDACTED
from auditor.lazyre import lazy_compile

QGZ_KIND = "Database password in a QGIS project"
_DATASOURCE = lazy_compile(r"<datasource>([^<]{0,4000})</datasource>")
_PASSWORD = lazy_compile(r"""(?<![\w])password=(?:'((?:[^'\\]|\\.){1,256})'|"([^"]{1,256})"|([^\s'"]{1,256}))""")
_HOST = lazy_compile(r"""(?<![\w])host=['"]?([A-Za-z0-9][A-Za-z0-9.:-]{0,200})""")
_LOCAL = lazy_compile(r"^(?:localhost|127\.0\.0\.1|::1|0\.0\.0\.0)$", re.I)


def saved_password(source: str) -> str | None:
    """``"strong"`` for a literal password to a named server, ``"weak"`` for one to the local machine, None for none."""
    m = _PASSWORD.search(source)
    value = next((g for g in m.groups() if g), None) if m else None
    if not value or PLACEHOLDER.match(value) or REDACTED.match(value) or value.startswith("&"):  # (&apos; an entity: not read as a value)
        return None
    host = _HOST.search(source)
    return "weak" if not host or _LOCAL.match(host.group(1)) else "strong"


def qgz_findings(ctx, inv, classify) -> list[dict]:
    """Findings ``{"path", "line": None, "kind", "strength", "class", "layers"}`` for the ``.qgz`` projects saving a password."""
    snap = ctx.snapshot
    out = []
    for e in sorted((e for e in snap.files.values() if e.kind == "file" and e.ext.lower() == "qgz" and not is_vendored(e.path)
                     and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:MAX_PROJECTS]:
        data = snap.read_bytes(e.path, limit=MAX_MEMBER_BYTES)
        text = read_project_text(e.path, data) if data else None
        if not text:
            continue
        found = [s for s in (saved_password(m.group(1)) for m in _DATASOURCE.finditer(text)) if s]
        if found:
            strength = "strong" if "strong" in found else "weak"
            out.append({"path": e.path, "line": None, "kind": QGZ_KIND, "strength": strength, "class": classify(ctx, e.path, strength),
                        "layers": len(found)})
    return out
