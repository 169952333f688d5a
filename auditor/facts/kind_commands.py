"""Commands a repository runs that no manifest declares: Python programs kept in a folder (source/, src/) that parse their own
arguments, the commands of a command-line tool with no package of its own; scripts at the root doing their work at their top level. (``kind_markers.entry_points`` reads the root and the
scripts folders.)"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.facts.kind_apps import GUI_IMPORT, aside
from auditor.facts.kind_markers import _ARGV_PARSER, _MAIN_GUARD, _PY_PACKAGE, NOT_COMMANDS, SCRIPT_DIRS
from auditor.facts.script_markers import ARGV_READ
from auditor.lazyre import lazy_compile


def folder_commands(ctx) -> list[str]:
    """Python programs one folder down (source/rivoli.py, src/load.py) that parse their own arguments (click, argparse…, or sys.argv
    read by position) and run under a main guard (or committed executable with an interpreter line), in a repository with no package
    manifest: the commands of a command-line tool whose code sits in a folder (the root and the scripts folders are read by
    ``entry_points``). A window (Tk, Qt) is no command; tests are not."""
    files = ctx.snapshot.files
    if _PY_PACKAGE.intersection(files) or "package.json" in files:
        return []
    out = []
    for p in sorted(p for p, e in files.items() if e.ext == "py" and p.count("/") == 1 and e.name not in NOT_COMMANDS
                    and p.split("/")[0] not in SCRIPT_DIRS and not p.startswith(".") and not is_test(p) and not aside(p))[:20]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        # (or reading sys.argv by position, its configuration file's path: emilin/emilin_shp_to_spt.py's `fncfg = sys.argv[1]`; run under a
        # main guard, or committed executable with its interpreter line and run at its top level, emicad/cad_shp_to_spt.py)
        run = _MAIN_GUARD.search(text) or (files[p].kind == "executable" and text.startswith("#!"))
        if run and (_ARGV_PARSER.search(text) or ARGV_READ.search(text)) and not GUI_IMPORT.search(text):
            out.append(p)
    return out[:3]


def manifest_folder_commands(ctx, manifests: list[str]) -> list[str]:
    """Python programs in the folder of one of ``manifests`` (the first 20 of each, 128 KB each) that read their arguments (a parser,
    or sys.argv by position) under a main guard: the commands of the project that manifest installs (Dockerfiles/python/scripts/main.py
    dispatching on sys.argv[1] beside its Pipfile). A window (Tk, Qt) is no command; tests are not."""
    files = ctx.snapshot.files
    out: list[str] = []
    for folder in sorted({m.rsplit("/", 1)[0] if "/" in m else "" for m in manifests})[:5]:
        names = sorted(p for p, e in files.items() if e.ext == "py" and (p.rsplit("/", 1)[0] if "/" in p else "") == folder
                       and e.name not in NOT_COMMANDS and not is_test(p))[:20]
        for p in names:
            text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
            if _MAIN_GUARD.search(text) and (_ARGV_PARSER.search(text) or ARGV_READ.search(text)) and not GUI_IMPORT.search(text):
                out.append(p)
    return sorted(out, key=lambda p: (p.rsplit("/", 1)[-1] not in _MAIN_NAMES, p))[:3]  # (main.py first: the dispatcher of its sub-scripts)


_MAIN_NAMES = frozenset({"main.py", "__main__.py", "cli.py", "run.py"})


# A statement a script runs at its top level, at the start of a line: a bare call (basePg.close(), os.makedirs(d),
# projIn.ImportFromEPSG(2154)), a loop, a Python 2 print statement; a module meant to be imported only defines things
_TOP_STATEMENT = lazy_compile(r"^(?:[A-Za-z_][\w.]*\([^\n]*\)[^\S\n]*$|for\s[^\n]*:|while\s[^\n]*:|print\s[^\n(])", re.M)
MIN_TOP_STATEMENTS = 3
# a loop at the top level whose body holds this many lines or more: the script's whole work, run on import (a harvester's
# ``for file in files:`` reading each node file, downloading and writing, with no function around it)
MIN_LOOP_LINES = 10
_TOP_LOOP = lazy_compile(r"^(?:for|while)\s[^\n]*:[^\S\n]*(?:#[^\n]*)?$")


def _top_loop_lines(text: str) -> int:
    """The number of non-blank lines in the body of the longest loop written at a module's top level (column 0)."""
    best, current, inside = 0, 0, False
    for line in text.splitlines()[:5000]:
        if not line.strip():
            continue
        if inside and line[:1] in (" ", "\t"):
            current += 1
            best = max(best, current)
            continue
        inside, current = bool(_TOP_LOOP.match(line)), 0
    return best


def top_level_scripts(ctx, paths: list[str]) -> list[str]:
    """Python files at the root (the first 20, 128 KB each) that do their work at their top level (three statements or more of
    :data:`_TOP_STATEMENT`, or one loop of :data:`MIN_LOOP_LINES` lines or more), with no main guard, in a repository with no package
    (no manifest, no ``__init__.py``): scripts run by hand (a GIS team's script connecting to its PostGIS and computing shapefiles'
    extents), not a library to import."""
    files = ctx.snapshot.files
    if _PY_PACKAGE.intersection(files) or any(p.rsplit("/", 1)[-1] == "__init__.py" for p in paths):
        return []
    out = []
    for p in sorted(p for p in paths if p.endswith(".py") and "/" not in p and p not in NOT_COMMANDS and not is_test(p))[:20]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if not _MAIN_GUARD.search(text) and (len(_TOP_STATEMENT.findall(text)) >= MIN_TOP_STATEMENTS or _top_loop_lines(text) >= MIN_LOOP_LINES):
            out.append(p)
    return out


