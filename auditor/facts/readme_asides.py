"""README headings, chapters and lines that share a word with a section but are about something else: a tool's name that holds a
section word ("Jobs & Mission control job": Rails' Mission Control, no mission of the project), the credits of the pictures ("Crédits
images": nobody to reach), an API call's parameters ("Paramètres de la requête": no settings of the project), the manual way of a
release under a release chapter ("### Manual"), a chapter of coding conventions ("Utiliser des guillemets doubles… (`"exemple"`)": a
rule of style, no example of use), a path to a code file ("Éditer ./constants/contact.js": a file to edit, no contact), and a first
line that is a notice, a licence or a compatibility line rather than what the project is. Texts are
:func:`auditor.facts.document.norm` forms unless said."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_forms import AI_ASSISTANT_HEADING, notice_line
from auditor.facts.readme_licence import licence_chapter
from auditor.facts.readme_line_kinds import _STACK_LINE, contact_line, layout_line, provenance_line, tool_credit
from auditor.facts.readme_words import CONSUMED_APIS, DOC_FILE_SECTIONS, THIRD_PARTY_PART
from auditor.lazyre import lazy_compile

# "Mission" names the project's mission when it leads the heading ("Mission", "Notre mission", "Missions du service")
_MISSION_LEAD = lazy_compile(r"^(?:\d+ )*(?:(?:notre|nos|la|les|sa|ses|our|the|its) )?missions?\b")
# An API call's or a function's parameters ("Paramètres de la requête", "Query parameters", "Options de l'appel")
_CALL_PARAMETERS = lazy_compile(r"\b(?:parametres?|options?|arguments?|proprietes|properties|parameters?|params)\b (?:\w+ )?(?:de la |de l |du |des |d |"
                                r"of the |of an? |of )(?:requetes?|requests?|query|queries|appels?|calls?|endpoints?|routes?|fonctions?|functions?|"
                                r"methodes?|methods?)\b|\b(?:query|request|path|body|url|header|callback|function|method|fonction|methode) (?:parameters?|params|options|arguments?)\b")
# The contact word as a mode of the application or as its data ("Démarrage de la console en mode support", "Import du fichier
# d'extraction des contacts Agricoll", "Synchronisation des contacts"): a task on the service, nobody to reach
_CONTACT_AS_DATA = lazy_compile(r"\b(?:en )?mode (?:support|aide|help|contact)\b|\b(?:import|imports|importer|export|exports|exporter|extraction|"
                                r"synchronisation|synchronization|sync|migration|fusion|dedoublonnage)\b(?: \w+){0,4}? (?:des|du|de|d|of|the) (?:\w+ )?contacts?\b|"
                                # an epidemic's contact, a person exposed ("contact à risque", "cas contact", "contact tracing"): a health topic
                                r"\bcontacts? a (?:haut )?risques?\b|\b(?:high risk|at risk) contacts?\b|\bcas contacts?\b|\bcontact tracing\b|\bclose contacts?\b")
_TESTS = lazy_compile(r"\b(?:tests?|testing|e2e|cucumber|recette)\b")
_RUN_LIKE = {"commandes", "commands", "running", "lancement", "lancer", "run", "execution", "demarrer", "command line", "ligne de commande",
             "ligne de commandes"}
# A mode of a task, alone as a heading under that task's chapter ("## Release policy" then "### Auto", "### Manual")
_MODE_ONLY = lazy_compile(r"^(?:manual|manually|manuel|manuelle|manuellement|a la main|by hand|auto|automatic|automatique|automatiquement)$")


# The people or the group a status notice says (no longer) keep the project ("Ce projet n'est plus maintenu par la communauté
# beta.gouv.fr", "This repository is no longer maintained by the team"): the notice names who kept it, no address nor channel to reach
# them (issue 12, s38 fc38); a notice that names a way to reach someone ("Deprecated: contact us") keeps its contact
_WHO_MAINTAINS = frozenset({"communaute", "community", "equipe", "team", "auteurs", "authors", "mainteneurs", "maintainers", "auteur", "auteure",
                            "autrice", "author", "mainteneur", "mainteneuse", "maintainer"})


def _has(normed: str, phrase: str) -> bool:
    return f" {phrase} " in f" {normed} "


def refine_heading(found: list[str], normed: str, headings: dict, under_task: bool) -> list[str]:
    """The sections ``found`` for the heading ``normed``, without those it names only through another subject's word (``headings``:
    the section phrases; ``under_task``: the heading is inside an installation or deployment chapter)."""
    if "purpose" in found and _has(normed, "mission") and not _MISSION_LEAD.match(normed) and not any(
            _has(normed, p) for p in headings["purpose"] if p != "mission"):
        found = [n for n in found if n != "purpose"]
    if "purpose" in found and _TESTS.search(normed):  # "Exécuter des tests de fonctionnalités", "Feature tests": the tests, not the features
        found = [n for n in found if n != "purpose"]
    if "contact" in found and normed not in ("credits", "credit") and not any(_has(normed, p) for p in headings["contact"] if p not in ("credits", "credit")):
        found = [n for n in found if n != "contact"]  # "Crédits images", "Crédits et remerciements": attributions, nobody to reach
    if "contact" in found and _CONTACT_AS_DATA.search(normed) and not any(normed.startswith(p) for p in headings["contact"]):
        found = [n for n in found if n != "contact"]  # "Démarrage de la console en mode support", "Import des contacts": no one to reach
    if "contact" in found and notice_line(normed) and all(p in _WHO_MAINTAINS for p in headings["contact"] if _has(normed, p)):
        found = [n for n in found if n != "contact"]  # "Ce projet n'est plus maintenu par la communauté …": a status, no one to reach
    if "configuration" in found and _CALL_PARAMETERS.search(normed):
        found = [n for n in found if n != "configuration"]
    if "usage" in found and under_task and _MODE_ONLY.match(normed):
        found = [n for n in found if n != "usage"]
    if "usage" in found and _TESTS.search(normed) and not any(_has(normed, p) for p in headings["usage"] if p not in _RUN_LIKE):
        found = [n for n in found if n != "usage"]  # "Exécution de la suite de tests automatisés": the developers' tests, no use
    if "usage" in found and CONSUMED_APIS.search(normed) and not any(_has(normed, p) for p in headings["usage"] if p not in ("api", "endpoints")):
        found = [n for n in found if n != "usage"]  # "API utilisées", "Endpoints serveur utilisés": the services the project calls, no use of it
    if not found and normed in ("use", "to use", "use it", "how to use it"):  # "## Use" then the keys to press: the usage, said in one word
        found = ["usage"]
    if not found and _FOR_DEVELOPERS.fullmatch(normed):  # "## Pour les développeurs" (check() before a release, the tests, the docs
        found = ["contributing"]  # build): the developers' guide, as "Developer guide" and "Pour les contributeurs" are
    if not found and normed in ("scalingo", "heroku", "clever cloud", "clevercloud", "alwaysdata"):  # "### Scalingo" alone: where and how it is
        found = ["deployment"]  # deployed (review apps, the staging environment); "Création d'application Scalingo" is a bot's command
    return found


# A heading naming only the developers as its audience ("Pour les développeurs", "For developers", "Notes aux développeurs"); not the
# users' ("Pour les utilisateurs") nor a task for them ("Installation pour les développeurs": the task's word names the section)
_FOR_DEVELOPERS = lazy_compile(r"(?:(?:notes?|informations?|section|guide|espace|partie) )?(?:pour les|pour|aux|a l attention des|for(?: the)?) "
                               r"(?:developpeurs?|developpeuses?|developpeur ses?|developpeurs euses|developers?|devs?)")


# A chapter of coding conventions or style rules: its lines are rules for the code, no use, setting or installation of the project
_CONVENTIONS = lazy_compile(r"\b(?:conventions? (?:de |d )?(?:codage|code|developpement|nommage|style|ecriture)|coding (?:conventions?|standards?|style|rules)|"
                            r"code (?:conventions?|style|standards?)|style (?:de code|guide|du code)|guide de style|regles de (?:codage|code|nommage|style)|"
                            r"normes de (?:codage|code|developpement)|linting|linters?|formatage (?:du |de )code|code formatting)\b")


# A chapter on the API clients the developers generate from the services' specifications ("# Clients générés automatiquement" over
# `./generate_openapi_client.sh -p budget -s https://…/swagger.json`, "## Generating the API client"): a code-generation step of the
# developers, no use, setting or installation of the project
_GENERATED_CLIENTS = lazy_compile(r"\bclients? (?:d )?(?:api |openapi |http )?(?:auto ?)?generes?\b|\b(?:generation|regeneration|generer|regenerer) "
                                  r"(?:des |du |les |le |d )?(?:clients? |api clients? )|\b(?:auto ?)?generated (?:api |openapi |http )?clients?\b|"
                                  r"\b(?:generat(?:e|es|ing|ion of)|regenerat(?:e|es|ing|ion of)) (?:the )?(?:api |openapi |http )?clients?\b")


def aside_lines(lines: list[str], blocks: list, boilerplate, usage=lambda text: False) -> set[int]:
    """The lines of the paragraphs and sub-headings under a coding-conventions chapter, a chapter on the generated API clients
    (``_GENERATED_CLIENTS``) or a framework's boilerplate chapter (``boilerplate(normed_heading,
    body)``, the Next.js template's "## Learn More": "your feedback and contributions are welcome!" is the framework's), whose sentences
    give no section of the project; and a "Paramètres :" label in a usage chapter (``usage(heading)``: "## Commandes disponibles"), the
    arguments of a command, no settings."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        level = b.level or 1
        end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 1) <= level), len(lines) + 1)
        normed = norm(b.text)
        if _CONVENTIONS.search(normed) or _GENERATED_CLIENTS.search(normed) or AI_ASSISTANT_HEADING.match(normed) or boilerplate(normed, "\n".join(lines[b.line:end - 1])):
            end = next((x.line for x in blocks[i + 1:] if b.line < x.line < end and _project_licence(x, lines, blocks, end)), end) if _CONVENTIONS.search(normed) else end
            out.update(x.line for x in blocks[i + 1:] if b.line < x.line < end  # (its sub-chapters' headings too: CRA's "### `npm run build`")
                       and not (_CONVENTIONS.search(normed) and x.kind == "paragraph" and contributing_link(x)))  # (but "- [Contributing](./CONTRIBUTING.md)":
            # the contributors' guide the conventions belong to)
        elif usage(b.text):
            out.update(x.line for x in blocks[i + 1:] if x.kind == "paragraph" and b.line < x.line < end and _ARGUMENTS_LABEL.match(norm(x.text)))
    out.update(x.line for x in blocks if x.kind == "paragraph" and community_cell(x))  # (a table telling what CONTRIBUTING.md is for)
    for x in blocks:  # ("```sh\ncurl -X POST …/api/habilitations …\n```" then "Paramètres :": the call's arguments)
        if x.kind == "paragraph" and 0 < x.line <= len(lines) and _ARGUMENTS_LABEL.match(norm(x.text)):
            k = x.line - 2
            while k >= 0 and not lines[k].strip():
                k -= 1
            if k >= 0 and lines[k].strip().startswith(("```", "~~~")):
                out.add(x.line)
    return out


