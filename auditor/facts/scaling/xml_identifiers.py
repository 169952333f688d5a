"""Addresses that are names, not servers (``scaling.url``): the value of an XML namespace declaration (``xmlns:cc="http://web.resource.org/cc/"``,
``xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"``, in markup or in a string of code writing it, quotes escaped or not),
an RDF identifier (``rdf:about``, ``rdf:resource``), and a page's own identifier in a meta element (Dublin Core's ``Identifier-URL``,
``DC.identifier``, Open Graph's ``og:url``). Nothing fetches them (issue 12, s25 o3: an SVG header written by PHP)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the value of an XML namespace declaration or an RDF identifier, in markup or in a string that writes it (xmlns:cc=\"http://…)
_IDENTIFIER_ATTR = lazy_compile(r"""\b(?:xmlns(?::[\w.-]{1,40})?|rdf:(?:about|resource))[ \t]*=[ \t]*\\?["']$""")
# a page's own identifier in a meta element (Dublin Core's Identifier-URL, DC.identifier, Open Graph's og:url)
_IDENTIFIER_META = lazy_compile(r"""<meta\b[^<>\n]{0,80}?\b(?:name|property)[ \t]*=[ \t]*\\?["'](?:identifier-url|dc\.identifier|og:url)\\?["']"""
                                r"""[^<>\n]{0,40}?\bcontent[ \t]*=[ \t]*\\?["']$""", re.I)


def names_an_identifier(m) -> bool:
    """The address matched by ``m`` is such a name (the text just before it, on its line, declares it)."""
    s, start = m.string, m.start()
    return bool(_IDENTIFIER_ATTR.search(s, max(0, start - 40), start) or _IDENTIFIER_META.search(s, max(0, start - 200), start))
