"""What a notebook renderer wrote and the repository committed: Quarto's and R Markdown's (knitr, pandoc) renders of the
project's documents, found by name and by the generator each rendered page names in its head (nothing is run).

- ``<doc>_files/``, the support folder a render writes beside ``<doc>.html`` for ``<doc>.qmd``, ``<doc>.Rmd`` or ``<doc>.ipynb``:
  the figures knitr drew (``figure-html/unnamed-chunk-7-1.png``), the JavaScript and CSS the page loads (``libs/quarto-html/quarto.js``,
  ``libs/jquery-3.5.1/``, ``libs/htmlwidgets-1.5.4/``: the renderer's and the R packages' own copies, written again at every render, no
  library the authors copied), knitr's cache (``<doc>_cache/``). Without the source document beside it, the folder is taken as a
  render's only with knitr's own layout inside (``figure-html/``, ``libs/``) and the page beside it;
- the rendered page: ``<doc>.html`` (or R's notebook ``<doc>.nb.html``) beside its source, and any page whose head says Quarto
  wrote it (``<meta name="generator" content="quarto-1.4.550">``), or pandoc (R Markdown's ``html_document``) in a repository that
  holds R Markdown or Quarto sources;
- the output folder of a Quarto project (``output-dir`` of ``_quarto.yml``, else ``_site/`` for a website and ``_book/`` for a
  book), of an R Markdown site (``_site.yml``: ``_site/`` or its ``output_dir``) or of a bookdown book (``_bookdown.yml``:
  ``_book/`` or its ``output_dir``), and the ``site_libs/`` folder both write;
- a render's library folder outside ``<doc>_files/`` (xaringan's ``libs/``, an R Markdown document's ``lib_dir``, the
  ``<widget>_libs/`` of the widget pages ``widgetframe`` or ``htmlwidgets::saveWidget`` write into ``widgets/``), told by what
  only R's renderers copy there (:data:`_RENDER_LIB_MARKS`: the ``htmlwidgets`` package's ``htmlwidgets.js``, rmarkdown's
  ``header-attrs``, xaringan's ``remark-css`` and ``remark-latest.min.js``), with every library beside it (leaflet, proj4,
  leaflet-providers with its bower.json and package.json): a folder holding no document or R script of its own; and the widget
  pages that load ``htmlwidgets.js`` from such a folder;
- a Markdown, reStructuredText or AsciiDoc document's rendering committed beside it under the same name (``README.md`` and
  ``README.html`` whose head says pandoc wrote it, ``<meta name="generator" content="pandoc">``; docutils', Python-Markdown's,
  Asciidoctor's; or ``README.pdf`` pandoc's LaTeX made, "LaTeX via pandoc" in its information): the page repeats the document
  and drifts from it at its next edit (issue 12, s36 j36). A page of the same name without such a head is someone's own page
  (a static site's hand-written index.html beside its index.md).

All are build output (the render writes them from the sources, committed beside them); the pages also repeat the source
document's prose, whose links are no address the project fetches. A repository holding only a render (no source document)
is that site, not a render of it: nothing is taken then. Bounded: at most :data:`MAX_PAGE_PROBES` page heads of
:data:`HEAD_BYTES` and :data:`MAX_CONFIGS` project files are read, in path order.
"""

from __future__ import annotations

import posixpath
import re

from auditor import safeyaml
from auditor.lazyre import lazy_compile

MAX_PAGE_PROBES = 200
MAX_CONFIGS = 10
HEAD_BYTES = 4096
CONFIG_BYTES = 64 * 1024
# documents a renderer turns into pages (Quarto: .qmd, .ipynb, .Rmd; R Markdown: .Rmd, .Rmarkdown)
SOURCE_EXT = ("qmd", "rmd", "rmarkdown", "ipynb")
PAGE_EXT = ("html", "htm")
RENDER_FOLDERS = ("_site", "_book", "_manuscript", "site_libs")  # (the output folders named by default)
# knitr's layout inside a <doc>_files/ folder: its figures and the page's dependencies
_KNITR_PARTS = ("figure-html", "figure-latex", "figure-gfm", "libs")
# what only R's renderers copy at the top of a library folder: htmlwidgets' page script, rmarkdown's header attributes, xaringan's
# style sheets and remark.js (with or without the version R Markdown appends: htmlwidgets-1.5.4/)
_RENDER_LIB_MARKS = lazy_compile(r"^(?:htmlwidgets(?:-[0-9][0-9.]*)?/htmlwidgets\.js|header-attrs(?:-[0-9][0-9.]*)?/header-attrs\.js|"
                                 r"remark-css(?:-[0-9][0-9.]*)?/[^/]+\.css|remark-latest\.min\.js)$")
