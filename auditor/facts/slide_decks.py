"""A slide deck written on a presentation framework copied whole into the repository (issue 12, s36 i36 =
DSI-Ville-Noumea/presentation-continuous-database): the deck is its own page (index.html, ``<div class="reveal"><div
class="slides">``) and stylesheet, on reveal.js 3.x committed at the root as its skeleton ships it — js/reveal.js and
css/reveal.css (with the framework's banner), its themes (css/theme/, their Sass sources), its print sheets (css/print/), its
fonts and helper scripts (lib/font/, lib/js/) and its plugins (plugin/: highlight, markdown, notes, zoom… and two optional Node
servers, plugin/notes-server/index.js and plugin/multiplex/index.js, that ``require('express')``).

Those folders are the framework's, not the deck's: its servers are no server of the project (the deck is static files served as
they are), its eight theme families of fonts are not the fonts the deck loads. Told by the framework's main script where its
layout puts it (js/reveal.js; reveal.js 4+'s dist/reveal.js; impress.js's js/impress.js), carrying the framework's name in its
opening comment: the folder above it is the framework's root, and the framework's own folders and files there
(:data:`FRAMEWORKS`) are its copy. The deck's own files beside them (index.html, css/custom.css, img/) stay the project's, and so
does the theme its pages link (``<link rel="stylesheet" href="css/theme/moon.css">``) with the font sheets and font files that
theme imports (lib/font/league-gothic/): the look the deck chose, the fonts its visitors download and the servers they come from
(``@import url(https://fonts.googleapis.com/…)``). Bounded: at most :data:`MAX_MAINS` main scripts read (2 KB each),
:data:`MAX_PAGES` pages and :data:`MAX_SHEETS` stylesheets (64 KB each)."""

from __future__ import annotations

import posixpath
import re

from auditor import safejson
from auditor.facts.vendored import licence_in

# framework: (its main scripts, relative to its root; its own folders and files there, as prefixes; its stylesheet folders, which
# hold no other library: the copy's package)
FRAMEWORKS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "reveal.js": (("js/reveal.js", "js/reveal.min.js", "dist/reveal.js", "dist/reveal.min.js", "dist/reveal.esm.js"),
                  ("js/reveal.", "css/reveal.", "css/theme/", "css/print/", "lib/", "plugin/", "dist/"),
                  ("css/theme/", "css/print/", "dist/theme/")),
    "impress.js": (("js/impress.js", "js/impress.min.js"), ("js/impress.", "src/impress.", "src/plugins/", "src/lib/", "extras/"), ()),
}
MAX_MAINS = 10
MAX_PAGES = 20
MAX_SHEETS = 20
HEAD_BYTES = 2048
FONT_EXT = {"woff", "woff2", "ttf", "otf", "eot"}
READ_BYTES = 64 * 1024
_OPENING_COMMENT = re.compile(r"^\ufeff?\s*(/\*[\s\S]*?\*/|(?://[^\n]*\n\s*)+)")
_LINKED_SHEET = re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']([^"'#?]+\.css)(?:[?#][^"']*)?["']""", re.I)
# a stylesheet's imports and the files it names (@import url(../../lib/font/league-gothic/league-gothic.css); src: url('x.woff'))
_CSS_URL = re.compile(r"""@import\s+["']([^"'?#]+)[^"']*["']|url\(\s*["']?([^"')?#\s]+)""", re.I)


def _opening(text: str) -> str:
    m = _OPENING_COMMENT.match(text or "")
    return m.group(1) if m else ""


