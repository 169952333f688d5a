"""``readme``: the README's path, format, language(s), recognized sections, links and template signs.

Parsed, not grepped (Markdown, reStructuredText, AsciiDoc: :mod:`auditor.facts.document`). A section counts when a heading is on that topic, or a sentence gives the instructions or points to the document
that holds them ("installation : voir INSTALL.md"); a badge alone never counts. Fact value:
{"path", "format", "words", "language" ("fr" | "en" | ["fr", "en"] | code | null), "languages" ({code: share}),
"sections" (the README's own and those found in a document it points to, :mod:`auditor.facts.readme_links`), "section_sources"
({section: the path of the document it was found in, the README's own path for its own}), "section_details" (the README's own:
[{name, via: heading|sentence, line, text}]), "headings" ([{level, text, line}]),
"description" ({text, line, first} | null), "issue_tracker", "demo", "openness_badge", "template" ({framework, line, adapted: the line of a command rewritten for another tool, when one is} | null), "truncated"}
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.document import MAX_README_BYTES, Block, front_matter_description, norm, parse_document, readme_format
from auditor.facts.readme_description import find_description
from auditor.facts.readme_cues import (WEAK_HEADING_WORDS, TEMPLATE_ONLY_HEADINGS, INSTALL_COMMAND, ONLY_IMAGES, describing_title, folder_heading, folder_label,
                                       code_path_heading, command_paragraph, fenced_install_command, fenced_settings, labelled_install, VARIABLES_TO_FILL)
from auditor.facts.readme_code_settings import code_settings
from auditor.facts.readme_contact import EMAIL_RE, address, contact_named, contact_row, credits_list, login_lines, people_list
from auditor.facts.readme_qualifiers import another_products_docs, dev_use
from auditor.facts.readme_chapters import DEV_TASK, LOCAL_RUN, TODO_NOTE, USE_CASES, caution_only, chapter_body, licence_chapter_lines, says_nothing, section_text, chapter_marks, developer_tasks_chapter, function_parameters, local_run_chapter, install_chapter_lines, option_items, refine_chapter, setup_step
from auditor.facts.readme_forms import notice_lines, notice_over_title, another_subject, own_title, chapter_title, led_by, shouted_or_nav, STEP_HEADING, dev_tool_commands, dev_tool_heading, mission_line, notice_line, sql_paragraph, figure_cell, lead_title, title_line  # noqa: F401 (dev_tool_heading re-exported)
from auditor.facts.readme_headings import HEADING_WORDS, LABEL_WORDS, RUN_WORDS, SECTION_HEADINGS, SECTION_ORDER, heading_sections, named_later, own_run, run_only  # noqa: F401 (re-exported)
from auditor.facts.readme_guides import change_requests, contributing_chapter, contribution_workflow, package_calls, project_work_heading, proposes_changes, resource_fields, tool_guides
from auditor.facts.readme_licence import licence_chapter
from auditor.facts.readme_steps import _TEST_RUNNER as TEST_RUNNER, chapter_sections, working_chapter, download_and_unpack, hosting_without_steps, numbered_use_step
from auditor.facts.readme_labels import label_sections
from auditor.facts.readme_uses import embed_chapter, served_run, task_calls, configurable_sentence, dependency_block, script_steps, interface_steps, screenshot_steps, own_text, production_server_sentence, served_folder_sentence, request_example, route_tables, run_steps, script_runs, service_jobs, upkeep_chapter, process_chapter, aims_only, test_suite, test_runs
from auditor.facts.readme_roles import (name_heading, developer_records, help_without_channel, people_without_channel, framework_boilerplate, guidelines_document, guidelines_licence_rule, labelled_command,
                                        publication_chapter, settings_sentence, without_name, users_not_usage, content_not_contributing)
from auditor.facts.readme_sentences import _SENTENCE_SPLIT, FOLLOWED, Targets, anchor_key, sentence_sections
from auditor.facts.readme_signals import find_signals
from auditor.facts.readme_announced import announcer
from auditor.facts.release_pages import release_notes_heading
from auditor.facts.readme_asides import aside_lines, front_description, late_asides
from auditor.facts.readme_words import DOC_FILE_SECTIONS, K8S_KINDS, POINTER, THIRD_PARTY_PART, SECTION_SENTENCE_WORDS, SPDX_LIKE, TERMS_HEADING, USE_IN_PRODUCTION, use_heading  # noqa: F401 (re-exported)
from auditor.facts.readme_wordpress import read_as
from auditor.facts.readme_tutorial import tutorial_document
from auditor.facts.readme_needs import needs_sentence
from auditor.facts.readme_own_commands import own_commands_chapter
from auditor.facts.readme_views import declared_commands, runs_declared, view_table
from auditor.facts.readme_places import holdings_over_definition, solution_over_context, description_blocks, folder_map, label_in_other_chapter, upkeep_title
from auditor.facts.readme_environment import environment_sentence, option_to_set, settings_files_to_add, variables_chapter, variables_table
from auditor.facts.readme_settings_folder import settings_folder_sentence
from auditor.facts.readme_loading import loading_sentence
from auditor.facts.readme_setup import clone_step, install_step, setup_chapter
from auditor.facts.readme_run_sentence import chained_commands, run_sentence
from auditor.facts.readme_line_kinds import about_line
from auditor.facts.readme_badges import prose_headings, top_heading, unbadged_headings
from auditor.facts.readme_templates import TEMPLATES, adapted_commands, export_note_sections, find_template, starter_readme, untouched_template, without_template  # noqa: F401 (TEMPLATES re-exported)
from auditor.facts.ui_templates import copied_readme
from auditor.facts.readme_lookalikes import page_feature, source_chapter, app_requests_chapter, records_label, contributor_rules, feature_contact, feature_list_lines, local_production_run, notebook_launch, production_chapter, container_chapter, release_procedure, reusers_chapter, others_examples
from auditor.facts.readme_shapes import MENU_PATH, USAGE_EXAMPLE, description_chapter, usage_opening, edits_script_settings, edits_settings_file, header_lines, opening_example, output_chapter_lines, settings_only_chapter, settings_step, template_chapter, test_chapter_lines  # noqa: F401 (USAGE_EXAMPLE re-exported)
from auditor.langid import identify_languages, prose  # noqa: F401 (re-exported: facts and checks import them from here)
from auditor.lazyre import lazy_compile


# Purpose headings on the background (who launched it, why) or a principle ("## Principe"): the opening sentence before them says better what it does
_BACKGROUND = lazy_compile(r"(?:\d+ )*(?:contexte|context|genese|motivation|historique du projet|pourquoi ce projet|why this project|principe|principes|principle|principles)")
_MAKES = lazy_compile(r"(?:\d+ )*(?:generate|generating|generer|generez|generation|produce|produire|compute|calculer)\b")  # ("# Generate consolidated files")
_HEADING_LINK = lazy_compile(r"\]\(\s{0,5}<?([^)\s<>]{1,300})")  # a heading's link target: "# [Contributing](CONTRIBUTING.md)"
_NAMELESS_WORDS = frozenset({"readme", "read", "lisez", "moi", "lisezmoi", "documentation", "presentation", "introduction", "txt", "rst", "adoc"})


def named_use(heading: str) -> bool:
    """The heading names the use itself ("Utilisation de l'API", "Usage", "How to use"), not commands or a run."""
    return led_by(norm(heading), "usage", SECTION_HEADINGS["usage"], RUN_WORDS) and not USE_CASES.match(norm(heading))  # ("Use cases": who uses it, where)


_HUGE_TOKEN, _RULE = lazy_compile(r"\S{2000,}"), lazy_compile(r"^ {0,3}(?:-[^\S\n]*){3,}$")  # (a "---" rule ends a warning heading's notice: "## `WARNING : work in progress`", "---", the tagline)
_HTML_ANCHOR = lazy_compile(r"""<a\s[^>]{0,200}?\b(?:name|id)\s*=\s*["']([^"'>]{1,200})["']""", re.I)  # (an in-page anchor set by hand)


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


def _other_chapter_part(line: int, blocks: list[Block], title) -> bool:
    """The heading at ``line`` sits under a chapter that is neither the README's title nor a purpose chapter."""
    heads = [b for b in blocks if b.kind == "heading" and b.line <= line]
    if not heads or heads[-1].line != line:
        return False
    parent = next((h for h in reversed(heads[:-1]) if (h.level or 1) < (heads[-1].level or 1)), None)
    return parent is not None and parent is not title and "purpose" not in heading_sections(parent.text)


