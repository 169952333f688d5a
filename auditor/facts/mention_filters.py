"""Where a match of a text signal is a mention, not a use: in a JSON string of prose, after a map layer's attribution, in the text a
page shows, as an account's name, in a link a person follows or its label, in a quoted string of prose making up its line of code
(the accept filters of :mod:`auditor.facts.format_signals` and :mod:`auditor.facts.signals`)."""

from __future__ import annotations

import re

from auditor.facts.territory_values import _line_of
from auditor.lazyre import lazy_compile


# a JSON string value written as prose (a how-to site's cards: "description": "à partir d'un export des données d'osm en geojson,
# nous allons…", "body": "<h1>Géocoder un fichier…"): what a tutorial tells its readers, not what the project reads or writes
_JSON_PROSE = lazy_compile(r"""^\s*"[\w-]+"\s*:\s*"((?:[^"\\]|\\.)*)""")


def in_json_prose(m) -> bool:
    """The match sits in a JSON string value of eight words or more (prose), not in code or a setting."""
    pm = _JSON_PROSE.match(_line_of(m))
    return bool(pm) and len(re.findall(r"[^\W\d_]{2,}\s", pm.group(1)[:2000])) >= 8


_ATTRIBUTION = lazy_compile(r"\battributions?\b", re.I)


def in_attribution(m) -> bool:
    """The match comes after an ``attribution`` on its line: a map layer's credit (OpenLayers' ``new ol.Attribution({html: "<a
    href='http://www.geoportail.fr/'><img src='…ign.fr/geoportail/…/logo_gp.gif'></a>"})``, Leaflet's ``attribution: '© IGN'``), a link
    and a logo, not the service the layer reads (its URL, before the credit, still counts)."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    return bool(_ATTRIBUTION.search(m.string, start, m.start()))


# a portal's name in the text a page shows (a site's title <h1>GEOPORTAL AECT/GÉOPORTAIL GECT</h1>, its help panel's "<p>Ce GEOPORTAIL
# provisoire…</p>"): local authorities call their own map portal a "géoportail"; IGN's Géoportail or Géoplateforme is used through its
# address, its SDK or a setting, not through a word a visitor reads
_PLATFORM_NAME = lazy_compile(r"g[ée]oportail|g[ée]oplateforme", re.I)
_PAGE_TAG = lazy_compile(r"</?([A-Za-z][\w:-]*)\b[^<>]*>")
_CODE_MARK = lazy_compile(r"""["`{}$]|(?<![^\W\d_])'|'(?![^\W\d_])""")  # (a quote, not prose's apostrophe: "d'information")


def platform_name_in_page_text(m) -> bool:
    """The match is a platform's bare name (géoportail, géoplateforme) in the text of an HTML element on its line: after a tag's
    ``>`` (not a script's or a style's), before the next ``<``, with no quote, brace or ``$`` between (no code building the page)."""
    if not _PLATFORM_NAME.fullmatch(m.group(0)):
        return False
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    before, after = m.string[start:m.start()], m.string[m.end(): end if end != -1 else len(m.string)]
    lt, gt = before.rfind("<"), before.rfind(">")
    tag = _PAGE_TAG.fullmatch(before, lt, gt + 1) if 0 <= lt < gt else None
    if not tag or tag.group(1).lower() in ("script", "style") or _CODE_MARK.search(before[gt + 1:]):
        return False
    nxt = after.find("<")
    return nxt != -1 and ">" not in after[:nxt] and not _CODE_MARK.search(after[:nxt])


_ACCOUNT_KEY = lazy_compile(r"""\b(?:user_?name|user|login|account)['"]?\s*[:=]\s*['"]?$""", re.I)


