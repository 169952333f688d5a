"""Regular expressions compiled on first use.

The auditor's modules hold a few hundred patterns; compiled at import, they cost a warm audit (which
reuses stored results and runs almost none of them) a third of its time. A :class:`LazyPattern` is
used like a compiled ``re.Pattern`` (``search``, ``match``, ``finditer``, ``sub``…) and compiles
itself the first time one of those is called, once per process.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._rx = pattern, flags, None

    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self.flags)
        return rx

    def __getattr__(self, name: str) -> Any:  # search, match, fullmatch, finditer, findall, sub, subn, split, groups…
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile``, deferred to the first use (module-level patterns)."""
    return LazyPattern(pattern, flags)
