"""Another program copied whole into a sub-folder of the repository, told by what that folder says of itself at its top, whatever
its size: a licence file of its own (LICENSE.md, LICENSE, COPYING…) and a document of its own (README, INSTALL, CHANGES, HISTORY,
CHANGELOG) whose title names a product that the licence file's opening lines name too, as written, and that is not the project
(``public/ckeditor/`` with "CKEditor 4" atop its README.md and CHANGES.md, "CKEditor - The text editor for Internet" atop its
LICENSE.md; ``phppgadmin/`` with "phpPgAdmin Installation Guide" atop its INSTALL and "Copyright (c) 2002… The phpPgAdmin
Project" atop its LICENSE), or that the folder's own name gives when its licence is a copyright holder's (``codemirror/`` with
"# CodeMirror" atop its README.md, "Copyright (C) 2017 by Marijn Haverbeke" in its LICENSE), or that the package manifest beside
it names (``include/Mailer/`` with "# PHPMailer - A full-featured…" atop its README.md, a composer.json named "phpmailer/phpmailer" and
the LGPL's bare text as LICENSE). Its files, documents, install notes, settings templates, translations and licence are that
program's, not the project's: the inventory calls them vendored and describes the folder as one copied library (its name as its
documents write it, its version as its main file or its change log states it).

The project's own parts stay its own:

- the product is one of the project's names (its README's title, its repository's or package's name, its forge owner) or a name its
  root licence gives (a repository that IS the library, its ``dist/`` or ``packages/core/`` with the same LICENSE and README);
- the folder's licence names the project or its holder (a monorepo's ``packages/x/`` licensed by the project's owner, or by the
  holder its root licence names, or by one of the authors of its commits);
- a document naming something its licence does not (``server/`` with "# Backend API" over the authority's licence): the project's
  component described, not another product;
- the repository holds no code of its own outside such folders (the project kept in a sub-folder).

Bounded: at most :data:`MAX_FOLDERS` candidate folders, :data:`HEAD_BYTES` of each text read, in path order; the root is never one.
"""

from __future__ import annotations

import re

from auditor.facts.copied_folders import TOP_LICENCE
from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile
from auditor.safejson import loads

MAX_FOLDERS = 30
HEAD_BYTES = 8192
MAX_HISTORY = 2000
# a program's own documents at its top, as a distribution ships them
_DOC = lazy_compile(r"^(?:readme|install|installation|changes|changelog|history|news)(?:\.(?:md|markdown|txt|rst|textile))?$", re.I)
_WORD = lazy_compile(r"[A-Za-z][A-Za-z0-9]*(?:[.+][A-Za-z0-9]+)*")
# the words a document's title opens with that name no product ("Installation Guide", "Read me", "Welcome to…")
_GENERIC = frozenset({"readme", "read", "me", "install", "installation", "installing", "guide", "changes", "change", "changelog", "history",
                      "news", "release", "releases", "notes", "version", "versions", "license", "licence", "about", "introduction", "the",
                      "a", "an", "welcome", "to", "of", "for", "and", "documentation", "overview", "project", "projet", "le", "la", "les",
                      "du", "de", "des", "installer", "notice", "todo", "what", "is", "new", "how", "getting", "started", "quick", "start",
                      "this", "all", "requirements", "prerequisites", "source", "copyright", "everyone", "preamble", "gnu", "general",
                      "public", "lesser", "free", "software", "mit", "apache", "bsd", "mozilla", "agreement", "terms"})
# the lines a licence file opens on, before the licence's own text: where it names the product it covers ("CKEditor - The text
# editor for Internet", "Copyright (c) 2002… The phpPgAdmin Project")
HEAD_LINES = 12
_VERSION_ASSIGN = lazy_compile(r"""\bversion\s*[:=]\s*["']v?(\d+\.\d+(?:\.\d+){0,2})["']""", re.I)
# a licence text's copyright line: the holder it names ("Copyright (c) 2003-2014, Plumes SARL." -> "plumessarl")
_HOLDER = lazy_compile(r"copyright\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s+)?(?:by\s+)?(?!notice\b|holders?\b|owners?\b)([A-Za-zÀ-ÿ][^\n.,<(]{2,60})", re.I)
_VERSION_WORD = lazy_compile(r"\bv?(\d+\.\d+(?:\.\d+){0,2})\b")
# the files an upstream distribution ships beside its README and licence (AUTHORS, CONTRIBUTING.md, CHANGELOG.md)
_DISTRIBUTION = lazy_compile(r"^(?:authors|contributors|contributing|changes|changelog|history|news)(?:\.(?:md|markdown|txt|rst))?$", re.I)
# a package's own manifests at its top, naming the package ("name": "phpmailer/phpmailer")
_PACKAGE_MANIFESTS = ("composer.json", "package.json", "bower.json")
MANIFEST_BYTES = 65536


