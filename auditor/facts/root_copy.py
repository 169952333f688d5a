"""A repository that IS another project, copied at its root and customised with a plugin of its own: a local authority's
repository holding the whole mviewer map viewer (its ``package.json`` named "mviewer", repository github.com/geobretagne/mviewer,
its ``js/``, ``lib/``, ``docs/``, ``demo/``…) plus the authority's add-on ``addons/statchart/``, which its README tells to
install ("<extension type="component" id="statchart" path="./addons"/>").

The copied project's code is not the authority's: the code measures (complexity, comments, tests, hard-coded values) must read
the authority's plugin only, and the copy is one dependency (the project's name, version and licence as its manifest gives them).

Told from the tree alone (an offline audit has no upstream tree to compare with):

- the root manifest (``package.json``, ``composer.json``, ``bower.json``; for Python ``pyproject.toml``, ``setup.cfg``,
  ``setup.py``, read as text, never run) describes a forge project: its ``name`` is the name of the repository its
  ``repository``/``homepage``/``bugs`` address (Python's ``url``, ``project_urls``, ``[project.urls]``) names
  (github.com/OWNER/NAME), and that name is not this repository's (a fork keeps the project's name; the project's own
  repository is named after it) nor its owner this one's: a national park's repository BiodivNM whose setup.py is
  GeoNature-atlas's (name="geonature-atlas", url=github.com/PnX-SI/GeoNature-Atlas);
- the history is short (at most :data:`MAX_COPY_COMMITS` commits, a full clone): a copy imported in one commit and customised,
  not a project renamed or moved to another owner, which keeps its history (a package.json still naming betagouv/conferences in
  numerique-gouv/audioconf, 503 commits). When the root README also says where the code comes from, on one line, with a link to
  the manifest's repository ("Voir repo d'origine : https://github.com/PnX-SI/GeoNature-atlas", "forked from …", "copie du
  dépôt …"), a longer history of customisation is allowed (:data:`MAX_STATED_COPY_COMMITS`): a project renamed or moved does not
  call its former repository its origin. So is it when the manifest names its author by an address and no commit of the history
  is by that person (:func:`foreign_history`): a project renamed or moved keeps its author's commits (issue 12, s38 fm38 =
  romain-kerdigital/cd29.rpa-solutions.io, mkdocs-material 8.5.11 customised in 47 commits, none by Martin Donath). A README
  that merely cites a project ("basé sur", "inspiré de") states no origin;
- the root README names that project ("Ce plugin pour mviewer…"; a copy's README is often upstream's own, its title the project's:
  then only a folder of the sponsor's told apart makes it a copy — a README titled after the project with nothing else is the
  project's own repository checked out under another name — unless the README states the origin as above, or its title adds
  this repository's own name to the project's: "GeoNature-atlas-BiodivNM");
- the authority's part: the folders under a plugin shelf at the root (``addons/``, ``plugins/``, ``extensions/``…) whose names the
  root README gives. Without such a folder nothing tells the authority's files from the copy's: the copy is reported
  (``own`` empty) and no file changes category.

The copy's code (source, tests, generated and built files) becomes ``vendored``; its settings and data (an application's XML
configuration, layers) stay the project's, which deploys the copy with them, and so do its documents (a guide the authority
wrote cannot be told from upstream's). Bounded: six manifests, a VERSION file and one README read.
"""

from __future__ import annotations

import re

import configparser
import tomllib  # (its TOMLDecodeError; the text is read with safejson.toml_loads)

from auditor import safejson
from auditor.facts.licence_classifiers import classifier_licences, classifier_spdx
from auditor.facts.setup_py import setup_py_metadata
from auditor.facts.vendored import licence_in
from auditor.lazyre import lazy_compile

MANIFESTS = ("package.json", "composer.json", "bower.json", "pyproject.toml", "setup.cfg", "setup.py")
PLUGIN_SHELVES = {"addons", "addon", "plugins", "plugin", "extensions", "extension", "components", "custom_components", "customcomponents",
                  "modules", "widgets"}