_BUILD_DIRS = frozenset({"dist", "build", "out", "lib"})
_JS_CODE = frozenset({"js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx"})
_TITLE = lazy_compile(r"^[^\S\n]*#[^\S\n]*([\w.-]{1,60})", re.M)  # (the first heading's first word)


def workspace_commands(ctx) -> list[str]:
    """The package.json files of a JavaScript monorepo's published packages (the folders its root package.json names as
    "workspaces": packages/kontinuous/) that declare a command (``bin``), when the root declares none: the command the
    repository ships (kontinuous's ``"bin": "./dist/index.js"``). The command's file must be committed, or be the build output of
    the package's sources (dist/, build/, out/ or lib/ left uncommitted beside its src/); a private package is the monorepo's own
    tooling, and only the package the README's title names or the published package holding the most code counts (a library
    monorepo's small cli/ helper is no command of the repository's). The first 20 packages in path order are read."""
    from auditor import safejson
    from auditor.facts.kind_packages import root_json

    files = ctx.snapshot.files
    root = root_json(ctx, "package.json", limit=256 * 1024)
    if not isinstance(root, dict) or root.get("bin"):
        return []
    globs = root.get("workspaces")
    globs = globs.get("packages") if isinstance(globs, dict) else globs
    globs = [g.strip("./") for g in globs if isinstance(g, str)][:10] if isinstance(globs, list) else []
    folders = sorted({p[: -len("/package.json")] for p in files if p.endswith("/package.json") and "node_modules/" not in p
                      and any((g.endswith("/*") and p[: -len("/package.json")].rpartition("/")[0] == g[:-2]) or p == g + "/package.json"
                              for g in globs)})[:20]
    published: dict[str, dict] = {}
    for folder in folders:
        try:
            doc = safejson.loads(ctx.snapshot.read_text(folder + "/package.json", limit=64 * 1024) or "")
        except ValueError:
            continue
        if isinstance(doc, dict) and doc.get("private") is not True:
            published[folder] = doc
    # (only the main one: the package the README's title names, "# Kontinuous - GitOps for Kubernetes", or the one holding the most
    # code; a library monorepo's small cli/ helper is no command of the repository's)
    code = {f: sum(1 for p, e in files.items() if p.startswith(f + "/") and e.ext in _JS_CODE and not is_test(p)) for f in published}
    readme = next((p for p in sorted(files) if "/" not in p and p.lower().startswith("readme")), None)
    title = _TITLE.search((ctx.snapshot.read_text(readme, limit=8 * 1024) or "") if readme else "")
    named = title.group(1).lower() if title else None
    out = []
    for folder, doc in published.items():
        name = str(doc.get("name") or "").rpartition("/")[2].lower()
        if not code[folder] or (code[folder] < max(code.values()) and name != named):
            continue
        bins = doc.get("bin")
        targets = [bins] if isinstance(bins, str) else [t for t in bins.values() if isinstance(t, str)] if isinstance(bins, dict) else []
        for t in targets[:5]:
            path = f"{folder}/{t.strip().removeprefix('./')}"
            top = path[len(folder) + 1:].split("/", 1)[0]
            built = top in _BUILD_DIRS and "/" in path[len(folder) + 1:] and not any(p.startswith(f"{folder}/{top}/") for p in files) \
                and any(p.startswith(f"{folder}/src/") for p in files)
            if path in files or built:
                out.append(folder + "/package.json")
                break
    return out[:3]


# a readme's command running a Python script by its file name: `python3.6 …/virtualia/badge.py`, `python badge.py --x`
_PY_COMMAND = r"(?<![\w.-])(?:python[\d.]*|py)[ \t]+(?:-[a-zA-Z][ \t]+)*(?:[^\s`'\"]*/)?{name}(?![\w.-])"
_READMES = lazy_compile(r"(?:^|/)readme(?:\.(?:md|markdown|rst|txt))?$", re.I)
MAX_SHELL_RUN = 10


def shell_run_scripts(ctx, py_files: list[str], shell_files: list[str]) -> list[str]:
    """Scripts a person runs from a shell, when they are all the code (:data:`MAX_SHELL_RUN` at most, 128 KB each) and no package
    holds them (no manifest, no ``__init__.py``, no package.json): every Python file runs under a main guard, one at least by the
    command a readme gives (``python3.6 …/virtualia/badge.py``), and every shell script opens on its interpreter line (#!/usr/bin/env
    bash). A park's admin toolbox, a Selenium script logging an agent in and a script updating a server over SSH: commands, not a
    library to import (issue 12, s42 fn42 = PnGuadeloupe/toolbox). A Python file without the guard (a module), a window, or no
    documented command leaves the kind to the other rules."""
    files = ctx.snapshot.files
    if _PY_PACKAGE.intersection(files) or "package.json" in files or any(p.rsplit("/", 1)[-1] == "__init__.py" for p in files):
        return []
    py = sorted(p for p in py_files if not is_test(p) and not aside(p))
    sh = sorted(p for p in shell_files if p.rsplit(".", 1)[-1] in ("sh", "bash") and not is_test(p))
    if not py or len(py) + len(sh) > MAX_SHELL_RUN or len(py) < len(py_files):
        return []
    for p in py:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if not _MAIN_GUARD.search(text) or GUI_IMPORT.search(text):
            return []
    if any(not (ctx.snapshot.read_head(p, 64) or "").startswith("#!") for p in sh):
        return []
    readmes = sorted(p for p in files if _READMES.search(p) and p.count("/") <= 2)[:10]
    said = "\n".join(ctx.snapshot.read_text(p, limit=64 * 1024) or "" for p in readmes)
    documented = [p for p in py if re.search(_PY_COMMAND.format(name=re.escape(p.rsplit("/", 1)[-1])), said)]
    return documented + [p for p in py if p not in documented] + sh if documented else []
