"""A documentation-named folder that holds only a demonstration page (issue 12, s25 o2, sgad-sdis67/MapBox-sdis: docs/ is the
GitHub Pages demo of a map control — index.html, a copy of the built bundle, a GIF and an icon — and was facts.files.docs).

GitHub Pages serves a repository's docs/ folder, so libraries keep their live demo there: a page or two that load a script and
say almost nothing (a title, a map, a few buttons), beside the scripts, styles and pictures they use. That is a demo, not
documentation. A folder with any document (Markdown, reStructuredText, a PDF…), more than a few pages, or a page with prose (a
hand-written HTML guide, a generated documentation site) stays documentation.
"""

from __future__ import annotations

import re

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
    """Words of the page outside its tags, scripts and styles (one pass: each script or style skipped to its closing tag)."""
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
    return len(_TAG.sub(" ", " ".join(out)).split())


def demo_only(snap, entries: list) -> bool:
    """``entries`` (one folder's files) are a demonstration page and what it loads: only web pages, scripts, styles, pictures and
    media, at most three pages, each loading a script and showing fewer than 120 words (256 KB of each read)."""
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
