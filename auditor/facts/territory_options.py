"""A form's closed list of one territory's communes (reusability.territory-neutral): a ``<select>`` whose options name five
communes or more (``<option value="billere">Billère</option>``, ``<option value="lescar">Lescar</option>``… the communes of an
agglomeration where the users live; or their town halls, "Mairie de Bais"): the territory the form was written for, which a second one rewrites, instead of a list fed by
a référentiel (INSEE's Code officiel géographique, geo.api.gouv.fr) (issue 12, s40 fj40 = Romain64290/sport_sante).

The names are those the tool knows (auditor/data/communes.yml: communes of 5,000 inhabitants or more whose name is no common word,
and the large cities), as written or without their accents and case (Billere for Billère: issue 12, s43 ff43 = Romain64290/memotri). A list naming three large cities or more spans France (a national form's choice of cities), no
one territory's; a list of 100 options or more is a register's copy (commune_lists). Bounded: the select's first 20,000 characters,
its first 100 options.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

MIN_COMMUNES = 5
# (the option's text after its tag's last ">": a PHP test inside the tag, <option value="lons" <?php if(…){echo "selected";} ?> >Lons</option>)
_OPTION = lazy_compile(r"<option\b[^\n]{0,400}?>\s*([^<>\n]{1,80}?)\s*</option>", 0)
_END = lazy_compile(r"</select\s*>", 0)


_FORMER: list[frozenset] = []


def compound_place(letters: str) -> bool:
    """``letters`` (a name of several words, its letters and digits) name a commune as INSEE's COG gives it, whatever its size: a
    commune's own (communes.yml's domain_names) or a commune's merged into a commune nouvelle or associated with another that still
    names its place (former_names: crassurreyssouze, Cras-sur-Reyssouze in Bresse Vallons, a weather widget's slug; issue 12, s42
    fa42 = SBVR-jeremy/sbvr_observatory_myliaq)."""
    from auditor.facts.territory_hosts import _cog_names

    if not _FORMER:
        from auditor.data import load

        _FORMER.append(frozenset(str(load("communes.yml").get("former_names") or "").split()))
    return letters in _cog_names()[0] or letters in _FORMER[0]


def known_place(name: str) -> bool:
    """``name`` is a commune's the tool knows: written as INSEE writes it, one of auditor/data/communes.yml's or a large city's
    (known_commune), or a name of several words (hyphens, spaces) whose letters are a commune's own as INSEE's COG gives it, whatever
    its size (communes.yml's domain_names: the names joining three words with a linking word, Montbrison-sur-Lez, Suze-la-Rousse,
    Saint-Pantaléon-les-Vignes): a small commune of a syndicate's territory is named so (issue 12, s41 ff41 = Mikeyouf/smbvl-demo)."""
    from auditor.facts.territory_hosts import known_commune

    if known_commune(name):
        return True
    return bool(re.search(r"\w[- ]+\w", name.strip())) and compound_place(_slug(name).replace("_", ""))


def quoted_communes(names) -> set[str]:
    """The distinct communes (squeezed) that ``names`` (quoted strings of a table) name: communes.yml's compared without accents,
    case, hyphens or apostrophes, or a name of several words :func:`known_place` knows."""
    from auditor.facts.commune_lists import _communes, _norm

    known = _communes()
    return {_norm(n) for n in names if _norm(n) in known or known_place(n)}


ONE_DEPARTEMENT_MIN, ONE_DEPARTEMENT_SHARE = 10, 0.8
_DEPARTEMENTS_OF: list[dict[str, frozenset[str]]] = []


def departements_of(letters: str) -> frozenset[str]:
    """The codes of the départements where a commune is named ``letters`` (its letters and digits, lower case: avrille), as
    auditor/data/communes.yml's commune_departements gives them (several for a name communes share: Avrillé, 49 and 85)."""
    if not _DEPARTEMENTS_OF:
        from auditor.data import load

        by_name: dict[str, set[str]] = {}
        for code, names in sorted((load("communes.yml").get("commune_departements") or {}).items()):
            for name in str(names).split():
                by_name.setdefault(name, set()).add(str(code))
        _DEPARTEMENTS_OF.append({k: frozenset(v) for k, v in by_name.items()})
    return _DEPARTEMENTS_OF[0].get(letters, frozenset())


