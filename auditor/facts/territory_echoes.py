"""The commune a constant names (``territory.settings-commune``: ``COMMUNE_NAME: 'Maurepas'``, ``VILLE = "Crosne"``), or a municipal
service or place named with it (``territory.municipal-name``: "Cimetière Municipal de Pointe-Noire"), and the lines of
the code and templates that write that name again (``territory_echoes``), for ``reusability.territory-neutral``.

A constant so named in a settings module (src/utils/constants.js, config.py) is where a second commune changes it: no finding there.
In code it is one (the commune is written into the program). Either way the name is the commune the project was written for, and
the pages, exports and messages that write it themselves ("Élections Municipales 2026 — Maurepas", "Résultats Maurepas (PDF)")
name it whatever the settings say: a second commune has to find and edit them. Only a commune's name INSEE gives
(auditor/data/communes.yml, CITY_NAMES) counts; files are read only when such a constant is found. Registered by
:data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import PLACES, _COMMENT_START, in_code

MAX_NAMES = 3
MAX_FILES = 400
MAX_BYTES = 512 * 1024
PER_FILE = 10


def _commune_named(m) -> bool:
    from auditor.facts.territory_hosts import known_commune

    return known_commune(m.group(1)) and in_code(m)


# a key or constant named for the commune (commune, ville, city, town, municipality, with _name/_nom/_label/_libelle or none) given
# a commune's name as a string
signal("territory.settings-commune",
       r"""(?<![\w.])(?i:commune|ville|city|town|municipality|collectivite)(?i:_?(?:name|nom|label|libelle))?['"]?[ \t]*(?:[:=]|=>)[ \t]*['"`]"""
       r"""([A-ZÀ-Ý][\w'’-]{1,30}(?: [\w'’-]{1,30}){0,4})['"`]""",
       ("commune", "ville", "city", "town", "municipality", "collectivite"), flags=0, classes=PLACES, group=1, accept=_commune_named)


def _municipal_place(m) -> bool:
    """The name after a municipal service or place is a commune's: INSEE's (Maurepas), or capitalised words joined by hyphens
    (Pointe-Noire, a Congolese commune), not a word ("Centre municipal de Santé"); in code, not a comment."""
    from auditor.facts.territory_hosts import known_commune

    name = m.group(1)
    return (known_commune(name) or ("-" in name and all(w[:1].isupper() or w in _LINKS for w in name.split("-")))) and in_code(m)


_LINKS = frozenset({"sur", "sous", "en", "de", "du", "des", "la", "le", "les", "lès", "lez", "aux", "et"})
# a municipal service or place named with its commune ("Cimetière Municipal de Pointe-Noire", "la police municipale de Saint-Denis"):
# the commune the code was written for, French or not; the name is also read again in the code, as a constant's (territory_echoes)
signal("territory.municipal-name",
       r"""(?i:municipa(?:le?s?|ux))[ \t]+(?:de[ \t]+|d['’])([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ][a-zà-ÿ'’]*){0,5})(?![\w-])""",
       ("municipa",), flags=0, classes=PLACES, group=1, accept=_municipal_place)


@fact("territory_echoes", version=3, public=False)
def territory_echoes(ctx) -> list:
    """``[[path, line, name, class, anchor]]``: the lines of code and page templates (not settings, tests, docs) that write the name of a
    commune a constant names (``territory.settings-commune``, anchor ``"constant"``) or a municipal service or place is named after
    (``territory.municipal-name``, anchor ``"municipal"``: "bibliothèque municipale de Villebon-sur-Yvette", no constant; issue 12, s43
    fe43), not in a comment. At most :data:`PER_FILE` lines a file, :data:`MAX_FILES` files in path order."""
    from auditor.facts.textscan import file_class, is_scannable
    from auditor.facts.tree import tree_of

    sig = (ctx.fact("textscan") or {}).get("signals") or {}
    names = sorted({str(h[2]) for sid in ("territory.settings-commune", "territory.municipal-name") for h in sig.get(sid, [])})[:MAX_NAMES]
    if not names:
        return []
    declared = {(h[0], h[1]) for h in sig.get("territory.settings-commune", [])}
    constants = {str(h[2]) for h in sig.get("territory.settings-commune", [])}
    word = re.compile(r"(?<![\w/-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    paths = [e.path for e in tree_of(ctx) if is_scannable(e) and e.size <= MAX_BYTES and file_class(e.path) in ("code", "template")][:MAX_FILES]
    out = []
    for path, text in ctx.snapshot.iter_text(paths, limit=MAX_BYTES):
        kept = 0
        for i, line in enumerate(text.splitlines(), 1):
            m = word.search(line)
            if m and (path, i) not in declared and not line.lstrip().startswith(_COMMENT_START):
                out.append([path, i, m.group(1), file_class(path), "constant" if m.group(1) in constants else "municipal"])
                kept += 1
                if kept >= PER_FILE:
                    break
    return out
