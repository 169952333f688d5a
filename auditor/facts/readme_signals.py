"""The README's signals beside its sections: the issue tracker's link, the live service or demo, the code.gouv.fr openness badge
(the ``readme`` fact reports them).

It is longer than 400 lines because the tracker, demo and badge signals share the README's link table and its exclusions
(forges, frameworks' sites, placeholders), kept in one place."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from auditor.facts.document import Block, norm
from auditor.facts.readme_contact import without_addresses
from auditor.facts.readme_cues import documentation_label, further_reading_level
from auditor.lazyre import lazy_compile

BADGE_HOSTS = ("img.shields.io", "shields.io", "badge.fury.io", "codecov.io", "coveralls.io", "travis-ci", "circleci.com",
               "github.com/workflows", "badgen.net", "sonarcloud.io", "app.codacy.com", "deepsource", "snyk.io", "api.codeclimate.com")
FORGE_HOSTS = ("github.com", "gitlab.com", "framagit.org", "forge.", "gitlab.", "bitbucket.org", "codeberg.org", "git.", "sourcehut")
NOT_SERVICE_HOSTS = FORGE_HOSTS + BADGE_HOSTS + (
    "code.gouv.fr", "npmjs.com", "pypi.org", "readthedocs", "docs.", "wikipedia.org", "choosealicense.com", "opensource.org",
    "spdx.org", "keepachangelog.com", "semver.org", "creativecommons.org", "docker.com", "nodejs.org", "python.org",
    "localhost", "127.0.0.1", "0.0.0.0", "example.", "legifrance", "w3.org", "mozilla.org", "google.", "youtube.", "twitter.",
    "linkedin.", "mattermost", "slack.", "discord", "matrix.to", "gitter", "beta.gouv.fr/startups",
    "developer.", "reactjs.org", "react.dev", "vuejs.org", "djangoproject.com", "symfony.com", "rubyonrails.org",
    "nuxt.com", "vitejs.dev", "vite.dev", "nextjs.org", "angular.io", "laravel.com", "getcomposer.org", "yarnpkg.com",
)
# the hosts under which an app platform serves each deployed app (Streamlit Community Cloud, shinyapps.io, Hugging Face Spaces)
_APP_PLATFORMS = (".streamlit.app", ".shinyapps.io", ".hf.space")
DEMO_WORDS = ("demo", "demonstration", "essayer", "essayez", "try it", "try the", "live", "en ligne", "online", "instance",
              "site", "website", "service", "production", "acceder", "access", "url", "plateforme", "platform", "application",
              "preprod", "staging", "recette", "sandbox", "bac a sable", "accessible sur", "accessible a", "accessible at", "visible sur",
              "version visible", "en ligne sur")
BADGE_RE = lazy_compile(r"img\.shields\.io/badge/code\.gouv\.fr-(contributif|ouvert|publi(?:e|é))", re.I)
HOST_MENTION = lazy_compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+(?:gouv\.fr|fr|eu))\b(?![\w/-])", re.I)
ISSUE_URL = lazy_compile(r"^https?://[^ ]+?/(-/)?(issues|tickets|boards)(/|\?|$|#)", re.I)
# One numbered issue ("…/etalab/schema.data.gouv.fr/issues/190" under "Voir aussi"): a discussion, maybe of another project, not
# the project's tracker, unless the words around it send the reader there to report ("signalez un bug", "open an issue")
ONE_ISSUE = lazy_compile(r"/(?:-/)?issues/\d+(?:[/?#]|$)", re.I)
# A Jira project's page ("[Issue Tracking](http://dev.lutece.paris.fr/jira/browse/MPIPB)", Lutece's generated READMEs): the project's
# tracker, as an issues page is; one issue of it (…/browse/MPIPB-12) is not (issue 12, s47 lead = reader rf47, lutece-secteur-public/
# particip-module-participatoryideation-participatorybudget: "No link to the issue tracker")
_JIRA_PROJECT = lazy_compile(r"/browse/[A-Z][A-Z0-9_]{1,19}(?:[/?#]|$)")


def tracker_url(url: str) -> bool:
    """An issue tracker's address: a forge's issues, tickets or boards page, or a Jira project's page (a host or path naming Jira)."""
    return bool(ISSUE_URL.match(url)) or ("jira" in url.lower() and bool(_JIRA_PROJECT.search(url)))


