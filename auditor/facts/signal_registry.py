"""The registry of text signals the ``textscan`` fact matches (:mod:`auditor.facts.signals` fills it).

Kept apart from the scanner so that the modules declaring signals never import the scanner that
imports them (no import cycle).
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass

from auditor.facts.js_family import JS_EXT


@dataclass(frozen=True)
class Signal:
    """A named pattern. ``hints``: lower-case literals, one of which must occur in the file for the
    regex to run. ``exts``: only files with these extensions (None: any scanned file). The regex is
    compiled the first time a file passes the hints (hundreds of signals: most never run on a small
    repository, and compiling them all cost a fifth of a second at every start)."""

    id: str
    pattern: str
    flags: int
    hints: tuple[str, ...]
    exts: frozenset[str] | None = None
    classes: frozenset[str] | None = None  # only files of these classes
    group: int = 0  # the group kept as excerpt
    accept: object = None  # optional predicate on the match object: hits it rejects are not counted

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern, self.flags)


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


SIGNALS: dict[str, Signal] = {}
_GENERATION = [0]  # bumped by every registration: what is derived from SIGNALS is derived again


def generation() -> int:
    """A number that changes whenever a signal is registered (see :func:`auditor.facts.textscan.scan_text`)."""
    return _GENERATION[0]


def signal(id: str, pattern: str, hints: tuple[str, ...] | list[str], *, flags: int = re.I, exts=None, classes=None, group: int = 0,
           accept=None) -> None:
    _GENERATION[0] += 1
    exts = frozenset(exts) | JS_EXT if exts and "js" in exts else exts  # (a signal reading .js reads the whole JavaScript family: .gs…)
    SIGNALS[id] = Signal(id, pattern, flags, tuple(h.lower() for h in hints),
                         frozenset(exts) if exts else None, frozenset(classes) if classes else None, group, accept)


SIGNAL_MODULES = ("auditor.facts.signals", "auditor.facts.code_signals", "auditor.facts.auth_signals", "auditor.facts.territory_codes", "auditor.facts.territory_name_lists", "auditor.facts.territory_shell", "auditor.facts.territory_server_names",
                  "auditor.facts.territory_oracle", "auditor.facts.territory_bodies", "auditor.facts.territory_osm", "auditor.facts.territory_fme", "auditor.facts.ident_signals", "auditor.facts.ident_commune_names", "auditor.facts.ident_name_columns", "auditor.facts.address_records", "auditor.facts.place_tables", "auditor.facts.format_signals", "auditor.facts.db_load_signals", "auditor.facts.xls_html", "auditor.facts.sql_spatial_signals", "auditor.facts.qgis_geometry_signals", "auditor.facts.archive_signals", "auditor.facts.pcrs_signals", "auditor.facts.territory_ids", "auditor.facts.territory_filters", "auditor.facts.territory_town_hall", "auditor.facts.territory_pays", "auditor.facts.territory_overseas", "auditor.facts.territory_options", "auditor.facts.territory_constants", "auditor.facts.territory_syndicates", "auditor.facts.territory_echoes", "auditor.facts.territory_mail", "auditor.facts.territory_ogc", "auditor.facts.ogc_answers", "auditor.facts.windows_programs",
                  "auditor.facts.scaling.url_signals")  # modules whose import registers signals (named, not imported: no cycle)


def load_signals() -> dict[str, Signal]:
    """Register every signal (once) and return them."""
    for name in SIGNAL_MODULES:
        importlib.import_module(name)
    return SIGNALS
