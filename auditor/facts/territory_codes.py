"""A list of département codes written in code: ``num_departement: '22,29,35,56'`` in an R Markdown document's parameters,
``deps <- c("22", "29", "35", "56")``, ``DEPARTEMENTS = ["44", "49", "53", "72", "85"]``.

A list that keeps one region or a few neighbouring ones (Brittany's four départements and the neighbours of its river basin)
is one territory's selection, which a second territory has to change (``reusability.territory-neutral``). Codes spread across
France (examples, ``['75', '13', '69']``), a whole national table or codes that are no département are not: the signal's
``accept`` rejects them.

Also a Windows network share of one organisation's file server (``territory.unc-share``). Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import math
import re
from auditor.facts.regex_strings import in_regex as _in_regex
from auditor.facts.signal_registry import signal
from auditor.facts.territory_communes import POSTCODE_TOWN, STREET, _commune, _names_commune, _postal_town
from auditor.facts.territory_lists import list_in_code, named_codes
from auditor.facts.territory_values import NUM, PLACES, REGION_CENTRES, _accept_centre, in_code, in_sql, local_point, plm_step
from auditor.lazyre import lazy_compile

# The region of each département, as an index of ``REGION_CENTRES`` (metropolitan regions); overseas départements: 13 and up
_REGIONS = (
    ("75 77 78 91 92 93 94 95", 0), ("18 28 36 37 41 45", 1), ("21 25 39 58 70 71 89 90", 2), ("14 27 50 61 76", 3),
    ("02 59 60 62 80", 4), ("08 10 51 52 54 55 57 67 68 88", 5), ("44 49 53 72 85", 6), ("22 29 35 56", 7),
    ("16 17 19 23 24 33 40 47 64 79 86 87", 8), ("09 11 12 30 31 32 34 46 48 65 66 81 82", 9),
    ("01 03 07 15 26 38 42 43 63 69 73 74", 10), ("04 05 06 13 83 84", 11), ("2A 2B 20", 12),
    ("971", 13), ("972", 14), ("973", 15), ("974", 16), ("976", 17),
)
REGION_OF = {code: region for codes, region in _REGIONS for code in codes.split()}

_CODE = r"""(?:\d{2,3}|2[AB])"""
signal("territory.departement-list",  # (after PHP's "$" too: $departements = [45, 28, 41, 36, 37, 18];, an observatory's région)
       r"""(?<![\w.])['"]?((?:code_?|num_?|liste_?|list_?|les_?)?(?:dep(?:artement)?s?|dpts?|departements?_?(?:code|num)s?)['"]?\s*(?::|=|<-|==|%in%)\s*"""
       r"""(?:c\(|\[|\(|tuple\(\[?|list\(|set\(\[?|\{)?\s*['"]?""" + _CODE + r"""(?:['"]?\s*[,;]\s*['"]?""" + _CODE + r"""){1,40}['"]?)""",
       ("dep", "dpt"), exts={"r", "py", "js", "ts", "php", "rb", "java", "sql", "yml", "yaml", "json", "toml", "ini", "cfg", "sh"},
       classes=("code", "config", "template", "other"), group=1,
       accept=lambda m: list_in_code(m) and one_territory(_CODES.findall(m.group(1)), sure=named_codes(m.group(1))))
_CODES = lazy_compile(r"(?<![\w])(\d{2,3}|2[AB])(?![\w])")  # (the key before them has no number)

# A quoted list that is one metropolitan région's whole set of départements, four at least, whatever its key's name
# (list_CODE_REF = ["16","17","19","23","24","33","40","47","64","79","86","87"], Nouvelle-Aquitaine's twelve, the GEMAPI syndicates'
# tool keeping its région; issue 12, s35 ac35): that région, which a second territory rewrites. A list of codes across France
# (months "01"…"12", examples) is no région's set.
_QUOTED = r"""['"](?:\d{2}|2[AB])['"]"""
signal("territory.region-departements",
       r"""[\[({]\s*(""" + _QUOTED + r"""(?:\s*,\s*""" + _QUOTED + r"""){3,19})\s*,?\s*[\])}]""",
       ('",', "',"), flags=0, exts={"r", "py", "js", "ts", "php", "rb", "java"}, classes=("code",), group=1,
       accept=lambda m: list_in_code(m) and whole_region(_CODES.findall(m.group(1))))


