"""A library's whole repository or release copied into a folder of the project, told by the folder's shape:

- a folder named as a forge names a branch's download (``leaflet-easyPrint-gh-pages/``, ``Leaflet.draw-master/``) or a release
  (``fontawesome-free-5.15.2-web/``) that carries a licence of its own at its top (LICENSE, COPYING, MIT-LICENCE.txt): the
  library's repository or release archive unpacked there;
- a folder named after the library whose file it holds in a folder of its layout (``js/plugins/highcharts/`` holding
  ``code/highcharts.js``, ``js/Leaflet.draw/`` holding ``src/Leaflet.draw.js``), among a site's script folders, when that file
  is a well-known library's by its name: the library's distribution or repository, not a folder where the project keeps the
  library's file beside its own additions (``js/leaflet/leaflet.js`` beside the project's ``js/leaflet/map_functions.js``); or
  holding that file at its top beside the library's licence (``admin/tiny_mce/tiny_mce.js`` and ``admin/tiny_mce/license.txt``);
- a repository of another project unpacked with its Mercurial archive stamp or tag list (``.hg_archival.txt``, ``.hgtags``)
  beside a licence of its own at its top;
- a program's distribution copied whole, told by its own shape (:func:`_distribution`): a folder with a licence of its own at its
  top, its own documentation (a README or COPYRIGHT page at its top, or a doc/ folder) and its compiled program (``DragMath/`` with
  LICENSE-gpl.txt, README.html, doc/ and ``applet/DragMath.jar`` beside ``applet/Display/MainApplet.class``): a tool shipped
  built, not the project's sources.

An Apache Cordova application's platforms/ and plugins/ beside its config.xml (:func:`cordova_trees`) are Cordova's: what its
command line writes and fetches, not the application's own www/.

A site's library shelf (``web/js/lib/``) whose subfolders are mostly such copies holds libraries only: its other subfolders are
copies too (:func:`library_shelves`).

Everything under such a folder is the library's: its README, docs/, tests, manifest, lint settings, demo pages and metadata,
not the project's. A folder named as the project (its README's title) stays the project's. Pure functions of the
inventory's items (path and category); nothing is read.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import KNOWN_FILE, squeeze, stem
from auditor.lazyre import lazy_compile

# A branch's download as a forge names it: <repository>-<branch> (GitHub's "Download ZIP" of master, main or gh-pages)
FORGE_DOWNLOAD = lazy_compile(r"^(?P<name>[A-Za-z][\w.]*?(?:-[A-Za-z][\w.]*?)*)-(?:master|main|gh-pages|develop)$", re.I)
FORGE_SUFFIX = lazy_compile(r"-(?:master|main|gh-pages|develop)$", re.I)
# A release's version: 2 to 4 numbers, with a pre-release or patch letter glued to them (Sencha's ext-4.1.1a/, jquery-ui-1.8rc3/,
# dojo-1.0b2/) or a hyphenated label (-beta.2, -rc1)
RELEASE_VERSION = r"v?\d+(?:\.\d+){1,3}(?:(?:a|b|c|rc|alpha|beta|pre|dev|ga|final|p)\d*)?(?:-[A-Za-z]+\.?\d*)?"
_RELEASE = lazy_compile(r"^(?P<name>[A-Za-z][\w.]*?(?:-[A-Za-z][\w.]*?)*)[-_]" + RELEASE_VERSION +
                        r"(?:[-_.](?:dist|min|custom|build|release|web))?$")
# or a release named by its major version alone (PHPMailer-6/, leaflet-1/): a release when it carries a licence of its own at its
# top, or when it holds a well-known library's file named after it (a project's own step-2/ or module-1/ is neither)
_MAJOR = lazy_compile(r"^(?P<name>[A-Za-z][\w.]*?(?:-[A-Za-z][\w.]*?)*)[-_]v?\d{1,2}$")
# A package's own licence at its top (LICENSE, COPYING, MIT-LICENCE.txt, LICENSE.md)
_TOP_LICENCE = lazy_compile(r"^(?:[\w-]*[-_])?(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$", re.I)
TOP_LICENCE = _TOP_LICENCE


def library_key(folder: str) -> str:
    """A folder's name without a branch's or a release's suffix, letters and digits only (``Leaflet.draw-master`` ->
    ``leafletdraw``, ``fontawesome-free-5.15.2-web`` -> ``fontawesomefree``)."""
    m = FORGE_DOWNLOAD.match(folder) or _RELEASE.match(folder) or _MAJOR.match(folder)
    return squeeze(m.group("name") if m else folder)


def copied_folders(items: list, own: str, script_parents: set[str]) -> list[str]:
    """The folders (``a/b/``) that are copies of a library's repository or release (see the module's docstring), outermost
    only, sorted. ``own``: the project's name (its README's title, squeezed); ``script_parents``: the folders a site keeps its
    scripts and libraries in (js/, static/, plugins/, lib/…), one of which must hold a folder named after its library."""
    marked = {i.path.rsplit("/", 1)[0] + "/" for i in items if "/" in i.path and _TOP_LICENCE.match(i.path.rsplit("/", 1)[-1])}
    named: set[str] = set()
    for i in items:
        segs = i.path.split("/")
        if len(segs) < 4 or not KNOWN_FILE.match(segs[-1]):
            continue
        lib = squeeze(stem(segs[-1]))
        for k in range(len(segs) - 2, 0, -1):  # the folders holding it, innermost first; named one level up or more
            if k <= len(segs) - 3 and library_key(segs[k]) == lib and {s.lower() for s in segs[:k]} & script_parents:
                named.add("/".join(segs[: k + 1]) + "/")
                break
            if k == len(segs) - 2 and library_key(segs[k]) == lib and "/".join(segs[: k + 1]) + "/" in marked:
                # the library's file at the top of a folder of its name that carries the library's licence (tiny_mce/tiny_mce.js
                # beside tiny_mce/license.txt, plugins/ and themes/): the distribution copied whole, wherever the site keeps it
                named.add("/".join(segs[: k + 1]) + "/")
                break
            if "/".join(segs[: k + 1]) + "/" in marked or FORGE_DOWNLOAD.match(segs[k]) or _RELEASE.match(segs[k]) or _MAJOR.match(segs[k]):
                # a package of its own (a copied plugin's examples/libs/leaflet-src.js), or a release folder (leaflet/leaflet-0.6.4/
                # beside the project's own leaflet/inc-leaflet-js.html): the file is that package's, not its parent folder's
                break
    released = {f for f in marked if any(rx.match(f.rstrip("/").rsplit("/", 1)[-1]) for rx in (FORGE_DOWNLOAD, _RELEASE, _MAJOR))}
    released |= {f for f in marked - released if _distribution(f, items)}
    released |= marked & {i.path.rsplit("/", 1)[0] + "/" for i in items if "/" in i.path and i.path.rsplit("/", 1)[-1] in _HG_STAMPS}
    roots = {f for f in released | named if not _is_own(f, own)}
    return sorted(r for r in roots if not any(o != r and r.startswith(o) for o in roots))


# A distribution's own documents at its top (README.html, COPYRIGHT.html, INSTALL) or its documentation folder
_DIST_DOC = lazy_compile(r"^(?:readme|copyright|install|changes|changelog|history)(?:[-_.][\w.-]*)?$|^(?:doc|docs|manual)/", re.I)


# Mercurial's stamp on an archive of a repository (``hg archive``: the repository and the changeset it was taken from) and its
# tag list: with a licence of its own beside them, another project's repository unpacked in a folder of this one (a C++ library's
# whole source tree, eigen/ with its COPYING.* texts, doc/ and test/), never the project's own work
_HG_STAMPS = {".hg_archival.txt", ".hgtags"}


def _distribution(folder: str, items: list) -> bool:
    """Whether ``folder`` (a/b/, with a licence of its own at its top) holds a program's distribution copied whole: its own
    documents (:data:`_DIST_DOC`) and its compiled program, a jar named after the folder (``DragMath/applet/DragMath.jar``) or
    compiled classes (.class), and none of the sources they are built from, while most of the repository's files are elsewhere
    (a project kept in one folder stays its own)."""
    inside = [i.path[len(folder):] for i in items if i.path.startswith(folder)]
    if not inside or len(inside) * 2 > len(items):
        return False
    key = library_key(folder.rstrip("/").rsplit("/", 1)[-1])
    built = any(p.endswith(".class") or (p.endswith(".jar") and squeeze(p.rsplit("/", 1)[-1][:-4]) == key) for p in inside)
    sources = any(p.endswith((".java", ".kt", ".scala", ".groovy")) for p in inside)  # (a module of the project's builds from its sources)
    return built and not sources and len(key) >= 3 and any(_DIST_DOC.match(p) for p in inside)


def _is_own(folder: str, own: str) -> bool:
    key = library_key(folder.rstrip("/").rsplit("/", 1)[-1])
    return len(key) < 3 or bool(own) and (key in own or own in key)


_WEB_DIRS = {"js", "javascript", "javascripts", "static", "assets", "public", "web", "www"}
_SHELVES = {"lib", "libs", "vendor", "vendors", "libraries", "librairies"}
MIN_SHELF_COPIES = 3


def library_shelves(items: list) -> set[str]:
    """The paths of the other folders of a site's library shelf: a lib/ (libs/, vendor/…) folder under a web folder
    (``web/js/lib/``) of which at least :data:`MIN_SHELF_COPIES` subfolders, and more than those holding code of no copy, hold
    a copied library (by name, banner, licence or release). Its other subfolders are libraries too, copied without a licence,
    a manifest or a banner (a Leaflet control's ``icone-layers/`` beside ``leaflet/``, ``angular-1.3.9/`` and
    ``colorbox-1.6.4/``), and so are the other files of its copied subfolders: the project keeps its own code beside the shelf,
    not on it."""
    shelves: dict[str, dict[str, list]] = {}
    for i in items:
        segs = i.path.split("/")
        for k in range(1, len(segs) - 2):
            if segs[k].lower() in _SHELVES and {s.lower() for s in segs[:k]} & _WEB_DIRS:
                shelves.setdefault("/".join(segs[: k + 1]), {}).setdefault(segs[k + 1], []).append(i)
                break
    return shelf_paths(shelves)


def shelf_paths(shelves: dict[str, dict[str, list]]) -> set[str]:
    """The files not told copied of each shelf (``{shelf: {subfolder: items}}``) of which at least :data:`MIN_SHELF_COPIES`
    subfolders, and more than those holding code of no copy, hold a copied library: its other subfolders and the other files of
    its copied ones (Leaflet.Snap/'s leaflet.snap.js beside its copied leaflet.geometryutil.js) are libraries too."""
    paths: set[str] = set()
    for _folder, subs in sorted(shelves.items()):
        copies = [s for s, its in subs.items() if any(i.category == "vendored" for i in its)]
        others = [s for s, its in subs.items() if s not in copies and any(i.category == "source" for i in its)]
        if len(copies) >= MIN_SHELF_COPIES and len(copies) > len(others):
            paths.update(i.path for s in others + copies for i in subs[s] if i.category not in ("vendored", "build", "generated"))
    return paths


def version_folders(libraries: list[dict]) -> tuple[str, ...]:
    """The folders named by a copied library's version that hold its files (``rs/fluid/1.5.0/`` of Fluid Infusion 1.5.0,
    ``rs/jqueryui/1.10.3/`` of jQuery UI 1.10.3): the release copied there whole, its theme's images and fonts with it, not the
    project's (``libraries``: the inventory's, each with its ``version`` and ``paths``)."""
    out = set()
    for lib in libraries[:100]:
        version = str(lib.get("version") or "")
        if not re.fullmatch(r"v?\d+(?:\.\d+)+", version):
            continue
        for p in (lib.get("paths") or [])[:5]:
            parts = p.split("/")[:-1]
            for i, d in enumerate(parts):
                if d in (version, "v" + version.lstrip("v"), version.lstrip("v")) and i > 0:
                    out.add("/".join(parts[: i + 1]) + "/")
                    break
    return tuple(sorted(out))



def cordova_trees(items: list, roots: list[str]) -> tuple[tuple[str, ...], set[str]]:
    """The platforms/ and plugins/ folders Cordova keeps beside the config.xml of the applications at ``roots`` ("" or ``app/``)
    and the paths under them: Cordova's, not the application's (its own code is www/). ``cordova platform add`` writes each
    native shell from its template, with a copy of the application's www/ and the CordovaLib it builds
    (platforms/android/CordovaLib/…/okhttp/Address.java carries okhttp's Apache header, not the application's licence);
    ``cordova plugin add`` fetches each plugin whole (its doc/index.md is the plugin's manual, ``cordova plugin add …`` no
    install guide of the application). What a build wrote there stays the build's (ant-build/*.class, committed output)."""
    trees = tuple(r + t + "/" for r in roots for t in ("platforms", "plugins"))
    trees = tuple(t for t in trees if any(i.path.startswith(t) for i in items))
    return trees, {i.path for i in items if i.path.startswith(trees) and i.category not in ("build", "vendored")} if trees else set()
