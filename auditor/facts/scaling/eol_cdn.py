"""Framework versions a page loads from a CDN (``end_of_life``): a static site or a map viewer without any
manifest pins its libraries in the addresses of its ``<script src>`` and ``<link href>`` tags
(``stackpath.bootstrapcdn.com/bootstrap/4.2.1/css/bootstrap.min.css``, ``cdn.jsdelivr.net/npm/vue@2.6.14``,
``ajax.googleapis.com/ajax/libs/angularjs/1.5.8/angular.min.js``). Read as text, never fetched."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PAGES = 40
PAGE_EXT = (".html", ".htm", ".php", ".tpl", ".twig", ".jsp", ".ejs", ".hbs", ".vue", ".erb")

# a script or stylesheet address: the library's name then its version, as a folder (/4.2.1/) or an npm tag (@4.2.1)
_CDN = lazy_compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//[^"'\s>]*?[/@]"""
                    r"""(twitter-bootstrap|bootstrap|angularjs|angular\.js|angular|vue)[/@]v?(\d+(?:\.\d+){0,2})(?=[/"'\s>])""", re.I)
_PRODUCT = {"twitter-bootstrap": "bootstrap", "bootstrap": "bootstrap", "angularjs": "angularjs", "angular.js": "angularjs",
            "angular": "angularjs", "vue": "vue"}  # (the "angular" npm package is AngularJS 1.x; Angular 2+ is @angular/core)


def pages(paths: list[str]) -> list[str]:
    """The pages and templates whose CDN addresses are read, in path order, bounded."""
    return sorted(p for p in paths if p.lower().endswith(PAGE_EXT))[:MAX_PAGES]


def cdn_versions(text: str) -> list[tuple[str, str, int, str]]:
    """``(product, version, position, address excerpt)`` of each framework a page loads from a CDN by version."""
    out = []
    for m in _CDN.finditer(text):
        name = m.group(1).lower()
        if name == "angular" and not m.group(2).startswith("1"):
            continue
        out.append((_PRODUCT[name], m.group(2), m.start(), m.group(0)[-120:]))
    return out
