"""A value given as an example in a string the code shows (a help text), for the territory signals' ``in_code``."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# an example introduced in words ("par exemple :", "ex:", "e.g.", "for instance"), on a line of a string the value's line continues
_EXAMPLE_CUE = lazy_compile(r"(?<!\w)(?:e\.g\.|ex\s*[:.]|par exemple|for (?:example|instance)|exemples?\s*:|examples?\s*:)", re.I)
_CONTINUES = lazy_compile(r"""["'`][ \t]*(?:[+.\\][ \t]*)?\r?$""")  # a string, then "+" (Java, JS), "." (PHP), "\\" or nothing (Python)
_STRING_START = lazy_compile(r"""[ \t]*(?:[+.][ \t]*)?["'`]""")
EXAMPLE_LINES_BACK = 3


def example_in_string(m) -> bool:
    """The value's line continues a string whose lines above introduce an example (a help text built of concatenated literals:
    "… pour les acronymes par exemple : \\n" + / "TBM = Transports Bordeaux Métropole."): the value is that example, shown to the
    user, no setting. At most :data:`EXAMPLE_LINES_BACK` lines above, each ending on a string continued on the next."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    if not _STRING_START.match(s, start, min(len(s), start + 200)):
        return False
    for _ in range(EXAMPLE_LINES_BACK):
        if start == 0:
            return False
        prev = s.rfind("\n", 0, start - 1) + 1
        line = s[max(prev, start - 1 - 400):start - 1]
        if not _CONTINUES.search(line):
            return False
        if _EXAMPLE_CUE.search(line):
            return True
        if not _STRING_START.match(s, prev, min(start, prev + 200)):
            return False
        start = prev
    return False
