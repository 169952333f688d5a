"""``dotnet_framework``: whether a .NET project (C#, Visual Basic) uses nothing beyond the .NET framework.

A .NET project's file (``.csproj``, ``.vbproj``) is its dependency manifest: a package is declared there as a ``<PackageReference>``
(or in a ``packages.config``), a library taken from a folder as a ``<Reference>`` with a ``<HintPath>``, a COM component as a
``<COMReference>``. A project file with none of them, whose code imports only the framework's namespaces (``using System.Windows;``,
``Imports Microsoft.VisualBasic``) and its own (the ``namespace`` its files declare), has no dependency to declare: the SDK and the
framework are its runtime (issue 12, s39 fi39 = MickaelLehayPaysDeLaLoire/DisplayTimeOut, a WPF countdown on System.* only).

Value: ``{"projects": [paths], "packages": bool, "foreign_references": [[path, name]], "foreign_namespaces": [[namespace, path,
line]], "sources": count}`` (project files and sources outside build output and copied code).
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_vendored
from auditor.facts.nuget_manifest import _COMMENT
from auditor.lazyre import lazy_compile

MAX_PROJECTS, MAX_SOURCES, MAX_BYTES, MAX_LINES = 20, 300, 256 * 1024, 400
PROJECT_EXT = ("csproj", "vbproj")
SOURCE_EXT = ("cs", "vb")
# the framework's own assemblies and namespaces (System.*, Microsoft.*, WPF's and Windows Forms' assemblies, UWP's Windows.*)
FRAMEWORK_ROOTS = frozenset({"system", "microsoft", "windows", "mscorlib", "netstandard", "presentationcore", "presentationframework",
                             "windowsbase", "windowsformsintegration", "accessibility", "uiautomationclient", "uiautomationtypes",
                             "uiautomationprovider", "reachframework"})
_PACKAGE = lazy_compile(r"<PackageReference\b|<package\s+id\s*=", re.I)
# <Reference Include="Newtonsoft.Json, Version=…"><HintPath>..\lib\x.dll</HintPath></Reference>, <COMReference Include="Excel">
_REFERENCE = lazy_compile(r"<(COMReference|Reference)\b[^>]*?\bInclude\s*=\s*[\"']([^\"',]{1,200})[^>]*?(?:/>|>((?:(?!<(?:COM)?Reference\b).){0,2000}?)</\1\s*>)", re.S | re.I)
_USING = lazy_compile(r"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*;|^\s*Imports\s+(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*$")
_NAMESPACE = lazy_compile(r"^[ \t]*(?:namespace|Namespace)[ \t]+([A-Za-z_][\w.]*)", re.M)
_ROOT_NAME = lazy_compile(r"<(?:RootNamespace|AssemblyName)>\s*([A-Za-z_][\w.]*)\s*<", re.I)


def _root(name: str) -> str:
    return name.split(".", 1)[0].lower()


@fact("dotnet_framework", version=1, public=False)
def dotnet_framework(ctx) -> dict:
    snap, inv = ctx.snapshot, inventory_of(ctx)
    entries = sorted((e for e in snap.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path)
                      and inv.category(e.path) not in ("vendored", "build", "generated")), key=lambda e: e.path)
    projects = [e for e in entries if e.ext.lower() in PROJECT_EXT][:MAX_PROJECTS]
    sources = [e for e in entries if e.ext.lower() in SOURCE_EXT and 0 < e.size <= MAX_BYTES][:MAX_SOURCES]
    out: dict = {"projects": [e.path for e in projects], "packages": False, "foreign_references": [], "foreign_namespaces": [],
                 "sources": len(sources)}
    if not projects:
        return out
    own: set[str] = set()
    out["packages"] = any(e.name.lower() == "packages.config" for e in entries)
    for e in projects:
        text = _COMMENT.sub("", snap.read_text(e.path, limit=MAX_BYTES) or "")
        out["packages"] = out["packages"] or bool(_PACKAGE.search(text))
        own |= {_root(m.group(1)) for m in _ROOT_NAME.finditer(text)} | {_root(e.name.rsplit(".", 1)[0])}
        for m in _REFERENCE.finditer(text):
            kind, name, body = m.group(1), m.group(2).strip(), m.group(3) or ""
            if kind.lower() == "comreference" or "hintpath" in body.lower() or _root(name) not in FRAMEWORK_ROOTS:
                out["foreign_references"].append([e.path, name])
    imported: list[tuple[str, str, int]] = []
    for e in sources:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        own |= {_root(m.group(1)) for m in _NAMESPACE.finditer(text)}
        for i, line in enumerate(text.lstrip("\ufeff").splitlines()[:MAX_LINES], 1):
            if (m := _USING.match(line)):
                imported.append((m.group(1) or m.group(2), e.path, i))
    seen: set[str] = set()
    for name, path, line in imported:
        if _root(name) not in FRAMEWORK_ROOTS | own and name not in seen:
            seen.add(name)
            out["foreign_namespaces"].append([name, path, line])
    out["foreign_references"] = out["foreign_references"][:20]
    out["foreign_namespaces"] = out["foreign_namespaces"][:20]
    return out
