"""``bower_installs``: the packages Bower installed into a committed folder (issue 12, s37 fg37 = OPEN-ENT-NG/ent-mobile).

Bower installs a project's front-end packages into the folder its root ``.bowerrc`` names (``{"directory": "www/lib"}``, an Ionic 1
app's), ``bower_components/`` by default, one folder a package, each with the ``.bower.json`` Bower writes on install (the package's
name, version and dependencies). A package there is a declared dependency when the root ``bower.json`` names it (``dependencies``,
``devDependencies``, ``resolutions``: ``"angular": "1.5.3"``) or a declared package's ``.bower.json`` requires it, at any depth
(ionic's requiring angular, angular-animate, angular-sanitize and angular-ui-router): installed by Bower, not copied by hand. One
there that nothing declares (ngCordova dropped into the folder) stays a copy outside any manifest. The folder is a package
manager's install, like node_modules.

Value: ``{"directory": path | None, "installed": [folders], "declared": [folders], "files": n}`` (``installed``: the folders holding a
``.bower.json``; ``declared``: those the manifest reaches; ``files``: the files under the directory). Nothing without a root
``bower.json``. Bounded: at most :data:`MAX_PACKAGES` packages' ``.bower.json`` of :data:`MAX_BYTES` each, in path order.
"""

from __future__ import annotations

import posixpath

from auditor import safejson
from auditor.facts import fact

MAX_PACKAGES = 200
MAX_BYTES = 64 * 1024


def _json(ctx, path: str):
    e = ctx.snapshot.files.get(path)
    if e is None or e.size > MAX_BYTES:
        return None
    try:
        data = safejson.loads(ctx.snapshot.read_text(path, limit=MAX_BYTES) or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _names(data: dict, *keys: str) -> set[str]:
    out: set[str] = set()
    for k in keys:
        v = data.get(k)
        if isinstance(v, dict):
            out |= {str(n).lower() for n in list(v)[:500]}
    return out


def _directory(ctx) -> str | None:
    rc = _json(ctx, ".bowerrc") or {}
    d = rc.get("directory") if isinstance(rc.get("directory"), str) else "bower_components"
    d = posixpath.normpath(d.strip().removeprefix("./")).strip("/") if d.strip() else "bower_components"
    return None if d in ("", ".") or d.startswith("..") or posixpath.isabs(d) else d


@fact("bower_installs", version=1, public=False)
def bower_installs(ctx) -> dict:
    empty = {"directory": None, "installed": [], "declared": [], "files": 0}
    root = _json(ctx, "bower.json")
    directory = _directory(ctx) if root is not None else None
    if directory is None:
        return empty
    prefix = directory + "/"
    under = sorted(p for p in ctx.snapshot.files if p.startswith(prefix))
    records = sorted(p for p in under if p.count("/") == directory.count("/") + 2 and p.endswith("/.bower.json"))[:MAX_PACKAGES]
    if not records:
        return {**empty, "directory": directory}
    requires: dict[str, set[str]] = {}  # package name (and folder name) -> the packages it requires
    folder_of: dict[str, str] = {}
    for path in records:
        folder = path[: -len("/.bower.json")]
        data = _json(ctx, path) or {}
        names = {folder.rsplit("/", 1)[-1].lower()} | ({data["name"].lower()} if isinstance(data.get("name"), str) else set())
        for n in names:
            folder_of.setdefault(n, folder)
            requires.setdefault(n, set()).update(_names(data, "dependencies"))
    todo = sorted(_names(root, "dependencies", "devDependencies", "resolutions"))
    reached: set[str] = set()
    while todo:
        n = todo.pop()
        if n in reached:
            continue
        reached.add(n)
        todo.extend(sorted(requires.get(n, set()) - reached))
    declared = sorted({folder_of[n] for n in reached if n in folder_of})
    return {"directory": directory, "installed": sorted({p[: -len("/.bower.json")] for p in records}), "declared": declared,
            "files": len(under)}
