"""One territory's code compared in a map style's filter: an OGC filter of an SLD or SE style (or a WFS query), a QGIS expression
of a style's rules or a layer's subset (issue 12, s27, a métropole's GeoServer style kit).

A rule drawing one commune's features (``<ogc:PropertyIsEqualTo><ogc:PropertyName>code_insee</ogc:PropertyName>
<ogc:Literal>35238</ogc:Literal>``, the kit's nineteen filters on the métropole's central commune) or a QGIS rule
(``filter="&quot;insee&quot; = '35238'"``) holds one territory's code: a second territory edits the style
(``reusability.territory-neutral``) and the code is an identifier written in the kit (``interoperability.identifiers``).

Only a property named for the identifier, and a literal of its shape: a commune's INSEE code (five characters, 2A/2B for
Corsica) for an INSEE or commune-code property, a département's (two or three) for a département-code property, nine digits for
a SIREN or an intercommunality's code. Paris, Lyon and Marseille's codes and arrondissements are a national rule. Never inside an
XML comment, nor in a style shipped with a data set in a data folder (an SDK's sample _data/datasets/CANTON_style.sld colouring
four départements: the sample's presentation, no setting of the code). Registered by
:data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of
from auditor.lazyre import lazy_compile

_PROPERTY = (r"(\w{0,30}?(?:insee|code_?commune|codecommune|commune_?code|depcom|codgeo|code_?geo|citycode|code_?dep|code_?dpt|dep_?code"
             r"|codedep|num_?dep|siren|epci)\w{0,30})")
_VALUE = r"((?:\d[0-9AB]\d{3}|\d{9}|\d{2,3}|2[AB]))"
_INSEE_NAME = lazy_compile(r"insee|commune|depcom|codgeo|code_?geo|citycode", re.I)
_DEP_NAME = lazy_compile(r"dep|dpt", re.I)
_SIREN_NAME = lazy_compile(r"siren|epci", re.I)
_CLASSES = ("code", "template", "config", "other")
_PLM = lazy_compile(r"^(75056|69123|13055|751\d\d|6938\d|132\d\d)$")


def _code_of_property(name: str, value: str) -> bool:
    """The value has the shape of the identifier the property is named for (an INSEE property and five characters…)."""
    if _SIREN_NAME.search(name):
        return len(value) == 9
    if _DEP_NAME.search(name) and not re.search(r"depcom", name, re.I):
        return len(value) in (2, 3) and value != "00"
    return bool(_INSEE_NAME.search(name)) and len(value) == 5 and not _PLM.match(value)


def _outside_comment(m) -> bool:
    s = m.string
    return s.rfind("<!--", 0, m.start()) <= s.rfind("-->", 0, m.start())


def _accept(m) -> bool:
    return _code_of_property(m.group(1), m.group(2)) and _outside_comment(m)


# (OGC Filter Encoding 1.x and 2.0, ogc: or fes: or no prefix; the property may carry a namespace: ms:code_insee)
signal("territory.ogc-filter",
       r"""<(?:ogc:|fes:)?(?:PropertyName|ValueReference)>\s*(?:[\w-]{1,30}:)?""" + _PROPERTY + r"""\s*</(?:ogc:|fes:)?(?:PropertyName|ValueReference)>"""
       r"""\s*<(?:ogc:|fes:)?Literal>\s*""" + _VALUE + r"""\s*</(?:ogc:|fes:)?Literal>""",
       ("propertyname", "valuereference"), exts={"sld", "se", "xml", "qml", "qgs", "qlr"}, classes=_CLASSES, group=2, accept=_accept)
# (a QGIS expression, its quotes escaped in the project's XML: "code_insee" = '35238', "insee" IN ('35238', …))
signal("territory.qgis-filter",
       r"""(?:&quot;|")""" + _PROPERTY + r"""(?:&quot;|")\s*(?:=|\bin\s*\()\s*'""" + _VALUE + r"""'""",
       ("&quot;", '"'), exts={"qml", "qgs", "qlr"}, classes=_CLASSES, group=2, accept=_accept)


# (a query written in the code's strings, a Python ETL's "SELECT * FROM {0} WHERE depcom::text like '75%'": the SQL filters of
# territory.sql-filter, read in code files after the WHERE, AND, OR or ON that opens a condition; issue 12, s37 rc37, an urbanism
# agency's MAJIC loader keeping Paris's rows)
_COLUMN = r"""[\w."]{0,40}"""
signal("territory.code-sql-filter",
       r"""\b(?:where|and|or|on)\s+(?:"""
       r"""(?:left|substr(?:ing)?)\s*\(\s*""" + _COLUMN + r"""(?:insee|depcom|code_?geo|codgeo)[\w"]{0,30}\s*(?:,\s*1\s*)?,\s*[23]\s*\)\s*(?:=\s*'(\d{2,3}|2[AB])'|in\s*\(\s*'(\d{2,3}|2[AB])')"""
       r"""|""" + _COLUMN + r"""(?:code_?dep(?:artement)?|insee_?dep|dep(?:artement)?_?code|num_?dep|code_?reg(?:ion)?|insee_?reg|reg(?:ion)?_?code)[\w"]{0,30}\s*(?:=\s*'(\d{2,3}|2[AB])'|in\s*\(\s*'(\d{2,3}|2[AB])')"""
       r"""|""" + _COLUMN + r"""(?:insee|depcom|code_?geo|codgeo)[\w"]{0,30}(?:::\w{1,20})?\s*(?:~~\*?|i?like)\s*'(\d{2}|2[AB])%')""",
       ("where", "and", "or", "on"), classes=("code",), accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))  # (nor a
