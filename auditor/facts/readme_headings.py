"""The ``readme`` fact's section words and how a heading (or a bold label) is read as a section: the words of each section in
French and English, and the cues that keep a heading sharing a word from being that section ("Conditions d'utilisation",
"Run the tests", "Aide aux contributeurs")."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_asides import refine_heading
from auditor.facts.readme_contact import COMMUNITY_LINKS, TEAM_LIFE
from auditor.facts.readme_cues import (DEV_SETUP, editor_setup, DOCKER_HEADINGS, IN_DEVELOPMENT, MANUAL_STEP, OPS_RUN, RELEASE_NOTES, SETTINGS_FILE_NAMED, SETTINGS_FILE_STEP, SYSTEM_REQUIREMENTS, code_path_heading, mend_misspellings, settings_file_heading,
                                       production_status_only, weak_only)
from auditor.facts.readme_forms import FEATURE_HEADING, about_subject_help, dev_tool_heading, task_sections
from auditor.facts.readme_guides import ADDING_FEATURES
from auditor.facts.readme_qualifiers import HEADER_TOOLING, TEST_DATA, USE_VERBS, server_install
from auditor.facts.readme_roles import MODE_NAMES, people_heading
from auditor.facts.readme_shapes import install_moment_only
from auditor.facts.readme_uses import PROCESS_RUN
from auditor.facts.readme_words import LICENCE_AND_USE, SETTING_ITEMS, TERMS_HEADING, USE_IN_PRODUCTION, use_heading
from auditor.facts.readme_account_headings import ACCOUNT_SETUP as _ACCOUNT_SETUP, DEV_PLAN as _DEV_PLAN, SECRETS_ALONE as _SECRETS_ALONE
from auditor.facts.readme_deploy_title import deployment_title  # noqa: F401 (re-exported for documentation.docs)
from auditor.lazyre import lazy_compile

SECTION_ORDER = ("purpose", "install", "usage", "configuration", "deployment", "contributing", "license", "contact")


def own_sections(info: dict) -> list[str]:
    """The sections the README itself gives, of the ``readme`` fact's (which also holds those of the documents it points to, each
    with the document it was found in: ``section_sources``)."""
    sources, path = info.get("section_sources") or {}, info.get("path")
    return [name for name in info.get("sections") or [] if sources.get(name, path) == path]

# Normalized (lower case, no accents) words or phrases of headings, by section, in French and English.
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "purpose": ("presentation", "a propos", "about", "objectif", "objectifs", "objective", "objectives", "intro", "description", "contexte", "context",
                "overview", "introduction", "pourquoi ce projet", "why this project", "what is", "qu est ce", "le projet", "the project",
                "mission", "fonctionnalites", "features", "summary", "resume", "en bref", "a quoi sert", "le service",
                "the service", "vue d ensemble", "purpose", "goal", "goals", "motivation", "genese", "principe",
                "histoire de ce", "histoire de cet", "histoire de cette", "histoire du projet", "historique du projet"),  # ("Histoire de ce cli")
    "install": ("installation", "install", "installer", "installing", "setup", "set up", "setting up", "getting started", "get started", "demarrage",
                "demarrer", "mise en place", "mettre en place", "prerequis", "pre requis", "prerequisites", "prerequisite", "pre requisites", "pre requisite", "requirements", "quick start",
                "quickstart", "demarrage rapide", "en local", "locally", "local development", "developpement local",
                "developpement", "development", "developing", "build", "building", "compilation", "dependances", "dependencies", "lancer le projet",
                "run the project", "pour commencer", "mise en route", "premiers pas", "first steps", "how to install",
                "comment installer", "installation locale", "developper", "develop", "contribuer au code", "initialiser le projet", "initialisation du projet", "initialiser l environnement", "initialisation de l environnement", "bundler", "bundle install", "composer install", "npm install", "yarn install", "pip install"),
    "usage": ("usage", "usages", "utilisation", "utilisations", "utiliser", "how to use", "mode d emploi", "guide utilisateur", "user guide",
              "userguide", "users guide", "user s guide",  # (the word run together: "# Userguide", "User's Guide")
              "use cases", "examples", "example", "exemples", "exemple",
              "code sample", "code samples", "sample code", "exemple de code", "exemples de code",  # ("## Code sample" over the demo notebooks)
              "commandes", "commands", "running", "lancement", "lancer",
              "run", "rake tasks", "taches rake", "make targets", "cibles make", "available tasks", "taches disponibles", "launch the app", "launch the application", "launch the project", "tutorial", "tutorials", "tutoriel", "tutoriels", "manuel", "manual", "api", "documentation", "docs", "execution", "mode operatoire", "chaine operatoire", "command line", "ligne de commande", "ligne de commandes", "liste des routes", "routes disponibles", "available routes", "endpoints", "end points",
              # (the same in French: "## Points de Terminaison API" over GET /health, POST /crisp/webhook/…)
              "points de terminaison", "point de terminaison",
              "service management", "services management", "stack management", "management cli", "management script", "management menu", "gestion des services", "script de gestion", "menu de gestion",  # (a stack's management CLI and its tasks, s42 fr42)
              # the steps in the interface, as headings ("Dans le menu de GeoNature, cliquer sur le module", "Cliquez sur le bouton Éditer")
              "cliquer sur", "cliquez sur", "click on", "click the",
              # a template's or an archetype's use: generating one's project from it ("Créer un nouveau projet à partir de l'archetype")
              "creer un nouveau projet", "creer un projet", "generer un nouveau projet", "generer un projet", "create a new project",
              "generate a new project",
              # a tour of the service for its users ("Découverte du service, captures d'écran, types d'usagers, premiers pas")
              "decouverte du service", "decouverte de l application", "types d usagers", "types d utilisateurs", "user journey", "user journeys",
              # what is done in the site's public or administration interface (a Lutece plugin's "Call an SQLPage in the Front Office",
              # "Create SQLPage in the Back Office")
              "front office", "back office", "frontoffice", "backoffice",
              # the same in the site's administration interface ("## Modifier les données dans l'admin": the models edited there)
              "dans l admin", "dans l interface d administration", "depuis l admin", "in the admin", "in the admin interface",
              # a library's reference: what it supports and offers its callers ("CRUD", "Supported filters operators", "Methods")
              "crud", "supported operations", "supported operators", "supported filters", "supported methods", "available methods",
              "available functions", "api reference", "reference de l api", "fonctions disponibles",
              "operations supportees", "operateurs supportes", "filtres supportes", "with the plugin", "avec le plugin", "avec l extension"),  # (what the plugin does once used, "## With the plugin": s38 fn38)
    "configuration": ("configuration", "configurations", "configurer", "configure", "configuring", "config", "parametrage", "parametres", "parameters", "reglages", "settings", "role variables", "variables ansible", "ansible variables", "variables du role",
                      "variables d environnement", "environment variables", "environment", "env", "personnalisation",
                      # (the singular: "## 0. Add environment variable" over the secrets the service reads)
                      "variable d environnement", "environment variable",
                      "customisation", "customization", "options", "properties", "proprietes",
                      # a Terraform module's or a GitHub Action's input variables (terraform-docs' "## Inputs" table)
                      "inputs", "input variables",
                      # the settings adjusted to a use ("Per-project tuning", "Performance tuning"; not a model's "Fine-tuning")
                      "tuning"),
    "deployment": ("deploiement", "deploiements", "deployment", "deployments", "deploy", "deploying", "deployer", "mise en production", "mise en prod", "production",
                   "mise en service",  # (the service put in operation on its server)
                   "mettre en prod", "passage en prod", "passer en prod",  # ("### METTRE EN PROD": the release and deploy steps)
                   "hebergement", "hosting", "kubernetes", "helm", "helm chart", "helm charts", "chart helm", "charts helm", "mise en ligne", "release", "livraison",
                   "infrastructure", "exploitation", "operations"),
    "contributing": ("contribuer", "contributing", "contribution", "contributions", "contribute", "participer", "participez",
                     "comment participer", "get involved", "s impliquer", "workflow de collaboration", "git workflow", "workflow git",
                     "comment contribuer", "how to contribute", "pull requests", "merge requests", "developer guide",
                     "guide du contributeur", "guide de contribution",
                     # a word to the contributors ("**Note pour les contributeurs** : … clonez le dépôt", "## For contributors")
                     "pour les contributeurs", "pour les contributrices", "for contributors", "note pour les contributeurs",
                     "notes pour les contributeurs", "note aux contributeurs", "note for contributors", "notes for contributors",
                     # the checklist a contributor runs through before committing ("Before you commit": tests pass, README updated)
                     "before you commit", "before committing", "avant de commiter", "avant de committer", "avant de commit", "avant chaque commit",
                     "aide aux contributeurs", "aide aux contributrices", "aide aux contributeurs trices", "help for contributors",
                     # how to write the documentation ("Notes pour écriture de la documentation": a documentation site's contributing guide)
                     "ecriture de la documentation", "ecriture de documentation", "ecrire la documentation", "redaction de la documentation",
                     "rediger la documentation", "guide de redaction", "writing documentation", "writing the documentation", "writing docs",
                     "documentation writing", "writing the docs"),
    "license": ("licence", "license", "licensing", "licences", "licenses", "droits", "copyright", "legal", "mentions legales"),
    "contact": ("contact", "contacts", "support", "aide", "help", "equipe", "team", "auteurs", "authors", "mainteneurs",
                "maintainers",
                # (the singular: "## Author" over the author's name and profile; counted with a way to reach them, readme_roles.help_without_channel)
                "auteur", "auteure", "autrice", "author", "mainteneur", "mainteneuse", "maintainer", "communaute", "community", "questions", "nous contacter", "contact us", "credits", "credit",
                # (one author's: "## 👋 Me contacter" over a Discord link; issue 12, s36 v36 = HeineZo/PNR)
                "me contacter", "contactez moi", "contactez nous", "contact me", "me joindre", "reach me", "reach us",
                "qui sommes nous", "who we are", "discuss", "discuss with us",
                "discuter", "echanger", "echanges", "chat", "forum", "canaux de communication", "communication avec", "nous joindre",
                "en cas de difficultes", "difficultes", "besoin d aide", "une question", "getting help",
                # (the issue tracker as the channel: "### Problèmes et suggestions" over "créer un ticket dans l'onglet Issues")
                "problemes et suggestions", "questions et suggestions", "bugs et suggestions", "signaler un probleme", "signaler un bug",
                "signaler une anomalie", "report a bug", "report an issue", "reporting bugs", "reporting issues", "bugs and suggestions",
                "issues and suggestions",
                # the team's invitation to tell them what one thinks ("## Feedback": "come and say hi on Matrix")
                "feedback", "feedbacks", "vos retours", "your feedback", "give feedback", "donner votre avis"),
}

# the singular of the people's words: a contact heading alone ("## Author", "# Auteur", see readme_roles.people_heading), not in
# another's ("Note de l'auteur", "Author guidelines", "Maintainer guide")
_ONE_PERSON = frozenset({"auteur", "auteure", "autrice", "author", "mainteneur", "mainteneuse", "maintainer"})
_COPYRIGHT = lazy_compile(r"\bdroits? d auteurs?\b")

HEADING_WORDS = tuple(sorted({p for name in SECTION_ORDER for p in SECTION_HEADINGS[name]}))
LABEL_WORDS = frozenset(HEADING_WORDS) - {"example", "examples", "exemple", "exemples"}  # "**Exemple :**" above a settings block shows them


def _has_phrase(normed: str, phrase: str) -> bool:
    """``phrase`` as whole words in ``normed`` (a :func:`norm` text: a-z0-9 words, single spaces); no regex per phrase."""
    return f" {phrase} " in f" {normed} "



# Words that announce the installation steps by themselves (a data model's list of scripts)
INSTALL_EXPLICIT = ("script d initialisation", "scripts d initialisation", "initialisation de la base", "initialiser la base")

# Headings that name running a command: usage only when not part of the installation steps
RUN_WORDS = ("commandes", "commands", "execution", "rake tasks", "taches rake", "make targets", "cibles make", "available tasks", "taches disponibles", "running", "lancement", "lancer", "run", "launch the app", "launch the application", "launch the project", "demarrer", "command line", "ligne de commande", "ligne de commandes")


# The parts of the product ("back office", "front office"): what is done in them is its use ("Create SQLPage in the Back Office"), but
# beside another section's word the heading is that task on the part ("Déploiement de l'application back-office", "Configuration du back office")
PRODUCT_PARTS = ("front office", "back office", "frontoffice", "backoffice")

# A tool's edition ("IntelliJ Community", "Community Edition"): its name, no community to reach
# "… de la Communauté de communes du Pays de Montereau": an intercommunal authority's name (a title), no community to reach
_AUTHORITY = lazy_compile(r"\bcommunaute (?:de communes|d agglomeration|urbaine)\b")
_EDITION = lazy_compile(r"\bcommunity edition\b|\b(?:intellij|idea|pycharm|eclipse|visual studio|gitlab|docker|mongodb|neo4j|mysql|nextcloud|odoo|qgis) community\b")
# "Présentation du CI", "Introduction to the git workflow": the team's process presented, not the project
_PRESENTING = lazy_compile(r"^(?:presentation|introduction|description|overview|objectifs?) (?:de la |du |des |de l |de |d |of the |of |to the |to )(.+)$")
_DEV_PROCESS = lazy_compile(r"(?:l )?(?:ci|cd|ci cd|integration continue|continuous integration|gitflow|git flow|workflow git|git workflow|workflow|branches|"
                            r"branching model|modele de branches|pipelines?(?: ci)?|tests|recette)")
# "How to perform the annotation", "How to run the project": a task done with the project; not how to install, contribute, deploy,
# set, build, test, follow or update it ("Comment …" is left out: "Comment suivre les changements ?" follows the project)
_HOW_TO = lazy_compile(r"^(?:\d+ )*how to (?!(?:install|contribut|deploy|configur|set|setup|build|test|develop|release|publish|follow|track|keep|stay|"
                       r"get|report|cite|support|help|reach|join|contact|update|upgrade|migrat|avoid|fix|solve|resolv|troubleshoot|debug|work ?around)\w*)\w+")
# a how-to against a network proxy's failures ("How to avoid proxy issues ?": init_conn(http_proxy=…), the proxy's environment
# variables): the settings to give, not a use
_PROXY_TROUBLE = lazy_compile(r"^(?:\d+ )*how to (?:avoid|fix|solve|resolve|get around|work ?around) (?:\w+ )?prox(?:y|ies)\b")
# "Security: Script Execution Disabled" (install scripts blocked by .npmrc): a run word negated or guarded, no way to use the project
_RUN_BLOCKED = lazy_compile(r"\b(?:disabled?|desactivee?s?|blocked|bloquee?s?|interdite?s?|forbidden|prevented|security|securite)\b")
# a French how-to of a task done with the project ("Comment intégrer l'inscription à mon site ?", a WordPress plugin's FAQ): usage; the
# verbs of other chapters (suivre, installer, contribuer, configurer, publier…) are left out, as in English
_COMMENT_USE = lazy_compile(r"^(?:\d+ )*comment (?:(?:puis je|peut on|faire pour|on|l on) )?(?:(?:l|le|la|les) )?(?:integrer|ajouter|utiliser|utilise|afficher|inserer|creer|consulter|importer|"
                            r"exporter|generer|lancer|executer|interroger|saisir|rechercher|imprimer|telecharger les donnees)\b")
_LOCAL_RUN = lazy_compile(r"\b(?:locally|localement|en local|in development|en developpement|dev mode|mode dev|tests?)\b")
_MEMBERS = lazy_compile(r"\b(?:contributing|contributeurs?|contributors?) (?:\w+ ){0,3}(?:members|membres|people|personnes)\b")
# the authors of other works than the project ("Auteurs de plugins liés à la qualité", "Authors of the libraries used")
_OTHERS_AUTHORS = lazy_compile(r"\b(?:auteur|auteurs|author|authors) (?:de |des |d |of (?:the )?)(?:\w+ )?(?:plugins?|plug ins?|extensions?|bibliotheques?|"
                               r"librairies?|libraries|modules|outils|tools|packages|paquets|jeux de donnees|datasets)\b")
_BARE_GUIDE = frozenset({"guide", "guides", "le guide", "the guide"})
# "## Option" alone over the program's flags and variables (--write-once, REDIS_TIMEOUT_WAIT): its settings ("options" is a word of the
# configuration list; the singular only as the whole heading, not "Option 1 : avec Docker", one of several ways to do a thing)
_BARE_OPTION = frozenset({"option", "l option", "the option"})
# "## Start" alone over `devbox install` and the first commands: the getting started (the word within a heading, "Start the server",
# "Start a session", names a task done with the project)
_BARE_START = frozenset({"start", "to start", "commencer", "pour demarrer"})
# "## Launch" alone over the run command (`java -jar launcher.jar`, TanguyJ44/Launcher-BYOD-Metropole-de-Lyon): how the program is run,
# as "Lancement" is (within a longer heading, "Launch date", "Product launch", it names no use)
_BARE_LAUNCH = frozenset({"launch", "launching", "to launch", "how to launch", "launch it"})
# The lists and forums where the team answers, as a heading of their own ("Mailing Lists", "Listes de diffusion", "Forums")
_CHANNEL_HEADING = lazy_compile(r"(?:\d+ )*(?:(?:nos|notre|our|the|les|la) )?(?:mailing lists?|listes? de (?:diffusion|discussion)|discussion (?:groups?|lists?)|"
                                r"groupes? de discussion|google groups?|forums?)")
_FAQ = lazy_compile(r"\b(faq|foire aux questions|frequently asked questions|questions frequentes)\b")
_TECH_DOCS = re.compile(r"(?:la |les )?docs? ?(?:umentations?)? (?:techniques?|internes?)|(?:technical|internal) doc(?:s|umentation)?")


# A hosting platform (a PaaS, a cluster) named in an installation heading: setting up the service there is deploying it
_HOST_PLATFORM = lazy_compile(r"\b(?:scalingo|heroku|clever ?cloud|alwaysdata|vercel|netlify|fly io|openshift|kubernetes|k8s|cloud foundry|dokku|caprover)\b")
# a heading that is the hosting platform's name alone ("## Dokku" over dokku apps:create, config:set, postgres:link): deploying there
# getting the program itself, its sources or a built release ("Récupération des sources du programme", "Récupération des distributions
# Windows", "Télécharger l'exécutable", "Getting the sources"): how a copy is obtained, the installation (not "Récupération des données")
_OBTAIN = lazy_compile(r"^(?:\d+ )*(?:recuperation|recuperer|telechargement|telecharger|obtenir|obtention|download|downloading|get|getting|obtaining) "
                       r"(?:(?:des|les|du|le|la|l|d|the|a) )?(?:sources?|code source|code|distributions?|executables?|binaires?|binaries|releases?|"
                       r"programme|program|logiciel|software|installeurs?|installers?|paquets?|packages?)\b")
_HOST_ALONE = lazy_compile(r"(?:\d+ )*(?:on |sur )?(?:scalingo|heroku|clever ?cloud|alwaysdata|vercel|netlify|fly io|openshift|dokku|caprover)")
# "Use the script", "Using the CLI": how the project's own tool is used (not "Using alembic", a tool of its development)
_USE_THE = lazy_compile(r"^(?:\d+ )*(?:use|using) (?:the|this) (?:scripts?|cli|tool|command line tool|commands?|app|application|library|package|module)\b")


# "Difficultés rencontrées", "Problèmes rencontrés", "Challenges faced": the problems met while building it and their fixes, no one to reach
_MET_PROBLEMS = lazy_compile(r"\b(?:difficultes|problemes|obstacles|soucis|challenges|issues|problems|difficulties) (?:rencontre(?:e)?s|encountered|faced|met)\b")


# a set-up on the developer's own machine ("Deploiement local avec Docker", "Deploy locally"); not a server named local
_LOCAL_SETUP = lazy_compile(r"\b(?:local|locale|localement|en local|locally|sur (?:votre|ta|sa|mon|son) (?:machine|poste)|on your (?:machine|computer|laptop))\b")
_SERVER_WORDS = ("serveur", "serveurs", "server", "servers", "production", "mise en production", "mise en prod", "hebergement", "hosting",
                 "kubernetes", "helm", "cluster", "cloud", "vm", "datacenter")


# "production" qualifying data: a copy of the production database restored on a developer's machine ("Charger une base de données de
# production", "Restore a production dump"), not a deployment; nor a data or industrial production process ("Production process",
# "Processus de production", "Chaîne de production", "Production de données": how the data or statistics are produced; s44 fd44)
_PRODUCTION_DATA = lazy_compile(r"\b(?:bases? de donnees|bases?|bdd|bd|donnees|data|databases?|db|dumps?|backups?|sauvegardes?|copies?|"
                                r"extractions?|extraits?|snapshots?|jeux? de donnees|processus|process|chaines?|chains?) (?:de |du |d |from |of )?(?:la |the )?(?:production|prod)\b|"
                                r"\b(?:production|prod) (?:data|databases?|db|dumps?|backups?|snapshots?|process|processes|chains?|lines?)\b|\bproduction (?:de |des |du |d )(?:la |les )?(?:donnees|data|jeux de donnees|statistiques|indicateurs|fichiers|cartes|rapports)\b")


_TRAINING_TUNING = lazy_compile(r"\b(?:fine|finetuning|hyper ?parameters?|hyperparametres?|hyper parametres?|models?|modeles?|prompt|llm) tuning\b|\bfinetuning\b")


# a layer of the code named by the layered-architecture vocabulary ("Infrastructure Layer", "couche infrastructure")
_CODE_LAYER = lazy_compile(r"\binfrastructure (?:layers?|tier)\b|\bcouches? (?:d )?infrastructure\b")


# running the project's own program ("Exécution du batch", "Lancement du script"), a topic of its own even inside the installation
# chapter ("**Exécution du batch :**" under "## 1. Prérequis", then `java -jar target/….jar`; a data pipeline's "## 3. Lancement du pipeline"
# under "# Installation & Lancement", then `uv run -m pipeline.main`): its use, not a step of the set-up
_OWN_RUN = lazy_compile(r"^(?:\d+ )*(?:execution|executer|lancement|lancer|run|running) (?:du|le|la|de la|the|this) (?:batch|script|programme|program|traitement|pipeline)$")


# the words that make "support" the help given to users ("Community support", "Obtenir du support", "Support commercial" leads with it)
_HELP_GIVERS = frozenset({"community", "communaute", "user", "users", "utilisateurs", "commercial", "technical", "technique", "professional", "enterprise",
                          "customer", "client", "clients", "get", "getting", "obtenir", "need", "besoin", "and", "et", "contact", "help", "aide", "questions",
                          "le", "la", "du", "de", "au", "premium", "paid", "free", "official", "officiel", "team", "equipe", "for", "pour", "your", "votre", "our", "notre"})


# the locution "à l'aide de/du/des/d'" (by means of), normed "a l aide du": a method used, not the word "aide" (help) of a contact chapter
_BY_MEANS_OF = lazy_compile(r"\ba l aide (?:de|du|des|d)\b")


# "support for/of <a technology>" ("Type Support for .vue Imports in TS", create-vue's chapter; "Support for Python 3.12"): what the
# software or its tooling handles, unless the support is given to people ("Support for users", "Getting support for the app")
_SUPPORT_FOR = lazy_compile(r"\bsupport (?:for|of) (?!(?:users?|you|your|our|the users|the community|questions|contributors|developers|utilisateurs)\b)")


def _feature_support(normed: str) -> bool:
    """"<a technology, a platform> support" ("aes ni support", "windows support", "python 3 support") or "<…> support for <a
    technology>" ("type support for vue imports in ts", s35 af35): a feature supported."""
    words = normed.split()
    if (m := _SUPPORT_FOR.search(normed)) and not _HELP_GIVERS.intersection(normed[:m.start()].split()):
        return True
    return 2 <= len(words) <= 4 and words[-1] == "support" and not _HELP_GIVERS.intersection(words[:-1])


