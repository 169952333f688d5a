"""A documentation-named folder that holds only a demonstration page (issue 12, s25 o2, sgad-sdis67/MapBox-sdis: docs/ is the
GitHub Pages demo of a map control — index.html, a copy of the built bundle, a GIF and an icon — and was facts.files.docs).

GitHub Pages serves a repository's docs/ folder, so libraries keep their live demo there: a page or two that load a script and
say almost nothing (a title, a map, a few buttons), beside the scripts, styles and pictures they use. That is a demo, not
documentation. A folder with any document (Markdown, reStructuredText, a PDF…), more than a few pages, or a page with prose (a
hand-written HTML guide, a generated documentation site) stays documentation.
"""

from __future__ import annotations

import re

from auditor.facts.software_marks import speaks_of_software
from auditor.lazyre import lazy_compile

WEB_ASSET_EXT = {"js", "mjs", "cjs", "css", "map", "json", "wasm", "woff", "woff2", "ttf", "eot", "webmanifest"}
PAGE_EXT = {"html", "htm"}
MEDIA_EXT = {"png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "bmp", "mp4", "webm", "ogg", "mp3", "wav"}
SITE_FILES = {"cname", ".nojekyll", ".gitkeep", "robots.txt"}
MAX_PAGES = 3
MAX_WORDS = 120  # visible words of a demo page (a title, a few labels and buttons)
MAX_PAGE_BYTES = 256 * 1024
_SCRIPT = lazy_compile(r"<script\b", re.I)
_TAG = lazy_compile(r"<[^<>]*>")


def visible_words(html: str) -> int:
    """Words of the page outside its tags, scripts and styles."""
    return len(visible_text(html).split())


def visible_text(html: str) -> str:
    """The page's text outside its tags, scripts and styles (one pass: each script or style skipped to its closing tag)."""
    low, out, i = html.lower(), [], 0
    while True:
        starts = [j for j in (low.find("<script", i), low.find("<style", i)) if j != -1]
        if not starts:
            out.append(html[i:])
            break
        j = min(starts)
        out.append(html[i:j])
        close = "</script" if low.startswith("<script", j) else "</style"
        end = low.find(close, j)
        if end == -1:
            break
        i = end + len(close)
    return _TAG.sub(" ", " ".join(out))


def demo_only(snap, entries: list) -> bool:
    """``entries`` (one folder's files) are a demonstration page and what it loads: only web pages, scripts, styles, pictures and
    media, at most three pages, each loading a script and showing fewer than 120 words (256 KB of each read); or the project's own web
    site published at its domain (:func:`published_site`)."""
    if published_site(snap, entries):
        return True
    pages = []
    for e in entries:
        ext = e.name.rsplit(".", 1)[-1].lower() if "." in e.name else ""
        if e.name.lower() in SITE_FILES:
            continue
        if ext in PAGE_EXT:
            pages.append(e)
        elif ext not in WEB_ASSET_EXT | MEDIA_EXT:
            return False
    if not pages or len(pages) > MAX_PAGES:
        return False
    for e in pages:
        html = snap.read_text(e.path, limit=MAX_PAGE_BYTES) or ""
        if not _SCRIPT.search(html) or visible_words(html) >= MAX_WORDS:
            return False
    return True


# A documentation-named folder that is the project's web site, which the forge publishes at the project's own domain (issue 12, s30
# c30 = reader r4b, a ministry's open-science barometer: docs/CNAME "barometredelascienceouverte.esr.gouv.fr", index.html and six
# chart pages loading Highcharts, 31 to 170 words each, a flyer PDF): the product its visitors read, not documentation of the code. A
# folder with any other document, a documentation generator's page, a long page or one speaking of software stays documentation.
LEAFLET = lazy_compile(r"(?:^|[^a-z])(?:flyers?|leaflets?|posters?|affiches?|brochures?|plaquettes?|d[ée]pliants?)(?:[^a-z]|$)", re.I)
_GENERATOR = lazy_compile(r"<meta\b[^>]{0,200}\bname\s*=\s*[\"']?generator\b", re.I)
MAX_SITE_PAGES = 30
MAX_SITE_WORDS = 600  # visible words of a page of the site (a title, a menu, a paragraph and its charts)


def published_site(snap, entries: list) -> bool:
    """``entries`` (one folder's files) are a hand-written web site published at its own domain: a CNAME (the forge's custom domain)
    beside an index.html; only web pages, scripts, styles, pictures, media and printed leaflets (a flyer); at most 30 pages, each
    without a generator's mark, under 600 visible words and none of a page documenting software's words (content_site's technical
    marks, software_marks: an API, JSON, HTTP, a command line, code)."""
    cname = next((e for e in entries if e.name == "CNAME"), None)
    if cname is None or not any(e.dir == cname.dir and e.name.lower() in ("index.html", "index.htm") for e in entries):
        return False
    pages = []
    for e in entries:
        ext = e.name.rsplit(".", 1)[-1].lower() if "." in e.name else ""
        if ext in PAGE_EXT:
            pages.append(e)
        elif not (e.name.lower() in SITE_FILES or ext in WEB_ASSET_EXT | MEDIA_EXT or ext == "pdf" and LEAFLET.search(e.name)):
            return False
    if len(pages) > MAX_SITE_PAGES:
        return False
    for e in pages:
        html = snap.read_text(e.path, limit=MAX_PAGE_BYTES) or ""
        text = visible_text(html)
        if _GENERATOR.search(html[:16384]) or len(text.split()) >= MAX_SITE_WORDS or speaks_of_software(text):
            return False
    return True


MAX_FOLDERS = 20
_DOC_NAMES = ("docs", "doc", "documentation")


def demo_files(snap, entries: list) -> set[str]:
    """The files of the documentation-named folders (docs/, doc/, documentation/, at most three folders deep; the first twenty in
    path order) that hold only a demonstration page (:func:`demo_only`)."""
    folders = sorted({"/".join(e.path.split("/")[: i + 1]) for e in entries for i, seg in enumerate(e.path.split("/")[:-1][:3])
                      if seg.lower() in _DOC_NAMES})[:MAX_FOLDERS]
    out: set[str] = set()
    for d in folders:
        inside = [e for e in entries if e.path.startswith(d + "/")]
        if demo_only(snap, inside):
            out.update(e.path for e in inside)
    return out


# what a documentation folder's code may be: pages, styles, notebooks and R Markdown guides (a vignette, a tutorial notebook)
_DOC_LANGUAGES = (None, "HTML", "CSS", "Jupyter Notebook", "R Markdown")


def code_only(folder: str, inside: list, readme: str) -> bool:
    """A documentation-named folder (``folder``, its files ``inside``) holding only code, no page nor picture: a module of the
    application named so (a PHP app's doc/quoideneuf.php, the controller rendering its news page), no documentation; unless the
    README points to the folder or one of its files (example scripts shown as the API's use, documentation/transactionalhistory/)."""
    from auditor.facts.inventory import language

    kept = [e for e in inside if not e.name.startswith(".")]
    if not kept or any(language(e.path) in _DOC_LANGUAGES or e.name.rsplit(".", 1)[-1].lower() in MEDIA_EXT for e in kept):
        return False
    return not any(name in readme for name in [folder + "/"] + [e.path for e in kept])
