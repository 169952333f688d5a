"""Chapters of a README, read as a whole: a chapter of the developers' tasks or one that starts a local copy is no usage, a heading
means something else inside a chapter on the code's structure or on the documentation, and a command's options documented one
per item are its usage. Texts are :func:`auditor.facts.document.norm` forms unless said.

It is longer than 400 lines because the chapter rules (developers' tasks, local copy, structure, documentation, options) read
one chapter's lines together and share its walk; split, each would re-read the chapter."""

from __future__ import annotations

import re
import unicodedata

from auditor.facts.document import norm
from auditor.facts.readme_cues import CODE_STRUCTURE, NEEDS_CHECK
from auditor.facts.readme_line_kinds import STACK_CHAPTER
from auditor.facts.readme_words import CALL_EXAMPLE, CONSUMED_APIS, absence_only, consumed_api_chapter, framework_docs_chapter, instructions_only
from auditor.facts.readme_people import PEOPLE_CHAPTER, STAFF_ROLE
from auditor.lazyre import lazy_compile


# The developers' tasks: building, testing, linting, formatting, a development server ("Type-Check, Compile and Minify for Production",
# "Run Unit Tests with Vitest", "Lint with ESLint", "Run histoire with Hot-Reload for Development")
DEV_TASK = lazy_compile(r"\b(tests?|testing|lint|linter|linting|eslint|prettier|format|formatting|formatter|type ?check|typecheck|compile|compiler|"
                        r"compilation|minify|build|builds|building|hot ?reload|for development|en developpement|dev mode|dev server|watch|storybook|"
                        r"coverage|couverture|e2e|end to end)\b")
_SCRIPT_LINE = lazy_compile(r"^\s*(?:\$\s*)?(?:npm run|yarn|pnpm|npx|make|composer|bundle exec|poetry run|uv run)\s+\S")
# checking the code: the tests, the linters, the formatters (a chapter without sub-headings whose every line runs one is the developers'
# tasks: "## Commandes utiles" over "- `$ yarn test` : lance les tests unitaires", "- `$ yarn test:e2e` : …"; not "build" nor "watch")
_CHECK_TASK = lazy_compile(r"\b(tests?|testing|lint|linter|linting|eslint|prettier|format|formatting|formatter|type ?check|typecheck|coverage|couverture|e2e|end to end)\b")
_UPKEEP_TASK = lazy_compile(r"\b(?:ncu|npm check updates|(?:updat|upgrad)\w* (?:the |all )?dependencies|mise a jour des dependances|mettre a jour les dependances)\b")  # ("Using ncu for updating dependencies")
_ITEM_MARK = lazy_compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")


def developer_tasks_chapter(blocks: list, i: int) -> bool:
    """The chapter under the heading ``blocks[i]`` is only the developers' tasks: sub-headings that each name one (build, tests, lint,
    format, a development server) and no other text than such tasks or their script commands; at least one sub-heading, or, with
    none, lines that each run a command checking the code (tests, lint, format) or updating its dependencies (ncu)."""
    level, subs, checks = blocks[i].level or 1, 0, []
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        normed = norm(b.text)
        checks += [_check_line(ln) for ln in b.text.splitlines() if ln.strip()] if b.kind != "heading" else [False]
        if b.kind == "heading":
            subs += 1
            if not DEV_TASK.search(normed):
                return False
        elif not (DEV_TASK.search(normed) or _UPKEEP_TASK.search(normed) or all(_SCRIPT_LINE.match(ln) for ln in b.text.splitlines() if ln.strip())):
            return False
    return subs > 0 or bool(checks) and all(checks)


def _check_line(line: str) -> bool:
    """The line runs a script command that checks the code ("- `$ yarn test:e2e` : lance les tests end to end")."""
    bare = _ITEM_MARK.sub("", line, count=1).replace("`", "")
    return bool(_SCRIPT_LINE.match(bare) and _CHECK_TASK.search(norm(bare)) or _UPKEEP_TASK.search(norm(bare)))