def _package_names(snap, names: dict[str, str]) -> set[str]:
    """The package names (squeezed, without a vendor or scope) the package manifests at a folder's top give."""
    out = set()
    for manifest in _PACKAGE_MANIFESTS:
        if manifest not in names:
            continue
        try:
            data = loads(snap.read_text(names[manifest], limit=MANIFEST_BYTES) or "{}")
        except ValueError:
            continue
        name = data.get("name") if isinstance(data, dict) else None
        if isinstance(name, str) and len(squeeze(name.rsplit("/", 1)[-1])) >= 4:
            out.add(squeeze(name.rsplit("/", 1)[-1]))
    return out


def _ui_template(snap, names: dict[str, str], readme: str) -> bool:
    """A package manifest at the folder's top describes a UI template or theme (ui_templates.template_manifest)."""
    from auditor.facts.ui_templates import template_manifest

    return any(template_manifest(snap.read_text(names[m], limit=MANIFEST_BYTES) or "", readme) for m in _PACKAGE_MANIFESTS if m in names)


def _title(text: str) -> str:
    """A document's title: its first heading (Markdown's ``#`` or an underlined line), else its first non-empty line."""
    m = re.search(r"^[^\S\n]*#+[^\S\n]*(\S[^\n]*)$|^(\S[^\n]*)\n[=-]{3,}[^\S\n]*$", text[:2048], re.M)
    if m:
        return m.group(1) or m.group(2)
    return next((line.strip() for line in text[:2048].splitlines() if line.strip()), "")


def _product(title: str) -> tuple[str, str] | None:
    """The product a title names: its first word that is no generic word (as written, and squeezed), of 3 characters or more."""
    for w in _WORD.findall(title)[:8]:
        key = squeeze(w)
        if key in _GENERIC or len(key) < 3 or key.isdigit():
            continue
        return w, key
    return None


def _version(snap, folder: str, key: str, tops: dict[str, str], docs: dict[str, str]) -> str | None:
    """The version the folder's main file (named after the product: ckeditor.js) assigns, else the first version its change log's
    headings give ("CKEditor 4.4.7", "Version 5.1")."""
    for name, path in sorted(tops.items()):
        stem, _, ext = name.rpartition(".")
        if squeeze(stem) == key and ext.lower() in ("js", "php", "py"):
            if m := _VERSION_ASSIGN.search(snap.read_head(path, HEAD_BYTES) or ""):
                return m.group(1)
    for name, text in sorted(docs.items()):
        if not re.match(r"(?i)changes|changelog|history|news", name):
            continue
        lines = text.splitlines()[:80]
        for i, line in enumerate(lines):
            under = i + 1 < len(lines) and re.fullmatch(r"[=-]{3,}\s*", lines[i + 1] or "")
            if (line.lstrip().startswith("#") or under or re.match(r"(?i)\s*(?:version|release)\b", line)) and (m := _VERSION_WORD.search(line)):
                return m.group(1)
    return None


def _ecosystem(paths: list[str]) -> str:
    counts = {"javascript": 0, "php": 0, "python": 0}
    for p in paths:
        ext = p.rsplit(".", 1)[-1].lower() if "." in p.rsplit("/", 1)[-1] else ""
        eco = {"js": "javascript", "php": "php", "py": "python"}.get(ext)
        if eco:
            counts[eco] += 1
    return max(sorted(counts), key=lambda k: counts[k]) if any(counts.values()) else "javascript"


