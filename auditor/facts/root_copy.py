"""A repository that IS another project, copied at its root and customised with a plugin of its own: a local authority's
repository holding the whole mviewer map viewer (its ``package.json`` named "mviewer", repository github.com/geobretagne/mviewer,
its ``js/``, ``lib/``, ``docs/``, ``demo/``…) plus the authority's add-on ``addons/statchart/``, which its README tells to
install ("<extension type="component" id="statchart" path="./addons"/>").

The copied project's code is not the authority's: the code measures (complexity, comments, tests, hard-coded values) must read
the authority's plugin only, and the copy is one dependency (the project's name, version and licence as its manifest gives them).

Told from the tree alone (an offline audit has no upstream tree to compare with):

- the root manifest (``package.json``, ``composer.json``, ``bower.json``) describes a forge project: its ``name`` is the name of
  the repository its ``repository``/``homepage``/``bugs`` address names (github.com/OWNER/NAME), and that name is not this
  repository's (a fork keeps the project's name; the project's own repository is named after it) nor its owner this one's;
- the history is short (at most :data:`MAX_COPY_COMMITS` commits, a full clone): a copy imported in one commit and customised,
  not a project renamed or moved to another owner, which keeps its history (a package.json still naming betagouv/conferences in
  numerique-gouv/audioconf, 503 commits);
- the root README names that project ("Ce plugin pour mviewer…"; a copy's README is often upstream's own, its title the project's:
  then only a folder of the sponsor's told apart makes it a copy — a README titled after the project with nothing else is the
  project's own repository checked out under another name);
- the authority's part: the folders under a plugin shelf at the root (``addons/``, ``plugins/``, ``extensions/``…) whose names the
  root README gives. Without such a folder nothing tells the authority's files from the copy's: the copy is reported
  (``own`` empty) and no file changes category.

The copy's code (source, tests, generated and built files) becomes ``vendored``; its settings and data (an application's XML
configuration, layers) stay the project's, which deploys the copy with them, and so do its documents (a guide the authority
wrote cannot be told from upstream's). Bounded: three manifests and one README read.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.vendored import licence_in
from auditor.lazyre import lazy_compile

MANIFESTS = ("package.json", "composer.json", "bower.json")
PLUGIN_SHELVES = {"addons", "addon", "plugins", "plugin", "extensions", "extension", "components", "custom_components", "customcomponents",
                  "modules", "widgets"}
CODE_CATEGORIES = {"source", "test", "generated", "build"}
READ_BYTES = 64 * 1024
MAX_COPY_COMMITS = 20  # a copy imported then customised has a short history of its own; upstream's history did not come with it
_FORGE_REPO = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/([A-Za-z0-9][\w.-]{0,100}?)(?:\.git)?(?=[/#?\s\"']|$)", re.I)
_README = lazy_compile(r"^readme(?:\.\w+)?$", re.I)
_TITLE = lazy_compile(r"^[^\S\n]*#+[^\S\n]*(\S[^\n]*)$|^(\S[^\n]*)\n[=-]{3,}[^\S\n]*$", re.M)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _urls(doc: dict) -> list[str]:
    out = []
    for field in ("repository", "homepage", "bugs", "support"):
        value = doc.get(field)
        if isinstance(value, dict):
            value = value.get("url") or value.get("source")
        if isinstance(value, str):
            out.append(value)
    return out


def _licence(text: str) -> str:
    """The SPDX id a manifest's licence names ("GNU General Public License v3.0" -> GPL-3.0), else the text as written."""
    return licence_in(text) or licence_in(re.sub(r"\bv(?=\d)", "version ", text)) or text


def upstream_manifest(snap, paths: set[str]) -> dict | None:
    """The forge project a root manifest describes: ``{"name", "version", "license", "owner", "repository", "path", "line"}``, or None."""
    for name in MANIFESTS:
        if name not in paths:
            continue
        text = snap.read_text(name, limit=READ_BYTES) or ""
        try:
            doc = safejson.loads(text)
        except ValueError:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("name"), str):
            continue
        short = doc["name"].rsplit("/", 1)[-1]
        for url in _urls(doc):
            m = _FORGE_REPO.search(url)
            if m and _key(m.group(2)) == _key(short) and len(_key(short)) >= 4:
                line = next((n for n, ln in enumerate(text.split("\n"), 1) if re.match(r'\s*"name"\s*:', ln)), None)
                version = doc.get("version") if isinstance(doc.get("version"), str) else None
                licence = doc.get("license") if isinstance(doc.get("license"), str) else None
                return {"name": short, "version": version, "license": _licence(licence) if licence else None,
                        "owner": m.group(1), "repository": f"{m.group(1)}/{m.group(2)}", "path": name, "line": line}
    return None


def root_copy(snap, items: list, names: list[str], owner: str | None = None) -> dict | None:
    """The project copied at the root (see the module's docstring) with the authority's own folders (``"own"``, sorted), or None.
    ``names``: this repository's names (its forge name, its folder's); ``owner``: its forge owner when known."""
    paths = {i.path for i in items}
    keys = [k for k in (_key(n) for n in names if n) if k]
    if not keys:
        return None  # (a repository with no name: nothing to tell a copy from the project's own repository)
    if not getattr(snap, "has_history", False) or getattr(snap, "shallow", False) or len(snap.history()) > MAX_COPY_COMMITS:
        return None  # a project renamed or moved keeps its long history (betagouv/conferences, now numerique-gouv/audioconf)
    up = upstream_manifest(snap, paths)
    if up is None:
        return None
    key = _key(up["name"])
    if any(key in k for k in keys) or (owner and _key(owner) == _key(up["owner"])):
        return None  # the project's own repository, or a fork keeping its name
    readme = next((p for p in sorted(paths) if "/" not in p and _README.match(p)), None)
    raw = (snap.read_text(readme, limit=READ_BYTES) or "") if readme else ""
    text = _key(raw)
    if key not in text:
        return None  # the README does not say what it is a copy of
    shelves = {}
    for p in paths:
        segs = p.split("/")
        if len(segs) >= 3 and segs[0].lower() in PLUGIN_SHELVES:
            shelves.setdefault(f"{segs[0]}/{segs[1]}/", _key(segs[1]))
    own = sorted(f for f, k in shelves.items() if len(k) >= 3 and k != key and k in text)
    title = _TITLE.search(raw)
    if not own and title and _key(title.group(1) or title.group(2)).startswith(key):
        return None  # a README titled after the project, and nothing of the sponsor's told apart: the project itself, checked out
    return {**up, "own": own}


def copied_files(items: list, copy: dict) -> set[str]:
    """The files of the copy that become vendored: its code, outside the authority's own folders (none when none was told)."""
    own = tuple(copy["own"])
    if not own:
        return set()
    return {i.path for i in items if i.category in CODE_CATEGORIES and not i.path.startswith(own)}