# a table row's first cell naming a file ("| CODE_OF_CONDUCT.md | Ce fichier définit … |", "| `src/config.py` | … |"), and the
# community files' names (an organisation's template README listing what each of its default files is for)
_FILE_CELL = lazy_compile(r"^[\w.-]+(?:/[\w.-]+)*\.[a-z0-9]{1,6}$", re.I)
_COMMUNITY_CELL = lazy_compile(r"^(?:[\w.-]+/)*(?:code[-_]of[-_]conduct|contributing|security|support|governance|funding|codeowners|changelog|"
                               r"licen[cs]e|authors|maintainers|issue[-_]template|pull[-_]request[-_]template)(?:\.[a-z]{1,4})?$", re.I)


def file_cell(block) -> bool:
    """A table cell of a row led by a file's name: it tells of that file, not of the project (issue 12, s39 fl39 = govpf/pwshare)."""
    head = re.sub(r"[*`\[\]]", "", getattr(block, "row_head", "") or "").strip()
    return bool(head) and bool(_FILE_CELL.match(head) or _COMMUNITY_CELL.match(head))


def community_cell(block) -> bool:
    """A table cell of a row led by a community file's name (CONTRIBUTING.md, SECURITY.md): what that file is for, no section of the project."""
    head = re.sub(r"[*`\[\]]", "", getattr(block, "row_head", "") or "").strip()
    return bool(head) and bool(_COMMUNITY_CELL.match(head))


