"""Checks (installed as ``auditor.checks``) and their loader.

Built-in and third-party checks are declared the same way, through the entry-point group
``auditor.checks`` (see :mod:`auditor.plugins`): importing the module or package an entry point names
registers its checks with :func:`auditor.checks.interface.check`. A family's folder keeps no list of
its modules: every module inside it is imported.
"""

from __future__ import annotations

import threading

from auditor.checks.interface import REGISTRY, CheckSpec

GROUP = "auditor.checks"
BUILTIN_MODULES = (  # the built-in entry points of pyproject.toml
    "auditor.checks.licensing",
    "auditor.checks.documentation",
    "auditor.checks.reusability",
    "auditor.checks.interoperability",
    "auditor.checks.maintenance",
    "auditor.checks.scaling",
)
_loaded = False
_LOAD_LOCK = threading.RLock()  # audits in threads load once, and none sees a half-filled registry
PLUGIN_ERRORS: list[str] = []


def load_checks() -> dict[str, CheckSpec]:
    """Import every check declared through the entry points once; return the registry."""
    global _loaded
    if not _loaded:
        with _LOAD_LOCK:
            if not _loaded:
                from auditor.plugins import load_group

                load_group(GROUP, BUILTIN_MODULES, PLUGIN_ERRORS)
                _loaded = True
    return REGISTRY
