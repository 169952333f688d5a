"""A site theme's repository copied into a folder of the project and built upon (a fork of a Jekyll theme kept as the site's folder).

A folder one or two levels down (never the root: a theme's own repository packages itself) holding, at its top, a gem
specification of a Jekyll theme (``*.gemspec`` whose gem depends on Jekyll and is named as a theme, ``jekyll-theme-slate``, or
ships the theme's ``_layouts/`` / ``_sass/`` beside it) whose name is none of the project's names, and a licence text of its own: the
project copied the theme's repository there and wrote its pages beside it (issue 12, s39 fh39 = reader rd39's
aitf-sig-topo/voies-adresses: GitHub's Slate theme in docs/, its CC0 LICENSE, jekyll-theme-slate.gemspec, script/cibuild, its
README "The Slate theme" and docs/CONTRIBUTING.md "Contributing to The Slate Theme"). The theme's own files are a third party's: its
gem specification, its licence text, its build scripts (``script/``), the README whose title names it, and the community files at its
top, in its ``docs/`` or ``.github/`` (CONTRIBUTING, CODE_OF_CONDUCT, SUPPORT, SECURITY) — not the project's licence, packaging nor
community files. The pages, layouts and styles the site uses stay the project's (it edits them). Bounded: :data:`MAX_SPECS`
gem specifications of :data:`SPEC_BYTES` each, in path order.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

MAX_SPECS = 10
SPEC_BYTES = 32 * 1024
README_BYTES = 4096

_GEM_NAME = lazy_compile(r"""^[^\S\n]*\w+\.name[^\S\n]*=[^\S\n]*["']([\w.-]+)["']""", re.M)
_JEKYLL_DEP = lazy_compile(r"""add_(?:runtime_)?dependency[\s(]+["']jekyll["']""")
_THEME_NAME = lazy_compile(r"(?:^|[-_])theme(?:$|[-_])", re.I)
_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:\.(?:md|txt|markdown))?$", re.I)
_README = lazy_compile(r"^readme(?:\.(?:md|markdown|txt|rst))?$", re.I)
_COMMUNITY = lazy_compile(r"^(?:contributing|code[_-]of[_-]conduct|support|security)(?:\.(?:md|markdown|txt|rst))?$", re.I)
_HEADING = lazy_compile(r"^[^\S\n]*(?:#+[^\S\n]*)?(\S[^\n]*)", re.M)


def _theme_words(gem: str) -> set[str]:
    """The words naming the theme in its gem's name, without the generator's and "theme" (jekyll-theme-slate: slate)."""
    return {w for w in re.split(r"[-_.]", gem.lower()) if len(w) >= 3 and w not in ("jekyll", "theme", "themes", "gem")}


def theme_forks(snap, items: list, own: set[str] = frozenset()) -> dict[str, dict]:
    """The folders (``docs/``, with a trailing slash) holding a copied Jekyll theme, as the module's docstring says: folder ->
    ``{"name": gem name, "files": the theme's own files}``. ``own``: the project's names, squeezed."""
    paths = [i.path for i in items]  # (whatever the inventory made of them: the license fact asks after the inventory vendored them)
    specs = [p for p in paths if p.endswith(".gemspec") and 1 <= p.count("/") <= 2][:MAX_SPECS]
    out: dict[str, dict] = {}
    for spec in specs:
        folder = spec.rsplit("/", 1)[0] + "/"
        text = snap.read_text(spec, limit=SPEC_BYTES) or ""
        m = _GEM_NAME.search(text)
        if not m or not _JEKYLL_DEP.search(text) or squeeze(m.group(1)) in own:
            continue
        gem = m.group(1)
        top = [p for p in paths if p.startswith(folder) and "/" not in p[len(folder):]]
        themed = _THEME_NAME.search(gem) or any(p.startswith((folder + "_layouts/", folder + "_sass/")) for p in paths)
        licences = [p for p in top if _LICENCE.match(p[len(folder):])]
        if not themed or not licences or any(squeeze(w) in own for w in _theme_words(gem)):
            continue
        words = _theme_words(gem)
        files = {spec, *licences}
        files |= {p for p in paths if p.startswith(folder + "script/")}
        for p in top:
            if _README.match(p[len(folder):]):
                head = _HEADING.search(snap.read_text(p, limit=README_BYTES) or "")
                if head and (gem.lower() in head.group(1).lower() or words & set(re.findall(r"[a-z0-9]+", head.group(1).lower()))):
                    files.add(p)
        for sub in ("", "docs/", ".github/"):
            files |= {p for p in paths if p.startswith(folder + sub) and "/" not in p[len(folder + sub):]
                      and _COMMUNITY.match(p[len(folder + sub):])}
        out[folder] = {"name": gem, "files": sorted(files)}
    return out


def theme_fork_files(snap, items: list, own: set[str] = frozenset()) -> set[str]:
    """The files of :func:`theme_forks`."""
    return {p for f in theme_forks(snap, items, own).values() for p in f["files"]}
