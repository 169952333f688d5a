"""The readme fact's last pass: the shapes that give a section no heading or sentence gave (:func:`auditor.facts.readme.analyse`).

Tried in a fixed order, each only while its section is still missing: a library's settings given in code, a contact in a plugin's
table, a request example, a menu path, the steps running the project's script, install commands without a heading, a set-up in
the software the project runs in, prerequisites, the settings files to give, an example under the title… Split out of readme.py
(issue 12, s40 fc40).
"""

from __future__ import annotations

from auditor.facts.document import MAX_README_BYTES, norm
from auditor.facts.readme_chapters import option_items
from auditor.facts.readme_code_settings import code_settings
from auditor.facts.readme_code_steps import code_constant_step, deploy_step, production_run_step
from auditor.facts.readme_contact import contact_row
from auditor.facts.readme_cues import INSTALL_COMMAND, command_paragraph, fenced_install_command, fenced_settings, labelled_install
from auditor.facts.readme_file_use import file_use
from auditor.facts.readme_environment import settings_file_content, settings_files_to_add
from auditor.facts.readme_forms import dev_tool_commands
from auditor.facts.readme_headings import heading_sections
from auditor.facts.readme_loading import loading_sentence
from auditor.facts.readme_needs import needs_sentence
from auditor.facts.readme_reading import Reading
from auditor.facts.readme_run_sentence import chained_commands, run_sentence
from auditor.facts.readme_sentences import _SENTENCE_SPLIT
from auditor.facts.readme_settings_folder import settings_folder_sentence
from auditor.facts.readme_setup import clone_step, install_step, setup_chapter
from auditor.facts.readme_started_calls import lone_call, started_call
from auditor.facts.readme_shapes import MENU_PATH, USAGE_EXAMPLE, opening_example, test_chapter_lines
from auditor.facts.readme_steps import download_and_unpack
from auditor.facts.readme_tutorial import tutorial_document
from auditor.facts.readme_uses import dependency_block, request_example, script_steps
from auditor.lazyre import lazy_compile


def _block(b, via: str = "sentence", size: int = 160):
    return (via, b.line, b.text[:size]) if b else None


def _pair(found, via: str = "sentence"):
    return (via, found[0], found[1][:160]) if found else None


def _line(b, lines: list[str]):
    return ("sentence", b.line, lines[b.line - 1].strip()[:160]) if b else None


# The built output copied to where a web server serves it, or to a server: dist/, build/, public/, _site/, out/ to /var/www, /srv,
# nginx's html folder, or user@host:
_PUBLISH_COPY = lazy_compile(r"(?m)^[^\S\n]*(?:sudo[^\S\n]+)?(?:cp|rsync|scp|mv)[^\S\n][^\n]*?\b(?:dist|build|public|_site|out)/[^\s]*[^\S\n]+[^\n]*?"
                             r"(?:/var/www\b|/srv/|/usr/share/nginx\b|[\w.-]+@[\w.-]+:)")