# Starting a copy on one's own machine: a local address or a development server's command ("python manage.py runserver …
# joignable à l'url http://127.0.0.1:8000/", "npm run dev", "docker-compose up … http://localhost:4200"): the end of the installation
# (not "npm run dev:cli -- <job>": the program's own command run from the sources, its use)
LOCAL_RUN = lazy_compile(r"\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\bmanage\.py runserver\b|\b(?:npm|yarn|pnpm) (?:run )?(?:dev|serve|watch|start:dev)\b(?!:(?:cli|jobs?|run|tasks?|commands?|cmd|console|scripts?|batch)\b)"
                         r"|\bng serve\b|\bflask run\b|\brails s(?:erver)?\b|--reload\b|\bdocker(?:-| )compose (?:up|down|logs|stop|restart|ps)\b"
                         r"|\b(?:mode|serveur|environnement) de (?:d[eé]veloppement|dev)\b|\b(?:development|dev) (?:server|mode)\b"
                         # (a container to develop in: "Exemple pour développer dans un container : docker run … node /bin/bash")
                         r"|\b(?:pour|to) (?:d[eé]velopper|develop) (?:dans|in|inside|au sein d)\b", re.I)


_SCRIPT_RUN = lazy_compile(r"\b(?:du|le|les|des|the|a|of) (?:script|scripts|programme|program|batch|traitement|traitements)\b")


# A command-line tool run on the user's own input ("cargo run --release -- --input some_gtfs.zip", "-i https://…/network.gtfs"): the
# chapter is its use, even when it also shows a daemon on localhost
_TOOL_INPUT = lazy_compile(r"(?:^|\s)(?:--input|--file|--source|-i)[ =]+(?:https?://\S+|[\w./-]+\.(?:zip|csv|json|xml|txt|geojson|gpkg|shp|xlsx?|gtfs|gfts|pdf))\b")


def local_run_chapter(lines: list[str], blocks: list, i: int) -> bool:
    """The chapter under the heading ``blocks[i]`` (its sub-chapters and code blocks: ``lines``, the README's) starts a local or
    development copy: what follows the installation, not how to use the project (statistiques-impact's "## Lancement")."""
    if _SCRIPT_RUN.search(norm(blocks[i].text)):  # "## Lancement du script" (a load-test script whose web UI opens on localhost): its use
        return False
    level, start = blocks[i].level or 1, blocks[i].line
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 1) <= level), len(lines) + 1)
    chapter = "\n".join(lines[start:end - 1])
    return bool(LOCAL_RUN.search(chapter)) and not _TOOL_INPUT.search(chapter)


# A chapter on the documentation itself ("## Documentation": how the doc site is built and published; "# Documentation technique" holds the software's own: s42 fi42)
DOCS_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:la |the )?(?:documentation|docs?)(?: (?:technique|du projet|of the project|site))?$")


def chapter_marks(normed: str) -> list[str]:
    """What a heading's chapter is about, for the headings under it: the code's structure, the documentation itself, the APIs it calls."""
    return (["structure"] if CODE_STRUCTURE.search(normed) else []) + (["docs"] if DOCS_CHAPTER.match(normed) and not normed.endswith(" technique") else []) + (
        ["apis"] if CONSUMED_APIS.search(normed) else []) + (["modes"] if _MODES_CHAPTER.match(normed) else []) + (["stack"] if STACK_CHAPTER.match(normed) else []) + (["people"] if PEOPLE_CHAPTER.match(normed) else [])


# A chapter of the modes the application runs in ("### Modes de fonctionnement" over "#### Développement" listing the dev servers' ports
# and "#### Production" saying how the API serves the UI): its sub-headings name modes, not the installation or the deployment
_MODES_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:modes?(?: de fonctionnement| d execution| de lancement)?|running modes?|run modes?|execution modes?|operating modes?)$")