def whole_region(codes: list[str]) -> bool:
    """The codes, all distinct, are every département of one metropolitan région (:data:`_REGIONS`, four or more)."""
    got = set(codes)
    return len(got) == len(codes) and len(got) >= 4 and any(set(c.split()) == got for c, r in _REGIONS if r < 12)
def one_territory(codes: list[str], sure: bool = True) -> bool:
    """Two or more département codes of one overseas département, or of metropolitan regions whose centres lie less than
    3.5 degrees apart (one region, a region and its neighbours): not codes spread across France nor a national table. Numbers
    without quotes under a short key (``deps = [12, 30]``, perhaps a program's dependencies, sizes or ids) need three codes
    (not ``sure``): two small integers of neighbouring départements happen by chance."""
    regions = {REGION_OF.get(c.zfill(2) if c.isdigit() and len(c) < 2 else c) for c in codes}
    if len(set(codes)) < (2 if sure else 3) or None in regions:
        return False
    if any(r >= 13 for r in regions):
        return len(regions) == 1
    points = [REGION_CENTRES[r] for r in regions]
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return math.hypot(max(lats) - min(lats), max(lons) - min(lons)) < 3.5


# -- a Windows network share of one organisation's file server written in code (a SQL trigger's replace(doc, 'T:', '<two
# backslashes>struve<backslash>SDIS')): a second territory has no such server. A drive letter before it (C:) is a local path.
signal("territory.unc-share", r"""(?<![\w\\:/])(\\{2,4})([a-z][\w-]{1,62}(?:\.[\w-]+)*)(\\{1,2})[\w$][\w$.-]{0,60}""",
       ("\\\\",), classes=("code", "template", "data"), accept=lambda m: in_code(m) and _share(m))  # (SQL files are "data" to the scan)


def _share(m) -> bool:
    """Two backslashes before the server for each one between its parts: ``\\\\struve\\SDIS`` as SQL writes it, or the same escaped in a
    string of R, Python or JavaScript (four, then two). Two then two (``"\\\\Traitement\\\\sortie"`` in R) is one backslash each: a folder
    under a root the code joins it to (``paste0(params$chemin_source, …)``), no server."""
    if _PCRE_CLASS.match(m.group(2)) or m.string[max(0, m.start() - 2): m.start()].endswith(("[", "[^")):
        return False  # a regex's Unicode property or character set (a slugifier's PHP '~[^<two backslashes>pL\\d]+~u'): no server
    if m.group(2)[0] in "bBwWdDsS" and _in_regex(m):
        return False  # a regex's escape (a highlighter's "/(<two backslashes>bclass\s)/", a word boundary then "class"): no server
    return len(m.group(1)) == 2 * len(m.group(3))


_PCRE_CLASS = re.compile(r"[pP](?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfon]?)$")


# -- one commune's row written into a SQL script: its INSEE code, its name and its postal code (a structure script's
# INSERT … SELECT 'EHPAD', 10, '16 avenue Jean Jaurès', '86078', 'Civray', '86400'): a second territory running the script gets
# the first one's place in its table (a file of three communes or more is a reference table: the check leaves it out)
signal("territory.sql-commune-row",
       r"""'((?:\d[0-9AB]|97)\d{3})'\s*,\s*'[A-ZÀ-Ý][^'\n\d]{1,60}'\s*,\s*'\d{5}'""",
       ("',",), exts={"sql", "pgsql", "plpgsql", "psql"}, classes=("code", "data", "config", "other"), group=1,
       accept=lambda m: in_sql(m))