def copied_components(snap, items: list, own: set[str], owner: str | None = None) -> dict[str, dict]:
    """``{folder/: {"name", "version", "license": None, "ecosystem"}}``: the sub-folders holding another program copied whole (see the
    module's docstring), outermost only. ``own``: the project's names, squeezed (project_names); ``owner``: its forge owner."""
    tops: dict[str, dict[str, str]] = {}
    for i in items:
        folder, _, name = i.path.rpartition("/")
        if folder:
            tops.setdefault(folder, {})[name] = i.path
    candidates = [f for f, names in sorted(tops.items()) if any(TOP_LICENCE.match(n) for n in names) and any(_DOC.match(n) for n in names)]
    if not candidates:
        return {}
    own_keys = {k for k in own if len(k) >= 3} | ({squeeze(owner)} if owner and len(squeeze(owner)) >= 3 else set())
    root_lic = next((i.path for i in items if "/" not in i.path and TOP_LICENCE.match(i.path)), None)
    root_text = squeeze(snap.read_head(root_lic, HEAD_BYTES) or "") if root_lic else ""
    authors: set[str] | None = None
    readme: list[str] = []

    def readme_text() -> str:
        """The root README, squeezed, read once: a holder it names is the project's (its authority, its team)."""
        if not readme:
            path = next((i.path for i in items if "/" not in i.path and re.match(r"(?i)readme\b", i.path)), None)
            readme.append(squeeze(snap.read_head(path, HEAD_BYTES) or "") if path else "")
        return readme[0]
    found: dict[str, dict] = {}
    for folder in candidates[:MAX_FOLDERS]:
        if any(folder.startswith(f) for f in found):
            continue
        inside = [i for i in items if i.path.startswith(folder + "/")]
        if all(i.category in ("vendored", "build") for i in inside):
            continue  # already told a copy by another rule (a UI template's shelf, a release folder), described as that rule says
        names = tops[folder]
        licence = next(p for n, p in sorted(names.items()) if TOP_LICENCE.match(n))
        lic_text = snap.read_head(licence, HEAD_BYTES) or ""
        lic_head = "\n".join([line for line in lic_text.splitlines() if line.strip()][:HEAD_LINES])
        lic_key = squeeze(lic_text)
        docs = {n: snap.read_head(p, HEAD_BYTES) or "" for n, p in sorted(names.items()) if _DOC.match(n)}
        m = _HOLDER.search(lic_text)
        holder = squeeze(m.group(1)) if m else ""
        product = None
        packages = _package_names(snap, names)
        for n, text in docs.items():
            p = _product(_title(text))
            if p and re.search(r"(?<![A-Za-z0-9])" + re.escape(p[0]) + r"(?![A-Za-z0-9])", lic_head):  # (as written: "CKEditor")
                product = p
                break
            # (or the folder bears the product's name and ships a distribution's files (AUTHORS, CHANGELOG, CONTRIBUTING), its
            # licence opening on a copyright holder the root README never names: "# CodeMirror" atop codemirror/README.md beside
            # "MIT License / Copyright (C) 2017 by Marijn Haverbeke" — the holders below are still weighed)
            if p and len(p[1]) >= 4 and holder and p[1] == squeeze(folder.rpartition("/")[2]) \
                    and sum(bool(_DISTRIBUTION.match(n)) for n in names) >= 2 and _HOLDER.search(lic_head) \
                    and holder not in readme_text():
                product = p
                break
            # (or the package manifest beside it names that very package: "# PHPMailer - A full-featured email creation…" atop
            # include/Mailer/README.md beside a composer.json named "phpmailer/phpmailer", its licence the LGPL's bare text; not a UI
            # template's or theme's manifest, whose folder the application is often written in: ui_templates tells its own files, s37)
            if p and len(p[1]) >= 4 and p[1] in packages and not _ui_template(snap, names, text):
                product = p
                break
        if not product:
            continue
        key = product[1]
        if any(key in k or k in key for k in own_keys) or (root_text and key in root_text):
            continue  # the project itself, or a name its root licence gives
        if any(len(k) >= 4 and k in lic_key for k in own_keys):
            continue  # the folder's licence names the project or its owner
        if holder and root_text and holder in root_text:
            continue  # licensed by the holder of the project's own licence
        if holder:
            if authors is None:
                history = snap.history()[:MAX_HISTORY] if getattr(snap, "has_history", False) else []
                authors = {squeeze(c.author_name) for c in history} - {""}
            if any(len(a) >= 4 and (a in holder or holder in a) for a in authors):
                continue  # licensed by one of the project's authors
        found[folder + "/"] = {"name": product[0].lower(), "version": _version(snap, folder, key, names, docs), "license": None,
                               "ecosystem": _ecosystem([i.path for i in inside])}
    if not found:
        return {}
    roots = tuple(found)
    # (the project kept in a sub-folder: with no code of its own outside, the folder is the project)
    if not any(i.category == "source" and not i.path.startswith(roots) for i in items):
        return {}
    return found
