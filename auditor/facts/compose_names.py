"""The service and container names of the repository's own Docker Compose files (read by the hosting and secrets facts).

``postgres://app@pgsql/db`` or ``postgresql://navitia:navitia@navitia_database/…`` names a container of the project's own Compose
file: every reuser starts it with the project, it is no internal server, and the password the same compose file gives it is a
local default, nothing to revoke. Bounded: the first 20 Compose files in path order, 256 KB each; never executed (safe YAML)."""

from __future__ import annotations

import re

from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

COMPOSE = lazy_compile(r"^(docker-)?compose([\w.-]*)?\.ya?ml$", re.I)
_NOT_THE_PROJECTS = ("vendored", "generated", "build")
MAX_COMPOSE_FILES = 20


def compose_services(ctx) -> set[str]:
    """Service names, container_name and hostname values (lower case) of the project's own Compose files."""
    from auditor import safeyaml

    inv = inventory_of(ctx)
    files = ctx.snapshot.files
    paths = [p for p in sorted(files) if files[p].kind in ("file", "executable") and inv.category(p) not in _NOT_THE_PROJECTS
             and COMPOSE.match(p.rsplit("/", 1)[-1])][:MAX_COMPOSE_FILES]
    names: set[str] = set()
    for p in paths:
        text = ctx.snapshot.read_text(p, limit=256 * 1024)
        try:
            doc = safeyaml.load(text) if text else None
        except Exception:  # noqa: BLE001 - an unreadable compose file names no service
            doc = None
        services = doc.get("services") if isinstance(doc, dict) else None
        if isinstance(services, dict):
            names.update(str(k).lower() for k in services)
            names.update(str(v.get("container_name") or v.get("hostname")).lower() for v in services.values()
                         if isinstance(v, dict) and (v.get("container_name") or v.get("hostname")))
    return names
