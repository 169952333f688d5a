"""Facts: measured values that several checks (and downstream tools) share.

A fact is a function of the audit context with a name and a version, computed once per audit on
first use. Its value is JSON-serialisable; it can be cached on disk by (commit, name, version[,
as_of]), which makes re-audits and backfills of past commits cheap. Public facts appear in the
report's ``facts`` section.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

GROUP = "auditor.facts"
BUILTIN_MODULES = ("auditor.facts",)  # the built-in entry point of pyproject.toml: every module of this package
PLUGIN_ERRORS: list[str] = []
_loaded = False
_LOAD_LOCK = threading.RLock()  # audits in threads load once, and none sees a half-filled registry

# Facts always present in the report, whatever checks run.
BASE_FACTS = ("inventory", "project", "files", "languages", "activity", "license", "declarations")


@dataclass(frozen=True)
class FactSpec:
    name: str
    version: int
    func: Callable[[Any], Any]
    public: bool = True
    cache: str = "commit"  # "commit", "commit+as_of" or "none"
    ahead: int = 0  # its per-file analyses are started in the pool when the audit begins, in this order (see AuditContext.prefetch)


FACTS: dict[str, FactSpec] = {}


def fact(name: str, version: int = 1, *, public: bool = True, cache: str = "commit", ahead: int = 0) -> Callable:
    """Register a fact function ``f(ctx) -> value``. ``ahead`` (1, 2…; 0: no): the fact's main per-file
    analysis (its ``ctx.map_blobs`` call) is worth starting in the process pool as soon as the audit
    begins, while the audit computes the other facts (see :meth:`auditor.context.AuditContext.prefetch`);
    the pool takes the files in that order, so the analysis most checks wait for comes first."""
    if cache not in ("commit", "commit+as_of", "none"):
        raise ValueError(f"fact {name}: bad cache mode {cache!r}")

    def deco(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
        FACTS[name] = FactSpec(name, version, func, public, cache, int(ahead))
        return func

    return deco


def load_facts() -> dict[str, FactSpec]:
    """Import every fact declared through the entry points (group ``auditor.facts``) once."""
    global _loaded
    if not _loaded:
        with _LOAD_LOCK:
            if not _loaded:
                from auditor.plugins import load_group

                load_group(GROUP, BUILTIN_MODULES, PLUGIN_ERRORS)
                _loaded = True
    return FACTS


class FactError(Exception):
    """A fact could not be computed; checks that need it become ``error`` with this reason."""


def within_bounds(entries: list, max_files: int, max_bytes: int) -> tuple[list, list, list]:
    """Split ``entries`` (already in a fixed order) into those read and those left out, by count then by total bytes.

    Returns ``(kept, beyond_count, beyond_bytes)``. Work is bounded this way, never by time, so the same
    commit reads the same files under any load (a file too big for what is left is skipped, the
    following smaller ones still fit).
    """
    kept, beyond_count, beyond_bytes, total = [], [], [], 0
    for e in entries:
        if len(kept) >= max_files:
            beyond_count.append(e)
        elif total + e.size > max_bytes:
            beyond_bytes.append(e)
        else:
            kept.append(e)
            total += e.size
    return kept, beyond_count, beyond_bytes
