"""The readme fact's first pass: the sections its headings give (:func:`auditor.facts.readme.analyse`).

Each heading is read with its chapter's text and the headings it sits under (a stack of (level, sections)): a heading names a
section, or its chapter's text makes it one (a run of the project's commands, a publication, a contributors' guide…), and the
rules of the chapter's shapes take back what only looks like one. Fills the :class:`~auditor.facts.readme_reading.Reading`'s
details, described chapters, release chapters, local run and served runs. Split out of readme.py (issue 12, s40 fc40).
"""

from __future__ import annotations

from auditor.facts.doc_placeholders import placeholder_lines
from auditor.facts.document import norm
from auditor.facts.readme_chapters import (DEV_TASK, LOCAL_RUN, TODO_NOTE, USE_CASES, caution_only, chapter_body, chapter_marks,
                                           developer_tasks_chapter, local_run_chapter, refine_chapter, says_nothing, section_text, setup_step)
from auditor.facts.readme_contact import EMAIL_RE, address, contact_named, credits_list, people_chapter, people_list
from auditor.facts.readme_person_placeholder import name_label_heading, person_placeholder
from auditor.facts.readme_cues import INSTALL_COMMAND, TEMPLATE_ONLY_HEADINGS, code_path_heading, folder_heading
from auditor.facts.readme_environment import settings_table, variables_chapter, variables_table
from auditor.facts.readme_forms import another_subject, led_by
from auditor.facts.readme_guides import (change_requests, contributing_chapter, contribution_workflow, package_calls, project_work_heading,
                                         proposes_changes, resource_fields, tool_guides)
from auditor.facts.readme_headings import HEADING_WORDS, RUN_WORDS, SECTION_HEADINGS, heading_sections, named_later, run_only
from auditor.facts.readme_licence import licence_chapter
from auditor.facts.readme_line_kinds import BUILD_CHAPTER
from auditor.facts.readme_lookalikes import (app_requests_chapter, container_chapter, contributor_rules, feature_contact, local_production_run,
                                             notebook_launch, others_examples, page_feature, production_chapter, release_procedure,
                                             reusers_chapter, source_chapter)
from auditor.facts.readme_own_commands import own_commands_chapter
from auditor.facts.readme_places import folder_map
from auditor.facts.readme_presentation import presentation_chapter
from auditor.facts.readme_prose_chapters import document_contribution
from auditor.facts.readme_qualifiers import another_products_docs, dev_use
from auditor.facts.readme_reading import Reading
from auditor.facts.readme_roles import (content_not_contributing, developer_records, framework_boilerplate, help_without_channel, name_heading,
                                        publication_chapter, users_not_usage, without_name)
from auditor.facts.readme_shapes import description_chapter, settings_only_chapter, template_chapter
from auditor.facts.readme_steps import _TEST_RUNNER as TEST_RUNNER, chapter_sections, working_chapter
from auditor.facts.readme_uses import (aims_only, embed_chapter, interface_steps, own_text, process_chapter, route_tables, run_steps,
                                       screenshot_steps, script_runs, served_run, service_jobs, task_calls, test_runs, upkeep_chapter)
from auditor.facts.readme_views import runs_declared, view_table
from auditor.facts.readme_words import DOC_FILE_SECTIONS, SPDX_LIKE
from auditor.facts.release_pages import release_notes_heading
from auditor.lazyre import lazy_compile

# ("# Generate consolidated files")
_MAKES = lazy_compile(r"(?:\d+ )*(?:generate|generating|generer|generez|generation|produce|produire|compute|calculer)\b")
_HEADING_LINK = lazy_compile(r"\]\(\s{0,5}<?([^)\s<>]{1,300})")  # a heading's link target: "# [Contributing](CONTRIBUTING.md)"


