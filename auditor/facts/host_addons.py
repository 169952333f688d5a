"""A host application's add-on copied into the project's application folder, told by its own guide.

A folder whose README, at its top, declares the add-on in the host's configuration under the folder's own name, at the path where
the host's distribution keeps its add-ons, is the host's add-on copied in: mviewer's print, filter or zoomToArea add-ons copied into
an mviewer application's ``addons/`` (their README: ``<extension type="component" id="print" path="demo/addons"/>``, mviewer's
demo folder), while the application declares them at its own path (``path="apps/projets-biodiversite/addons"``). Their README
describes that add-on to any viewer's author, not the project; their code is the host project's, but their settings (config.json) are
the application's. The library shelf beside them (``addons/lib/``) holds their libraries: a file there that none of the application's
own files names is theirs too.

An add-on whose guide declares it where it lies (``path="apps/monapp/addons"`` for ``monapp/addons/foo/``, or ``path="addons"``
for ``addons/foo/``) is the project's own add-on, documented for its application: it stays the project's. So does one whose guide
names no path. Bounded: at most :data:`MAX_READS` READMEs read, :data:`READ_BYTES` each, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_READS = 30
READ_BYTES = 32 * 1024
MAX_OWN_READS = 40
SHELVES = ("lib", "libs")
HOST = "mviewer"  # (the one host whose add-on declaration is read: :data:`_DECLARATION`)
_OWN_EXT = {"xml", "js", "mjs", "html", "htm", "mst", "json"}
_README = lazy_compile(r"^(?:readme|lisezmoi)(?:\.\w+)?$", re.I)
# the declaration of an add-on in its host's configuration: mviewer's <extension type="component" id="print" path="demo/addons"/>
_DECLARATION = lazy_compile(r"<extension\b(?=[^>]*\btype\s*=\s*[\"'](?:component|module)[\"'])(?=[^>]*\bid\s*=\s*[\"']([\w.-]{1,80})[\"'])"
                            r"(?=[^>]*\bpath\s*=\s*[\"']([^\"'<>]{1,200})[\"'])[^>]*>", re.I)


def _segments(path: str) -> list[str]:
    return [s.lower() for s in path.strip().strip("/").split("/") if s and s != "."]


def _elsewhere(declared: str, parent: str) -> bool:
    """The path a guide declares its add-on at (``demo/addons``) names another folder than the one holding it (``app/addons``):
    neither ends with the other (``apps/app/addons`` ends with ``app/addons``: the same folder, seen from the host's root)."""
    d, p = _segments(declared), _segments(parent)
    if not d:
        return False
    n = min(len(d), len(p))
    return d[-n:] != p[-n:] if n else True


def host_addon_folders(snap, items: list) -> list[str]:
    """The folders (``a/addons/print/``) of host add-ons copied in (see the module's docstring), sorted."""
    tops: dict[str, list[str]] = {}
    for i in items:
        folder, _, name = i.path.rpartition("/")
        if folder and _README.match(name) and i.category not in ("vendored", "build"):
            tops.setdefault(folder, []).append(i.path)
    out = []
    for folder in sorted(tops)[:MAX_READS]:
        readme = sorted(tops[folder])[0]
        text = (snap.read_text(readme, limit=READ_BYTES) or "")[:READ_BYTES]
        parent, _, own = folder.rpartition("/")
        declared = [m.group(2) for m in _DECLARATION.finditer(text) if m.group(1).lower() == own.lower()]
        if declared and all(_elsewhere(d, parent) for d in declared):
            out.append(folder + "/")
    return out


def _unnamed_shelf_files(snap, items: list, folders: list[str]) -> set[str]:
    """The files of the library shelf beside the copied add-ons (``a/addons/lib/``, where they load their libraries from,
    ``"../lib/jquery.easyDrag.min.js"``) that none of the application's own files names: the add-ons' libraries, not the project's."""
    parents = sorted({f.rstrip("/").rpartition("/")[0] for f in folders})
    out: set[str] = set()
    for parent in parents:
        shelves = tuple(f"{parent}/{s}/" if parent else f"{s}/" for s in SHELVES)
        shelf = [i.path for i in items if i.path.startswith(shelves)]
        if not shelf:
            continue
        app = parent.rpartition("/")[0]
        own = sorted(i.path for i in items if (not app or i.path.startswith(app + "/")) and i.category not in ("vendored", "build")
                     and not i.path.startswith(tuple(folders) + shelves) and i.path.rpartition(".")[2].lower() in _OWN_EXT)[:MAX_OWN_READS]
        said = " ".join((snap.read_text(p, limit=READ_BYTES) or "")[:READ_BYTES] for p in own)
        out |= {p for p in shelf if p.rpartition("/")[2] not in said}
    return out


def host_addon_copies(snap, items: list) -> tuple[set[str], dict[str, dict]]:
    """The files (not yet vendored nor build output) of :func:`host_addon_folders` but their settings (``config.json``: the options
    the application gives the add-on, its layers and credits, are the project's), and the shelf files of
    :func:`_unnamed_shelf_files`; and each add-on as one copied package (``{"a/addons/print/": {"name": "print (mviewer add-on)",
    …}}``), its version and licence unknown."""
    folders = host_addon_folders(snap, items)
    if not folders:
        return set(), {}
    shelf = _unnamed_shelf_files(snap, items, folders)
    packages = {f: {"name": f"{f.rstrip('/').rpartition('/')[2]} ({HOST} add-on)", "version": None, "license": None, "ecosystem": "javascript"}
                for f in folders}
    return {i.path for i in items if i.category not in ("vendored", "build", "configuration")
            and (i.path.startswith(tuple(folders)) or i.path in shelf)}, packages
