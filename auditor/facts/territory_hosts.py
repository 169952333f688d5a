"""The names of France's places (towns, départements, regions) and the hosts that belong to one territory: a local
authority's site, data portal or GIS server (data.loire-atlantique.fr, geo.vendee.fr, trouver.datasud.fr), or one territory's
account on a shared service (asp-loire-atlantique.sphinxonline.net). Read by the territory signals of
:mod:`auditor.facts.territory_values`."""

from __future__ import annotations

import functools
import re

from auditor.lazyre import lazy_compile

CITY_NAMES = ("Paris", "Marseille", "Lyon", "Toulouse", "Nantes", "Montpellier", "Strasbourg", "Bordeaux", "Lille", "Rennes", "Reims",
              "Toulon", "Saint-Étienne", "Saint-Etienne", "Le Havre", "Grenoble", "Dijon", "Angers", "Nîmes", "Nimes", "Villeurbanne",
              "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Limoges", "Amiens", "Perpignan", "Metz", "Besançon", "Besancon",
              "Boulogne-Billancourt", "Orléans", "Orleans", "Mulhouse", "Rouen", "Caen", "Nancy", "Argenteuil", "Montreuil", "Roubaix",
              "Tourcoing", "Nanterre", "Avignon", "Créteil", "Creteil", "Dunkerque", "Poitiers", "Asnières-sur-Seine", "Versailles",
              "Courbevoie", "Vitry-sur-Seine", "Colombes", "Aulnay-sous-Bois", "La Rochelle", "Rueil-Malmaison", "Champigny-sur-Marne",
              "Antibes", "Saint-Maur-des-Fossés", "Cannes", "Calais", "Béziers", "Beziers", "Saint-Nazaire", "Colmar", "Bourges", "Mérignac",
              "Ajaccio", "Bastia", "Quimper", "Valence", "Troyes", "Chambéry", "Chambery", "Niort", "Lorient", "Vannes", "Annecy", "Pessac",
              "Cergy", "Saint-Denis", "Saint-Quentin", "Beauvais", "Cholet", "Chartres", "Évreux", "Evreux", "Laval", "Montauban",
              "Angoulême", "Angouleme", "Arras", "Belfort", "Blois", "Châteauroux", "Chateauroux", "Périgueux", "Perigueux", "Agen",
              "Albi", "Auxerre", "Carcassonne", "Saint-Brieuc", "Tarbes", "Gap", "Digne-les-Bains", "Mont-de-Marsan", "Rodez", "Cahors",
              "Guéret", "Tulle", "Aurillac", "Mende", "Privas", "Bourg-en-Bresse", "Lons-le-Saunier", "Vesoul", "Épinal", "Epinal",
              "Bar-le-Duc", "Chaumont", "Charleville-Mézières", "Châlons-en-Champagne", "Saint-Lô", "Alençon", "Alencon",
              "La Roche-sur-Yon", "Mamoudzou", "Nouméa", "Noumea", "Papeete", "Cayenne", "Fort-de-France", "Basse-Terre", "Pointe-à-Pitre", "Lannion", "Plouzané",
              "Isère", "Gironde", "Finistère", "Bouches-du-Rhône", "Haute-Garonne", "Hérault", "Ille-et-Vilaine", "Loire-Atlantique",
              "Seine-Saint-Denis", "Val-de-Marne", "Hauts-de-Seine", "Pas-de-Calais", "Bas-Rhin", "Haut-Rhin", "Côtes-d'Armor",
              "Morbihan", "Savoie", "Haute-Savoie", "Puy-de-Dôme", "Maine-et-Loire", "Seine-Maritime", "Alpes-Maritimes")
# The names above that are also an ordinary English word (Debian's wamerican list holds them in lower case, read 2026-12-07, as
# scripts/build_communes.py leaves such words out of communes.yml): "Gap" is a gap (a QGIS plugin's QLabel("Gap") over its jump
# distance, issue 12, s43 fg43 = cazitouni/QgisGLViewer), "Valence" a valence, "Tulle" a fabric; the place only beside a territory cue
WORD_CITIES = frozenset({"angers", "cayenne", "gap", "tulle", "valence"})


