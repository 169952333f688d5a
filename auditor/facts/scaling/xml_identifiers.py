"""Addresses that are names, not servers (``scaling.url``): the value of an XML namespace declaration (``xmlns:cc="http://web.resource.org/cc/"``,
``xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"``, in markup or in a string of code writing it, quotes escaped or not),
an RDF identifier (``rdf:about``, ``rdf:resource``), a namespace declared by name or given to a QName, an ISO 19139 code list's identifier (``codeList="…"``), and a page's own identifier in a meta element (Dublin Core's ``Identifier-URL``,
``DC.identifier``, Open Graph's ``og:url``), and a JSON Schema's own identifier (its ``"$id"``, or draft-04's ``"id"`` in a document whose
``"$schema"`` names json-schema.org: ``"id": "http://jsonschema.net"`` left by a generator; s43 fi43). Nothing fetches them (issue 12,
s25 o3: an SVG header written by PHP)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the value of an XML namespace declaration or an RDF identifier, in markup or in a string that writes it (xmlns:cc=\"http://…)
_IDENTIFIER_ATTR = lazy_compile(r"""\b(?:xmlns(?::[\w.-]{1,40})?|rdf:(?:about|resource))[ \t]*=[ \t]*\\?["']$""")
# a page's own identifier in a meta element (Dublin Core's Identifier-URL, DC.identifier, Open Graph's og:url)
_IDENTIFIER_META = lazy_compile(r"""<meta\b[^<>\n]{0,80}?\b(?:name|property)[ \t]*=[ \t]*\\?["'](?:identifier-url|dc\.identifier|og:url)\\?["']"""
                                r"""[^<>\n]{0,40}?\bcontent[ \t]*=[ \t]*\\?["']$""", re.I)


# a namespace declared by its name (an Alfresco content model's <namespace uri="http://…/model/actes/1.0." prefix="actes59"/>, an ASMX
# service's [WebService(Namespace = "http://…/SAE-WS/")], an XSD's targetNamespace, a NAMESPACE_URI constant): the name of a vocabulary
_NAMESPACE_ATTR = lazy_compile(r"""(?:<namespace\b[^<>\n]{0,80}?\buri|(?<![A-Za-z])(?:target)?namespace(?:_?uri)?)["']?[ \t]*[=:][ \t]*\\?["']$""", re.I)
# an ISO 19139 code list's identifier (codeList="http://www.loc.gov/standards/iso639-2/", codeListLocation), as an element's attribute
# in markup or under the attribute's quoted name in code writing the record ({"codeList": "http://…"}, setAttribute("codeList", "…")):
# the standard's name for the list of values, written into the produced XML, never fetched (s41 ft41)
_CODELIST_ATTR = lazy_compile(r"""(?:<[\w:.-]{1,60}\b[^<>\n]{0,300}?\bcodeList(?:Location)?[ \t]*=|["']codeList(?:Location)?["'][ \t]*(?::|=>|,))"""
                              r"""[ \t]*\\?["']$""")
# a constant given the address, then given to a QName of the same file as its namespace (Alfresco's ``String URI = "http://…";``
# then ``QName.createQName(URI, "docinfos")``, javax.xml's ``new QName(NS, "siren")``): the content model's namespace (s31)
_CONSTANT = lazy_compile(r"""\b([A-Za-z_]\w{0,60})[ \t]*=[ \t]*["']$""")


# the pairs of an xsi:schemaLocation (a namespace, then its schema document), any of them
_SCHEMA_LOCATION = lazy_compile(r"""\b(?:xsi:)?schemaLocation[ \t]*=[ \t]*\\?["'][^"'<>\n]{0,600}$""")
# a dict or object opening under a name (NS_REGISTRIES = {, namespaces: {, nsmap={, const NS = {)
_NS_MAP = lazy_compile(r"""(?<![\w$])([A-Za-z_][\w$]{0,60})["']?[ \t]*(?:=|:)[ \t]*(?:dict\()?\{""")
_NS_WORD = lazy_compile(r"(?:^|_)(?:xmlns|ns|nsmap|namespaces?|nss)(?:_|$)", re.I)
# the prefix the address is given under, a short name (a prefix's: "mri": , gml: , 'xlink' =>)
_PREFIX_KEY = lazy_compile(r"""(?:^|[{,\s])["']?[A-Za-z][\w.-]{0,15}["']?[ \t]*(?::|=>)[ \t]*["']$""")
_MAP_LOOKBACK = 1200


