"""Words by which a README sentence gives a section (with a link, a file name or a pointer verb: "Installation : voir docs/INSTALL.md"),
and the names of the documents that hold a section (INSTALL.md, CONTRIBUTING.md…). Texts are :func:`auditor.facts.document.norm` forms."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# Words that, in a sentence with a link, a file name or a pointer verb, make it an explicit section.
SECTION_SENTENCE_WORDS: dict[str, tuple[str, ...]] = {
    "install": ("installation", "installer", "install", "installing", "prerequis", "prerequisites", "git clone", "initialisation de la base",
                "script d initialisation", "scripts d initialisation", "initialiser la base"),
    "usage": ("utilisation", "usage", "mode d emploi", "user guide", "guide utilisateur", "how to use", "documentation utilisateur",
              "documentation des utilisateurs", "guide des utilisateurs",
              "manuel utilisateur", "manuel d utilisation", "guide d utilisation", "user documentation", "user manual",
              # the same in the plural, or for the users ("[Documentations des utilisateurs](https://…)", "Guides utilisateurs", "User
              # guides": a list of the project's documents ending with its users' pages; issue 12, s46 fe46)
              *(f"{head} {users}" for head in ("documentation", "documentations", "guide", "guides", "manuel", "manuels")
                for users in ("utilisateur", "utilisateurs", "des utilisateurs", "de l utilisateur", "pour les utilisateurs",
                              "d utilisation", "utilisateur et utilisatrice", "utilisateurs et utilisatrices")),
              "user guides", "user manuals", "users guides", "users manuals", "user s manual", "user docs",
              # the project itself to use, by its pronoun, the link the way ("Vous pouvez ensuite l'[utiliser comme exécutable](…) ou
              # l'[importer dans vos scripts Python](…)": its documentation site's use pages; issue 12, s27 c27)
              "l utiliser", "use it"),
    "configuration": ("configuration", "parametrage", "parametrer", "configurer", "environment variables", "variables d environnement", "personnalisation",
                      "variables d environnements", "variable d environnement", "variable d environment", "variables d environment",
                      "environment variable",
                      # the settings of the connection to a database ("lancer le script 0 en modifiant les paramètres de connexion vers la
                      # BD", s35 h35): given only with a step that sets them (readme_cues.CONFIGURE_STEP)
                      "parametres de connexion", "connection settings", "connection parameters"),
    "deployment": ("deploiement", "deployment", "deployer", "deploy", "mise en production", "hebergement"),
    "contributing": ("contribuer", "contributing", "contribution", "contributions", "contribute",
                     # taking part in the development ("Si vous souhaitez participer au développement du projet, consultez le document…")
                     "participer au developpement", "participer a son developpement", "participate in the development",
                     "take part in the development",
                     # the team's rules for a change ("Notre code review process pour collaborer : https://…", "git-flow … voir …")
                     "code review", "revue de code", "revue du code", "relecture de code", "git flow", "gitflow"),
    "license": ("licence", "license", "licensed", "sous licence", "spdx"),
    "contact": ("contact", "contacter", "contactez", "contactez nous", "ecrivez nous", "write to us", "get in touch", "reach us"),
    "purpose": (),
}
SECTION_SENTENCE_WORDS["usage"] = tuple(dict.fromkeys(SECTION_SENTENCE_WORDS["usage"]))  # (each phrase once)
DOC_FILE_SECTIONS = {
    "install": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(install|installation|setup|getting[-_]started|demarrage)[^/]*$", re.I),
    "usage": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(usage|utilisation|user[-_]guide|guide[-_]utilisateur|manual|manuel)[^/]*$", re.I),
    "configuration": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(config|configuration|settings|parametrage|personnalisation|customi[sz]ation)[^/]*\.(md|rst|adoc|txt|html)$", re.I),
    # ("production_process.md": how the data are produced, an IGN or Insee production chain, not the software's deployment)
    "deployment": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(deploy|deployment|deploiement|hosting|hebergement|production(?![-_. ]?(?:process|chain|line|data)))[^/]*$", re.I),
    "contributing": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(contributing|contribuer|contribution)[^/]*$", re.I),
    "license": lazy_compile(r"(^|/)(?:\d{1,3}[-_. ]?)?(licen[cs]e|copying)[^/]*$", re.I),
}
POINTER = lazy_compile(r"\b(voir|voyez|consultez|consulter|reportez|see|read|refer|lisez|lire|check|described in|decrit|detaille|documented|documentee?s?|disponible|available|rendez vous (?:sur|a|au|dans|en)|follow|suivez)\b")  # ("des rendez-vous réguliers": meetings)
SPDX_LIKE = lazy_compile(r"\b(MIT|Apache[- ]2\.0|AGPL|LGPL|GPL|EUPL|MPL|CeCILL|BSD|ISC|Etalab|CC[- ]BY|Unlicense)\b", re.I)

# The terms of use of a data set or a service ("Conditions d'utilisation": the ODbL's terms, "Terms of use", "CGU"): no use of the project
TERMS_HEADING = lazy_compile(r"\b(?:conditions? (?:generales? )?d ?(?:utilisation|usage)|conditions? de (?:re)?utilisation|terms of (?:use|usage|service)|cgu)\b"
                             # (and the service's use measured: "Statistiques d'usage : https://…", "Usage statistics")
                             r"|\b(?:statistiques?|stats?|mesures?) d ?(?:usage|utilisation)\b|\busage (?:statistics|stats|metrics)\b"
                             # (and the rights of use of another's asset: "Droit d'utilisation du DSFR", the State design system's terms)
                             r"|\bdroits? d ?(?:utilisation|usage)\b|\brights? (?:of|to) use\b"
                             # (its use forbidden to others: "Utilisation interdite en dehors des sites Internet de l'État", the thing named
                             # between: "Utilisation du DSFR interdite …", "Prohibited Use Outside Government Websites")
                             r"|\b(?:utilisation|usage) (?:interdite?|prohibee?|restreinte?)\b|\b(?:use|usage) (?:prohibited|forbidden|restricted)\b"
                             r"|\b(?:utilisation|usage)(?: \w+){1,4}? (?:interdite?|prohibee?)\b|\b(?:prohibited|forbidden) (?:use|usage)\b")
# A licence chapter whose heading joins the use to the licence, the licence first ("Licence et usage", "License and usage", "Copyright &
# utilisation"): the terms under which the code and its data may be used, not how to use the software ("Usage & licence", the use
# first, still names it; s35 b35)
LICENCE_AND_USE = lazy_compile(r"^(?:licen[cs]es?|licensing|copyright|droits)(?: (?:et|and|de|d|of))? (?:usages?|utilisations?|use)\b")
# The APIs a project calls ("API utilisées", "APIs used", "Third-party APIs", "Endpoints serveur utilisés"), no use of the project
CONSUMED_APIS = lazy_compile(r"\b(?:api|apis|endpoints?)\b.*\b(?:utilisee?s?|used|consommee?s?|consumed|appelee?s?|called)\b|"
                             r"\b(?:third party|tierces?) (?:api|apis)\b|\b(?:api|apis) (?:tierces?|third party)\b|"
                             # a chapter of the providers and services the project relies on ("## 3rd party services": its "### Api" is one of them)
                             r"\b(?:3rd party|third party|external) (?:services?|providers?)\b|\bservices? (?:tiers|externes?|third party)\b|"
                             # the data the project reads and where from ("## Sources de données" over "### API Écolab … nécessite un token")
                             r"\bsources? (?:de |des )?donnees\b|\bdata sources?\b|\b(?:api|apis) externes?\b|\bexternal apis?\b")
# "Utilisation en production", "Running in production", "Launch in Production": deploying it, no user's guide
USE_IN_PRODUCTION = lazy_compile(r"^(?:utilisation|usage|use|using|running|run|launch|lancement|lancer|execution) (?:en|in) production\b")
# Kubernetes object kinds named together ("a basic k8s triad : Deployment, Service, Ingress", "kind: Deployment"): the "Deployment"
# object, not how to deploy the project (as written: the kinds are capitalised)
K8S_KINDS = lazy_compile(r"\bDeployments?\b[^.\n]{0,40}?\b(?:Service|Ingress|Pod|StatefulSet|ConfigMap|DaemonSet|ReplicaSet|CronJob|Secret|"
                         r"HorizontalPodAutoscaler|PersistentVolumeClaim)s?\b|\b(?:Service|Ingress|Pod|StatefulSet|ConfigMap|DaemonSet|ReplicaSet|CronJob|"
                         r"Secret)s?\b[^.\n]{0,40}?\bDeployments?\b|\bkind: ?Deployment\b")
# A part of someone else's that the project ships, with its own licence ("Le projet inclut le fichier data/passwords.txt sous licence
# Creative Commons … provenant du dépôt …", "This project bundles the Marianne font, licensed …"): an attribution, not the project's licence
THIRD_PARTY_PART = lazy_compile(r"\b(?:inclut|incluent|includes?|embarque|bundles?) (?:le |la |les |l |un |une |des |the |a |an )?(?:\w+ )?(?:fichiers?|files?|"
                                r"librairies?|library|libraries|bibliotheques?|polices?|fonts?|icones?|icons?)\b|\b(?:provenant|issue?s?) (?:du depot|de la bibliotheque)\b|"
                                r"\bthird party\b|\btaken from\b")

# A heading that names the use alone ("### Using", "## Use the app", "Using the CLI"): the users' guide; "Using Nginx samples", "Use
# keycloak API" name something else to use
USE_HEADING = lazy_compile(r"(?:using|use)(?: it| the (?:app|application|api|cli|command line|portal|tool|service|library|module|plugin|site|website))?(?: first)?")


# The verb "use" then what is used and where, in the reader's own work ("Use buttons in your templates", "Using the widget in your
# pages", "Utilisez le composant dans vos pages"): how the reader uses the project; "Using alembic", "Use keycloak API" name no place of the
# reader's (issue 12, s42 fe42)
USE_IN_YOURS = lazy_compile(r"^(?:\d+ )*(?:use|using) (?:\w+ ){0,4}?(?:in|into|within|from|with) (?:your|a|an) (?:own )?(?:django |react |vue |angular |"
                            r"python |php |java |js |javascript |web )?(?:templates?|pages?|views?|projects?|apps?|applications?|code|sites?|websites?|"
                            r"components?|forms?|models?|notebooks?|scripts?|programs?|modules?|packages?|html|documents?)\b|"
                            r"^(?:\d+ )*(?:utilisez|utiliser|utilisation) (?:\w+ ){0,4}?(?:dans|depuis|avec) (?:vos|votre|un|une) (?:propres? )?"
                            r"(?:gabarits?|templates?|pages?|vues?|projets?|applications?|apps?|code|sites?|composants?|formulaires?|modeles?|"
                            r"notebooks?|scripts?|programmes?|modules?|documents?)\b")


def use_heading(normed: str) -> list[str]:
    return ["usage"] if USE_HEADING.fullmatch(normed) or USE_IN_YOURS.match(normed) else []


# "mettre à contribution" (to make use of: "Différentes briques sont mises à contribution"): no invitation to contribute
PUT_TO_USE = lazy_compile(r"\b(?:mis|mise|mises|misent|mettre|met|mettent|mettons|mettez|mettant|mettra|mettront) (?:\w+ )?a contribution\b")
# A permission of the product named after contributing ("le droit de contribution permet … de consulter le journal", "rôle
# contributeur", "contributor role", "contribution rights"): what its users may do on a shared item, not how to contribute to the
# project (issue 12, s48 fe48 = OPEN-ENT-NG/share-big-files, an ENT module's three sharing rights)
ACCESS_RIGHT = lazy_compile(r"\b(?:droits?|permissions?|roles?|profils?|habilitations?) (?:de |d |en )?(?:contribution|contributeurs?|contributrices?|contribuer)\b"
                            r"|\b(?:contribution|contributor|contribute) (?:rights?|permissions?|roles?)\b")

# The contact pages or forms the product makes ("implémentation du module de formulaires de Wagtail, par exemple pour les pages de
# contact", "suffisant pour un formulaire de contact"): a feature for its sites, no way to reach the team (not "notre formulaire de contact")
CONTACT_FEATURE = lazy_compile(r"\b(?:les|des|de|un|une|a|any|some) (?:pages?|formulaires?|forms?) de contact\b|\b(?:a|any|some) contact (?:pages?|forms?)\b"
                               r"|\bcontact (?:pages|forms)\b")


# A navigation bar: a label ("Navigation:") then three or more parts of a word or two, cut by | • · ("Navigation: **Client** |
# [Back-office][1] | [Pogues model][2]"), two of them links at least: the page among the project's others, not what it is
_NAV_SEPARATOR = lazy_compile(r"\s+[|•·]\s+")
_NAV_LABEL = lazy_compile(r"^(?:navigation|menu|liens|links|voir aussi|see also)\s*:\s*", re.I)


def link_bar(text: str, links: int) -> bool:
    """The paragraph ``text`` (holding ``links`` links) is a navigation bar."""
    parts = _NAV_SEPARATOR.split(_NAV_LABEL.sub("", text.strip()))
    return len(parts) >= 3 and links >= 2 and all(0 < len(p.split()) <= 3 for p in parts)


_TITLE_ARTICLE = lazy_compile(r"^(?:l|la|le|les|the) ")


def weak_led(text: str, weak_words) -> bool:
    """The heading opens, past an article, on a word that names a section only weakly ("api-tools", "L'API Judilibre")."""
    from auditor.facts.document import norm

    return any(lead.startswith(w) for lead in (norm(text), _TITLE_ARTICLE.sub("", norm(text), count=1)) for w in weak_words)


# An example of calling the service, its request or its answer ("### Exemple de requête", "### Exemples de résultat", "Example
# response", "Exemple d'appel"): under a chapter naming the service itself (no section of its own, "## Web Service (ws) bestPpn"), how
# the service is used, not an example of another chapter's subject (s39 fd39, abes-esr/best-ppn-api)
CALL_EXAMPLE = lazy_compile(r"^(?:\d+ )*(?:exemples? (?:de |d |des )?(?:requetes?|appels?|reponses?|resultats?|retours?|sorties?)|"
                            r"(?:examples? (?:of )?(?:an? |the )?)?(?:requests?|responses?|calls?|queries|query|results?|outputs?)(?: examples?)?)$")


# A README template's instructions to its writer, left in place ("La procédure d'installation du projet doit être décrite dans cette
# section…", "Dans cette section, on décrit la vision générale du projet…", "Lien vers la documentation pour les développeurs…" with no
# link): no text of the project's, so no section under their heading and no description (issue 12, s39 fd39 = IGNF/espaceco-mobile-refonte,
# the IGN's README template left mostly unfilled)
# the sentence speaks of the section it stands in, or of what is to be written there ("doit être décrite dans cette section", "This
# section should describe", "Describe here …", "À compléter : …")
_WRITER_INSTRUCTION = lazy_compile(
    # (a generic "on" or a modal, not the writer's own "nous décrivons", "this section describes": a filled README's words)
    r"\b(?:dans|en|in) (?:cette|this) (?:section|partie|rubrique|chapitre|chapter|part),? (?:on (?:decrit|presente|indique|explique|liste|doit|peut)|"
    r"(?:il )?(?:faut|doit|devrait|doivent)|(?:you )?(?:should|must))\b"
    r"|^(?:cette|this) (?:section|partie|rubrique|chapitre|chapter|part) (?:doit|devrait|should|must)\b"
    r"|\b(?:doit|doivent|devrait|devraient|should|must) (?:etre|be) (?:decrite?s?|described|documentee?s?|documented|presentee?s?|expliquee?s?|explained|"
    r"indiquee?s?|listee?s?|listed|detaillee?s?|detailed) (?:dans|in|ici|here|ci dessous|below)\b"
    # (a code generator's README inviting whoever holds it to write the documentation: TYPO3 Kickstarter's whole README.txt, "Feel free
    # to add some documentation or simply add a link to the online manual."; issue 12, s42 fb42 = TYPO3-svn-archive/ren_documents)
    r"|\b(?:feel free to|n hesitez pas a) (?:add|write|put|insert|ajouter|rediger|ecrire|completer|mettre) (?:\w+ ){0,3}?"
    r"(?:documentation|description|readme|manual|manuel)\b")
# a placeholder of a link ("Lien vers la documentation pour les développeurs…", "Link to the user guide") with no address in the chapter
_LINK_PLACEHOLDER = lazy_compile(r"^(?:liens? vers|links? to|lien de|url (?:de|du|of|to)) ")
_ANY_LINK = lazy_compile(r"\]\(|https?://|<a\s", re.I)


def writer_instruction(paragraph: str) -> bool:
    """A paragraph that is the template's instruction to whoever fills the README in (:data:`_WRITER_INSTRUCTION`)."""
    from auditor.facts.document import norm

    return bool(_WRITER_INSTRUCTION.search(norm(paragraph[:2000])))