def _names_framework(comment: str, name: str) -> bool:
    """The opening comment names the framework ("/*!\\n * reveal.js 3.2.0\\n * http://lab.hakim.se/reveal-js")."""
    return re.search(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", comment, re.I) is not None


def framework_roots(snap, paths) -> dict[str, tuple[str, str]]:
    """``{root folder ("" or "slides/"): (framework, main script)}`` of each presentation framework copied whole (see the module's
    docstring)."""
    mains = []
    for p in sorted(paths):
        for name, (scripts, _tree, _sheets) in FRAMEWORKS.items():
            for s in scripts:
                if p == s or p.endswith("/" + s):
                    mains.append((p, p[: -len(s)], name))
    roots: dict[str, tuple[str, str]] = {}
    for p, root, name in mains[:MAX_MAINS]:
        if root not in roots and _names_framework(_opening(snap.read_head(p, HEAD_BYTES) or ""), name):
            roots[root] = (name, p)
    return roots


def _resolve(base: str, ref: str, paths: set[str]) -> str | None:
    if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//|/)", ref, re.I):
        return None  # (an address, or a path from the site's root)
    p = posixpath.normpath(posixpath.join(posixpath.dirname(base), ref))
    return p if p in paths else None


def loaded_by_pages(snap, pages: list[str], paths: set[str]) -> set[str]:
    """The stylesheets ``pages`` link, the stylesheets they import and the files (fonts, images) they name, in the repository."""
    found: set[str] = set()
    queue: list[str] = []
    for page in pages[:MAX_PAGES]:
        for ref in _LINKED_SHEET.findall(snap.read_text(page, limit=READ_BYTES) or ""):
            if (p := _resolve(page, ref, paths)) and p not in found:
                found.add(p)
                queue.append(p)
    read = 0
    while queue and read < MAX_SHEETS:
        sheet = queue.pop(0)
        read += 1
        for a, b in _CSS_URL.findall(snap.read_text(sheet, limit=READ_BYTES) or ""):
            if (p := _resolve(sheet, a or b, paths)) and p not in found:
                found.add(p)
                if p.lower().endswith(".css"):
                    queue.append(p)
    return found


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _framework_manifest(snap, path: str, name: str) -> bool:
    """``path`` (package.json, bower.json) is the framework's own manifest: its "name" is the framework's."""
    try:
        doc = safejson.loads(snap.read_text(path, limit=READ_BYTES) or "")
    except ValueError:
        return False
    return isinstance(doc, dict) and isinstance(doc.get("name"), str) and _key(doc["name"]) == _key(name)


def deck_framework_copies(snap, items, names: tuple[str, ...] = ()) -> tuple[dict[str, str], dict[str, dict]]:
    """(``{path: "vendored"}`` for the files of a copied presentation framework's own folders, ``{prefix: package}`` for the
    folders of its stylesheets and its main files: one library, as its banner describes it). See the module's docstring.
    Never in the framework's own repository or a fork keeping its name (``names``, the repository's: reveal.js, revealjs-fork):
    there the framework is the project. When the deck kept the framework's skeleton whole, its manifest at the framework's root
    (package.json "name": "reveal.js", declaring express and socket.io for the two plugin servers, and grunt) and the build
    script beside it (Gruntfile.js, gulpfile.js) are the framework's too."""
    roots = framework_roots(snap, [i.path for i in items if i.category in ("source", "vendored", "build", "generated")])
    roots = {r: v for r, v in roots.items() if not any(_key(v[0]) in _key(n) for n in names if n)}
    if not roots:
        return {}, {}
    paths = {i.path for i in items}
    prefixes = tuple(root + t for root, (name, _main) in sorted(roots.items()) for t in FRAMEWORKS[name][1])
    skeleton = [root for root, (name, _main) in sorted(roots.items())
                if any(root + m in paths and _framework_manifest(snap, root + m, name) for m in ("package.json", "bower.json"))]
    prefixes += tuple(root + f for root in skeleton for f in ("package.json", "package-lock.json", "bower.json", "Gruntfile.js", "gulpfile.js"))
    pages = [i.path for i in items if i.category == "source" and i.path.lower().endswith((".html", ".htm")) and not i.path.startswith(prefixes)]
    chosen = loaded_by_pages(snap, pages, paths)
    # (and the folder of a font the theme loads whole: its other formats, which another browser downloads, and its licence)
    fonts = {posixpath.dirname(p) + "/" for p in chosen if p.rsplit(".", 1)[-1].lower() in FONT_EXT and "/" in p}
    chosen |= {p for p in paths if posixpath.dirname(p) + "/" in fonts}
    fixes = {i.path: "vendored" for i in items if i.category != "vendored" and i.path.startswith(prefixes) and i.path not in chosen}
    packages: dict[str, dict] = {}
    for root, (name, main) in sorted(roots.items()):
        comment = _opening(snap.read_head(main, HEAD_BYTES) or "")
        v = re.search(re.escape(name) + r"[^\S\n]+v?(\d+\.\d+(?:\.\d+)?)", comment, re.I)
        desc = {"name": name.removesuffix(".js"), "version": v.group(1) if v else None, "license": licence_in(comment), "ecosystem": "javascript"}
        packages[main] = desc
        packages.update({root + f: desc for f in FRAMEWORKS[name][2]})
        packages.update({p: desc for p in (root + "css/reveal.css", root + "css/reveal.min.css") if name == "reveal.js" and p in paths})
    return fixes, packages
