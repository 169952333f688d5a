"""The icons of a website or web application among its raster images (read as text, nothing is run): the pictures browsers and
operating systems ask for in fixed formats (ICO or PNG favicons, PNG home-screen and tile icons), which no page shows as content.

An image is an icon when

- its file name is an icon's by convention: ``favicon*``, ``apple-touch-icon*``, ``apple-icon*``, ``android-chrome-*``,
  ``android-icon*``, ``mstile-*``, ``ms-icon*``, ``safari-pinned-tab*``, ``maskable-icon*``, ``pwa-192x192.png``;
- or a web app manifest lists it among its ``icons`` (``manifest.json``, ``manifest.webmanifest``, ``site.webmanifest``; a browser
  extension's ``icons`` by size too);
- or a page links it as the site's icon (``<link rel="icon" href="…">``, ``shortcut icon``, ``apple-touch-icon``, ``mask-icon``);

but not when a page also shows it (``<img src="…">``): a logo that is both the favicon and the navigation bar's picture is an image
of the interface (issue 12, s27 u27: an Angular app's PNG logo, ``<link rel="icon">`` in index.html and ``<img>`` in its navbar
component). A template's relative ``src`` that names no file from its folder (``../../../assets/img/logo.png``, resolved by the
framework from the served root) names the one image whose path ends with it.

A manifest's or a page's reference is resolved from its file's folder; a root-relative one (``/static/icon-192.png``) names the
images whose path ends with it. Bounded: at most :data:`MAX_FILES` manifests and pages of at most :data:`MAX_BYTES` bytes each, in
path order; library copies and generated files are not read. Value: the icons' paths, sorted.
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts import fact
from auditor.facts.inventory import RASTER_EXT, is_generated, is_vendored
from auditor.facts.web_fonts import PAGE_EXT
from auditor.lazyre import lazy_compile
from auditor.safejson import loads

MAX_FILES = 400
MAX_BYTES = 256 * 1024
ICON_NAME = lazy_compile(r"^(?:favicon|apple-touch-icon|apple-icon|android-chrome|android-icon|mstile|ms-icon|safari-pinned-tab|"
                         r"maskable[-_]icon|pwa-(?:\d+x\d+|maskable))(?![a-z])", re.I)
MANIFEST_NAMES = ("manifest.json", "manifest.webmanifest", "site.webmanifest")
_LINK = lazy_compile(r"<link\b[^<>]{0,600}>", re.I)
_ICON_REL = lazy_compile(r"""\brel\s*=\s*["']?[^"'<>]*\b(?:icon|apple-touch-icon(?:-precomposed)?|mask-icon)\b""", re.I)
_HREF = lazy_compile(r"""\bhref\s*=\s*(["'])([^"'<>\s]{1,500})\1""", re.I)
_IMG_SRC = lazy_compile(r"""<img\b[^<>]{0,600}?\bsrc\s*=\s*(["'])([^"'<>\s]{1,500})\1""", re.I)


def is_icon_name(name: str) -> bool:
    """Whether a file's name is an icon's by convention (favicon-32x32.png, apple-touch-icon.png, mstile-150x150.png)."""
    return bool(ICON_NAME.match(name))


def _refs_of_manifest(text: str) -> list[str]:
    try:
        doc = loads(text)
    except (ValueError, RecursionError):
        return []
    icons = doc.get("icons") if isinstance(doc, dict) else None
    if isinstance(icons, dict):  # (a browser extension's manifest: {"16": "icons/16.png", …})
        return [v for v in icons.values() if isinstance(v, str)][:100]
    return [i["src"] for i in icons if isinstance(i, dict) and isinstance(i.get("src"), str)][:100] if isinstance(icons, list) else []


def _refs_of_page(text: str) -> list[str]:
    refs = []
    for m in _LINK.finditer(text):
        tag = m.group(0)
        href = _HREF.search(tag)
        if href and _ICON_REL.search(tag):
            refs.append(href.group(2))
    return refs[:100]


def _shown(source: str, text: str, images: list[str]) -> set[str]:
    """The images a page shows with ``<img src>``: resolved from its folder, else the single image whose path ends with the
    reference stripped of its leading ``./`` and ``../`` (a component's template, resolved from the served root)."""
    shown = set()
    for m in list(_IMG_SRC.finditer(text))[:200]:
        ref = m.group(2)
        found = _resolve(source, ref, images)
        tail = re.sub(r"^(?:\.\.?/)+", "", re.split(r"[?#]", ref, maxsplit=1)[0])
        if not found and tail != ref and "/" in tail and not re.match(r"(?:[a-z][a-z0-9+.-]*:)?//|data:|[{$<%]", tail, re.I):
            found = [p for p in images if p.endswith("/" + tail)]
            found = found if len(found) == 1 else []
        shown.update(found)
    return shown


def _resolve(source: str, ref: str, images: list[str]) -> list[str]:
    """The images ``ref``, written in ``source``, names: resolved from the source's folder, or by its end when root-relative."""
    ref = re.split(r"[?#]", ref, maxsplit=1)[0]
    if not ref or re.match(r"(?:[a-z][a-z0-9+.-]*:)?//|data:|[{$<%]", ref, re.I) or "{{" in ref:
        return []
    if ref.startswith("/"):
        tail = posixpath.normpath(ref).lstrip("/")
        return [p for p in images if p == tail or p.endswith("/" + tail)]
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), ref))
    return [resolved] if resolved in images else []


@fact("web_icons", version=2, public=False)
def web_icons(ctx) -> list:
    """The raster images that are the site's or the app's icons (see the module's docstring), sorted."""
    files = ctx.snapshot.files
    images = sorted(e.path for e in files.values() if e.kind in ("file", "executable") and e.ext in RASTER_EXT)
    icons = {p for p in images if is_icon_name(p.rsplit("/", 1)[-1])}
    readable = sorted(e.path for e in files.values() if e.kind in ("file", "executable") and e.size <= MAX_BYTES
                      and (e.name.lower() in MANIFEST_NAMES or e.name.lower().endswith(".webmanifest") or e.ext in PAGE_EXT)
                      and not is_vendored(e.path) and not is_generated(e.path))
    shown = set()
    for path in readable[:MAX_FILES] if images else []:
        text = ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""
        name = path.rsplit("/", 1)[-1].lower()
        manifest = name in MANIFEST_NAMES or name.endswith(".webmanifest")
        if not manifest and "<img" in text.lower():
            shown |= _shown(path, text, images)
        if (manifest and '"icons"' not in text) or (not manifest and "icon" not in text.lower()):
            continue
        for ref in _refs_of_manifest(text) if manifest else _refs_of_page(text):
            icons.update(_resolve(path, ref, images))
    return sorted(icons - shown)
