"""A Unity project inside a repository, and what in it is not the project's own work.

A Unity project is a folder holding ``Assets/`` (the project's scenes, scripts and resources) beside ``ProjectSettings/`` (with
``ProjectVersion.txt`` or ``ProjectSettings.asset``). Its editor writes caches beside them — ``Library/`` (the import cache:
metadata, il2cpp and WebGL caches, PlayerDataCache's compiled assemblies), ``Temp/``, ``Logs/``, ``obj/`` —, which are build
output. Packages imported into ``Assets/`` from the Asset Store or another vendor are someone else's code: ``Assets/Plugins/``
(Unity's folder for native plugins and SDKs: FFmpeg DLLs, a VR SDK's iOS bundle) and an ``Assets/<package>/`` folder that carries
its own licence file at its top (``readme_License.txt``, ``LICENSE.md``). Paths only: nothing is read.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_SETTINGS = ("ProjectSettings/ProjectVersion.txt", "ProjectSettings/ProjectSettings.asset")
_CACHES = ("Library/", "Temp/", "Logs/", "obj/")
_LICENCE_NAME = lazy_compile(r"licen[cs]e|^copying\b|third[-_ ]?party[-_ ]?notices", re.I)


def unity_roots(paths: list[str]) -> list[str]:
    """The folders (``""`` for the repository's root, else ending in ``/``) that hold a Unity project, sorted."""
    roots = {p[: -len(s)] for p in paths for s in _SETTINGS if p == s or p.endswith("/" + s)}
    return sorted(r for r in roots if any(p.startswith(r + "Assets/") for p in paths))


def unity_caches(items: list) -> dict[str, str]:
    """``{path: "build"}`` for every file in the caches the Unity editor writes beside a Unity project's Assets/ (Library/, Temp/,
    Logs/, obj/): what the editor rebuilds from the assets, never the project's code, data or copied libraries."""
    paths = [i.path for i in items]
    roots = unity_roots(paths)
    if not roots:
        return {}
    caches = tuple(r + c for r in roots for c in _CACHES)
    return {p: "build" for p in paths if p.startswith(caches)}


def unity_imports(paths: list[str]) -> tuple[dict[str, dict], set[str]]:
    """The packages imported into a Unity project's Assets/: ``({folder: {"name", "version": None, "license": None}}`` for each
    ``Assets/<package>/`` whose top holds a licence file of its own, and the paths under ``Assets/Plugins/``)."""
    roots = unity_roots(paths)
    if not roots:
        return {}, set()
    packages: dict[str, dict] = {}
    plugins: set[str] = set()
    for root in roots:
        assets = root + "Assets/"
        for p in paths:
            if not p.startswith(assets):
                continue
            rest = p[len(assets):].split("/")
            if rest[0] == "Plugins" and len(rest) > 1:
                plugins.add(p)
            elif len(rest) == 2 and rest[0] != "Plugins" and not rest[1].endswith(".meta") and _LICENCE_NAME.search(rest[1]):
                packages[assets + rest[0] + "/"] = {"name": rest[0].lower(), "version": None, "license": None}
    return packages, plugins
