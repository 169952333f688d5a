"""The markers the tool writes into the files it proposes (``auditor fix``, ``publiccode suggest``).

A file still holding one was never edited by the team: a draft, never a pass. The checks that read
README and publiccode.yml, and ``auditor publiccode validate``, say so with the line.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

TODO = "À COMPLÉTER / TO COMPLETE"
PLACEHOLDER_HOST = "forge.example.org"
# upper case only: "formulaire à compléter" is ordinary French prose, « À COMPLÉTER » is the tool's marker
TEXT_MARKERS = lazy_compile(r"À COMPLÉTER|A COMPLETER|TO COMPLETE")
# publiccode.yml suggestions also carry the placeholder forge address (a README may show one on purpose)
MARKERS = lazy_compile(r"À COMPLÉTER|A COMPLETER|TO COMPLETE|forge\.example\.org")


def find_markers(text: str | None, limit: int = 50, markers: re.Pattern = MARKERS) -> list[tuple[int, str]]:
    """``(line, marker)`` for each line (1-based) holding one of the tool's markers, at most ``limit``."""
    out: list[tuple[int, str]] = []
    if not text:
        return out
    for i, line in enumerate(text.splitlines(), 1):
        m = markers.search(line)
        if m:
            out.append((i, m.group(0)))
            if len(out) >= limit:
                break
    return out