_WIDGET_PAGE = lazy_compile(r"""<script\s+src=["'](?!\w+:|/)[^"'<>]*htmlwidgets(?:-[0-9][0-9.]*)?/htmlwidgets\.js["']""", re.I)
_GENERATOR = lazy_compile(r"""<meta\s+name=["']generator["']\s+content=["'](quarto|pandoc)\b""", re.I)
# documents written as text that a converter turns into a page or a PDF, and the converters that name themselves in what they write
TEXT_SOURCE_EXT = ("md", "markdown", "rst", "adoc", "asciidoc")
_TEXT_GENERATOR = lazy_compile(r"""<meta\s+name=["']generator["']\s+content=["'](?:pandoc|docutils|markdown|python-markdown|asciidoctor)\b""", re.I)
_PDF_CONVERTER = re.compile(rb"LaTeX via pandoc|\(pandoc\b|rst2pdf|\(docutils\b|asciidoctor-pdf", re.I)
MAX_PDF_BYTES = 2 * 1024 * 1024
_PROJECT_FILES = {"_quarto.yml": "quarto", "_quarto.yaml": "quarto", "_site.yml": "rmarkdown", "_bookdown.yml": "bookdown"}
_KEEPERS = {".gitkeep", ".keep", ".gitignore", "CNAME"}  # (a folder kept in git, a Pages domain: written by people)


def _split(path: str) -> tuple[str, str]:
    folder, _, name = path.rpartition("/")
    return (folder + "/" if folder else ""), name


def _stem_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, ext.lower()) if dot and stem else (name, "")


def _output_folders(snap, paths: list[str]) -> list[str]:
    """The output folders (``a/b/``) a Quarto project, an R Markdown site or a bookdown book declares, or their defaults."""
    out = []
    configs = [p for p in paths if _split(p)[1] in _PROJECT_FILES][:MAX_CONFIGS]
    for cfg in configs:
        folder, name = _split(cfg)
        tool = _PROJECT_FILES[name]
        try:
            data = safeyaml.load(snap.read_text(cfg, limit=CONFIG_BYTES) or "") or {}
        except Exception:  # noqa: BLE001 - an unreadable project file declares nothing: its defaults only
            data = {}
        data = data if isinstance(data, dict) else {}
        if tool == "quarto":
            project = data.get("project") if isinstance(data.get("project"), dict) else {}
            declared = project.get("output-dir")
            default = {"website": "_site", "book": "_book", "manuscript": "_manuscript"}.get(str(project.get("type") or ""))
        else:
            declared = data.get("output_dir")
            default = "_site" if tool == "rmarkdown" else "_book"
        value = declared if isinstance(declared, str) and declared.strip() else default
        if not value:
            continue
        target = posixpath.normpath(posixpath.join(folder, value.strip())).strip("/")
        if target in ("", ".") or target.startswith(".."):
            continue  # (rendered into the project's own folder: its pages are found one by one below)
        out.append(target + "/")
        out.append(folder + "site_libs/")
    return sorted(set(out))


def library_folders(paths: list[str]) -> list[str]:
    """The library folders (``a/libs/``) a render copied outside ``<doc>_files/``, told by :data:`_RENDER_LIB_MARKS` at their top
    (never the root), holding no document or R script (the project's own work)."""
    found = set()
    for p in paths:
        segs = p.split("/")
        for k in range(1, len(segs) - 1):
            if _RENDER_LIB_MARKS.match("/".join(segs[k:])):
                found.add("/".join(segs[:k]) + "/")
    own = tuple(f for f in found for p in paths if p.startswith(f) and _stem_ext(_split(p)[1])[1] in SOURCE_EXT + ("r",))
    return sorted(f for f in found if f not in own)