def named_use(heading: str) -> bool:
    """The heading names the use itself ("Utilisation de l'API", "Usage", "How to use"), not commands or a run."""
    # ("Use cases": who uses it, where)
    return led_by(norm(heading), "usage", SECTION_HEADINGS["usage"], RUN_WORDS) and not USE_CASES.match(norm(heading))


def _first_detail(details: list[dict], name: str) -> dict:
    return next(d for d in details if d["name"] == name and d["via"] == "heading")


# A heading naming a local copy ("Activation manuelle (développement local)", "Enable it locally") under a Configuration chapter, over
# code that only sets a value (`export FORCE_DELETE_ENABLED=true`, `java -jar app.jar -DFORCE_DELETE_ENABLED=true`): one setting turned
# on in a local copy, no installation (issue 12, s40 fq40 = ansforge/psc-secpsc-api)
_LOCAL_WORDS = lazy_compile(r"\b(?:developpement local|local development|en local|locally|local|localement)\b")
_SETS_VALUE = lazy_compile(r"(?:^|\s)(?:-D)?[A-Za-z_][\w.]*=\S")
_GUIDE = lazy_compile(r"\b(?:guides?|manual|manuel|documentation|notes)\b")  # a heading naming a guide ("Developer guide")
_FENCE_LINE = lazy_compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")


# A heading that only names a part of the project (its API, front end, back end, worker): under an installation chapter ("## Développement"
# > "### API" over cd api, uv sync, uvicorn … --reload: a local copy of that part started), it is that part's set-up, as a run heading
# there is (issue 12, s44 fd44 = incubateur-ademe/plusfraisautravail)
_PART_ONLY = lazy_compile(r"^(?:\d+ )*(?:l |the |le |la )?(?:api|apis|back ?end|front ?ends?|serveur|server|client|worker|cms|web|app|application)$")


# (a sub-chapter of a build chapter, readme_line_kinds.BUILD_CHAPTER, is no use unless its heading names the use: "### Usage")
_NAMED_USAGE = lazy_compile(r"\b(?:usage|utilisation|how to use|mode d emploi)\b")


def local_setting_chapter(heading: str, body: str, stack) -> bool:
    """The chapter's heading gives install by its words of a local copy alone, it sits under a Configuration chapter (none of
    installation), and its code lines (one at least) each set a value, none installing."""
    if not any("configuration" in s for _, s in stack) or any("install" in s or "deployment" in s for _, s in stack) \
            or "install" in heading_sections(_LOCAL_WORDS.sub(" ", heading)):
        return False
    code, fence = [], False
    for line in body.split("\n")[:400]:
        if _FENCE_LINE.match(line):
            fence = not fence
        elif fence and line.strip() and not line.lstrip().startswith("#"):
            code.append(line)
    return bool(code) and all(_SETS_VALUE.search(ln) and not INSTALL_COMMAND.search(ln) for ln in code)


def _parent_text(lines: list[str], blocks: list, i: int) -> str:
    """The own text of the heading enclosing ``blocks[i]`` (the nearest one above it of a lower level), or ""."""
    level = blocks[i].level or 1
    j = next((k for k in range(i - 1, -1, -1) if blocks[k].kind == "heading" and (blocks[k].level or 1) < level), None)
    return "" if j is None else own_text(lines, blocks, j)


