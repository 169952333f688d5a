"""Another project's package copied into a folder of the repository, told by what the package says of itself at the folder's top:

- its manifest names a forge repository whose owner the project's own root files never name, and a licence file of its own sits
  beside it (``mcp-server/`` holding a package.json named ``@modelcontextprotocol/servers`` whose ``bugs`` are on
  github.com/modelcontextprotocol/servers, with its LICENSE, in a commune's Docker Desktop extension): a monorepo copied whole. Its
  members are the copy's too, but a member folder beside them that carries no package manifest at all, where at least
  :data:`MIN_MEMBERS` siblings carry one, is the project's own addition (the commune's ``servers/weather/`` with only a
  requirements.txt, beside the copied ``servers/slack/`` and ``servers/git/`` packages);
- in a library folder (``lib/``, ``libs/``, ``vendor/``…), its README tells to install, by a package manager, the package its title
  names ("Leaflet.Sync … ``npm install leaflet.sync``" atop ``tools/lib/leaflet.map.sync/``): that published package, copied.

A package the project's root README, manifests or licence name by its forge owner (its own monorepo's members), or whose name is the
project's (its README's title), stays the project's; so does a folder whose top carries, beside the foreign manifest, a manifest
naming the project (``html/bower.json`` named like the project beside CodeIgniter's ``html/composer.json``). A folder whose foreign
manifest is a framework's application shell (Composer's ``"type": "project"``, naming a framework committed in the repository and
recognised by its marker files, see framework_markers) is where the project writes its application, started from the framework's
distribution (``html/`` holding ``application/`` beside CodeIgniter's readme.rst, license.txt, contributing.md and composer.json): only
those top documents and that manifest are the framework's, the application under it is the project's; so does a UI template's copy the project's application was built inside (a PHP form in
Start Bootstrap's Freelancer, :mod:`auditor.facts.ui_templates`): only the template's own files are its. Bounded: at most :data:`MAX_READS` manifests and READMEs read, in path order.
"""

from __future__ import annotations

import re

from auditor.facts.ui_templates import template_shell
from auditor.lazyre import lazy_compile
from auditor.safejson import loads

MAX_READS = 60
READ_BYTES = 16384
MIN_MEMBERS = 3
PACKAGE_MANIFESTS = {"package.json", "composer.json", "pyproject.toml", "bower.json"}  # (a package's own, naming its home)
# any manifest makes a member folder a package (a copied Python member with only its pyproject.toml; Rust, Go, Maven, setup.py)
MEMBER_MANIFESTS = PACKAGE_MANIFESTS | {"setup.py", "setup.cfg", "Cargo.toml", "go.mod", "pom.xml", "build.gradle", "DESCRIPTION"}
LIBRARY_SHELVES = {"lib", "libs", "vendor", "vendors", "libraries", "library", "librairie", "librairies", "third_party", "third-party"}
_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$", re.I)
_README = lazy_compile(r"^readme(?:\.\w+)?$", re.I)
_FORGE = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/[A-Za-z0-9][\w.-]{0,100}", re.I)
_TITLE = lazy_compile(r"^[^\S\n]*#+[^\S\n]*(\S[^\n]*)$|^(\S[^\n]*)\n[=-]{3,}[^\S\n]*$", re.M)
_INSTALL = lazy_compile(r"\b(?:npm[^\S\n]+(?:install|i|add)|yarn[^\S\n]+add|pnpm[^\S\n]+add|bower[^\S\n]+install|pip3?[^\S\n]+install)"
                        r"(?:[^\S\n]+-{1,2}[\w-]+)*[^\S\n]+(@?[A-Za-z0-9][\w.@/-]{0,80})|\bcomposer[^\S\n]+require[^\S\n]+[\w.-]+/([\w.-]+)")
