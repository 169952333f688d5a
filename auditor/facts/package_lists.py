"""Dependency declarations of ecosystems no language package manager reads, recognised by their place and their content:
an Ansible role's ``requirements.yml`` (the roles and collections ``ansible-galaxy install -r`` fetches) and its
``meta/main.yml`` (``dependencies:`` under ``galaxy_info``), a Debian package's ``debian/control`` (``Depends``,
``Build-Depends``) and a Kivy application's ``buildozer.spec`` (``requirements = kivy``, the packages python-for-android
builds into the app), a Chef cookbook's ``Berksfile`` (``cookbook "apt"``, locked by Berksfile.lock) and ``metadata.rb``
(``depends 'apt'``), a PowerShell module manifest's ``RequiredModules`` (<Module>.psd1), an openFrameworks project's
``addons.make`` (one addon a line, which the project's Makefile and the project generator read: ofxOsc, ofxOpenCv). Each gives (project name, dependencies, development dependencies, every one pinned), or None when the
file is not one (a requirements.yml of another tool, a control file of prose). Read as data, never run.

A Debian package's dependencies are resolved against the distribution release it is built for: the versions come with that
release, there is no lockfile to commit (counted as pinned)."""

from __future__ import annotations

import re

from auditor import safeyaml
from auditor.lazyre import lazy_compile

# place -> ecosystem (a file name alone: requirements.yml, buildozer.spec; a file in its folder: debian/control, meta/main.yml)
LIST_NAMES = {"requirements.yml": "ansible", "requirements.yaml": "ansible", "buildozer.spec": "buildozer",
              "addons.make": "openframeworks", "Berksfile": "chef"}
# (and a PowerShell module's manifest, <Module>.psd1 at the root or one or two folders down: the modules its RequiredModules names)
_PLACES = ((lazy_compile(r"(^|/)debian/control$"), "debian"), (lazy_compile(r"(^|/)meta/main\.ya?ml$"), "ansible"),
           (lazy_compile(r"(^|/)metadata\.rb$"), "chef"),
           (lazy_compile(r"^(?:[^/]+/){0,2}[^/]+\.psd1$", re.I), "powershell"))
_MAX = 262144
_INTERPRETERS = {"python", "python2", "python3", "hostpython", "hostpython2", "hostpython3"}  # buildozer's, not packages
_DEB_FIELD = lazy_compile(r"^(Depends|Pre-Depends|Build-Depends|Build-Depends-Indep|Build-Depends-Arch):[ \t]*((?:.*)(?:\n[ \t]+.*)*)", re.M | re.I)


def list_ecosystem(name: str, path: str = "") -> str | None:
    """The ecosystem whose dependency list this file may be (its content decides: :func:`parse_list`)."""
    if name in LIST_NAMES:
        return LIST_NAMES[name]
    return next((eco for pattern, eco in _PLACES if pattern.search(path or name)), None)


def _role_name(item) -> tuple[str | None, bool]:
    """An Ansible role or collection entry's name and whether a version pins it (``- src: …git``, ``- name: x, version: 1.2``,
    ``- geerlingguy.java``, ``- role: x``)."""
    if isinstance(item, str):
        name, _, version = item.partition(",")  # (the old "src,version,name" form)
        return name.strip().rstrip("/").rsplit("/", 1)[-1].removesuffix(".git") or None, bool(version.strip())
    if isinstance(item, dict):
        raw = item.get("name") or item.get("role") or item.get("src")
        if isinstance(raw, str) and raw.strip():
            return raw.strip().rstrip("/").rsplit("/", 1)[-1].removesuffix(".git"), bool(item.get("version"))
    return None, False