CODE_CATEGORIES = {"source", "test", "generated", "build"}
READ_BYTES = 64 * 1024
MAX_COPY_COMMITS = 20  # a copy imported then customised has a short history of its own; upstream's history did not come with it
MAX_STATED_COPY_COMMITS = 100  # ... longer when the README says where the code comes from (BiodivNM: 23 commits over four years)
_FORGE_REPO = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/([A-Za-z0-9][\w.-]{0,100}?)(?:\.git)?(?=[/#?\s\"']|$)", re.I)
_README = lazy_compile(r"^readme(?:\.\w+)?$", re.I)
# a README line saying where the code comes from, before the link to the origin's repository (one line; "basé sur"/"inspiré de"
# cite a project, they do not say the code is its)
_ORIGIN = lazy_compile(r"(?:\b(?:repo(?:sitory|sitoire)?|d[ée]p[ôo]t|projet|code|sources?|version)s?[^\S\n]+(?:d['’][^\S\n]?)?origin(?:e|al|aux)?\b"
                       r"|\borigin(?:al|el)[^\S\n]+(?:repo(?:sitory)?|project|projet|code|d[ée]p[ôo]t)\b|\bforked[^\S\n]+from\b"
                       r"|\bfork(?:[ée])?[^\S\n]+(?:of|de|du|depuis)\b|\bcopie[^\S\n]+(?:de|du)[^\S\n]+(?:repo|d[ée]p[ôo]t|projet|code)\b|\bupstream\b)"
                       r"[^\n]{0,120}?(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/([A-Za-z0-9][\w.-]{0,100})", re.I)
_VERSION_FILE = lazy_compile(r"v?(\d+(?:\.\d+){1,3}(?:[-.+]?\w{1,20})?)")
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


def _json_manifest(text: str) -> dict | None:
    try:
        doc = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str):
        return None
    line = next((n for n, ln in enumerate(text.split("\n"), 1) if re.match(r'\s*"name"\s*:', ln)), None)
    version = doc.get("version") if isinstance(doc.get("version"), str) else None
    licence = doc.get("license") if isinstance(doc.get("license"), str) else None
    people = doc.get("author"), *(doc.get("authors") if isinstance(doc.get("authors"), list) else [])[:5]
    return {"name": doc["name"], "urls": _urls(doc), "version": version, "license": _licence(licence) if licence else None, "line": line,
            "authors": [a for a in (_person(p) for p in people) if a]}


_PERSON = lazy_compile(r"^\s*([^<>()]*?)\s*(?:<([^<>\s]{3,200})>)?\s*(?:\([^()]*\))?\s*$")


def _person(value) -> tuple[str, str] | None:
    """A manifest's author as (name, lower-case address): npm's "Name <mail> (url)" string or {"name", "email"} object."""
    if isinstance(value, str):
        m = _PERSON.match(value[:300])
        value = {"name": m.group(1), "email": m.group(2) or ""} if m else None
    if not isinstance(value, dict):
        return None
    name, email = value.get("name"), value.get("email")
    name, email = (name if isinstance(name, str) else "").strip(), (email if isinstance(email, str) else "").strip().lower()
    return (name, email) if name or email else None


def _strs(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, str)]
    return []


def _pyproject(text: str) -> dict | None:
    """``[project]`` (PEP 621) or ``[tool.poetry]``: name, version, licence, urls."""
    try:
        doc = safejson.toml_loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return None
    for table in (doc.get("project"), (doc.get("tool") or {}).get("poetry") if isinstance(doc.get("tool"), dict) else None):
        if not isinstance(table, dict) or not isinstance(table.get("name"), str):
            continue
        urls = _strs(table.get("urls")) + [u for k in ("repository", "homepage", "documentation") for u in _strs(table.get(k))]
        licence = table.get("license")
        licence = licence if isinstance(licence, str) else licence.get("text") if isinstance(licence, dict) else None
        version = table.get("version") if isinstance(table.get("version"), str) else None
        line = next((n for n, ln in enumerate(text.split("\n"), 1) if re.match(r"\s*name\s*=", ln)), None)
        authors = table.get("authors") if isinstance(table.get("authors"), list) else []
        return {"name": table["name"], "urls": urls, "version": version, "license": licence, "line": line,
                "authors": [a for a in (_person(p) for p in authors[:5]) if a]}
    return None


