"""Built-in checks (installed as ``auditor.checks``) and the loader for third-party ones.

Built-ins are listed explicitly; other packages add checks through the entry-point group
``auditor.checks`` (each entry point names a module whose import registers its checks).
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import entry_points

from auditor.checks.interface import REGISTRY, CheckSpec

BUILTIN_MODULES = (
    "auditor.checks.licensing",
    "auditor.checks.documentation",
    "auditor.checks.reusability",
    "auditor.checks.interoperability",
    "auditor.checks.maintenance",
    "auditor.checks.scaling",
)

log = logging.getLogger(__name__)
_loaded = False
PLUGIN_ERRORS: list[str] = []


def load_checks() -> dict[str, CheckSpec]:
    """Import built-in checks and entry-point plugins once; return the registry."""
    global _loaded
    if not _loaded:
        for mod in BUILTIN_MODULES:
            importlib.import_module(mod)
        for ep in entry_points(group="auditor.checks"):
            try:
                ep.load()
            except Exception as exc:  # a broken plugin must not break the audit
                PLUGIN_ERRORS.append(f"{ep.name}: {exc}")
                log.warning("check plugin %s failed to load: %s", ep.name, exc)
        _loaded = True
    return REGISTRY