def _prompt_lines(paragraph: str) -> bool:
    """Every line of the paragraph is a template's prompt to its writer, in any language the tool reads ("Indicate, if it exist, a
    documentation to run the solution in production mode.", "- Where and how to get the data ?": :func:`writer_prompt`); a line of
    the team's own answer under it keeps the paragraph written (issue 12, s40 fl40, the DataCup template's INSTALL.md)."""
    from auditor.facts.writer_prompts import writer_prompt

    lines = [re.sub(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+", "", ln) for ln in paragraph.splitlines() if ln.strip()]
    return bool(lines) and "](" not in paragraph and all(writer_prompt(ln) for ln in lines)


def instructions_only(body: str) -> bool:
    """The chapter's whole text (its own lines, code aside) is the template's instructions, or a link's placeholder with no address."""
    from auditor.facts.document import norm

    paragraphs = [p.strip() for p in re.split(r"\n[^\S\n]*\n", body[:20000]) if p.strip()][:20]
    if not paragraphs or "`" in body:
        return False
    return all(writer_instruction(p) or _prompt_lines(p) or (_LINK_PLACEHOLDER.match(norm(p)) and not _ANY_LINK.search(body)) for p in paragraphs)


# a short note led by the placeholder of a text still to write, then what is to be written (the DataCup template's "### Utilisation" /
# ">TODO / **documentation d'utilisation de la solution**", "TODO: describe the API", "À compléter : procédure de déploiement")
_TODO_LEAD = lazy_compile(r"^[>\s*_]*(?:(?-i:TODO|TBD|WIP|FIXME)|[àa] (?:compl[ée]ter|r[ée]diger|[ée]crire))[*_]*\s*(?:[:/\-–—]|\n|$)", re.I)


def absence_only(body: str) -> bool:
    """The chapter's whole text is one short sentence saying its subject does not exist yet ("No production build is available yet.":
    :func:`auditor.facts.writer_prompts.absence_note`), or a short note led by a placeholder (``>TODO / **documentation d'utilisation**``)."""
    from auditor.facts.writer_prompts import absence_note

    text = body.strip()
    if "`" in text or "](" in text:
        return False
    return absence_note(text) or (len(text) <= 160 and len(re.findall(r"\w+", text)) <= 15 and bool(_TODO_LEAD.match(text)))


# A chapter called only "API" whose text says the project uses another's API ("L'application utilise l'API CACEM :" over the endpoints
# it calls; "This app consumes the X API"): the data source it calls, no use of the project (issue 12, s39 fi39 = CACEM-TEAM/decacem's
# "## 📡 API"); a chapter documenting the API the project serves (it exposes, provides, a local address) stays its usage
_BARE_API = lazy_compile(r"^(?:\d+ )*(?:l |the )?(?:api|apis|api rest|rest api|api web|web api)$")
_USES_AN_API = lazy_compile(r"\b(?:utilise|utilisent|consomme|consomment|appelle|appellent|interroge|interrogent|s appuie sur|repose sur|uses|consumes|calls|queries|"
                            r"relies on|fetches (?:data )?from) (?:l |les |une |des |the |an? )?(?:apis?|api rest|rest api|web ?services?)\b")
_SERVES_AN_API = lazy_compile(r"\b(?:expose|exposent|fournit|fournissent|propose|proposent|provides?|exposes?|serves?|offers?)\b|\blocalhost\b|\b127 0 0 1\b")


def consumed_api_chapter(normed: str, blocks: list, i: int) -> bool:
    """The heading ``blocks[i]`` (normalised ``normed``) is a bare "API" whose chapter says the project uses another's API and
    nothing of one it serves (see :data:`_BARE_API`)."""
    from auditor.facts.document import norm

    if not _BARE_API.match(normed):
        return False
    level, text = blocks[i].level or 1, []
    for b in blocks[i + 1:i + 40]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        text.append(norm(b.text))
    body = " ".join(text)
    return bool(_USES_AN_API.search(body)) and not _SERVES_AN_API.search(body)


# the items of a deployment's settings a heading names beside a deployment word ("Champs spécifiques pour le déploiement" over the JSON keys
# to set, "Variables de déploiement"): a configuration chapter too (issue 12, s43 fc43 = OPEN-ENT-NG/cursus)
SETTING_ITEMS = lazy_compile(r"\b(?:champs|champ|variables|cles|valeurs|fields|keys|values)\b")


# A coding assistant's or an editor's rules file linked from the README (.cursorrules, CLAUDE.md, AGENTS.md, .github/copilot-instructions.md,
# .windsurfrules, .editorconfig): the developers' tool settings, no documentation of the project's use
_TOOL_RULES = lazy_compile(r"(?:^|/)(?:\.cursorrules|\.windsurfrules|\.clinerules|\.editorconfig|claude\.md|agents\.md|gemini\.md|"
                           r"copilot-instructions\.md|\.cursor/[\w./-]+)$", re.I)
_WEB = lazy_compile(r"^https?://(?:[^/@\s]*@)?([\w.-]+)")
_HOST_WORDS = {"www", "docs", "doc", "documentation", "wiki", "api", "dev", "developer", "developers", "readthedocs", "github", "gitlab",
               "gouv", "beta", "data", "co", "com", "org", "net", "fr"}
_DOC_WORDS = {"documentation", "documentations", "docs", "doc", "officielle", "official", "the", "la", "le", "les", "de", "du", "des", "of",
              "reference", "guide", "site", "web", "projet", "project"}


def framework_docs_chapter(blocks: list, i: int, norm) -> bool:
    """The chapter under the heading ``blocks[i]`` ("## 📚 Documentation") only links to other projects' documentation sites, each
    named by its label after a word of its host that the project's name (the README's title) does not hold ("[Documentation Django](https://docs.
    djangoproject.com/)"), and to the developers' tool rules (:data:`_TOOL_RULES`): one framework's site at least, no page of the
    project's own, no sentence (issue 12, s44 fi44 = gestionsiteccsa/MyCCSA)."""
    # (the project's name: its title's words before a dash, a colon or a bracket, "MyCCSA - Application Web Django" naming its framework)
    # (every title's: a notice's title above the name, "# Projet archivé, nouvelle adresse …" over "# API du Cadastre", names it too)
    title = "".join(norm(re.split(r"\s[-–—|]\s|[:(]", b.text)[0]) for b in blocks if b.kind == "heading" and (b.level or 1) == 1).replace(" ", "")
    level, sites = blocks[i].level or 1, 0
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        links = [(u, label) for u, label in b.links if u]
        if b.kind == "heading" or not links:
            return False
        for url, label in links:
            if _TOOL_RULES.search(url.split("#")[0].split("?")[0]):
                continue
            m = _WEB.match(url)
            # (the host's names: its labels but the last, the top-level domain, and the generic ones — docs.djangoproject.com names
            # djangoproject; docs.biocarb.example names biocarb, the project's own, whose label "docs.biocarb.example" is no other's)
            names = [n for n in m.group(1).lower().replace("-", "").split(".")[:-1] if n not in _HOST_WORDS] if m else []
            if not names or not any(len(w) >= 3 and any(w in n for n in names) and w not in title for w in norm(label or "").split() if w not in _DOC_WORDS):
                return False
            sites += 1
    return sites >= 1
