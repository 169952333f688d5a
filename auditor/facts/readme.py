"""``readme``: the README's path, format, language(s), recognized sections, links and template signs.

Parsed, not grepped (Markdown, reStructuredText, AsciiDoc: :mod:`auditor.facts.document`). A section
counts when a heading is on that topic, or a sentence gives the instructions or points to the document
that holds them ("installation : voir INSTALL.md"); a badge alone never counts. Fact value:
{"path", "format", "words", "language" ("fr" | "en" | ["fr", "en"] | code | null), "languages" ({code: share}),
"sections", "section_details" ([{name, via: heading|sentence, line, text}]), "headings" ([{level, text, line}]),
"description" ({text, line, first} | null), "issue_tracker", "demo", "openness_badge", "template" ({framework, line} | null), "truncated"}
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from auditor.facts import fact
from auditor.facts.document import MAX_README_BYTES, URL, Block, norm, parse_document, readme_format
from auditor.facts.readme_cues import (WEAK_HEADING_WORDS, ALERT, ASIDE_CHAPTER, TEAM_LIFE, CHANGELOG_HEADING, TEMPLATE_ONLY_HEADINGS, EMAIL_RE, MAX_SENTENCE_WORDS, contact_paragraph, CONFIGURE_STEP, DEV_SETUP, DOCKER_HEADINGS, IN_DEVELOPMENT, INSTALL_COMMAND, MANUAL_STEP, NOTICE_HEADING, ONLY_IMAGES, THANKS, describing_title, OPS_RUN, RELEASE_NOTES,
                                       SELF_README, TOC_HEADING, TRACKER_WORDS, WELCOME, announces_a_list, usage_example, short_description, code_path_heading, command_paragraph, copies_sample_settings, fenced_install_command, fenced_settings, homepages_only, licence_chapter, mend_misspellings, production_status_only, names_another_tool, status_boxes, weak_only)
from auditor.facts.readme_chapters import chapter_body, section_text, chapter_marks, developer_tasks_chapter, local_run_chapter, install_chapter_lines, option_items, refine_chapter, setup_step
from auditor.facts.readme_forms import _FOR_LIST, FEATURE_HEADING, another_subject, chapter_title, led_by, shouted_or_nav, task_sections, STEP_HEADING, dev_tool_commands, dev_tool_heading, about_the_project, notice_line, sql_paragraph, figure_cell, title_line, warning_or_step, without_linked_names, bare_site_page
from auditor.facts.readme_roles import (MODE_NAMES, other_links, describes_before_list, help_without_channel, with_list_item, framework_boilerplate, guidelines_document, labelled_command,
                                        publication_chapter, settings_sentence, without_name)
from auditor.facts.readme_signals import BADGE_HOSTS, find_signals
from auditor.facts.readme_asides import CODE_PATH, aside_lines, framework_line, late_asides, not_a_description, refine_heading
from auditor.facts.readme_words import DOC_FILE_SECTIONS, K8S_KINDS, POINTER, THIRD_PARTY_PART, SECTION_SENTENCE_WORDS, SPDX_LIKE, TERMS_HEADING, USE_IN_PRODUCTION, use_heading  # noqa: F401 (re-exported)
from auditor.facts.readme_templates import TEMPLATES, find_template  # noqa: F401 (TEMPLATES re-exported)
from auditor.facts.readme_shapes import USAGE_EXAMPLE, another_tools_setup, edits_settings_file, header_lines, install_moment_only, settings_only_chapter, template_chapter, test_chapter_lines  # noqa: F401 (USAGE_EXAMPLE re-exported)
from auditor.langid import identify_languages, prose  # noqa: F401 (re-exported: facts and checks import them from here)
from auditor.lazyre import lazy_compile

SECTION_ORDER = ("purpose", "install", "usage", "configuration", "deployment", "contributing", "license", "contact")

# Normalized (lower case, no accents) words or phrases of headings, by section, in French and English.
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "purpose": ("presentation", "a propos", "about", "objectif", "objectifs", "objective", "objectives", "intro", "description", "contexte", "context",
                "overview", "introduction", "pourquoi ce projet", "why this project", "what is", "qu est ce", "le projet", "the project",
                "mission", "fonctionnalites", "features", "summary", "resume", "en bref", "a quoi sert", "le service",
                "the service", "vue d ensemble", "purpose", "goal", "goals", "motivation", "genese", "principe"),
    "install": ("installation", "install", "installer", "installing", "setup", "set up", "setting up", "getting started", "demarrage",
                "demarrer", "mise en place", "mettre en place", "prerequis", "pre requis", "prerequisites", "requirements", "quick start",
                "quickstart", "demarrage rapide", "en local", "locally", "local development", "developpement local",
                "developpement", "development", "developing", "build", "building", "compilation", "dependances", "dependencies", "lancer le projet",
                "run the project", "pour commencer", "mise en route", "premiers pas", "first steps", "how to install",
                "comment installer", "installation locale", "developper", "develop", "contribuer au code", "initialiser le projet", "initialisation du projet", "initialiser l environnement", "initialisation de l environnement", "bundler", "bundle install", "composer install", "npm install", "yarn install", "pip install"),
    "usage": ("usage", "usages", "utilisation", "utilisations", "utiliser", "how to use", "mode d emploi", "guide utilisateur", "user guide",
              "use cases", "examples", "example", "exemples", "exemple", "commandes", "commands", "running", "lancement", "lancer",
              "run", "rake tasks", "taches rake", "make targets", "cibles make", "available tasks", "taches disponibles", "launch the app", "launch the application", "launch the project", "tutorial", "tutoriel", "manuel", "manual", "api", "documentation", "docs", "execution", "mode operatoire", "command line", "ligne de commande", "ligne de commandes", "liste des routes", "routes disponibles", "available routes", "endpoints",
              # the steps in the interface, as headings ("Dans le menu de GeoNature, cliquer sur le module", "Cliquez sur le bouton Éditer")
              "cliquer sur", "cliquez sur", "click on", "click the",
              # a template's or an archetype's use: generating one's project from it ("Créer un nouveau projet à partir de l'archetype")
              "creer un nouveau projet", "creer un projet", "generer un nouveau projet", "generer un projet", "create a new project",
              "generate a new project"),
    "configuration": ("configuration", "configurations", "configurer", "configure", "configuring", "config", "parametrage", "parametres", "settings", "role variables", "variables ansible", "ansible variables", "variables du role",
                      "variables d environnement", "environment variables", "environment", "env", "personnalisation",
                      "customisation", "customization", "options", "properties", "proprietes"),
    "deployment": ("deploiement", "deploiements", "deployment", "deployments", "deploy", "deploying", "deployer", "mise en production", "production",
                   "hebergement", "hosting", "kubernetes", "helm", "helm chart", "helm charts", "chart helm", "charts helm", "mise en ligne", "release", "livraison",
                   "infrastructure", "exploitation", "operations"),
    "contributing": ("contribuer", "contributing", "contribution", "contributions", "contribute", "participer", "participez",
                     "comment participer", "get involved", "s impliquer", "workflow de collaboration", "git workflow", "workflow git",
                     "comment contribuer", "how to contribute", "pull requests", "merge requests", "developer guide",
                     "guide du contributeur", "guide de contribution",
                     "aide aux contributeurs", "aide aux contributrices", "aide aux contributeurs trices", "help for contributors"),
    "license": ("licence", "license", "licensing", "licences", "licenses", "droits", "copyright", "legal", "mentions legales"),
    "contact": ("contact", "contacts", "support", "aide", "help", "equipe", "team", "auteurs", "authors", "mainteneurs",
                "maintainers", "communaute", "community", "questions", "nous contacter", "contact us", "credits",
                "qui sommes nous", "who we are", "discuss", "discuss with us",
                "discuter", "echanger", "echanges", "chat", "forum", "canaux de communication", "communication avec", "nous joindre",
                "en cas de difficultes", "difficultes", "besoin d aide", "une question", "getting help"),
}

HEADING_WORDS = tuple(sorted({p for name in SECTION_ORDER for p in SECTION_HEADINGS[name]}))
LABEL_WORDS = frozenset(HEADING_WORDS) - {"example", "examples", "exemple", "exemples"}  # "**Exemple :**" above a settings block shows them



def _has_phrase(normed: str, phrase: str) -> bool:
    """``phrase`` as whole words in ``normed`` (a :func:`norm` text: a-z0-9 words, single spaces); no regex per phrase."""
    return f" {phrase} " in f" {normed} "


# --- sections and signals ----------------------------------------------------------------------

# Words that announce the installation steps by themselves (a data model's list of scripts)
INSTALL_EXPLICIT = ("script d initialisation", "scripts d initialisation", "initialisation de la base", "initialiser la base")

# Headings that name running a command: usage only when not part of the installation steps
RUN_WORDS = ("commandes", "commands", "rake tasks", "taches rake", "make targets", "cibles make", "available tasks", "taches disponibles", "running", "lancement", "lancer", "run", "launch the app", "launch the application", "launch the project", "demarrer", "command line", "ligne de commande", "ligne de commandes")


_FAQ = lazy_compile(r"\b(faq|foire aux questions|frequently asked questions|questions frequentes)\b")
_TECH_DOCS = re.compile(r"(?:la |les )?docs? ?(?:umentations?)? techniques?|technical doc(?:s|umentation)?")


def heading_sections(text: str, under_install: bool = False, label: bool = False) -> list[str]:
    if code_path_heading(text):
        return []
    normed = mend_misspellings(MODE_NAMES.sub(" ", IN_DEVELOPMENT.sub(" ", norm(text))).strip(), HEADING_WORDS)  # ("Mode de simulation (Dry Run)")
    found = [name for name in SECTION_ORDER if (any(_has_phrase(normed, p) for p in SECTION_HEADINGS[name]) or (name == "install" and normed in DOCKER_HEADINGS))
             and not weak_only(name, normed, SECTION_HEADINGS[name]) and not (name == "configuration" and DEV_SETUP.search(normed))] or task_sections(normed, text) or use_heading(normed)  # ("## Docker": build and run the image; "### Run the image" under it is no usage; "What to do if I want to add another environment ?")
    if "purpose" in found and len(found) > 1 and not any(normed.startswith(p) for p in SECTION_HEADINGS["purpose"]):
        found.remove("purpose")  # "Install core features": the installation of the features, not their presentation
    found = [n for n in found if not (n == "usage" and (TERMS_HEADING.search(normed) or USE_IN_PRODUCTION.search(normed)) or n == "install" and install_moment_only(normed))]  # ("Conditions d'utilisation": the licence's terms; "À l'installation de ce module": a moment)
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
    if "contact" in found and TEAM_LIFE.search(normed) and not _has_phrase(normed, "contact"):  # "Vie de l'équipe": its rituals, no one to reach
        found.remove("contact")
    if "deployment" in found and production_status_only(normed, SECTION_HEADINGS["deployment"], label):
        found.remove("deployment")
    if "deployment" in found and RELEASE_NOTES.search(normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["deployment"] if p != "release"):
        found.remove("deployment")
    if "usage" in found and len(found) > 1 and re.match(r"(?:la |the )?(?:documentation|docs?) (?:de|du|des|d|of|sur|on) ", normed) and not any(
            _has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in ("documentation", "docs")):
        found.remove("usage")  # "Documentation de l'installation des serveurs": the documentation of that other section
    if "usage" in found and _TECH_DOCS.fullmatch(normed):  # "Documentation techniques": the architecture and the code, not how to use it
        found.remove("usage")
    if "usage" in found and (OPS_RUN.search(normed) or "install" in found or under_install) and run_only(normed, "install" in found):
        found.remove("usage")  # "Tâches de run" (French ops' noun), "Run the tests", a run step of the installation, "API and BO installation": not how to use the project
    return refine_heading(found, normed, SECTION_HEADINGS, under_install)  # ("Jobs & Mission control job", "Crédits images", "Paramètres de la requête")


def run_only(normed: str, installed: bool = False) -> bool:
    """The heading names usage only through a run word ("Commands", "Lancer"), or, beside an install word, through the API it installs."""
    return not any(_has_phrase(normed, p) for p in SECTION_HEADINGS["usage"] if p not in RUN_WORDS and not (installed and p == "api") and not (p in ("manuel", "manual") and MANUAL_STEP.search(normed)))


_FILE_MENTION = lazy_compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w.-]+\.(?:md|rst|adoc|txt|html))\b", re.I)


_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?;])\s+|(?<!\s)\s+[-–—]\s+")  # (?<!\s): from a blank run\'s start only, linear


def _sentence_gives(name: str, normed: str, sentence: str, pointer: bool) -> bool:
    """Whether a sentence that names the topic ``name`` gives that section: with a pointer; for the
    license a license name, for contact an address or the issue tracker, for install the announce of
    initialisation scripts, for configuration a step that tells to set the settings."""
    if name == "license":
        return (pointer or bool(SPDX_LIKE.search(sentence))) and not THIRD_PARTY_PART.search(normed)  # ("Le projet inclut le fichier X sous licence CC-BY")
    if name == "contact":  # "nous contacter au travers des issues de ce dépôt": the tracker is the channel
        return pointer or bool(EMAIL_RE.search(sentence)) or (any(_has_phrase(normed, w) for w in TRACKER_WORDS) and any(  # (not a
            _has_phrase(normed, w) for w in SECTION_SENTENCE_WORDS["contact"] if w != "contact"))  # program's "contact l'imap … Tickets")
    if name == "install" and any(_has_phrase(normed, w) for w in INSTALL_EXPLICIT):
        return True  # "Script d'initialisation de la base de données": the steps follow, as a list of scripts
    if name == "configuration" and CONFIGURE_STEP.search(normed):
        return True
    return pointer


def sentence_sections(block: Block) -> list[str]:
    """Sections that a paragraph gives explicitly: a link to the document that covers them
    (INSTALL.md, CONTRIBUTING.md…), or a short sentence holding a topic noun and a pointer (a link,
    a file name, "voir", "see"…); for the license, a license name; for contact, an address."""
    if block.badge_only or not block.text or command_paragraph(block.text):  # ("mvn license:check": a command, no sentence)
        return []
    found = []
    doc_links = [u for u, _ in block.links if u and not u.startswith("#") and not any(h in u for h in BADGE_HOSTS)]  # #chapter: a heading
    mentioned = [urlparse(u).path or u for u in doc_links if not bare_site_page(u, block.links)] + _FILE_MENTION.findall(block.text)
    for name, rx in DOC_FILE_SECTIONS.items():
        if any(rx.search(m.rstrip("/")) for m in mentioned) and not (name == "deployment" and K8S_KINDS.search(block.text)):
            found.append(name)
    labels = [label for u, label in block.links if label and u in doc_links]
    for sentence in _SENTENCE_SPLIT.split(block.text):
        normed = norm(CODE_PATH.sub(" ", sentence))  # ("Éditer ./constants/contact.js": a file to edit, its name no topic)
        if not normed or len(normed.split()) > MAX_SENTENCE_WORDS:
            continue
        named = without_linked_names(norm(URL.sub(" ", CODE_PATH.sub(" ", sentence))), [m.group(1) for m in URL.finditer(sentence)] + [u for u, _ in block.links if u in sentence])  # (an address's words: its page's)
        by_text = bool(POINTER.search(normed)) or bool(_FILE_MENTION.search(sentence))
        in_labels = [lab for lab in labels if lab in sentence]
        pointer = by_text or bool(in_labels) or bool(URL.search(sentence))
        for name, words in SECTION_SENTENCE_WORDS.items():
            if name in found or not words or not any(_has_phrase(named, w) for w in words) or (name == "usage" and TERMS_HEADING.search(normed)) or (name == "deployment" and K8S_KINDS.search(sentence)) or (name == "install" and (
                    install_moment_only(normed) or (another_tools_setup(normed, sentence) and not _FILE_MENTION.search(sentence) and all(u.startswith(("http://", "https://")) for u, lab in block.links if lab in in_labels)))):
                continue
            link_only = pointer and not by_text and not URL.search(sentence)
            if link_only and (names_another_tool(words, normed, in_labels) or homepages_only(block.links, in_labels, words, normed) or other_links(name, block.links, in_labels, words, sentence)):
                continue
            if _sentence_gives(name, normed, sentence, pointer):
                found.append(name)
    if "configuration" not in found and copies_sample_settings(block.text, doc_links):
        found.append("configuration")
    found += ["contributing"] if "contributing" not in found and WELCOME.search(norm(block.text)) else []
    found += ["usage"] if "usage" not in found and usage_example(norm(block.text)) else []  # "Pour déclarer un module, instanciez X. Par exemple :"
    if "contact" not in found and contact_paragraph(block, doc_links):
        found.append("contact")
    return found


_INSTRUCTION = lazy_compile(r"\bgit clone\s+\S|\b(?:npm|yarn|pnpm) (?:install|i)\b|\bpip install\s+\S|\bdocker(?:-| )compose up\b|"
                          r"\blancer? (?:cette|la) commande\b|\brun (?:this|the following) command\b", re.I)
def find_description(blocks: list[Block], first_is_chapter: bool = False, late_skip=frozenset()) -> dict | None:
    """The first prose paragraph, and whether it comes before the first non-purpose section heading (``first_is_chapter``: the first
    heading is no title but a chapter, "# Installation" then its steps)."""
    seen_other_section, seen_headings = False, 0
    in_log = False  # under a "changelog" or "Dernière mise à jour" heading: dated entries, not a description
    in_other = False  # under an installation, configuration or deployment heading: a step of it ("Then edit this file…")
    other_level = 0
    notice_level = 0  # under a deprecation or warning notice ("⚠ Ce service est abandonné ⚠") and its sub-headings
    seen_prose = False  # a paragraph was read (badges aside)
    level, purpose_level, template_seen = 1, 0, False  # the current heading's level; that of the purpose heading the text is under (0: none)
    under_purpose = listed = False  # right under a purpose heading ("## Project description" then "DataViz example…"); in an announced list
    for b in blocks:
        if b.kind == "heading":
            seen_headings += 1
            if notice_level and (b.level or 1) > notice_level:
                continue
            notice_level = (b.level or 1) if NOTICE_HEADING.search(norm(b.text)) or TOC_HEADING.match(norm(b.text)) else 0
            if in_other and (b.level or 1) > other_level:
                continue  # "### Création de la base de données" under "## Installation": still a step of it
            secs, level = heading_sections(b.text), b.level or 1
            purpose_level = level if "purpose" in secs else purpose_level if level > purpose_level else 0
            in_log, under_purpose, listed = bool(CHANGELOG_HEADING.match(norm(b.text))), "purpose" in secs, False
            in_other = (seen_headings > 1 or first_is_chapter) and (bool(secs) and "purpose" not in secs or bool(ASIDE_CHAPTER.match(norm(b.text))) or code_path_heading(b.text)
                                          or dev_tool_heading(norm(b.text)))
            other_level = b.level or 1
            if in_other or in_log:
                seen_other_section = True
            continue
        if listed and b.item:  # an item of a list a line announced ("Le résultat de cette construction est :"), that line not a description
            continue
        listed = announces_a_list(b.text) and not b.item and not _FOR_LIST.search(b.text)  # ("Un package R pour :" then what it does: its description)
        if (label := title_line(b.text)) and (secs := heading_sections(label, label=True)) and "purpose" not in secs:
            in_other = seen_other_section = True  # ("INSTALLATION :" above the steps: what follows is a step of it)
        if in_log or in_other or notice_level or ALERT.match(b.text) or (seen_other_section and not purpose_level and not about_the_project(b.text) and (level >= 3 or b.line in late_skip)) \
                or (template_seen := template_seen or framework_line(norm(b.text))) and (not purpose_level or framework_line(norm(b.text))):
            continue  # (an alert "> [!IMPORTANT] …": a notice; after the install steps, a sub-chapter's text is a detail; after "This project was generated with Angular CLI", only a purpose chapter says what the project is)
        words = len(prose(b.text).split())  # (fewer than 8 say too little, but for a line under the title: short_description)
        short_ok = short_description(b, words, 1 if under_purpose else seen_headings, False if under_purpose else seen_prose)
        under_purpose, seen_prose = False, seen_prose or bool(words and not b.badge_only and not notice_line(norm(b.text)))
        if b.badge_only or (words < 8 and not short_ok) or _INSTRUCTION.search(_SENTENCE_SPLIT.split(b.text)[0]) or command_paragraph(b.text):
            continue  # too short, or a command to run ("in the apps folder of an mviewer clone, run: git clone …") says how, not what
        if announces_a_list(b.text) and not seen_other_section and describes_before_list(b.text):
            return {"text": with_list_item(b, blocks)[:300], "line": b.line, "first": True}  # "Dépôt contenant des codes exemples en python3 pour :"
        if (status_boxes(b.text) or announces_a_list(b.text) or b.step or SELF_README.search(norm(b.text)) or THANKS.match(norm(b.text))
                or notice_line(norm(b.text)) or warning_or_step(b.text) or sql_paragraph(b.text) or shouted_or_nav(b) or not_a_description(b.text, b)):  # or a numbered step: how, not what; "Le projet a été archivé, car remplacé …": a notice
            continue  # task boxes ("[ ] à rédiger [x] en cours"), or a line announcing a list ("Le projet git est construit comme suit :")
        normed = norm(b.text)
        text = with_list_item(b, blocks)
        text = text if len(text) <= 300 else text[:300].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"  # a cut text says so
        return {"text": text, "line": b.line, "first": not seen_other_section}
    return None


_HUGE_TOKEN = lazy_compile(r"\S{2000,}")


def step_sections(blocks: list[Block], text: str, have: set[str]) -> list[tuple[str, Block]]:
    """Numbered step headings (two or more, "## Etape 1 - …") that name no section: the README is a procedure. Its steps install the
    project when their chapters give install commands (fenced ones too: the text's lines up to the next heading), else they use it."""
    steps = [i for i, b in enumerate(blocks) if b.kind == "heading" and STEP_HEADING.search(norm(b.text))]
    if len(steps) < 2:
        return []
    lines, out = text.splitlines(), []
    for i in steps:
        if heading_sections(blocks[i].text):
            continue
        end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 1) <= (blocks[i].level or 1)), len(lines) + 1)
        name = "install" if INSTALL_COMMAND.search("\n".join(lines[blocks[i].line:end - 1])) else "usage"
        if name not in have and name not in (n for n, _ in out):
            out.append((name, blocks[i]))
    return out