def heading_pass(r: Reading) -> None:
    """The sections of the README's headings, into ``r.details`` (one detail per section, the best-named heading)."""
    lines, blocks, title, named, title_words, aside, folders = r.lines, r.blocks, r.title, r.named, r.title_words, r.aside, r.folders
    targets, files, package, commands, template, suite = r.targets, r.files, r.package, r.commands, r.template, r.suite
    described, details, seen, releases, local_run, served = r.described, r.details, r.seen, r.releases, r.local_run, r.served
    stack: list[tuple[int, list[str]]] = []  # enclosing headings (level, sections)
    first_level = [b for b in blocks if b.kind == "heading" and (b.level or 1) == 1][:2]
    first_index = next((i for i, b in enumerate(blocks) if b.kind == "heading"), -1)
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        sibling = []  # the sections of the previous heading at this level, under the same parent
        while stack and stack[-1][0] >= (b.level or 1):
            lvl, popped = stack.pop()
            sibling = popped if lvl == (b.level or 1) else sibling
        under_install = any("install" in s or "deployment" in s for _, s in stack)
        credits = any("contact" in s for _, s in stack)  # ("### Production" under "## Crédits")
        heading, body = norm(b.text), section_text(lines, blocks, i)  # (read once: every rule below judges the chapter by both)
        skipped = ((template and template_chapter(heading, body, TEMPLATE_ONLY_HEADINGS)) or b is title or b.line in aside
                   or framework_boilerplate(heading, body) or folder_heading(b.text, folders)
                   # ("# Documentation" then "...": a chapter announced and never written, no section; issue 12, s45 fd45)
                   or placeholder_lines(body))
        worded = b.text if code_path_heading(b.text) else without_name(b.text, title, HEADING_WORDS)
        secs = [] if skipped else heading_sections(worded, under_install, credits)
        if (not skipped and under_install and "usage" not in secs and own_commands_chapter(body, files, package)
                and "usage" in heading_sections(worded, False, credits)):
            # ("### Commandes disponibles" under "## Installation" over `vegestrate-pipeline --checkpoint …`: the project's commands, its use)
            secs = secs + ["usage"]
        if name_heading(b, title):
            # ("# API Entreprise" in the README of "# Website for API Entreprise": what it presents, its text the description)
            secs, _ = ["purpose"], described.add(b.line)
        # ("## 3. Publication"; "## En prod" over "L'application est déployée sur Scalingo"; "### Ajout de fonctionnalités": a branch,
        # then a pull request; "## The BuildProject resource": its fields commented; "### Variable d'environnement" over the names
        # read; "## How to improve Wilco": the contributors' guide)
        secs = (project_work_heading(heading, named)
                or (["deployment"] if set(secs) <= {"install"} and container_chapter(heading, body) else secs)
                or (["deployment"] if publication_chapter(heading, body) or production_chapter(heading, body) or container_chapter(heading, body)
                    else ["contributing"] if contributor_rules(heading, body) or contribution_workflow(body)
                    else ["configuration"] if resource_fields(heading, body) or variables_chapter(b.text, own_text(lines, blocks, i))
                    else []))
        if "install" in secs and local_setting_chapter(heading, body, stack):
            # ("#### Activation manuelle (développement local)" under "## Configuration" over `export FORCE_DELETE_ENABLED=true`)
            secs = list(dict.fromkeys("configuration" if n == "install" else n for n in secs))
        # ("Functions included in the module", "Développement" without a command)
        secs = chapter_sections(secs, heading, body, INSTALL_COMMAND, LOCAL_RUN, SECTION_HEADINGS["install"])
        # ("## Embarquer la page en iframe": how host sites use it)
        secs = ["usage"] if set(secs) <= {"install"} and b is not title and embed_chapter(heading, body) else secs
        # (the title, "# theses-docker": no chapter; "# Retrieve package and develop": "… propose modifications of the code";
        # "## Pratique de l'équipe": "Les modifications … doivent passer par des PR")
        secs = ([] if b is title
                else secs + ["contributing"] if "contributing" not in secs and (
                    proposes_changes(body) or not set(secs) - {"contact"} and change_requests(own_text(lines, blocks, i))
                    and not contributing_chapter(blocks, lines, title, heading_sections))
                else secs)
        own_use = False  # (the chapter's use read from its commands, not from its heading's words)
        # ("## Tools": each tool's guide linked; "# Mise à jour du cache" over the seeding command: the service operated)
        if not secs and b is not title and not any(s for _, s in stack) and not TODO_NOTE.match(heading) and (
                route_tables(body) or view_table(heading, body) or interface_steps(own := own_text(lines, blocks, i)) or screenshot_steps(own)
                or runs_declared(own, commands)
                or run_steps(own, INSTALL_COMMAND, TEST_RUNNER, DEV_TASK, LOCAL_RUN, 2 if _MAKES.match(heading) else 3) or service_jobs(own)
                or tool_guides(heading, blocks, i, targets) or upkeep_chapter(heading, own, INSTALL_COMMAND)
                or script_runs(lines, blocks, i, files, heading_sections) or process_chapter(heading, body) or suite and test_runs(body)
                or task_calls(own_text(lines, blocks, i), files) or package_calls(lines, blocks, i, heading_sections, package)):
            # ("## Airflow": "accéder à l'interface Web sur http://127.0.0.1:8080 et lancer les DAGs"; "# Generate consolidated files":
            # "1. … input files", "2. Launch the command `clj -M:run`"; "## Routes" over route tables; "#### Adding an entry": "1. Click
            # *Add row*"; "4. Run the script" `npm run csv-to-cboard`)
            secs = ["usage"]
        elif not secs and b is not title and not skipped and not under_install and any("run" in s for _, s in stack) \
                and own_commands_chapter(body, files, package):
            # ("### Production de données" under "## Lancer le code", a local copy started: python -m tasks.sync, python -m
            # tasks.check_website [SIRET | URL], the project's own commands with their arguments, its use; s44 fd44 = suitenumerique/st-home)
            secs, own_use = ["usage"], True
        # ("Qu'est-ce que le Markdown ?"; "## Utilisations de l'API" over "… est utilisée par …": its reusers; "## Overview" over the
        # folders' list; "### Documentation de FranceConnect": the provider's; "## Objectifs et usages": aims; "… des pull requests
        # Github": "l'app génère des pull requests"; "Lancer l'app localement en mode production")
        secs = [n for n in secs if n not in another_subject(heading, named)
                and not (n == "usage" and (reusers_chapter(heading, body) or source_chapter(heading, body) or others_examples(heading, body)))
                and not (n == "usage" and presentation_chapter(heading, own_text(lines, blocks, i)))  # ("## Documentation" / "Notre solution …")
                and not (n == "purpose" and folder_map(body, folders))
                and not (n == "usage" and (another_products_docs(b.text, title_words, body) or "purpose" in secs and aims_only(body)))
                and not (n == "contributing" and app_requests_chapter(body))
                and not (n == "deployment" and local_production_run(heading, body, SECTION_HEADINGS[n]))]
        if not skipped and presentation_chapter(heading, own_text(lines, blocks, i)):  # (that chapter says what the project is: its purpose,
            secs, _ = list(dict.fromkeys(secs + ["purpose"])), described.add(b.line)  # its text the description wherever it stands; s44 fl44)
        if "deployment" in secs and notebook_launch(body):
            # ("## Déploiement à partir du SSP Cloud": the chapters opened as one's own notebook in one click: how the course is used)
            secs = list(dict.fromkeys("usage" if n == "deployment" else n for n in secs))
        if "deployment" in secs and release_procedure(heading, body, SECTION_HEADINGS["deployment"]):
            # ("### Release procedure": `mvn release:prepare`, a tag pushed: the maintainers' release, no install step)
            releases.append(b.line)
        # ("## Usage" over copying config.example.js and setting a key: the settings)
        secs = list(dict.fromkeys("configuration" if n == "usage" and settings_only_chapter(blocks, i, body) else n for n in secs))
        if "usage" in secs and run_only(heading) and not working_chapter(heading, body) and description_chapter(blocks, i, title, body) \
                and not tool_guides(heading, blocks, i, targets):
            # ("## Run τ-Argus from R" over "The rtauargus package provides…": its description; not a list of tools linking their guides)
            secs, _ = list(dict.fromkeys("purpose" if n == "usage" else n for n in secs)), described.add(b.line)
        part = bool(_PART_ONLY.match(heading)) and any("install" in s for _, s in stack)  # ("### API" under "## Développement")
        if run := "usage" in secs and not own_use and (run_only(heading) or dev_use(heading) or part) and not service_jobs(own_text(lines, blocks, i)) \
                and not route_tables(body) and (developer_tasks_chapter(blocks, i) or local_run_chapter(lines, blocks, i)
                                                or any("run" in s for _, s in stack) or setup_step(b, sibling, stack)):  # (and sub-chapters)
            # "## Commands" of build, test and lint commands, "## Lancement" (or "## Development usage") of a local server: no use of
            # the project (unless it then runs the service's jobs in its interface: "accéder à l'interface Web … et lancer les DAGs",
            # or lists the API's routes in a table)
            secs.remove("usage")
            # (with no installation, how to start a copy; and the chapters serving the project's API, readme_served)
            local_run = local_run or (not any(s for _, s in stack) and local_run_chapter(lines, blocks, i) and b)
            if not any("run" in s for _, s in stack) and len(served) < 5 and (how := served_run(lines, blocks, i, commands)):
                served.append({"line": b.line, "text": b.text[:120], "how": how})
        guide = bool(_GUIDE.search(heading))  # (a "Developer guide" is a guide whatever its list: no contact by the two rules below)
        secs = ["contact" if n == "contributing" and people_list(body) and not guide else n for n in secs]  # ("Contributing" over the maintainers' addresses)
        if "contact" not in secs and not skipped and b is not title and people_chapter(heading, body):
            secs = secs + ["contact"]  # ("## Developers" over "- Name (name@…)": whom to write to)
        if "contributing" in secs and credits_list(body) and not guide:
            # ("## Contributions": "Maintainer: Name <address>", "- Name [aut]": who made it, whom to write to)
            secs = list(dict.fromkeys(n for n in ("contact" if n == "contributing" else n for n in secs) if n != "contact" or address(body)))
        if "configuration" not in secs and not skipped and b is not title and (variables_table(own := own_text(lines, blocks, i))
                                                                             or settings_table(own, _parent_text(lines, blocks, i))):
            # ("## Déploiement" over "| Variable d'environnement | Valeur par défaut |": its settings too; "#### Onboarding" over "| Champs |
            # Requis | Description | Valeur par défaut |" under "## Les modules", set "dans les fichiers yaml")
            secs = secs + ["configuration"]
        # ("Nouveautes 1.4.0 : plus d'options": a release's notes, no section; "### Fonctionnalités spécifiques" under "## Structure
        # du projet", "### Déploiement" under "## Documentation")
        refine_chapter(secs := [] if release_notes_heading(b.text) else secs, stack, heading, blocks, i)
        if "usage" in secs and any("build" in s for _, s in stack) and not _NAMED_USAGE.search(heading):
            secs.remove("usage")  # ("ii. Using command line scripts" under "2. Compile project": the build's way)
        # (a README opening on its one first-level heading as a chapter, "# Installation" over pip install, then "## Commandes":
        # no title above, the chapters below are its siblings, not its steps; s35 h35 = PnX-SI/api2GN)
        opening = title is None and len(first_level) == 1 and b is first_level[0] and i == first_index
        stack.append((99 if opening else b.level or 1, secs + chapter_marks(heading) + (["run"] if run else []) + (["build"] if BUILD_CHAPTER.match(heading) else [])))
        _heading_details(r, b, i, secs, stack)
    r.local_run = local_run


