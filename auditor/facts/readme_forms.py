"""Sections a README gives in other forms than a heading (a title line "Utilisation:" above the command, numbered step headings that make
the README a procedure), and section words used in another sense: a feature named after what it helps doing ("Outil d'aide à la
contribution SEO"), the contributors' developer tooling ("Configuration de Pre-Commit", "pip install pre-commit"), a service's name
spelt by the host it links to ("contact everyone" → contact-everyone.orange-business.com). Texts are
:func:`auditor.facts.document.norm` forms."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from auditor.facts.readme_subjects import another_subject, own_title  # noqa: F401 (re-exported)
from auditor.lazyre import lazy_compile


# A line that is a title written in the text, its steps below it: "Utilisation:" above the command's block
_TITLE_LINE = lazy_compile(r"^([^\n:]{2,40}?)\s*:$")


def title_line(text: str) -> str:
    """The words of a one-line paragraph that ends with a colon and says nothing else ("Utilisation:", "Installation :")."""
    m = _TITLE_LINE.match(text.strip())
    return m.group(1).strip(" *_") if m else ""


def lead_title(b, lines: list[str]) -> str:
    """The title a paragraph opens on: its first line alone, ending with a colon, its text on the next lines ("Installation : " over
    "Cliquer sur install.bat", "cela copie les fichiers … et installe le service Windows."); no list item's nor quote's line."""
    first = lines[b.line - 1].strip() if 0 < b.line <= len(lines) else ""
    return title_line(first) if first and len(b.text.strip()) > len(first) + 3 and first[0] not in "-*+|>#0123456789" else ""


# Numbered step headings ("## Etape 1 - Ajout d'un préfixe", "Étape 2 : …", "Step 3", "Première étape"): the README is a procedure
STEP_HEADING = lazy_compile(r"^(?:etapes?|steps?|phase) ?\d+\b|^(?:\d+ ?(?:ere|er|e|eme|st|nd|rd|th)?|premiere|deuxieme|troisieme|quatrieme|"
                            r"derniere|first|second|third|fourth|last) (?:etape|step)\b")


# Developer tooling set up for the contributors (hooks, linters, formatters), not the project: "Configuration de Pre-Commit",
# "pip install pre-commit", "npm install -g prettier"
DEV_TOOLS = ("pre commit", "precommit", "husky", "lint staged", "commitlint", "commitizen", "eslint", "prettier", "stylelint", "black", "ruff",
             "flake8", "pylint", "isort", "mypy", "pyright", "editorconfig", "git hooks", "hooks git", "hooks", "linters", "linter", "formatters",
             # version managers of the developer's machine ("**Utilisation d'asdf**" in the installation: a way to get Ruby and Node)
             "asdf", "nvm", "rbenv", "rvm", "pyenv", "volta", "fnm", "sdkman", "jenv", "direnv",
             # linters and analysers of other stacks ("pour une utilisation de rubocop plus rapide en local" in a Rails installation)
             "rubocop", "standardrb", "erb lint", "brakeman", "phpcs", "php cs fixer", "phpstan", "psalm", "rector", "golangci lint",
             "checkstyle", "spotless", "ktlint", "detekt", "swiftlint", "shellcheck", "hadolint", "biome", "tslint", "sonarlint",
             "formattage", "formatage", "formatting", "code formatting", "format on save")  # (the editor's formatting on save, s42 fk42)
_DEV_TOOL_INSTALL = lazy_compile(r"^\s*(?:\$\s*)?(?:pip3?|pipx|uv pip|npm|yarn|pnpm|brew|apt(?:-get)?|sudo apt(?:-get)?)\s+(?:install|add|i)\s+"
                                 r"(?:-[-\w]+\s+)*(?:pre-commit|husky|lint-staged|@commitlint/\S+|commitizen|eslint\S*|prettier\S*|stylelint\S*|black|ruff|"
                                 r"flake8|pylint|isort|mypy|pyright)(?:\s+(?:pre-commit|husky|lint-staged|@commitlint/\S+|eslint\S*|prettier\S*|black|ruff|"
                                 r"flake8|pylint|isort|mypy))*\s*$|^\s*(?:\$\s*)?(?:pre-commit|husky|npx husky)\b", re.I)


# an AI coding assistant set up for the contributors ("## Configuration AI (Claude Code)": the .claude/ hooks, rules, agents and MCP servers
# of the developers' assistant), led by the tool, not "Usage with Claude Code" (an MCP server's clients: the project's use): developer
# tooling, and the chapter's sentences ("Le projet est configuré pour Claude Code") give no section of the project
AI_ASSISTANT_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:configuration|configurer|installation|installer|install|setup|set up|mise en place|parametrage|"
                                    r"utilisation|usage|use|using)(?: (?:de|du|des|d|de la|de l|of|the|for))* )?(?:(?:ai|ia|l ia|assistants? (?:ia|ai|de code)|"
                                    r"ai (?:coding )?assistants?|agents? (?:ia|ai)|ai agents?) )?(?:claude code|claude md|github copilot|copilot|"
                                    r"cursor (?:ai|ide|rules)|cursorrules|windsurf|aider|cline|codex cli)\b")


def dev_tool_heading(normed: str) -> bool:
    """A heading on setting up a developer tool: the section word followed by "de/du/of" and the tool ("Configuration de Pre-Commit",
    "Installation des hooks", "Setup of ESLint", "Utilisation de pre-commit"), or the tool leading it ("Pre-commit", "Husky setup")."""
    _task = r"(?:configuration|configurer|installation|installer|install|setup|set up|mise en place|parametrage|utilisation|usage|use|using)"
    rest = re.sub(rf"^(?:\d+ )*{_task}(?: (?:et|and) {_task})?(?: (?:de|du|des|d|de la|de l|of|the|for))* ", "", normed)  # ("Installation et utilisation de pre-commit")
    return any(rest == t or rest.startswith(t + " ") for t in DEV_TOOLS) or bool(_VCS_MEMO.match(normed)) or bool(AI_ASSISTANT_HEADING.match(normed))


def dev_tool_object(normed: str, words, tools=DEV_TOOLS) -> bool:
    """Every one of the section ``words`` the sentence holds has a developer tool as its object ("pour une utilisation de
    rubocop plus rapide en local", "installation de pre-commit"): the contributors' tooling, not the project's section.
    ``tools``: the objects looked for (STACK_PARTS: the libraries the code is built on)."""
    tokens = normed.split()
    hits = [i + len(w.split()) for w in words for i in range(len(tokens)) if tokens[i:i + len(w.split())] == w.split()][:20]
    for end in hits:
        k = end
        while k < len(tokens) and tokens[k] in _LINKS:
            k += 1
        rest = " ".join(tokens[k:k + 3])
        if not any(rest == t or rest.startswith(t + " ") for t in tools):
            return False
    return bool(hits)


# What the code is built on, as the object of a use ("Nodejs pour le développement, avec pour objectif l'utilisation de librairies
# utilisées et maintenues" under "## Technologies"): the developers' choice of components, not how to use the project
STACK_PARTS = ("librairies", "librairie", "bibliotheques", "bibliotheque", "libraries", "library", "frameworks", "framework",
               "technologies", "technologie", "technology", "langages", "langage", "languages", "composants tiers", "third party")


_LINKS = ("de", "du", "des", "d", "la", "l", "le", "les", "of", "the", "for", "with", "avec")


# a memo of the version control tool's commands ("Mémo Git", MEMO-GIT.md, "Git cheat sheet"): its "Configuration" is git's
# (git config --global user.name), not the project's
_VCS_MEMO = lazy_compile(r"^(?:(?:memo|aide memoire|pense bete|cheat ?sheet|commandes|astuces)(?: de| du| d)? (?:git|github|gitlab|svn)"
                         r"|(?:git|github|gitlab|svn) (?:memo|aide memoire|pense bete|cheat ?sheet|commands|commandes|tips|astuces))\b")


def dev_tool_commands(text: str) -> bool:
    """Every command of a block installs or runs a developer tool only ("pip install pre-commit", "pre-commit install")."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    return bool(lines) and all(_DEV_TOOL_INSTALL.match(ln) for ln in lines)


# A feature named after what it helps doing ("Outil d'aide à la contribution SEO", "Aide à la saisie"): the product's feature, not a
# chapter on contributing or on getting help
FEATURE_HEADING = lazy_compile(r"\b(?:outils?|tools?|assistant|module|fonctionnalite)s? (?:d aide |de |d |pour |for )(?:a |au |aux |a la |a l )?(?:la |le |les |l )?(?!contribuer\b|contribute\b|contributing\b)\w+"
                               r"|\baide (?:a|au|aux) (?:la |le |les |l )?(?:saisie|redaction|decision|navigation|edition|publication|creation|"
                               r"recherche|mise en page|contribution \w+)\b")


# A heading presenting a subject ("À propos de l'application Demande d'aide aux devoirs", "About the Help Desk app"): the words after
# "à propos de"/"about" name what is presented, the product; a help word among them ("aide", "help", "support", "questions") is
# part of its name, no help to ask for. People words ("À propos de l'équipe", "About the authors") still name whom to reach.
_ABOUT = lazy_compile(r"^(?:a propos|about)\b")
_HELP_WORDS = ("aide", "help", "support", "questions", "une question", "besoin d aide", "difficultes", "getting help")


def about_subject_help(normed: str, contact_phrases, has_phrase) -> bool:
    """A presenting heading whose only contact words are help words of the subject's name."""
    return bool(_ABOUT.match(normed)) and not any(has_phrase(normed, p) for p in contact_phrases if p not in _HELP_WORDS)


def without_linked_names(normed: str, urls: list[str]) -> str:
    """The sentence without the names that the hosts it links to spell ("Service d'envoi de SMS contact everyone d'orange :
    https://contact-everyone.orange-business.com": "Contact Everyone" is the service's name, no contact of the project)."""
    for url in urls[:10]:
        host = (urlparse(url).hostname or "") if url.startswith(("http://", "https://")) else ""
        for label in host.split(".")[:-1]:
            name = " ".join(w for w in label.split("-") if w)
            if " " in name:
                normed = f" {normed} ".replace(f" {name} ", " ").strip()
    return normed


# A notice on where the project stands, before or instead of what it is: "Le projet a été archivé, car remplacé par une autre
# application.", "This repository is deprecated, see …", "Ce dépôt n'est plus maintenu"
# (and its sources, its source code, a version of it: "Les sources MobiTC qui étaient diffusées ici sont aujourd'hui obsolètes", "Cette
# version est obsolète", s36 q36 = CEREMA/dtermed.MobiTC; not data sources, "Les sources de données utilisées sont …")
_NOTICE_LINE = lazy_compile(r"^(?:(?:le |ce |this |the |cet )?(?:projet|depot|code|repository|repo|project|module|outil|application|tool)\b[\w ]{0,30}?|"
                            r"(?:les |ces |le |la |ce |cette |this |these |the )?(?:sources?(?! (?:de |des |d |of (?:the )?)?(?:donnees|data)\b)|code source|source code)\b[\w ]{0,50}?|"
                            # (a version said so, "Cette version est obsolète", "La version 1 est dépréciée"; not an older version the README
                            # lists under its state, "La version dépréciée 2017-2020 : <its folder>", s39 fg39 = DataSud/DataSud-2020-2022)
                            r"(?:ces |cette |this |these )versions?\b[\w ]{0,50}?|"
                            r"(?:les |le |la |the )?versions?\b(?=[\w ]{0,50}? (?:a ete|est|is|has been|have been|was|sont|are|etaient|were|ont ete) )[\w ]{0,50}?) "
                            r"(?:a ete |est |is |has been |have been |was |sont |are |etaient |were |ont ete )?(?:aujourd hui |desormais |now |maintenant |today |deja |already )?"
                            # (not a noun after an article: "Module dédié au site des Archives" names the Archives' site)
                            r"(?<!\bdes )(?<!\bles )(?<!\baux )(?<!\bdu )(?<!\bde )(?<!\bd )(?<!\bthe )(?<!\bof )(?:archivee?s?|archived|abandonnee?s?|abandoned|"
                            r"depreciee?s?|deprecated|obsoletes?|remplacee?s?(?! (?:l|la|le|les|un|une|des|d|ce|cet|cette|ces)\b)|replaced|superseded|n est plus maintenue?|ne sont plus maintenue?s|no longer maintained|"
                            r"plus maintenue?|unmaintained|n est plus utilisee?|ne sont plus utilisee?s|no longer used|"
                            r"not (?:actively |currently |being )?maintained|pas (?:activement )?maintenue?s?|"
                            # moved elsewhere ("Ce dépôt a déménagé sur la forge …", "This repository has moved to …"): where to find it now
                            r"(?:demenagee?s?|moved|deplacee?s?|migree?s?|migrated|transferee?s?|transferred) (?:vers|sur|dans|chez|a|to|into|over to|on)\b)\b")


# (or that it is kept only as a record, not to be used: "This one is kept only for history purposes. Please do not use it anymore",
# "Ce dépôt est conservé à titre d'archive" — s37 fb37, codegouvfr/sill-api's migration notice: a status, no purpose)
_RECORD_NOUNS = r"(?:one|projet|project|depot|repository|repo|version|code|code source|source code|application|app|tool|outil|module)"
_KEPT_AS_RECORD = lazy_compile(rf"^(?:(?:this|that|ce|cet|cette|it|il)(?: {_RECORD_NOUNS})?|(?:the|le|la) {_RECORD_NOUNS})(?: \w+)? (?:is |est )?(?:now |desormais |maintenant )?(?:only |just |uniquement |seulement )?(?:kept|conservee?s?|gardee?s?) (?:only |just |solely |uniquement |seulement )?"
                               r"(?:for (?:history|historical|archiv\w*|reference) (?:purposes?|reasons?)|as an? (?:archive|historical record)|"
                               r"(?:a titre|pour memoire|a des fins) (?:d )?(?:archives?|historiques?|memoire)|pour (?:l )?(?:archive|historique))\b")


def notice_line(normed: str) -> bool:
    """A paragraph that says the project is archived, deprecated or replaced (normalised text): a notice, not the description."""
    return bool(_NOTICE_LINE.match(normed) or _KEPT_AS_RECORD.match(normed))


# A warning or a prerequisite set apart ("> ⚠️ docker doit être lancé et mysql-client installé", "**Attention** : …",
# "⚠️ migration du projet vers …"): a notice to the reader, not what the project is (raw text: the sign is no word)
_WARNING = lazy_compile(r"^[\s>*_]*(?:⚠|🚨|❗|❌|⛔|🛑|☢|‼|🚧|🏗)|^[\s>*_]*:(?:warning|exclamation|heavy_exclamation_mark|bangbang|rotating_light|"
                        r"no_entry(?:_sign)?|x|stop_sign|construction):"  # (GitHub's shortcodes for the same signs: ":exclamation: Projet transféré à la CNAM")
                        r"|^[\s>*_(]*(?:attention|avertissement|warning|caution|danger|important|nota bene|"
                        r"n\.?\s?b\.?|note|remarque|info|information|astuce|tip|rappel|reminder)\b[\s*_]*[:!]"
                        # a work-in-progress banner ("🚧 Work in progress: …", "WIP - Ce dépôt est en cours de construction", "En construction !"):
                        # where the project stands, not what it is
                        r"|^[\s>*_(\[]*(?:wip|work in progress|under (?:heavy )?construction|en (?:cours de )?construction|en chantier|travaux en cours|"
                        r"travail en cours)\b[\s*_)\]]*(?:[:!.,\-–—]|$)"
                        # a dated edit added on top later ("Edit 2022-12: L'évolution de ce prototype est disponible ici", "Update (March 2023):",
                        # "Mise à jour du 12/03/2023 :", "EDIT:"): the maintainers' news, not what the project is (s40 fc40 = SocialGouv/chiffrement-sandbox)
                        r"|^[\s>*_(\[]*(?:edit(?:ed)?\b[\s*_)\]]*:|(?:edit(?:ed)?|updated?|mise [àa] jour|m[àa]j|addendum)[\s*_(\[,]*(?:(?:du|le|of|on|en|in|au) )?"
                        r"(?:\d{1,2}(?:er)?[/. -]){0,2}(?:[a-zéû]{3,9}\.? )?(?:19|20)\d\d(?:[/.-]\d{1,2}){0,2}[\s*_)\]]*[:–—])", re.I)
# A gloss of a placeholder of the lines above ("Avec <servername> étant github.com et …", "Where `<host>` is your server"): a step's detail
_PLACEHOLDER_GLOSS = lazy_compile(r"^\s*(?:avec|o[uù]|where|with)\s+(?:(?:<[\w./-]{1,40}>|`[^`\n]{1,40}`|\{[\w.-]{1,40}\}|\$\w{1,40})\s*,?\s*"
                                  r"(?:[eé]tant|est|sont|is|are|being|correspond|corresponds|d[eé]signe|stands)|[eé]tant|being)\b", re.I)  # (Markdown drops "<servername>")
# A step said to the reader ("Il convient d'installer une tâche CRON…", "Vous devez…", "You need to…"): how, not what (normalised text)
_INSTRUCTION_LEAD = lazy_compile(r"^(?:(?:finally|then|next|now|enfin|ensuite|puis|maintenant) (?=you|vous|il))?(?:il convient d|il faut\b|il est (?:necessaire|conseille|recommande|important|indispensable) d|vous devez|"
                                 r"veuillez|pensez a|n oubliez pas|assurez vous|you (?:need|must|should|have) to|you should|make sure|don t forget|please|"
                                 r"remember to|be sure to|do not forget|you (?:will|ll) need to|(?:next|first) thing to do|ne pas oublier|if you|si vous)\b")
# A line announcing what the project is for, then a list ("Un package R pour :"): the list is its description
_FOR_LIST = lazy_compile(r"\b(?:pour|to|for|de|d'|d’|sert [àa]|permet|permettant|allows?|enables?|helps?|lets you)\s*:\s*$", re.I)
# A build or run step naming its command ("Le back-office est construit à partir de la commande maven", "built with the command")
_COMMAND_STEP = lazy_compile(r"\b(?:a partir de|avec|par|grace a|with|using|via|by running) (?:la |the |cette |this )?(?:commande|command)s?\b")


# A legend of the repository's parts ("docker : ce répertoire contient…", "x-api : il s'agit du sous-projet maven contenant…",
# "sql qui contient les fichiers SQL…", "src: the folder of the sources"): what a folder or a module holds, not what the project is
_PART_NAME = lazy_compile(r"^[\w.@/-]+\s*:\s")
_PART_WORDS = lazy_compile(r"^(?:(?:il s agit d\w*|c est|it is|this is)\s)?(?:(?:le|la|les|un|une|du|des|ce|cet|cette|the|a|an|this)\s)?(?:\w+\s){0,2}?"
                           r"(?:repertoire|dossier|sous projet|sous module|module|fichier|folder|directory|directories|sub ?projects?|sub ?modules?|files?)s?\b"
                           )
_DESCRIBING_NAMES = frozenset({"description", "objet", "resume", "summary", "purpose"})
_PART_HOLDS = lazy_compile(r"^\S+?\s?(?:qui contien(?:nen)?t|which contains|that contains)\b")  # (backquotes gone: "`swagger`qui contient…")


def warning_or_step(text: str) -> bool:
    """A paragraph that warns the reader or tells them what to do (or a broken heading), or a legend of one of the repository's
    parts: never the project's description."""
    from auditor.facts.document import norm

    legend = bool(_PART_NAME.match(text) and _PART_WORDS.match(norm(text.split(":", 1)[1])) and norm(text.split(":", 1)[0]) not in _DESCRIBING_NAMES) \
        or bool(_PART_HOLDS.match(norm(text)))  # ("Description : module d'affichage de statistiques.": the project's own field, no part's legend)
    return bool(_WARNING.match(text)) or bool(_PLACEHOLDER_GLOSS.match(text)) or bool(_INSTRUCTION_LEAD.match(norm(text))) or bool(_UNDERLINE_LEAD.match(text)) or legend \
        or bool(_COMMAND_STEP.search(norm(text)))


_UNDERLINE_LEAD = lazy_compile(r"^\s*(?:={3,}|-{3,})\s")  # "==== Créer une vue de base de données": a heading whose underline went astray


# SQL written as the README's text, without a code fence ("drop view agr.v; CREATE OR REPLACE VIEW agr.v AS SELECT …",
# "-- Création des rôles create role culture_ro …;"): statements, neither prose nor a description, nor English words
_SQL_STATEMENT = lazy_compile(r"\b(?:(?:create|drop|alter)\s+(?:or\s+replace\s+)?(?:materialized\s+)?(?:table|view|schema|index|unique|sequence|"
                              r"function|trigger|role|user|database|extension|type|policy|default|domain|procedure|if)\b|"
                              r"(?:grant|revoke)\s+[\w, ]+?\s+(?:on|to|from)\b|insert\s+into\b|delete\s+from\b|update\s+\w[\w.]*\s+set\b|"
                              r"select\s+(?:(?!select\s).)+?\s+from\b|comment\s+on\s+(?:table|column|view|schema)\b|truncate\s+(?:table\s+)?\w)", re.I | re.S)


def figure_cell(b, lines: list[str]) -> bool:
    """A cell of a Markdown table (its line opens on "|") holding a word or a number (cloc's "|Language |files |blank", "|Go |7 |77"):
    a figure or a label, not prose whose language could be told (a cell holding a sentence is prose)."""
    return 0 < b.line <= len(lines) and lines[b.line - 1].lstrip().startswith("|") and len(b.text.split()) <= 2


def sql_paragraph(text: str) -> bool:
    """Most of the paragraph (60 % of its characters or more) is SQL statements, each from its keyword to its ";": SQL, not prose
    (a comment or a label before a statement aside: "Définition de la vue SELECT … FROM …")."""
    text = text[:4000]
    covered, statements = 0, []
    for piece in text.split(";"):
        if m := _SQL_STATEMENT.search(piece):
            covered += len(piece) - m.start() + 1
            statements.append(piece[m.start():])
    # (one statement shows SQL's marks: a qualified or snake_case name, parentheses, "=", "*"; not "Drop table if exists is run…")
    return covered >= 0.6 * len(text.strip()) > 0 and (len(statements) > 1 or bool(_SQL_MARK.search(statements[0])))


_SQL_MARK = lazy_compile(r"\w\.\w|\w_\w|[()=*]|::")


# A sentence whose subject is the project ("This tool helps to create points from a surveyor's plan", "Ce plugin permet de…")
_ABOUT_PROJECT = lazy_compile(r"^(?:this|ce|cet|cette|the|le|la|l|notre|our) ?(?:tool|outil|plugin|plug in|extension|projet|project|application|app|"
                              r"module|service|library|librairie|bibliotheque|logiciel|software|api|script|programme|program|package|connecteur|connector)s?\b")


def about_the_project(text: str) -> bool:
    from auditor.facts.document import norm

    return bool(_ABOUT_PROJECT.match(norm(text)))


# A line labelled as the team's mission or aim ("Notre mission : Aider chaque territoire à …", "Our goal: …"): what the project is for
_MISSION = lazy_compile(r"^(?:notre|nos|our) (?:mission|missions|objectif|objectifs|ambition|goal|goals|aim|purpose)\s*:")


def mission_line(text: str) -> bool:
    return bool(_MISSION.match(" ".join(text.lower().split())))


# A heading that asks or says how to do a task ("What to do if I want to add another environment ?", "What do I have to change in the
# environment folder ?", "How to start the application", "Comment lancer le script ?"): its verb names the section. Short headings only
# (a FAQ's long questions are the users' help), and only when no section word did.
_ASKS = lazy_compile(r"^(?:\d+ )*(?:how|comment|what|que|qu est ce que|quoi|quels?|quelles?|where) ")  # (not "when/why to use X": a rationale)
_TASK_VERBS = (
    ("deployment", lazy_compile(r"\b(?:deploy\w*|deployer|deploiement|(?:another|new|other) environments?|(?:nouvel|autre|nouveaux|autres) "
                                r"environnements?|mettre en production|go live|heberger)\b")),
    ("install", lazy_compile(r"\b(?:install\w*|build|compile|set up|setup|installer|construire|compiler|mettre en place)\b")),
    # (changing settings, not anything: "How do I change my password?" in a FAQ is the users' help)
    ("configuration", lazy_compile(r"\b(?:configure|configurer|customi[sz]e|parametrer|personnaliser|regler)\b|\b(?:change|modify|modifier|changer)\b.*"
                                   r"\b(?:environments?|environnements?|env|settings|parametres|parameters|reglages|config|configuration|variables?|options|properties)\b")),
    ("usage", lazy_compile(r"\b(?:use|utiliser|run|start|launch|lancer|demarrer|executer|execute|try|call|query|interroger|appeler)\b")),
)


# "Intégration du widget RM", "Intégrer la carte à votre site": putting the component into one's own pages, its installation (not
# continuous integration, integration tests nor an integration with another tool's data)
_INTEGRATION = lazy_compile(r"^(?:\d+ )*(?:integration|integrer|integrating|embedding|embed)\b(?! continue| tests?| ci\b)")


def task_sections(normed: str, text: str) -> list[str]:
    """The section a question or how-to heading names by its verb (``normed``: its :func:`norm` form, ``text``: as written); a heading
    on integrating the component into one's pages is its installation."""
    if _INTEGRATION.match(normed) and not re.search(r"\b(?:continue|continuous|tests?)\b", normed):
        return ["install"]
    if len(normed.split()) > 12 or not (_ASKS.match(normed) or text.rstrip(" *_#").endswith("?")) or re.match(r"(?:when|why|pourquoi|quand) ", normed):
        return []
    return next(([name] for name, verb in _TASK_VERBS if verb.search(normed)), [])


# The nouns that name a chapter and nothing else: a README's first heading made of one of them opens a chapter, no project is so named
# (a word that may be a name, "# docker", "# api", stays a title)
CHAPTER_NOUNS = frozenset({"installation", "install", "installer", "usage", "utilisation", "configuration", "parametrage", "deploiement", "deployment",
                           "prerequis", "prerequisites", "requirements", "licence", "license", "contributing", "contribuer", "contribution"})


def chapter_title(title, blocks: list, sections, weak: dict) -> object:
    """The README's title block, or None when that first heading is a chapter: it names a section (``sections``: heading → sections)
    and so does a later heading of its level ("****\nIntégration du widget RM\n****" … "Utilisation du widget RM" of a README.txt);
    not when a weak word of a section (``weak``: section → words) leads it ("# api-tools": a name). A heading of words that each name a
    section, one of them not weakly ("# Environment setup", "# Docker setup"), is a chapter whatever follows; one such word may be
    the project's name ("# docker")."""
    from auditor.facts.document import norm
    from auditor.facts.readme_words import weak_led

    if title is not None and title.kind != "heading" and any(b.kind == "heading" and b.line < title.line and sections(b.text) for b in blocks):
        return None  # (a line under a first chapter, "## Installation" then "Library and tools are compiled …": a step of it, no title)
    if title is None or title.kind != "heading" or not sections(title.text):
        return title
    named = norm(title.text).split()
    weak_words = {w for words in weak.values() for w in words}
    if len(named) >= 2 and all(sections(w) for w in named) and not all(w in weak_words for w in named):
        return None  # every word names a section, one not weakly ("# Environment setup" over its steps): a chapter, no name ("# docker": a name)
    if len(named) == 1 and named[0] in CHAPTER_NOUNS:
        return None  # ("# Installation" over a venv's activation and pip install: the README opens on a chapter, s35 h35 = PnX-SI/api2GN)
    if weak_led(title.text, weak_words):
        return title  # ("# api-tools", "## L'API Judilibre": a name)
    from auditor.facts.readme_roles import without_name

    later = [b for b in blocks if b.kind == "heading" and b is not title and (b.level or 1) == (title.level or 1)]
    words = frozenset(w for w in norm(title.text).split() if sections(w))  # (the name's words that name a section: "Contact")
    return None if any(sections(without_name(b.text, title, words)) for b in later) else title  # ("# Plugin Contact Administration")


def led_by(normed: str, name: str, phrases: tuple[str, ...], run_words: tuple[str, ...]) -> bool:
    """A bold label of a few words names the section ``name`` by its first words ("Démarrer en local" → install), not in passing
    ("Maintenance Operations", "Cronjob Example", "Métadonnées > Identification > Résumé"); never the purpose, an example or a run
    (``phrases``: the section's heading words; ``run_words``: those of running a command)."""
    return name not in ("purpose",) and any(normed == p or normed.startswith(p + " ") for p in phrases  # (a run step: no usage)
                                            if p not in ("example", "examples", "exemple", "exemples", "api", "documentation", "docs") and not (name == "usage" and p in run_words))


def shouted_or_nav(block) -> bool:
    """A paragraph written (or opening with three words) in capitals ("NE PAS OUBLIER DE RENSEIGNER LES VARIABLES D'ENVIRONNEMENTS DANS VOTRE VHOST :"): a reminder
    shouted at the reader; or a navigation bar of links ("Home • Documentation • Erasme • Métropole de Lyon"): neither says what the
    project is."""
    letters = [c for c in block.text if c.isalpha()]
    if len(block.text.split()) >= 5 and len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    if re.match(r"(?:[A-ZÀ-Ý]{2,}\s+){2}[A-ZÀ-Ý]{2,}\b", block.text.strip()):  # "CONFIGURER LA REDIRECTION dans : /etc/hosts": a step, shouted
        return True
    rest = block.text
    for label in sorted((lbl for _, lbl in block.links if lbl), key=len, reverse=True):  # ("Pré-requis techniques" before "Pré-requis")
        rest = rest.replace(label, " ")
    in_page = bool(block.links) and all(u.startswith("#") for u, _ in block.links)  # a table of contents' entry: "- [Usage](#usage)"
    if (len(block.links) >= 3 or in_page or len(block.links) == 2 and re.search(r"[-|•·]", rest)) and not re.sub(r"[\W_]+", "", rest):  # (the links' icons too:
        return True  # "🌐 Website · 📚 Documentation · 💬 Slack"; two links cut by a dash, "Historique des mises à jour - Reporter un bug")
    from auditor.facts.readme_words import link_bar

    return link_bar(block.text, len(block.links))  # ("Navigation: **Client** | [Back-office][1] | [Pogues model][2]": the page among the project's others)


_DOC_FILE_EXT = (".md", ".markdown", ".rst", ".adoc", ".txt")


def bare_site_page(url: str, links: list) -> bool:
    """A web page linked bare (its address as its text) that is no document file ("See: https://docs.prefect.io/…/deploy-local.html"):
    its file name is the other site's page, not a document of the project's, so it names no section (a bare `…/DEPLOY.md`,
    a link labelled "Guide de déploiement", a relative docs/deploy.html still do)."""
    if not url.startswith(("http://", "https://")) or urlparse(url).path.lower().endswith(_DOC_FILE_EXT):
        return False
    return all(not (label or "").strip() or label.strip() == url for u, label in links if u == url)


def notice_over_title(b, blocks: list) -> bool:
    """A first-level notice heading above another first-level heading, right above it or over the notice's few lines ("# Projet archivé,
    nouvelle adresse …" then "# API de Camino"; "# Projet archivé", "Ce répertoire est archivé au profit de …", then "# Website for API
    Entreprise", issue 12, s30 o30): the notice, and the next heading the README's title."""
    from auditor.facts.document import norm

    after = [x for x in blocks if x.line > b.line]
    k = next((n for n, x in enumerate(after) if x.kind == "heading"), None)
    return bool(b.kind == "heading" and k is not None and k <= 3 and (after[k].level or 1) == 1 and (notice_line(norm(b.text)) or _STATUS_BANNER.match(norm(b.text)))
                and not notice_line(norm(after[k].text)) and not _STATUS_BANNER.match(norm(after[k].text)))


# a banner heading of a status word alone ("# ARCHIVED", "# Deprecated", "# Obsolète", "# ⚠ Unmaintained ⚠") over the project's own title
# (s39 fd39, geodatagouv/link-analyzer: "# ARCHIVED", "Replaced by link-proxy", then "# link-analyzer" and its tagline)
_STATUS_BANNER = lazy_compile(r"^(?:(?:projet|project|depot|repository|repo) )?(?:archived|archivee?|deprecated|depreciee?|obsoletes?|unmaintained|abandoned|abandonnee?|"
                              r"no longer maintained|plus maintenue?|non maintenue?|not maintained)$")


def notice_lines(blocks: list) -> frozenset[int]:
    """The lines of the first-level notice chapter that opens the README over its title (:func:`notice_over_title`): none is the title."""
    b = next((x for x in blocks if x.kind == "heading"), None)
    if b is None or (b.level or 1) != 1 or not notice_over_title(b, blocks):
        return frozenset()
    return frozenset(range(b.line, next(x.line for x in blocks if x.kind == "heading" and x.line > b.line)))