# A licence chapter's heading alone ("## Licence" under "# Linting", a level too deep): the project's licence, no rule of style
_LICENCE_HEADING = lazy_compile(r"(?:\d+ )*(?:licen[cs]es?|licensing|licen[cs]e du (?:code|projet|logiciel)|project licen[cs]e)")


def _project_licence(heading, lines: list[str], blocks: list, end: int) -> bool:
    """A sub-heading of a conventions chapter that is the README's licence chapter (a licence named in its text, up to ``end``)."""
    if heading.kind != "heading" or not _LICENCE_HEADING.fullmatch(norm(heading.text)):
        return False
    stop = next((x.line for x in blocks if x.kind == "heading" and heading.line < x.line < end), end)
    return licence_chapter(norm(heading.text), "\n".join(lines[heading.line:stop - 1]))


def contributing_link(block) -> bool:
    """The paragraph links the contributing guide, a file of the repository ("[Contributing](./CONTRIBUTING.md)")."""
    return any(u and "://" not in u and DOC_FILE_SECTIONS["contributing"].search(u.split("#")[0].rstrip("/")) for u, _ in block.links)


_ARGUMENTS_LABEL = lazy_compile(r"^(?:parametres?|parameters?|params|arguments?|options?)(?: (?:de la |du |of the )?(?:commande|command))?$")
_LIST_ITEM = lazy_compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def late_asides(lines: list[str], blocks: list, aside: set[int]) -> set[int]:
    """The lines of paragraphs that are no description when they come after another section: list items ("- `frontend/createEnvFile.ts`
    used in prod…", "- Minimum package age: …": a detail of the chapter), a task's command or instruction ("Générer une migration :
    `npm run migration:generate`", "Pour générer des formulaires, il faut partir d'un formulaire vide…") and the ``aside`` chapters'
    paragraphs."""
    out = set(aside)
    for b in blocks:
        if b.kind != "paragraph" or not 0 < b.line <= len(lines):
            continue
        end = b.line  # (the paragraph's raw lines, up to a blank line, ten at most: the parsed text lost its backticks)
        while end < len(lines) and end < b.line + 9 and lines[end].strip():
            end += 1
        raw = "\n".join(lines[b.line - 1:end])
        if _LIST_ITEM.match(lines[b.line - 1]) or "`" in raw or raw.rstrip().endswith(":") or _HOW_TO.search(norm(raw)):
            out.add(b.line)
    return out