def _setup_cfg(text: str) -> dict | None:
    """``[metadata]`` name, version, url, project_urls, license."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except (configparser.Error, ValueError):
        return None
    if not parser.has_section("metadata") or not parser.get("metadata", "name", fallback=""):
        return None
    meta = parser["metadata"]
    urls = [meta.get("url", ""), meta.get("home_page", ""), meta.get("home-page", "")]
    urls += [ln.split("=", 1)[-1].strip() for ln in meta.get("project_urls", "").splitlines() if ln.strip()]
    line = next((n for n, ln in enumerate(text.split("\n"), 1) if re.match(r"name\s*=", ln)), None)
    return {"name": meta.get("name", "").strip(), "urls": [u for u in urls if u], "version": meta.get("version", "").strip() or None,
            "license": meta.get("license", "").strip() or None, "line": line}


def _setup_py(text: str) -> dict | None:
    meta = setup_py_metadata(text)
    if not isinstance(meta.get("name"), str):
        return None
    urls = [meta[k] for k in ("url", "download_url") if isinstance(meta.get(k), str)] + list(meta.get("project_urls") or [])
    author = _person({"name": meta.get("author") or "", "email": meta.get("author_email") or ""})
    return {"name": meta["name"], "urls": urls, "version": meta.get("version"), "license": meta.get("license"), "line": meta.get("name_line"),
            "authors": [author] if author else []}


def _python_licence(doc: dict, text: str) -> str | None:
    """A Python manifest's licence: its ``license`` field, else its trove classifier (PyPI's)."""
    if doc.get("license") and len(doc["license"]) <= 80:
        return _licence(doc["license"])
    for value, _line in classifier_licences(text):
        return classifier_spdx(value) or _licence(value.rsplit(" :: ", 1)[-1])
    return None


def upstream_manifest(snap, paths: set[str]) -> dict | None:
    """The forge project a root manifest describes: ``{"name", "version", "license", "owner", "repository", "path", "line"}``, or None."""
    for name in MANIFESTS:
        if name not in paths:
            continue
        text = snap.read_text(name, limit=READ_BYTES) or ""
        python = name in ("pyproject.toml", "setup.cfg", "setup.py")
        doc = (_pyproject(text) if name == "pyproject.toml" else _setup_cfg(text) if name == "setup.cfg"
               else _setup_py(text) if name == "setup.py" else _json_manifest(text))
        if doc is None:
            continue
        short = doc["name"].rsplit("/", 1)[-1]
        for url in doc["urls"]:
            m = _FORGE_REPO.search(url)
            if m and _key(m.group(2)) == _key(short) and len(_key(short)) >= 4:
                version, licence = doc["version"], doc["license"]
                if python:
                    licence = _python_licence(doc, text)
                    if not version and "VERSION" in paths:  # (version read from a VERSION file at install: GeoNature-atlas's 1.6.1)
                        v = _VERSION_FILE.fullmatch((snap.read_text("VERSION", limit=256) or "").strip())
                        version = v.group(1) if v else None
                return {"name": short, "version": version, "license": licence,
                        "owner": m.group(1), "repository": f"{m.group(1)}/{m.group(2)}", "path": name, "line": doc["line"],
                        "authors": doc.get("authors") or []}
    return None


def stated_origin(raw: str, repository: str) -> bool:
    """Whether a README says, on one line, that the code comes from ``repository`` (owner/name): "Voir repo d'origine : <url>"."""
    want = _key(repository)
    return any(_key(f"{m.group(1)}/{m.group(2).removesuffix('.git')}") == want for m in _ORIGIN.finditer(raw))


def foreign_history(history: list, authors: list) -> bool:
    """Whether a history is none of the copied project's: the manifest names its author by an address (npm's "author": {"name":
    "Martin Donath", "email": …}) and no commit is by that person, neither by the address nor by the name. A project renamed or
    moved keeps its history, its author's commits among them (what the commit limit stands for); a copy imported then customised
    at length (a contractor's 47 commits on mkdocs-material 8.5.11 in two days) has none of them."""
    people = [(_key(n), e) for n, e in authors if e and "@" in e]
    if not people or not history:
        return False
    names = {_key(n) for n, _e in people if len(_key(n)) >= 6}
    mails = {e for _n, e in people}
    return not any(c.author_email.lower() in mails or _key(c.author_name) in names for c in history)


def root_copy(snap, items: list, names: list[str], owner: str | None = None) -> dict | None:
    """The project copied at the root (see the module's docstring) with the authority's own folders (``"own"``, sorted), or None.
    ``names``: this repository's names (its forge name, its folder's); ``owner``: its forge owner when known."""
    paths = {i.path for i in items}
    keys = [k for k in (_key(n) for n in names if n) if k]
    if not keys:
        return None  # (a repository with no name: nothing to tell a copy from the project's own repository)
    if not getattr(snap, "has_history", False) or getattr(snap, "shallow", False):
        return None
    commits = len(snap.history())
    if commits > MAX_STATED_COPY_COMMITS:
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
    stated = stated_origin(raw, up["repository"])
    if commits > MAX_COPY_COMMITS and not stated and not foreign_history(snap.history(), up.pop("authors", [])):
        return None  # a longer history with no origin stated: the project's own, renamed or moved
    up.pop("authors", None)
    shelves = {}
    for p in paths:
        segs = p.split("/")
        if len(segs) >= 3 and segs[0].lower() in PLUGIN_SHELVES:
            shelves.setdefault(f"{segs[0]}/{segs[1]}/", _key(segs[1]))
    own = {f for f, k in shelves.items() if len(k) >= 3 and k != key and k in text}
    title = _TITLE.search(raw)
    heading = _key(title.group(1) or title.group(2)) if title else ""
    if not own and not stated and heading.startswith(key) and not any(k not in key and k in heading[len(key):] for k in keys):
        return None  # a README titled after the project, and nothing of the sponsor's told apart: the project itself, checked out
    return {**up, "own": sorted(own)}


def copied_files(items: list, copy: dict) -> set[str]:
    """The files of the copy that become vendored: its code, outside the authority's own folders (none when none was told)."""
    own = tuple(copy["own"])
    if not own:
        return set()
    return {i.path for i in items if i.category in CODE_CATEGORIES and not i.path.startswith(own)}