TRACKER_CUE = lazy_compile(r"\b(?:issues?|tickets?|bugs?|signal\w*|report\w*|anomalies?|suivi|tracker|demandes?)\b")
# A link that is no site to visit: a machine endpoint (an API, an OGC service request, a catalogue's metadata record), a data set's
# page or file, a generated Maven site — "[API RVA](http://rva.data.rennes-metropole.fr/)", "…/csw?service=CSW&request=GetRecordById",
# "…/geonetwork/srv/fre/catalog.search#/metadata/…", "…/explore/dataset/…", "[Maven documentation and reports](…)"
ENDPOINT_URL = lazy_compile(r"[?&](?:service|request)=|/(?:api|apis|rest|graphql|swagger|csw|wms|wfs|wmts|ows|geoserver|geonetwork|mapserv|"
                            r"metadata|explore/dataset|datasets?|jeux-de-donnees|records?)(?:[/?#.]|$)|catalog\.search|"
                            r"\.(?:json|geojson|xml|csv|zip|7z|gz|pdf|xlsx?|ods|gpkg|shp)(?:[?#]|$)|^https?://(?:api|apis|wxs|data)[.-]", re.I)
# words that call the link the project's own running instance, whatever its address ("The endpoint is deployed at http://parkings.api…",
# "[Bac à sable de staging](https://particulier-test-staging.api.gouv.fr)")
# (and a heading naming the live or published site, "## Live Site" over "The documentation is published at: <url>", or the site,
# documentation or application said published there: "publiée sur", "is published at" — s38 fm38)
DEPLOYED = lazy_compile(r"\b(?:demo|demonstration|sandbox|bac a sable|staging|preprod|recette|deployed (?:at|on|to)|deploye(?:e|s)? (?:sur|a)|"
                        r"accessible (?:sur|a|at)|visible sur|en ligne sur|essayer|essayez|try it|"
                        r"live (?:site|website|demo|version|service|instance)|(?:site|version|documentation|application) en ligne|"
                        r"(?:site|website|documentation|docs|application|app|service) (?:is |are |est |sont )?"
                        r"(?:published|publie(?:e|s|es)?) (?:at|on|to|sur|a))\b")
# a data portal's page of a publisher (an organisation) or of a data set (udata's /fr/organizations/<slug>/ and /datasets/<slug>/, CKAN's
# /organization/ and /dataset/, "jeux-de-donnees"), linked with a label naming data ("open data", "données", "jeu de données"): where
# the data comes from, never a running copy of the project, even in a sentence that says "Démonstration de l'utilisation de ces
# packages en utilisant des données … disponibles en [open data](https://www.data.gouv.fr/fr/organizations/…/)" (issue 12, s43 ft43
# = ISPF/Truc). A data portal's page linked as a demo ("[démo du portail](https://demo.…/fr/datasets/x/)") stays one.
DATA_PORTAL_PAGE = lazy_compile(r"^https?://[^/?#]+(?:/[a-z]{2})?/(?:organizations?|organisations?|datasets?|jeux-de-donnees)/[^/?#]+", re.I)
DATA_LABEL = lazy_compile(r"\b(?:open ?data|donnees(?: ouvertes| publiques)?|data ?sets?|jeux? de donnees|data)\b")
# a developer's own machine or network ("https://combo.dev.publik.love/" of a dev box, "http://sesile.dev:8080", "intranet.ville.fr")
LOCAL_HOST = lazy_compile(r"(?:^|\.)(?:dev|local|localdomain|lan|internal|intranet|test)(?:\.|$)")
NOT_A_SITE_LABEL = lazy_compile(r"\b(?:api|apis|webservice|web service|flux|maven|javadoc|reports|metadonnees?|metadata|fiche|jeu de donnees|"
                                r"jeux de donnees|dataset|datasets|donnees sources?|source de la donnee|source des donnees|source)\b")


def _has_phrase(normed: str, phrase: str) -> bool:
    return f" {phrase} " in f" {normed} "


def _host(url: str) -> str:
    try:
        return (urlparse(url).hostname or "").lower()
    except ValueError:
        return ""


def _badge(b: Block, u: str) -> dict | None:
    m = BADGE_RE.search(unquote(u))
    if not m:
        return None
    level = norm(m.group(1))
    return {"level": {"publie": "publié"}.get(level, level), "line": b.line, "url": u[:300]}


# an organisation's own site, no service of the project's; the services it runs have hosts of their own under it (app.dvf.etalab.gouv.fr)
ORGANISATION_SITES = ("etalab.gouv.fr",)


