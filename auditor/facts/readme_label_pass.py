"""The readme fact's second pass: the sections given by a label in the text and by sentences (:func:`auditor.facts.readme.analyse`).

A label in the text is a title ("1. **Installation** : …", "Utilisation:" above the command, "- Deploy webapps : `./gradlew …`");
numbered step headings make the README a procedure; a sentence gives the instructions or points to the document that holds them
("installation : voir INSTALL.md"), or names the settings to give. Each fills the sections the headings did not give. Split out of
readme.py (issue 12, s40 fc40).
"""

from __future__ import annotations

import re

from auditor.facts.document import MAX_README_BYTES, Block, norm
from auditor.facts.readme_announced import announcer
from auditor.facts.readme_chapters import DEV_TASK, LOCAL_RUN, function_parameters, install_chapter_lines, licence_chapter_lines
from auditor.facts.readme_contact import login_lines
from auditor.facts.readme_cues import INSTALL_COMMAND, VARIABLES_TO_FILL, folder_label
from auditor.facts.readme_environment import environment_sentence, option_to_set, variables_with_defaults
from auditor.facts.readme_forms import STEP_HEADING, lead_title, led_by, title_line
from auditor.facts.readme_headings import LABEL_WORDS, RUN_WORDS, SECTION_HEADINGS, heading_sections, own_run
from auditor.facts.readme_labels import label_sections
from auditor.facts.readme_lookalikes import feature_list_lines, records_label
from auditor.facts.readme_places import label_in_other_chapter
from auditor.facts.readme_qualifiers import dev_use
from auditor.facts.readme_reading import Reading
from auditor.facts.readme_roles import labelled_command, people_without_channel, settings_sentence
from auditor.facts.readme_sentences import _SENTENCE_SPLIT, anchor_key, sentence_sections
from auditor.facts.readme_shapes import edits_script_settings, edits_settings_file, output_chapter_lines, settings_step, test_chapter_lines
from auditor.facts.readme_steps import hosting_without_steps, numbered_use_step
from auditor.facts.readme_uses import configurable_sentence, production_server_sentence, served_folder_sentence
from auditor.lazyre import lazy_compile

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


def _label(b: Block, lines: list[str]) -> str | None:
    if b.label and (len(b.text) > len(b.label) + 3 or b.text == b.label):
        return b.label
    return title_line(b.text) or lead_title(b, lines)


def _label_names(r: Reading, b: Block, label: str, have: set[str], lines_of: dict) -> list[str]:
    """The sections a paragraph's label gives, not yet found."""
    blocks, lines, title = r.blocks, r.lines, r.title
    installing, journey, testing = lines_of["installing"], lines_of["journey"], lines_of["testing"]
    key = norm(label)
    names = []
    for n in heading_sections(label, b.line in installing, label=True):
        if n in have or b.line in r.aside or b.line in journey:
            continue
        # ("2. **Configurer l'environnement**" over `cp .env.template .env`)
        if not (key in LABEL_WORDS or n == "usage" and own_run(key)
                or (led_by(key, n, SECTION_HEADINGS[n], RUN_WORDS) and (not b.step or n == "configuration" and settings_step(b, blocks, lines)))):
            continue
        if n == "deployment" and hosting_without_steps(key, b.text, INSTALL_COMMAND, LOCAL_RUN):
            continue  # ("**Hébergement** : Scalingo": the place)
        # ("- **Contacts Brevo** : …": a tool's contact lists; "**Fonctionnalités :**" under "## Lancer l'application": that run's)
        line = lines[b.line - 1] if 0 < b.line <= len(lines) else b.text
        if n == "contact" and (records_label(key, bool(b.item)) or people_without_channel(key, line)):
            continue
        if n == "purpose" and label_in_other_chapter(b.line, blocks, title, heading_sections):
            continue
        if n == "configuration" and any(a <= b.line <= z for a, z in testing):
            continue  # ("- **Configuration** : `jest.unit.config.cjs`" under "#### Tests unitaires": the test runner's)
        if n == "configuration" and (function_parameters(key, blocks, b.line)
                                     or lines[b.line - 1].lstrip().startswith("|") and key in ("parameters", "parametres")):
            continue  # ("Parameters:" under "### selectSource()")
        names.append(n)
    return names


