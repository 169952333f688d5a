"""Regular expressions compiled on first use.

The auditor's modules hold a few hundred patterns; compiled at import, they cost a warm audit (which
reuses stored results and runs almost none of them) a third of its time. A :class:`LazyPattern` is
used like a compiled ``re.Pattern`` (``search``, ``match``, ``finditer``, ``sub``…): the first call
compiles it, once per process, and binds the compiled pattern's methods on the object, so that later
calls go straight to them (no indirection left on the hot path of the per-file analyses).
"""

from __future__ import annotations

import re
import weakref
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


_ALL: "weakref.WeakSet[LazyPattern]" = weakref.WeakSet()  # every pattern alive, for compile_all


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._rx = pattern, flags, None
        _ALL.add(self)

    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self.flags)
            for name in _METHODS:  # instance attributes: found before __getattr__ is ever asked
                self.__dict__[name] = getattr(rx, name)
        return rx

    def __getattr__(self, name: str) -> Any:  # the first search/match/…, or groups, groupindex…
        if name.startswith("__") or name == "_rx":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile``, deferred to the first use (module-level patterns)."""
    return LazyPattern(pattern, flags)


def compile_all() -> None:
    """Compile every pattern made so far: in the server process the batch's workers are forked from,
    so that each worker's first audit does not compile them again."""
    for p in list(_ALL):
        try:
            p.compiled()
        except re.error:  # raised again where the pattern is used, as it would be without this
            pass
