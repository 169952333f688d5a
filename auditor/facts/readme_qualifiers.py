"""What a section word's qualifier says in a README heading: for whom and where the task is done. "Development usage" over a local
run is a developer's step, no use of the project; "Utiliser les fixtures" loads test data, a step of setting a copy up; "Installation
sur un serveur" is a deployment as much as an installation. Texts are :func:`auditor.facts.document.norm` forms (lower case, no
accents, single spaces)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# The use qualified by the developer's own run ("Development usage", "Local usage", "Usage en développement", "Utilisation en local",
# "Usage in dev mode"): how a developer runs a copy, when its chapter starts a local or development server (readme_chapters.local_run_chapter)
_USE = r"(?:usage|usages|use|utilisation|utilisations|utiliser)"  # ("Pour l'utiliser en local, cloner ce repo …")
_DEV = r"(?:development|developpement|dev|local|locale|localement|locally)"
DEV_USE = lazy_compile(rf"\b{_DEV} {_USE}\b|\b{_USE} (?:(?:en|in|for|pour le|pour la|pour|du|de) )?(?:(?:mode|environnement|environment) (?:de )?)?{_DEV}\b")

# Test or demonstration data loaded into the database ("Utiliser les fixtures", "Using the seeds", "Charger les données de test"): a step
# of setting a copy up, no use of the project
TEST_DATA = lazy_compile(r"\b(?:fixtures?|seeds?|seeders?|seeding|(?:donnees|jeux? de donnees|base de donnees|base) (?:de (?:test|tests|demo|demonstration)|factices|fictives)|"
                         r"(?:test|tests|demo|dummy|fake|mock) (?:data|database|db)|jeux? de (?:test|tests|demo|demonstration))\b")
# the words of such a heading that name the use only as using them ("utiliser", "usage", "run", "lancer"): none names a use of the project
USE_VERBS = ("usage", "usages", "utilisation", "utilisations", "utiliser")

# An installation done on a server or in production ("Installation sur un serveur", "Install on a server", "Installation en production",
# "Production installation", "Setup on a VPS"): a deployment too. Not a development or test server ("sur un serveur de test").
SERVER_INSTALL = lazy_compile(r"\b(?:sur|on|onto) (?:un |une |le |la |les |des |votre |vos |a |an |the |your |their )?(?:serveurs?|servers?|vps|vms?|machines? virtuelles?|"
                              r"virtual machines?|production|prod|environnement de production|production environment)\b"
                              r"|\b(?:en|in) (?:production|prod)\b|\binstallations? (?:de|en) production\b|\bproduction (?:install|installation|setup|set up)\b")
_NOT_SERVER = lazy_compile(r"\b(?:dev|development|developpement|test|tests|testing|recette|staging|local|locale) (?:servers?|vms?)\b|"
                           r"\b(?:serveurs?|servers?|vms?|machines? virtuelles?) (?:de (?:dev|developpement|test|tests|recette)|local|locale|locaux|locales)\b")


def dev_use(normed: str) -> bool:
    """The heading names the use only as the developer's own run ("Development usage", "Utilisation en local")."""
    return bool(DEV_USE.search(normed))


def server_install(normed: str) -> bool:
    """The installation heading sets the project up on a server or in production ("Installation sur un serveur")."""
    return bool(SERVER_INSTALL.search(normed)) and not _NOT_SERVER.search(normed)


# "Documentation de FranceConnect", "Documentation of GeoServer": another product's documentation (the identity provider, the host
# software), named with a capital, no word of the README's title, and linked to other sites only: no users' guide of the project
_OTHER_DOCS = lazy_compile(r"^(?i:(?:la |the )?(?:documentation|docs?) (?:de |du |des |d'|d’|of |sur |on |about )(?:la |le |les |l'|l’|the )?)"
                           r"([A-Z][\w.-]{1,40}(?: [A-Z][\w.-]{1,40}){0,3})$")
# the project's own parts, named with a capital ("Documentation de l'API", "Documentation of the CLI", "Documentation du Back Office")
_OWN_PARTS = frozenset({"api", "apis", "cli", "sdk", "app", "application", "appli", "projet", "project", "outil", "tool", "service", "services",
                        "module", "plugin", "extension", "code", "interface", "ui", "back", "front", "backend", "frontend", "office", "site",
                        "portail", "portal", "serveur", "server", "client", "base", "bdd", "database", "donnees", "data", "modele", "model",
                        "utilisateur", "utilisateurs", "user", "users", "usager", "usagers", "admin", "administration", "administrateur",
                        "administrateurs", "reference", "librairie", "library", "bibliotheque", "package", "paquet", "logiciel", "software"})
_RELATIVE_LINK = lazy_compile(r"\]\(\s{0,5}<?(?![a-z][a-z0-9+.-]{1,20}:|#|//)[^)\s]{1,300}")


def another_products_docs(text: str, title_words: set[str], body: str) -> bool:
    """The heading ``text`` names the documentation of another product than the project (``title_words``: the normalised words of
    the README's title, three letters or more; none: no judgement), and its chapter (``body``) links no file of the repository."""
    m = _OTHER_DOCS.match(" ".join(text.split()).strip(" #*_:`"))
    if not m or not title_words:
        return False
    from auditor.facts.document import norm

    named = set(norm(m.group(1)).split())
    return not named & title_words and not named & _OWN_PARTS and not any(w.startswith(t) or t.startswith(w) for w in named for t in title_words if len(t) >= 4 and len(w) >= 4) \
        and not _RELATIVE_LINK.search(body[:20000])


# the licence and notice tooling of the sources named as what the commands are for ("Commandes pour notice et license" over
# `mvn notice:check`, `mvn license:format`; "License header commands"): the maintainers' upkeep of the headers, no use of the project
# (issue 12, s48 fg48 = GIP-RECIA/redis-session-cleanup-service)
HEADER_TOOLING = lazy_compile(r"\b(?:licen[cs]es?|licensing|notices?|copyright|en ?tetes?|headers?)\b")
