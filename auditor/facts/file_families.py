"""A library's distribution copied into a folder that says nothing of it (``src/main/webapp/codebase/``: no vendor/lib name, no
manifest, no banner), told by its files' names: the folder holds the library's main script ``<name>.js`` and at least
:data:`MIN_FAMILY` scripts and stylesheets named after it (``<name>_timeline.js``, ``<name>_glossy.css`` in its ``ext/``),
which outnumber twice its other scripts (translation files, named by a language code, aside, on both sides). The whole folder is the library's,
its translations and images included; and so are the server-side classes the library ships under a package named as it
(``com/<vendor>/<product>/`` for ``<vendor><product>.js``), which a project copies beside its own.

Not a folder named after the project (its README's title), nor a site's script folder (``js/``, ``static/``, ``lib/``…, where a site keeps its own scripts beside the
libraries it copies), nor one holding code in another language than JavaScript and CSS (a
project's module keeps its Java or PHP beside its scripts), nor the repository's root, nor a folder of a library already told
copied (``ext-4.1.1a/src/dom/``, Element.js and its Element.*.js, are a part of Ext JS, not a library of their own). Pure function of the inventory's items.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import LANGUAGE_CODES, squeeze
from auditor.lazyre import lazy_compile

MIN_FAMILY = 8
_MAIN = lazy_compile(r"^([A-Za-z][A-Za-z0-9]{5,40})\.js$")
_LOCALE = lazy_compile(r"[._-]([a-z]{2})(?:[-_][A-Za-z]{2,4})?(?:[.-]min)?\.js$")
_WEB = ("js", "css")
_JVM_EXT = ("java", "kt", "scala")
_ASSET_DIRS = {"js", "css", "scripts", "script", "javascript", "javascripts", "static", "assets", "public", "lib", "libs", "src", "www"}
_MARKUP = {"HTML", "JavaScript", "CSS", "JSON", "XML", "SVG"}  # (a distribution's demo and translation pages)


def _ext(path: str) -> str:
    return path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""


def family_copies(items: list, own: str) -> tuple[set[str], dict[str, dict]]:
    """The paths of the files of such copied distributions (see the module's docstring), not yet told copied; and the folders
    copied (``{"a/codebase/": {"name", "version": None, "license": None, "ecosystem"}}``): one library each, named by its main
    script, however many translation sets it ships (``locale/locale_fr.js``, ``locale/recurring/…``)."""
    under: dict[str, list[str]] = {}  # folder -> the names of the scripts and stylesheets under it, at any depth
    other_code: set[str] = set()  # folders holding code in another language, at any depth
    unclaimed: set[str] = set()  # folders holding a file no other rule told copied yet
    mains: dict[str, list[str]] = {}  # folder -> the candidate main scripts' names directly in it
    for i in items:
        if i.category not in ("source", "vendored"):
            continue
        segs = i.path.split("/")
        ext = _ext(i.path)
        for k in range(1, len(segs)):
            folder = "/".join(segs[:k])
            if i.category != "vendored":
                unclaimed.add(folder)
            if ext in _WEB:
                under.setdefault(folder, []).append(segs[-1])
            elif i.language and i.language not in _MARKUP:
                other_code.add(folder)
        if ext == "js" and len(segs) > 1 and _MAIN.match(segs[-1]):
            mains.setdefault("/".join(segs[:-1]), []).append(_MAIN.match(segs[-1]).group(1))
    found: dict[str, str] = {}  # folder -> the library's name
    for folder, names in sorted(mains.items()):
        if folder in other_code or folder.rsplit("/", 1)[-1].lower() in _ASSET_DIRS:
            continue  # (a site's js/ keeps its own scripts beside the libraries it copies there)
        if folder not in unclaimed:
            continue  # a part of a library already told copied (ext-4.1.1a/src/dom/, Element.js and its Element.*.js): that library's
        for name in sorted(names):
            key = squeeze(name)
            if own and (key in own or own in key):
                continue
            family = re.compile(rf"^{re.escape(name)}(?:[._-][\w.-]+)?\.(?:js|css)$", re.I)
            inside = under.get(folder, [])
            own_names = [n for n in inside if not ((m := _LOCALE.search(n)) and m.group(1) in LANGUAGE_CODES)]  # translations aside
            fam = sum(1 for n in own_names if family.match(n))
            rest = sum(1 for n in own_names if not family.match(n) and _ext(n) == "js")
            if fam >= MIN_FAMILY and fam > 2 * rest:
                found[folder] = name.lower()
                break
    if not found:
        return set(), {}
    keys = {squeeze(name): name for name in found.values()}
    out = set()
    packages = {f + "/": {"name": name, "version": None, "license": None, "ecosystem": "javascript"} for f, name in found.items()}
    for i in items:
        if i.category == "vendored":
            continue
        if any(i.path.startswith(f + "/") for f in found):
            out.add(i.path)
        elif _ext(i.path) in _JVM_EXT:
            segs = i.path.split("/")[:-1]
            k = next((k for k in range(1, len(segs)) if squeeze(segs[k - 1] + segs[k]) in keys), None)
            if k is not None:
                out.add(i.path)
                packages["/".join(segs[: k + 1]) + "/"] = {"name": keys[squeeze(segs[k - 1] + segs[k])], "version": None,
                                                          "license": None, "ecosystem": "javascript"}
    return out, packages