def one_departement(normed: set[str]) -> str | None:
    """The département whose communes ``normed`` (squeezed as :func:`quoted_communes` gives them) name, when they are one
    département's: :data:`ONE_DEPARTEMENT_MIN` of them at least, and :data:`ONE_DEPARTEMENT_SHARE` of those whose département is
    known (a département's fire stations named after their communes, issue 12, s45 fc45); None for a list spread across France (a
    national form's examples) or across several départements."""
    places = [departements_of(re.sub(r"[^a-z0-9]", "", n.lower())) for n in sorted(normed)]
    places = [p for p in places if p]
    counts: dict[str, int] = {}
    for p in places:
        for code in p:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    code, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return code if n >= ONE_DEPARTEMENT_MIN and n >= ONE_DEPARTEMENT_SHARE * len(places) else None


def large_cities(normed: set[str]) -> int:
    """How many of ``normed`` (squeezed as :func:`quoted_communes` gives them) are large cities (CITY_NAMES)."""
    from auditor.facts.commune_lists import _norm
    from auditor.facts.territory_hosts import CITY_NAMES

    return len(normed & {_norm(c) for c in CITY_NAMES})


# (or a commune named through its town hall or its social action centre, "Mairie de Bais", "Mairie d'Étrelles", "CCAS de Vitré": the
# commune, whatever its size — a loans tool's client list of an agglomeration's town halls, s43 fh43 = efroc/stockvc)
_TOWN_HALL = lazy_compile(r"^(?:mairie|h[oô]tel de ville|ccas)[ \t]+(?:de[ \t]+(?:la[ \t]+|l['’])?|d['’]|du[ \t]+|des[ \t]+)[A-ZÀ-Ý][\w'’ -]{1,60}$", re.I)


def commune_options(text: str) -> list[str]:
    """The known communes' names a select's body (``text``, from its opening tag on) lists, in order, each once (:func:`known_place`)."""
    end = _END.search(text, 0, 20_000)
    if not end:
        return []
    options = [html.unescape(o.group(1)).strip() for o in _OPTION.finditer(text, 0, end.start())][:100]
    if len(options) >= 100:
        return []
    from auditor.facts.commune_lists import _communes, _norm

    out: list[str] = []
    for name in options:  # (and a name written without its accents or in capitals, Billere, LESCAR: compared as quoted_communes does)
        if (known_place(name) or _norm(name) in _communes() or _TOWN_HALL.match(name)) and name not in out:
            out.append(name)
    return out


def _accept(m) -> bool:
    from auditor.facts.territory_hosts import CITY_NAMES
    from auditor.facts.territory_values import in_code

    names = commune_options(m.string[m.end():])
    return len(names) >= MIN_COMMUNES and sum(n in CITY_NAMES for n in names) < 3 and in_code(m)


signal("territory.commune-options", r"(<select\b[^>\n]{0,300}>)", ("<select",), flags=0, classes=("code", "template"), group=1, accept=_accept)


# ... and the same communes the code branches on by their slugs (a dashboard counting its users per commune: case $commune == "billere":
# ++$billere; case 'jurancon':): five known communes' slugs or more compared in one file; one finding per file, at its first comparison
_COMPARED_SLUG = r"""(?:\bcase[ \t]+(?:\$\w+[ \t]*===?[ \t]*)?|[=!]==?[ \t]*)["']([a-z][a-z_-]{1,40})["']"""
_COMPARED = lazy_compile(_COMPARED_SLUG, 0)


