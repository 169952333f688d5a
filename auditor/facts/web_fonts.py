"""The web fonts a project's own stylesheets and pages load from outside its repository (read as text, nothing is run):

- an ``@font-face`` rule whose sources are not font files of the repository: a font company's or a CDN's address
  (``src: url('https://assets.example.com/fonts/Inter-Regular.woff2')``), a folder of the host site outside the repository
  (``url('../../site/css/font/Vista-Black.otf')``), or the font embedded in the stylesheet (``url(data:font/woff2;base64,…)``);
- a hosted font service's stylesheet, imported in CSS (``@import url('https://fonts.googleapis.com/css2?family=Roboto…')``) or
  linked from a page (``<link href="https://fonts.googleapis.com/css?family=Roboto:300,400|Material+Icons">``): each
  ``family`` it names.
- in a script or component (``.jsx``, ``.tsx``, ``.js``…, read up to :data:`MAX_SCRIPTS` files that name a font service or
  ``next/font``): a hosted font service's stylesheet linked from the markup it renders (a Next.js layout's
  ``<link href="https://fonts.googleapis.com/css2?family=Oswald…">``), and each family imported from ``next/font/google``
  (``import { Inter, IBM_Plex_Sans } from "next/font/google"``: Next.js downloads each one and serves it to every page; the
  identifier's underscores are the family's spaces). An ``@font-face`` written in a script is not read there.

An ``@font-face`` whose source is a font file of the repository is not listed: the font file itself is counted (the
accessibility-and-ecodesign check measures those). Families are keyed without their weight or style words (``VistaSansOT
Black`` and ``VistaSansOT RegItalic`` are one family, ``Roboto Condensed`` and ``Roboto Slab`` are two). Comments are skipped.
Bounded: at most :data:`MAX_FILES` stylesheets and pages of at most :data:`MAX_BYTES` bytes, in path order; library copies,
generated files, dependency folders and library folders (``lib/timeline/style.css``: a timeline library's demo style, which no page
of the project may load) are not read.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote_plus

from auditor.facts import fact
from auditor.facts.inventory import FONT_EXT, THIRD_PARTY_DIRS, is_generated, is_vendored
from auditor.lazyre import lazy_compile

MAX_FILES = 400
MAX_SCRIPTS = 400
SCRIPT_EXT = {"jsx", "tsx", "js", "ts", "mjs", "svelte", "astro"}  # (scripts and components rendering markup)
MAX_BYTES = 256 * 1024
STYLE_EXT = {"css", "scss", "sass", "less", "styl"}
LIBRARY_DIRS = THIRD_PARTY_DIRS | {"node_modules", "lib", "libs", "library", "libraries", "librairie", "librairies"}
PAGE_EXT = {"html", "htm", "twig", "php", "jsp", "vue", "ejs", "hbs", "erb", "cshtml", "njk", "tpl", "xhtml",
            "jspf", "jspx", "asp", "aspx", "ascx", "master", "vbhtml", "phtml", "vm", "ftl"}  # (server pages and templates)

_FACE = lazy_compile(r"@font-face\s*\{([^{}]{0,4000})\}", re.I)
_FAMILY = lazy_compile(r"font-family\s*:\s*(['\"]?)([^;'\"{}\n]{1,80})\1", re.I)
_URL = lazy_compile(r"url\(\s*(['\"]?)([^'\")\s]{1,2000})\1\s*\)", re.I)
_SERVICE = lazy_compile(r"(?:https?:)?//fonts\.(?:googleapis\.com|bunny\.net)/(?:css2?|icon)\?([^'\"()\s<>]{1,1000})", re.I)
_NEXT_FONT = lazy_compile(r"""import\s*\{([^{}]{1,2000})\}\s*from\s*['"](?:@next/font|next/font)/google['"]""")
_SCRIPT_CUES = ("fonts.googleapis.com", "fonts.bunny.net", "next/font/google")
_PARAM = lazy_compile(r"(?:^|&(?:amp;)?)family=([^&]+)")
_STYLE_WORDS = lazy_compile(r"(?:thin|hairline|extralight|ultralight|light|regular|reg|normal|book|medium|semibold|demibold|"
                            r"extrabold|ultrabold|bold|black|heavy|italic|oblique|\d00)$")
_COMMENTS = {"css": lazy_compile(r"/\*(?:(?!/\*).)*?\*/", re.S),
             # Sass, Less and Stylus also comment a line out with // (a line's start, or after a space or ; { }: not an address's
             # https:// nor url(//fonts…))
             "scss": lazy_compile(r"/\*(?:(?!/\*).)*?\*/|(?:^|(?<=[\s;{}]))//[^\n]*", re.S | re.M), "page": lazy_compile(r"<!--(?:(?!<!--).)*?-->|/\*(?:(?!/\*).)*?\*/", re.S)}