_HOW_TO = lazy_compile(r"\b(?:il faut|il suffit|vous devez|vous pouvez|you need to|you must|you can|just run)\b")


# A path to a code, settings or page file ("./constants/contact.js", "src/config/settings.py", a site's page "contact.html" to edit:
# issue 12, s38 fl38): a file to edit, its name no topic word
CODE_PATH = lazy_compile(r"(?<![\w@.])(?:\.{0,2}/)?(?:[\w-]+/)*[\w-]+\.(?:js|mjs|cjs|ts|tsx|jsx|vue|svelte|py|rb|php|java|kt|go|rs|cs|json|ya?ml|"
                         r"toml|ini|cfg|conf|properties|env|sh|sql|css|scss|xml|html?|twig|njk|ejs|hbs|pug|liquid)\b")


# Lines that say where the project stands, what binds it or what it needs, not what it is: a status or distribution notice ("Version
# beta – ne pas diffuser."), a disclaimer ("Les données … n'engagent en rien l'État"), a licence line ("Sauf mention explicite …, les
# contenus de ce site sont proposés sous Licence Ouverte"), a compatibility or requirement line ("Compatible avec QGIS 3.28",
# "Requires Python 3.10+", "Ce plugin nécessite …"), a pointer to another document
_NOT_WHAT = lazy_compile(
    r"^(?:version |v )?(?:beta|alpha|preview)(?: version| release)?$|\b(?:ne pas diffuser|do not (?:distribute|share)|diffusion restreinte|"
    r"usage interne|internal use only|confidentiel)\b|\bn engagen?t? en rien\b|\bnot (?:an official|legally binding)\b|"
    r"^(?:sauf mention|unless otherwise (?:stated|noted|specified))\b|"
    r"^copyright (?:c |\d|by |\(c\))|"  # (a copyright line under the title, "Copyright (C) 2018-2020 Centre National d'Etudes Spatiales": who owns it)
    r"^(?:(?:ce|cet|cette|le|la|les|this|the) (?:\w+ ){0,3})?(?:est|sont|is|are) (?:\w+ )?(?:proposee?s?|distribuee?s?|publiee?s?|placee?s?|diffusee?s?|"
    r"licensed|released|distributed|published|made available) (?:sous|under) (?:la |les |the |une |a |an )?(?:\w+ ){0,4}?(?:licen[cs]es?|termes|terms)\b|"
    # (the licence named before its noun: "The source code is licensed under the MIT license", "under the GNU General Public License")
    r"^(?:(?:ce|cet|cette|this|the) \w+ )?(?:compatible|compatibilite|compatibility|requires?|requirements?|prerequis|pre requis|prerequisites?|"
    r"necessite|requiert|needs|est compatible|is compatible|a ete teste|has been tested|tested (?:with|on|against)|teste (?:avec|sur))\b|"
    # a pointer to another document ("Pour le déploiement c'est ici : Deploiement.md", "For deployment, see DEPLOY.md", "Pour l'API, consulter le swagger")
    r"^(?:pour|for) (?:le |la |les |l |the )?(?:\w+ ){1,3}(?:c est ici|c est par ici|c est la|voir|see|rendez vous|go to|consultez|consulter|refer to|reportez vous)\b|"
    # what running it needs ("To use sre-seal and sre-secrets, you'll need kubectl configured…"), the setup steps announced ("Voici la
    # marche à suivre pour faire tourner l'application sur votre machine !")
    r"^(?:to use|to run|in order to use|pour utiliser|pour lancer|pour faire tourner|avant d utiliser|before using) (?:\w+ ){0,12}(?:you ll need|you will need|"
    r"you need|you must|you have to|vous devez|vous aurez besoin|il faut|il vous faut)\b|"
    # a build or run step asked politely ("In order to build and start the demo application, please comment/uncomment the first lines of
    # the Dockerfiles…", "Pour construire l'image, veuillez …"): how to get it running, not what it is (issue 12, s47 fi47)
    r"^(?:to|in order to|pour|afin de) (?:build|start|run|launch|install|deploy|compile|set up|setup|use|test|construire|demarrer|lancer|"
    r"installer|deployer|compiler|utiliser|tester|executer|faire tourner)\b(?: \w+){0,14}? (?:please|kindly|veuillez|merci de|you ll need|you need|"
    r"you must|you have to|you should|vous devez|il faut|il vous faut)\b|"
    # the project's state said as what it is ("This is WIP software - nothing usable yet", "C'est un prototype en cours de développement,
    # rien d'utilisable") when nothing but the state follows, or a warning that it cannot be used yet: a status, not a purpose (s47 fi47)
    # what the project runs on, said of its parts ("The application uses Pocketbase as the backend", "L'application utilise PostgreSQL comme base
    # de données"): a note on a dependency's role, not what the project does nor for whom (issue 12, s47 fi47)
    r"^(?:the |this |l |le |la |cette |cet )?(?:\w+ )?(?:application|app|project|projet|frontend|front end|front|site|service|outil|tool|client|"
    r"interface|dashboard|tableau de bord) (?:uses|utilise|relies on|repose sur|runs on|tourne sur|is built on|est construite? sur|needs|requires?) "
    r"(?:\w+ ){1,3}?(?:as|comme|en tant que) (?:the |its |a |an |le |la |l |son |sa |un |une )?(?:\w+ )?(?:backend|back end|database|base de donnees|bdd|"
    r"server|serveur|storage|stockage|authentication|authentification|cms|framework|frontend|front end|api|broker|moteur)\b|"
    r"^(?:voici|here is|here are|ci dessous|below (?:is|are)) (?:la marche a suivre|les etapes|la procedure|the steps|the procedure|how to|comment)\b|"
    # a pointer to the documentation ("The package documentation is available [here](…)", "La documentation est disponible ici",
    # "Full documentation can be found at …", "La documentation présente est disponibles sur le Github…", "The documentation is currently
    # served on …'s gitlab pages"): where to read, not what the project is
    r"^(?:\w+ ){0,3}?(?:documentation|docs?)(?: \w+){0,2}? (?:is|are|est|sont|can be|peut etre) (?:\w+ )?(?:available|disponibles?|accessibles?|"
    r"consultables?|found|trouvees?|hosted|hebergees?|served|servies?|published|publiees?|here|ici)\b|"
    # and a pointer to the description itself ("A complete description of the methodology and results can be found in the article
    # <https://hal…>", "Une présentation détaillée du projet est disponible sur …"): where it is described, not what it is (issue 12, s31)
    r"^(?:\w+ ){0,3}?(?:description|presentation)(?: \w+){0,6}? (?:(?:is|are|est|sont|can be|peut etre) (?:\w+ )?(?:available|disponibles?|accessibles?|"
    r"consultables?|found|trouvees?|hosted|hebergees?|published|publiees?|here|ici)|se trouve)\b|"
    # where to see it, the reader told to go there ("You can view the sandbox branch at this url: https://…", "Vous pouvez consulter la démo
    # à l'adresse …"): a link, not what the project is (issue 12, s30 o30: a State site's README under its title)
    r"^(?:you can|you may|vous pouvez|on peut) (?:view|see|visit|browse|access|consult|find|voir|visiter|consulter|acceder a|trouver|retrouver) (?:\w+ ){0,8}?"
    r"(?:at|on|via|a|sur) (?:this |the following |cette |l )?(?:url|link|address|adresse|lien|https?)\b|"  # ("Vous pouvez trouver le site complet sur https://…")
    # how the code reaches the forge ("Synchronisation automatique avec GitHub via clasp.", "This repository is automatically synced to
    # GitLab"): the developers' workflow, not what the project does (issue 12, s32: an Apps Script dashboard's README)
    r"^(?:(?:ce|this) (?:depot|repository|repo|code|projet|project|script) (?:est |is )?)?(?:automatiquement |automatically )?(?:synchronisation|synchronization|"
    r"synchronisee?|synchronized|synchronised|synced|sync)(?: automatique| automatic| auto)?(?: du code| du depot| des sources| of the code| of the sources| of the repository)?"
    r" (?:avec|with|to|vers|sur|on) (?:github|gitlab|bitbucket|framagit|git|la forge|the forge)\b|"
    # a status banner under the title ("> **BETA** — This project is in BETA. It should not be considered a finished nor an official
    # product"; "Ce projet est en cours de développement"): the state of the work, not what the project does (issue 12, s33 p33)
    r"^(?:(?:beta|alpha|experimental|preview|wip|attention|warning|note|avertissement) )?(?:this|ce|cet|cette|the|le|la) (?:\w+ )?(?:project|projet|tool|outil|"
    r"repository|repo|depot|service|server|serveur|library|bibliotheque|application|app|module|package|site) (?:is|est) (?:still |currently |encore |"
    r"toujours |actuellement )?(?:in |en )(?:version |phase |stade )?(?:beta|alpha|experimental|experimentation|preview|cours de developpement|"
    r"construction|developpement|development|early development|active development)\b")