def _not_service_host(host: str, url: str = "") -> bool:
    return any(h in host or h in url for h in NOT_SERVICE_HOSTS) or host.removeprefix("www.") in ORGANISATION_SITES


def _service_link(b: Block, url: str, label: str) -> bool:
    """A link to a web service (not a forge, a badge, an image, an API or data endpoint, a metadata record, a Maven site)."""
    host = _host(url)
    if not host or _not_service_host(host, url) or any(url.startswith("https://" + h) for h in BADGE_HOSTS):
        return False
    if "." not in host or LOCAL_HOST.search(host):  # ("http://you-url/login")
        return False
    words = norm(_without_urls(label))
    if DATA_PORTAL_PAGE.search(url) and DATA_LABEL.search(words):  # (a data portal's page of a publisher or a data set, whatever the
        return False  # sentence's words: "Démonstration … avec des données disponibles en [open data](…/organizations/…)")
    if (ENDPOINT_URL.search(url) or NOT_A_SITE_LABEL.search(words)) and not DEPLOYED.search(norm(_without_urls(label + " " + b.text))):
        return False
    return not (url in b.images or (label and any(label == im for im in b.images)))


def _without_urls(text: str) -> str:
    """The text without its URLs (a bare link's label is its URL: "…?service=CSW" says nothing of a service to visit)."""
    return re.sub(r"(?:https?://|www\.)\S+", " ", text or "")


# host names that are common words, which a title holds without naming the project by them ("Carte des données" → donnees.ville.fr)
_COMMON_LABELS = frozenset(("www", "beta", "gouv", "donnees", "data", "opendata", "carte", "cartes", "carto", "portail", "portal", "geoportail",
                            "application", "applications", "services", "service", "ville", "metropole", "agglo", "region", "departement",
                            "mairie", "commune", "public", "publique", "citoyen", "citoyens", "annuaire", "observatoire"))


def _named_after(host: str, title: str) -> bool:
    """The host has a name of the project's title ("mesfruitsetlegumesdesaison.fr" for "Mes fruits et légumes de saison")."""
    key = re.sub(r"[^a-z0-9]", "", norm(title))
    labels = [lbl for lbl in re.sub(r"[^a-z0-9.]", "", host.lower()).split(".")[:-1] if len(lbl) >= 5 and lbl not in _COMMON_LABELS]
    return bool(key) and any(lbl in key or (len(key) >= 5 and key in lbl) for lbl in labels)


# words saying the project's look copies another site's ("une page reprenant l'aspect des pages du site grandpoitiers.fr", "inspiré du
# site de la ville", "in the style of", "looks like"): that site is the model imitated, no running copy of the project (issue 12, s45 fk45)
_LOOK_OF = lazy_compile(r"\b(?:(?:aspect|apparence|look|style|charte graphique|design|habillage|graphisme) (?:de|du|des|d|of)|"
                        r"inspiree?s? (?:de|du|des|d|par)|inspired (?:by|from)|a l image (?:de|du|des|d)|a la maniere (?:de|du|des|d)|imit\w*|"
                        r"ressembl\w*|mimic\w*|looks? like|copie (?:de|du|des|d)|copy of|clone (?:de|du|des|d|of))\b")


def _look_of(text: str, start: int) -> bool:
    """The sentence holding the host mention at ``start`` says, before it, that the project copies that site's look (:data:`_LOOK_OF`)."""
    head = text[:start]
    return bool(_LOOK_OF.search(norm(head[max((m.end() for m in _SENTENCE_END.finditer(head)), default=0):][-80:])))


