"""Whether a list of département codes written in code is one (``territory.departement-list`` of
:mod:`auditor.facts.territory_codes`): its codes sure enough, and written in code whatever the comment closing its line says."""

from __future__ import annotations

import re

from auditor.facts.territory_values import in_code
from auditor.lazyre import lazy_compile

# the list's codes quoted, or its key naming départements in full (num_departement: 22,29): two codes are enough
_SURE_LIST = lazy_compile(r"""['"]|depart""", re.I)
# a comment closing the list's line, after the list and its statement's end (``]; // …``, ``)  # …``)
_COMMENT_AFTER = lazy_compile(r"""['"]?\s*[\])}]?\s*;?\s*(?P<mark>//|#)""")


def named_codes(text: str) -> bool:
    return bool(_SURE_LIST.search(text))


def list_in_code(m) -> bool:
    """The list is written in code (:func:`in_code`), judged without the comment that closes its line: the code loops over the list
    whatever that comment calls it (``$departements = [45, 28, 41, 36, 37, 18]; // Exemple de départements : Loiret (45)…``, the
    six départements of a regional observatory whose weather stations it fetches)."""
    if in_code(m):
        return True
    s = m.string
    end = s.find("\n", m.end())
    end = len(s) if end == -1 else end
    after = _COMMENT_AFTER.match(s, m.end(), end)
    if not after:
        return False
    cut = s[:after.start("mark")] + s[end:]
    return in_code(re.compile(re.escape(m.group(0))).match(cut, m.start()))
