"""The registry of text signals the ``textscan`` fact matches (:mod:`auditor.facts.signals` fills it).

Kept apart from the scanner so that the modules declaring signals never import the scanner that
imports them (no import cycle).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    """A named pattern. ``hints``: lower-case literals, one of which must occur in the file for the
    regex to run. ``exts``: only files with these extensions (None: any scanned file)."""

    id: str
    regex: re.Pattern
    hints: tuple[str, ...]
    exts: frozenset[str] | None = None
    classes: frozenset[str] | None = None  # only files of these classes
    group: int = 0  # the group kept as excerpt
    accept: object = None  # optional predicate on the match object: hits it rejects are not counted


SIGNALS: dict[str, Signal] = {}


def signal(id: str, pattern: str, hints: tuple[str, ...] | list[str], *, flags: int = re.I, exts=None, classes=None, group: int = 0,
           accept=None) -> None:
    SIGNALS[id] = Signal(id, re.compile(pattern, flags), tuple(h.lower() for h in hints),
                         frozenset(exts) if exts else None, frozenset(classes) if classes else None, group, accept)


SIGNAL_MODULES = ("auditor.facts.signals",)  # modules whose import registers signals (named, not imported: no cycle)


def load_signals() -> dict[str, Signal]:
    """Register every signal (once) and return them."""
    for name in SIGNAL_MODULES:
        importlib.import_module(name)
    return SIGNALS