def _mentioned_demo(blocks: list[Block]) -> dict | None:
    """A host named in a sentence about the site or service ("le site exemple.beta.gouv.fr"), not as the model of its look (_look_of)."""
    heading = ""
    for b in blocks[:200]:
        heading = norm(b.text) if b.kind == "heading" else heading
        if b.kind != "paragraph" or b.badge_only:
            continue
        # (a host named in the author's or the contacts' chapter, "Author" over "* website: www.sigmoe.fr", is their own site, no
        # copy of the project, as a link there is; issue 12, s47 fe47 = sigmoe/Vertex2NodeByAtt)
        if _CONTACT_HEADING.search(heading) and not DEPLOYED.search(norm(without_addresses(b.text))):
            continue
        # (the host of a link to a document or a data file the paragraph gives, "[documentation LOCOMVAC sur le site
        # collectivites-locales.gouv.fr](https://www.collectivites-locales.gouv.fr/…/fiche_technique_2020.pdf)": where that document
        # is published, no site of the project's — issue 12, s36 u36 = kadataApps/urbaflow)
        documents = {_host(u).removeprefix("www.") for u, _ in b.links if ENDPOINT_URL.search(u)}
        text = without_addresses(b.text)
        for m in HOST_MENTION.finditer(text):  # ("contactez: nom(at)region-alsace.eu": an address, no site)
            host = m.group(1).lower()
            if _not_service_host(host) or _placeholder_host(host) or not any(_has_phrase(norm(b.text), w) for w in DEMO_WORDS) or _data_source(b, m.group(1), "") \
                    or host.removeprefix("www.") in documents or _look_of(text, m.start()):
                continue
            return {"url": "https://" + host, "line": b.line}
    return None


_SENTENCE_END = lazy_compile(r"[.!?](?=\s+[A-ZÀ-Ý])")


def _link_sentence(text: str, label: str, url: str = "") -> str:
    """The sentence of the paragraph that holds the link's label: a paragraph that speaks of "l'application" before "Vous trouverez
    [ici](…) le formulaire de demande d'accès à l'INPI" gives no demo word to the form's link. A bare address (no label) is found by
    itself ("L'application a besoin d'un token… (https://…/sre-tools/ pour encrypter votre token)": the tool's sentence, s42 fq42 =
    SocialGouv/1000jours-blues). A label or address not found: the whole paragraph."""
    at = text.find(label) if label.strip() else -1
    if at < 0 and url:
        at, label = text.find(url), url
    if at < 0:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= at), default=0)
    end = min((e for e in ends if e >= at + len(label)), default=len(text))
    return text[start:end]


# an address given as an example of a form ("au format simple (ex : http://monsite.fr/?p=42)", "e.g. https://your-domain.org"), or a
# placeholder's host (monsite.fr, votre-domaine.fr, yoursite.com): no running copy of the project
_EXAMPLE_BEFORE = lazy_compile(r"(?:\bex|\be\.g|\bi\.e|par exemple|for example|for instance|such as|comme|like)[^\S\n]*[.:,]?[^\S\n]*[(\[]?$", re.I)
# (a placeholder's label anywhere in the host, "sub.mydomain.com", "api.your-domain.org", and "sub." opening a host of three labels or
# more: issue 12, s36 m34o1 = a React client's "si elle est déployée à l'adresse https://sub.mydomain.com/citer-back/api")
_PLACEHOLDER_LABEL = lazy_compile(r"(?:mon|ma|votre|your|my)-?(?:site|domaine|domain|serveur|server|instance|app|application)s?")
# a registered name that is the word "domain" itself ("http://host.domaine.fr" to be replaced by the host's address, "app.domain.com"):
# the form of an address, no site (issue 12, s46 fn46 = OPEN-ENT-NG/collaborative-editor)
_GENERIC_DOMAIN = lazy_compile(r"(?:(?:nom-?de-?)?domaine|domain(?:name)?|hostname)\d*")
_PLACEHOLDER_FIRST = frozenset({"sub", "subdomain", "sous-domaine", "sousdomaine"})
# an example told as a hypothesis further back in the sentence ("Par exemple, si elle est déployée à l'adresse `https://…`",
# "For example, if your server runs at https://…"): a "for example" alone, at a distance, may name the real service
_HYPOTHETICAL_EXAMPLE = lazy_compile(r"(?:\bex\b|\be\.g\.|par exemple|for example|for instance)[^!?\n]{0,80}?\b(?:si|s'ils?|if|when|lorsque|quand|"
                                     r"suppos\w*|imaginons|admettons)\b[^!?\n]{0,100}$", re.I)


# a server's address masked with letters ("http://w.x.y.z/app", "adresse IP réelle remplacée par w.x.y.z", "http://x.x.x.x:8080",
# "xxx.xxx.xxx.xxx"): no top-level domain has one letter, and a host of x's only names none (issue 12, s45 fg45 =
# WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back)
_MASKED_LABEL = lazy_compile(r"x+")


def _placeholder_host(host: str) -> bool:
    every = host.lower().split(".")
    labels = every[:-1]
    if len(every) >= 2 and (len(every[-1]) == 1 or all(_MASKED_LABEL.fullmatch(lbl) for lbl in every)):
        return True
    return any(_PLACEHOLDER_LABEL.fullmatch(lbl) for lbl in labels) or (len(labels) >= 2 and labels[0] in _PLACEHOLDER_FIRST) \
        or (bool(labels) and _GENERIC_DOMAIN.fullmatch(labels[-1]) is not None)