# A pointer to the README in another language ("👉 See French README here", "Version française", "English version", "🇫🇷 Français | 🇬🇧
# English", "Read this in English", "Lire la version française du README"): navigation between translations, not what the project is
_LANG = (r"(?:french|english|francais|francaise|anglais|anglaise|german|allemand|allemande|deutsch|spanish|espagnol|espagnole|espanol|italian|"
         r"italien|italienne|italiano|portuguese|portugais|dutch|neerlandais|breton|occitan|catalan|basque|euskara|corse)")
_LANGUAGE_POINTER = lazy_compile(
    rf"^(?:(?:fr|en|gb|uk|us|de|es|it) )*{_LANG}(?: (?:fr|en|gb|uk|us|de|es|it|{_LANG}))*$"
    rf"|\b(?:{_LANG} (?:version|readme|translation|documentation|docs?)|(?:version|readme)s? (?:\w+ ){{0,2}}?(?:in |en )?{_LANG})\b"
    rf"|\b(?:readme|this|ce document|cette page)(?: \w+){{0,3}}? (?:available|disponible) (?:in|en) {_LANG}\b"
    rf"|^(?:\w+ )?(?:read|see|voir|lire|lisez|consulter|consultez|switch to)\b(?: \w+){{0,3}}? (?:in|en) {_LANG}\b")