def label_pass(r: Reading) -> tuple[set[str], set[int], list[tuple[int, int]]]:
    """The sections given by labels, labelled commands and numbered steps: (the sections found so far, the lines of install chapters,
    the spans of test chapters)."""
    blocks, lines, details = r.blocks, r.lines, r.details
    have = {d["name"] for d in details}
    installing, journey = install_chapter_lines(blocks, heading_sections, r.title), feature_list_lines(blocks, heading_sections)
    testing = test_chapter_lines(blocks)  # (the test run's settings: "### Tester")
    lines_of = {"installing": installing, "journey": journey, "testing": testing}
    for b in blocks:
        if b.kind != "paragraph":
            continue
        label = _label(b, lines)
        # "1. **Installation** : …", "Utilisation:" above the command, "**Démarrer en local** : `mvn …`": a title in the text
        if norm(label) not in LABEL_WORDS and not (b.label and len(norm(label).split()) <= 3):
            continue
        if b.item and folder_label(label, r.spelled):
            continue  # ("- **docs** : la documentation du projet" in the list of the repository's folders: that folder, no chapter)
        for name in _label_names(r, b, label, have, lines_of):
            have.add(name)
            details.append({"name": name, "via": "heading", "line": b.line, "text": label[:120]})
    for b in blocks:
        if b.kind != "paragraph" or not 0 < b.line <= len(lines):
            continue
        label = labelled_command(lines[b.line - 1])
        # (not a test runner's config file named in a test chapter)
        for name in [n for n in heading_sections(label, label=True) if label and n not in have and led_by(norm(label), n, SECTION_HEADINGS[n], RUN_WORDS)
                     and not (n == "configuration" and any(a <= b.line <= z for a, z in testing))]:
            have.add(name)  # "- Deploy webapps : `./gradlew tomcatDeploy`": the command of that task
            details.append({"name": name, "via": "sentence", "line": b.line, "text": lines[b.line - 1].strip()[:160]})
    # "To install:" over `wget …/deploy_new_instance.sh`; "Lancement en ligne de commande :" over `python script.py a b`
    for b, name in label_sections(blocks, lines, r.aside, r.files, heading_sections, INSTALL_COMMAND, have):
        have.add(name)
        details.append({"name": name, "via": "sentence", "line": b.line, "text": lines[b.line - 1].strip()[:160]})
    steps = step_sections(blocks, r.text, have)
    use_step = numbered_use_step(blocks, lines, have, heading_sections, INSTALL_COMMAND, DEV_TASK)
    for name, b in steps + ([("usage", use_step)] if use_step else []):
        if name not in have:  # "## Etape 1 - …", "## Etape 2 - …": the README is the procedure; "## 0. Installation" then "## 1. Enrollment": its use
            have.add(name)
            details.append({"name": name, "via": "heading", "line": b.line, "text": b.text[:120]})
    return have, installing, testing


def _configuration_sentence(b: Block, sentences: list[str]) -> bool:
    """("Variables importantes à renseigner :"; "Here is the list of environment variables you can provide")"""
    return any(settings_sentence(x) or edits_settings_file(x) or edits_script_settings(x) or VARIABLES_TO_FILL.match(norm(x))
               or configurable_sentence(x) or environment_sentence(x) for x in sentences) or bool(option_to_set(b.text)) \
        or variables_with_defaults(b.text)  # ("The environment variable `APP_HOST` … (default: `localhost:8080`)")


def sentence_pass(r: Reading, have: set[str], installing: set[int]) -> list[Block]:
    """The sections given by sentences; returns every paragraph giving the licence (a guidelines document's rules are set aside later)."""
    blocks, lines, text = r.blocks, r.lines, r.text
    tests_only, logins = test_chapter_lines(blocks, heading_sections), login_lines(blocks)  # (a default account's e-mail: no contact)
    outputs = output_chapter_lines(blocks)  # ("## Files generated": the settings a written file holds are no configuration)
    # ("## Licence": "Due to its usage of python library …", "### Variables d'environnement": "… sera utilisée pour l'utilisation
    # de TLS …": no use of the project)
    licensing = licence_chapter_lines(blocks, heading_sections) | licence_chapter_lines(blocks, heading_sections, "configuration")
    anchors = (frozenset(anchor_key(h.text) for h in blocks if h.kind == "heading")
               | frozenset(anchor_key(a) for a in _HTML_ANCHOR.findall(text[:MAX_README_BYTES])))
    licence_sentences: list[Block] = []
    for b in blocks:
        if b.kind != "paragraph" or b.line in r.aside:
            continue
        sentences = _SENTENCE_SPLIT.split(b.text)
        names = sentence_sections(b, anchors, r.targets, announcer(lines, blocks, b), r.title_words)
        names += ["configuration"] if b.line not in outputs and _configuration_sentence(b, sentences) else []
        # ("For production purpose … your vhost … (on apache or nginx)")
        names += ["deployment"] if any(production_server_sentence(x) or served_folder_sentence(x) for x in sentences) else []
        for name in names:
            licence_sentences += [b] if name == "license" else []
            # ("Pour l'utiliser en local, cloner ce repo …" under "## Pré-requis": a set-up step)
            if name in have or name == "contact" and b.line in logins \
                    or name == "usage" and (b.line in licensing or b.line in installing and dev_use(norm(b.text))) \
                    or name == "configuration" and any(a <= b.line <= z for a, z in tests_only):
                continue
            have.add(name)
            r.details.append({"name": name, "via": "sentence", "line": b.line, "text": b.text[:160]})
    return licence_sentences
