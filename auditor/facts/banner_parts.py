"""The parts of a copied library that its other files' banners name: a script or stylesheet whose leading comment names a library
(not the file itself), under a copyright holder and a licence, the same library and holder that the banner of a file already told
copied gives. TimelineJS's stylesheets open on "TimelineJS - ver. 2.35.1 … Copyright (c) 2012-2013 Northwestern University …
Mozilla Public License" and are told copied; its locale scripts (js/locale/fr.js) and its builds (timeline-min.js, storyjs-embed.js)
open on the same banner with a build's date stamp for a version ("TimelineJS - ver. 2014-12-09-18-51-25"): that library's parts too,
not the project's code.

The project's own files stay its own: a holder the root licence names, or a library named as the project is (its README's title).
Bounded: at most :data:`MAX_FILES` scripts and stylesheets read, :data:`HEAD_BYTES` each, in path order.
"""

from __future__ import annotations

from auditor.facts.vendored import banner, copyright_holder, describe, licence_in, squeeze, stem

MAX_FILES = 400
HEAD_BYTES = 4096


def _key(snap, path: str) -> tuple[str, str] | None:
    """``(library, holder)`` squeezed when the file's banner names a library other than the file, a copyright holder and a licence."""
    head = snap.read_head(path, HEAD_BYTES) or ""
    top = banner(head)
    if not top or not licence_in(top):
        return None
    holder = copyright_holder(head)
    name = squeeze(describe(path, head)["name"] or "")
    if not holder or len(name) < 3 or name == squeeze(stem(path.rsplit("/", 1)[-1])):
        return None
    return name, holder


def banner_parts(snap, items: list, own_holders: str, own: str) -> set[str]:
    """The paths of the scripts and stylesheets, not yet told copied, whose banner names the library and holder that a copied file's
    banner names (see the module's docstring)."""
    files = sorted(i.path for i in items if i.path.rsplit(".", 1)[-1].lower() in ("js", "css") and i.category in ("vendored", "source", "generated"))
    category = {i.path: i.category for i in items}
    copied: set[tuple[str, str]] = set()
    loose: list[tuple[str, tuple[str, str]]] = []
    for path in files[:MAX_FILES]:
        key = _key(snap, path)
        if key is None:
            continue
        if category[path] == "vendored":
            copied.add(key)
        else:
            loose.append((path, key))
    own_key = squeeze(own)
    return {p for p, (name, holder) in loose if (name, holder) in copied and holder not in own_holders
            and not (own_key and (own_key in name or name in own_key))}