_ROOT_FILES = lazy_compile(r"^(?:readme(?:\.\w+)?|licen[cs]e(?:\.\w+)?|copying(?:\.\w+)?|package\.json|composer\.json|pyproject\.toml|setup\.py|"
                           r"setup\.cfg|pom\.xml|bower\.json|publiccode\.ya?ml)$", re.I)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _owners(text: str) -> set[str]:
    """The forge owners (keyed) a manifest's text names (its repository, bugs, homepage)."""
    return {_key(m.group(1)) for m in _FORGE.finditer(text)} - {""}


def _installed(m) -> str:
    """The package name (keyed) an install command names: ``leaflet.sync``, ``@scope/name@1.2`` -> ``name``."""
    return _key((m.group(1) or m.group(2) or "").rsplit("/", 1)[-1].split("@")[0])


def foreign_packages(snap, items: list, own: str, names: tuple[str, ...] = (), frameworks: tuple[str, ...] = ()) -> set[str]:
    """The paths of the files (not yet vendored nor build output) of such copied packages (see the module's docstring), sorted
    by nothing: a set. ``own``: the project's own name (its README's title, keyed); ``names``: its other names (the repository's);
    ``frameworks``: the names of the frameworks committed in the repository (framework_markers)."""
    own_names = {k for k in (_key(n) for n in (own, *names)) if len(k) >= 3}
    tops: dict[str, dict[str, str]] = {}  # folder -> {file name: path} of the files at its top
    for i in items:
        folder, _, name = i.path.rpartition("/")
        tops.setdefault(folder, {})[name] = i.path
    reads = [0]
    texts: dict[str, str] = {}

    def read(path: str) -> str:
        if path in texts:
            return texts[path]
        if reads[0] >= MAX_READS:
            return ""
        reads[0] += 1
        texts[path] = (snap.read_text(path, limit=snap.max_blob) or "")[:READ_BYTES]
        return texts[path]

    roots: set[str] = set()
    # 1. a package naming a forge owner the project's root never names, with its own licence
    candidates = sorted(f for f, names in tops.items() if f and any(_LICENCE.match(n) for n in names) and set(names) & PACKAGE_MANIFESTS)
    if candidates:
        root_text = _key(" ".join(read(path) for name, path in sorted(tops.get("", {}).items()) if _ROOT_FILES.match(name)))
        owners = {folder: _owners(" ".join(read(tops[folder][n]) for n in sorted(set(tops[folder]) & PACKAGE_MANIFESTS))) for folder in candidates}
        # (the owners the project's other manifests name, outside the candidates: a monorepo's members all name their home)
        elsewhere = sorted(i.path for i in items if i.category not in ("vendored", "build") and i.path.rpartition("/")[2] in PACKAGE_MANIFESTS
                           and not any(i.path.startswith(f + "/") for f in candidates))
        named_elsewhere = set().union(*(_owners(read(path)) for path in elsewhere)) if elsewhere else set()
        shells: set[str] = set()  # the top files of a framework's distribution the project's application was started from
        for folder in candidates:
            name = _key(folder.rsplit("/", 1)[-1])
            if owners[folder] and not any(o in root_text or o in named_elsewhere for o in owners[folder]) and not (own and (name in own or own in name)):
                manifests = {n: read(tops[folder][n]) for n in sorted(set(tops[folder]) & PACKAGE_MANIFESTS)}
                if _application_shell(manifests.get("composer.json", ""), frameworks):
                    shells |= {path for n, path in tops[folder].items() if n == "composer.json" or _DISTRIBUTION_DOC.match(n)}
                    continue
                readme = next((p for n, p in sorted(tops[folder].items()) if _README.match(n)), None)
                template = template_shell(folder, tops[folder], manifests, read(readme) if readme else "", items, snap)
                if template is not None:  # a UI template the project's application was built inside (ui_templates): its own files only
                    shells |= template
                    continue
                if own_names & {_key(_manifest_name(text)) for text in manifests.values()}:
                    continue  # a manifest at the folder's top names the project: the project's own folder
                roots.add(folder + "/")
    # 2. a library folder's README installing the package its title names
    for folder, names in sorted(tops.items()):
        segs = folder.split("/")
        readme = next((n for n in sorted(names) if _README.match(n)), None)
        if len(segs) < 2 or segs[-2].lower() not in LIBRARY_SHELVES or readme is None:
            continue
        text = read(names[readme])
        title = _TITLE.search(text)
        key = _key(title.group(1) or title.group(2)) if title else ""
        if len(key) >= 3 and not (own and (key in own or own in key)) and any(_installed(m) == key for m in _INSTALL.finditer(text)):
            roots.add(folder + "/")
    roots = {r for r in roots if not any(o != r and r.startswith(o) for o in roots)}
    shells = {i.path for i in items if i.path in shells and i.category not in ("vendored", "build")} if candidates else set()
    if not roots:
        return shells
    own_members = _own_members(tops, roots)
    return shells | {i.path for i in items if i.category not in ("vendored", "build") and any(i.path.startswith(r) for r in roots)
                     and not any(i.path.startswith(m) for m in own_members)}