def _heading_details(r: Reading, b, i: int, secs: list[str], stack) -> None:
    """The details of one heading's sections (its chapter must say something), or a better-named heading for a section found."""
    lines, blocks, targets, details, seen = r.lines, r.blocks, r.targets, r.details, r.seen
    # (a last "## [License Apache-2.0](./LICENSE)" says it alone; an empty chapter before another, "## Comment utiliser" then
    # "## Credits", or a higher one, "# Project Information")
    body = (chapter_body(lines, blocks, i) if secs else "") or (b.text if secs == ["license"] and SPDX_LIKE.search(b.text) else "")
    nxt = next((h for h in blocks[i + 1:] if h.kind == "heading" and (h.level or 1) <= (b.level or 1)), None)
    linked = [n for n in secs if n in DOC_FILE_SECTIONS and any(DOC_FILE_SECTIONS[n].search(u.split("#")[0].rstrip("/")) and not targets.missing(u)
                                                                for u in _HEADING_LINK.findall(lines[b.line - 1]))]  # (to a file that is there)
    secs = [n for n in secs if not (n in ("install", "deployment") and caution_only(body))]  # ("## Installation" over one "Attention : …")
    says = (body.strip() or not (nxt is None or (nxt.level or 1) < (b.level or 1) or heading_sections(nxt.text))) and not says_nothing(body) \
        and not person_placeholder(body)  # (Author:: YOUR_NAME (<YOUR_EMAIL>): nobody named, s40 fo40)
    # (an empty "## Déployer dans ent-core" over its sibling "## Configuration", the module declared in the platform's settings and its
    # proxy route: the deployment's steps, s42 fi42 = OPEN-ENT-NG/timeline-generator; an empty one before another chapter says nothing)
    steps = ["deployment"] if "deployment" in secs and not says and nxt is not None and (nxt.level or 1) == (b.level or 1) and not body.strip() \
        and heading_sections(nxt.text) == ["configuration"] and not says_nothing(nxt_body := chapter_body(lines, blocks, blocks.index(nxt))) \
        and nxt_body.strip() else []
    for name in secs if says else steps or linked:  # ("# [Contributing](CONTRIBUTING.md)" alone: the guide it links)
        heading = norm(b.text)
        # a heading left empty ("# Licence" then "# Comment contribuer"); "# Crédits" thanking providers, nobody to reach; "## License"
        # over `make license-check` alone, "## Les droits dans l'application" (user roles): no licence named; "## Aide" over `outil
        # --help`; "### Contact multisites (calendrier ZCal)", "### Support" over "La page de support permet …": the app's feature,
        # the site's page
        if name in ("license", "contact") and not (name in linked and not body.strip()) and (
                not body.strip()
                or (name == "contact" and heading in ("credits", "credit") and not EMAIL_RE.search(body))
                or (name == "license" and not licence_chapter(heading, body))
                or (name == "contact" and (help_without_channel(heading, body) or feature_contact(heading, body) or page_feature(body)
                                           or name_label_heading(heading, body)))):  # ("## Nom de l'équipe" left unfilled, s41 fi41)
            continue
        # ("## Documentation" over ADRs, specs and the developers' internal docs; "## Utilisation" over who uses it; "Pourquoi
        # contribuer" over sharing courses)
        # ("Puis-je écrire un Post-Mortem et comment contribuer ?" over copying the post-mortem template: those documents')
        if name == "usage" and (developer_records(heading, body) or users_not_usage(body)) \
                or name == "contributing" and (content_not_contributing(body) or document_contribution(b.text, body)):
            continue
        if (name, "heading") not in seen:
            seen.add((name, "heading"))
            details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
            continue
        first = _first_detail(details, name)
        # "## Commandes utiles" (operators' commands) then "# Utilisation de l'API": the chapter named so, above; "## Cas d'usage" (the
        # services reusing it) then "## Utilisation": the use itself, at its level; "## Auteurs" then "## Contact"; "## Build for
        # production" then "## Install and run app"
        if name == "usage" and not named_use(first["text"]) and named_use(b.text):
            level = next((h.level or 1) for h in blocks if h.kind == "heading" and h.line == first["line"])
            if (b.level or 1) < level or (b.level or 1) == level and USE_CASES.match(norm(first["text"])):
                first.update(line=b.line, text=b.text[:120])
                continue
        if name == "contact" and contact_named(first["text"], b.text) or named_later(name, first, b, blocks):
            first.update(line=b.line, text=b.text[:120])
