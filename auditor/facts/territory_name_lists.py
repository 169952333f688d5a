"""Territory values written as names or ranges rather than codes: a quoted list of one région's département names
(``Arrays.asList("MORBIHAN", "ILLE-ET-VILAINE", "COTES-D'ARMOR", "FINISTERE")``) and one département's range of INSEE municipality
codes compared in code (``22000 <= code < 23000``) (``reusability.territory-neutral``; issue 12, s46 ff46 = xotakfr/communes-bretonnes).
Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_codes import REGION_OF, one_territory
from auditor.facts.territory_lists import list_in_code
from auditor.facts.territory_values import in_code

# A quoted list of département names, three or more, all of one région or of neighbouring ones (a desktop application's
# DEPARTEMENTS_AUTORISES = Arrays.asList("MORBIHAN", "ILLE-ET-VILAINE", "COTES-D'ARMOR", "FINISTERE"): the territory the program keeps,
# which a second territory rewrites (issue 12, s46 ff46 = xotakfr/communes-bretonnes). Names in any case, with or without accents,
# hyphens or apostrophes; every item of the list must be a département's name, and names across France are examples, not one territory.
_DEPARTEMENT_NAMES = dict(pair.split(":") for pair in (
    "ain:01 aisne:02 allier:03 alpes-de-haute-provence:04 hautes-alpes:05 alpes-maritimes:06 ardeche:07 ardennes:08 ariege:09 aube:10 "
    "aude:11 aveyron:12 bouches-du-rhone:13 calvados:14 cantal:15 charente:16 charente-maritime:17 cher:18 correze:19 corse-du-sud:2A "
    "haute-corse:2B cote-d-or:21 cotes-d-armor:22 creuse:23 dordogne:24 doubs:25 drome:26 eure:27 eure-et-loir:28 finistere:29 gard:30 "
    "haute-garonne:31 gers:32 gironde:33 herault:34 ille-et-vilaine:35 indre:36 indre-et-loire:37 isere:38 jura:39 landes:40 "
    "loir-et-cher:41 loire:42 haute-loire:43 loire-atlantique:44 loiret:45 lot:46 lot-et-garonne:47 lozere:48 maine-et-loire:49 "
    "manche:50 marne:51 haute-marne:52 mayenne:53 meurthe-et-moselle:54 meuse:55 morbihan:56 moselle:57 nievre:58 nord:59 oise:60 "
    "orne:61 pas-de-calais:62 puy-de-dome:63 pyrenees-atlantiques:64 hautes-pyrenees:65 pyrenees-orientales:66 bas-rhin:67 haut-rhin:68 "
    "rhone:69 haute-saone:70 saone-et-loire:71 sarthe:72 savoie:73 haute-savoie:74 paris:75 seine-maritime:76 seine-et-marne:77 "
    "yvelines:78 deux-sevres:79 somme:80 tarn:81 tarn-et-garonne:82 var:83 vaucluse:84 vendee:85 vienne:86 haute-vienne:87 vosges:88 "
    "yonne:89 territoire-de-belfort:90 essonne:91 hauts-de-seine:92 seine-saint-denis:93 val-de-marne:94 val-d-oise:95 guadeloupe:971 "
    "martinique:972 guyane:973 la-reunion:974 reunion:974 mayotte:976").split())
_NAME_ITEM = r"""(?:"[^"\n,]{2,40}"|'[A-Za-zÀ-ÿ -]{2,40}')"""
signal("territory.departement-names",
       r"""[\[({]\s*(""" + _NAME_ITEM + r"""(?:\s*,\s*""" + _NAME_ITEM + r"""){2,19})\s*,?\s*[\])}]""",
       ('",', "',"), flags=0, exts={"r", "py", "js", "ts", "php", "rb", "java", "kt", "cs"}, classes=("code",), group=1,
       accept=lambda m: list_in_code(m) and _one_territory_names(m.group(1)))


def departement_code(name: str) -> str | None:
    """The code of a département written by its name (« COTES-D'ARMOR », "Finistère", "ille et vilaine"), or None."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode().lower()
    return _DEPARTEMENT_NAMES.get(re.sub(r"[^a-z]+", "-", plain).strip("-"))


def _one_territory_names(items: str) -> bool:
    names = [a or b for a, b in re.findall(r""""([^"\n]*)"|'([^'\n]*)'""", items)]
    codes = [departement_code(n) for n in names]
    return len(names) >= 3 and None not in codes and len(set(codes)) == len(codes) and one_territory(codes)


# The range of one département's INSEE municipality codes compared in code (``22000 <= code < 23000``, ``29000 <= x <= 29999``: the
# communes of the Côtes-d'Armor, "on reste en bretagne"): the territory the program keeps (issue 12, s46 ff46). Its two bounds are one
# département's: NN000 and (NN+1)000 or NN999.
signal("territory.insee-range",
       r"""(?<![\w.])(\d{2})000\s*<=?\s*[\w.\[\]'"]{1,60}\s*<=?\s*(\d{2})(000|999)(?![\w.])""",
       ("000 <", "000<"), flags=0, exts={"r", "py", "js", "ts", "php", "rb", "java", "kt", "cs"}, classes=("code",),
       accept=lambda m: in_code(m) and m.group(1) in REGION_OF
       and int(m.group(2)) == int(m.group(1)) + (0 if m.group(3) == "999" else 1))