def nested_off(secs: list[str], stack: list[tuple[int, list[str]]], normed: str = "") -> None:
    """Drop what a heading names only inside its chapter: a purpose-worded heading under a code-structure chapter ("### Fonctionnalités
    spécifiques" under "## Structure du projet": a part of the code), a deployment heading under a chapter on the documentation ("### Déploiement" under "## Documentation": publishing the doc site, dsn_processing), an infrastructure heading under an installation or a technology-stack chapter (``normed``: the heading's :func:`norm` form)."""
    for name, chapter in (("purpose", "structure"), ("deployment", "docs"), ("install", "modes"), ("deployment", "modes")):
        if name in secs and any(chapter in s for _, s in stack):
            secs.remove(name)
    if "deployment" in secs and _INFRA_ONLY.search(normed) and (any("install" in s or "stack" in s or "people" in s for _, s in stack) or STAFF_ROLE.search(normed)):
        secs.remove("deployment")  # ("### A-E (Agents d'Exploitation)" under "## Types d'utilisateurs": a kind of user, the operations staff; s45 fj45)  # ("### Infrastructure Nuances" under "## Getting Started - Local Dev": the dev set-up's network and volumes; "### Infrastructure" under "## Tech Stack": its components, s44 fg44)
    if "configuration" in secs and _SERVER_PART.search(normed) and any("deployment" in s for _, s in stack):
        secs.remove("configuration")  # ("### 4. Configuration Nginx (Proxy Inverse)" under "## Déploiement sur serveur": a step of the deployment)


# The parts of a server a deployment sets up (its web server, proxy, service manager, certificates): their settings are deployment steps
_SERVER_PART = lazy_compile(r"\b(?:nginx|apache2?|httpd|caddy|traefik|haproxy|proxy|reverse proxy|proxy inverse|systemd|gunicorn|uwsgi|supervisord?|pm2|"
                            r"ssl|tls|https|certificats?|certificates?|letsencrypt|certbot|firewall|pare feu|vhosts?|virtual hosts?|serveurs?|servers?|"
                            r"dns|cron|crontab)\b")


# A heading that names deployment only by the infrastructure or operations words
_INFRA_ONLY = lazy_compile(r"^(?!.*\b(?:deploy\w*|deploiement|deployer|production|hebergement|hosting|kubernetes|helm|mise en ligne|livraison|release)\b)"
                           r".*\b(?:infrastructure|exploitation|operations)\b")


# A command's options documented one per item ("- `--fichier-evaluation` : chemin vers le fichier CSV…", "-o, --output <dir> — …"):
# how to call the tool, a usage section in all but name (anssi-recommandations-cyber-data)
_OPTION_ITEM = lazy_compile(r"^-{1,2}[A-Za-z][\w-]*(?:,? -{1,2}[A-Za-z][\w-]*)*(?: ?[<\[][\w-]+[>\]]| [A-Z][A-Z_]+)?\s*[:—–]\s+\w")


def option_items(blocks: list):
    """The first of two or more paragraphs (list items) that each document a command-line option, or None."""
    items = [b for b in blocks if b.kind == "paragraph" and _OPTION_ITEM.match(b.text)]
    return items[0] if len(items) >= 2 else None


def setup_step(block, sibling: list[str], stack: list) -> bool:
    """A run heading (level 3 or deeper) right after a configuration step, in a chapter that is no usage chapter: the last step of
    setting a part up ("### Configure dbt Profile", "### Verify Configuration", then "### Run Models": dbt run), not its use. After a
    build step it stays the usage (a worker's "###Build the docker image" then "###Run image": running it is its use)."""
    return (block.level or 1) >= 3 and "configuration" in sibling and not any("usage" in s for _, s in stack)


_UNDERLINE = lazy_compile(r"^[^\S\n]*(=+|-+)\s*$", re.M)


def section_text(lines: list[str], blocks: list, i: int) -> str:
    """The text under the heading ``blocks[i]`` (code, lists and sub-chapters included) up to the next heading of the same or a
    higher level, without a setext heading's underline."""
    level = blocks[i].level or 1
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 1) <= level and b.line), len(lines) + 1)
    return _UNDERLINE.sub("", "\n".join(lines[(blocks[i].line or 0): end - 1]))