# A notice on the language the documentation is written in ("🇬🇧 Most of the documentation (including issues and commit messages) is
# written in French, please raise an issue…", "La documentation est rédigée en anglais"): addressed to the reader, not what the project is
_LANGUAGE_NOTICE = lazy_compile(rf"\b(?:documentation|docs?|readme|issues?|commit messages?|comments?|commentaires?)\b(?: \w+){{0,8}}? (?:is|are|est|sont) "
                                rf"(?:\w+ )?(?:written|redacted|redigee?s?|ecrite?s?) (?:only |mostly |mainly |uniquement |principalement |exclusivement )?(?:in|en) {_LANG}\b")


# the project's state said as what it is ("This is WIP software - nothing usable yet", "C'est un prototype en cours de développement, rien
# d'utilisable") when nothing but the state follows, or a warning that it cannot be used yet: a status, not a purpose (issue 12, s47 fi47)
_STATE_AS_WHAT = lazy_compile(r"^(?:this|it|ce|c est|cela|ceci) (?:is|est) (?:still |currently |encore |toujours |actuellement )?(?:an? |une? )?(?:wip|work in progress|"
                              r"en cours de (?:developpement|construction)|under (?:heavy |active )?(?:development|construction)|en construction|en chantier|pre alpha|"
                              r"experimental|alpha|beta)(?: (?:software|code|project|projet|logiciel|tool|outil|version|stage))?(?:$| (?:nothing|not|rien|pas|do not|don t|"
                              r"ne |n est|use at))")


def state_line(normed: str) -> bool:
    """A line saying only where the work stands ("This is WIP software - nothing usable yet"): neither a description nor prose that
    makes a short line below it a mere aside."""
    return bool(_STATE_AS_WHAT.match(normed))


def language_pointer(normed: str) -> bool:
    """A short line (at most 12 words) pointing to the README or the documentation in another language."""
    return len(normed.split()) <= 12 and bool(_LANGUAGE_POINTER.search(normed))


