"""A README section written under a plain-text label instead of a heading ("To install:", "Lancement en ligne de commande :"), given
by the commands under it: an installer run or fetched (install), one of the project's own scripts run with its arguments (usage)
(:func:`label_sections`, read by the ``readme`` fact)."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_forms import lead_title, title_line
from auditor.facts.readme_uses import _NOT_A_USE, _RUN_SCRIPT
from auditor.lazyre import lazy_compile


# A section written under a plain-text label instead of a heading: a short line ending with a colon that names the installation or
# the use, over the commands that do it ("To install:" over ``wget …/deploy_new_instance.sh``; "Lancement en ligne de commande :" over
# ``python telecharger_x.py liste.csv INSEE_COM``). The label's words alone are not enough (a README's "Lancement :" over ``npm start``
# runs a local copy, no use): the commands under it decide, and only those two sections are read so (issue 12, s31: State scripts);
# and the configuration, when the steps under its label name the settings file to write ("Configuration locale minimale :" over "- créer
# un fichier application-localhost.properties …", "- renseigner les couples clé / valeur ci-dessous", s39 fd39 = abes-esr/cidemis).
_MAX_LABEL_WORDS = 5
_MAX_LINES = 10  # the lines read under the label: its paragraph and the list right after it
# fetching or running an installer: "wget https://…/install/deploy_new_instance.sh", "./deploy_new_instance.sh", "sh install.sh"
_SETUP_RUN = lazy_compile(r"^(?:\$\s*)?(?:sudo\s+)?(?:(?:wget|curl)\s+\S*(?:install|deploy|setup)\S*|(?:(?:ba)?sh\s+)?\.?/?[\w./-]*(?:install|deploy|setup)[\w-]*\.sh\b)", re.I)


# a run of the project by the tool its project file is written for, the file in the repository: a dbt project's `dbt run` or `dbt build`
# (its dbt_project.yml beside the models; "Regular (incremental) run :" over ``dbt run --target prod --select tag:incremental``, issue 12,
# s38 fj38 = France-Data-Reseau/fdr-appuiscommuns): the project is used so, as a script of its own run with its arguments
_PROJECT_RUNS = (("dbt_project.yml", lazy_compile(r"^(?:\$\s*)?dbt[ \t]+(?:run|build)\b")),)
# a settings file named in a step: application-local.properties, .env, config.yml, settings.ini, appsettings.json (not a code file)
_SETTINGS_FILE = lazy_compile(r"(?<![\w/.-])(?:[\w.-]{0,60}\.(?:properties|ini|cfg|conf|toml|env)|\.env(?:\.[\w-]{1,20})?|"
                              r"[\w.-]{0,40}(?:config|conf|settings|parametres|parameters|appsettings)[\w.-]{0,30}\.(?:ya?ml|json))(?![\w/-])", re.I)


def _following(b, blocks: list, lines: list[str]) -> list[str]:
    """The raw lines under the label line: the rest of its paragraph and the list items right after it (up to ``_MAX_LINES``)."""
    start = b.line or 0
    after = [x for x in blocks if (x.line or 0) > start]
    end = next((x.line for x in after if x.kind != "paragraph" or not x.item), len(lines) + 1)
    return [ln.strip().strip("\"'`").lstrip("$ ").strip() for ln in lines[start:min(end - 1, start + _MAX_LINES)] if ln.strip()]


def _command_text(ln: str) -> str:
    """A line without its list mark and an "ex :" lead ("ex : \"$python x.py a b\"")."""
    ln = ln.lstrip("-*+ ").strip()
    head, colon, rest = ln.partition(":")
    if colon and norm(head) in ("ex", "exemple", "example", "e g", "eg"):
        ln = rest.strip()
    return ln.strip("\"'`").lstrip("$ ").strip()


# a script of the project run by its own name, no interpreter before it ("extract_infos_sandre_xml.py  monfichier_sandre.xml",
# "./import.sh 2024"): a command line's start, the script's name then an argument
_DIRECT_RUN = lazy_compile(r"^(?:\./)?(?:[\w.-]{1,60}/){0,4}([\w-]{1,60}(?:\.[\w-]{1,20}){0,2}\.(?:py|sh|r|pl|rb|js|php))[^\S\n]+[-<\w\"'$]", re.I)
# a label and its command on one line, the command in inline code ("Utilisation : ```extract_infos_sandre_xml.py  monfichier_sandre.xml```",
# "Installation : `pip install -r requirements.txt`"): the label's section, as over a block of commands
_INLINE_LABEL = lazy_compile(r"^[*_]{0,2}([^:`\n]{1,60}?)[*_]{0,2}[ \t]*:[ \t]*(`{1,3})[ \t]*([^`\n]{1,300}?)[ \t]*\2[ \t]*$")


def inline_label(b, lines: list[str]) -> tuple[str, str] | None:
    """(label, command) of a paragraph whose first line is a short label, a colon, then one command in inline code."""
    first = lines[b.line - 1].strip() if 0 < (b.line or 0) <= len(lines) else ""
    m = _INLINE_LABEL.match(first) if first and first[0] not in "-*+|>#0123456789" or first.startswith(("**", "__")) else None
    return (m.group(1).strip(), m.group(3).strip()) if m else None


def label_commands(b, label: str, sections: list[str], blocks: list, lines: list[str], files, install_command,
                   commands: list[str] | None = None) -> str | None:
    """The section (install, usage or configuration) a plain label line gives when commands or steps follow it: ``sections`` are the label's (heading words,
    read as a label), ``files`` the repository's paths (unknown: no usage, a script name cannot be checked). Install: a command that
    installs (``install_command``), or that fetches or runs an installer script; usage: a command that runs one of the project's own
    scripts with its arguments (not a set-up, build, test or deployment script); configuration: a step naming the settings file to write."""
    if b.label or not label or len(norm(label).split()) > _MAX_LABEL_WORDS:
        return None
    commands = [_command_text(ln) for ln in _following(b, blocks, lines)] if commands is None else commands
    if "install" in sections and any(install_command.search(c) or _SETUP_RUN.match(c) for c in commands):
        return "install"
    if sections == ["configuration"] and any(_SETTINGS_FILE.search(c) for c in commands):
        return "configuration"
    if "usage" in sections and files is not None:
        names = {f.rsplit("/", 1)[-1] for f in files}
        runs = [m.group(1) for c in commands for m in (*_RUN_SCRIPT.finditer(" " + c), *filter(None, [_DIRECT_RUN.match(c)]))]
        if any(n in names and not _NOT_A_USE.match(n) for n in runs):
            return "usage"
        if any(project in names and run.match(c) for project, run in _PROJECT_RUNS for c in commands):
            return "usage"
    return None


def label_sections(blocks: list, lines: list[str], aside, files, sections, install_command, have: set[str]) -> list[tuple]:
    """(block, section) for each plain label line over commands (:func:`label_commands`), the first of each section not in ``have``;
    ``sections`` reads a heading (``label=True``: as a label), ``aside`` holds the lines set aside."""
    out: dict[str, object] = {}
    for b in blocks:
        if b.kind != "paragraph" or b.item or b.line in aside or not 0 < (b.line or 0) <= len(lines):
            continue
        label, commands = title_line(b.text) or lead_title(b, lines), None
        if not label and (inline := inline_label(b, lines)):
            label, commands = inline[0], [inline[1]]
        if label and (name := label_commands(b, label, sections(label, label=True), blocks, lines, files, install_command, commands)) \
                and name not in have:
            out.setdefault(name, b)
    return [(b, name) for name, b in out.items()]
