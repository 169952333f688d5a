"""``territory.constant-name``: a constant named after a département or a région and given a literal in the code
(``const VENDEE_VLI_BAGS = ["VLI 01 …", "VLI 02 …"]``, ``BRETAGNE_BBOX = [...]``, ``GIRONDE_SERVICES = {...}``): the code keeps that
territory's own values under its name, which a second territory renames and fills again (issue 12, s44 fe44 = an SDIS's Apps Script
checklist, whose Code.js holds its département's bags and forms as VENDEE_… constants).

A constant: capitals, digits and underscores, two words or more, one word or a run of words (CHARENTE_MARITIME) a département's or
a région's name as :mod:`auditor.facts.territory_hosts` lists them, of six letters or more (AIN, VAR, LOT, CHER, GARD, NORD, SOMME,
LOIRE name other things in a constant), not one that is also a common word of code (MANCHE, CREUSE, ALLIER, LANDES, REUNION,
CENTRE, VIENNE, CALVADOS, LIMOUSIN, CHAMPAGNE), and more words than the territory's own name (an enum's ``GRAND_EST = 'Grand-Est'``
lists territories). A file whose constants name three territories or more is a table of territories, no one territory's. Its value a quoted string, an array or an object opened on the same line; written in
code (not a comment, an example or a docstring).
"""

from __future__ import annotations

import functools
import itertools

from auditor.facts.signal_registry import signal
from auditor.facts.territory_hosts import DEPARTEMENTS, REGIONS
from auditor.lazyre import lazy_compile

MAX_TERRITORIES = 3  # (constants naming three territories or more: a table of territories, none the code's own)
MAX_BYTES, MAX_CONSTANTS = 200_000, 400

# (départements' and régions' names that are words of code or of everyday French and English: a sleeve, hollow, ally, meeting…)
_WORDS = frozenset({"manche", "creuse", "allier", "landes", "reunion", "centre", "vienne", "calvados", "limousin", "champagne",
                    "laregion", "lenord", "maregionsud", "regionsud"})


@functools.lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    names = {n for n in (*DEPARTEMENTS, *REGIONS) if "-" in n or n.isalpha()}
    return frozenset(n for n in names if len(n.replace("-", "")) >= 6 and n.replace("-", "") not in _WORDS)


def territory_word(name: str) -> str | None:
    """The département or région a constant's name (``VENDEE_VLI_BAGS``, ``CHARENTE_MARITIME_SITES``) names, as a slug; None if none."""
    words = name.lower().split("_")
    known = _territories()
    for size in (5, 4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            if (slug := "-".join(words[i:i + size])) in known:
                return slug
    return None


def _named_constant(m) -> bool:
    from auditor.facts.territory_values import in_code

    slug = territory_word(m.group(1))
    if slug is None or m.group(1).lower() == slug.replace("-", "_") or not in_code(m):
        return False  # (the territory's name alone, an enum's member BOURGOGNE_FRANCHE_COMTE = '…': a list of territories)
    return _territories_named(m.string) < MAX_TERRITORIES


@functools.lru_cache(maxsize=8)
def _territories_named(text: str) -> int:
    """How many territories the constants of ``text`` name (its first MAX_CONSTANTS constants, in its first MAX_BYTES)."""
    named = {territory_word(c.group(1)) for c in itertools.islice(_CONSTANT.finditer(text[:MAX_BYTES]), MAX_CONSTANTS)}
    return len(named - {None})


_PATTERN = (r"""(?<![\w$.])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[ \t]*(?::[^=\n]{1,40})?(?<![=!<>])=(?![=>])[ \t]*(?:new[ \t]+\w+[ \t]*\()?[ \t]*['"`\[{]""")
_CONSTANT = lazy_compile(_PATTERN, 0)
signal("territory.constant-name", _PATTERN,
       tuple(sorted({n.replace("-", "_") for n in _territories()})), flags=0, classes=("code",), group=1, accept=_named_constant)