# A site generator's footer, not the chapter's text (Lutece's xdoc2md README: "## Usage" then only "[Maven documentation and reports](…)"
# and "*generated by [xdoc2md](…) - do not edit directly.*")
_GENERATED_FOOTER = lazy_compile(r"^[^\S\n]*(\[maven documentation and reports\]\([^)]*\)|\*?[^\S\n]*generated by \[?xdoc2md\b.*)\s*$", re.I | re.M)


# a chapter saying there is nothing under its heading (terraform-docs' "## Requirements" then "No requirements.", "Aucun prérequis.")
_NOTHING_WORDS = frozenset({"no", "none", "aucun", "aucune", "nothing", "n/a", "néant", "neant"})


# a chapter whose whole text is a to-come placeholder (":construction: à venir", "🚧 Coming soon", "TODO", "Documentation en cours de
# rédaction"): the heading announces a chapter not written yet, nothing under it; up to two words may lead ("Documentation à venir")
_PLACEHOLDER = lazy_compile(r"^(?:[\w'’-]+ ){0,2}(?:(?:sont |est )?(?:a venir|bientot(?: disponibles?)?|coming soon|to come|soon|todo|to do|tbd|tbc|wip|"
                            r"work in progress|under construction|en construction|en cours(?: de (?:redaction|construction|preparation|ecriture))?|"
                            r"a (?:completer|rediger|ecrire|faire|definir))|in progress)$")
_DECOR = lazy_compile(r":[a-z_]+:|[^\w\s'’-]")


def placeholder_only(body: str) -> bool:
    """The chapter's whole text is one placeholder of a chapter still to write (``:construction: à venir``, ``TODO``)."""
    text = body.strip()
    if not text or "\n" in text or len(text) > 80:
        return False
    words = " ".join(_DECOR.sub(" ", text).replace("_", " ").split())
    folded = unicodedata.normalize("NFKD", words.lower()).encode("ascii", "ignore").decode()
    return bool(folded) and bool(_PLACEHOLDER.match(folded))


def says_nothing(body: str) -> bool:
    """The chapter's whole text says it has nothing (``No requirements.``) or that it is still to come (``🚧 à venir``,
    ``Coming soon``, ``TODO``: :func:`placeholder_only`), or is a template's instructions or "not yet": no section under that heading."""
    words = body.strip().rstrip(".!").split()
    return (1 <= len(words) <= 4 and words[0].lower() in _NOTHING_WORDS and "\n" not in body.strip()) or placeholder_only(body) or instructions_only(body) or absence_only(body)


_CAUTION = lazy_compile(r"^[\W_]{0,4}(?:attention|avertissement|warning|caution|important|note|nb|n\.b\.|⚠\ufe0f?)(?:\W|$)", re.I)
_STEP_MARK = lazy_compile(r"`|^[^\S\n]*(?:[-*+]|\d+[.)])\s|^ {4}|^\t", re.M)


def caution_only(body: str) -> bool:
    """The chapter's whole text is one warning (``Attention : … penser à mettre en place un plan de redirection``): no step, no
    command, no list; an installation heading over it gives no installation."""
    text = body.strip()
    return bool(text) and "\n\n" not in text and not _STEP_MARK.search(text) and bool(_CAUTION.match(text))


def chapter_body(lines: list[str], blocks: list, i: int) -> str:
    """:func:`section_text` without a generator's footer: the chapter's own text (empty when only the footer is under it)."""
    return _GENERATED_FOOTER.sub("", section_text(lines, blocks, i))


def install_chapter_lines(blocks: list, sections, title=None) -> frozenset[int]:
    """The lines of the paragraphs inside an installation or deployment chapter (a heading naming one, ``sections``: heading →
    sections; never the README's title) or a developers' task (tests, build, lint: :data:`DEV_TASK`), each up to the next heading
    of its level or higher: a run label there ("Run:" over `rake dev:init` under "### Development environment", over
    `bundle exec rspec` under "## Tests") is a step of it, not the users' guide."""
    out, open_level = set(), 0
    for b in blocks:
        if b.kind == "heading":
            if open_level and (b.level or 1) > open_level:
                continue
            open_level = (b.level or 1) if b is not title and ({"install", "deployment"} & set(sections(b.text)) or DEV_TASK.search(norm(b.text))) else 0
        elif open_level:
            out.add(b.line)
    return frozenset(out)


