"""The project's own commands a README chapter runs: programs named after the project (a package's console scripts,
``vegestrate-pipeline --checkpoint …``), or scripts and modules of the repository (``python pipeline.py --help``, ``python -m
src.tools.vectorize -i …``). A chapter listing two or more of them is how the project is used, even nested under the installation
chapter ("### Commandes disponibles" under "## Installation": "Après installation, plusieurs commandes sont disponibles"; s36 e36 =
TelesCoop/vegestrate); none of them may set the copy up (an init, a migration, a build, the tests)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the code lines of the chapter: fenced blocks' lines, or lines indented as code
_FENCE = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)")
# a command line: an optional prompt, the program's name, then its arguments or a trailing comment
_COMMAND = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]+)?([a-z][\w.-]{1,60})(?:[^\S\n]+(\S[^\n]{0,300}))?$", re.I)
_SCRIPT = lazy_compile(r"^(?:python3?|py|rscript|bash|sh|perl|ruby|node|php)$", re.I)
_SCRIPT_ARG = lazy_compile(r"^(?:-\w+[^\S\n]+){0,2}(?:\./)?((?:[\w.-]{1,60}/){0,4}[\w-]{1,60}(?:\.[\w-]{1,20}){0,2}\.(?:py|sh|r|pl|rb|js|php))\b", re.I)
_MODULE_ARG = lazy_compile(r"^-m[^\S\n]+([a-z_][\w]{0,60}(?:\.[a-z_]\w{0,60}){0,6})\b", re.I)
# a program, a sub-command or a script that sets up, builds, checks or deploys the copy, not a use of the project (checking the code: check,
# check_style, check_types…; not the project's own checks of something else, check_website, check_dns)
_SETUP = lazy_compile(r"^(?:setup|manage|install\w*|uninstall|init\w*|bootstrap|build\w*|compile\w*|test\w*|\w+_test|conftest|lint\w*|format\w*|"
                      r"checks?|check_?(?:style|types?|format\w*|lint\w*|code|all|deps|dependencies|migrations?|config\w*|env)|deploy\w*|migrat\w*|config\w*|conf|settings?|env|upgrade|update[_-]?deps|createdb|dropdb|create[_-]?db|reset[_-]?db)$", re.I)
MIN_OWN_COMMANDS = 2


def _code_lines(chapter: str) -> list[str]:
    out, fenced = [], False
    for ln in chapter.splitlines()[:2000]:
        if _FENCE.match(ln):
            fenced = not fenced
            continue
        if fenced or ln.startswith(("    ", "\t")):
            out.append(ln.split(" #", 1)[0].rstrip() if not ln.lstrip().startswith("#") else "")
    return [ln for ln in out if ln.strip()]


def _keys(name: str | None) -> set[str]:
    """The project's name as a command's first part: the whole name and its first word ("vegestrate"; "Georiviere-admin": "georiviere")."""
    parts = [p for p in re.split(r"[^a-z0-9]+", (name or "").lower()) if p]
    whole = "".join(parts)
    return {k for k in (whole, parts[0] if parts else "") if len(k) >= 4}


def own_commands(chapter: str, files, own: str | None) -> set[str]:
    """The project's own programs the ``chapter``'s code runs (``files``: the repository's paths; ``own``: its name), none that sets up,
    builds, tests or deploys the copy."""
    keys, paths = _keys(own), set(files or ())
    found: set[str] = set()
    for ln in _code_lines(chapter):
        if not (m := _COMMAND.match(ln)):
            continue
        prog, rest = m.group(1), (m.group(2) or "").strip()
        parts = [p for p in re.split(r"[-_.]", prog.lower()) if p]
        if parts and parts[0] in keys and len(parts) > 1:  # "vegestrate-pipeline --checkpoint …": a console script of the project
            if not _SETUP.match("_".join(parts[1:])) and not _SETUP.match(parts[-1]):
                found.add(prog.lower())
        elif parts and "".join(parts) in keys and rest:  # "vegestrate run …": the project's program and its sub-command
            if not _SETUP.match(rest.split()[0].lstrip("-")):
                found.add(f"{prog.lower()} {rest.split()[0]}")
        elif _SCRIPT.match(prog) and (s := _SCRIPT_ARG.match(rest)):
            path = s.group(1)
            base = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if (path in paths or any(p.endswith("/" + path) for p in paths)) and not _SETUP.match(base):
                found.add(path)
        elif _SCRIPT.match(prog) and (mod := _MODULE_ARG.match(rest)):
            path = mod.group(1).replace(".", "/")
            # (or a module of a sub-project run from its folder: python -m tasks.sync for data/tasks/sync.py, s44 fd44)
            if (f"{path}.py" in paths or f"{path}/__main__.py" in paths or any(p.endswith((f"/{path}.py", f"/{path}/__main__.py")) for p in paths)) \
                    and not _SETUP.match(path.rsplit("/", 1)[-1]):
                found.add(path)
    return found


def own_commands_chapter(chapter: str, files, own: str | None) -> bool:
    """The chapter runs two or more of the project's own programs (:func:`own_commands`): a list of its commands, its usage."""
    return files is not None and len(own_commands(chapter[:20000], files, own)) >= MIN_OWN_COMMANDS
