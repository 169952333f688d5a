"""``referenced_images``: the file names of the raster images the project's own pages, components, scripts and styles name
(``<Image src="/image/mairie.webp">``, ``url(../img/fond.jpg)``, ``fetch('/image/signature-maire.png')``), read by
``interoperability.accessibility-and-ecodesign``: when the interface names its images, the share of WebP/AVIF is measured on those
(and on the folders served as they are, public/ and static/), not on every raster file of the repository — a PDF's page renderings
left at the root (pdf_page_1.png … pdf_page_20.png) or unused copies (src/image/*.png) are no image the interface sends (issue 12,
s39 fb39 = re-reader vc38's reservation-chartrette). A fact, so the check reads no file itself.

Bounded: the project's own source and configuration files of an interface's kinds, in path order, the first MAX_FILES, FILE_BYTES
each (the first MAX_DOCS READMEs the same); at most MAX_NAMES names, sorted.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from auditor.facts import fact
from auditor.facts.inventory import in_app_bundle, inventory_of, is_doc, is_generated, is_test, is_vendored
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

MAX_FILES, FILE_BYTES, MAX_NAMES = 800, 128 * 1024, 5000
# the files of an interface that name its images: pages, templates, components, scripts and styles
_PAGE_EXT = {"php", "phtml", "html", "htm", "js", "jsx", "mjs", "ts", "tsx", "vue", "svelte", "astro", "jsp", "erb", "twig", "cshtml", "hbs",
             "njk", "liquid", "css", "scss", "sass", "less", "py", "rb", "java", "kt", "dart"}
# a raster image's file name, alone or at the end of a path or URL
_IMAGE_NAME = lazy_compile(r"(?<![\w@%+.-])([\w@%+-][\w@%+.-]{0,150}\.(?:png|jpe?g|gif|bmp|tiff?|webp|avif|jxl))(?![\w-])", re.I)
# an image path the interface builds from a value (Angular's ng-src="images/graphe_{{theme}}.png", PHP's src="img/<?php echo $a['img'] ?>",
# a template literal's src="img/${ligne.img}", a bound :src / [src]; not a whole value from one variable, src="${LOGO_URL}",
# whose constant names its image): the images it names are then not all it sends (s39 lead = re-reader
# va39: idf-pnr's 47 images loaded as comp-{{categorie}}.png, couserans' news pictures)
_BUILT_IMAGE = lazy_compile(r"""(?:\b(?:ng-)?src(?:set)?|\burl)\s*[=(]\s*["'`]?[^"'`\s>(){}$<%]{0,99}[/\w-](?:\{\{|\$\{|<\?|<%)"""
                            r"""|(?:\}\}|\?>|%>|["'`][^\S\n]*\+[^\S\n]*[\w.$\[\]()]{1,60}[^\S\n]*\+[^\S\n]*["'`])\.(?:png|jpe?g|gif|webp|avif)\b"""
                            r"""|(?:^|[\s<])(?::src|\[src\]|v-bind:src)\s*=""", re.I)


# an image the interface loads from another server by its address (src="https://www.mairie-x.fr/…/images/logo.png", url(//cdn…/fond.jpg)):
# a redesign loading every picture from the authority's current site sends those images all the same (s39 lead = re-reader vc39 of
# rc39's mairie-lepin: 0 image in the repository, "no PNG, JPEG image in the interface", 42 pages loading logo-lepin.png)
_REMOTE_IMAGE = lazy_compile(r"""(?:\bsrc(?:set)?|\burl)\s*[=(]\s*["'`]?(?:https?:)?//[^\s"'`()<>]{1,300}?/"""
                             r"""([\w@%+-][\w@%+.-]{0,150}\.(?:png|jpe?g|gif|bmp|webp|avif))(?![\w-])""", re.I)


# a raster image written into the code as a data: URI (``const LOGO = "data:image/png;base64,iVBOR…"`` in a React component, a
# stylesheet's ``url(data:image/jpeg;base64,…)``): an image of the interface all the same, sent inside the script or the style, so its
# format counts (issue 12, s45 fk45 = FredericCaetano/mission-agglo-brive, a 1519×1419 PNG logo inlined in src/App.jsx). A payload under
# INLINE_MIN characters (a 1×1 spacer, a tiny placeholder) is left out.
INLINE_MIN = 512
_INLINE_IMAGE = lazy_compile(r"data:image/(png|jpe?g|gif|bmp|webp|avif);base64,[A-Za-z0-9+/]{%d}" % INLINE_MIN, re.I)
# the README's pictures: a raster image's name in a README in Markdown, reStructuredText or AsciiDoc (``![page](…/capture.jpg)``,
# ``.. image:: shots/map.png``); those that no interface file names are screenshots of the documentation, no image of the interface,
# even at the root of a static site (issue 12, s45 fk45 = s-manguy/grand-poitiers: two README screenshots next to index.html). Other
# Markdown files are not read: they may be the site's own pages (an MkDocs site's docs/*.md and their pictures)
_DOC_EXT = {"md", "markdown", "mdx", "rst", "adoc", "asciidoc"}
MAX_DOCS = 200


# TypoScript, where a TYPO3 site template names its pictures (``page.logo.file = EXT:site/Resources/Public/Images/logo.png`` in
# Configuration/TypoScript/constants.txt): read as the interface's pages are (issue 12, s46 fe46 = CDG47-Dev/t3_template_v8, whose only
# shown image, the logo, was named there and dropped)
def _typoscript(path: str) -> bool:
    low = path.lower()
    return low.endswith((".typoscript", ".tsconfig")) or low.endswith(".txt") and "configuration/typoscript/" in low \
        or low.rsplit("/", 1)[-1] in ("ext_typoscript_setup.txt", "ext_typoscript_constants.txt")


# Commented-out code names no image the interface sends (a Less rule kept as `//   background: url("../Images/pattern.png")`, a CSS
# block between /* and */, a TypoScript line after # or //): blanked, line breaks kept, before the names are read (s46 fe46)
_STYLE_EXT = ("css", "scss", "sass", "less")
_LINE_COMMENT = lazy_compile(r"(?m)^[ \t]*//[^\n]*")
_HASH_COMMENT = lazy_compile(r"(?m)^[ \t]*#[^\n]*")


def _without_blocks(text: str) -> str:
    """``text`` with each ``/* … */`` block (an unclosed one to the end) blanked, line breaks kept: one pass, no pattern."""
    parts, pos = [], 0
    while (start := text.find("/*", pos)) != -1:
        end = text.find("*/", start + 2)
        end = len(text) if end == -1 else end + 2
        parts += [text[pos:start], re.sub(r"[^\n]", " ", text[start:end])]
        pos = end
    return "".join(parts + [text[pos:]])


def _uncommented(path: str, text: str) -> str:
    """``text`` without its comments, for a stylesheet or TypoScript (block and whole-line comments) or a script (whole-line ``//``
    comments); other files as they are (a page's markup may hold conditional comments that load things)."""
    ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    blank = lambda m: re.sub(r"[^\n]", " ", m.group(0))  # noqa: E731
    if ext in _STYLE_EXT or _typoscript(path):
        text = _without_blocks(text)
    if ext in _STYLE_EXT or _typoscript(path) or ext in ("js", "jsx", "mjs", "ts", "tsx", "vue", "svelte", "java", "kt", "dart"):
        text = _LINE_COMMENT.sub(blank, text)
    if _typoscript(path):
        text = _HASH_COMMENT.sub(blank, text)
    return text


@fact("referenced_images", version=6, public=False)
def referenced_images(ctx) -> dict:
    """The raster images' file names (lower case) that the project's own interface files name, sorted (``names``), and whether
    they also build image paths from values (``built``: then the names are not all the images sent), the images loaded from
    another server by address (``remote``: [file name, first page naming it]), the raster images written in those files as data:
    URIs (``inlined``: [path, line, format]) and the names only the READMEs name (``doc_only``)."""
    copied = set(ctx.fact("copied_paths"))
    inv = inventory_of(ctx)
    readers = sorted(e.path for e in tree_of(ctx) if e.kind in ("file", "executable") and e.ext in _PAGE_EXT and e.size <= 4 * 1024 * 1024
                     and e.path not in copied and not is_vendored(e.path) and not is_generated(e.path) and not is_test(e.path)
                     and not is_doc(e.path) and not in_app_bundle(e.path) and inv.category(e.path) in ("source", "configuration"))[:MAX_FILES]
    readers = sorted(set(readers) | {e.path for e in tree_of(ctx) if e.kind == "file" and _typoscript(e.path) and e.size <= 4 * 1024 * 1024
                                     and e.path not in copied and not is_vendored(e.path) and not is_generated(e.path)})[:MAX_FILES]
    out: set[str] = set()
    remote: dict[str, str] = {}  # (an image loaded from another server: its file name → the first page naming it, in path order)
    built = False
    inlined: list[list] = []
    for path in readers:
        text = _uncommented(path, ctx.snapshot.read_head(path, FILE_BYTES) or "")  # (a file's first FILE_BYTES, whatever its size: a component over it is read too)
        # (a name written URL-encoded in an address, "page%20accueil.jpg", names the file "page accueil.jpg": s45 fi45)
        out.update(n for m in _IMAGE_NAME.finditer(text) for n in {m.group(1).lower(), unquote(m.group(1)).lower()})
        built = built or bool(_BUILT_IMAGE.search(text))
        for m in _REMOTE_IMAGE.finditer(text):
            remote.setdefault(m.group(1).lower(), path)
        if "data:image/" in text:
            inlined += [[path, text.count("\n", 0, m.start()) + 1, m.group(1).lower().replace("jpeg", "jpg")] for m in _INLINE_IMAGE.finditer(text)]
    docs = sorted(e.path for e in tree_of(ctx) if e.kind == "file" and e.ext in _DOC_EXT and e.name.lower().startswith("readme")
                  and e.path not in copied and not is_vendored(e.path) and not is_generated(e.path))[:MAX_DOCS]
    shown: set[str] = set()
    for path in docs:
        shown.update(m.group(1).lower() for m in _IMAGE_NAME.finditer(ctx.snapshot.read_head(path, FILE_BYTES) or ""))
    return {"names": sorted(out)[:MAX_NAMES], "built": built, "remote": sorted(remote.items())[:MAX_NAMES], "inlined": inlined[:MAX_NAMES],
            "doc_only": sorted(shown - out)[:MAX_NAMES]}
