"""Stylesheets a document build gives to its converter: the style of the book or report it writes, no web interface's.

A pandoc build names them on its command line (``pandoc -c etc/epub.css``, ``--css=style.css``, ``--epub-stylesheet``) in a
Taskfile, a Makefile or a script, or in its metadata and defaults files (``stylesheet: etc/epub.css`` or ``css:`` at the top of
``title.yml``, an EPUB's metadata). Such a stylesheet styles the HTML or EPUB the converter writes from the project's documents:
it is an asset of those documents, not source code, and serves no web page of the project's (issue 12, s41 fh41 =
opt-nc/template-eae: a pandoc document kit whose one stylesheet made the tool see code and a web interface). A stylesheet no
document build names (a static site's ``css/style.css`` beside its ``index.html``) stays the project's code.

Read in build files only (Taskfile, Makefile, shell scripts, YAML), at most :data:`MAX_BUILD_FILES` of at most
:data:`BUILD_BYTES`, in path order; a command line counts only when it runs pandoc; a path is taken from the repository's root
or from the build file's folder, and only when it is a stylesheet of the repository (nothing outside it).
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

STYLE_EXT = ("css", "scss", "sass", "less", "styl")
MAX_BUILD_FILES, BUILD_BYTES = 60, 256 * 1024
MAX_NAMED = 50  # paths taken per build file
_BUILD_FILE = lazy_compile(r"^(?:Taskfile(?:\.dist)?\.ya?ml|Makefile|GNUmakefile|justfile|[\w.-]+\.(?:mk|sh|bash|ya?ml|ps1|bat|cmd))$")
# pandoc's options naming a stylesheet, on a line that runs pandoc
_CSS_OPTION = lazy_compile(r"""(?:^|\s)(?:-c[ \t]*|--css[= ][ \t]*|--epub-stylesheet[= ][ \t]*)["']?([^\s"'\\;|&]+)""")
# a metadata or defaults file's top-level key naming the stylesheet (one value, or an inline or block list under it)
_STYLE_KEY = lazy_compile(r"""^(?:stylesheet|css|epub-stylesheet)[ \t]*:[ \t]*(.*)$""", re.M)
_LIST_ITEM = lazy_compile(r"""^[ \t]+-[ \t]+["']?([^\s"',\]]+)""")


def _candidates(text: str) -> list[str]:
    """The paths a build file names as pandoc's stylesheets (see the module)."""
    named: list[str] = []
    for line in text.splitlines():
        if "pandoc" in line:
            named += [m.group(1) for m in _CSS_OPTION.finditer(line)]
    lines = text.splitlines()
    for m in _STYLE_KEY.finditer(text):
        value = m.group(1).strip()
        if value and not value.startswith("#"):
            named += [v.strip(" \t\"'") for v in value.strip("[]").split(",") if v.strip(" \t\"'")]
            continue
        at = text.count("\n", 0, m.start()) + 1  # (a block list under the key)
        for line in lines[at:at + MAX_NAMED]:
            item = _LIST_ITEM.match(line)
            if not item:
                break
            named.append(item.group(1))
    return named[:MAX_NAMED]


def document_stylesheets(snap) -> set[str]:
    """The repository's stylesheets (paths) a document build names as said in the module."""
    files = {e.path for e in snap.files.values() if e.kind in ("file", "executable") and e.ext in STYLE_EXT}
    if not files:
        return set()
    out: set[str] = set()
    builds = sorted(e.path for e in snap.files.values() if e.kind in ("file", "executable") and _BUILD_FILE.match(e.name)
                    and e.size <= BUILD_BYTES)
    for path in builds[:MAX_BUILD_FILES]:
        text = snap.read_text(path, limit=BUILD_BYTES) or ""
        if "css" not in text and "stylesheet" not in text:
            continue
        folder = path.rpartition("/")[0]
        for name in _candidates(text):
            if "$" in name or "{" in name or name.startswith("/"):
                continue  # (a variable, a template's placeholder, a path outside the repository)
            out.update(_named_paths(name, folder, files))
    return out


def _named_paths(name: str, folder: str, known) -> set[str]:
    """The repository's paths a build file in ``folder`` names as ``name``: from the root or from its own folder."""
    found = set()
    for base in ("", folder) if folder else ("",):
        p = posixpath.normpath(posixpath.join(base, name))
        if p in known:
            found.add(p)
    return found


@fact("document_styles", version=1, public=False)
def document_styles(ctx) -> list:
    """The stylesheets a document build names (see the module), sorted."""
    return sorted(document_stylesheets(ctx.snapshot))


# The pages a document build compiles (pandoc's inputs, written in the build file or in one of its variables: a Taskfile's SOURCES
# listing {{.SRC}}/02_resume.md, a Makefile's SOURCES = chapitres/*.md): the book or form the kit makes, its product, no guide
# written about it. Variables resolved from the same file's simple assignments (NAME: value, NAME = value, NAME := value).
_ASSIGN = lazy_compile(r"^[ \t]*([A-Za-z_]\w*)[ \t]*(?::=|\?=|=|:)[ \t]*([^\s{}$|>]+)[ \t]*$", re.M)
_VARIABLE = lazy_compile(r"\{\{\s*\.(\w+)\s*\}\}|\$\((\w+)\)|\$\{(\w+)\}")
_PAGE_TOKEN = lazy_compile(r"""[^\s"'=;|&<>()]+\.(?:md|markdown)\b""")


def compiled_pages(snap) -> set[str]:
    """The Markdown pages a pandoc build names as its inputs (see above), as paths of the repository."""
    pages = {e.path for e in snap.files.values() if e.kind == "file" and e.ext in ("md", "markdown")}
    builds = sorted(e.path for e in snap.files.values() if e.kind in ("file", "executable") and _BUILD_FILE.match(e.name)
                    and e.size <= BUILD_BYTES)
    out: set[str] = set()
    for path in builds[:MAX_BUILD_FILES]:
        text = snap.read_text(path, limit=BUILD_BYTES) or ""
        if "pandoc" not in text:
            continue
        values = {m.group(1): m.group(2).strip("\"'") for m in _ASSIGN.finditer(text)}
        resolved = _VARIABLE.sub(lambda m: values.get(m.group(1) or m.group(2) or m.group(3), m.group(0)), text)
        folder = path.rpartition("/")[0]
        for m in list(_PAGE_TOKEN.finditer(resolved))[:500]:
            out.update(_named_paths(m.group(0), folder, pages))
    return out


@fact("compiled_pages", version=1, public=False)
def compiled_pages_fact(ctx) -> list:
    """The Markdown pages a document build compiles (see :func:`compiled_pages`), sorted."""
    return sorted(compiled_pages(ctx.snapshot))