def licence_chapter_lines(blocks: list, sections, name: str = "license") -> frozenset[int]:
    """The lines of the paragraphs inside a licence chapter (a heading whose only section is the licence), each up to the next
    heading of its level or higher: "Due to its usage of python library Ultralytics, … uses … AGPL-3.0" there speaks of the use
    of a library under a licence, not of how to use the project. (Or inside a settings chapter, ``name`` "configuration": "`MAIL_IGNORE_TLS`
    - … cette variable sera utilisée pour l'utilisation de TLS …" describes a setting.)"""
    out, open_level = set(), 0
    for b in blocks:
        if b.kind == "heading":
            if open_level and (b.level or 1) > open_level:
                continue
            open_level = (b.level or 1) if sections(b.text) == [name] else 0
        elif open_level:
            out.add(b.line)
    return frozenset(out)


# the subjects of notes on how a project is built, not on how to use it: its architecture, its cryptography or security model, its protocol
DESIGN_NOTES = lazy_compile(r"\b(?:architecture|architectures|cryptography|cryptographie|design|internals|protocol|protocole|security model|"
                            r"modele de securite|threat model|modele de menace|adr|adrs)\b")


def design_notes_chapter(blocks: list, i: int) -> bool:
    """The chapter under the heading ``blocks[i]`` ("## Documentation") is only links to design notes ("- [Cryptography](./docs/…)",
    "- [Architecture](docs/ARCHITECTURE.md)"): no sub-heading, no text but the links' labels, each naming such a subject."""
    level, labels = blocks[i].level or 1, []
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        named = [norm(label) for _, label in b.links if label]
        if b.kind == "heading" or not named or set(norm(b.text).split()) - {w for n in named for w in n.split()}:
            return False
        labels += named
    return bool(labels) and all(DESIGN_NOTES.search(label) for label in labels)


def third_party_docs_chapter(blocks: list, i: int) -> bool:
    """The chapter under the heading ``blocks[i]`` ("## Documentation utile") is only links to other projects' documentation sites
    (the framework's, the ORM's, a consumed API's): no sub-heading, every paragraph a link, every link an address on the web, on
    three sites or more; the project's own documentation (a page of the repository, one site of its own) is its users' guide."""
    level, hosts = blocks[i].level or 1, set()
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        urls = [u for u, _ in b.links if u]
        if b.kind == "heading" or not urls or not all(_WEB_ADDRESS.match(u) for u in urls) or any(_THE_DOCS.match(norm(label)) for _, label in b.links if label):
            return False  # ("See the [documentation (in French)](https://…)": the project's own, a framework's is named by its name)
        hosts.update(".".join(_WEB_ADDRESS.match(u).group(1).lower().split(".")[-2:]) for u in urls)
    return len(hosts) >= 3


_WEB_ADDRESS = lazy_compile(r"^https?://(?:[^/@\s]*@)?([\w.-]+)")
_THE_DOCS = lazy_compile(r"^(?:the |la |our |notre |full |complete )*(?:documentation|docs?)(?: (?:in|en) \w+)?$")
# What developers' documentation covers ("Structure, commandes, tests et architecture du frontend"), and what a users' guide does
_DEV_DOCS = lazy_compile(r"\b(?:architecture|structure|tests?|developpeurs?|developers?|developpement|development|contribu\w*|technique|technical|adrs?)\b")
_USER_DOCS = lazy_compile(r"\b(?:utilisat\w*|utiliser|usage|users?|usagers?|guides?|manuel|manual|tutori\w*|api|mode d emploi|faq|aide|help)\b")