# -- one local authority's web or data host: a portal (data.<ville>.fr), a GIS server (geo.<département>.fr/wms) --------
DEPARTEMENTS = (
    "ain aisne allier alpes-de-haute-provence hautes-alpes alpes-maritimes ardeche ardennes ariege aube aude aveyron "
    "bouches-du-rhone calvados cantal charente charente-maritime cher correze corse-du-sud haute-corse cote-d-or cotedor "
    "cotes-d-armor cotesdarmor creuse dordogne doubs drome eure eure-et-loir finistere gard haute-garonne gers gironde herault "
    "ille-et-vilaine indre indre-et-loire isere jura landes loir-et-cher loire haute-loire loire-atlantique loiret lot "
    "lot-et-garonne lozere maine-et-loire manche marne haute-marne mayenne meurthe-et-moselle meuse morbihan moselle nievre "
    "lenord oise orne pas-de-calais puy-de-dome pyrenees-atlantiques hautes-pyrenees pyrenees-orientales bas-rhin haut-rhin "
    "rhone haute-saone saone-et-loire sarthe savoie haute-savoie seine-maritime seine-et-marne yvelines deux-sevres somme "
    "tarn tarn-et-garonne var vaucluse vendee haute-vienne vosges yonne territoire-de-belfort essonne hauts-de-seine "
    "seine-saint-denis val-de-marne valdemarne val-d-oise valdoise guadeloupe martinique guyane reunion mayotte").split()
_DEPT_SLUGS = frozenset(DEPARTEMENTS) | {d.replace("-", "") for d in DEPARTEMENTS}
REGIONS = ("auvergne-rhone-alpes auvergnerhonealpes bourgogne-franche-comte bourgognefranchecomte bretagne centre-val-de-loire "
           "centre-valdeloire centrevaldeloire corse grand-est grandest hauts-de-france hautsdefrance ile-de-france iledefrance "
           "normandie nouvelle-aquitaine occitanie laregion pays-de-la-loire paysdelaloire maregionsud regionsud "
           # the former regions, whose names the portals kept (GéoPicardie, CIGAL of Alsace, PIGMA of Aquitaine)
           "alsace lorraine champagne-ardenne picardie nord-pas-de-calais haute-normandie basse-normandie limousin auvergne "
           "aquitaine poitou-charentes midi-pyrenees languedoc-roussillon rhone-alpes franche-comte "
           # the overseas collectivities (the overseas régions and départements are among DEPARTEMENTS)
           "nouvelle-caledonie nouvellecaledonie polynesie-francaise polynesiefrancaise saint-pierre-et-miquelon wallis-et-futuna "
           "saint-barthelemy").split()
_PLACEHOLDER_TOWN = lazy_compile(r"nomde(la)?ville|nom-de-(la-)?ville|nomdelacommune|nom-de-la-commune|votre-?(ville|commune|collectivite)|"
                               r"ma-?(ville|commune|collectivite)|macollectivite|xxx|example|exemple|test", re.I)
_TOWN_HALL = lazy_compile(r"^(?:mairie|ville-de|ville-d|commune-de)-?[a-z]")
# a local government named by its kind and its place under a country-code domain: New Caledonia's provinces (province-sud.nc,
# province-nord.nc), a département's or region's council (departement-xx.fr, conseil-departemental-xx.fr, cd29.fr, cg44.fr)
# a commune's own name as a domain label, in the compound shape of French communes (samois-sur-seine.fr, aulnay-sous-bois.fr,
# boulogne-sur-mer.fr, lons-le-saunier's neighbours villers-les-nancy.fr): the commune's site, its statistics or mail server
_COMMUNE_LABEL = lazy_compile(r"^[a-z]{3,}(?:-[a-z]{2,})?-(?:sur|sous|les|lez)-[a-z]{3,}(?:-[a-z]{2,})?$")
_BODY_LABEL = lazy_compile(r"^(?:province|departement|region|conseil-?departemental|conseil-?general|conseil-?regional|collectivite)-[a-z]|^c[dg]\d{2}$"
                           # a département's public establishment named by its kind's initials and the département's number: an
                           # agence technique départementale (CGCT L5511-1: atd16.fr, whose install script writes its admin mailbox;
                           # atd31.fr), a syndicat départemental d'énergie (sde82.fr, sde76.fr), a fire and rescue service (sdis64.fr)
                           # (and a syndicat départemental d'énergie under the "Territoire d'énergie" name its network gives it, with
                           # the département's number: te44.fr, Territoire d'énergie Loire-Atlantique; te53.fr, Mayenne's; issue 12,
                           # s45 fc45, territoire-energie-paysdelaloire.fr/qui-sommes-nous read 2026-12-07)
                           r"|^(?:atd|sde|sdis|te)-?(?:0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])$")