def _slug(name: str) -> str:
    return "_".join(re.split(r"[-'’ ]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()))


@functools.lru_cache(maxsize=1)
def _slugs() -> frozenset[str]:
    from auditor.data import load
    from auditor.facts.territory_hosts import CITY_NAMES

    names = list(load("communes.yml").get("communes") or []) + list(CITY_NAMES)
    return frozenset(s for n in names for s in {_slug(n), _slug(n).replace("_", "-")} if len(s) >= 4)


def _first_of_many(m) -> bool:
    from auditor.facts.territory_values import in_code

    known = _slugs()
    if m.group(1) not in known or not in_code(m):
        return False
    seen: list[str] = []
    first = None
    for c in itertools.islice(_COMPARED.finditer(m.string[:200_000]), 400):
        line = c.string[c.string.rfind("\n", 0, c.start()) + 1: c.start()]
        if c.group(1) in known and "<option" not in line:  # (an option selected by the value stored: the select's, commune-options)
            first = c.start() if first is None else first
            if c.group(1) not in seen:
                seen.append(c.group(1))
    return len(seen) >= MIN_COMMUNES and first == m.start()


signal("territory.commune-switch", _COMPARED_SLUG, ("case", "=="), flags=0, classes=("code",), group=1, accept=_first_of_many)


# ... and a commune's slug in the address of a third party's page or widget the code embeds or fetches (a weather widget's
# https://www.meteoblue.com/fr/weather/widget/daily/bourg-en-bresse_france_3031009, a forecast page's /previsions/pont-de-vaux/01190):
# the place the code was written for, which a second territory changes in the code (issue 12, s41 ff41 =
# SBVR-jeremy/sbvr_observatory_myliaq). A whole path segment, or its part before "_" (the country, the place's number), of words
# joined by hyphens, that is a commune's name the tool knows (communes.yml and the large cities, or the COG's names joining words:
# :func:`known_place`); a single word, which a path shares with too many others, is not read
_URL_PLACE = r"""https?://[^\s'"`<>()]{1,300}?/([a-z]{2,30}(?:-[a-z]{1,30}){1,6})(?:_[a-z0-9_-]{1,40})?(?=[/?#&'"`\s)<]|$)"""


def _place_in_url(m) -> bool:
    from auditor.facts.territory_values import in_code

    slug = m.group(1)
    return (slug in _slugs() or compound_place(slug.replace("-", ""))) and in_code(m)


signal("territory.commune-url", _URL_PLACE, ("http",), flags=0, classes=("code", "template"), group=1, accept=_place_in_url)


# ... and a hydrometric station's or site's code as Hydro EauFrance gives it (a letter and 7 digits for a site, U4014010; 9 for a
# station, U401402001), quoted in the code on a line that speaks of stations or hydrometry (stations[4] = {'code': 'U4014020', …}):
# the gauges of the one river basin the code was written for, which a second territory replaces in the code (issue 12, s42 fa42 =
# SBVR-jeremy/sbvr_observatory_myliaq). A code of that shape elsewhere (a product's reference) and a comment line are not read
_HYDRO_CODE = r"""['"]([A-Z][0-9]{7}(?:[0-9]{2})?)['"]"""
_HYDRO_WORDS = lazy_compile(r"station|hydro", re.I)


def _hydro_station(m) -> bool:
    from auditor.facts.territory_values import in_code

    s = m.string
    line = s[s.rfind("\n", 0, m.start()) + 1: (s.find("\n", m.end()) + 1 or len(s) + 1) - 1]
    return bool(_HYDRO_WORDS.search(line)) and in_code(m)


signal("territory.hydro-station", _HYDRO_CODE, ("station", "hydro"), flags=0, classes=("code", "template"), group=1, accept=_hydro_station)


# ... and the logo of a région or a département a page shows, its file named after that territory under a logos folder or as a logo
# (pics/logos/region_occitanie.jpg, logos/aude.png, logo-bretagne.svg): the funders and partners of the one territory the code was
# written for, whose logos a second territory replaces in its pages (issue 12, s42 fa42 = SMMAR11/styx). The file's name, less the
# body's kind before it (region, departement, cd, conseil-departemental…), is a région's (present or former) or a département's name of
# four letters or more (auditor/facts/territory_hosts: REGIONS, DEPARTEMENTS); a logo of another name (europe.jpg, etat.jpg) is none
_LOGO = r"""(?:^|[/'"(\s])((?:logos?|logotypes?)/(?:[\w-]{1,40}/)?)?((?:logo[_-])?[a-z][a-z_-]{2,40}\.(?:png|jpe?g|svg|gif|webp))\b"""
_LOGO_KIND = lazy_compile(r"^(?:logo[_-])?(?:(?:la[_-]?)?region|departement|dept|cd|cg|conseil[_-]?(?:departemental|general|regional)|"
                          r"collectivite)?[_-]?(?:de[_-]|du[_-]|d[_-])?")


def logo_territory(stem: str) -> str | None:
    """The région or département a logo's file name (its stem) names, as a slug; None when it names none."""
    from auditor.facts.territory_hosts import DEPARTEMENTS, REGIONS

    name = _LOGO_KIND.sub("", stem.lower(), count=1).replace("_", "-").strip("-")
    return name if len(name.replace("-", "")) >= 4 and (name in REGIONS or name in DEPARTEMENTS) else None


def _territory_logo(m) -> bool:
    from auditor.facts.territory_values import in_code

    stem = m.group(2).rsplit(".", 1)[0]
    return bool(m.group(1) or stem.lower().startswith("logo")) and bool(logo_territory(stem)) and in_code(m)


signal("territory.territory-logo", _LOGO, ("logo",), classes=("code", "template"), group=2, accept=_territory_logo)
