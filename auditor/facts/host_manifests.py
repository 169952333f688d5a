"""Dependency lists of host tools that no package manager reads, recognised by their name and their content: a QGIS
Deployment Toolbelt profile's plugins (``profile.json``: each plugin's name, version and archive), a Jalios JCMS plugin's
``dependencies.list`` (the release archives of the plugins it runs on, one address a line). Each names its dependencies
and pins them when every one carries a version (a plugin's ``version``, a release archive's ``_v1.2.3.zip``)."""

from __future__ import annotations

from auditor import safejson
from auditor.lazyre import lazy_compile

HOST_MANIFESTS = {"profile.json": "qgis", "dependencies.list": "jcms"}
_QDT = lazy_compile(r"qgis-deployment|qgisMinimumVersion")
_ARCHIVE = lazy_compile(r"^(?:https?://\S+/|[\w./-]*/)?([A-Za-z][\w.-]*?)(?:[_-]v?(\d[\w.+-]*))?\.(?:zip|jar)$")


def parse_host_manifest(name: str, text: str) -> tuple[str | None, list[str], bool] | None:
    """(project name, dependencies, every one pinned) of a host tool's dependency list, None when the file is not one (a
    profile.json of another tool, a dependencies.list of prose)."""
    if name == "profile.json":
        if not _QDT.search(text[:8192]):
            return None
        try:
            doc = safejson.loads(text)
        except ValueError:
            return None
        plugins = doc.get("plugins") if isinstance(doc, dict) else None
        if not isinstance(plugins, list):
            return None
        plugins = [p for p in plugins[:500] if isinstance(p, dict) and (p.get("name") or p.get("folder_name"))]
        names = sorted({str(p.get("folder_name") or p.get("name")).strip().lower() for p in plugins})
        return (str(doc.get("name"))[:100] if doc.get("name") else None), names, all(p.get("version") for p in plugins)
    lines = [ln.strip() for ln in text.splitlines()[:500] if ln.strip() and not ln.strip().startswith("#")]
    found = [_ARCHIVE.match(ln) for ln in lines]
    if not lines or not all(found):
        return None
    return None, sorted({m.group(1).lower() for m in found}), all(m.group(2) for m in found)


def host_manifest_entry(entry: dict, name: str, text: str | None) -> dict | None:
    """``entry`` (a manifests fact entry) filled from a host tool's dependency list, None when the file is not one."""
    parsed = parse_host_manifest(name, text or "")
    if parsed is None:
        return None
    entry["name"], entry["dependencies"], pinned = parsed
    entry["lockfile"] = entry["path"] if pinned and entry["dependencies"] else None  # versions pinned in the list itself
    return entry