def _finders(r: Reading, installing: set[int], testing: list[tuple[int, int]]) -> list:
    """(section, finder) in the order they are tried; a finder gives (via, line, text) or None."""
    blocks, lines, text, aside, files = r.blocks, r.lines, r.text, r.aside, r.files
    kept = [b for b in blocks if b.line not in aside]
    prose = [b for b in kept if b.kind == "paragraph"]

    def request():  # "Pour simuler un requête "GetRecords" : http://domaine.dom/xml2csw.php?request=…" (under "## Paramétrage:" too)
        return _block(next((b for b in prose if any(request_example(x) for x in _SENTENCE_SPLIT.split(b.text)[:20])), None))

    def example():  # (in the raw text: the parsed paragraphs lose the backticks)
        ex = USAGE_EXAMPLE.search(text)
        return ("sentence", text.count("\n", 0, ex.start()) + 1, ex.group(0)[:160]) if ex else None

    def menu():
        at = next((m for m in MENU_PATH.finditer(text[:MAX_README_BYTES])
                   if (n := text.count("\n", 0, m.start()) + 1) not in installing and n not in aside), None)
        return ("sentence", text.count("\n", 0, at.start()) + 1, at.group(0)[:160]) if at else None

    def unpack():
        return _block(next((b for b in prose if any(download_and_unpack(norm(x)) for x in _SENTENCE_SPLIT.split(b.text))), None))

    def commands():  # (or declares the dependency: `<dependency>`)
        return _pair(next(((b.line, b.text) for b in blocks if b.kind == "paragraph" and (
            command_paragraph(b.text) and INSTALL_COMMAND.search(b.text) or labelled_install(b.text) or install_step(b))
            and not dev_tool_commands(b.text)), None)
            or fenced_install_command(text, testing) or dependency_block(text) or run_sentence(blocks, lines, r.title, aside)
            or chained_commands(blocks, lines, aside))

    def setup():
        found = setup_chapter(blocks, lines)
        return (found[0], found[1].line, found[1].text[:120 if found[0] == "heading" else 160]) if found else None

    return [
        # "… override the configureLdapConnection method" over `.configureLdapHost("…").configureLdapPort(389)`: a library's
        # settings, given in code
        ("configuration", lambda: _block(code_settings(blocks, lines, aside))),
        # "| Author email | prenom.nom@ville.fr |" in the plugin's table: whom to write to
        ("contact", lambda: _line(contact_row(kept, lines), lines)),
        ("usage", request),  # how the service is called
        # "**7/** Créer un premier client" over `curl -X POST "http://localhost:3000/api/admin/clients" -d '{…}'` after `npm run dev`:
        # the started service called, inside an installation chapter's steps too
        ("usage", lambda: _pair(started_call(lines, aside))),
        # (a README of its title, a purpose line and `curl -X POST -d '{…}' http://localhost:8080/mail`: how the service is called)
        ("usage", lambda: _pair(lone_call(lines, sum(b.kind == "heading" for b in blocks), aside))),
        ("usage", example),  # "exemple `script.py dossier_a_tester fichier_de_tests.json`": how the project's script is run, its arguments
        ("usage", menu),  # "(ADMIN) Menu -> Paramètres -> maintenance": where the user goes in the interface
        # "Pour ce faire, charger un fichier et laissez tourner..." with "Les formats supportés sont:" in a README with no chapter
        ("usage", lambda: _pair(file_use(blocks, sum(b.kind == "heading" for b in blocks), aside))),
        # "Scénario classique : 1. insérer une enquête -> `comptages_txt_2_pg.py -enquete`": the steps running the project's script
        ("usage", lambda: _block(script_steps(blocks, lines, files, installing | aside))),
        # "Pour compiler et lancer : ```mvn clean javafx:run```" in a README with no chapter: the program launched, its use too
        ("usage", lambda: _pair(run_sentence(blocks, lines, r.title, aside, program=True))),
        # "Après téléchargement de l'application et décompression de l'archive, lancer …": a desktop program's installation
        ("install", unpack),
        # the README is a few install commands without a heading (docker build … docker run …), fenced or not
        ("install", commands),
        # "### Dans Geoserver:" then "Créer une couche…"; "3. Ajouter une vue avec l'URL personnalisée du widget": the project set
        # up in the software it runs in
        ("install", setup),
        # "In order to use this datadir: * simply clone this repository * checkout the branch … * launch …": the set-up
        ("install", lambda: _block(clone_step(kept, heading_sections))),
        ("install", lambda: _block(r.local_run, "heading", 120)),  # (with no installation, how to start a copy)
        # "Ce script fonctionne grâce à PHP qui doit être disponible sur le poste de travail (utiliser Xampp …)": its prerequisites
        ("install", lambda: _pair(needs_sentence(prose, lines, _SENTENCE_SPLIT))),
        # "Il doit être exécuté dans une base de données précédemment créée"; "Pour exécuter les notebooks …, veuillez exécuter :"
        # over requirements.txt
        ("install", lambda: _pair(loading_sentence(kept, _SENTENCE_SPLIT, files))),
        # (not a manual test's variables; "Fichiers privés à ajouter :" over `./api/.env`: the settings files to give; "create a `.env`
        # file … with the following content:" over `VITE_API_BASE_URL=…`: the settings file written out)
        ("configuration", lambda: _pair(fenced_settings(text, test_chapter_lines(blocks)) or settings_files_to_add(kept)
                                        or settings_file_content(kept, lines))),
        # "des fichiers dans le répertoire CONFIGX-HPS permettent de configurer la base de données": the settings' folder
        ("configuration", lambda: _pair(settings_folder_sentence(kept, _SENTENCE_SPLIT, files))),
        ("usage", lambda: _pair(opening_example(lines))),  # mdjs: "Example:" then the API's calls, right under the title
        # "The documentation on hardware [doc/ipecc.pdf] … includes a tutorial"
        ("usage", lambda: _block(tutorial_document(blocks, r.targets, aside))),
        ("usage", lambda: _block(option_items(blocks))),  # "- `--fichier-evaluation` : chemin vers…": how to call the tool
        # "1. Déployez une WebApp Google Apps Script" under a chapter whose heading names no deployment: the back end deployed
        ("deployment", lambda: _pair(deploy_step(lines, aside))),
        # a paragraph of commands copying the built site to the folder a web server serves (`sudo cp -r dist/* /var/www/site`), or to a
        # server (`rsync -a build/ user@host:/srv/site`), in a README without a heading: how the project is published
        ("deployment", lambda: _block(next((b for b in kept if b.kind == "paragraph" and command_paragraph(b.text) and _PUBLISH_COPY.search(b.text)), None))),
        # "En environnement de production (…) :" over `npm start`: the production run, a short deployment section
        ("deployment", lambda: _pair(production_run_step(lines, aside))),
        # "2. Mettez l'URL dans `API_URL` dans `app.js`": the setting and the code file where it is written
        ("configuration", lambda: _pair(code_constant_step(lines, aside))),
    ]


def fallback_pass(r: Reading, have: set[str], installing: set[int], testing: list[tuple[int, int]]) -> None:
    """Each finder, in order, while its section is missing: its detail into ``r.details``."""
    for name, finder in _finders(r, installing, testing):
        if name not in have and (found := finder()):
            have.add(name)
            r.details.append({"name": name, "via": found[0], "line": found[1], "text": found[2]})