def analyse(text: str, path: str, files=None, own: str | None = None, copied: tuple[str, ...] = (), commands=()) -> dict:
    """``files``: the repository's paths, when known: a link or a mention of a file not there gives no section; ``own``: its name;
    ``copied``: the names of a UI template copied at the root (ui_templates), whose README a README opening on its name is; ``commands``: those its manifests declare."""
    text, fmt = read_as(path, text, readme_format(path, text))  # (a WordPress readme.txt: its == Chapters == are Markdown's headings)
    truncated = len(text) > MAX_README_BYTES
    # No word, link or path is 2,000 characters long; such a run (a data URI, or a hostile README)
    # is blanked so that every pattern below stays linear in the README's size.
    text = _HUGE_TOKEN.sub(" ", text)
    blocks = everything = prose_headings(unbadged_headings(parse_document(text, fmt)))  # (a badge's "Build Status" in the title: no word of it)
    written, package = text.splitlines(), own  # (the repository's name: ``own`` becomes the README's own text below)
    template = find_template(blocks) or starter_readme(text, blocks, own) or copied_readme(text, copied)
    if template and (adapted := adapted_commands(template["framework"], text)):  # (Docusaurus's README, its yarn commands turned to bun)
        template = {**template, "adapted": adapted}
    if template and (own := without_template(text, blocks)) != text:  # the chapters the framework's template wrote ("## License": "The
        text = own  # Laravel framework is … MIT"): no section, description or heading of the project's (its words and language still counted)
        blocks = prose_headings(unbadged_headings(parse_document(text, fmt)))
    lines = text.splitlines()
    targets = Targets(files, path)
    details: list[dict] = []
    seen, aside = set(), aside_lines(lines, blocks, framework_boilerplate, lambda t: "usage" in heading_sections(t))  # (a coding-conventions or a framework's chapter)
    stack: list[tuple[int, list[str]]] = []  # enclosing headings (level, sections)
    described: set[int] = set()  # the lines of a first chapter named by a run word that describes the project (description_chapter)
    releases: list[int] = []  # the lines of deployment chapters that only publish a version (release_procedure)
    local_run, served = None, []  # the first chapter that starts a local copy (and those serving the project's API, readme_served) ("## 2. Lancer l'application": python -m http.server, localhost)
    notice = notice_lines(blocks)
    title = top_heading(blocks, heading_sections, WEAK_HEADING_WORDS, ONLY_IMAGES) or chapter_title(next((b for b in blocks if b.line not in notice and (b.kind != "heading" and (b.text or "").strip() and not ONLY_IMAGES.match(b.text) and not notice_line(norm(b.text))
                                                   and not b.badge_only and not shouted_or_nav(b)) or
                  (b.kind == "heading" and (b.level or 1) == 1 and not notice_over_title(b, blocks))), None), blocks, heading_sections, WEAK_HEADING_WORDS)  # "# api-tools" (under a logo too): the project's name
    named, _ = own_title(title, blocks), described.update(usage_opening(blocks, title, heading_sections))  # the name a question heading is compared to ("What is X ?" under "README")
    title_words = {w for w in norm(named).split() if len(w) >= 3} - _NAMELESS_WORDS
    spelled = frozenset(seg for p in (files or ()) for seg in p.split("/")[:-1])  # (the repository's folder names: "### api-node", "- **docs** :")
    folders, suite = frozenset(seg.lower() for seg in spelled), test_suite(text)  # (a test suite: its test runs are its use)
    first_level = [b for b in blocks if b.kind == "heading" and (b.level or 1) == 1][:2]
    first_index = next((i for i, b in enumerate(blocks) if b.kind == "heading"), -1)
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            sibling = []  # the sections of the previous heading at this level, under the same parent
            while stack and stack[-1][0] >= (b.level or 1):
                lvl, popped = stack.pop()
                sibling = popped if lvl == (b.level or 1) else sibling
            under_install, credits = any("install" in s or "deployment" in s for _, s in stack), any("contact" in s for _, s in stack)  # ("### Production" under "## Crédits")
            heading, body = norm(b.text), section_text(lines, blocks, i)  # (read once: every rule below judges the chapter by both)
            skipped, worded = ((template and template_chapter(heading, body, TEMPLATE_ONLY_HEADINGS)) or b is title or b.line in aside or framework_boilerplate(heading, body)
                               or folder_heading(b.text, folders)), b.text if code_path_heading(b.text) else without_name(b.text, title, HEADING_WORDS)
            secs = [] if skipped else heading_sections(worded, under_install, credits)
            if not skipped and under_install and "usage" not in secs and own_commands_chapter(body, files, package) and "usage" in heading_sections(worded, False, credits):
                secs = secs + ["usage"]  # ("### Commandes disponibles" under "## Installation" over `vegestrate-pipeline --checkpoint …`: the project's commands, its use)
            if name_heading(b, title):  # ("# API Entreprise" in the README of "# Website for API Entreprise": what it presents, its text the description)
                secs, _ = ["purpose"], described.add(b.line)
            secs = project_work_heading(heading, named) or (["deployment"] if set(secs) <= {"install"} and container_chapter(heading, body) else secs) or (["deployment"] if publication_chapter(heading, body) or production_chapter(heading, body) or container_chapter(heading, body)
                            else ["contributing"] if contributor_rules(heading, body) or contribution_workflow(body)
                            else ["configuration"] if resource_fields(heading, body) or variables_chapter(b.text, own_text(lines, blocks, i)) else [])  # ("## 3. Publication"; "## En prod" over "L'application est déployée sur
            # Scalingo"; "### Ajout de fonctionnalités": a branch, then a pull request; "## The BuildProject resource": its fields commented; "### Variable d'environnement" over the names read; "## How to improve Wilco": the contributors' guide)
            secs = chapter_sections(secs, heading, body, INSTALL_COMMAND, LOCAL_RUN, SECTION_HEADINGS["install"])  # ("Functions included in the module", "Développement" without a command)
            secs = ["usage"] if set(secs) <= {"install"} and b is not title and embed_chapter(heading, body) else secs  # ("## Embarquer la page en iframe": how host sites use it)
            secs = [] if b is title else secs + ["contributing"] if "contributing" not in secs and (proposes_changes(body) or not set(secs) - {"contact"} and change_requests(own_text(lines, blocks, i)) and not contributing_chapter(blocks, lines, title, heading_sections)) else secs  # (the title, "# theses-docker": no chapter; "# Retrieve package and develop": "… propose modifications of the code"; "## Pratique de l'équipe": "Les modifications … doivent passer par des PR")
            if not secs and b is not title and not any(s for _, s in stack) and not TODO_NOTE.match(heading) and (route_tables(body) or view_table(heading, body) or interface_steps(own := own_text(lines, blocks, i)) or screenshot_steps(own) or runs_declared(own, commands)
                                                              or run_steps(own, INSTALL_COMMAND, TEST_RUNNER, DEV_TASK, LOCAL_RUN, 2 if _MAKES.match(heading) else 3) or service_jobs(own)
                                                              or tool_guides(heading, blocks, i, targets) or upkeep_chapter(heading, own, INSTALL_COMMAND) or script_runs(lines, blocks, i, files, heading_sections) or process_chapter(heading, body) or suite and test_runs(body) or task_calls(own_text(lines, blocks, i), files) or package_calls(lines, blocks, i, heading_sections, package)):  # ("## Tools": each tool's guide linked;
                # "# Mise à jour du cache" over the seeding command: the service operated)
                secs = ["usage"]  # ("## Airflow": "accéder à l'interface Web sur http://127.0.0.1:8080 et lancer les DAGs"; "# Generate consolidated files": "1. … input files", "2. Launch the command `clj -M:run`"; "## Routes" over route tables; "#### Adding an entry": "1. Click *Add row*"; "4. Run the script" `npm run csv-to-cboard`)
            secs = [n for n in secs if n not in another_subject(heading, named)  # ("Qu'est-ce que le Markdown ?")
                    and not (n == "usage" and (reusers_chapter(heading, body) or source_chapter(heading, body) or others_examples(heading, body))) and not (n == "purpose" and folder_map(body, folders))  # ("## Utilisations de l'API" over "… est utilisée par …": its reusers; "## Overview" over the folders' list)
                    and not (n == "usage" and (another_products_docs(b.text, title_words, body) or "purpose" in secs and aims_only(body)))  # ("### Documentation de FranceConnect": the provider's; "## Objectifs et usages": aims)
                    and not (n == "contributing" and app_requests_chapter(body))  # ("… des pull requests Github": "l'app génère des pull requests")
                    and not (n == "deployment" and local_production_run(heading, body, SECTION_HEADINGS[n]))]  # ("Lancer l'app localement en mode production")
            if "deployment" in secs and notebook_launch(body):  # ("## Déploiement à partir du SSP Cloud": the chapters opened as one's own
                secs = list(dict.fromkeys("usage" if n == "deployment" else n for n in secs))  # notebook in one click: how the course is used)
            if "deployment" in secs and release_procedure(heading, body, SECTION_HEADINGS["deployment"]):
                releases.append(b.line)  # ("### Release procedure": `mvn release:prepare`, a tag pushed: the maintainers' release, no install step)
            secs = list(dict.fromkeys("configuration" if n == "usage" and settings_only_chapter(blocks, i, body) else n for n in secs))  # ("## Usage" over copying config.example.js and setting a key: the settings)
            if "usage" in secs and run_only(heading) and not working_chapter(heading, body) and description_chapter(blocks, i, title, body) \
                    and not tool_guides(heading, blocks, i, targets):  # ("## Run τ-Argus from R" over "The rtauargus package provides…": its description;
                secs, _ = list(dict.fromkeys("purpose" if n == "usage" else n for n in secs)), described.add(b.line)  # not a list of tools linking their guides)
            if run := "usage" in secs and (run_only(heading) or dev_use(heading)) and not service_jobs(own_text(lines, blocks, i)) and not route_tables(body) and (developer_tasks_chapter(blocks, i) or local_run_chapter(lines, blocks, i)
                                                                     or any("run" in s for _, s in stack) or setup_step(b, sibling, stack)):  # (and sub-chapters)
                secs.remove("usage")  # "## Commands" of build, test and lint commands, "## Lancement" (or "## Development usage") of a local server: no use of the project
                # (unless it then runs the service's jobs in its interface: "accéder à l'interface Web … et lancer les DAGs", or lists the API's routes in a table)
                local_run, served = local_run or (not any(s for _, s in stack) and local_run_chapter(lines, blocks, i) and b), served + ([{"line": b.line, "text": b.text[:120], "how": how}] if not any("run" in s for _, s in stack) and len(served) < 5 and (how := served_run(lines, blocks, i, commands)) else [])  # (with no installation, how to start a copy; and the chapters serving the project's API, readme_served)
            secs = ["contact" if n == "contributing" and people_list(body) else n for n in secs]  # ("Contributing" over the maintainers' addresses)
            if "contributing" in secs and credits_list(body):  # ("## Contributions": "Maintainer: Name <address>", "- Name [aut]": who made it,
                secs = list(dict.fromkeys(n for n in ("contact" if n == "contributing" else n for n in secs) if n != "contact" or address(body)))  # whom to write to)
            if "configuration" not in secs and not skipped and b is not title and variables_table(own_text(lines, blocks, i)):
                secs = secs + ["configuration"]  # ("## Déploiement" over "| Variable d'environnement | Valeur par défaut |": its settings too)
            refine_chapter(secs := [] if release_notes_heading(b.text) else secs, stack, heading, blocks, i)  # ("Nouveautes 1.4.0 : plus d'options": a release's notes, no section; "### Fonctionnalités spécifiques" under "## Structure du projet", "### Déploiement" under "## Documentation")
            # (a README opening on its one first-level heading as a chapter, "# Installation" over pip install, then "## Commandes":
            # no title above, the chapters below are its siblings, not its steps; s35 h35 = PnX-SI/api2GN)
            opening = title is None and len(first_level) == 1 and b is first_level[0] and i == first_index
            stack.append((99 if opening else b.level or 1, secs + chapter_marks(heading) + (["run"] if run else [])))
            body = (chapter_body(lines, blocks, i) if secs else "") or (b.text if secs == ["license"] and SPDX_LIKE.search(b.text) else "")  # (a last "## [License Apache-2.0](./LICENSE)" says it alone; an empty chapter before another, "## Comment utiliser" then "## Credits",
            nxt = next((h for h in blocks[i + 1:] if h.kind == "heading" and (h.level or 1) <= (b.level or 1)), None)  # or a higher one, "# Project Information")
            linked = [n for n in secs if n in DOC_FILE_SECTIONS and any(DOC_FILE_SECTIONS[n].search(u.split("#")[0].rstrip("/")) and not targets.missing(u)
                                                                        for u in _HEADING_LINK.findall(lines[b.line - 1]))]  # (to a file that is there)
            secs = [n for n in secs if not (n in ("install", "deployment") and caution_only(body))]  # ("## Installation" over one "Attention : …")
            for name in secs if (body.strip() or not (nxt is None or (nxt.level or 1) < (b.level or 1) or heading_sections(nxt.text))) and not says_nothing(body) else linked:  # ("# [Contributing](CONTRIBUTING.md)" alone: the guide it links)
                if name in ("license", "contact") and not (name in linked and not body.strip()) and (not body.strip() or (name == "contact" and norm(b.text) in ("credits", "credit")
                                                                             and not EMAIL_RE.search(body)) or (name == "license" and not licence_chapter(norm(b.text), body))
                                                  or (name == "contact" and (help_without_channel(norm(b.text), body) or feature_contact(norm(b.text), body) or page_feature(body)))):  # ("## Aide" over
                    # `outil --help`; "### Contact multisites (calendrier ZCal)", "### Support" over "La page de support permet …": the app's feature, the site's page)
                    continue  # a heading left empty ("# Licence" then "# Comment contribuer"); "# Crédits" thanking providers, nobody to reach;
                    # "## License" over `make license-check` alone, "## Les droits dans l'application" (user roles): no licence named
                if name == "usage" and (developer_records(norm(b.text), body) or users_not_usage(body)) or name == "contributing" and content_not_contributing(body):
                    continue  # ("## Documentation" over ADRs, specs and the developers' internal docs; "## Utilisation" over who uses it; "Pourquoi contribuer" over sharing courses)
                if (name, "heading") not in seen:
                    seen.add((name, "heading"))
                    details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
                elif name == "usage" and not named_use((first := next(d for d in details if d["name"] == name and d["via"] == "heading"))["text"]) and named_use(b.text) \
                        and ((b.level or 1) < (first_level := next((h.level or 1) for h in blocks if h.kind == "heading" and h.line == first["line"]))
                             or (b.level or 1) == first_level and USE_CASES.match(norm(first["text"]))) or name == "contact" and contact_named((first := next(d for d in details if d["name"] == name and d["via"] == "heading"))["text"], b.text) or named_later(name, (first := next(d for d in details if d["name"] == name and d["via"] == "heading")), b, blocks):
                    first.update(line=b.line, text=b.text[:120])  # "## Commandes utiles" (operators' commands) then "# Utilisation de l'API": the chapter named so, above;
                    # "## Cas d'usage" (the services reusing it) then "## Utilisation": the use itself, at its level; "## Auteurs" then "## Contact"; "## Build for production" then "## Install and run app"
    have, installing, journey = {d["name"] for d in details}, install_chapter_lines(blocks, heading_sections, title), feature_list_lines(blocks, heading_sections)
    testing, tests_only, logins = test_chapter_lines(blocks), test_chapter_lines(blocks, heading_sections), login_lines(blocks)  # (the test run's settings: "### Tester"; a default account's e-mail: no contact)
    for b, label in ((b, b.label if b.label and (len(b.text) > len(b.label) + 3 or b.text == b.label) else title_line(b.text) or lead_title(b, lines)) for b in blocks if b.kind == "paragraph"):
        if norm(label) not in LABEL_WORDS and not (b.label and len(norm(label).split()) <= 3):  # "1. **Installation** : …", "Utilisation:" above the command, "**Démarrer en local** : `mvn …`": a title in the text
            continue
        if b.item and folder_label(label, spelled):
            continue  # ("- **docs** : la documentation du projet" in the list of the repository's folders: that folder, no chapter)
        for name in [n for n in heading_sections(label, b.line in installing, label=True) if n not in have and b.line not in aside and b.line not in journey and (norm(label) in LABEL_WORDS or n == "usage" and own_run(norm(label)) or (led_by(norm(label), n, SECTION_HEADINGS[n], RUN_WORDS)
                                                                                                                                 and (not b.step or n == "configuration" and settings_step(b, blocks, lines))))  # ("2. **Configurer l'environnement**" over `cp .env.template .env`)
                     and not (n == "deployment" and hosting_without_steps(norm(label), b.text, INSTALL_COMMAND, LOCAL_RUN))  # ("**Hébergement** : Scalingo": the place)
                     and not (n == "contact" and (records_label(norm(label), bool(b.item)) or people_without_channel(norm(label), lines[b.line - 1] if 0 < b.line <= len(lines) else b.text))) and not (n == "purpose" and label_in_other_chapter(b.line, blocks, title, heading_sections))  # ("- **Contacts Brevo** : …": a tool's contact lists; "**Fonctionnalités :**" under "## Lancer l'application": that run's)
                     and not (n == "configuration" and any(a <= b.line <= z for a, z in testing))  # ("- **Configuration** : `jest.unit.config.cjs`" under "#### Tests unitaires": the test runner's)
                     and not (n == "configuration" and (function_parameters(norm(label), blocks, b.line)
                                                            or lines[b.line - 1].lstrip().startswith("|") and norm(label) in ("parameters", "parametres")))]:  # ("Parameters:" under "### selectSource()")
            have.add(name)
            details.append({"name": name, "via": "heading", "line": b.line, "text": label[:120]})
    for b, label in ((b, labelled_command(lines[b.line - 1])) for b in blocks if b.kind == "paragraph" and 0 < b.line <= len(lines)):
        for name in [n for n in heading_sections(label, label=True) if label and n not in have and led_by(norm(label), n, SECTION_HEADINGS[n], RUN_WORDS)
                     and not (n == "configuration" and any(a <= b.line <= z for a, z in testing))]:  # (a test runner's config file named in a test chapter)
            have.add(name)  # "- Deploy webapps : `./gradlew tomcatDeploy`": the command of that task
            details.append({"name": name, "via": "sentence", "line": b.line, "text": lines[b.line - 1].strip()[:160]})
    for b, name in label_sections(blocks, lines, aside, files, heading_sections, INSTALL_COMMAND, have):  # "To install:" over `wget …/deploy_new_instance.sh`; "Lancement en ligne de commande :" over `python script.py a b`
        _ = have.add(name), details.append({"name": name, "via": "sentence", "line": b.line, "text": lines[b.line - 1].strip()[:160]})
    for name, b in step_sections(blocks, text, have) + [("usage", s) for s in [numbered_use_step(blocks, lines, have, heading_sections, INSTALL_COMMAND, DEV_TASK)] if s]:
        if name not in have:  # "## Etape 1 - …", "## Etape 2 - …": the README is the procedure; "## 0. Installation" then "## 1. Enrollment": its use
            have.add(name)
            details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
    outputs = output_chapter_lines(blocks)  # ("## Files generated": the settings a written file holds are no configuration)
    licensing = licence_chapter_lines(blocks, heading_sections) | licence_chapter_lines(blocks, heading_sections, "configuration")  # ("## Licence": "Due
    # to its usage of python library …", "### Variables d'environnement": "… sera utilisée pour l'utilisation de TLS …": no use of the project)
    anchors = frozenset(anchor_key(h.text) for h in blocks if h.kind == "heading") | frozenset(anchor_key(a) for a in _HTML_ANCHOR.findall(text[:MAX_README_BYTES]))
    licence_sentences: list[Block] = []  # (every paragraph giving the licence: a guidelines document's rules are set aside below)
    for b in blocks:
        if b.kind != "paragraph" or b.line in aside:
            continue
        sentences = _SENTENCE_SPLIT.split(b.text)
        for name in sentence_sections(b, anchors, targets, announcer(lines, blocks, b), title_words) + (["configuration"] if b.line not in outputs and (any(settings_sentence(x) or edits_settings_file(x) or edits_script_settings(x) or VARIABLES_TO_FILL.match(norm(x))
                                                                     or configurable_sentence(x) or environment_sentence(x) for x in sentences) or option_to_set(b.text)) else []) + (  # ("Variables importantes à renseigner :"; "Here is the list of environment variables you can provide")
                ["deployment"] if any(production_server_sentence(x) or served_folder_sentence(x) for x in sentences) else []):  # ("For production purpose … your vhost … (on apache or nginx)")
            licence_sentences += [b] if name == "license" else []
            if name not in have and not (name == "contact" and b.line in logins or name == "usage" and (b.line in licensing or b.line in installing and dev_use(norm(b.text))) or name == "configuration" and any(a <= b.line <= z for a, z in tests_only)):  # ("Pour l'utiliser en local, cloner ce repo …" under "## Pré-requis": a set-up step)
                have.add(name)
                details.append({"name": name, "via": "sentence", "line": b.line, "text": b.text[:160]})
    if "configuration" not in have and (hook := code_settings(blocks, lines, aside)):  # "… override the configureLdapConnection method" over
        have.add("configuration")  # `.configureLdapHost("…").configureLdapPort(389)`: a library's settings, given in code
        details.append({"name": "configuration", "via": "sentence", "line": hook.line, "text": hook.text[:160]})
    if "contact" not in have and (row := contact_row([b for b in blocks if b.line not in aside], lines)):
        have.add("contact")  # "| Author email | prenom.nom@ville.fr |" in the plugin's table: whom to write to
        details.append({"name": "contact", "via": "sentence", "line": row.line, "text": lines[row.line - 1].strip()[:160]})
    if "usage" not in have and (call := next((b for b in blocks if b.kind == "paragraph" and b.line not in aside
                                              and any(request_example(x) for x in _SENTENCE_SPLIT.split(b.text)[:20])), None)):
        have.add("usage")  # "Pour simuler un requête "GetRecords" : http://domaine.dom/xml2csw.php?request=…" (under "## Paramétrage:" too): how the service is called
        details.append({"name": "usage", "via": "sentence", "line": call.line, "text": call.text[:160]})
    if "usage" not in have and (ex := USAGE_EXAMPLE.search(text)):  # (in the raw text: the parsed paragraphs lose the backticks)
        have.add("usage")  # "exemple `script.py dossier_a_tester fichier_de_tests.json`": how the project's script is run, its arguments
        details.append({"name": "usage", "via": "sentence", "line": text.count("\n", 0, ex.start()) + 1, "text": ex.group(0)[:160]})
    if "usage" not in have and (menu := next((m for m in MENU_PATH.finditer(text[:MAX_README_BYTES]) if (n := text.count("\n", 0, m.start()) + 1) not in installing and n not in aside), None)):
        have.add("usage")  # "(ADMIN) Menu -> Paramètres -> maintenance": where the user goes in the interface
        details.append({"name": "usage", "via": "sentence", "line": text.count("\n", 0, menu.start()) + 1, "text": menu.group(0)[:160]})
    if "usage" not in have and (scenario := script_steps(blocks, lines, files, installing | aside)):
        have.add("usage")  # "Scénario classique : 1. insérer une enquête -> `comptages_txt_2_pg.py -enquete`": the steps running the project's script
        details.append({"name": "usage", "via": "sentence", "line": scenario.line, "text": scenario.text[:160]})
    if "install" not in have and (unpack := next((b for b in blocks if b.kind == "paragraph" and b.line not in aside and any(download_and_unpack(norm(x)) for x in _SENTENCE_SPLIT.split(b.text))), None)):
        have.add("install")  # "Après téléchargement de l'application et décompression de l'archive, lancer …": a desktop program's installation
        details.append({"name": "install", "via": "sentence", "line": unpack.line, "text": unpack.text[:160]})
    if "install" not in have:  # the README is a few install commands without a heading (docker build … docker run …), fenced or not
        if cmd := next(((b.line, b.text) for b in blocks if b.kind == "paragraph" and (command_paragraph(b.text) and INSTALL_COMMAND.search(b.text) or labelled_install(b.text) or install_step(b))
                    and not dev_tool_commands(b.text)),
                       None) or fenced_install_command(text, testing) or dependency_block(text) or run_sentence(blocks, lines, title, aside) or chained_commands(blocks, lines, aside):  # (or declares the dependency: `<dependency>`)
            details.append({"name": "install", "via": "sentence", "line": cmd[0], "text": cmd[1][:160]})
            have.add("install")
    if "install" not in have and (setup := setup_chapter(blocks, lines)):  # "### Dans Geoserver:" then "Créer une couche…"; "3. Ajouter
        have.add("install")  # une vue avec l'URL personnalisée du widget": the project set up in the software it runs in
        details.append({"name": "install", "via": setup[0], "line": setup[1].line, "text": setup[1].text[:120 if setup[0] == "heading" else 160]})
    if "install" not in have and (clone := clone_step([b for b in blocks if b.line not in aside], heading_sections)):
        have.add("install")  # "In order to use this datadir: * simply clone this repository * checkout the branch … * launch …": the set-up
        details.append({"name": "install", "via": "sentence", "line": clone.line, "text": clone.text[:160]})
    if local_run and "install" not in have:
        have.add("install")
        details.append({"name": "install", "via": "heading", "line": local_run.line, "text": local_run.text[:120]})
    if "install" not in have and (need := needs_sentence([b for b in blocks if b.kind == "paragraph" and b.line not in aside], lines, _SENTENCE_SPLIT)):
        have.add("install")  # "Ce script fonctionne grâce à PHP qui doit être disponible sur le poste de travail (utiliser Xampp …)": its prerequisites
        details.append({"name": "install", "via": "sentence", "line": need[0], "text": need[1][:160]})
    if "install" not in have and (load := loading_sentence([b for b in blocks if b.line not in aside], _SENTENCE_SPLIT, files)):
        have.add("install")  # "Il doit être exécuté dans une base de données précédemment créée"; "Pour exécuter les notebooks …, veuillez exécuter :" over requirements.txt
        details.append({"name": "install", "via": "sentence", "line": load[0], "text": load[1][:160]})
    if "configuration" not in have and (block := fenced_settings(text, test_chapter_lines(blocks)) or settings_files_to_add([b for b in blocks if b.line not in aside])):
        details.append({"name": "configuration", "via": "sentence", "line": block[0], "text": block[1][:160]})  # (not a manual test's variables;
        have.add("configuration")  # "Fichiers privés à ajouter :" over `./api/.env`: the settings files to give)
    if "configuration" not in have and (folder := settings_folder_sentence([b for b in blocks if b.line not in aside], _SENTENCE_SPLIT, files)):
        have.add("configuration")  # "des fichiers dans le répertoire CONFIGX-HPS permettent de configurer la base de données": the settings' folder
        details.append({"name": "configuration", "via": "sentence", "line": folder[0], "text": folder[1][:160]})
    if "usage" not in have and (example := opening_example(lines)):  # mdjs: "Example:" then the API's calls, right under the title
        details.append({"name": "usage", "via": "sentence", "line": example[0], "text": example[1][:160]})
        have.add("usage")
    if "usage" not in have and (tutorial := tutorial_document(blocks, targets, aside)):  # "The documentation on hardware [doc/ipecc.pdf]
        details.append({"name": "usage", "via": "sentence", "line": tutorial.line, "text": tutorial.text[:160]})  # … includes a tutorial"
        have.add("usage")
    if "usage" not in have and (option := option_items(blocks)):  # "- `--fichier-evaluation` : chemin vers…": how to call the tool
        details.append({"name": "usage", "via": "sentence", "line": option.line, "text": option.text[:160]})
        have.add("usage")
    first_heading = next((b for b in blocks if b.kind == "heading"), None)
    description = None if upkeep_title(title) else solution_over_context(holdings_over_definition(find_description(description_blocks(blocks, lines), first_heading is not None and first_heading is not title and (title is None or header_lines(title.text)), late_asides(lines, blocks, aside), title, described, folders, [k for k, ln in enumerate(lines, 1) if _RULE.match(ln) and k > 1 and not lines[k - 2].strip()], package), blocks, named), blocks)  # ("# Maintaining this website": none; "L'IPC est …" then "Dans ce module on trouve …": the latter)
    if fmt == "markdown" and not upkeep_title(title) and (front := front_matter_description(text)) and front_description(front[0]):
        description = {"text": front[0][:300] if len(front[0]) <= 300 else front[0][:300].rsplit(" ", 1)[0].rstrip(" ,;:") + "…",
                       "line": front[1], "first": True}  # (a GitBook or Jekyll page's "description:" in its front matter: what the page, the project, is)
    if not (description and description["first"]) and title is not None and title.kind == "heading" and describing_title(title):
        description = {"text": title.text[:300], "line": title.line, "first": True}  # the title says what it is; what follows are its chapters
    background = next((d for d in details if d["name"] == "purpose" and d["via"] == "heading" and _BACKGROUND.fullmatch(norm(d["text"]))), None)
    if background and description and description["first"] and description["line"] < background["line"]:
        _ = details.remove(background), have.discard("purpose")  # "## Contexte" (who launched it, why) after the opening sentence that says what it does
    overview = next((d for d in details if d["name"] == "purpose" and d["via"] == "heading" and _other_chapter_part(d["line"], blocks, title)), None)
    if overview and description and description["first"] and description["line"] < overview["line"]:
        _ = details.remove(overview), have.discard("purpose")  # "## Vue d'ensemble du processus" under "# Anonymisation et export": that chapter's overview
    if "purpose" not in have and (src := (description if description["first"] or mission_line(description["text"]) or any(h.line in described and h.line < description["line"] for h in blocks if h.kind == "heading") else None) if description else about_line(blocks, aside)):  # ("Notre mission : …" under a later chapter; "À propos du X : <…/a-propos>")
        details.append({"name": "purpose", "via": "sentence", "line": src["line"], "text": src["text"][:160]})
        have.add("purpose")
    guidelines = guidelines_document(title.text if title is not None and (title.kind == "heading" or len(title.text.split()) <= 10) else "",
                                     (description or {}).get("text") or "")
    rules = {b.line for b in licence_sentences if guidelines and guidelines_licence_rule(b.text)}
    for d in [d for d in details if d["name"] == "license" and d["via"] == "sentence" and d["line"] in rules]:
        details.remove(d)  # (a governance charter's "Operating as free software under the MIT license": the governed project's, not the charter's)
        have.discard("license")
        own = next((b for b in licence_sentences if b.line not in rules), None)  # ("Le contenu de ce dépôt est publié sous licence…")
        if own is not None:
            have.add("license")
            details.append({"name": "license", "via": "sentence", "line": own.line, "text": own.text[:160]})
    paragraphs = [b.text for b in everything if b.kind == "paragraph" and not b.badge_only and not b.code and not b.generated and not command_paragraph(b.text) and not labelled_install(b.text) and not sql_paragraph(b.text) and not figure_cell(b, written)]
    lang = identify_languages(paragraphs)
    out = {
        "path": path,
        "format": fmt,
        "words": len(prose(" ".join(b.text for b in everything if not sql_paragraph(b.text))).split()),  # (unfenced SQL is no prose)
        "language": lang["language"],
        "languages": lang["languages"],
        "sections": [s for s in SECTION_ORDER if s in have],
        "section_details": sorted(details, key=lambda d: SECTION_ORDER.index(d["name"])),
        "headings": [{"level": b.level, "text": b.text[:120], "line": b.line} for b in blocks if b.kind == "heading"][:200],
        "description": description, "served_runs": served,  # (run chapters dropped that serve the project's API and query it: readme_served)
        # (the title as a heading, or as a short first line typed without one: "Governance Proposal ( 2024 )")
        "guidelines": guidelines,
        "template": template,
        "release_chapters": releases[:20],
        # links to a file of the repository that is not there ("[INSTALL.md](INSTALL.md)" with no INSTALL.md): broken, they give no section
        "dead_links": list({(b.line, u): {"line": b.line, "target": u[:200]} for b in blocks for u, _ in b.links if u and targets.missing(u)}.values())[:20],
        "truncated": truncated,
    }
    out.update(find_signals(blocks))
    if untouched_template(out):  # (a framework's README left as it is: its chapters, "Getting Started", "Options:" of `rails console`,
        out["sections"], out["section_details"], out["description"] = [], [], None  # and its opening lines are the framework's)
        # (but a generator's note in its export, qgis2web's: its steps to open and publish the export are this export's)
        if note := export_note_sections(out["template"]["framework"], everything):
            out["sections"], out["section_details"] = list(dict.fromkeys(d["name"] for d in note)), note
    return out


