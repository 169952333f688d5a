"""A site template's own scripts and stylesheets, copied with its demo pages: an admin dashboard built on a free template
(CoolAdmin: public/vendor/ with its libraries, public/js/main.js drawing the template's sample charts, public/css/theme.css,
and the template's demo pages templates/examples/*.html whose footers say "Template by <a href="https://colorlib.com">").

The template's generic files (``main.js``, ``theme.css``, ``style.css``, ``scripts.js``…) carry no banner, so only the demo pages
tell whose they are: a file of the project that at least :data:`MIN_PAGES` pages crediting a template's maker ("Template by …", or
"Designed by" a template shop) load by a relative
path is the template's, not the project's own code. A project's own script has a name of its own (``map.js``, ``box.js``) and
stays its own, even when the credited pages load it.

Read only when the repository holds copied libraries (a template ships them): at most :data:`MAX_PAGES` HTML pages, in path order.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

MAX_PAGES = 100
PAGE_BYTES = 512 * 1024
MIN_PAGES = 2
# the names a template gives its own script and stylesheet
TEMPLATE_STEMS = {"main", "theme", "style", "styles", "script", "scripts", "template"}
# a footer crediting the template's maker with a link to its site ("Template by <a href="https://colorlib.com">Colorlib</a>",
# "Thème par …"); "Designed by" / "Design:" only with a link to a template shop (BootstrapMade, HTML5 UP…): a web agency's
# "Design by" credit on a site it made for the authority says nothing of a template
_TEMPLATE_SHOPS = r"(?:www\.)?(?:colorlib\.com|themewagon\.com|bootstrapmade\.com|html5up\.net|startbootstrap\.com|creative-tim\.com|" \
                  r"templatemo\.com|w3layouts\.com|freehtml5\.co|uicookies\.com|tooplate\.com|untree\.co|templated\.co|bootstrapious\.com)"
_CREDIT = lazy_compile(r"""\b(?:template|theme|th[èe]me)[^\S\n]+(?:by|par)[^\S\n]*:?[^\S\n]*<a[^\S\n][^>\n]{0,200}?href=["']https?://"""
                       r"""|\bdesign(?:ed)?(?:[^\S\n]+(?:by|par))?[^\S\n]*:?[^\S\n]*<a[^\S\n][^>\n]{0,200}?href=["']https?://""" + _TEMPLATE_SHOPS,
                       re.I)
_LOADS = lazy_compile(r"""<script\b[^>\n]{0,200}?\bsrc=["']([^"'\n]{1,300})["']|<link\b[^>\n]{0,200}?\bhref=["']([^"'\n]{1,300}\.css)(?:\?[^"'\n]{0,100})?["']""",
                      re.I)


def template_files(snap, items: list) -> set[str]:
    """The paths of the project's scripts and stylesheets that a copied template's demo pages load (see the module's docstring)."""
    if not any(i.category == "vendored" for i in items):
        return set()
    own = {i.path for i in items if i.category == "source" and i.path.rsplit(".", 1)[-1].lower() in ("js", "css")
           and i.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower() in TEMPLATE_STEMS}
    if not own:
        return set()
    pages = [i.path for i in items if i.path.lower().endswith((".html", ".htm")) and i.category in ("source", "other", "documentation")]
    loaded: dict[str, int] = {}
    for page in pages[:MAX_PAGES]:
        text = snap.read_text(page, limit=PAGE_BYTES) or ""
        if not _CREDIT.search(text):
            continue
        base = posixpath.dirname(page)
        found = set()
        for m in _LOADS.finditer(text):
            ref = (m.group(1) or m.group(2) or "").split("?", 1)[0].split("#", 1)[0]
            if not ref or "://" in ref or ref.startswith(("//", "/", "{", "data:")):
                continue
            path = posixpath.normpath(posixpath.join(base, ref))
            if path in own:
                found.add(path)
        for path in found:
            loaded[path] = loaded.get(path, 0) + 1
    return {p for p, n in loaded.items() if n >= MIN_PAGES}