_PYPROJECT_NAME = lazy_compile(r"^[^\S\n]*name[^\S\n]*=[^\S\n]*[\"']([^\"'\n]{1,100})[\"']", re.M)
_SHELL_TYPE = lazy_compile(r"\"type\"[^\S\n]*:[^\S\n]*\"project\"")
# a distribution's documents at its top (CodeIgniter's readme.rst, license.txt, contributing.md; a changelog, the authors, the notice)
_DISTRIBUTION_DOC = lazy_compile(r"^(?:readme|licen[cs]e|copying|contributing|changelog|changes|authors|credits|notice|upgrading)(?:[-_.][\w.-]*)?$", re.I)


def _manifest_name(text: str) -> str:
    """The package name a manifest's text gives (package.json, composer.json, bower.json: its "name"; pyproject.toml: name =)."""
    if text.lstrip().startswith("{"):
        try:
            data = loads(text)
        except ValueError:
            data = None
        name = data.get("name") if isinstance(data, dict) else None
        return name.rsplit("/", 1)[-1] if isinstance(name, str) else ""
    m = _PYPROJECT_NAME.search(text)
    return m.group(1) if m else ""


def _application_shell(composer: str, frameworks: tuple[str, ...]) -> bool:
    """A composer.json of ``"type": "project"`` whose name or description names one of the frameworks committed in the repository
    ("codeigniter/framework", "The CodeIgniter framework"): the framework's distribution an application is written in."""
    if not composer or not frameworks or not _SHELL_TYPE.search(composer):
        return False
    said = _key(" ".join(m.group(1) for m in re.finditer(r'"(?:name|description)"[^\S\n]*:[^\S\n]*"([^"\n]{1,200})"', composer)))
    return any(_key(f) in said for f in frameworks if len(_key(f)) >= 3)


def _own_members(tops: dict[str, dict[str, str]], roots: set[str]) -> set[str]:
    """The member folders (``a/servers/weather/``) of copied monorepos that carry no manifest, at any depth, where at least
    :data:`MIN_MEMBERS` of their siblings carry one at their top."""
    with_manifest = {f for f, names in tops.items() if set(names) & MEMBER_MANIFESTS}
    children: dict[str, set[str]] = {}  # folder inside a copy -> its child folders
    for f in tops:
        for k in range(1, f.count("/") + 1):
            parent, child = "/".join(f.split("/")[:k]), "/".join(f.split("/")[: k + 1])
            if any((parent + "/").startswith(r) for r in roots):
                children.setdefault(parent, set()).add(child)
    own: set[str] = set()
    for parent, kids in sorted(children.items()):
        members = {k for k in kids if k in with_manifest}
        if len(members) < MIN_MEMBERS:
            continue
        for k in sorted(kids - members):
            if not any(f == k or f.startswith(k + "/") for f in with_manifest):
                own.add(k + "/")
    return own