def render_outputs(snap, entries: list) -> dict[str, str]:
    """``{path: "build"}`` for what Quarto or R Markdown rendered from the repository's documents, ``{path: "rendering"}`` for a text
    document's rendering beside it, a README.html too (see the module)."""
    files = [e for e in entries if e.kind in ("file", "executable")]
    paths = [e.path for e in files]
    sources: set[str] = set()  # "<folder>/<stem>" of each document a renderer reads
    literate = False  # (R Markdown or Quarto sources: what pandoc's pages are rendered from)
    for p in paths:
        folder, name = _split(p)
        stem, ext = _stem_ext(name)
        if ext in SOURCE_EXT:
            sources.add(folder + stem)
            literate = literate or ext != "ipynb"
    has_project = any(_split(p)[1] in _PROJECT_FILES for p in paths)
    texts = {folder + stem for p in paths for folder, name in [_split(p)] for stem, ext in [_stem_ext(name)] if ext in TEXT_SOURCE_EXT}
    if not sources:  # (a repository holding only a render is that site; a text document's own rendering beside it, see there)
        return _text_renderings(snap, paths, texts)
    pages = {p for p in paths if _stem_ext(_split(p)[1])[1] in PAGE_EXT}
    support: set[str] = set()  # "<folder>/<stem>_files/" and "<folder>/<stem>_cache/" of a render
    for p in paths:
        segs = p.split("/")
        for k, seg in enumerate(segs[:-1]):
            if not seg.endswith(("_files", "_cache")) or len(seg) <= 6:
                continue
            folder = "/".join(segs[:k]) + "/" if k else ""
            stem = seg.rsplit("_", 1)[0]
            top = folder + seg + "/"
            if folder + stem in sources or (seg.endswith("_files") and k + 1 < len(segs) - 1 and segs[k + 1] in _KNITR_PARTS
                                            and (folder + stem + ".html") in pages):
                support.add(top)
            break
    out: dict[str, str] = {}
    for p in paths:
        if any(p.startswith(s) for s in support):
            out[p] = "build"
    for page in sorted(pages):
        folder, name = _split(page)
        stem, _ = _stem_ext(name)
        if folder + stem.removesuffix(".nb") in sources:
            out[page] = "build"
    for folder in library_folders(paths) if literate else []:
        for p in paths:
            if p.startswith(folder):
                out[p] = "build"
    for folder in _output_folders(snap, paths) if has_project else []:
        for p in paths:
            if p.startswith(folder) and _split(p)[1] not in _KEEPERS:
                out[p] = "build"
    for page in [p for p in sorted(pages) if p not in out][:MAX_PAGE_PROBES]:
        head = (snap.read_bytes(page, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        m = _GENERATOR.search(head)
        if m and (m.group(1).lower() == "quarto" or literate):  # (pandoc alone: from R Markdown only where such sources are)
            out[page] = "build"
        elif literate and _WIDGET_PAGE.search(head):  # (a widget page htmlwidgets saved, loading its library folder)
            out[page] = "build"
    out.update(_text_renderings(snap, [p for p in paths if p not in out], texts))
    return out


def _text_renderings(snap, paths: list[str], texts: set[str]) -> dict[str, str]:
    """``{path: "rendering"}`` for the pages and PDFs a converter wrote from the Markdown, reStructuredText or AsciiDoc document of the same
    folder and name beside them (their head, or the PDF's information, naming the converter: :data:`_TEXT_GENERATOR`,
    :data:`_PDF_CONVERTER`); at most :data:`MAX_PAGE_PROBES` read, in path order."""
    out: dict[str, str] = {}
    twins = []
    for p in sorted(paths):
        folder, name = _split(p)
        stem, ext = _stem_ext(name)
        if ext in PAGE_EXT + ("pdf",) and folder + stem in texts:
            twins.append(p)
    for p in twins[:MAX_PAGE_PROBES]:
        if p.lower().endswith(".pdf"):
            data = snap.read_bytes(p, limit=MAX_PDF_BYTES) or b""
            if _PDF_CONVERTER.search(data):
                out[p] = "rendering"
            continue
        head = (snap.read_bytes(p, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        if _TEXT_GENERATOR.search(head):
            out[p] = "rendering"
    return out

