"""A commune's own address and domain written in its site's templates (issue 12, s28 f28, measure 19 reader m19o3: a WordPress theme
of a town hall's website, published by its developer).

``territory.postal-address`` is read for a local government's or an operator's code only: a State service's address (a ministry's
on a certificate) names no territory. Whoever published the code, a postal address that follows a town hall's name within five
lines (``<h2>Informations sur la Mairie</h2> <address> … <p>35120 Saint-Broladre</p>``, "Hôtel de ville" then its street and town)
is that commune's (``territory.town-hall-address``: the check reads it when the publisher is unknown), and a host named as that
town, in any file of the code (``https://www.saint-broladre.bzh/blog`` in three templates), is the commune's domain (the check
compares the hosts of ``territory.town-domain`` with the towns of the addresses it counts). Registered by
:data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.facts.signal_registry import signal
from auditor.facts.territory_codes import _postal_town
from auditor.facts.territory_communes import POSTCODE_TOWN
from auditor.facts.territory_values import in_code
from auditor.lazyre import lazy_compile

_ADDRESS = r"""(?:[>'"`]|^)[ \t]*""" + POSTCODE_TOWN
_TOWN_HALL = lazy_compile(r"\b(?:[Mm]airie|MAIRIE|[Hh][ôo]tel de [Vv]ille|HÔTEL DE VILLE)\b")


def _after_town_hall(m) -> bool:
    """A town hall, or a Pays' body (its PETR, "PAYS PERCHE D'EURE-ET-LOIR" over its address in a footer: territory_pays), is named
    in the five lines before the match."""
    from auditor.facts.territory_pays import pays_named
    from auditor.facts.territory_syndicates import syndicate_named

    start = m.start()
    for _ in range(6):
        start = m.string.rfind("\n", 0, start - 1) if start > 0 else -1
        if start < 0:
            break
    return bool(_TOWN_HALL.search(m.string, max(0, start), m.start())) or pays_named(m.string[max(0, start):m.start()]) \
        or syndicate_named(m.string[max(0, start):m.start()]) or _town_hall_below(m)  # (or a syndicate of communes': "SIVM du Fenouillèdes" over its address)


# the end of the element holding the address (its paragraph, block, list item or cell)
_ELEMENT_END = lazy_compile(r"</(?:p|address|div|li|td|section|footer)\s*>", re.I)


def _town_hall_below(m) -> bool:
    """A town hall named in the three lines after the address, in the same element ("40 Grande Rue<br> 89190 X<br> <br> Horaire Mairie
    :<br>" under "Nous rencontrer :"): the block gives the town hall's address, then its hours (issue 12, s43 fe43 = Louischaill/Foissy-sur-Vanne)."""
    end = m.end()
    for _ in range(3):
        nxt = m.string.find("\n", end + 1)
        end = nxt if nxt != -1 else len(m.string)
        if nxt == -1:
            break
    below = m.string[m.end():min(end, m.end() + 400)]
    closed = _ELEMENT_END.search(below)
    return bool(_TOWN_HALL.search(below[:closed.start()] if closed else below))


signal("territory.town-hall-address", _ADDRESS, ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), flags=re.M, classes=("code", "template"),
       group=1, accept=lambda m: in_code(m) and _postal_town(m) and _after_town_hall(m))


def flat_town(name: str) -> str:
    """A town's name or a domain's label, letters and digits only (Saint-Broladre, saint-broladre: saintbroladre)."""
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


# Every host under a French top-level domain written in code or a template, links included (<a href="https://www.saint-broladre.bzh/blog">):
# the check keeps those named as the town of a town hall's address found in the code, in any file — the commune's own domain
signal("territory.town-domain", r"""(?:https?://|@|\bwww\.)((?:[a-z0-9-]+\.)*[a-z0-9-]{4,}\.(?:fr|bzh|alsace|corsica|paris|re|nc|pf|gp|mq|gf|yt))(?![\w-])""",
       ("://", "@", "www."), flags=re.I, classes=("code", "template"), group=1, accept=in_code)
