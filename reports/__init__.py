"""Renderers (installed as ``auditor.reports``): each reads the canonical JSON report and computes nothing.

A renderer is a :class:`Renderer` object — name, file extension, media type, binary or text, the
options it takes — declared through the entry-point group ``auditor.renderers`` (the built-in ones
in :mod:`auditor.reports.builtin`, through this package's ``pyproject.toml``; another package adds
its own the same way). Its function, ``render(report: dict, lang: str, **options) -> str | bytes``,
is imported only when it is used. Renderers of a whole batch (``scope="portfolio"``) take the
batch's data instead of one report.
"""

from __future__ import annotations

import importlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from auditor.errors import UsageError

log = logging.getLogger(__name__)
GROUP = "auditor.renderers"


@dataclass(frozen=True)
class Renderer:
    name: str
    target: str  # "module:function", imported on first use
    extension: str  # file extension, without the dot
    media_type: str
    binary: bool = False
    options: tuple[str, ...] = ()  # keyword options the function understands
    scope: str = "report"  # "report" or "portfolio"
    aliases: tuple[str, ...] = field(default=())  # other file extensions that mean this format

    def module(self) -> Any:
        return importlib.import_module(self.target.partition(":")[0])

    def function(self) -> Callable[..., Any]:
        return getattr(self.module(), self.target.partition(":")[2])


_REGISTRY: dict[str, Renderer] | None = None
_LOAD_LOCK = threading.Lock()
PLUGIN_ERRORS: list[str] = []


def registry() -> dict[str, Renderer]:
    """Every renderer declared through the entry points, built-in ones first (loaded once)."""
    global _REGISTRY
    with _LOAD_LOCK:
        if _REGISTRY is None:
            _REGISTRY = _load()
        return _REGISTRY


def _load() -> dict[str, Renderer]:
    from importlib.metadata import entry_points

    from auditor.reports import builtin

    # The built-ins first: an install made before they were declared (an old editable install) has them too.
    found: dict[str, Renderer] = {r.name: r for r in builtin.RENDERERS}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        if ep.value.startswith("auditor.reports.builtin:"):
            continue  # the built-ins, already there
        try:
            obj = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin never breaks the built-ins
            PLUGIN_ERRORS.append(f"{ep.name}: {exc}")
            log.warning("renderer plugin %s failed to load: %s", ep.name, exc)
            continue
        if not isinstance(obj, Renderer):
            PLUGIN_ERRORS.append(f"{ep.name}: not a Renderer")
        elif obj.name in found:
            PLUGIN_ERRORS.append(f"{ep.name}: format {obj.name!r} is already taken")
        else:
            found[obj.name] = obj
    return found


def formats() -> list[str]:
    """Names of the renderers of one report."""
    return [name for name, r in registry().items() if r.scope == "report"]


def renderer(fmt: str) -> Renderer:
    r = registry().get(fmt)
    if r is None or r.scope != "report":
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(formats())})")
    return r


def format_for_extension(ext: str) -> str | None:
    """The format a file extension names (``html``, ``htm`` -> ``html``), if any."""
    ext = ext.lower().lstrip(".")
    for name, r in registry().items():
        if r.scope == "report" and (ext == r.extension or ext in r.aliases):
            return name
    return None


def render(report: dict[str, Any], fmt: str, lang: str = "fr", **options: Any) -> str:
    from auditor.reports.common import scrub

    return renderer(fmt).function()(scrub(report), lang, **options)


def render_portfolio(data: dict[str, Any], fmt: str, lang: str = "fr") -> str | bytes:
    """A batch's dashboard or spreadsheet (``portfolio-dashboard``, ``portfolio-csv``, ``portfolio-xlsx``)."""
    r = registry().get(fmt)
    if r is None or r.scope != "portfolio":
        raise UsageError(f"unknown portfolio format {fmt!r}")
    return r.function()(data, lang)


def prepare_portfolio(formats: tuple[str, ...] = ("portfolio-dashboard", "portfolio-csv", "portfolio-xlsx")) -> None:
    """Load the portfolio renderers (and compile their templates: a module's ``prepare()``) before the
    batch ends, while the workers audit, instead of after the last project. Changes no output."""
    for fmt in formats:
        r = registry().get(fmt)
        if r is not None and r.scope == "portfolio":
            getattr(r.module(), "prepare", lambda: None)()


def __getattr__(name: str) -> Any:
    if name == "RENDERERS":
        return {n: r for n, r in registry().items() if r.scope == "report"}
    raise AttributeError(name)