def _example_address(b: Block, url: str, host: str) -> bool:
    at = b.text.find(url)
    before = b.text[max(0, at - 200):at] if at > 0 else ""
    return _placeholder_host(host) or (at > 0 and (bool(_EXAMPLE_BEFORE.search(before[-24:].rstrip()))
                                                   or bool(_HYPOTHETICAL_EXAMPLE.search(re.split(r"[.!?]\s+(?=[A-ZÀ-Ý])", before)[-1]))))


# the site a data set is taken from, named in the sentence that says so ("La composition des territoires est récupérée soit sur le site
# http://www.territoires-energie-positive.fr/", "données issues du portail …", "data downloaded from …"): a source of the project's
# data, a national network's or a producer's site, no running copy of the project (issue 12, s35 m35 = Carto-NA/tepos)
# (past participles: "téléchargez l'application sur …" and "récupérez vos données sur …" send to the project's own service)
_DATA_SOURCE = lazy_compile(r"\b(?:recupere(?:e|es|s)?|extraite?s?|telecharge(?:e|es|s)?|issue?s?|proviennent|provient|provenant|moissonne(?:e|es|s)?|"
                            r"retrieved|downloaded|fetched|harvested|scraped|obtained|sourced)(?: \w+){0,4}? (?:sur|de|du|des|depuis|aupres|from|on|at|via)"
                            r"(?: \w+){0,3}$")


def _data_source(b: Block, url: str, label: str) -> bool:
    """The link's address or label follows, in its sentence, the words saying a data set is taken from it."""
    at = b.text.find(url)
    at = b.text.find(label) if at < 0 and label.strip() else at
    if at < 0:
        return False
    before = b.text[max(0, at - 160):at]
    return bool(_DATA_SOURCE.search(norm(re.split(r"[.!?;]\s", before)[-1])))


# a platform the project's work goes through, named in the sentence that says so ("…des demandes d'autorisation faites au Parc
# national, notamment via la plateforme [Démarches Simplifiées](…)", "published through the platform data.gouv.fr"): the third
# party's service the project talks to, no running copy of the project (issue 12, s36 r36 = techsipnrun/autorisations); a sentence
# saying the project itself is reached there ("L'application est accessible via la plateforme …") keeps its demo
_THROUGH_PLATFORM = lazy_compile(r"\b(?:via|through|au travers d\w*|a travers d\w*|par l intermediaire d\w*|grace a)(?: (?:la|le|les|l|the|their|its|leur|leurs))? "
                                 r"(?:plateformes?|platforms?|services?|portails?|portals?|outils?|tools?|logiciels?|api|apis)(?: \w+){0,2}$")
_OWN_ACCESS = lazy_compile(r"\b(?:accessible|disponible|available|consultable|utilisable|heberge\w*|hosted|deploy\w*|en ligne|online|acceder|access|"
                           r"demo\w*|essayer|tester|try)\b")


def _sentence_before(b: Block, url: str, label: str) -> str | None:
    """The words of the link's sentence before its label (or its address), normalised; None when neither is in the block."""
    at = b.text.find(label) if label.strip() else -1
    at = b.text.find(url) if at < 0 else at
    return norm(re.split(r"[.!?;]\s", b.text[max(0, at - 240):at])[-1]) if at >= 0 else None


def _through_platform(b: Block, url: str, label: str) -> bool:
    """The link's label or address follows, in its sentence, the words saying the project's work goes through that platform."""
    before = _sentence_before(b, url, label)
    return before is not None and bool(_THROUGH_PLATFORM.search(before)) and not _OWN_ACCESS.search(before)


# the supplier of a service the project calls, named in the sentence that says so ("Le service technique de paiement et de subvention est
# fourni par [Moneo / Applicam](…)", "payments are provided by"): the supplier's product page, no running copy of the project (issue 12,
# s43 fc43 = OPEN-ENT-NG/cursus); a sentence saying the project itself is reached there keeps its demo
_SUPPLIED_BY = lazy_compile(r"\b(?:fourni|fournie|fournis|fournies|assure|assuree|assures|assurees|opere|operee|provided|supplied|powered|operated)"
                            r"(?: \w+){0,2} (?:par|by)$")