def _ansible(path: str, text: str):
    try:
        doc = safeyaml.load(text[:_MAX])
    except Exception:  # (any YAML error or refusal: not a list this module reads)
        return None
    if path.rsplit("/", 1)[-1].startswith("main."):  # meta/main.yml: a role's metadata, its dependencies under dependencies:
        if not isinstance(doc, dict) or "galaxy_info" not in doc:
            return None
        items = doc.get("dependencies") or []
    elif isinstance(doc, dict) and ({"roles", "collections"} & set(doc)):
        items = [*(doc.get("roles") or []), *(doc.get("collections") or [])]
    else:
        items = doc
    if not isinstance(items, list):
        return None
    named = [_role_name(i) for i in items[:500]]
    if not named or any(n is None for n, _ in named):
        return None  # (a list of something else: not galaxy roles)
    return None, sorted({n.lower() for n, _ in named}), [], all(p for _, p in named)


def _debian(text: str):
    if not re.search(r"^Source:\s*\S", text[:8192], re.M):
        return None
    runtime, build = set(), set()
    for m in _DEB_FIELD.finditer(text[:_MAX]):
        for alt in m.group(2).split(","):
            name = alt.split("|")[0].strip().split("(")[0].split("[")[0].split("<")[0].strip().split(":")[0]
            if name and not name.startswith("$") and re.match(r"^[a-z0-9][a-z0-9.+-]+$", name):
                (build if m.group(1).lower().startswith("build") else runtime).add(name)
    if not runtime and not build:
        return None
    return None, sorted(runtime)[:500], sorted(build - runtime)[:500], True


def _buildozer(text: str):
    if not re.search(r"^\[app\]", text[:_MAX], re.M):
        return None
    m = re.search(r"^requirements\s*=\s*(.*)$", text[:_MAX], re.M)
    if not m:
        return None
    items = [r.strip() for r in m.group(1).split(",") if r.strip()]
    names = [(re.split(r"[=<>~!]", r)[0].strip().lower(), "==" in r) for r in items]
    names = [(n, p) for n, p in names if n and n not in _INTERPRETERS]
    if not names:
        return None
    name = re.search(r"^package\.name\s*=\s*(\S+)", text[:_MAX], re.M)
    return (name.group(1) if name else None), sorted({n for n, _ in names}), [], all(p for _, p in names)


_PSD1_MODULE = lazy_compile(r"^[^\S\n]*(?:RootModule|ModuleToProcess|ModuleVersion)\s*=", re.M | re.I)
_PSD1_REQUIRED = lazy_compile(r"^[^\S\n]*RequiredModules\s*=\s*(@\(|)", re.M | re.I)
_PSD1_NAME = lazy_compile(r"""\bModuleName\s*=\s*['"]([\w.-]+)['"]""", re.I)


def _psd1(path: str, text: str):
    """A PowerShell module manifest's RequiredModules (``@{ModuleName = 'Az.Accounts'; RequiredVersion = '5.2.0'}`` or a bare
    ``'Az.Accounts'``): pinned when each names its RequiredVersion (ModuleVersion is a minimum). A .psd1 that is no module
    manifest (a data or settings file) is none."""
    text = text[:_MAX]
    if not _PSD1_MODULE.search(text):
        return None
    name = path.rsplit("/", 1)[-1][: -len(".psd1")]
    m = _PSD1_REQUIRED.search(text)
    if not m:
        return name, [], [], True
    rest = text[m.end():]
    if m.group(1):  # @( … ) over lines, up to the line closing it
        close = re.search(r"^[^\S\n]*\)", rest, re.M)
        block = rest[: close.start()] if close else rest[:8192]
    else:  # RequiredModules = 'A', @{ModuleName = 'B'; …}
        block = rest.split("\n", 1)[0]
    entries = []
    for line in re.split(r"\n|(?<=\})\s*,", block)[:500]:
        named = _PSD1_NAME.search(line)
        if named:
            entries.append((named.group(1), bool(re.search(r"\bRequiredVersion\s*=", line, re.I))))
        else:
            entries += [(b, False) for b in re.findall(r"""['"]([\w.-]+)['"]""", line) if "=" not in line]
    names = sorted({n for n, _ in entries})
    return name, names[:500], [], all(p for _, p in entries)