# -- the base of one organisation's directory written in code (an LDAP sign-in's "DC=CSNHN,DC=LOCAL", "ou=agents,dc=ville-x,dc=fr"):
# a second territory's directory has another base. A usage example's (dc=example,dc=com, dc=mydomain) is a placeholder.
_GENERIC_DC = frozenset({"example", "exemple", "domain", "domaine", "mydomain", "yourdomain", "company", "mycompany", "test", "acme",
                         "com", "org", "net", "fr", "eu", "local", "localdomain", "localhost", "ldap", "corp", "intra", "lan", "my",
                         "your", "foo", "bar", "ad", "int", "demo", "sample", "xxx", "x", "planetexpress", "nodomain",
                         "mon-domaine", "mondomaine", "mon-domain", "votre-domaine", "votredomaine", "ma-societe", "masociete"})


def _organisation_dn(m) -> bool:
    parts = [p.split("=", 1)[1].strip().lower() for p in m.group(1).split(",") if "=" in p]
    return any(p not in _GENERIC_DC and not p.startswith(("$", "{", "%", "<")) for p in parts) and in_code(m)


signal("territory.ldap-base", r"""(?<![\w=])((?:dc=[A-Za-z0-9][\w-]{0,62}[^\S\n]*,[^\S\n]*){1,6}dc=[A-Za-z0-9][\w-]{0,62})(?![\w-])""",
       ("dc=",), classes=("code", "template"), accept=_organisation_dn)


# -- the school-holiday zone of one academy written in code (IDF_CALENDRIER_SCOLAIRE_ZONE = 'Zone C', zone == "B" filtering the national
# school calendar): a territory in another zone edits the code. Only in a file about school holidays (a "Zone A" of a map legend or of
# a building is no academy's zone), and not in a file naming the three zones (a national calendar handling them all).
_SCHOOL = lazy_compile(r"vacances|scolaire|school|holiday|calendrier|calendar|acad[ée]mie|academy", re.I)
_ZONE_LITERAL = lazy_compile(r"""['"`](?:[Zz]one\s+)?([ABC])['"`]""")


def _school_zone(m) -> bool:
    if "time" in m.group(0).lower() or not in_code(m):  # (a time zone is no school zone)
        return False
    head = m.string[:200_000]
    return bool(_SCHOOL.search(head)) and len(set(_ZONE_LITERAL.findall(head))) < 3


signal("territory.school-zone",
       r"""(?:(?<![\w$])(?=['"`][Zz]one\s+[ABC]['"`])|\b\w*(?i:zone)\w*['"]?\s*(?:[:=]|==|===|=>|<-|%in%)\s*(?=['"`][ABC]['"`]))['"`]((?:[Zz]one\s+)?[ABC])['"`]""",
       ("zone",), flags=0, classes=("code", "template", "config", "other"), group=1, accept=_school_zone)


# -- one département's council named inside a sentence of the code or a template (title="Le Département de Loire-Atlantique sur …",
# "Conseil départemental du Morbihan – tous droits réservés"): the authority the application was written for (a string holding only
# the name is territory.name's)
def _departement_named(m) -> bool:
    from auditor.facts.territory_hosts import DEPARTEMENTS, _slug  # (the places' names: their own module)

    from auditor.facts.territory_values import _AUTHORSHIP, _line_of

    line = _line_of(m)  # (not the author's company of a package's metadata: 'author_company' => 'Département de Maine-et-Loire')
    if _slug(m.group(1)) not in DEPARTEMENTS or not in_code(m) or _AUTHORSHIP.search(line[: line.find(m.group(0))]):
        return False
    from auditor.facts.scaling.signals import in_block_comment  # (a /* … */ block's prose: "by the team at the Département de la Gironde")

    return not in_block_comment(m)