@fact("readme", version=259)
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

    files = None if ctx.snapshot.truncated else ctx.snapshot.files  # (a listing cut short: a file not listed may be there)
    from auditor.facts import FactError

    try:  # (a UI template copied at the root, the application built inside it: AdminLTE's README is AdminLTE's)
        ui = (ctx.fact("inventory") or {}).get("ui_template") if "/" not in path else None
    except FactError:
        ui = None
    copied = (ui["title"], ui["name"]) if ui else ()
    out = {**analyse(text, path, files, getattr(getattr(ctx, "target", None), "name", None), copied, declared_commands(ctx.snapshot)), "draft_lines": [line for line, _ in find_markers(text, limit=20, markers=TEXT_MARKERS)]}
    # the sections the README gives by pointing to another document of the repository (its backend's README, the guide behind a
    # documentation index, the CONTRIBUTING.md its chapter links): the report's sections are "in the README or a document it points
    # to", the README's own first (an untouched framework template's links are the framework's: none)
    linked = [] if untouched_template(out) else (ctx.fact("readme_linked_sections") or {}).get("sections") or []
    sources = {name: path for name in out["sections"]}
    for d in linked:
        sources.setdefault(d["name"], d["path"])
    out["sections"] = [name for name in SECTION_ORDER if name in sources]
    out["section_sources"] = {name: sources[name] for name in out["sections"]}
    return out
