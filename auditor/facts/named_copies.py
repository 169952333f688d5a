"""A library's own repository copied whole into a folder of the project, told by its own files at the folder's top, when it brings
no licence file there (foreign_packages needs one):

- its package manifest (package.json, bower.json, composer.json) names the package and its home on a forge: a repository whose
  owner the project's root files and other manifests never name, and whose name is the package's (its ``name`` or ``title``:
  ``blueimp/jQuery-File-Upload`` for "jQuery File Upload");
- and the library says it there itself: the manifest's ``main`` script is already a copied library's by its banner
  (``js/jquery.fileupload.js``, "jQuery File Upload Plugin … https://github.com/blueimp/jQuery-File-Upload"), or the README at
  the folder's top is titled with the package's name ("# jQuery File Upload Plugin") while most of the folder's scripts are
  already a copied library's by their banners (a project's own front-end package, its README titled as its manifest, keeps its
  scripts unbannered: its own).

Everything under the folder is the library's: its demo pages, example servers (its Google App Engine and PHP upload handlers),
tests, build files, README and manifests, not the project's code, documentation or dependencies. The folder is one copied
library, described by its manifest (name, version, licence). A package named as the project (its README's title, the
repository's name), or whose home repository is the project's, stays the project's. Bounded: at most :data:`MAX_READS` files read,
in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile
from auditor.safejson import loads

MAX_READS = 40
READ_BYTES = 16384
MIN_KEY = 5
_MANIFESTS = ("package.json", "bower.json", "composer.json")  # (in this order: the first naming its home describes the copy)
_README = lazy_compile(r"^readme(?:\.(?:md|markdown|rst|txt))?$", re.I)
_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$", re.I)
_TITLE = lazy_compile(r"^[^\S\n]*#+[^\S\n]*(\S[^\n]*)$|^(\S[^\n]*)\n[=-]{3,}[^\S\n]*$", re.M)
_HOME = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/([A-Za-z0-9][\w.-]{0,100}?)(?:\.git)?(?=[/#?\s\"']|$)", re.I)
_ROOT_FILES = lazy_compile(r"^(?:readme(?:\.\w+)?|licen[cs]e(?:\.\w+)?|copying(?:\.\w+)?|package\.json|composer\.json|bower\.json|"
                           r"pyproject\.toml|setup\.py|setup\.cfg|pom\.xml|publiccode\.ya?ml)$", re.I)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text).lower())


def _matches(a: str, b: str) -> bool:
    return len(a) >= MIN_KEY and len(b) >= MIN_KEY and (a in b or b in a)


def _homes(data: dict) -> list[tuple[str, str]]:
    """The forge repositories (owner, name) the manifest gives as its home (repository, homepage, bugs)."""
    said = []
    for field in ("repository", "homepage", "bugs", "support"):
        value = data.get(field)
        if isinstance(value, dict):
            value = " ".join(str(v) for v in value.values() if isinstance(v, str))
        if isinstance(value, str):
            said.append(value[:300])
    return [(m.group(1), m.group(2)) for m in _HOME.finditer(" ".join(said))]


def named_copies(snap, items: list, own: str, names: tuple[str, ...] = ()) -> dict[str, dict]:
    """The folders (``a/b/``) holding such a copy, outermost only, each with its description (``name``, ``version``,
    ``license``, ``ecosystem``): see the module's docstring. ``items``: the inventory's items so far (path, category);
    ``own``: the project's name (its README's title); ``names``: its other names (the repository's)."""
    own_keys = {k for k in (_key(n) for n in (own, *names)) if len(k) >= 3}
    tops: dict[str, dict[str, str]] = {}
    category = {}
    for i in items:
        folder, _, name = i.path.rpartition("/")
        tops.setdefault(folder, {})[name] = i.path
        category[i.path] = i.category
    candidates = sorted(f for f, files in tops.items() if f and set(files) & set(_MANIFESTS) and not any(_LICENCE.match(n) for n in files)
                        and not all(category[p] == "vendored" for p in files.values()))
    if not candidates:
        return {}
    reads = [0]

    def read(path: str) -> str:
        if reads[0] >= MAX_READS:
            return ""
        reads[0] += 1
        return (snap.read_text(path, limit=snap.max_blob) or "")[:READ_BYTES]

    root_text = _key(" ".join(read(path) for name, path in sorted(tops.get("", {}).items()) if _ROOT_FILES.match(name)))
    found: dict[str, dict] = {}
    for folder in candidates:
        if any(folder.startswith(f.rstrip("/") + "/") for f in found) or any(_matches(_key(folder.rsplit("/", 1)[-1]), k) for k in own_keys):
            continue
        files = tops[folder]
        for manifest in (m for m in _MANIFESTS if m in files):
            try:
                data = loads(read(files[manifest]))
            except ValueError:
                data = None
            if not isinstance(data, dict) or not isinstance(data.get("name"), str):
                continue
            name, title = data["name"].rsplit("/", 1)[-1], data.get("title") if isinstance(data.get("title"), str) else ""
            keys = [k for k in (_key(name), _key(title)) if k]
            homes = [(o, r) for o, r in _homes(data) if any(_matches(_key(r), k) for k in keys)]
            if not homes or any(_key(o) in root_text or _matches(_key(r), k) for o, r in homes for k in own_keys) \
                    or any(_matches(k, o) for k in keys for o in own_keys):
                continue  # no home of its own, or the project's: the project's package
            if not (_main_copied(data, folder, category) or (_mostly_copied(folder, category) and _readme_named(files, keys, read))):
                continue
            licence = data.get("license")
            found[folder + "/"] = {"name": data["name"], "version": data["version"] if isinstance(data.get("version"), str) else None,
                                   "license": licence if isinstance(licence, str) else None,
                                   "ecosystem": "php" if manifest == "composer.json" else "javascript"}
            break
    return found


def _main_copied(data: dict, folder: str, category: dict) -> bool:
    """Whether the manifest's main script(s) sit in the folder, already told a copied library's by their banner."""
    main = data.get("main")
    mains = [m for m in (main if isinstance(main, list) else [main]) if isinstance(m, str)][:5]
    paths = [folder + "/" + m.removeprefix("./") for m in mains]
    return any(category.get(p) == "vendored" for p in paths)


_SCRIPT_EXT = (".js", ".mjs", ".php", ".py", ".go", ".rb")


def _mostly_copied(folder: str, category: dict) -> bool:
    """Whether most of the folder's scripts are already told a copied library's (by their banners)."""
    scripts = [c for p, c in category.items() if p.startswith(folder + "/") and p.endswith(_SCRIPT_EXT)]
    return sum(c == "vendored" for c in scripts) * 2 > len(scripts)


def _readme_named(files: dict[str, str], keys: list[str], read) -> bool:
    """Whether the README at the folder's top is titled with the package's name or title ("# jQuery File Upload Plugin")."""
    readme = next((files[n] for n in sorted(files) if _README.match(n)), None)
    if readme is None:
        return False
    m = _TITLE.search(read(readme)[:4096])
    title = _key((m.group(1) or m.group(2)) if m else "")
    return any(_matches(title, k) for k in keys)