def analyse(text: str, path: str) -> dict:
    fmt = readme_format(path)
    truncated = len(text) > MAX_README_BYTES
    # No word, link or path is 2,000 characters long; such a run (a data URI, or a hostile README)
    # is blanked so that every pattern below stays linear in the README's size.
    text = _HUGE_TOKEN.sub(" ", text)
    blocks, lines = parse_document(text, fmt), text.splitlines()
    template = find_template(blocks)
    details: list[dict] = []
    seen, aside = set(), aside_lines(lines, blocks, framework_boilerplate, lambda t: "usage" in heading_sections(t))  # (a coding-conventions or a framework's chapter)
    stack: list[tuple[int, list[str]]] = []  # enclosing headings (level, sections)
    local_run = None  # the first chapter that starts a local copy ("## 2. Lancer l'application": python -m http.server, localhost)
    title = chapter_title(next((b for b in blocks if (b.kind != "heading" and (b.text or "").strip() and not ONLY_IMAGES.match(b.text) and not notice_line(norm(b.text))
                                                   and not b.badge_only and not shouted_or_nav(b)) or
                  (b.kind == "heading" and (b.level or 1) == 1)), None), blocks, heading_sections, WEAK_HEADING_WORDS)  # "# api-tools" (under a logo too): the project's name
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            sibling = []  # the sections of the previous heading at this level, under the same parent
            while stack and stack[-1][0] >= (b.level or 1):
                lvl, popped = stack.pop()
                sibling = popped if lvl == (b.level or 1) else sibling
            under_install, credits = any("install" in s or "deployment" in s for _, s in stack), any("contact" in s for _, s in stack)  # ("### Production" under "## Crédits")
            secs = [] if ((template and template_chapter(norm(b.text), section_text(lines, blocks, i), TEMPLATE_ONLY_HEADINGS)) or b is title or b.line in aside or framework_boilerplate(norm(b.text), section_text(lines, blocks, i))
                          ) else heading_sections(b.text if code_path_heading(b.text) else without_name(b.text, title, HEADING_WORDS), under_install, credits)
            secs = secs or (["deployment"] if publication_chapter(norm(b.text), section_text(lines, blocks, i)) else [])  # ("## 3. Publication")
            secs = [n for n in secs if n not in another_subject(norm(b.text), title.text if title is not None else "")]  # ("Qu'est-ce que le Markdown ?")
            secs = list(dict.fromkeys("configuration" if n == "usage" and settings_only_chapter(blocks, i) else n for n in secs))  # ("## Usage" over copying config.example.js and setting a key: the settings)
            if run := "usage" in secs and run_only(norm(b.text)) and (developer_tasks_chapter(blocks, i) or local_run_chapter(lines, blocks, i)
                                                                     or any("run" in s for _, s in stack) or setup_step(b, sibling, stack)):  # (and sub-chapters)
                secs.remove("usage")  # "## Commands" of build, test and lint commands, "## Lancement" of a local server: no use of the project
                local_run = local_run or (not any(s for _, s in stack) and local_run_chapter(lines, blocks, i) and b)  # (with no installation, how to start a copy)
            refine_chapter(secs, stack, norm(b.text), blocks, i)  # ("### Fonctionnalités spécifiques" under "## Structure du projet", "### Déploiement" under "## Documentation")
            stack.append((b.level or 1, secs + chapter_marks(norm(b.text)) + (["run"] if run else [])))
            body = (chapter_body(lines, blocks, i) if secs else "") or (b.text if secs == ["license"] and SPDX_LIKE.search(b.text) else "")  # (a last "## [License Apache-2.0](./LICENSE)" says it alone; an empty chapter before another, "## Comment utiliser" then "## Credits",
            nxt = next((h for h in blocks[i + 1:] if h.kind == "heading" and (h.level or 1) <= (b.level or 1)), None)  # or a higher one, "# Project Information")
            for name in secs if body.strip() or not (nxt is None or (nxt.level or 1) < (b.level or 1) or heading_sections(nxt.text)) else ():
                if name in ("license", "contact") and (not body.strip() or (name == "contact" and norm(b.text) in ("credits", "credit")
                                                                             and not EMAIL_RE.search(body)) or (name == "license" and not licence_chapter(norm(b.text), body))
                                                  or (name == "contact" and help_without_channel(norm(b.text), body))):  # ("## Aide" over `outil --help`)
                    continue  # a heading left empty ("# Licence" then "# Comment contribuer"); "# Crédits" thanking providers, nobody to reach;
                    # "## License" over `make license-check` alone, "## Les droits dans l'application" (user roles): no licence named
                if (name, "heading") not in seen:
                    seen.add((name, "heading"))
                    details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
    have, installing = {d["name"] for d in details}, install_chapter_lines(blocks, heading_sections, title)
    for b, label in ((b, b.label if b.label and (len(b.text) > len(b.label) + 3 or b.text == b.label) else title_line(b.text)) for b in blocks if b.kind == "paragraph"):
        if norm(label) not in LABEL_WORDS and not (b.label and len(norm(label).split()) <= 3):  # "1. **Installation** : …", "Utilisation:" above the command, "**Démarrer en local** : `mvn …`": a title in the text
            continue
        for name in [n for n in heading_sections(label, b.line in installing, label=True) if n not in have and b.line not in aside and (norm(label) in LABEL_WORDS or (led_by(norm(label), n, SECTION_HEADINGS[n], RUN_WORDS) and not b.step))]:
            have.add(name)
            details.append({"name": name, "via": "heading", "line": b.line, "text": label[:120]})
    for b, label in ((b, labelled_command(lines[b.line - 1])) for b in blocks if b.kind == "paragraph" and 0 < b.line <= len(lines)):
        for name in [n for n in heading_sections(label, label=True) if label and n not in have and led_by(norm(label), n, SECTION_HEADINGS[n], RUN_WORDS)]:
            have.add(name)  # "- Deploy webapps : `./gradlew tomcatDeploy`": the command of that task
            details.append({"name": name, "via": "sentence", "line": b.line, "text": lines[b.line - 1].strip()[:160]})
    for name, b in step_sections(blocks, text, have):  # "## Etape 1 - …", "## Etape 2 - …": the README is the procedure
        have.add(name)
        details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
    for b in blocks:
        if b.kind != "paragraph" or b.line in aside:
            continue
        for name in sentence_sections(b) + (["configuration"] if any(settings_sentence(x) or edits_settings_file(x) for x in _SENTENCE_SPLIT.split(b.text)) else []):
            if name not in have:
                have.add(name)
                details.append({"name": name, "via": "sentence", "line": b.line, "text": b.text[:160]})
    if "usage" not in have and (ex := USAGE_EXAMPLE.search(text)):  # (in the raw text: the parsed paragraphs lose the backticks)
        have.add("usage")  # "exemple `script.py dossier_a_tester fichier_de_tests.json`": how the project's script is run, its arguments
        details.append({"name": "usage", "via": "sentence", "line": text.count("\n", 0, ex.start()) + 1, "text": ex.group(0)[:160]})
    if "install" not in have:  # the README is a few install commands without a heading (docker build … docker run …), fenced or not
        if cmd := next(((b.line, b.text) for b in blocks if b.kind == "paragraph" and command_paragraph(b.text) and INSTALL_COMMAND.search(b.text)
                    and not dev_tool_commands(b.text)),
                       None) or fenced_install_command(text):
            details.append({"name": "install", "via": "sentence", "line": cmd[0], "text": cmd[1][:160]})
            have.add("install")
    if local_run and "install" not in have:
        have.add("install")
        details.append({"name": "install", "via": "heading", "line": local_run.line, "text": local_run.text[:120]})
    if "configuration" not in have and (block := fenced_settings(text, test_chapter_lines(blocks))):  # (not a manual test's variables)
        details.append({"name": "configuration", "via": "sentence", "line": block[0], "text": block[1][:160]})
        have.add("configuration")
    if "usage" not in have and (option := option_items(blocks)):  # "- `--fichier-evaluation` : chemin vers…": how to call the tool
        details.append({"name": "usage", "via": "sentence", "line": option.line, "text": option.text[:160]})
        have.add("usage")
    first_heading = next((b for b in blocks if b.kind == "heading"), None)
    description = find_description(blocks, first_heading is not None and first_heading is not title and (title is None or header_lines(title.text)), late_asides(lines, blocks, aside))
    if not (description and description["first"]) and title is not None and title.kind == "heading" and describing_title(title):
        description = {"text": title.text[:300], "line": title.line, "first": True}  # the title says what it is; what follows are its chapters
    if "purpose" not in have and description and description["first"]:
        details.append({"name": "purpose", "via": "sentence", "line": description["line"], "text": description["text"][:160]})
        have.add("purpose")
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and not b.badge_only and not command_paragraph(b.text) and not sql_paragraph(b.text) and not figure_cell(b, lines)]
    lang = identify_languages(paragraphs)
    out = {
        "path": path,
        "format": fmt,
        "words": len(prose(" ".join(b.text for b in blocks if not sql_paragraph(b.text))).split()),  # (unfenced SQL is no prose)
        "language": lang["language"],
        "languages": lang["languages"],
        "sections": [s for s in SECTION_ORDER if s in have],
        "section_details": sorted(details, key=lambda d: SECTION_ORDER.index(d["name"])),
        "headings": [{"level": b.level, "text": b.text[:120], "line": b.line} for b in blocks if b.kind == "heading"][:200],
        "description": description,
        "guidelines": guidelines_document(title.text if title is not None and title.kind == "heading" else "", (description or {}).get("text") or ""),
        "template": template,
        "truncated": truncated,
    }
    out.update(find_signals(blocks))
    return out


@fact("readme", version=84)
def readme(ctx) -> dict | None:
    path = ctx.fact("files").get("readme")
    if not path:
        return {"path": None}
    text = ctx.snapshot.read_text(path, limit=MAX_README_BYTES * 4)
    if text is None:
        entry = ctx.snapshot.files.get(path)
        reason = "symlink" if entry and entry.kind == "symlink" else "unreadable (binary or too large)"
        return {"path": path, "unreadable": reason}
    from auditor.drafts import TEXT_MARKERS, find_markers

    return {**analyse(text, path), "draft_lines": [line for line, _ in find_markers(text, limit=20, markers=TEXT_MARKERS)]}
