"""The one registration mechanism: entry points.

Checks (group ``auditor.checks``), facts (``auditor.facts``) and renderers (``auditor.renderers``)
are declared the same way, built-in ones in this package's ``pyproject.toml`` and third-party ones in
theirs. A checks or facts entry point names a module or a package (every module inside a package is
imported, so a new module needs no list); a renderers entry point names a ``Renderer`` object.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from importlib.metadata import EntryPoint, entry_points

log = logging.getLogger(__name__)


def declared(group: str) -> list[EntryPoint]:
    """The entry points of ``group``, sorted by name (the same order on every run)."""
    return sorted(entry_points(group=group), key=lambda ep: (ep.name, ep.value))


def import_tree(name: str) -> None:
    """Import a module, or a package and every module inside it (sorted: the same order every run)."""
    module = importlib.import_module(name)
    for info in sorted(pkgutil.walk_packages(getattr(module, "__path__", []), prefix=name + "."), key=lambda i: i.name):
        importlib.import_module(info.name)


def load_group(group: str, builtin: tuple[str, ...], errors: list[str]) -> None:
    """Import every module declared in ``group``. The ``builtin`` ones are imported even when the
    installed metadata does not list them (an install made before they were declared), and a broken
    one raises (a bug); a broken third-party one is recorded in ``errors`` and skipped."""
    eps = declared(group)
    values = {ep.value for ep in eps}
    for mod in builtin:
        if mod not in values:
            import_tree(mod)
    for ep in eps:
        if ep.value in builtin:
            import_tree(ep.value)
            continue
        try:
            import_tree(ep.value.partition(":")[0])
        except Exception as exc:  # noqa: BLE001 - a broken plugin never breaks the audit
            errors.append(f"{ep.name}: {exc}")
            log.warning("%s plugin %s failed to load: %s", group, ep.name, exc)