def _supplier_link(b: Block, url: str, label: str) -> bool:
    """The link's label or address follows, in its sentence, the words naming it as the supplier of a service ("fourni par")."""
    before = _sentence_before(b, url, label)
    return before is not None and bool(_SUPPLIED_BY.search(before.strip())) and not _OWN_ACCESS.search(before)


# a link given as a reference, "cf", "see", "voir" just before it ("…such as the french geoplateforme migration, cf
# https://geoservices.ign.fr/bascule-vers-la-geoplateforme"): the page it cites, another's, no running copy of the project unless its
# host is named after the project or its sentence says the project is reached there (issue 12, s40 fl40 = georchestra/mapstore-update-service-url)
_REFERENCE_BEFORE = lazy_compile(r"\b(?:cf|confer|see|see also|voir|voir aussi|refer to|se referer a)$")


# another's work shown as an illustration of what a tool can do ("Démonstration de l'application FLARES à titre d'illustration pour
# montrer ce qu'on peut faire avec shiny. [Lien vers l'appli](…)" in a user group's sessions): an example of someone else's, no running
# copy of the project, unless its host is named after the project (issue 12, s43 ft43 = ISPF/Truc)
_ILLUSTRATION = lazy_compile(r"\b(?:a titre d illustration|pour illustrer|for illustration|to illustrate|as an illustration|"
                             r"ce qu (?:on|l on) peut faire avec|what (?:can be done|you can do|one can do) with)\b")


def _illustration(b: Block, url: str, label: str, title: str) -> bool:
    """The link's paragraph shows it as an illustration of what a tool can do (the sentence before "[Lien vers l'appli](…)" says so)."""
    return bool(_ILLUSTRATION.search(norm(_without_urls(b.text)))) and not _named_after(_host(url), title)


def _reference_link(b: Block, url: str, label: str, title: str) -> bool:
    at = b.text.find(label) if label.strip() else -1
    at = b.text.find(url) if at < 0 else at
    if at <= 0:
        return False
    before = norm(re.split(r"[.!?;]\s", b.text[max(0, at - 240):at])[-1])
    return bool(_REFERENCE_BEFORE.search(before.strip())) and not _OWN_ACCESS.search(before) and not _named_after(_host(url), title)


def _brand_item(b: Block, url: str, label: str, title: str) -> bool:
    """A list item opening on a link to a site's home page whose label is the site's own name ("* [Vercel](https://vercel.com/), qui
    fournit un service similaire" among the hosting platforms of a "## Déploiement"): that product's site, which the item describes,
    no running copy of the project (unless the host is named after the project's title). Issue 12, s36 m34o1."""
    path = url.split("://", 1)[-1].partition("/")[2]
    if not b.item or path.strip("/") or "." in label or not b.text.lstrip().startswith(label.strip()):
        return False
    key = re.sub(r"[^a-z0-9]", "", norm(label))
    labels = [re.sub(r"[^a-z0-9]", "", lbl) for lbl in _host(url).lower().split(".")[:-1]]
    return bool(key) and key in labels and not _named_after(_host(url), title)


def _other_tools_site(host: str, heading: str, title: str) -> bool:
    """A host named after a tool the chapter's heading names and the project's title does not ("## Envoyer un fichier avec privatebin"
    over "choisir une instance sur privatebin.info/directory/"): that tool's site, no demo of the project."""
    labels = [lbl for lbl in reversed(re.sub(r"[^a-z0-9.-]", "", host).split(".")[:-1]) if len(lbl) >= 5 and lbl not in _COMMON_LABELS]
    return bool(labels) and _has_phrase(heading, labels[0]) and not DEPLOYED.search(heading) and not _named_after(host, title)


# a chapter of contacts or credits ("## Contact" listing "**Mairie de Crolles** - [Site officiel](https://www.mairie-crolles.fr)"): the
# people's and bodies' own pages, no running copy of the project unless the link's words say so (issue 12, s38 fp38)
_CONTACT_HEADING = lazy_compile(r"^(?:\W*\s*)?(?:contacts?|nous contacter|contact us|auteurs?|authors?|credits|remerciements|acknowledg\w*)\b")
# a forge's pages host (owner.github.io, group.gitlab.io): the project's own site when the path's first folder is its title
# ("# Mairie-Brix" over https://vincentdouchin.github.io/Mairie-Brix/, the build's base path; issue 12, s38 fp38)
_PAGES_HOST = lazy_compile(r"\.(?:github|gitlab|framagit|codeberg)\.(?:io|page)$")


