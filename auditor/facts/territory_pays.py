"""A "Pays" (a rural territory's body: a PETR, a Pays under the Voynet law, a LEADER group's territory) named in the code's or a
template's text (reusability.territory-neutral).

A platform written for the Pays Perche d'Eure-et-Loir names it in its footer (``%h3 PAYS PERCHE D'EURE-ET-LOIR``), its pages'
description ("le territoire du Pays Perche d'Eure et Loir") and its surveys ("Proposé par : Pays du Perche d’Eure-et-Loir"): the
territory the code was written for, which a second one edits (issue 12, s36 m34o1 = WildCodeSchool/laloupe-1014-territoireParticipatif).
"Pays" is also a country ("Pays de Galles", "Pays de naissance", "les pays du Nord"): the name counts when a PETR's ("PETR du Pays
de …", "Pôle d'équilibre territorial et rural du …") or when it ends on a French département's name ("Pays Perche d'Eure-et-Loir",
"Pays de Savoie") — never the Pays de la Loire, a région (territory.region-text reads régions, their lists left out).
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

_W = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_PREP = r"(?:(?:de|DE)[ \t]+(?:la|LA)[ \t]+|(?:de|DE)[ \t]+[lL]['’]|(?:du|DU|des|DES|de|DE)[ \t]+|[dD]['’])"
_LINK = r"(?:[ \t]+(?:et|ET|en|EN|sur|SUR|de|DE|du|DU|des|DES|la|LA|le|LE|les|LES)[ \t]+|[ \t]+|[ \t]+[dDlL]['’])"
_BODY = r"(?:PETR|P[ôo]le[ \t]+d['’][ée]quilibre[ \t]+territorial[ \t]+et[ \t]+rural)"
PAYS = (r"(?<![\w'’-])((?:" + _BODY + r"[ \t]+(?:du[ \t]+|DU[ \t]+|de[ \t]+|DE[ \t]+|des[ \t]+)?)?(?:Pays|PAYS)[ \t]+" + _PREP + r"?"
        + _W + r"(?:" + _LINK + _W + r"){0,6}|" + _BODY + r"[ \t]+" + _PREP + r"?" + _W + r"(?:" + _LINK + _W + r"){0,6})(?![\w-])")
_PAYS = lazy_compile(PAYS)
# where a place may start inside the name: after a preposition ("… d'Eure-et-Loir", "… de Savoie", "… du Perche")
_SPLIT = lazy_compile(r"(?:[ \t]+(?:de[ \t]+la|de|du|des|en)[ \t]+|[ \t]*\bd['’]|[ \t]+de[ \t]+l['’])", re.I)
_REGION = lazy_compile(r"^pays[ \t-]+de[ \t-]+la[ \t-]+loire$", re.I)


def pays_body(name: str) -> bool:
    """The name (as :data:`PAYS` matches it) is a French territory's body: a PETR's, or one ending on a département's name."""
    from auditor.facts.territory_hosts import known_departement

    if re.match(_BODY, name, re.I):
        return True
    if _REGION.match(name.strip()):
        return False  # (the région Pays de la Loire: territory.region-text)
    for m in _SPLIT.finditer(name):
        rest = name[m.end():].split()
        for n in range(min(len(rest), 5), 0, -1):
            place = " ".join(rest[:n])
            if known_departement(place) and not (place.lower() == "nord" and m.start() == len(name.split()[0])):
                return True  # (not "Pays du Nord": the Nordic countries)
    return False


def pays_named(text: str) -> bool:
    """A Pays' body is named in the text (a town hall's role for the address under it: territory_town_hall)."""
    return any(pays_body(m.group(1)) for m in _PAYS.finditer(text))


def _accept(m) -> bool:
    from auditor.facts.signals import _PLACEHOLDER_NAME, _in_text
    from auditor.facts.scaling.signals import in_block_comment
    from auditor.facts.territory_values import in_code, is_package_metadata

    if not pays_body(m.group(1)) or _PLACEHOLDER_NAME.search(m.group(1)):
        return False
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return _in_text(before) and in_code(m) and not is_package_metadata(m) and not in_block_comment(m)


signal("territory.pays-name", PAYS, ("pays", "petr", "pôle d", "pole d"), flags=0, classes=("code", "template"), group=1, accept=_accept)