# a département's own digital operator, a syndicat mixte named after the département (Manche Numérique's manchenumerique.fr, whose
# agents commit a WordPress plugin; sommenumerique.fr, gironde-numerique.fr) or its number (numerique47.fr): one territory's OPSN
_DEPT_DIGITAL = lazy_compile(r"^(?:(?P<dept>[a-z-]+?)-?numerique|numerique-?(?:0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6]))$")
# (and a région or département joined to its name, regionreunion.com: the Région Réunion's site and open-data portal, data.regionreunion.com;
# issue 12, s40 fl40 = gitreunion/datacup-challenge-muc)
_AUTHORITY_WORDS = lazy_compile(r"^(?:grand-?|ville-?|mairie-?|agglo-?|metropole-?|ca-|cc-|cu-|cd-?|region-?|departement-?)|(?:-?metropole|-?agglo|-?agglomeration|3m)$")


# A data or GIS portal is named data/geo/carto/sig + its territory (datasud.fr: Région Sud's open-data portal; geobretagne.fr,
# geograndest.fr, sigloire.fr); a region's brand (sud, paca, aura) names it only after such a word (sud.fr alone says nothing)
_PORTAL_WORDS = lazy_compile(r"^(?:open-?data|data|geo|carto|sig|ide)-?(?=[a-z])")
# a municipal facility named after its town (mediathequederoubaix.fr, bibliotheque-grenoble.fr, piscine-de-lille.fr): the one
# commune's library, pool or conservatoire, whose site the code calls
_FACILITY_WORDS = lazy_compile(r"^(?:reseau-?)?(?:mediatheques?|bibliotheques?|piscines?|conservatoire|musees?|ludotheques?|archives)-?(?:de-?|du-?|des-?|d-)?(?=[a-z])")
# the country's and its regions' top-level domains, under which a commune's name is the commune's (CPCE art. L45-2)
_NATIONAL_TLDS = frozenset({"fr", "bzh", "alsace", "corsica", "paris", "re", "gp", "mq", "gf", "yt", "pm", "nc", "pf", "wf"})
REGION_BRANDS = frozenset({"sud", "regionsud", "paca", "aura", "ara", "bfc", "hdf", "idf", "grandest", "grand-est", "occitanie", "normandie"})
# a region's short name ending a body's or a platform's domain after a hyphen (epf-npdc.fr: the Nord-Pas-de-Calais land agency, whose
# mailbox a regional SDI's code writes; ppige-npdc.fr, that SDI's portal): that region's own; only the letters no word is
# (not "sud", nor "ara")
# (and the merged regions' provisional names of 2016, their Conseils régionaux' domains then: laregion-alpc.fr, Aquitaine-Limousin-Poitou-
# Charentes, now Nouvelle-Aquitaine; ACAL, now Grand Est; LRMP, now Occitanie; issue 12, s41 fb41 = CDG47-Dev/t3_Serignac)
REGION_SUFFIXES = frozenset({"npdc", "paca", "aura", "bfc", "hdf", "idf", "alpc", "acal", "lrmp"})