signal("territory.departement-sentence",
       r"""\b(?:D[ée]partement|Conseil d[ée]partemental|Conseil g[ée]n[ée]ral)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"""
       r"""([A-ZÉÈÎ]\w+(?:['’-]\w+){0,5})(?![\w-])""",
       ("département", "departement", "conseil"), flags=0, classes=("code", "template"), group=1, accept=_departement_named)


# -- the time zone of one overseas territory set by the code (ZoneId.of("Pacific/Noumea"), TimeZone(identifier: "America/Cayenne"),
# date_default_timezone_set('Indian/Reunion'), moment.tz(d, 'America/Martinique')): its clock, which a second territory has to change.
# Europe/Paris is the whole country's, no territory's. A file naming any other zone maps territories to zones (a UAI → zone table, a
# zone picker) and a time zone database's own file (pytz's Noumea.py, tzinfo's transitions) defines the zone: neither pins one.
# (and a SQL script's session or database zone, `SET TIMEZONE="Pacific/Tahiti";`, `ALTER DATABASE … SET timezone TO '…'`: the clock its
# stored times are read in; issue 12, s39 fl39 = govpf/pwshare's sql/init.sql)
_OVERSEAS_ZONES = (r"America/(?:Cayenne|Guadeloupe|Martinique|St_Barthelemy|Marigot|Miquelon)|Indian/(?:Reunion|Mayotte|Kerguelen)"
                   r"|Pacific/(?:Noumea|Tahiti|Marquesas|Gambier|Wallis)")
_ANY_ZONE = lazy_compile(r"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_+-]{2,30}")
_ZONE_EXAMPLE = lazy_compile(r"\be\.g\.|\bex\.|example|exemple|\bdescription\b|\bhelp\b", re.I)  # (a Terraform variable's description: "(e.g., 'Pacific/Noumea')")
_ZONE_DATA = lazy_compile(r"transition|tzinfo|vtimezone|olson|zoneinfo\.|tzdata|DstTzInfo", re.I)


def _one_zone(m) -> bool:
    if not in_code(m):
        return False
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    if not re.search(r"zone|tz|time", line, re.I) or _ZONE_EXAMPLE.search(line) or _ZONE_DATA.search(m.string[:200_000]):
        return False
    zone = m.group(1)
    return all(z.group(0) == zone for z in _ANY_ZONE.finditer(m.string[:200_000]))


signal("territory.time-zone", r"""['"`=\s](""" + _OVERSEAS_ZONES + r""")(?![\w/])""", ("america/", "indian/", "pacific/"), flags=0,
       classes=("code", "template", "config", "other", "data"), group=1, accept=_one_zone)  # ("data": a SQL script's SET TIMEZONE, read by the check in SQL only)


# A point in Lambert-93 metres written in code (x, y: ``[346309.95, 6687822.36]``, a marker's ``x: 351200.5, y: 6690150.2``, or an
# object's ``longitude: '346309.95',`` then ``latitude: '6687822.36'`` on the next line): a place of one territory (a ferry's quay,
# a map's centre), as a pair of degrees is. Only the national projection's form: an easting of 100,000 to 1,299,999 metres beside a
# northing of 6,000,000 to 7,199,999 whose inverse projection falls in metropolitan France and is not its centre.
_L93_X = r"""(\d{6}(?:\.\d+)?|1[0-2]\d{5}(?:\.\d+)?)"""
_L93_Y = r"""([67]\d{6}(?:\.\d+)?)"""
_L93_GAP = r"""['"]?[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*)?['"]?"""
signal("territory.l93",
       r"""(?<![\w.-])['"]?""" + _L93_X + r"""['"]?[ \t]*,[ \t]*['"]?""" + _L93_Y + r"""(?![\d.])"""
       r"""|\b(?:x|lon|lng|longitude)['"]?[ \t]*[:=][ \t]*['"]?""" + _L93_X + _L93_GAP + r"""(?:y|lat|latitude)['"]?[ \t]*[:=][ \t]*['"]?""" + _L93_Y
       + r"""(?![\d.])|\b(?:y|lat|latitude)['"]?[ \t]*[:=][ \t]*['"]?""" + _L93_Y + _L93_GAP + r"""(?:x|lon|lng|longitude)['"]?[ \t]*[:=][ \t]*['"]?"""
       + _L93_X + r"""(?![\d.])""",
       (",", ":", "="), exts={"js", "ts", "jsx", "tsx", "mjs", "vue", "svelte", "py", "php", "java", "kt", "rb", "r", "cs", "go", "dart", "html", "htm"},
       classes=("code", "template"), accept=lambda m: _lambert93_place(m))


