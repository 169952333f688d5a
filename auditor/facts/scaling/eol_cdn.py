"""Framework versions a page loads from a CDN (``end_of_life``): a static site or a map viewer without any
manifest pins its libraries in the addresses of its ``<script src>`` and ``<link href>`` tags
(``stackpath.bootstrapcdn.com/bootstrap/4.2.1/css/bootstrap.min.css``, ``cdn.jsdelivr.net/npm/vue@2.6.14``, a server's own
``/static/lib/bootstrap/3.3.7/js/bootstrap.min.js``,
``ajax.googleapis.com/ajax/libs/angularjs/1.5.8/angular.min.js``, ``code.jquery.com/jquery-1.11.3.min.js``). Read as text, never
fetched."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PAGES = 40
PAGE_EXT = (".html", ".htm", ".php", ".tpl", ".twig", ".jsp", ".ejs", ".hbs", ".vue", ".erb",
            ".jspf", ".jspx", ".asp", ".aspx", ".ascx", ".master", ".cshtml", ".vbhtml", ".phtml", ".vm", ".ftl")  # (server pages and
# templates: a JCMS plugin's header fragment, an ASP.NET layout, a Velocity or FreeMarker page load the libraries there)

# a script or stylesheet address: the library's name then its version, as a folder (/4.2.1/) or an npm tag (@4.2.1), on a CDN or
# on the server's own path (/static/lib/bootstrap/3.3.7/js/bootstrap.min.js: the library installed beside the site, not committed)
# (jQuery's own CDN names the file after the version: code.jquery.com/jquery-1.11.3.min.js)
_CDN = lazy_compile(r"""(?:src|href)\s*=\s*["']?(?:[^"'\s>]*?[/@])?"""
                    r"""(twitter-bootstrap|bootstrap|angularjs|angular\.js|angular|vue|jquery)[/@]v?(\d+(?:\.\d+){0,2})(?=[/"'\s>])"""
                    r"""|(?:src|href)\s*=\s*["']?(?:https?:)?//code\.jquery\.com/(jquery)-(\d+(?:\.\d+){0,2})(?=[.-])""", re.I)
_PRODUCT = {"twitter-bootstrap": "bootstrap", "bootstrap": "bootstrap", "angularjs": "angularjs", "angular.js": "angularjs",
            "angular": "angularjs", "vue": "vue", "jquery": "jquery"}  # (the "angular" npm package is AngularJS 1.x; Angular 2+ is @angular/core)


# Pages that are not the service's: a copy kept aside (demo/index_old.html beside index.html, page.bak.html) and a font kit's
# specimen (fonts/04b_30/04b_30__-demo.html, which loads its own old jQuery).
_ASIDE = lazy_compile(r"[._-](?:old|bak|backup|orig|copy)\.(?:html?|php|tpl|twig|jsp)$"
                      r"|(?:^|/)fonts?/(?:[^/]+/)*[^/]*(?:demo|specimen|stylesheet)[^/]*\.html?$", re.I)


def pages(paths: list[str]) -> list[str]:
    """The pages and templates whose CDN addresses are read, in path order, bounded (copies kept aside and font kits'
    specimens left out)."""
    return sorted(p for p in paths if p.lower().endswith(PAGE_EXT) and not _ASIDE.search(p))[:MAX_PAGES]


def _html_comments(text: str) -> list[tuple[int, int]]:
    """The spans of the page's closed HTML comments, in one pass: a tag inside one loads nothing (<!--<link href="…bootstrapcdn.com/
    bootstrap/3.2.0/…">--> kept beside the local copy that replaced it)."""
    spans, at = [], 0
    while (start := text.find("<!--", at)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        spans.append((start, end + 3))
        at = end + 3
    return spans


def cdn_versions(text: str) -> list[tuple[str, str, int, str]]:
    """``(product, version, position, address excerpt)`` of each framework a page loads from a CDN by version; a tag commented
    out in HTML (``<!-- … -->``) loads nothing and is skipped."""
    out = []
    hidden = _html_comments(text)
    for m in _CDN.finditer(text):
        if any(a <= m.start() < b for a, b in hidden):
            continue
        name, version = (m.group(1) or m.group(3)).lower(), m.group(2) or m.group(4)
        if name == "angular" and not version.startswith("1"):
            continue
        out.append((_PRODUCT[name], version, m.start(), m.group(0)[-120:]))
    return out


# Frameworks a repository may carry as copied files, under the name the inventory gives them (lib/jquery-1.12/jquery-1.12.0.min.js)
COPIED_PRODUCTS = {"jquery": "jquery", "bootstrap": "bootstrap", "vue": "vue", "angular": "angularjs", "angularjs": "angularjs"}


def copied_framework_versions(inventory: dict) -> list[tuple[str, str, str, str]]:
    """``(product, version, path, excerpt)`` of the frameworks copied into the repository with a version (the inventory's
    ``libraries``), when one of their files is named after the framework itself (bootstrap.css, jquery-1.12.0.min.js, vue.js):
    a plugin named after its host (jquery.scrolly.js, read as "jquery 1.0.0") says nothing of the host's version."""
    out = []
    for lib in inventory.get("libraries") or []:
        name = str(lib.get("name") or "").lower()
        product, version = COPIED_PRODUCTS.get(name), str(lib.get("version") or "")
        if not product or not re.fullmatch(r"\d+(\.\d+){0,2}", version) or (product == "angularjs" and not version.startswith("1.")):
            continue
        own = [p for p in lib.get("paths") or [] if re.fullmatch(re.escape(name) + r"([.-]\d[\w.]*)?(\.min)?\.(js|css)", p.rsplit("/", 1)[-1], re.I)]
        if own:
            out.append((product, version, own[0], f"{lib.get('name')} {version} (copied into the repository)"))
    return out