# A heading about the people who made it ("Composition de l'équipe de développement", "Development team", "Membres de l'équipe"): the
# development named is their trade, no set-up to follow (ThomasAyr/Marathon-du-Web-Cantine's four students' names)
_TEAM_WORDS = lazy_compile(r"\b(?:equipe|equipes|team|teams|membres?|members?|composition)\b")
_DEV_WORDS = ("developpement", "development", "developing", "developper", "develop")


def heading_sections(text: str, under_install: bool = False, label: bool = False) -> list[str]:
    if code_path_heading(text) or settings_file_heading(text):  # (a settings file's name, "release.ini": the chapter on it)
        return ["configuration"] if settings_file_heading(text) and not code_path_heading(text) else []
    normed = mend_misspellings(MODE_NAMES.sub(" ", IN_DEVELOPMENT.sub(" ", norm(text))).strip(), HEADING_WORDS)  # ("Mode de simulation (Dry Run)")
    found = [name for name in SECTION_ORDER if (any(_has_phrase(normed, p) for p in SECTION_HEADINGS[name]) or (name == "install" and normed in DOCKER_HEADINGS))
             and not weak_only(name, normed, SECTION_HEADINGS[name]) and not (name == "configuration" and DEV_SETUP.search(normed) or name == "install" and editor_setup(normed))] or task_sections(normed, text) or use_heading(normed)  # ("## Docker": build and run the image; "### Run the image" under it is no usage; "What to do if I want to add another environment ?")
    found = sorted({*found, "configuration"}, key=SECTION_ORDER.index) if "deployment" in found and SETTING_ITEMS.search(normed) else found  # ("Champs … pour le déploiement": settings too)
    if not found and (SETTINGS_FILE_STEP.match(normed) or SETTINGS_FILE_NAMED.match(normed)):  # "Mettre à jour .env.local", "Votre
        found = ["configuration"]  # fichier .env" over the settings to give: configuration
    if "configuration" in found and SYSTEM_REQUIREMENTS.search(normed):  # "Configuration requise": JDK 17, Maven, the prerequisites
        found = [n for n in found if n != "configuration"] + ([] if "install" in found else ["install"])
    if not found and normed in _BARE_GUIDE:  # "### Guide" alone over the app's modes and routes by role: how to use it (not "Guide du
        found = ["usage"]  # développeur", "Style guide": another guide)
    if not found and normed in _BARE_OPTION:
        found = ["configuration"]
    if not found and normed in _BARE_START:
        found = ["install"]
    if not found and normed in _BARE_LAUNCH:
        found = ["usage"]
    if "purpose" in found and ADDING_FEATURES.search(normed):  # "Ajout de fonctionnalités", "Adding features": features as work to do
        found.remove("purpose")
    if "configuration" in found and _TRAINING_TUNING.search(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["configuration"] if p != "tuning"):
        found.remove("configuration")  # "Fine-tuning", "Hyperparameter tuning": a model trained further, no settings of the project
    if "purpose" in found and len(found) > 1 and not any(normed.startswith(p) for p in SECTION_HEADINGS["purpose"]):
        found.remove("purpose")  # "Install core features": the installation of the features, not their presentation
    found = [n for n in found if not (n == "usage" and (TERMS_HEADING.search(normed) or USE_IN_PRODUCTION.search(normed) or LICENCE_AND_USE.match(normed)) or n == "install" and install_moment_only(normed))]  # ("Conditions d'utilisation": the licence's terms; "À l'installation de ce module": a moment)
    found = [n for n in found if not (n == "contact" and len(found) > 1 and (aud := re.search(r"\b(?:for|pour)\b", normed)) and not any(_has_phrase(normed[:aud.start()], p) for p in SECTION_HEADINGS["contact"]))]  # ("Installation for developers and maintainers": "for …" its audience — s38 fn38)
    if FEATURE_HEADING.search(normed):  # "Outil d'aide à la contribution SEO": a feature of the product, no guide to contribute nor help
        found = [n for n in found if n not in ("contributing", "contact")]
    if dev_tool_heading(normed):  # "Configuration de Pre-Commit": the contributors' hooks, not the project's installation or settings
        found = [n for n in found if n not in ("install", "configuration", "usage")]
    if "contributing" in found and "contact" in found and not any(  # "Aide aux contributeurs/trices": help for contributors, no one to reach
            _has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p not in ("help", "aide")):
        found.remove("contact")
    if normed == "communication" and "contact" not in found:  # "Communication" alone titles how to reach the team;
        found.append("contact")  # "URL de test de communication" names a setting
    if "contact" in found and _FAQ.search(normed) and not any(  # "Foire aux questions" answers questions, it names no one to reach
            _has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p not in ("questions", "une question", "help", "aide")):
        found.remove("contact")
    if "contact" in found and (_EDITION.search(normed) or _AUTHORITY.search(normed) or COMMUNITY_LINKS.search(normed)) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p not in ("community", "communaute")):
        found.remove("contact")  # "Avec IntelliJ Community": a tool's edition; "Liens communauté et écosystème": other works' links; no one to reach
    if "purpose" in found and (m := _PRESENTING.match(normed)) and (_DEV_PROCESS.fullmatch(m.group(1)) or PROCESS_RUN.fullmatch(m.group(1))):  # ("Description of the process": its run)
        found.remove("purpose")  # "Présentation du CI" (a link to the GitFlow slides): how the team works, not what the project does
    if "contact" in found and not people_heading(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p not in _ONE_PERSON):
        found.remove("contact")  # "Note de l'auteur", "Author guidelines", "Droit d'auteur": the singular names the people only alone ("## Author")
    if _COPYRIGHT.search(normed) and "license" not in found:
        found.append("license")  # ("Droit d'auteur": the copyright, a licence chapter)
    if "contact" in found and _OTHERS_AUTHORS.search(normed) and not _has_phrase(normed, "contact"):
        found.remove("contact")  # "Auteurs de plugins liés à la qualité": other works' authors, listed with their pages, no one to reach
    if "contact" in found and _feature_support(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p != "support"):
        found.remove("contact")  # "AES-NI support", "Windows support": what the software supports, no one to reach
    if "contact" in found and TEAM_LIFE.search(normed) and not _has_phrase(normed, "contact"):  # "Vie de l'équipe": its rituals, no one to reach
        found.remove("contact")
    if "contact" in found and (_BY_MEANS_OF.search(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p != "aide")
                               or about_subject_help(normed, SECTION_HEADINGS["contact"], _has_phrase)):  # ("À propos de … Demande d'aide aux devoirs")
        found.remove("contact")  # "… de toits en 3D à l'aide du Frame Field Learning": "by means of" a method, no help to ask for
    if "contact" in found and _MET_PROBLEMS.search(normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["contact"] if p not in ("difficultes", "questions", "help", "aide")):
        found.remove("contact")
    if "deployment" in found and (production_status_only(normed, SECTION_HEADINGS["deployment"], label) or _PRODUCTION_DATA.search(normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["deployment"] if p != "production")):
        found.remove("deployment")  # ("Charger une base de données de production": a production dump restored locally, no deployment)
    if "deployment" in found and _LOCAL_SETUP.search(normed) and not any(_has_phrase(normed, p) for p in _SERVER_WORDS):
        found = [n for n in found if n != "deployment"] + ([] if "install" in found else ["install"])  # "Déploiement local avec Docker": the
        # developer's machine set up (docker-compose up, yarn dev), an installation, not a deployment to a server
    if "install" in found and "deployment" not in found and server_install(normed) and not _LOCAL_SETUP.search(normed):
        found.append("deployment")  # "Installation sur un serveur", "Install in production": setting the service up on its server is deploying it
    if "deployment" in found and _CODE_LAYER.search(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["deployment"] if p != "infrastructure"):
        found.remove("deployment")  # ("Aggregators (Infrastructure Layer)" under a clean-architecture chapter: a layer of the code, no deployment)
    if "deployment" in found and RELEASE_NOTES.search(normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["deployment"] if p != "release"):
        found.remove("deployment")
    if "usage" in found and len(found) > 1 and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in PRODUCT_PARTS):
        found.remove("usage")  # "II.2 - Déploiement de l'application back-office": deploying that part, no use of it
    if "usage" in found and len(found) > 1 and re.match(r"(?:la |the )?(?:documentation|docs?) (?:de|du|des|d|of|sur|on) ", normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in ("documentation", "docs")):
        found.remove("usage")  # "Documentation de l'installation des serveurs": the documentation of that other section
    if "usage" in found and _TECH_DOCS.fullmatch(normed):  # "Documentation techniques", "Documentation interne": the architecture and the code, the team's notes, not how to use it
        found.remove("usage")
    if "usage" in found and TEST_DATA.search(normed) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in USE_VERBS + RUN_WORDS):
        found.remove("usage")  # "Utiliser les fixtures", "Run the seeds": test data loaded into a copy's database, a step of its set-up, no use
    if not found and _SECRETS_ALONE.fullmatch(normed):
        found = ["configuration"]
    if "install" in found and _ACCOUNT_SETUP.fullmatch(normed):  # "Account Setup": the remote service's account to enter, once installed
        found = list(dict.fromkeys("configuration" if n == "install" else n for n in found))
    if "usage" in found and (OPS_RUN.search(normed) or "install" in found or under_install and not _OWN_RUN.search(normed)) and run_only(normed, "install" in found):
        found.remove("usage")  # "Tâches de run" (French ops' noun), "Run the tests", a run step of the installation, "API and BO installation": not how to use the project
    if "install" in found and _HOST_PLATFORM.search(normed) and not _has_phrase(normed, "local"):  # "## Scalingo Setup", "Installation sur
        found = [n for n in found if n != "install"] + ([] if "deployment" in found else ["deployment"])  # Heroku": the hosted copy's set-up
    if "install" in found and (_TEAM_WORDS.search(normed) or _DEV_PLAN.search(normed)) and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["install"] if p not in _DEV_WORDS):
        found.remove("install")  # "Development team": who made it (s36 v36); "Étapes de développement": the plan of the work (s46 fi46); no set-up
    if "contributing" in found and _MEMBERS.search(normed):
        found.remove("contributing")  # "Contributing Lab IA Members": who contributed, a list of names
    if "usage" in found and "deployment" in found and run_only(normed):
        found.remove("usage")  # "Lancer en mode production" (npm run start): running it in production is deploying it
    if "usage" in found and (_RUN_BLOCKED.search(normed) or HEADER_TOOLING.search(normed)) and run_only(normed):  # ("Commandes pour notice et license")
        found.remove("usage")  # ("Security: Script Execution Disabled": dependency scripts kept from running, no use of the project)
    if not found and _PROXY_TROUBLE.match(normed):
        found = ["configuration"]  # ("How to avoid proxy issues ?": the proxy server's arguments and environment variables)
    if not found and _OBTAIN.match(normed):
        found = ["install"]
    if not found and _HOST_ALONE.fullmatch(normed):
        found = ["deployment"]
    if "usage" not in found and (_HOW_TO.match(normed) or _COMMENT_USE.match(normed) or _USE_THE.match(normed)) and not _LOCAL_RUN.search(normed):
        found.append("usage")  # "How to perform the annotation", "How to run the project", "Use the script": how the project is used
    found = refine_heading(found, normed, SECTION_HEADINGS, under_install)  # ("Jobs & Mission control job", "Crédits images", "Paramètres de la requête")
    return found + ["contact"] if _CHANNEL_HEADING.fullmatch(normed) and "contact" not in found else found  # ("Mailing Lists", "Listes de diffusion")


