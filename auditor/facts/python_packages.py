"""Python packages copied into a repository beside the project's code, told by what their ``__init__.py`` says of itself, and the
module-level dunders (``__license__ = "MIT"``) a Python module declares.

A harvester script (``getMetadata.py``, ``from libs import requests``) carrying the HTTP library it uses as a folder of its own,
``libs/requests/``, whose ``__init__.py`` declares ``__title__ = 'requests'``, ``__version__ = '2.8.1'``, ``__author__ = 'Kenneth
Reitz'`` and ``__license__ = 'Apache 2.0'``: the folder (with the urllib3 and chardet it carries in turn) is that package's copy,
not the project's code. A Python package installed by pip declares the same dunders, so no list of names is needed: the package's
``__init__.py`` gives a version and an author or copyright holder the project never names (not in its root README, licence,
manifests or authors file, nor in the first bytes of its own Python files outside the folder), and

- it sits in a library folder (``lib/``, ``libs/``, ``libraries/``…) and says it is a published package (its ``__title__`` is the
  folder's name, or it declares a ``__license__``, or it carries a licence file or a ``setup.py`` of its own at its top); or
- it sits at the root beside the project's own code and says so by its ``__title__`` (the folder's name) or by a licence file or
  ``setup.py`` of its own at its top.

A package of a library folder whose ``__init__.py`` says nothing of itself (python-dateutil's gives a version only, vobject's
nothing) is a copy too when the project's own code imports it under its plain name first and from the folder only when that fails
(``try: import vobject`` / ``except ImportError: from libs import vobject``: the installed distribution is the one meant), or when
such a copy imports it under its plain name (vobject's ``import dateutil.tz``: the copy's dependency, copied beside it).

A package named like the project (its README's title, the repository's name, the name its root ``setup.py``/``pyproject.toml``
gives) stays the project's, and so does one whose author the project names. Third-party folders (``vendor/``, ``third_party/``,
``_vendor/``…) are vendored by their name already (:func:`auditor.facts.inventory.is_vendored`).

Bounded: at most :data:`MAX_PACKAGES` ``__init__.py`` read and :data:`MAX_OWN_HEADS` of the project's Python files, in path order,
:data:`HEAD_BYTES` each. Nothing is executed: the dunders are read as text.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PACKAGES = 40
MAX_OWN_HEADS = 60
HEAD_BYTES = 8192
IMPORT_BYTES = 32768  # (the first bytes of a file read whole up to READ_LIMIT: a larger file is not read)
READ_LIMIT = 1 << 20
MAX_COPY_FILES = 200
MAX_LINES = 2000
LIBRARY_FOLDERS = {"lib", "libs", "libraries", "library", "librairie", "librairies", "bibliotheques", "pylib", "pylibs"}
# a module-level dunder assigned a string, at the start of a line (``__license__ = "MIT"``, ``__version__ = '2.8.1'``)
_DUNDER = lazy_compile(r"""^__(title|version|author|license|licence|copyright|maintainer)__[^\S\n]*(?::[^\S\n]*str[^\S\n]*)?=[^\S\n]*[uUrRbB]?(['"])([^'"\n]{1,200})\2""", re.M)
_VERSION = lazy_compile(r"^v?\d+(?:\.\d+)+")
_OWN_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$", re.I)
_ROOT_FILES = lazy_compile(r"^(?:readme(?:\.\w+)?|licen[cs]e(?:\.\w+)?|copying(?:\.\w+)?|authors(?:\.\w+)?|contributors(?:\.\w+)?|"
                           r"credits(?:\.\w+)?|setup\.py|setup\.cfg|pyproject\.toml|publiccode\.ya?ml)$", re.I)
_MANIFEST_NAME = lazy_compile(r"""^[^\S\n]*name[^\S\n]*=[^\S\n]*['"]([\w.-]{1,100})['"]|\bname[^\S\n]*=[^\S\n]*['"]([\w.-]{1,100})['"]""", re.M)
# one import statement on a line of its own (the line stripped): ``import a.b as c, d`` and ``from a.b import (c, d as e)``
_IMPORT_LINE = lazy_compile(r"^import[^\S\n]+([\w.]+(?:[^\S\n]+as[^\S\n]+\w+)?(?:[^\S\n]*,[^\S\n]*[\w.]+(?:[^\S\n]+as[^\S\n]+\w+)?)*)[^\S\n]*(?:#.*)?$")
_FROM_LINE = lazy_compile(r"^from[^\S\n]+(\.*[\w.]*)[^\S\n]+import[^\S\n]+([^#\n]{1,400})")
_EXCEPT_IMPORT = lazy_compile(r"^except(?:[^\S\n]*\(?[^\S\n]*(?:ImportError|ModuleNotFoundError|Exception)\b[^:\n]{0,100})?[^\S\n]*:")
_NAME = lazy_compile(r"^\w+$")
_HOLDER_NOISE = lazy_compile(r"\(c\)|©|\bcopyright\b|\b\d{4}\b|<[^<>\n]{0,120}>|\([^()\n]{0,120}\)|\S+@\S+|\bby\b|\band\b|\bet al\b", re.I)


def _text_or_x(text: str | None) -> str:
    """A file's text, or "x" when it could not be read (over the cap, missing): an empty ``""`` stays empty."""
    return "x" if text is None else text

def squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def module_dunders(text: str) -> dict[str, str]:
    """The string dunders a Python module assigns at its top level (the first assignment of each): ``{"license": "MIT", "version":
    "2.8.1", "author": "…", "copyright": "…", "title": "…", "maintainer": "…"}`` (``__licence__`` read as ``license``)."""
    out: dict[str, str] = {}
    for m in _DUNDER.finditer(text):
        key = "license" if m.group(1) == "licence" else m.group(1)
        out.setdefault(key, m.group(3).strip())
    return out


def holders(dunders: dict[str, str]) -> list[str]:
    """The people or bodies a module's dunders name (its author, maintainer, copyright holder), squeezed, without years, addresses
    and the word "Copyright": ``'Andrey Petrov (andrey.petrov@shazow.net)'`` -> ``andreypetrov``."""
    out = []
    for key in ("author", "maintainer", "copyright"):
        value = dunders.get(key)
        if value:
            name = squeeze(_HOLDER_NOISE.sub(" ", value))
            if len(name) >= 4 and name not in out:
                out.append(name)
    return out


def copied_python_packages(snap, items: list, names: tuple[str, ...] = ()) -> tuple[dict[str, dict], set[str]]:
    """``{folder/: {"name", "version", "license", "ecosystem": "python"}}`` of the Python packages copied into the repository (see the
    module's docstring), outermost folders only, and the ``__init__.py`` of the library folders holding nothing but those copies
    (``libs/__init__.py``, which makes ``from libs import requests`` work: the copy's shelf, no module of the project's).
    ``names``: the project's own names (its README's title, the repository's name)."""
    from auditor.facts.vendored import licence_in

    paths = [i.path for i in items if i.category not in ("vendored", "build", "generated")]
    present = set(paths)
    candidates = []
    for path in paths:
        if not path.endswith("/__init__.py") and path != "__init__.py":
            continue
        segs = path.split("/")[:-1]
        if not segs or (len(segs) > 1 and segs[-2].lower() not in LIBRARY_FOLDERS):
            continue  # at the root (requests/) or in a library folder (libs/requests/): a package's top, not a subpackage
        candidates.append("/".join(segs))
    if not candidates:
        return {}, set()
    root = {p: p for p in paths if "/" not in p and _ROOT_FILES.match(p)}
    root_text = " ".join(snap.read_head(p, HEAD_BYTES) or "" for p in sorted(root))
    own_names = {squeeze(n) for n in names}
    for p in ("setup.py", "pyproject.toml", "setup.cfg"):
        if p in root:
            for m in _MANIFEST_NAME.finditer(snap.read_head(p, HEAD_BYTES) or ""):
                own_names.add(squeeze(m.group(1) or m.group(2)))
    own_names = {n for n in own_names if len(n) >= 3}
    said_by_root = squeeze(root_text)
    found: dict[str, dict] = {}
    for folder in candidates[:MAX_PACKAGES]:
        if any(folder.startswith(f.rstrip("/") + "/") for f in found):
            continue
        name = folder.rsplit("/", 1)[-1]
        key = squeeze(name)
        if not key or any(key in n or n in key for n in own_names):
            continue  # named like the project: its own package
        dunders = module_dunders(snap.read_head(folder + "/__init__.py", HEAD_BYTES) or "")
        people = holders(dunders)
        if not _VERSION.match(dunders.get("version", "")) or not people or any(h in said_by_root for h in people):
            continue
        titled = squeeze(dunders.get("title", "")) == key
        top_marks = any(p.rpartition("/")[0] == folder and (_OWN_LICENCE.match(p.rpartition("/")[2]) or p.endswith("/setup.py")) for p in present)
        if not (titled or top_marks or ("/" in folder and dunders.get("license"))):
            continue
        found[folder + "/"] = {"name": dunders.get("title") or name, "version": _VERSION.match(dunders["version"]).group(0).lstrip("v"),
                               "license": licence_in(dunders["license"]) if dunders.get("license") else None, "ecosystem": "python"}
    found.update(_imported_as_distributions(snap, paths, present, candidates, found, own_names))
    if not found:
        return {}, set()
    # the project names the author in its own Python files' first bytes (a team's package under lib/ signed like its scripts): its own
    if not any(i.category in ("source", "test") and not any(i.path.startswith(f) for f in found) for i in items):
        return {}, set()  # nothing of the project's own beside it: the repository is that package
    own_code = [p for p in paths if p.endswith(".py") and not any(p.startswith(f) for f in found)][:MAX_OWN_HEADS]
    said = squeeze(" ".join(snap.read_head(p, HEAD_BYTES) or "" for p in own_code))
    kept = {}
    for folder, desc in sorted(found.items()):
        people = holders(module_dunders(snap.read_head(folder + "__init__.py", HEAD_BYTES) or ""))
        if not any(h in said for h in people):
            kept[folder] = desc
    shelves = {f.rstrip("/").rpartition("/")[0] for f in kept if "/" in f.rstrip("/")}
    inits = set()
    for shelf in sorted(shelves):
        init = shelf + "/__init__.py"
        rest = [p for p in paths if p.startswith(shelf + "/") and p != init]
        if init in present and all(any(p.startswith(f) for f in kept) for p in rest) \
                and not re.sub(r"(?m)^[^\S\n]*#[^\n]*$", "", _text_or_x(snap.read_text(init))).strip():  # (empty, or comments; an unreadable one neither)
            inits.add(init)
    return kept, inits


def _imports(text: str) -> list[tuple[int, str, str, int]]:
    """The import statements of a Python text, line by line: ``(indent, "plain", "dateutil", line)`` for ``import dateutil.tz`` or
    ``from dateutil import tz``, ``(indent, "shelf", "libs.vobject", line)`` for ``from libs import vobject`` (the shelf's name
    joined to each imported name); a ``try:`` is ``(indent, "try", "", line)``, an ``except ImportError:`` or bare ``except:``
    ``(indent, "except", "", line)``; other statements ``(indent, "other", "", line)``. Read as text, one line at a time."""
    out = []
    for n, line in enumerate(text.splitlines()[:MAX_LINES]):
        body = line.strip()
        if not body or body.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        m = _IMPORT_LINE.match(body)
        f = _FROM_LINE.match(body)
        if body.rstrip() == "try:":
            out.append((indent, "try", "", n))
        elif _EXCEPT_IMPORT.match(body):
            out.append((indent, "except", "", n))
        elif f and not f.group(1).startswith("."):
            names = [x.strip().split()[0] for x in f.group(2).strip("() ").split(",") if x.strip() and x.strip() != "*"]
            out.append((indent, "plain", f.group(1), n))
            out.extend((indent, "shelf", f.group(1) + "." + x, n) for x in names if _NAME.match(x))
        elif m:
            for part in m.group(1).split(","):
                if part.strip():
                    out.append((indent, "plain", part.strip().split()[0], n))
        else:
            out.append((indent, "other", "", n))
    return out


def _fallbacks(text: str) -> set[str]:
    """The dotted names a Python text imports from a folder only when the installed package is missing: ``try: import vobject`` /
    ``except ImportError: from libs import vobject`` gives ``libs.vobject`` (the copy stands in for the installed distribution)."""
    stmts = _imports(text)
    out: set[str] = set()
    for k, (indent, kind, _, _) in enumerate(stmts):
        if kind != "try":
            continue
        tried: set[str] = set()
        j = k + 1
        while j < len(stmts) and stmts[j][0] > indent:
            if stmts[j][1] == "plain":
                tried.add(stmts[j][2].split(".")[0])
            j += 1
        if j >= len(stmts) or stmts[j][1] != "except" or stmts[j][0] != indent:
            continue
        j += 1
        while j < len(stmts) and stmts[j][0] > indent:
            kind2, name = stmts[j][1], stmts[j][2]
            dotted = name if kind2 in ("plain", "shelf") else ""
            if "." in dotted and dotted.rsplit(".", 1)[-1] in tried:  # from libs import vobject / import libs.vobject
                out.add(dotted)
            elif "." in dotted and dotted.split(".")[-2] in tried:  # from libs.vobject import vcard
                out.add(dotted.rsplit(".", 1)[0])
            j += 1
    return out


def _imported_as_distributions(snap, paths: list[str], present: set[str], candidates: list[str], found: dict[str, dict],
                               own_names: set[str]) -> dict[str, dict]:
    """The packages of library folders copied as stand-ins for installed distributions, though their ``__init__.py`` says nothing
    of itself (python-dateutil's gives its version only, vobject's nothing): a package the project's own code imports under its
    plain name first and from the folder only when that fails (``try: import vobject`` / ``except ImportError: from libs import
    vobject``: the installed distribution is the one meant, the folder carries its copy), and a package of the same folder that
    such a copy imports under its plain name (vobject's ``import dateutil.tz``: the copy's own dependency, copied beside it).
    A package named like the project stays its own. Bounded: :data:`MAX_OWN_HEADS` own files and :data:`MAX_COPY_FILES` files of
    the copies, :data:`IMPORT_BYTES` each, in path order."""
    shelved = {f: f.rpartition("/")[0] for f in candidates[:MAX_PACKAGES] if "/" in f and f + "/" not in found
               and f.rpartition("/")[2].lower() not in LIBRARY_FOLDERS}
    shelved = {f: s for f, s in shelved.items() if s.rpartition("/")[2].lower() in LIBRARY_FOLDERS
               and not any(k in squeeze(f.rpartition("/")[2]) or squeeze(f.rpartition("/")[2]) in k for k in own_names)}
    if not shelved:
        return {}
    inside = set(candidates)
    own = [p for p in paths if p.endswith(".py") and not any(p.startswith(c + "/") for c in inside)][:MAX_OWN_HEADS]
    dotted: set[str] = set()
    for p in own:
        dotted |= _fallbacks((snap.read_text(p, limit=READ_LIMIT) or "")[:IMPORT_BYTES])
    out: dict[str, dict] = {}
    for folder in sorted(shelved):
        if folder.replace("/", ".") in dotted or any(d.endswith("." + folder.replace("/", ".")) for d in dotted) \
                or shelved[folder].rpartition("/")[2] + "." + folder.rpartition("/")[2] in dotted:
            out[folder] = _described(snap, folder)
    # the copies' own dependencies on the same shelf, imported by a copy under their plain name (a fixed point over the shelf)
    copies = [f.rstrip("/") for f in found] + list(out)
    read: dict[str, set[str]] = {}
    for _ in range(len(shelved)):
        wanted: set[str] = set()
        files = [p for p in paths if p.endswith(".py") and any(p.startswith(c + "/") for c in copies)][:MAX_COPY_FILES]
        # (a copy's modules and subpackages, which Python 2 imports under their plain name too: vobject's ``import behavior``)
        local = {seg.removesuffix(".py") for p in files for seg in p.split("/")[1:]}
        for p in files:
            if p not in read:
                text = (snap.read_text(p, limit=READ_LIMIT) or "")[:IMPORT_BYTES]
                read[p] = {name.split(".")[0] for _, kind, name, _ in _imports(text) if kind == "plain"}
            wanted |= read[p] - local
        more = {f for f in shelved if f not in out and any(f.startswith(c.rpartition("/")[0] + "/") for c in copies)
                and f.rpartition("/")[2] in wanted}
        if not more:
            break
        for f in sorted(more):
            out[f] = _described(snap, f)
        copies += sorted(more)
    return {f + "/": d for f, d in sorted(out.items())}


def _described(snap, folder: str) -> dict:
    dunders = module_dunders(snap.read_head(folder + "/__init__.py", HEAD_BYTES) or "")
    from auditor.facts.vendored import licence_in

    version = _VERSION.match(dunders.get("version", ""))
    return {"name": dunders.get("title") or folder.rpartition("/")[2], "version": version.group(0).lstrip("v") if version else None,
            "license": licence_in(dunders["license"]) if dunders.get("license") else None, "ecosystem": "python"}