# a font service's hosts: its stylesheets (fonts.googleapis.com/css2?family=…, /icon?family=Material+Icons) and font files
_FONT_HOSTS = frozenset({"fonts.googleapis.com", "fonts.gstatic.com", "fonts.bunny.net", "use.typekit.net", "p.typekit.net"})


def font_address(host: str, url_path: str) -> bool:
    """The address loads a font, no code: a font service's stylesheet or file (Google Fonts, Bunny Fonts, Adobe Fonts) or a font
    file on any host (``…/fonts/Inter.woff2``). A CDN serving only fonts delivers no library the code needs declared."""
    ext = url_path.rsplit("/", 1)[-1].rpartition(".")[2].lower() if "." in url_path.rsplit("/", 1)[-1] else ""
    return host.lower().strip(".") in _FONT_HOSTS or ext in FONT_EXT


def family_key(name: str) -> str:
    """A family's name, letters and digits only, without its weight or style words (``VistaSansOT RegItalic`` ->
    ``vistasansot``, ``Roboto Condensed`` -> ``robotocondensed``)."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    while True:
        short = _STYLE_WORDS.sub("", key)
        if short == key or len(short) < 2:
            return key
        key = short


def _blank(m: re.Match) -> str:
    return "\n" * m.group(0).count("\n")  # a comment keeps its lines, so that line numbers hold


def _in_repository(source: str, url: str, paths: set[str], font_names: set[str]) -> bool:
    """Whether a relative ``url`` of ``source`` names a font file of the repository (resolved, or by its file name: a
    Sass variable's folder, a root-relative web path)."""
    url = re.split(r"[?#]", url, maxsplit=1)[0]
    if not url or "#{" in url or "$" in url:
        return bool(url) and url.rsplit("/", 1)[-1].lower() in font_names
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), url)).lstrip("/")
    return resolved in paths or url.rsplit("/", 1)[-1].lower() in font_names


def fonts_in(path: str, text: str, paths: set[str], font_names: set[str]) -> list[list]:
    """``[path, line, family key, family name, where]`` for each web font ``text`` loads from outside the repository;
    ``where``: the host, ``outside`` (a relative path out of the repository), ``embedded`` or ``next/font/google``."""
    ext = path.rsplit(".", 1)[-1].lower()
    script = ext in SCRIPT_EXT
    text = _COMMENTS[("css" if ext == "css" else "scss") if ext in STYLE_EXT or script else "page"].sub(_blank, text)
    found: list[list] = []
    for m in _NEXT_FONT.finditer(text) if script else ():
        for one in m.group(1).split(","):
            name = one.strip().split(" as ", 1)[0].strip().replace("_", " ")
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]{0,60}", name) and not name.startswith("type "):
                found.append([path, text.count("\n", 0, m.start()) + 1, family_key(name), name, "next/font/google"])
    for m in () if script else _FACE.finditer(text):
        family = _FAMILY.search(m.group(1))
        urls = [u.group(2) for u in _URL.finditer(m.group(1))]
        name = family.group(2).strip() if family else ""
        if not name or name[0] in "$@" or name.startswith("var(") or not urls:
            continue
        if any(not re.match(r"(?:[a-z]+:)?//|data:", u, re.I) and _in_repository(path, u, paths, font_names) for u in urls):
            continue  # the font file is the repository's: counted as a file
        first = urls[0]
        host = re.match(r"(?:[a-z]+:)?//([^/:]+)", first, re.I)
        where = host.group(1).lower() if host else "embedded" if first.lower().startswith("data:") else "outside"
        found.append([path, text.count("\n", 0, m.start()) + 1, family_key(name), name, where])
    for m in _SERVICE.finditer(text):
        host = re.match(r"(?:https?:)?//([^/]+)", m.group(0), re.I).group(1).lower()
        for p in _PARAM.finditer(m.group(1)):
            for one in unquote_plus(p.group(1)).split("|"):
                name = one.split(":", 1)[0].strip()
                if name:
                    found.append([path, text.count("\n", 0, m.start()) + 1, family_key(name), name, host])
    return found


