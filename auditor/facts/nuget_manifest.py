""".NET projects' NuGet dependencies read as the ``manifests`` fact reads manifests (issue 12, s23 h2).

A project file (``.csproj``, ``.vbproj``, ``.fsproj``) declares its packages as ``<PackageReference Include="X" Version="7.0.0"/>``
(or with a ``<Version>`` element); an older project lists them in a ``packages.config`` beside it (``<package id="X"
version="1.2.3"/>``). With central package management the versions are in a ``Directory.Packages.props`` of the project's folder or
a parent (``<PackageVersion Include="X" Version="…"/>``) and the references carry none. ``dotnet restore --use-lock-file`` writes a
``packages.lock.json`` beside the project (the inventory's lockfile, family "nuget").

NuGet resolves a plain version to that version exactly (the lowest that satisfies ``>= 7.0.0``, and it exists), so a project whose
every package has an exact version, in place or in its Directory.Packages.props, reinstalls the same packages: it is pinned as a
Maven pom is; a floating version (``7.*``), a range (``[1.0,2.0)``) or a reference with no version is not. A packages.config
records exact versions by design. ``PrivateAssets="all"`` marks a package used to build only (analysers, source link): a
development dependency; ``developmentDependency="true"`` likewise in a packages.config.

Read as text with linear regexes (XML comments left out); nothing is executed. Sources (checked 2026-12-04):
learn.microsoft.com/nuget/consume-packages/package-references-in-project-files, …/reference/packages-config,
…/consume-packages/central-package-management, …/concepts/dependency-resolution ("lowest applicable version").
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

PROJECT_EXT = ("csproj", "vbproj", "fsproj")
CENTRAL = "Directory.Packages.props"
MAX_PROPS_BYTES = 256 * 1024
_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
# one <PackageReference …/> or <PackageReference …>…</PackageReference> (its attributes, then its body)
_REFERENCE = lazy_compile(r"<PackageReference\b([^>]{0,600}?)(?:/>|>((?:(?!<PackageReference\b).){0,2000}?)</PackageReference\s*>)", re.S)
_PACKAGE = lazy_compile(r"<package\b([^>]{0,600}?)/?>")
_CENTRAL_VERSION = lazy_compile(r"<PackageVersion\b([^>]{0,600}?)/?>")
_ATTR = lazy_compile(r"""\b([A-Za-z]+)\s*=\s*(?:"([^"]{0,300})"|'([^']{0,300})')""")
_VERSION_ELEMENT = lazy_compile(r"<Version>\s*([^<\s]{1,100})\s*</Version>")
_PRIVATE_ELEMENT = lazy_compile(r"<PrivateAssets>\s*all\s*</PrivateAssets>", re.I)
_NAME = lazy_compile(r"<(?:PackageId|AssemblyName)>\s*([A-Za-z0-9][\w.-]{0,100})\s*</(?:PackageId|AssemblyName)>")
_EXACT = lazy_compile(r"\[?\d+(?:\.\d+){1,3}(?:-[0-9A-Za-z.-]{1,40})?\]?")  # 7.0.0, 1.2.3-beta.1, [7.0.0] (not 7.*, not a range)


def is_nuget_manifest(name: str) -> bool:
    return name == "packages.config" or name.rsplit(".", 1)[-1].lower() in PROJECT_EXT and "." in name


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(text)}


def references(text: str) -> list[tuple[str, str | None, bool]]:
    """(package, version or None, build-only) of each package a project file or a packages.config declares, in order."""
    text = _COMMENT.sub("", text)
    out = []
    for m in _REFERENCE.finditer(text):
        attrs, body = _attrs(m.group(1)), m.group(2) or ""
        name = attrs.get("include")
        if not name:
            continue  # (<PackageReference Update="X"/>: a version for a reference made elsewhere)
        version = attrs.get("version") or (v.group(1) if (v := _VERSION_ELEMENT.search(body)) else None)
        dev = (attrs.get("privateassets") or "").lower() == "all" or bool(_PRIVATE_ELEMENT.search(body))
        out.append((name, version, dev))
    for m in _PACKAGE.finditer(text):
        attrs = _attrs(m.group(1))
        if attrs.get("id"):
            out.append((attrs["id"], attrs.get("version"), (attrs.get("developmentdependency") or "").lower() == "true"))
    return out[:2000]


def parse_nuget(name: str, text: str) -> tuple[str | None, list[str], list[str]]:
    """(project name, dependencies, build-only dependencies) of a project file or a packages.config."""
    refs = references(text)
    found = _NAME.search(_COMMENT.sub("", text)) if name != "packages.config" else None
    project = found.group(1) if found else (name.rsplit(".", 1)[0] if name != "packages.config" else None)
    deps = list(dict.fromkeys(n for n, _v, dev in refs if not dev))
    dev = list(dict.fromkeys(n for n, _v, d in refs if d))
    return project, deps, dev


def central_versions(text: str) -> dict[str, str]:
    """Package (lower case) -> version of a Directory.Packages.props."""
    out = {}
    for m in _CENTRAL_VERSION.finditer(_COMMENT.sub("", text)):
        attrs = _attrs(m.group(1))
        if attrs.get("include") and attrs.get("version"):
            out[attrs["include"].lower()] = attrs["version"]
    return out


def pinned_in_place(snap, path: str, text: str) -> bool:
    """Whether every package the project file or packages.config declares has an exact version, in place or in the nearest
    Directory.Packages.props (the project's folder, then its parents): NuGet then restores the same packages every time."""
    refs = references(text)
    if not refs:
        return False
    central: dict[str, str] = {}
    if any(v is None for _n, v, _d in refs):
        folder = posixpath.dirname(path)
        while True:
            props = posixpath.join(folder, CENTRAL) if folder else CENTRAL
            if props in snap.files:
                central = central_versions(snap.read_text(props, limit=MAX_PROPS_BYTES) or "")
                break
            if not folder:
                break
            folder = posixpath.dirname(folder)
    return all(_EXACT.fullmatch((v or central.get(n.lower()) or "").strip()) for n, v, _d in refs)
