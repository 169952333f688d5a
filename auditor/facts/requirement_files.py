"""Python requirements files beside each other: one that a locked file includes (``-r requirements-common.in``) is locked by the
same lockfile; one in a maintenance-scripts folder (scripts/export_sql/requirements.txt beside a QGIS plugin) is tooling, not
the project's runtime. Used by the ``manifests`` fact."""

from __future__ import annotations

import re

# Folders of maintenance scripts beside a project (an export script's requirements are not the plugin's runtime).
SCRIPT_DIRS = {"scripts", "script", "tools", "tool", "bin", "dev", "devtools", "maintenance", "utils", "utilities", "ci", ".github", ".gitlab"}


def script_folder(path: str) -> str | None:
    """The maintenance-scripts folder holding a manifest (``scripts`` for scripts/export_sql/requirements.txt), or None."""
    segs = path.split("/")[:-1]
    for i, seg in enumerate(segs):
        if seg.lower() in SCRIPT_DIRS:
            return "/".join(segs[: i + 1])
    return None


_INCLUDE = re.compile(r"^[^\S\n]*(?:-r|--requirement|-c|--constraint)[\s=]+(\S+)", re.M)


def lock_included_requirements(snap, entries: list[dict], max_bytes: int) -> None:
    """A requirements file that a locked one includes (requirements.in: -r requirements-common.in, compiled into
    requirements.txt by pip-compile) is locked by the same lockfile."""
    by_path = {m["path"]: m for m in entries}
    for m in entries:
        if m["ecosystem"] != "pip" or not m["lockfile"] or m["lockfile"] == m["path"]:
            continue
        base = m["path"].rsplit("/", 1)[0] + "/" if "/" in m["path"] else ""
        for inc in _INCLUDE.findall(snap.read_text(m["path"], limit=max_bytes) or ""):
            other = by_path.get(base + inc.lstrip("./"))
            if other is not None and not other["lockfile"]:
                other["lockfile"] = m["lockfile"]


def mark_script_requirements(entries: list[dict], python_files: list[str]) -> None:
    """A Python requirements file in a maintenance-scripts folder is tooling when the project's own Python code lives
    outside that folder (a QGIS plugin beside scripts/export_sql/requirements.txt); alone, those scripts are the project."""
    for m in entries:
        folder = script_folder(m["path"]) if m["ecosystem"] in ("pip", "python", "pipenv", "conda") and not m.get("tooling") else None
        if folder and any(not p.startswith(folder + "/") for p in python_files):
            m["dependencies"], m["dev_dependencies"] = [], m["dependencies"] + m["dev_dependencies"]
            m["tooling"] = True