# A template's placeholder left unfilled where the description goes ("le projet #### est ... un projet opensource, description du
# projet.", "XXXX est un outil qui …", "Lorem ipsum", "[Nom du projet] permet de …"), and a paragraph struck through whole
# (~~the text of the project the document was copied from~~): no description of this project
_PLACEHOLDER_TEXT = lazy_compile(r"(?<![\w#])#{3,}(?![\w#])|\b[xX]{3,}\b|\blorem ipsum\b|\[(?:nom|name|titre|title|description)\b[^\]\n]{0,40}\]|"
                                 r"<(?:nom|name|titre|title|description)\b[^>\n]{0,40}>|(?:\A|[,:;]|\.\.\.)\s*(?:description|pr[ée]sentation) (?:du|de votre) projet\s*\.?\s*\Z|"
                                 r"(?:\A|[,:;]|\.\.\.)\s*(?:your|my) project(?:'s)? description\s*\.?\s*\Z", re.I)
_STRUCK = lazy_compile(r"\A\s*~~[^~]+~~\s*\Z")


# What one folder holds ("Dans le répertoire `notebooks`, le notebook … permet …", "In the scripts folder, …"): a part of the repository, however long
_FOLDER_PART = lazy_compile(r"^(?:dans|in) (?:le |la |the )?(?:sous )?(?:repertoire|dossier|folder|directory|sub ?folder|sub ?directory) \w+\b|^in the \w+ (?:folder|directory)\b"
                            # (or where some files are, "Les livrables se trouvent dans le dossier documents_livrables/": a pointer to
                            # a folder, no word of what the project does — issue 12, s45 fh45)
                            r"|^(?:les |le |la |l |the |our |nos )?[\w ]{1,40}? (?:se trouvent?|sont|est|is|are|can be found|live) (?:disponibles? |available )?"
                            r"(?:dans|sous|in) (?:le |la |l |the )?(?:sous )?(?:\w+ )?(?:repertoire|dossier|folder|directory)(?: [\w ]{0,40})?$")


# A setup step or tip, not what the project is: which download to pick ('Bien choisir "SDK Tools Only" (exemple : installer_r24.3.3-windows.exe)'),
# a list item led by the step's verb then its command or sub-steps after a colon ("- (une seule fois) Installer android et les plugins :
# ionic cordova platform add android", "- Générer l'APK :"), an error met on the way and its fix ("- message d'erreur : "You have not
# accepted …"", "- résolution : lancer l'invite de commande …")
_SETUP_VERB = (r"(?:choisir|installer|accepter|generer|lancer|executer|telecharger|configurer|creer|copier|ajouter|verifier|selectionner|compiler|"
               r"install|accept|generate|run|download|configure|create|copy|add|choose|select|compile)\b")
_SETUP_TIP = lazy_compile(r"^bien " + _SETUP_VERB)
_SETUP_ITEM = lazy_compile(r"^(?:(?:a faire )?(?:une seule fois|only once|once) )?" + _SETUP_VERB)
_LEAD_COLON = lazy_compile(r"^[^:\n]{3,80}:")
_ERROR_MET = lazy_compile(r"^\s*(?:message d['’]erreur|erreur|error(?: message)?|r[ée]solution|solution|workaround|contournement)\s*:", re.I)


def setup_line(text: str, normed: str, block=None) -> bool:
    """A setup tip, a list item that is a setup step (its verb, then a colon), or an error met on the way and its fix (``normed``: the text's norm)."""
    item = block is not None and block.item
    return bool(_SETUP_TIP.match(normed)) or item and (bool(_SETUP_ITEM.match(normed) and _LEAD_COLON.match(text)) or bool(_ERROR_MET.match(text)))


def placeholder_text(text: str) -> bool:
    """A paragraph still holding a template's placeholder for the project's name or description, or struck through whole."""
    return bool(_PLACEHOLDER_TEXT.search(text) or _STRUCK.match(text))


# A sentence trying the forge or the tool itself ("Test pour voir si GitHub fonctionne sur mon ordi !", "testing whether git works"): a
# first commit's filler, nothing of the project, whatever its length (issue 12, s43 fe43 = Villebon-Sur-Yvette/Projet-catalogue-PHP)
_FORGE_TRIAL = lazy_compile(r"\b(?:test|tests|tester|essai|essais|essayer|testing|trying)\b(?: \w+){0,3} (?:si|if|whether) (?:\w+ ){0,2}"
                            r"(?:git|github|gitlab|bitbucket|framagit|le depot|mon depot|the repo|my repo|the repository|le push|push|commit)\w* "
                            r"(?:\w+ )?(?:fonctionne|fonctionnent|marche|marchent|works?|is working|passe)\b")