_L93_WORDS = lazy_compile(r"cent(?:er|re)|coord|point|posit|extent|bbox|bounds|marker|view|lambert|2154|l93", re.I)


def _lambert93_place(m) -> bool:
    from auditor.facts.territory_values import _SVG_MARKERS, _from_lambert93, _line_of, france_box, national_centre

    if not in_code(m) or any(k in _line_of(m).lower() for k in _SVG_MARKERS):
        return False
    g = [x for x in m.groups() if x is not None]
    if "." not in g[0] + g[1] and m.group(1) is not None and not _L93_WORDS.search(_line_of(m)):
        return False  # two whole numbers bare in a list ([123456, 6123456]): ids or counts, unless the line speaks of a place
    x, y = (float(g[0]), float(g[1])) if float(g[0]) < float(g[1]) else (float(g[1]), float(g[0]))
    p = _from_lambert93(x, y)
    return france_box(*p) == 0 and not national_centre(*p)


# A table or schema of one authority's warehouse named with a département's number, written in the code as the layer to use
# ('cadastre_edigeo_29.geo_parcelle', 'ff_d29_2017.d29_2017_pnb10_parcelle', 'data_exo.rpga_d22_d29_d35_d56_2016' pre-selected by a
# QGIS plugin): a second territory's warehouse has other names. Only a token ``d29`` or a data product's name then ``_29``
# (EDIGÉO, BD TOPO, fichiers fonciers, MAJIC, DVF, RPG…), inside a string that is one identifier or schema.table, in a data name
# (schema-qualified, or holding a year or a product's name) — never any ``_29``; the file's codes must keep one territory.
_DATA_NAME = (r"""(?<=[_.'"])(?:d(\d{2}|2[ab])|(?:edigeo|bdtopo|bd_topo|bdparcellaire|bdortho|pci|majic|ff|dvf|cadastre|rpga?|ign)_(\d{2}|2[ab]))"""
              r"""(?=[_.'"])""")
_IDENT = lazy_compile(r"""[a-z][a-z0-9_]{0,62}(?:\.[a-z][a-z0-9_]{0,62})?""", re.I)
_DATA_CONTEXT = lazy_compile(r"""\.|(?<![0-9])(?:19|20)\d\d(?![0-9])|edigeo|bdtopo|bd_topo|bdparcellaire|bdortho|majic|dvf|cadastre|rpga?_|(?<![a-z])(?:ff|pci|ign)_""",
                             re.I)
signal("territory.data-name", _DATA_NAME, ("_d", ".d", "'d", '"d', "edigeo", "bdtopo", "bd_topo", "bdparcellaire", "bdortho", "pci_", "majic_",
                                           "ff_", "dvf_", "cadastre_", "rpg", "ign_"),
       classes=("code", "template", "config"), accept=lambda m: _data_name(m))
_DATA_NAME_RE = lazy_compile(_DATA_NAME, re.I)


def _literal(s: str, start: int, end: int) -> str | None:
    """The quoted string around ``s[start:end]`` on its line, when it is one identifier or schema.table (else None)."""
    line_start = s.rfind("\n", 0, start) + 1
    opened = max(s.rfind("'", line_start, start), s.rfind('"', line_start, start))
    if opened < 0:
        return None
    close = s.find(s[opened], end)
    nl = s.find("\n", end)
    if close < 0 or (0 <= nl < close):
        return None
    text = s[opened + 1: close]
    return text if len(text) <= 120 and _IDENT.fullmatch(text) else None