# an openFrameworks addon line: its name or its path in the addons folder (../../../addons/ofxGui, local_addons/ofxFoo), and, written
# by the package manager (ofPackageManager, "ofxFoo #https://github.com/o/ofxFoo.git@<commit>"), the repository and the commit it
# was fetched at (openframeworks.cc/learning/01_basics/how_to_add_addon_to_project, read 2026-12-06)
_OF_ADDON = lazy_compile(r"^(?:[\w.-]+/)*(ofx\w+)\s*(?:#\s*(\S+?)(@[\w.-]+)?)?$")


# a Chef cookbook's dependency: Berksfile's `cookbook "apt", "~> 2.0"`, metadata.rb's `depends 'apt', '= 1.2.0'` (a bare or "=" version pins)
_CHEF_DEP = lazy_compile(r"""^[ \t]*(cookbook|depends)[ \t(]+['"]([\w.-]{1,100})['"](?:[ \t]*,[ \t]*['"]([^'"\n]{1,40})['"])?""", re.M)
_CHEF_NAME = lazy_compile(r"""^[ \t]*name[ \t(]+['"]([\w.-]{1,100})['"]""", re.M)


def _chef(path: str, text: str):
    """A Berksfile's cookbooks (one with a `source` or `metadata` line, or a `cookbook` line) or a cookbook's metadata.rb
    dependencies (a metadata.rb naming the cookbook): issue 12, s40 fo40."""
    text = text[:_MAX]
    berks = path.rsplit("/", 1)[-1] == "Berksfile"
    word = "cookbook" if berks else "depends"
    deps = [(m.group(2), m.group(3)) for m in _CHEF_DEP.finditer(text) if m.group(1) == word][:500]
    name = None if berks else (m.group(1) if (m := _CHEF_NAME.search(text)) else None)
    if not deps and (berks and not re.search(r"^[ \t]*(?:source|metadata)\b", text, re.M) or not berks and name is None):
        return None  # (a file of that name of another tool)
    pinned = all(v and re.match(r"^(?:=\s*)?\d[\w.]*$", v.strip()) for _, v in deps)
    return name, sorted({n.lower() for n, _ in deps}), [], pinned


def _addons_make(text: str):
    """An openFrameworks project's addons.make: every non-blank line an addon (ofx...), none versioned unless the package manager
    wrote its commit; a file of anything else is not one."""
    lines = [ln.strip() for ln in text[:_MAX].splitlines() if ln.strip() and not ln.strip().startswith("#")]
    matches = [_OF_ADDON.match(ln) for ln in lines[:500]]
    if not matches or not all(matches):
        return None
    return None, sorted({m.group(1) for m in matches}), [], all(m.group(3) for m in matches)


def parse_list(path: str, text: str):
    """(project name, dependencies, development dependencies, every one pinned) of a dependency list, or None."""
    eco = list_ecosystem(path.rsplit("/", 1)[-1], path)
    if eco == "ansible":
        return _ansible(path, text)
    if eco == "debian":
        return _debian(text)
    if eco == "buildozer":
        return _buildozer(text)
    if eco == "powershell":
        return _psd1(path, text)
    if eco == "openframeworks":
        return _addons_make(text)
    if eco == "chef":
        return _chef(path, text)
    return None


def list_entry(entry: dict, text: str | None) -> dict | None:
    """``entry`` (a manifests fact entry) filled from a dependency list, None when the file is not one; pinned versions (or a
    distribution release) are its own lock."""
    parsed = parse_list(entry["path"], text or "")
    if parsed is None:
        return None
    entry["name"], entry["dependencies"], entry["dev_dependencies"], pinned = parsed
    entry["lockfile"] = entry["path"] if pinned and (entry["dependencies"] or entry["dev_dependencies"]) else None
    return entry