@fact("web_fonts", version=5, public=False)
def web_fonts(ctx) -> list:
    """The web fonts loaded from outside the repository by the project's own stylesheets and pages (see the module's
    docstring), as ``[path, line, family key, family name, where]`` rows in path and line order."""
    files = ctx.snapshot.files
    paths = set(files)
    font_names = {e.name.lower() for e in files.values() if e.ext in FONT_EXT}
    readable = sorted(e.path for e in files.values() if e.kind in ("file", "executable") and e.ext in STYLE_EXT | PAGE_EXT
                      and e.size <= MAX_BYTES and not {s.lower() for s in e.path.split("/")[:-1]} & LIBRARY_DIRS and not is_vendored(e.path)
                      and not is_generated(e.path))
    rows: list[list] = []
    for path in readable[:MAX_FILES]:
        text = ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""
        if "font" in text.lower():
            rows += fonts_in(path, text, paths, font_names)
    scripts = sorted(e.path for e in files.values() if e.kind == "file" and e.ext.lower() in SCRIPT_EXT and e.size <= MAX_BYTES
                     and not {s.lower() for s in e.path.split("/")[:-1]} & LIBRARY_DIRS and not is_vendored(e.path)
                     and not is_generated(e.path))
    for path, text in ctx.snapshot.iter_text(scripts[:MAX_SCRIPTS], limit=MAX_BYTES):
        if any(cue in text for cue in _SCRIPT_CUES):
            rows += fonts_in(path, text, paths, font_names)
    return sorted(rows)


# the signatures a WOFF, WOFF2, TrueType, OpenType or font collection file opens on (EOT has none: its header opens on sizes)
_FONT_SIGNS = (b"wOFF", b"wOF2", b"\x00\x01\x00\x00", b"OTTO", b"true", b"typ1", b"ttcf")
_SMALL = 4096  # a font under 4 KB is rare; a placeholder is a line or two
_MAX_SMALL = 200


@fact("font_placeholders", version=1, public=False)
def font_placeholders(ctx) -> list:
    """Files named as fonts (.woff, .woff2, .ttf, .otf) that are no font: under 4 KB and not opening on their format's signature
    (a 113-byte "# Placeholder for Cal Sans font" text under CalSans-SemiBold.woff2), in path order; the first 200 small ones read."""
    small = sorted(e.path for e in ctx.snapshot.files.values() if e.kind == "file" and e.ext in FONT_EXT and e.ext != "eot"
                   and e.size < _SMALL)
    return [p for p in small[:_MAX_SMALL] if not (ctx.snapshot.read_bytes(p, _SMALL) or b"").startswith(_FONT_SIGNS)]


# A font a document build embeds in the e-book it writes (pandoc's `--epub-embed-font=data/static/assets/fonts/fa-solid-900.ttf` in a
# Taskfile, a Makefile or a script; `epub-fonts:` in pandoc's defaults file): the EPUB's, downloaded by no web page (issue 12, s40
# fd40 = opt-nc/odata-referentiel-metiers). Read in build files only (Taskfile, Makefile, shell scripts, YAML), at most
# _MAX_BUILD_FILES of at most _BUILD_BYTES, in path order; the path written from the repository's root.
_EPUB_FONT = lazy_compile(r"""--epub-embed-font[= ][ \t]*["']?([^\s"'\\]+)|^[ \t]*epub-fonts[ \t]*:[ \t]*\[?[ \t]*["']?([^\s"'\],]+)""", re.M)
_EPUB_FONT_ITEM = lazy_compile(r"""^[ \t]*-[ \t]+["']?([^\s"']+\.(?:ttf|otf|woff2?))["']?[ \t]*$""", re.M)
_BUILD_FILE = lazy_compile(r"^(?:Taskfile(?:\.dist)?\.ya?ml|Makefile|GNUmakefile|[\w.-]+\.(?:mk|sh|bash|ya?ml|ps1|bat|cmd))$")
_MAX_BUILD_FILES, _BUILD_BYTES = 60, 256 * 1024


@fact("document_fonts", version=1, public=False)
def document_fonts(ctx) -> list:
    """The font files of the repository (paths) that a document build embeds in an EPUB, named as said above; sorted."""
    snap = ctx.snapshot
    fonts = {e.path for e in snap.files.values() if e.ext in FONT_EXT}
    if not fonts:
        return []
    out: set[str] = set()
    builds = sorted(e.path for e in snap.files.values() if e.kind in ("file", "executable") and _BUILD_FILE.match(e.name) and e.size <= _BUILD_BYTES)
    for path in builds[:_MAX_BUILD_FILES]:
        text = snap.read_text(path, limit=_BUILD_BYTES) or ""
        if "epub" not in text:
            continue
        named = [m.group(1) or m.group(2) for m in _EPUB_FONT.finditer(text)]
        if re.search(r"(?m)^[ \t]*epub-fonts[ \t]*:[ \t]*$", text):  # (a defaults file's list under epub-fonts:)
            named += [m.group(1) for m in _EPUB_FONT_ITEM.finditer(text)]
        out |= {p for n in named[:50] if (p := posixpath.normpath(n)) in fonts}
    return sorted(out)