def developer_docs_chapter(blocks: list, i: int) -> bool:
    """The chapter under the heading ``blocks[i]`` ("## Documentation" then "### Frontend") only links to the developers'
    documentation: every link described by its code's structure, tests or architecture, or by another section's document (set-up,
    deployment, licence), none by its use; a paragraph without a labelled link may tell the stack or the hosting ("écrite en ruby …
    déployée chez Scalingo"), not point to the documentation itself."""
    level, seen = blocks[i].level or 1, False
    for b in blocks[i + 1:]:
        if b.kind == "heading":
            if (b.level or 1) <= level:
                break
            continue
        normed = norm(b.text)
        if _USER_DOCS.search(normed):
            return False
        if not any(label for _, label in b.links):  # (an image's link, a sentence on the stack)
            if _DOCS_WORD.search(normed):
                return False  # ("La documentation est dans le dossier docs"): where the documentation is
            continue
        if not (_DEV_DOCS.search(normed) or _OTHER_DOCS.search(normed)):
            return False
        seen = True
    return seen


# the documents of another section ("Setup (en)", "Deployment (en)", "la licence libre AGPL") and a sentence on the documentation itself
_OTHER_DOCS = lazy_compile(r"\b(?:setup|set up|install\w*|deploy\w*|deploiement|hosting|hebergement|licen[cs]es?|securit\w*|vulnerabilit\w*|changelog)\b")
_DOCS_WORD = lazy_compile(r"\b(?:documentations?|docs?|wiki)\b")


def refine_chapter(secs: list[str], stack: list[tuple[int, list[str]]], normed: str, blocks: list, i: int) -> None:
    """:func:`nested_off`, then a documentation chapter of design notes alone is no users' guide (e2esdk's "## Documentation" over its
    cryptography notes), nor is an example heading inside a chapter (below the title)."""
    nested_off(secs, stack, normed)
    if "usage" in secs and (DOCS_CHAPTER.match(normed) and design_notes_chapter(blocks, i) or _DOCS_ONLY.match(normed) and (third_party_docs_chapter(blocks, i) or developer_docs_chapter(blocks, i) or framework_docs_chapter(blocks, i, norm)) or consumed_api_chapter(normed, blocks, i)):
        secs.remove("usage")  # (and "## Documentation utile" over the frameworks' sites: the developers' references; "## API" over the API it calls)
    if "usage" in secs and any("apis" in s for _, s in stack) and not re.search(r"\b(?:usage|utilisation|how to use)\b", normed):
        secs.remove("usage")  # "### API particulier" under "# API utilisées": one of the services called
    if "usage" in secs and any("contributing" in s or "structure" in s for _, s in stack) and not _NAMED_USE.search(normed):
        secs.remove("usage")  # "#### API" under "## Conventions > ### Code" ("L'API est développée en MVC standard"): the contributors' rules
        # or the code's structure for that part, no use of the project
    if "usage" in secs and _EXAMPLE_ONLY.match(normed) and any(level >= 2 for level, _ in stack) and not (CALL_EXAMPLE.match(normed) and not any(s for _, s in stack)):
        secs.remove("usage")  # "#### Example" under "### Metadata", "### Exemple avec Gunicorn" under "## Déploiement": an example of that chapter's subject
    if "usage" in secs and any("configuration" in s for _, s in stack) and _RUNNING.search(normed) and not re.search(r"\b(?:usage|utilisation|utiliser|use|using|how to use)\b", normed):
        secs.remove("usage")  # "#### Pour l'exécution avec Node.js" under "## Configuration de l'environnement": the settings for that way of running
    # (an interface step under a configuring chapter, "#### Dans le menu de GeoNature, cliquer sur le module", stays usage)
    if "usage" in secs and any("configuration" in s for _, s in stack) and _USING_ANOTHER.match(normed):
        secs.remove("usage")  # "### Utilisation d'un service externe pour les fichiers" under "## Configurations locales": the settings to use that service
    if "configuration" in secs and function_parameters(normed, blocks, blocks[i].line):
        secs.remove("configuration")  # "### Parameters" under "## `compareUTF8`": the function's arguments, no settings
    inner = stack and stack[-1][0] >= 2 and not stack[-1][1] \
        and next((b for b in blocks if b.kind == "heading"), None) is not next((b for b in reversed(blocks[:i]) if b.kind == "heading" and (b.level or 1) < (blocks[i].level or 1)), None)
    if "install" in secs and (_PREREQUISITES.match(normed) or NEEDS_CHECK.match(normed)) and inner:
        secs.remove("install")  # "### Prérequis" under "## Archivage / Transition": what that procedure needs, not the project's installation;
        # ("#### Configuration requise", "##### 3. Vérifier les dépendances" under "#### Réactivation de l'indicateur": what that feature needs)
    if "usage" in secs and USE_CASES.match(normed) and inner:
        secs.remove("usage")  # "#### Cas d'usage gérés" under "### Eau potable": the cases that feature handles, no use of the project
    if "usage" in secs and _DEVELOPERS_DOCS.match(normed) and _BUILD_NOTES.search(" ".join(
            norm(b.text) for b in blocks[i + 1:next((k for k in range(i + 1, len(blocks)) if blocks[k].kind == "heading"), len(blocks))])):
        secs.remove("usage")  # "## Documentation développeurs" over the Projucer build: no use ("Voir le wiki." stays the way to it)
    if "configuration" in secs and _CI_SETTINGS.search(normed):
        secs.remove("configuration")  # "#### d. Dans le fichier de configuration CircleCI" (a Ruby upgrade's step): the CI's settings, not the software's
    if "usage" in secs and EDIT_USE_CASES.match(normed):
        secs.remove("usage")  # "#### Editer les cas d'usage" ("créer un nouveau fichier dans le dossier `_use_cases`"): editing the site's
        # use-case pages, its content upkeep, no use of the project (issue 12, s31: a State API's showcase site)