def _in_namespace_map(s: str, start: int) -> bool:
    """The address at ``start`` is a prefix's value inside a dict or object named for namespaces opened in the
    :data:`_MAP_LOOKBACK` characters before it (its braces still open)."""
    line = s.rfind("\n", 0, start) + 1
    if not _PREFIX_KEY.search(s, max(line, start - 40), start):
        return False
    begin = max(0, start - _MAP_LOOKBACK)
    for m in reversed(list(_NS_MAP.finditer(s, begin, start))):
        between = s[m.end():start]
        if between.count("{") + 1 <= between.count("}"):
            continue  # (closed before the address: another dict)
        if _NS_WORD.search(re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", m.group(1))):  # (nsMap, xmlNamespaces: their words)
            return True
        if s[m.start() - 1: m.start()] not in ("'", '"'):
            return False  # the innermost variable still open decides (SERVERS = {"gn": "https://…"} is no namespace map)
        # (a quoted key's dict, "iso19139": {…}, one entry of a map named further out)
    return False


# a JSON Schema's identifier: its "$id", or (draft-04 and older) its "id" when the document declares a json-schema.org "$schema"
_SCHEMA_ID = lazy_compile(r"""["']\$id["'][ \t]*:[ \t]*["']$""")
_DRAFT_ID = lazy_compile(r"""["']id["'][ \t]*:[ \t]*["']$""")
_JSON_SCHEMA = lazy_compile(r"""["']\$schema["'][ \t]*:[ \t]*["']https?://json-schema\.org/""")


def _schema_identifier(s: str, start: int) -> bool:
    """The address at ``start`` is a JSON Schema's own identifier (:data:`_SCHEMA_ID`, :data:`_DRAFT_ID` under a json-schema.org
    ``$schema`` in the text's first 4 KB): the schema's name, never fetched."""
    if _SCHEMA_ID.search(s, max(0, start - 20), start):
        return True
    return bool(_DRAFT_ID.search(s, max(0, start - 20), start)) and bool(_JSON_SCHEMA.search(s, 0, 4096))


def names_an_identifier(m) -> bool:
    """The address matched by ``m`` is such a name (the text just before it, on its line, declares it)."""
    s, start = m.string, m.start()
    if s.startswith("://", start):  # (a host matched from its "://": the address starts at its scheme)
        while start > 0 and s[start - 1].isalpha():
            start -= 1
    line = s.rfind("\n", 0, start) + 1
    if _IDENTIFIER_ATTR.search(s, max(0, start - 40), start) or _IDENTIFIER_META.search(s, max(0, start - 200), start) \
            or _NAMESPACE_ATTR.search(s, max(line, start - 200), start) or _SCHEMA_LOCATION.search(s, max(line, start - 640), start) \
            or _CODELIST_ATTR.search(s, max(line, start - 400), start) \
            or _in_namespace_map(s, start) or _schema_identifier(s, start):
        return True
    c = _CONSTANT.search(s, max(line, start - 100), start)
    # (a constant named for a namespace, DATEX_NS = "http://datex2.eu/schema/2/2_0", XMLNS_GML, ns_atom: the name of a vocabulary the
    # code parses with, never fetched; issue 12, s42 vb42 = thepriben/demo-inforoute-084)
    if c and _NS_WORD.search(re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", c.group(1))):
        return True
    return bool(c and "QName" in s and re.search(r"\bQName\s*(?:\.\s*createQName\s*)?\(\s*(?:\w+\.)?" + re.escape(c.group(1)) + r"\s*,", s))