def _data_name_code(m) -> str | None:
    lit = _literal(m.string, m.start(), m.end())
    code = (m.group(1) or m.group(2) or "").upper()
    if lit is None or code not in REGION_OF or not _DATA_CONTEXT.search(lit):
        return None
    return code


def _data_name(m) -> bool:
    if not in_code(m) or _data_name_code(m) is None:
        return False
    codes = sorted({c for c in (_data_name_code(x) for x in _DATA_NAME_RE.finditer(m.string[:200_000])) if c})[:40]
    return len(codes) == 1 or one_territory(codes)


# A repository of an account on a public forge written in code (base/update.sh: PUBLIK_THEMES_GIT="https://github.com/<account>/publik-themes",
# raw.githubusercontent.com/<account>/…): reusability.territory-neutral keeps those of the forge owner's own account (the sponsor's
# themes and patches a deployment script installs), other accounts being dependencies (scaling.hosting)
signal("territory.forge-repo", r"""https?://(?:raw\.githubusercontent\.com|github\.com|gitlab\.com|framagit\.org)/([A-Za-z0-9_.-]{1,60})(?:/([A-Za-z0-9_.-]{1,100}))?""",
       ("github", "gitlab", "framagit"), classes=("code", "template"), accept=lambda m: in_code(m))


# The same in a SQL script, unquoted: a table the script reads or writes in one authority's warehouse named with its département's
# number (FROM cadastre_edigeo_29.geo_parcelle, JOIN ff_d29_2017.d29_2017_pnb10_parcelle) or its place's name (INSERT INTO
# sig_loire_atlantique.voirie) or its intercommunality's initials (r_osm.geo_vm_osm_commune_arcba): a second territory's
# warehouse has other names. The file's codes must keep one territory.
# (the name on the keyword's line, or alone on the next one: FROM⏎    G_REFERENTIEL.MEL_COMMUNE b, a query laid out one clause a line)
_SQL_TABLE = (r"""\b(?:(?:from|join)(?:[ \t]+|[ \t]*\r?\n[ \t]*)|(?:into|update|table|view)[ \t]+)(?:if[ \t]+(?:not[ \t]+)?exists[ \t]+)?"""
              r"""(("?[a-z][a-z0-9_]{0,62}"?\.)?("?[a-z][a-z0-9_]{0,62}"?))(?![\w.(])""")  # (group 1 the name, the excerpt)
signal("territory.sql-data-name", _SQL_TABLE, ("from", "join", "into", "update", "table", "view"), flags=re.I,
       exts={"sql", "pgsql", "plpgsql", "psql"}, group=1, accept=lambda m: _sql_data_name(m))


def _sql_data_name(m) -> bool:
    from auditor.facts.territory_hosts import authority_acronym_part, epci_acronym_part, place_named
    from auditor.facts.territory_values import in_code

    name = m.group(1)
    parts = name.replace('"', "").lower().replace(".", "_").split("_")
    placed = any(place_named("-".join(parts[i:j]), 5) and "-".join(parts[i:j]) not in _COMMON_WORDS
                 for i in range(len(parts)) for j in range(i + 1, min(len(parts), i + 4) + 1))
    # or an intercommunality's initials as a whole part of the name (FROM r_osm.geo_vm_osm_commune_arcba: the layer of the
    # ARC's communes, its agglomération's initials after the A of "Agglomération"), five characters or more and no word
    placed = placed or any(epci_acronym_part(p) or authority_acronym_part(p) for p in parts)  # (or a listed authority's: MEL_COMMUNE)
    if not in_code(m) or plm_step(parts, m.string):  # (a CTE named paris merging Paris's arrondissements: territory_values)
        return False
    if placed:
        return True
    code = None
    for x in _DATA_NAME_RE.finditer("." + name.replace('"', "") + "."):
        code = (x.group(1) or x.group(2) or "").upper()
    if not code or code not in REGION_OF or not _DATA_CONTEXT.search(name):
        return False
    codes = sorted({(x.group(1) or x.group(2) or "").upper() for t in _SQL_TABLE_RE.finditer(m.string[:200_000])
                    for x in _DATA_NAME_RE.finditer("." + t.group(1).replace('"', "") + ".")} & set(REGION_OF))[:40]
    return len(codes) == 1 or one_territory(codes)