def _own_pages(url: str, title: str) -> bool:
    """The link is a forge's pages site whose first path folder is named as the project's title."""
    if not _PAGES_HOST.search(_host(url).lower()):
        return False
    first = urlparse(url).path.strip("/").split("/")[0]
    key, seg = (re.sub(r"[^a-z0-9]", "", norm(unquote(t))) for t in (title, first))
    return len(seg) >= 4 and seg == key


# an address given right after the words saying the project runs there ("Déployé sur `https://commune.fr/apps/news.html`", "deployed
# at https://…", "en ligne sur", "accessible sur"), in a code span as well as a link: the live service, unless the sentence says where it
# could or should go ("peut être déployé sur …", "can be deployed to …", "si", "if") (issue 12, s43 fh43 = nicolasaunai/ccpl-news)
_DEPLOYED_AT = lazy_compile(r"\b(?:deploye(?:e|s|es)? (?:sur|a)|deployed (?:at|on|to)|(?:mis|mise|est|sont) en ligne (?:sur|a)|en ligne sur|"
                            r"accessible (?:sur|a|at)|visible sur)$")
_COULD_BE = lazy_compile(r"\b(?:peut|peuvent|pourra|pourrait|pourront|doit|doivent|devra|a deployer|can|could|may|might|should|must|"
                         r"to be|si|if|when|lorsque|quand)\b")


def _deployed_at(b: Block, url: str) -> bool:
    """The address follows, in its sentence, the words saying the project is deployed or reached there (see :data:`_DEPLOYED_AT`)."""
    at = b.text.find(url)
    if at <= 0:
        return False
    before = norm(re.split(r"[.!?;]\s", b.text[max(0, at - 160):at])[-1])
    return bool(_DEPLOYED_AT.search(before)) and not _COULD_BE.search(before)


# the framework or product the project extends or is built on, linked right after the words saying so ("Ce projet est une extension
# [OpenFisca](https://www.openfisca.fr) qui…", "a plugin for [QGIS](…)", "built on [Django](…)"): that product's site, no running
# copy of the project, even when the project's title carries its name ("# OpenFisca CD93"), unless the sentence says the project is
# reached there (issue 12, s44 ff44 = betagouv/openfisca-cd93)
_BUILT_ON = lazy_compile(r"\b(?:(?:extension|extensions|plugin|plug in|plugins|module|modules|add on|addon|greffon|surcouche|overlay|theme|"
                         r"package|paquet|fork)(?: (?:de|d|du|des|pour|for|of|to|on))?|built (?:on|with|upon)|based on|basee? sur|"
                         r"reposant sur|repose sur|s appuie sur|s appuyant sur|construite? (?:sur|avec)|developpee? (?:sur|avec)|"
                         r"powered by|extends|etend|extending)$")


def _built_on(b: Block, url: str, label: str) -> bool:
    """The link follows, in its sentence, the words naming it as what the project extends or is built on (:data:`_BUILT_ON`)."""
    before = _sentence_before(b, url, label)
    return before is not None and bool(_BUILT_ON.search(before.strip())) and not _OWN_ACCESS.search(before)


# the body or person the project is made, used or published by, linked right after "by" or "par" ("All themes and modules used with
# Yakform by the [GIP](<the body's home page>)", "développé par [la Ville](…)"): their own site, no running copy of the project, even
# when the project's title carries their name, unless the sentence says the project is reached there ("accessible", "démo", "hébergé")
# (issue 12, s48 fa48 = GIP-RECIA/recia_yakforms_addons: the GIP's home page taken as the demo)
_BY_AGENT = lazy_compile(r"\b(?:by|par)(?: (?:the|le|la|les|l))?$")
# what the project needs to run, linked in the sentence that says so ("To run it, you will need a running [Elasticsearch instance
# (8+)](<its download page>)", "nécessite [PostgreSQL](…)") or in a chapter of prerequisites: that product's site or download page, no
# running copy of the project, unless the words say the project is reached there (issue 12, s48 fa48 = lutece-secteur-public/
# gru-plugin-identitystore: a download link under "## Environment" taken as the demo)
_NEEDS = lazy_compile(r"\b(?:need|needs|needed|require|requires|required|requirements?|prerequis\w*|prerequisites?|pre requis\w*|necessite\w*|"
                      r"necessaires?|besoin d\w*|il faut|depends? on|depend de|dependances?|dependencies)\b")