# A list item pointing at a file ("* Fichier sass : **main.scss** (Composants dans le dossier components)", "- Config: `config/app.php`"):
# where a part of the code lives, a maintenance note, not what the project is (s43 fe43 = Guklam/Echinghen)
_FILE_ITEM = lazy_compile(r"^[^:\n]{1,40}:\s*[*`_]*[\w.-]+(?:/[\w.-]+)*\.(?:s?css|sass|less|js|mjs|ts|jsx|tsx|vue|php|py|rb|java|html?|twig|json|ya?ml|xml|"
                          r"sql|ini|conf|env|md|txt|sh)\b", re.I)


def not_a_description(text: str, block=None) -> bool:
    """A paragraph (as written) that points to the README in another language, or is a notice, a disclaimer, a licence (a bundled part's too), a compatibility line or a prerequisite,
    of at most 45 words;
    or a list item led by a link's short label ("- [Wiki](https://…) (Le wiki est visé à être remplacé…)": a list of links)."""
    if placeholder_text(text) or (block is not None and block.item and _FILE_ITEM.match(text.strip())):
        return True
    normed = norm(re.sub(r"[*_`]", "", text))
    if _FORGE_TRIAL.search(normed):
        return True
    if block is not None and block.item and any(lab and len(lab.split()) <= 3 and text.lstrip().startswith(lab) for _, lab in block.links):
        return True
    from auditor.facts.readme_shapes import alias_line, byline, caption, connector_only, field_list, header_lines, version_or_aside, who_field
    from auditor.facts.readme_cues import dependency_install_sentence

    if dependency_install_sentence(text):  # ("Pour initialiser composer il faut utiliser composer install": a set-up step — s45 fh45)
        return True
    return language_pointer(normed) or state_line(normed) or bool(_FOLDER_PART.search(normed)) or setup_line(text, normed, block) or len(normed.split()) <= 60 and bool(_LANGUAGE_NOTICE.search(normed)) or len(normed.split()) <= 45 and (bool(_NOT_WHAT.search(normed)) or bool(THIRD_PARTY_PART.search(normed) and re.search(r"\blicen[cs]e", normed))
                                          or header_lines(text) or who_field(text) or byline(text) or caption(text) or connector_only(text) or version_or_aside(text) or alias_line(text) or field_list(text)
                                          or layout_line(normed) or provenance_line(normed) or contact_line(text, normed) or tool_credit(text, normed))  # ("Nom : carto-pluvial / Version : 1.2.0 / Auteur : …": who and
    # which version; "This dashboard connects to the X API.": its data source; "QGIS Minimum Version : 3.0", "(formerly known as: X)",
    # "a.k.a. SI reclamation": another name; "Weight : 300 Grade : 0 Style : Rounded": settings listed; "Le projet est un monorepo, utilisant le système de workspaces de npm.": its layout;
    # "from fmk-template version 0.0.3": its template)


def framework_line(normed: str) -> bool:
    """A paragraph of a framework's template ("This project was generated with Angular CLI", "A Symfony project created on …"),
    or a line naming only the framework and tool it runs with, or a sentence of a generator's chapter ("This project uses Feathers. An
    open source web framework for building modern real-time applications.": the framework's tagline under "## About", no project's)."""
    from auditor.facts.readme_roles import _TEMPLATE_CHAPTER
    from auditor.facts.readme_templates import TEMPLATES

    return any(sig in normed for _, sigs in TEMPLATES for sig in sigs) or (len(normed.split()) <= 14 and bool(_STACK_LINE.match(normed))) \
        or (len(normed.split()) <= 40 and bool(_TEMPLATE_CHAPTER.search(normed)))


def front_description(text: str) -> bool:
    """A front matter's ``description:`` that says what the page is: eight words or more of prose, no notice, pointer or placeholder
    (a Jekyll theme's "description: > Write an awesome description for your new site here." is none)."""
    from auditor.langid import prose

    return len(prose(text).split()) >= 8 and not not_a_description(text) and not _THEME_PLACEHOLDER.search(norm(text))


# a site generator's starter text left in the front matter ("Write an awesome description for your new site here. You can edit this
# line in _config.yml.", "A description of your site", "Description de votre site")
_THEME_PLACEHOLDER = lazy_compile(r"\b(?:write an awesome description|description (?:of|for) (?:your|my) (?:new )?(?:site|page|project)|"
                                  r"description de (?:votre|mon) (?:nouveau )?(?:site|page|projet)|you can edit this line)\b")