_SQL_TABLE_RE = lazy_compile(_SQL_TABLE, re.I)
_COMMON_WORDS = frozenset({"somme", "landes", "manche"})  # (département names that are also words of a data model: a sum, heathland)


signal("territory.commune", r"""(?<![\w$])['"`]([A-ZÀ-Ý][A-Za-zÀ-ÿ'’]{1,30}(?:[- ][A-Za-zÀ-ÿ'’]{1,30}){0,5})['"`]""", ("'", '"', "`"),
       flags=0, classes=("code", "template"), group=1, accept=_commune)


# An intercommunality's initials written in the code or a template ('Intranet CA2BM', "les actualités de la CA2BM", LogoCA2BM.png):
# the EPCI the application was written for. Only the initials INSEE's names give (auditor/data/communes.yml's epci_acronyms:
# five characters or more, no word), in capitals, as a whole word or after a lower-case one (a file's name).
def _epci_acronym(m) -> bool:
    from auditor.facts.territory_hosts import epci_acronym
    from auditor.facts.territory_values import in_code, is_package_metadata

    return epci_acronym(m.group(1)) and in_code(m) and not is_package_metadata(m)


signal("territory.epci-acronym", r"""(?<![A-Z0-9_])(C[ACU][A-Z0-9]{3,10})(?![A-Za-z0-9_])""", ("ca", "cc", "cu"), flags=0,
       classes=("code", "template"), group=1, accept=_epci_acronym)


# A postal address's town written in the code or a template ('city' => '06390 Berre-les-Alpes' in a theme's defaults,
# <br>29200 Brest</p>): the place of the authority the code was written for, which a
# second territory edits. A postal code of a French département (01-95, 97-98) then a capitalised place name, alone in its string
# or element; not an example or a field's placeholder (in_code); a file with three or more is a table (the check).
signal("territory.postal-address",
       r"""(?:[>'"`]|^|""" + STREET + r""")[ \t]*""" + POSTCODE_TOWN,
       ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), flags=re.M, classes=("code", "template"), group=1,
       accept=lambda m: in_code(m) and _postal_town(m))


# A SQL list of values keyed by the INSEE codes of one territory's communes (an SDIS's first-call stations ('60159','CS de Compiègne');
# an intercommunality's communes with their postcode, ('68063','68700','Cernay')): one territory's places, which a second one
# replaces. 3+ rows whose codes keep one département, a label naming a commune of communes.yml ('00000' a
# placeholder; a national table spans départements). A row: one tuple of 2 to 6 fields, its code the first quoted 5-character
# code (an INSEE code before its postcode), other fields (postcode, id, label) before or after it, as real tables order them.
_ROW_FIELD = r"""(?:'(?:[^'\n]|''){0,80}'|\d{1,12}|null)"""
_ROW = (r"""(?:^[ \t]*|(?i:\bvalues)[ \t]*|,[ \t]*)\([ \t]*(?:""" + _ROW_FIELD + r"""[ \t]*,[ \t]*){0,3}?'((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3})'"""
        r"""(?:[ \t]*,[ \t]*""" + _ROW_FIELD + r"""){1,4}[ \t]*\)""")
signal("territory.sql-insee-rows", _ROW, ("('", "( '", "values"), flags=re.M, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1,
       accept=lambda m: in_sql(m) and _insee_rows(m))
_INSEE_ROW = lazy_compile(_ROW, re.M)
_LABEL = lazy_compile(r"""'((?:[^'\n]|''){2,80})'""")
_ROWS_SEEN: dict[int, bool] = {}