def own_run(normed: str) -> bool:
    """The heading or label names running the project's own program ("Exécution du batch"): its use, wherever it stands."""
    return bool(_OWN_RUN.match(normed))


def run_only(normed: str, installed: bool = False) -> bool:
    """The heading names usage only through a run word ("Commands", "Lancer"), or, beside an install word, through the API it installs."""
    return normed not in _BARE_GUIDE and not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in RUN_WORDS and not (installed and p == "api") and not (p in ("manuel", "manual") and MANUAL_STEP.search(normed)))


# The words that name the installation or the deployment itself, leading a heading ("## Install and run app", "## Deployment")
_NAMING = {"install": ("installation", "installations", "install", "installer", "installing"),
           "deployment": ("deploiement", "deploiements", "deployment", "deployments", "deploy", "deploying", "deployer")}


# what the installation needs or makes, leading a heading ("## Prérequis", "## Requirements", "## Dépendances", "## Build for production")
_NEEDS, _MAKES = ("prerequis", "pre requis", "prerequisites", "prerequisite", "pre requisites", "requirements", "dependances", "dependencies"), ("build", "building", "compilation", "construction")


def named_later(name: str, first: dict, b, blocks: list) -> bool:
    """A later heading ``b`` led by the installation's or the deployment's own word, at the first one's level or above, the first led by
    what it needs or makes ("## Build for production" then "## Install and run app"; "## Dépendances" then "## Installation"), or by what
    it needs while ``b`` makes it ("## Prérequis" then "## Construction", s47 fe47 = OPEN-ENT-NG/collaborative-editor): the one named so."""
    def led(text: str, words) -> bool:
        normed = re.sub(r"^(?:\d+ )+", "", norm(text))
        return any(normed == w or normed.startswith(w + " ") for w in words)

    level = next(((h.level or 1) for h in blocks if h.kind == "heading" and h.line == first["line"]), 0)
    later = _NAMING[name] + (_MAKES if led(first["text"], _NEEDS) else ()) if name in _NAMING else ()
    return bool(later) and led(first["text"], _NEEDS + _MAKES) and led(b.text, later) and (b.level or 1) <= level