# a heading opening on a to-do note ("# TODO : reprendre" over the old "## Fonctionnement" and "### Routes"): its chapters are read one by one
TODO_NOTE = lazy_compile(r"^(?:todo|to do|a faire|a reprendre|wip)\b")
# the developers' documentation by its heading ("Documentation développeurs", "Developer documentation", "Docs for developers")
_DEVELOPERS_DOCS = lazy_compile(r"^(?:\d+ )*(?:(?:documentation|docs?)(?: (?:pour les|des|du|for|for the))? (?:developpeurs?|developpeuses?|developers?|developpement|development|devs?)"
                                r"|(?:developer|developers|dev|development) (?:documentation|docs?))$")
_BUILD_NOTES = lazy_compile(r"\b(?:compil\w*|build(?:s|ing)?|makefile|cmake|visual studio|projucer|msbuild|gradle|maven)\b")  # a chapter's build notes
# a continuous-integration service named in a configuration heading ("Configuration GitHub Actions", "fichier de configuration CircleCI")
_CI_SETTINGS = lazy_compile(r"\b(?:circle ?ci|travis(?: ci)?|gitlab ci|github actions?|jenkins|integration continue|continuous integration|ci cd|ci)\b")


# Using some other thing ("Utilisation d'un service externe", "Using an external database"): the project set to use it
_USING_ANOTHER = lazy_compile(r"^(?:\d+ )*(?:utilisation|utiliser|usage|use|using) (?:d un|d une|of an?|an?) ")


# A heading (or a label) that is only a parameter word ("### Parameters", "Paramètres :", "Arguments"), and a heading naming a function
# (its signature "### getRaster(parameters: …)", a name in code "## `compareUTF8`", "# **get_one_preview_url**", "L.control.sideBySide(…)")
_BARE_PARAMETERS = lazy_compile(r"(?:\d+ )*(?:the |les |des )?(?:parameters?|parametres?|params|arguments?|options)")
_FUNCTION_HEADING = lazy_compile(r"^\W*`[^`]+`\W*$|[\w$\]]\(|^\W*[a-z_$][\w$]*(?:_[\w$]+|[a-z][A-Z][\w$]*)\W*$")  # (not a product's name, "WordPress")
_API_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:l |the |une |an? )?(?:api|apis|api rest|rest api|api web|web api|endpoints?|end points|routes|web ?services?)$")  # (the chapter of the calls)
_SIGNATURE = lazy_compile(r"^\W*[A-Za-z_$][\w$.]*\(")


