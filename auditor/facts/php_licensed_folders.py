"""PHP libraries copied by hand into a library folder of the project with their own licence (issue 12, s39 fk39 = reader rc39:
PhilipMasse/WordPress---Editeur-de-pages, a WordPress plugin carrying lib/plugin-update-checker/, Yahnis Elsts' Plugin Update Checker
5.7, its license.txt "Copyright (c) 2023 Jānis Elsts" at its top, required by the plugin's main file).

A folder right under a library folder (lib/, libs/, vendor/, includes/, third-party/… — :data:`CONTAINERS`) holding PHP files and, at
its top, a licence file of its own (license.txt, LICENSE, COPYING) that names a holder other than the project's (the root licence's),
and whose path the project's own PHP code writes (``require_once SPB_PATH . 'lib/plugin-update-checker/plugin-update-checker.php'``),
is a copied library: named after its folder, its version the one its main file's doc block writes ("Plugin Update Checker Library
5.7", ``@version 5.7``), None when none is written. The project's own helpers in lib/ (no licence of their own, or the project's
licence) stay its code. Bounded: :data:`MAX_FOLDERS` folders, :data:`MAX_SOURCES` of the project's PHP files read, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


def parts(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


MAX_FOLDERS = 10
MAX_SOURCES = 40
READ_BYTES = 64 * 1024
LICENCE_BYTES = 4096
CONTAINERS = frozenset({"lib", "libs", "vendor", "vendors", "includes", "inc", "third-party", "third_party", "thirdparty", "external",
                        "externals", "libraries", "library"})
_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:\.(?:txt|md))?$", re.I)
_HOLDER = lazy_compile(r"copyright\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*\s*,?\s*)?(?:by\s+)?([^\n<>]{3,80})", re.I)
# the first line of the main file's doc block naming a release ("Plugin Update Checker Library 5.7"), or its @version tag
_TITLE_VERSION = lazy_compile(r"\A\ufeff?\s*<\?php\b\s*/\*\*?[^\S\n]*\n[^\S\n]*\*[^\S\n]*[A-Z][\w .-]{2,60}?[^\S\n]v?(\d+(?:\.\d+){1,3})[^\S\n]*\n")
_VERSION_TAG = lazy_compile(r"^[^\S\n]*\*?[^\S\n]*@version[^\S\n]+v?(\d+(?:\.\d+){1,3})\b", re.M)


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def licensed_php_folders(snap, items, own_holders: str) -> dict[str, dict]:
    """``{folder: {"name", "version", "license": None}}`` for the copied PHP libraries described in the module's docstring. ``items``:
    the inventory's items (``path``, ``category``); ``own_holders``: the root licence's first bytes, squeezed."""
    tops: dict[str, set] = {}
    for i in items:
        segs = parts(i.path)
        for k, seg in enumerate(segs[:-2]):
            if seg.lower() in CONTAINERS and segs[k + 1].lower() not in CONTAINERS:
                tops.setdefault("/".join(segs[: k + 2]), set()).add("/".join(segs[k + 2:]))
                break
    folders = sorted(f for f, names in tops.items() if any(_LICENCE.match(n) for n in names) and any(n.endswith(".php") for n in names))[:MAX_FOLDERS]
    out = {}
    for folder in folders:
        lic = next(f"{folder}/{n}" for n in sorted(tops[folder]) if _LICENCE.match(n))
        holder = _HOLDER.search(snap.read_head(lic, LICENCE_BYTES) or "")
        if not holder or (own_holders and _squeeze(holder.group(1)) and _squeeze(holder.group(1)) in own_holders):
            continue  # (no holder named, or the project's own: its code under its own licence)
        out[folder] = {"name": parts(folder)[-1].lower(), "version": None, "license": None}
    if not out:
        return {}
    # the project's own PHP code requiring them (its files outside the folders)
    own = [i.path for i in items if i.path.endswith(".php") and i.category == "source" and not any(i.path.startswith(f + "/") for f in out)]
    wanted = {f: re.compile(re.escape(f.split("/", 1)[-1] if "/" in f else f) + r"/") for f in out}
    required = set()
    for path, text in snap.iter_text(sorted(own)[:MAX_SOURCES], limit=READ_BYTES):
        required |= {f for f, pat in wanted.items() if pat.search(text) and re.search(r"\b(?:require|include)(?:_once)?\b", text)}
    for folder in sorted(out):
        if folder not in required:
            del out[folder]
            continue
        main = f"{folder}/{parts(folder)[-1]}.php"
        head = snap.read_head(main, 4096) if f"{parts(folder)[-1]}.php" in tops[folder] else None
        if head and (v := _TITLE_VERSION.search(head) or _VERSION_TAG.search(head)):
            out[folder]["version"] = v.group(1)
    return out
