"""Files a copied library loads from a library folder of its own, named in its code by their path from the copy's folder
(``"L.ODSMap@libs/ods-map/ods-map.js"``, ``'js': ['libs/fullcalendar/lang/fr.js']`` in a widgets distribution's main script,
copied with its ``libs/`` beside it): that library's parts, copied with it, whatever their own first bytes say (many carry no
banner). A folder of which the copy names at least :data:`MIN_NAMED` files (a calendar's ``lang/`` of 48 translations, 9 named)
is the copy's whole: its other scripts and stylesheets are the copy's too.

Only a path that goes down from the copy's folder into a library folder (``lib/``, ``libs/``, ``vendor/``, ``plugins/``…) counts:
a copied script never names the project's own code so, while a project's bundle may name its sources (``./src/app.js``).
Bounded: at most :data:`MAX_READS` copies read (the first ones in path order), each up to the snapshot's blob limit.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

MAX_READS = 40
MAX_NAMES = 2000  # paths looked at in one copy
MIN_NAMED = 2
LIB_FOLDERS = {"lib", "libs", "vendor", "vendors", "plugins", "third_party", "bower_components"}
_NAMED = lazy_compile(r"""['"@]((?:[\w.-]+/)+[\w.-]+\.(?:js|css))['"?#]""")
_LOADED_EXT = ("js", "css")


def copy_loads(snap, items: list) -> set[str]:
    """The paths of the files (not yet vendored) that copied scripts load from their library folder (see the module's docstring)."""
    vendored = {i.path for i in items if i.category == "vendored"}
    loose: dict[str, set[str]] = {}  # library folder under a copy's folder -> its files not told copied
    for i in items:
        if i.path in vendored or i.path.rsplit(".", 1)[-1].lower() not in _LOADED_EXT:
            continue
        segs = i.path.split("/")
        for k in range(len(segs) - 2, -1, -1):
            if segs[k].lower() in LIB_FOLDERS:
                loose.setdefault("/".join(segs[:k]), set()).add(i.path)
                break
    if not loose:
        return set()
    copies = sorted(p for p in vendored if p.rsplit(".", 1)[-1].lower() == "js" and p.rpartition("/")[0] in loose)[:MAX_READS]
    named: set[str] = set()
    for copy in copies:
        folder = copy.rpartition("/")[0]
        text = snap.read_text(copy, limit=snap.max_blob) or ""
        for n, m in enumerate(_NAMED.finditer(text)):
            if n >= MAX_NAMES:
                break
            rel = m.group(1)
            if rel.split("/", 1)[0].lower() not in LIB_FOLDERS or ".." in rel.split("/"):
                continue
            path = posixpath.join(folder, rel) if folder else rel
            if path in loose[folder]:
                named.add(path)
    if not named:
        return set()
    folders: dict[str, int] = {}
    for path in named:
        folders[path.rpartition("/")[0]] = folders.get(path.rpartition("/")[0], 0) + 1
    whole = {f for f, count in folders.items() if count >= MIN_NAMED}
    siblings = {p for files in loose.values() for p in files if p.rpartition("/")[0] in whole}
    return named | siblings