_PREREQUISITE_HEADING = lazy_compile(r"^(?:\W*\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:prerequis\w*|pre requis\w*|prerequisites?|requirements?|"
                                     r"dependances|dependencies|dependances logicielles|logiciels? requis)\b")


def _by_agent(b: Block, url: str, label: str) -> bool:
    """The link follows, in its sentence, "by" or "par" (:data:`_BY_AGENT`): the body or person the project is made or used by."""
    before = _sentence_before(b, url, label)
    return before is not None and bool(_BY_AGENT.search(before.strip())) and not _OWN_ACCESS.search(before + " " + norm(_without_urls(label)))


def _prerequisite(b: Block, url: str, label: str, heading: str) -> bool:
    """The link is something the project needs: its sentence says so before it (:data:`_NEEDS`) or it sits in a prerequisites chapter,
    and no word of its label or sentence says the project is reached there (:data:`DEPLOYED`)."""
    before = _sentence_before(b, url, label)
    if before is None:
        return False
    if DEPLOYED.search(norm(_without_urls(label + " " + _link_sentence(b.text, label, url)))) or _OWN_ACCESS.search(before):
        return False
    return bool(_NEEDS.search(before)) or bool(_PREREQUISITE_HEADING.search(heading))


def find_signals(blocks: list[Block]) -> dict:
    issue = demo = None
    first = next((b.text for b in blocks if b.kind == "heading" or (b.kind == "paragraph" and not b.badge_only)), "")
    service_candidates = []
    badge, further = None, 0  # further: the level of the further-reading heading the blocks sit under (0: none)
    heading = ""  # the heading the blocks sit under ("## Connect on sandbox" over the sandbox's address and its test account)
    for b in blocks:
        further = further_reading_level(b, further)
        heading = norm(b.text) if b.kind == "heading" else heading
        for u in [u for u, _ in b.links] + b.images:
            badge = badge or _badge(b, u)
        for url, label in b.links:
            if not url.startswith(("http://", "https://")):
                continue
            if issue is None and tracker_url(url) and (not ONE_ISSUE.search(url) or TRACKER_CUE.search(norm(_without_urls(label + " " + b.text)))):
                issue = {"url": url[:300], "line": b.line}
            if further or not _service_link(b, url, label) or documentation_label(label):  # (a guide's link is no service)
                continue
            if _example_address(b, url, _host(url)) or _illustration(b, url, label, first) or _other_tools_site(_host(url), heading, first) or _data_source(b, url, label) \
                    or _through_platform(b, url, label) or _supplier_link(b, url, label) or _brand_item(b, url, label, first) or _reference_link(b, url, label, first) \
                    or _built_on(b, url, label) or _by_agent(b, url, label) or _prerequisite(b, url, label, heading) \
                    or _CONTACT_HEADING.search(heading) and not DEPLOYED.search(norm(_without_urls(label + " " + _link_sentence(b.text, label, url)))):
                continue
            if demo is None and (any(_has_phrase(norm(_without_urls(label + " " + _link_sentence(b.text, label, url))), w) for w in DEMO_WORDS)
                                 or DEPLOYED.search(heading) or _deployed_at(b, url)):
                demo = {"url": url[:300], "line": b.line}
            service_candidates.append({"url": url[:300], "line": b.line})
    if demo is None:  # (an app platform's deployed instance, Streamlit's "Open in Streamlit" badge over https://<app>.streamlit.app/: s41 fa41)
        demo = next(({"url": url[:300], "line": b.line} for b in blocks for url, _ in b.links
                     if url.startswith("https://") and _host(url).endswith(_APP_PLATFORMS)), None)
    if demo is None:
        # a link that no word calls a site or a demo is the service only when its host is named after the project ("# Diagbruit" →
        # https://diagbruit.fr); any other French link is as likely a partner, a data source or a reference (enpc.fr, data.gouv.fr)
        title = next((b.text for b in blocks if b.kind == "heading" or (b.kind == "paragraph" and not b.badge_only)), "")
        gov = [c for c in service_candidates if _host(c["url"]).endswith((".gouv.fr", ".fr", ".eu")) and _named_after(_host(c["url"]), title)]
        pages = [c for c in service_candidates if _own_pages(c["url"], title)]
        demo = gov[0] if gov else pages[0] if pages else _mentioned_demo(blocks)
    return {"issue_tracker": issue, "demo": demo, "openness_badge": badge}