def in_account_name(m) -> bool:
    """The match is the value of a user name (GeoNames' ``username: "georchestra"``, a demo account), not the product."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    return bool(_ACCOUNT_KEY.search(m.string[max(start, m.start() - 60): m.start()]))


# a link a person follows, or its label (a login page's footer of the vendor's other products: <a id="iparapheur"
# href="https://www.libriciel.fr/logiciels/iparapheur" title="En savoir plus…"><img alt="iparapheur" src="data:…"></a>)
_ANCHOR_OPEN = lazy_compile(r"<a[\s>]", re.I)
_ANCHOR_CLOSE = lazy_compile(r"</a\s*>", re.I)
_TAG_NAME = lazy_compile(r"<([A-Za-z][\w:-]*)(?=[\s/>])")
_ATTR_VALUE_BEFORE = lazy_compile(r"""([\w:.-]+)\s*=\s*["'][^"'<>]*$""")
_LABEL_ATTRS = frozenset({"alt", "title", "aria-label", "aria-description"})
LINK_WINDOW = 2000


def in_page_link(m) -> bool:
    """The match is a link a person follows or the label of one, not a service the code calls: in an ``<a …>`` tag (its href, id,
    title), in the text of an ``<a>…</a>`` element, or in a label attribute (alt, title, aria-label) of another tag. A script's or an
    image's ``src``, a form's ``action`` and a field's ``name`` stay: they load, post to or configure the service. (The tag is looked
    for in the 2,000 characters before the match.)"""
    start = max(0, m.start() - LINK_WINDOW)
    window = m.string[start:m.start()]
    lt, gt = window.rfind("<"), window.rfind(">")
    if lt > gt:  # inside a tag
        tag = _TAG_NAME.match(window, lt)
        if not tag:
            return False
        if tag.group(1).lower() == "a":
            return True
        attr = _ATTR_VALUE_BEFORE.search(window, lt)
        return bool(attr) and attr.group(1).lower() in _LABEL_ATTRS
    opened = [x.start() for x in _ANCHOR_OPEN.finditer(window)]
    closed = [x.start() for x in _ANCHOR_CLOSE.finditer(window)]
    return bool(opened) and opened[-1] > (closed[-1] if closed else -1)


# a line of code that is one quoted string of prose ("'- Si mesure d'audience souhaitée : propose Plausible ou Matomo.',", an item of a
# prompt or a help text kept in a JS array): a product named in a sentence, not one the code calls
_STRING_LINE = lazy_compile(r"""^\s*(?:[\w$.\[\]"']+\s*[:=]\s*)?(['"`])(.*)\1\s*[,;+)]?\s*$""")


def in_prose_string(m) -> bool:
    """The match sits in a quoted string of eight words or more that makes up its whole line of code."""
    pm = _STRING_LINE.match(_line_of(m))
    return bool(pm) and len(re.findall(r"[^\W\d_]{2,}\s", pm.group(2)[:2000])) >= 8


# a metadata record's keyword (a sample record's {"keyword": "Géoportail", "type": "theme"}, keywords: [...], <gmd:keyword>…,
# mots_cles = "BD TOPO"): a word describing a data set, not a service or a data set the code reads (s41 ft41)
_KEYWORD_KEY = lazy_compile(r"""(?:["']?\b(?:keywords?|mots?[-_ ]?cl[eé]s?|tags?)["']?\s*(?:=>|[:=])\s*[\[({]?\s*|<(?:[\w-]+:)?keyword\b[^<>]*>"""
                            r"""(?:\s*<[\w:-]+[^<>]*>)?\s*)["']?[^"'\n<]{0,120}$""", re.I)


def in_metadata_keyword(m) -> bool:
    """The match is a value given under a keyword key on its line (a metadata record's keyword, a tag)."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    return bool(_KEYWORD_KEY.search(s[max(start, m.start() - 200): m.start()]))


# a Python module's demonstration block (if __name__ == "__main__":) and a local file's name in a string there (shp_file =
# "shp/31372_bd_topo.shp"): the sample its author tried the module on, no data set the service reads (s41 ft41)
_MAIN_BLOCK = lazy_compile(r"""^if\s+__name__\s*==\s*["']__main__["']\s*:""", re.M)
_LOCAL_FILE = lazy_compile(r"""["']([^"'\n:]{0,200})["']""")


def sample_file_in_main_demo(m) -> bool:
    """The match sits in a local file's name (a quoted path with an extension, no address) inside the ``__main__`` block of a
    Python module, below it and indented."""
    s = m.string
    main = None
    for main in _MAIN_BLOCK.finditer(s, 0, m.start()):
        pass
    if main is None or "\n" not in s[main.end(): m.start()]:
        return False
    line_start = s.rfind("\n", 0, m.start()) + 1
    if not s[line_start: line_start + 1] in (" ", "\t") or re.search(r"^\S", s[main.end(): line_start], re.M):
        return False  # (a line at column 0 closed the block before the match)
    for q in _LOCAL_FILE.finditer(_line_of(m)):
        if q.start() < m.start() - line_start < q.end() and re.search(r"\.\w{2,5}$", q.group(1)):
            return True
    return False


# A JVM import's package path (`import com.mapbox.geojson.Point;`): it names a library's package, no format read or written — a class
# of it used below matches there (FeatureCollection.fromJson(…)) (issue 12, s44 fj44 = MrFreedy/AlloToulouse)
_JVM_IMPORT = lazy_compile(r"^\s*import\s+(?:static\s+)?[A-Za-z_]\w*(?:\.(?:[A-Za-z_]\w*|\*)){2,}\s*;?\s*$")


def jvm_import_line(m) -> bool:
    """The match lies on a Java, Kotlin or Scala import line."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    return bool(_JVM_IMPORT.match(m.string[start:end if end >= 0 else len(m.string)]))