def function_parameters(normed: str, blocks: list, line: int) -> bool:
    """The heading or label ``normed`` (at ``line``) lists a function's parameters: it is a bare parameter word under (or right after)
    a heading naming a function, or it is that function's signature; its call's arguments, no settings of the project."""
    here = next((b for b in blocks if b.kind == "heading" and b.line == line), None)
    if here is not None and _SIGNATURE.match(here.text):
        return True  # "### getRaster(parameters: GetRasterParameters): Promise<RasterData>"
    if not _BARE_PARAMETERS.fullmatch(normed):
        return False
    above = [b for b in blocks if b.kind == "heading" and b.line < line]
    level = here.level or 1 if here is not None else 99
    parent = next((b for b in reversed(above) if (b.level or 1) < level), None)  # ("### Parameters" after "### Example" under "# **get_one**")
    return any(b is not None and _FUNCTION_HEADING.search(b.text) for b in (above[-1] if above else None, parent)) \
        or parent is not None and bool(_API_CHAPTER.match(norm(parent.text)))  # ("### Paramètres" under "## API": the request's parameters)


# the words that name the use itself, whatever chapter holds the heading ("### Utilisation" under "## Contribuer" stays the use)
_NAMED_USE = lazy_compile(r"\b(?:usage|usages|utilisation|utilisations|utiliser|use|using|how to use|mode d emploi|user guide|guide utilisateur)\b")


_PREREQUISITES = lazy_compile(r"^(?:\d+ )*(?:prerequis|pre requis|prerequisites?|pre requisites?|requirements)$")
# a "use cases" heading: the cases or the users a thing serves ("Cas d'usage" over the services reusing the validator), no how-to
USE_CASES = lazy_compile(r"^(?:\d+ )*(?:(?:les |the )?(?:cas d (?:usages?|utilisations?)|use ?cases?)(?: (?:geres|traites|couverts|handled|covered|supported))?)$")
# A heading that edits, adds or documents use cases ("Editer les cas d'usage", "Ajouter un cas d'usage", "Adding a use case"): the pages
# listing them are content to maintain, no use of the project
EDIT_USE_CASES = lazy_compile(r"^(?:\d+ )*(?:editer|edition (?:des|d un)|modifier|ajouter|ajout (?:des|d un)|rediger|redaction (?:des|d un)|documenter|mettre a jour|mise a jour (?:des|d un)|"
                               r"edit|editing|add|adding|write|writing|update|updating|document|documenting)"
                               r" (?:(?:les|des|un|nouveaux?|nouvel|the|a|an|new) )*(?:cas d (?:usages?|utilisations?)|use ?cases?)$")
_RUNNING = lazy_compile(r"\b(?:execution|executer|lancement|lancer|demarrage|demarrer|run|running|start|starting)\b")


# A heading that names usage only by the documentation word ("Documentation utile", "Useful docs", "Liens et documentations")
_DOCS_ONLY = lazy_compile(r"^(?!.*\b(?:usage|utilisation|utilisateurs?|users?|guide|how to|mode d emploi|manuel|manual|tutori\w*|commandes?|commands?|api)\b)"
                          r".*\b(?:documentations?|docs?)\b")


# A heading that names usage only by an example word ("Example", "Exemple avec Gunicorn", "File examples"), not how to use the project
_EXAMPLE_ONLY = lazy_compile(r"^(?!.*\b(?:usage|utilisation|utiliser|use|using|how to|commandes?|commands?|run|running|lancer|lancement|api|cli|tutori\w*)\b)"
                             r".*\b(?:examples?|exemples?)\b")