# comment's line, whatever opens it: #, //, --, a block's /* or *, an HTML <!--, a template's {# or {{!--, as the text scan's other signals)


# (an identifier field compared with one territory's code inside a query string the code builds: an API's where clause,
# `code_departement=974${…}` of an Opendatasoft Explore query keeping every BOAMP notice to La Réunion, "code_insee='97411'", an
# OData "$filter=code_insee eq '97411'", a URL's ?code_dep=95; issue 12, s41 fi41 = gitreunion/datacup-challenge-techtek-solutions):
# the value is written in the code. Only inside a string literal of a code file (its line has an odd number of one quote before the
# match), the property named for the identifier and the value of its shape; not a comment's line)
_QUOTES = ("`", '"', "'")


def _in_query_string(m) -> bool:
    line = _line_of(m)
    if line.lstrip().startswith(_COMMENT_START):
        return False
    s = m.string
    before = s[max(s.rfind("\n", 0, m.start()) + 1, m.start() - 400):m.start()]
    return any(before.count(q) % 2 == 1 for q in _QUOTES) and _code_of_property(m.group(1), m.group(2))


signal("territory.query-filter",
       r"""(?<![\w.$-])""" + _PROPERTY + r"""\s{0,3}(?:==?|\s(?:eq|EQ)\s)\s{0,3}(?:%2[27]|["'])?""" + _VALUE + r"""(?:%2[27]|["'])?(?![\w.%-])""",
       ("insee", "commune", "depcom", "codgeo", "code_geo", "codegeo", "citycode", "code_dep", "codedep", "dep_code", "code_dpt", "num_dep",
        "siren", "epci"), classes=("code",), group=2, accept=_in_query_string)


# (the first two or three characters of a commune's INSEE code compared, in code, with one département's code: the département a
# service keeps — an OpenFisca extension's `prefix = code_insee[0:2]` then `result = (prefix == "93")`, "Résident en
# Seine-Saint-Denis"; `depcom.startswith("93")`, `codeInsee.substring(0, 2) === "93"`, `.equals("93")`; issue 12, s44 ff44 =
# betagouv/openfisca-cd93): SQL's LEFT(code_insee, 2) = '93' (territory.code-sql-filter) written as a slice or a prefix test. Directly
# on the slice, or on a variable the slice was given to within the 5 lines above. Corsica's 2A/2B and the overseas' 97/98 (a
# national rule every reuser applies) and a département given as a variable are no territory's value; nor a comment's line)
_IDENT = r"""[\w.$>-]{0,40}?(?:insee|code_?commune|codecommune|commune_?code|depcom|codgeo|code_?geo|citycode)\w{0,30}"""
_SLICE = r"""(?:(?:\.str)?\[\s*0?\s*:\s*[23]\s*\]|\.(?:substring|substr|slice)\(\s*0\s*,\s*[23]\s*\))"""
_COMPARE = r"""\s*(?:===?|!==?|\s(?:not\s+)?in\s|\s(?:eq|ne)\s|\.equals\()\s*[(\[]?\s*"""
_SLICE_LEN = lazy_compile(r"""(?:\[\s*0?\s*:\s*|\(\s*0\s*,\s*)([23])\s*[\])]""")


def _assigned_slice(m) -> str | None:
    """The slice the compared variable (group 1) was given within the 5 lines above, as written, else None."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    above = s[max(0, start - 2000):start].split("\n")[-6:]
    given = re.compile(rf"""(?<![\w.]){re.escape(m.group(1))}\s*=\s*(?:{_IDENT}{_SLICE}|\bsubstr\(\s*{_IDENT}\s*,\s*0\s*,\s*[23]\s*\))""", re.I)
    return next((g.group(0) for line in reversed(above) if (g := given.search(line))), None)


def _prefix_accept(m) -> bool:
    from auditor.facts.territory_values import in_code

    value = m.group(2)
    if not (re.fullmatch(r"0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|97[1-6]", value) and in_code(m)):
        return False
    sliced = _assigned_slice(m) if m.group(1) else m.group(0)
    if sliced is None:
        return False
    n = _SLICE_LEN.search(sliced)
    return n is None or int(n.group(1)) == len(value)  # (startswith: any; a slice: as long as the code)


signal("territory.code-prefix-filter",
       r"""(?:""" + _IDENT + r"""(?:""" + _SLICE + _COMPARE + r"""|\.(?:startswith|startsWith)\(\s*)|\bsubstr\(\s*""" + _IDENT
       + r"""\s*,\s*0\s*,\s*[23]\s*\)""" + _COMPARE + r"""|(?<![\w.$])([A-Za-z_]\w{0,40})""" + _COMPARE + r""")["'](\d{2,3})["']""",
       ("insee", "depcom", "codgeo", "code_geo", "codegeo", "citycode", "code_commune", "codecommune", "commune_code"),
       classes=("code",), group=2, accept=_prefix_accept)