def _slug(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")


def _place_slugs() -> frozenset[str]:
    names = {_slug(n) for n in CITY_NAMES} | set(DEPARTEMENTS) | set(REGIONS)
    return frozenset(names | {n.replace("-", "") for n in names})


def known_departement(name: str) -> bool:
    """``name`` is a département's, as a slug (Gironde, Loire-Atlantique, Côtes-d'Armor, Nord)."""
    slug = _slug(name)
    return slug in _DEPT_SLUGS or slug.replace("-", "") in _DEPT_SLUGS or slug in ("nord", "le-nord")


_PLACES_CACHE: list[frozenset[str]] = []
_COMMUNE_NAMES: list[frozenset[str]] = []


def known_commune(name: str) -> bool:
    """``name`` is, written as INSEE writes it, a commune's of auditor/data/communes.yml or a large city's (CITY_NAMES)."""
    if not _COMMUNE_NAMES:
        from auditor.data import load

        _COMMUNE_NAMES.append(frozenset(load("communes.yml").get("communes") or []) | frozenset(CITY_NAMES))
    return name in _COMMUNE_NAMES[0]


_COG_CACHE: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []


def _cog_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names, letters and digits only, that are a commune's or an intercommunality's own as a domain's name under .fr
    (meaux, paysdelourcq), from INSEE's COG (auditor/data/communes.yml: scripts/build_communes.py says which are kept), less
    the domains organisations.yml gives to a mail provider or a company (orange.fr is the operator's, not Orange's town hall)."""
    if not _COG_CACHE:
        from auditor.data import load

        d, orgs = load("communes.yml"), load("organisations.yml")
        taken = {x.lower() for x in orgs.get("personal_domains") or []} | {c["domain"].lower() for c in orgs.get("companies") or []}
        held = {x.split(".")[0] for x in taken if x.endswith(".fr") and x.count(".") == 1}
        acronyms = frozenset(str(d.get("epci_acronyms") or "").split())
        epcis = frozenset(str(d.get("epci_names") or "").split()) | {a.lower() for a in acronyms}
        _COG_CACHE.append((frozenset(str(d.get("domain_names") or "").split()) - held, epcis - held, acronyms))
    return _COG_CACHE[0]


def epci_name(words: str) -> bool:
    """``words`` (an intercommunality's name written after "Agglo": "Pau Béarn Pyrénées", "du Pays de Dreux"), their letters and
    digits, are an EPCI's own name as INSEE's COG gives it (auditor/data/communes.yml's epci_names: paubearnpyrenees), with or
    without "agglo" before them (agglodupaysdedreux)."""
    letters = _slug(words).replace("-", "")
    epcis = _cog_names()[1]
    # (or "communauté" before them: INSEE names some agglomerations "CA Communauté <name>", kept as communaute<name>; issue 12, s45 fi45)
    return len(letters) >= 5 and any(lead + letters in epcis for lead in ("", "agglo", "agglomeration", "communaute"))


def epci_acronym(token: str) -> bool:
    """An intercommunality's initials as INSEE's name gives them (CA2BM: CA des Deux Baies en Montreuillois), five characters
    or more (auditor/data/communes.yml's epci_acronyms)."""
    return token in _cog_names()[2]


_ACRONYM_PARTS: list[frozenset[str]] = []


def epci_acronym_part(part: str) -> bool:
    """A part of a SQL identifier (split at its underscores) that is an intercommunality's initials in lower case: its kind's
    letters and its name's initials (carcba), or an agglomération's after the A of "Agglomération" (arcba: the ARC's
    geo_vm_osm_commune_arcba), five characters or more, no word (auditor/data/communes.yml's epci_acronyms and
    epci_agglo_acronyms): the warehouse of the one EPCI the data model was written for."""
    if not _ACRONYM_PARTS:
        from auditor.data import load

        agglo = str(load("communes.yml").get("epci_agglo_acronyms") or "").split()
        _ACRONYM_PARTS.append(frozenset(a.lower() for a in (*_cog_names()[2], *agglo)))
    return part in _ACRONYM_PARTS[0]


_AUTHORITY_ACRONYMS: list[frozenset[str]] = []
_PAREN_ACRONYM = lazy_compile(r"\(([A-Z][A-Z0-9]{2,9})\)")


def authority_acronym_part(part: str) -> bool:
    """A part of a SQL identifier that is the acronym of a local authority auditor/data/organisations.yml lists, as its name gives
    it in parentheses (Métropole Européenne de Lille (MEL): G_REFERENTIEL.MEL_COMMUNE, the MEL's own table of its communes), in
    lower case: known authorities' acronyms only, never any three letters."""
    if not _AUTHORITY_ACRONYMS:
        from auditor.data import load

        bodies = load("organisations.yml").get("public_bodies") or []
        _AUTHORITY_ACRONYMS.append(frozenset(a.lower() for a in listed_acronyms()))
    return part in _AUTHORITY_ACRONYMS[0]


@functools.lru_cache(maxsize=1)
def listed_acronyms() -> tuple[str, ...]:
    """The acronyms of the local authorities and operators auditor/data/organisations.yml lists: as their names give them in
    parentheses (Métropole Européenne de Lille (MEL)) and as their ``acronyms`` list them (TE44, SYDELA), sorted."""
    from auditor.data import load

    out: set[str] = set()
    for b in load("organisations.yml").get("public_bodies") or []:
        if isinstance(b, dict) and b.get("type") in ("local-authority", "opsn"):
            out.update(_PAREN_ACRONYM.findall(str(b.get("name") or "")))
            out.update(str(a) for a in b.get("acronyms") or [])
    return tuple(sorted(out))


def cog_domain(label: str) -> bool:
    """A domain's name (its label under .fr) that is a commune's name (meaux, samois-sur-seine, saint-denis) or an
    intercommunality's (paysdelourcq, cc-paysdelourcq, agglo-seine-eure, its initials ca2bm), written with or without hyphens."""
    communes, epcis, _ = _cog_names()
    flat = re.sub(r"[^a-z0-9]", "", label)
    core = re.sub(r"[^a-z0-9]", "", _AUTHORITY_WORDS.sub("", label))
    return flat in communes or flat in epcis or (core != flat and len(core) >= 4 and (core in epcis or core in communes))


# A forge a body runs itself, named by its software (gitlab.villejuif.fr, git.<org>.fr, gitea. and forgejo. hosts), addressed at a
# repository's page: the code's home, a link as github.com's is (an upstream project's credit in a page's footer, a 'repository'
# metadata); its raw files, archives, packages or API, read at run time, stay that body's server (s39 ff39: a commune's mail2pdf
# crediting Villejuif's gitlab.villejuif.fr/depots-public/mail2pdf)
_FORGE_SOFTWARE = frozenset({"gitlab", "gitea", "forgejo", "git", "forge"})
_FORGE_FETCH = lazy_compile(r"/(?:-/)?(?:raw|archive|jobs|uploads|releases/download|packages|api|files)(?:/|$)|/api/v\d|[?&](?:private_)?token=", re.I)


def forge_link(host: str, path: str | None) -> bool:
    """``host`` is a self-hosted forge (its first label the forge's software) and ``path`` a repository's page, not a file fetched."""
    labels = host.lower().rstrip(".").split(".")
    return len(labels) >= 3 and labels[0] in _FORGE_SOFTWARE and not _FORGE_FETCH.search(path or "")


def authority_host(host: str) -> bool:
    """A host of one local authority: its registrable domain names a commune, a département or a region
    (data.loire-atlantique.fr, geo.vendee.fr, download.data.grandlyon.com, carto.bretagne.bzh), or a local government by its
    kind and place (www.province-sud.nc, cd29.fr)."""
    if not _PLACES_CACHE:
        _PLACES_CACHE.append(_place_slugs())
    labels = host.lower().rstrip(".").split(".")
    if len(labels) < 2:
        return False
    if _under_any(host, _typed_domains(("opsn", "local-authority")), itself=True):
        # a listed public digital service operator of one territory, whose domain names no place (ecollectivites.fr), or a listed
        # local public body (a regional geodata platform run by its Région, geo2france.fr; an energy syndicate, sieml.fr); under a
        # registry-like second level too, the overseas governments' gov.pf and gouv.nc (s40 fo40)
        return True
    if _under_any(host, _agency_domains(), itself=True):
        # one territory's agence d'urbanisme (organisations.yml's territory_agencies: audiar.org, apur.org), whose domain names no
        # place: its portals and servers (data.audiar.org, srv-gitlab.audiar.net) are that territory's
        return True
    if labels[-2] in ("gouv", "gov", "ac", "asso", "com", "org", "tm"):
        return False
    label, tld = labels[-2], labels[-1]
    if tld == "dev":  # a development domain: a listed operator's test platforms only (auth.test.recia.dev), no place's name
        return False
    if _PLACEHOLDER_TOWN.search(label):  # mairie-nomdeville.fr, ville-de-votrecommune.fr: a template's placeholder
        return False
    if _TOWN_HALL.match(label):  # mairie-saint-maur.com, ville-de-xxx.org: a town hall's name, whatever the place
        return True
    core = _AUTHORITY_WORDS.sub("", label)
    portal = _PORTAL_WORDS.sub("", label)
    if portal != label and (portal in _PLACES_CACHE[0] or portal in REGION_BRANDS):
        return True  # a data or GIS portal named after its territory (datasud.fr, geobretagne.fr, sigloire.fr)
    facility = _FACILITY_WORDS.sub("", label)
    if facility != label and facility in _PLACES_CACHE[0]:
        return True  # a town's library or pool named after it (mediathequederoubaix.fr)
    if tld not in ("com", "org", "net", "eu") and (_BODY_LABEL.search(label) or _COMMUNE_LABEL.match(label)):
        return True
    if tld in _NATIONAL_TLDS and (m := _DEPT_DIGITAL.match(label)) and (not m.group("dept") or m.group("dept") in _DEPT_SLUGS):
        return True
    if tld in _NATIONAL_TLDS and cog_domain(label):  # a commune's or an EPCI's name (meaux.fr, paysdelourcq.fr): AFNIC keeps it for that body
        return True
    if tld in ("com", "org", "net") and (m := _DEPT_DIGITAL.match(label)) and m.group("dept") in _DEPT_SLUGS:
        return True  # (a département's digital syndicat under a generic TLD, <département>numerique.com: issue 12, s48 fa48)
    if tld in ("com", "org", "net"):  # a place's name under a generic TLD only with a local-authority word (grandlyon.com)
        return core != label and core in _PLACES_CACHE[0]
    return label in _PLACES_CACHE[0] or core in _PLACES_CACHE[0]




# A national or regional nature park's own domain, its kind written beside the park's name (ecrins-parcnational.fr, cevennes-parcnational.fr,
# parc-amazonien-guyane.fr, pnr-scarpe-escaut.fr, parc-naturel-normandie-maine.fr): the site of the body managing one territory;
# the word alone (a federation's parcs-naturels-regionaux.fr, the national network's parcsnationaux.fr) names none
_PARK_LABEL = lazy_compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?(?:parcnational|parc-national|parc-naturel(?:-regional)?|pnr|parc-amazonien)(?:-[a-z0-9]+)*$")
_PARK_WORDS = frozenset({"parcnational", "parc-national", "parc-naturel", "parc-naturel-regional", "pnr", "parc-amazonien"})


def park_host(host: str) -> bool:
    """A host of one national or regional nature park (see :data:`_PARK_LABEL`): a territory's, whoever runs the code (issue 12, s35
    s35 = m31o3 PnEcrins/FollowDem: a map of collared ibex fetching the park's news from www.ecrins-parcnational.fr); or of a park
    whose "parc-<name>" domain organisations.yml lists as a public body's (:func:`_listed_parks`: abris.parc-du-vercors.fr, the PNR
    du Vercors' own server written in a contractor's code, issue 12, s43 fk43 = Probesys/abris-non-gardes)."""
    labels = host.lower().rstrip(".").split(".")
    return len(labels) >= 2 and (labels[-1] in _NATIONAL_TLDS | {"com", "org", "net", "eu"} and bool(_PARK_LABEL.match(labels[-2]))
                                 and labels[-2] not in _PARK_WORDS or ".".join(labels[-2:]) in _listed_parks())


_LISTED_PARK = lazy_compile(r"^(?:parc|pnr)-[a-z0-9-]+\.[a-z]+$")


@functools.lru_cache(maxsize=1)
def _listed_parks() -> frozenset[str]:
    """organisations.yml's public domains named "parc-<name>" or "pnr-<name>": listed one by one as a Parc naturel régional's (its
    syndicat mixte's) own, since "parc-" alone also opens amusement parks' domains."""
    from auditor.data import load

    return frozenset(str(x).lower() for x in load("organisations.yml").get("public_domains") or [] if _LISTED_PARK.match(str(x).lower()))


def region_host(host: str) -> bool:
    """A host of one region's body or platform, named with the region's short name after a hyphen (epf-npdc.fr, ppige-npdc.fr:
    see :data:`REGION_SUFFIXES`), under a national top-level domain: territory-specific, whoever runs it (a State agency too)."""
    labels = host.lower().rstrip(".").split(".")
    return len(labels) >= 2 and labels[-1] in _NATIONAL_TLDS and "-" in labels[-2] and labels[-2].rsplit("-", 1)[1] in REGION_SUFFIXES


def place_named(value: str, min_len: int = 5) -> bool:
    """A value that is a place's name, whole (``loireatlantique``, ``loire-atlantique``, ``nantes``): at least ``min_len``
    letters, so that the short names that are also words (lot, var, gap, ain) say nothing alone."""
    if not _PLACES_CACHE:
        _PLACES_CACHE.append(_place_slugs())
    v = value.lower().strip()
    return len(re.sub(r"[^a-z]", "", v)) >= min_len and (v in _PLACES_CACHE[0] or re.sub(r"[^a-z0-9]", "", v) in _PLACES_CACHE[0])


def _typed_domains(kinds: tuple[str, ...]) -> frozenset[str]:
    """The domains of organisations.yml's public_bodies of these types (state: cerema.fr, ign.fr, insee.fr…; opsn: the public
    digital service operators of one territory's local governments, ecollectivites.fr, recia.fr…)."""
    if kinds not in _TYPED_CACHE:
        from auditor.data import load

        _TYPED_CACHE[kinds] = frozenset(str(x).lower() for b in load("organisations.yml").get("public_bodies") or []
                                        if isinstance(b, dict) and b.get("type") in kinds for x in b.get("domains") or [])
    return _TYPED_CACHE[kinds]


_TYPED_CACHE: dict[tuple[str, ...], frozenset[str]] = {}


def _under_any(host: str, domains: frozenset[str], itself: bool = False) -> bool:
    h = host.lower().strip(".")
    return any(h.endswith("." + d) or (itself and h == d) for d in domains)


def _state_host(host: str) -> bool:
    """A host under a State service's or agency's own domain (www.nord-picardie.cerema.fr, a regional direction's site): the
    State body's own branch named after the region it covers, not a territory's account on a shared service (so is a national
    network of consular chambers' regional site, hautsdefrance.chambres-agriculture.fr: the network's regional body)."""
    return _under_any(host, _typed_domains(("state",)) | _network_domains())


@functools.lru_cache(maxsize=1)
def _agency_domains() -> frozenset[str]:
    """organisations.yml's territory_agencies: one territory's agences d'urbanisme (audiar.org, apur.org)."""
    from auditor.data import load

    return frozenset(str(x).lower() for x in load("organisations.yml").get("territory_agencies") or [])


@functools.lru_cache(maxsize=1)
def _network_domains() -> frozenset[str]:
    """organisations.yml's public_network_domains: a national network of public establishments (chambres-agriculture.fr)."""
    from auditor.data import load

    return frozenset(str(x).lower() for x in load("organisations.yml").get("public_network_domains") or [])


def territory_subdomain(host: str) -> bool:
    """One territory's account on a shared service: a sub-domain label carries a place's name, as a run of two words or more
    (asp-loire-atlantique.sphinxonline.net) or one word of five letters or more (nantes.opendatasoft.com); the registrable
    domain is the service's (a State host, under .gouv.fr or a State agency's listed domain, is left to the national rules)."""
    labels = host.lower().strip(".").split(".")
    if len(labels) < 3 or host.lower().endswith(".gouv.fr") or _state_host(host):
        return False
    for label in labels[:-2]:
        if _COMMUNE_LABEL.match(label) and not _PLACEHOLDER_TOWN.search(label):  # (samois-sur-seine.us20.list-manage.com)
            return True
        words = label.split("-")
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 5) + 1):
                if place_named("-".join(words[i:j])):
                    return True
    return False
