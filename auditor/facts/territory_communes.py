"""The commune names :mod:`auditor.facts.territory_codes`' signals read: a commune's name the code compares a value with
(``territory.commune``), a label of a SQL row naming a commune (``territory.sql-insee-rows``), and a postal address's town that is
no quantity and its unit (``territory.postal-address``). The names are those of auditor/data/communes.yml."""

from __future__ import annotations

import re

from auditor.facts.territory_values import in_code
from auditor.lazyre import lazy_compile


# A commune's name the code compares a value with (from === 'Couëron', case "Saint-Herblain":, ville.equals("Rezé")): the code
# branches on the place it was written for. The names are those of auditor/data/communes.yml (communes of 5,000 inhabitants or
# more whose name is no common word, from INSEE's COG), less the names of départements and regions (Mayenne: read with them) and
# the large cities of CITY_NAMES (territory.city). A name in data or settings (a list of towns, an example's address) is no branch.
_COMMUNES: list[frozenset] = []
_COMPARED_BEFORE = lazy_compile(r"""(?:[=!]==?|\bcase|\.equals(?:IgnoreCase)?\(|\bin\s*\(|\bIN\s*\(|\bis|\beq|\bne)\s*$""")
_COMPARED_AFTER = lazy_compile(r"""^\s*(?:[=!]==?(?!>)|\.equals(?:IgnoreCase)?\()""")


def _commune(m) -> bool:
    if not _COMMUNES:
        from auditor.data import load
        from auditor.facts.territory_hosts import CITY_NAMES, place_named

        _COMMUNES.append(frozenset(n for n in load("communes.yml").get("communes") or [] if n not in CITY_NAMES and not place_named(n, 3)))
    if m.group(1) not in _COMMUNES[0] or not in_code(m):
        return False
    s = m.string
    before = s[max(s.rfind("\n", 0, m.start()) + 1, m.start() - 80): m.start()]
    after = s[m.end(): m.end() + 40].split("\n", 1)[0]
    return bool(_COMPARED_BEFORE.search(before) or _COMPARED_AFTER.search(after))


# the line before a postal code opening its own line in a page: an address element's lines, broken by <br> (<address>\n 50 avenue …<br>\n
# 66220 Saint Paul de Fenouillet<br>; issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes)
_ADDRESS_LINE_BEFORE = lazy_compile(r"(?:<br\s*/?>|<address\b[^>]*>|<p\b[^>]*>)[ \t]*\r?\n$", re.I)


# a street before the postal code on its line ("50 avenue du Général de Gaulle 66220 SAINT PAUL DE FENOUILLET</p>", a contact page's
# "Par courrier :" line; issue 12, s37 fn37 = manelocana/SIVOM_du_Fenouilledes): the number and way of an address, then its town
STREET = (r"(?<![\w.,])\d{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|place|chemin|route|all[ée]e|impasse|quai|cours|square|"
          r"esplanade|parvis|rond-point)[ \t][^<>'\"`\n]{1,60}?[ \t,]")
_STREET_START = lazy_compile(STREET)


# A French postal code then its town, as an address writes them: "29200 Brest", or with a dash between them ("68760 - Willer-sur-Thur",
# a town hall's footer; issue 12, s39 fk39 = SofianeMohamedStd/Mairie-de-Willer-sur-Thur), closed by a quote or a tag, or ending its line
# (the town alone on the last line of an address broken by <br>)
POSTCODE_TOWN = (r"""((?:0[1-9]|[1-8]\d|9[0-5]|9[78])\d{3}(?:[ \t]+|[ \t]*[-–—][ \t]*)[A-ZÀ-Ý][\w'’]*(?:[- ][\w'’]+){0,5})"""
                 r"""(?:[ \t]+CEDEX(?:[ \t]+\d{1,2})?)?[ \t]*(?:['"`<]|\r?$)""")
_DASHED = lazy_compile(r"^\d{5}[ \t]*[-–—]")
_OWN_BODY = r"\b(?:[Mm]airie|[Vv]ille|[Cc]ommune|MAIRIE|VILLE|COMMUNE)[ \t]+(?:de[ \t]+|d['’])"


def postcode_town_name(value: str) -> str:
    """The town of a postal code and town ("68760 - Willer-sur-Thur": Willer-sur-Thur)."""
    return re.sub(r"^\d{5}[ \t]*[-–—]?[ \t]*", "", str(value)).strip()


def _postal_town(m) -> bool:
    """Not a number then a word that is no place (a quantity and its unit, '12000 Euros', '10000 Utilisateurs'): a name of two
    letters or more that is no common unit, nor a sentence (five or more words). A code opening its line (no tag or quote before it)
    counts only on an address's line, the line before it ending on <br>, <address> or <p>; one ending its line, only then. A dash
    between the code and the town ("68760 - Willer-sur-Thur") is an address's when the town is a commune of communes.yml, or the
    one the same text names its town hall, town or commune after ("Mairie de Willer-sur-Thur"): not a code and a label."""
    opened = m.string[m.start():m.start() + 1] in (">", "'", '"', "`")
    if not opened and not _STREET_START.match(m.string, m.start()) and not _ADDRESS_LINE_BEFORE.search(m.string, max(0, m.start() - 300), m.start()):
        return False
    if m.string[m.end() - 1:m.end()] not in ("'", '"', "`", "<") and opened:
        return False  # (a quote or a tag opened before the code closes after the town)
    name = postcode_town_name(m.group(1))
    if _DASHED.match(m.group(1)):
        from auditor.facts.territory_hosts import known_commune

        if not known_commune(name) and not re.search(_OWN_BODY + re.escape(name) + r"(?![\w-])", m.string[:200_000]):
            return False
    return len(name) >= 2 and name.split("-")[0].split(" ")[0].lower() not in _NOT_TOWNS and len(name.split()) <= 4


_NOT_TOWNS = frozenset({"euros", "euro", "eur", "km", "m", "habitants", "hab", "utilisateurs", "users", "points", "pts", "octets", "bytes", "ko",
                        "mo", "lignes", "lines", "ms", "px", "items", "elements", "éléments", "fois", "jours", "days", "ans", "years", "heures",
                        "hours", "minutes", "secondes", "seconds", "agents", "personnes", "logements", "foyers", "tonnes", "litres", "kwh", "mwh",
                        "ha", "hectares", "visites", "visits", "pages", "requêtes", "requests", "caractères", "characters", "mots", "words"})


def _names_commune(label: str) -> bool:
    if not _COMMUNES:
        _commune_names()
    words = re.findall(r"[A-ZÀ-Ý][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*", label)
    return any(w in _COMMUNES[0] for w in words[:10])


def _commune_names() -> None:
    from auditor.data import load
    from auditor.facts.territory_hosts import CITY_NAMES, place_named

    _COMMUNES.append(frozenset(n for n in load("communes.yml").get("communes") or [] if n not in CITY_NAMES and not place_named(n, 3)))