def _insee_rows(m) -> bool:
    key = hash(m.string[:2000]) ^ len(m.string)
    if key not in _ROWS_SEEN:
        if len(_ROWS_SEEN) > 256:
            _ROWS_SEEN.clear()
        rows = [(r.group(1), [x.replace("''", "'") for x in _LABEL.findall(r.group(0)[r.group(0).index("("):]) if re.search(r"[A-Za-zÀ-ÿ]", x)])
                for r in list(_INSEE_ROW.finditer(m.string[:200_000]))[:2000]]
        rows = [(c, labels) for c, labels in rows if c != "00000" and labels]  # (a row with a name: a place, no code between numbers)
        _ROWS_SEEN[key] = len(rows) >= 3 and len({c[:2] for c, _ in rows}) == 1 \
            and any(_names_commune(label) for _, labels in rows for label in labels[:3])
    return _ROWS_SEEN[key]


# A map's centre (territory_values' territory.map-centre) given as two settings, one per axis, on consecutive lines
# (D3Viewer.settings' centerX: 2.7, centerY: 49.6; center_lon and center_lat; centreLng and centreLat): the same local centre
signal("territory.map-centre-xy",
       r"""\b[\w$]*?(?:center|centre)_?(?:x|lon|lng|longitude)['"]?\s*[:=]\s*""" + NUM + r"""\s*[,;]?[ \t]*\r?\n[ \t]*['"]?[\w$]*?(?:center|centre)_?(?:y|lat|latitude)['"]?\s*[:=]\s*""" + NUM + r"""(?![\d.])""",
       ("centerx", "center_x", "centrex", "centre_x", "centerlon", "center_lon", "centerlng", "center_lng", "centrelon", "centre_lon", "centrelng", "centre_lng"),
       classes=PLACES, accept=_accept_centre)

# The centre of a Google Maps embed (an <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2927.06!2d2.4892!3d42.8081…">
# on a contact page): its pb parameter writes the view's span in metres (!1d), its longitude (!2d) and latitude (!3d), one place's
# map centre as a setView's (issue 12, s38 fb38 = manelocana/SIVOM_du_Fenouilledes). A view a thousand kilometres across shows France.
_EMBED_NATIONAL_SPAN = 1_000_000


def _accept_embed_centre(m) -> bool:
    if m.group(1) and float(m.group(1)) >= _EMBED_NATIONAL_SPAN:
        return False
    return in_code(m) and local_point(float(m.group(4)), float(m.group(3)))


signal("territory.map-embed-centre",
       r"""\bgoogle\.[a-z.]{2,6}/maps/embed\?pb=[^"'\s<>]{0,300}?(?:!1d(\d{1,9}(?:\.\d+)?))?(!2d(-?\d{1,3}\.\d+)!3d(-?\d{1,3}\.\d+))""",
       ("/maps/embed",), classes=PLACES, group=2, accept=_accept_embed_centre)

# One region's name appended to every address a geocoding query sends (`${query}, Martinique, France`, "…, Bretagne, France"): the
# search is bound to that territory, which another must edit in the code (issue 12, s39 fi39 = CACEM-TEAM/decacem, SearchBar.vue and
# MapDisplay.vue's queries to the Adresse API)
signal("territory.region-query",
       r""",[ \t]*(Guadeloupe|Martinique|Guyane|La R[ée]union|Mayotte|Corse|Bretagne|Normandie|Occitanie|Nouvelle-Aquitaine|Grand[- ]Est|"""
       r"""Hauts-de-France|[ÎI]le-de-France|Pays de la Loire|Auvergne-Rh[ôo]ne-Alpes|Bourgogne-Franche-Comt[ée]|Centre-Val de Loire|"""
       r"""Provence-Alpes-C[ôo]te d'Azur)[ \t]*,[ \t]*France[ \t]*['"`]""",
       ("france",), flags=0, classes=("code",), group=1)
