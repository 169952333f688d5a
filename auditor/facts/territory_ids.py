"""A commune's INSEE code inside a structured identifier written in SQL (issue 12, s25 o1, a bus network's PostGIS model).

French public transport data (the NeTEx French profile of normes-donnees-tc.org, SIRI, GTFS ids built after it) names its
objects ``FR:<code>:<ObjectType>:<local id>:<producer>``: ``'FR:60159:LA:125:LOC'`` is a stop place of the network whose
authority is the commune 60159. A view that compares a column with such ids (``WHEN la.id_la = 'FR:60159:LA:125:LOC' THEN 100``)
holds one network's objects: a second territory rewrites it (``reusability.territory-neutral``) and the commune's code is a
hard-coded identifier (``interoperability.identifiers``).

Only the identifier's structure makes the five characters a commune's code: ``FR:``, a code whose first two characters are a
département's (01-95, 2A/2B; 971-976 overseas), then ``:``, an object type (letters) and ``:`` — a bare five-digit number in a
literal (``'60159'``, ``'12345'``) is no signal here. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import functools
import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_codes import _names_commune, one_territory
from auditor.facts.territory_values import in_code, in_sql
from auditor.lazyre import lazy_compile

signal("territory.sql-insee-id",
       r"""['"]FR:((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3}|97[1-6]\d{2}):[A-Za-z][A-Za-z_]{0,29}:[\w.-]{1,40}""",
       ("fr:",), flags=0, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1, accept=in_sql)


# A mapping in code from communes' INSEE codes to their names (a pipeline's COMMUNES = {"35069": "Châteaugiron", "35039": "Brecé", …}
# feeding its geocoding queries; a PHP array's '35069' => 'Châteaugiron'): one territory's communes, keyed by the official geographic
# code, written in the code (issue 12, s34 e34). Three entries or more in the file, their départements one or neighbours, one name a
# commune of communes.yml: a label after a five-digit number is no place otherwise (a postcode's town, a count's unit).
_COMMUNE_CODE = r"""(?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3}|97[1-6]\d{2}"""
# (or a list of tuples or rows opening on the code, then the name: ("97401", "Les Avirons", [alias…]), ["35069", "Châteaugiron"];
# issue 12, s36 j36, a QGIS plugin's référentiel of La Réunion's 24 communes; not a call's arguments, f("35069", "Brecé"))
_MAP_ENTRY = r"""(?<![\w.])['"](""" + _COMMUNE_CODE + r""")['"](?:[ \t]*(?::|=>|=)|(?:(?<=[(\[]['"]\w{5}['"])(?<![\w)\].][(\[]['"]\w{5}['"])|(?<=[(\[][ \t]['"]\w{5}['"])(?<![\w)\].][(\[][ \t]['"]\w{5}['"]))[ \t]*,)""" \
             r"""[ \t]*(['"])([A-ZÀ-Ý](?:(?!\2)[^\n]){1,60})\2"""  # (the name in its own quotes: "L'Étang-Salé")
_MAP_ENTRY_RE = lazy_compile(_MAP_ENTRY)


@functools.lru_cache(maxsize=4)  # (every match of a file asks with the same text: computed once per file)
def _insee_map(text: str) -> bool:
    """The file maps three communes' codes or more of one territory to names, one of them a commune's."""
    entries = [(e.group(1), e.group(3)) for e in list(_MAP_ENTRY_RE.finditer(text[:200_000]))[:2000]]
    deps = sorted({code[:3] if code.startswith("97") else code[:2] for code, _ in entries})
    return len({code for code, _ in entries}) >= 3 and (len(deps) == 1 or one_territory(deps)) \
        and any(_names_commune(name) for _, name in entries[:50])


signal("territory.insee-map", _MAP_ENTRY, ('":', "':", '" :', "' :", "=>", '"=', "'=", '" =', "' =", '",', "',"), flags=0,
       exts={"py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "php", "rb", "r"}, classes=("code", "template"), group=1,
       accept=lambda m: in_code(m) and _insee_map(m.string))


# A territory's code split across an identifier a SQL script builds or compares (issue 12, s35 e35, a PostGIS model's application
# view: '60'::text || p.idu AS idu, WHERE "left"(p.idu, 3) = '159'): the cadastre's parcel identifier (idu, idpar: département,
# commune, section, number) or a commune's three-digit code (ccocom) completed with one département's code, and the identifier's
# leading characters compared with one commune's or département's code. pg_dump quotes the function ("left"). Only a parcel's or a
# commune's identifier: a string glued to any column is no code.
_PARCEL_ID = r"""(?:[\w"]+\.)?"?(?:idu|idpar|id_?parcelle|code_?parcelle|geo_parcelle|parcelle)"?"""
_COMMUNE_PART = r"""(?:[\w"]+\.)?"?(?:ccocom|codcom|code_?com(?:mune)?_?(?:3|insee)?|idcom)"?"""
_DEP = r"""(?:0[1-9]|[1-8]\d|9[0-5]|2[AB])"""
signal("territory.sql-split-code",
       r"""(?:'(?=""" + _DEP + r"""'(?:::\w+)?\s*\|\|\s*\(?\s*(?:""" + _PARCEL_ID + "|" + _COMMUNE_PART + r""")(?![\w"]))"""
       r"""|"?(?:left|substr(?:ing)?)"?\s*\(\s*""" + _PARCEL_ID + r"""\s*(?:,\s*1\s*)?,\s*[235]\s*\)\s*(?:=|<>|!=|in\s*\()\s*')"""
       r"""(\d{2,5}|2[AB]\d{0,3})'""",
       ("||", "left", "substr"), flags=re.I, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1, accept=in_sql)


# A commune's or département's code received, then glued behind a number written in the code under a branch on that territorial
# level (emiprox's graph.php: `if (… $level_geo == 'commune') { $geo = '193'.$geo; }`, `'93'.$geo` for a département): the code
# given in the URL (geo=13002) made into the internal key of one region's database (93, Provence-Alpes-Côte d'Azur's). The code is
# handled as a field (``interoperability.identifiers``), and the region's number is written in the code: another region's data
# need a code change (``reusability.territory-neutral``). The branch must compare the level with a territorial level's name
# (commune, dep, département, epci, région…), one line or two above; PHP's `.`, JavaScript's and Python's `+`. Zeros alone pad a
# code to its length ('0'.$dep for département 1): no territory's number.
_LEVEL_BRANCH = lazy_compile(r"""(?:==|===|\beq\b|\bcase\b)[ \t]*['"](?:commune|communes|com|dep|dept|dpt|departement|département|departements|epci|"""
                             r"""interco|intercommunalite|reg|region|région|canton|iris)['"]""", re.I)


def _level_branch(m) -> bool:
    """The assignment sits in a branch on a territorial level: the comparison on its line or one of the two lines above it."""
    s = m.string
    start = m.start()
    for _ in range(3):
        start = s.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
    return bool(_LEVEL_BRANCH.search(s, start, m.start())) and in_code(m)


signal("territory.code-prefix",
       r"""(?<![\w$.>])(\$?[A-Za-z_]\w{0,40})[ \t]*=[ \t]*['"](?!0+['"])(\d{1,4})['"][ \t]*[.+][ \t]*\1(?![\w\[(.])""",
       ("commune", "dep", "epci", "reg", "région", "canton", "iris", "com"), exts={"php", "js", "mjs", "ts", "py", "rb"},
       classes=("code", "template"), group=2, accept=_level_branch)
