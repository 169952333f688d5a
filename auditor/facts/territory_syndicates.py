"""One syndicate of communes named in the code's or a template's text (reusability.territory-neutral): a SIVU, SIVM or SIVOM
(syndicat intercommunal à vocation unique or multiple), a SIVOS, a SIRP, a SMICTOM… or a "Syndicat intercommunal …" / "Syndicat
mixte …" by its kind then its place.

The institutional site of the SIVM du Fenouillèdes names it in its base template's title ('SIVM du Fenouillèdes'), its footer
(<h3>SIVM du Fenouillèdes</h3> over the address) and its pages: the body the site was written for, which a second syndicate reusing
it edits in every file (issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes) — like a park's name (territory.park-name), whoever
the sponsor is. Three syndicates or more in one file are a list of them, no one's. Registered by
:data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import itertools
import re

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

_ACRONYM = r"(?:SIVOM|SIVM|SIVU|SIVOS|SIRP|SIRS|SMICTOM|SICTOM|SMITOM|SIAEP|SIAAP|SIEA|SMAEP)"
_PREP = r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])"
# (a place's word keeps its inner apostrophe, d'Olt, not the quote closing its string: 'SIVM du Fenouillèdes')
_WORD = r"[A-ZÀ-Ý]\w*(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*"
_PLACE = _WORD + r"(?:(?:[ \t]+(?:de[ \t]+la|de|du|des|et|en|sur|lès|le|la|les)[ \t]+|[ \t]+(?:de[ \t]+)?[dl]['’]|[ \t]+)" + _WORD + r"){0,4}"
SYNDICATE = (r"(?<![\w’-])(?<!\w')((?:" + _ACRONYM + r"|Syndicat[ \t]+(?:[Ii]ntercommunal|[Mm]ixte)(?:[ \t]+[a-zàâçéèêëîïôûùüÿœ'’]+){0,6}?)[ \t]+"
             + _PREP + _PLACE + r")(?![\w-])")
_SYNDICATE = lazy_compile(SYNDICATE)
# (a string may open on the name: {{ title if title else 'SIVM du Fenouillèdes' }}, a Jinja default title; a letter's apostrophe before
# it is an elision, l'SIVOM, no string; issue 12, s37 fn37)


def _syndicates_in(text: str) -> int:
    return len({m.group(1).strip().lower() for m in itertools.islice(_SYNDICATE.finditer(text[:200_000]), 200)})


def syndicate_named(text: str) -> bool:
    """A syndicate of communes is named in the text (a town hall's role for the address under it: territory_town_hall)."""
    return _SYNDICATE.search(text) is not None


def _accept(m) -> bool:
    from auditor.facts.scaling.signals import in_block_comment
    from auditor.facts.signals import _PLACEHOLDER_NAME, _in_text
    from auditor.facts.territory_values import in_code, is_package_metadata

    if _PLACEHOLDER_NAME.search(m.group(1)):
        return False
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return _in_text(before) and in_code(m) and not is_package_metadata(m) and not in_block_comment(m) and _syndicates_in(m.string) < 3


signal("territory.syndicate-name", SYNDICATE, ("sivom", "sivm", "sivu", "sivos", "sirp", "sirs", "smictom", "sictom", "smitom", "siaep", "siaap",
                                               "siea", "smaep", "syndicat"), flags=0, classes=("code", "template"), group=1, accept=_accept)


# A listed local public body's acronym in a value of the code (organisations.yml's public_bodies: "(MEL)" in a name, or its
# ``acronyms``), alone or as a part of the value split at _ - . / : (an energy syndicate's API account "SYDELA_API", its product
# "SIG_SYDELA" on a CRM tenant it logs in to; issue 12, s45 fc45 = GuilaumeDurandiere/te-backend): the body the code was written
# for, whose accounts a second body replaces. Only acronyms of five characters or more, or holding a digit (TE44): a short one of
# letters alone (MEL) is any text's capitals, read in SQL identifiers only (territory_hosts.authority_acronym_part).
def _code_acronyms() -> tuple[str, ...]:
    from auditor.facts.territory_hosts import listed_acronyms

    return tuple(a for a in listed_acronyms() if len(a) >= 5 or any(c.isdigit() for c in a))


_CODE_ACRONYMS = _code_acronyms()
_SEP = r"[_\-./: ]"


def _acronym_in_code(m) -> bool:
    from auditor.facts.scaling.signals import in_block_comment
    from auditor.facts.territory_values import in_code, is_package_metadata

    return in_code(m) and not is_package_metadata(m) and not in_block_comment(m)


if _CODE_ACRONYMS:
    signal("territory.body-acronym",
           r"""(?<![\w$])(['"`])((?:[^'"`\n]{0,40}?""" + _SEP + r""")?(?:""" + "|".join(re.escape(a) for a in sorted(_CODE_ACRONYMS, key=len, reverse=True))
           + r""")(?:""" + _SEP + r"""[^'"`\n]{0,40}?)?)\1""",
           tuple(a.lower() for a in _CODE_ACRONYMS), flags=0, classes=("code", "template"), group=2, accept=_acronym_in_code)
