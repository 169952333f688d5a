"""Commands a repository runs that no manifest declares: Python programs kept in a folder (source/, src/) that parse their own
arguments, the commands of a command-line tool with no package of its own; scripts at the root doing their work at their top level. (``kind_markers.entry_points`` reads the root and the
scripts folders.)"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.facts.kind_apps import GUI_IMPORT, aside
from auditor.facts.kind_markers import _ARGV_PARSER, _MAIN_GUARD, _PY_PACKAGE, NOT_COMMANDS, SCRIPT_DIRS
from auditor.lazyre import lazy_compile


def folder_commands(ctx) -> list[str]:
    """Python programs one folder down (source/rivoli.py, src/load.py) that parse their own arguments (click, argparse…) and
    run under a main guard, in a repository with no package manifest: the commands of a command-line tool whose code sits in a
    folder (the root and the scripts folders are read by ``entry_points``). A window (Tk, Qt) is no command; tests are not."""
    files = ctx.snapshot.files
    if _PY_PACKAGE.intersection(files) or "package.json" in files:
        return []
    out = []
    for p in sorted(p for p, e in files.items() if e.ext == "py" and p.count("/") == 1 and e.name not in NOT_COMMANDS
                    and p.split("/")[0] not in SCRIPT_DIRS and not p.startswith(".") and not is_test(p) and not aside(p))[:20]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if _MAIN_GUARD.search(text) and _ARGV_PARSER.search(text) and not GUI_IMPORT.search(text):
            out.append(p)
    return out[:3]


# A statement a script runs at its top level, at the start of a line: a bare call (basePg.close(), os.makedirs(d),
# projIn.ImportFromEPSG(2154)), a loop, a Python 2 print statement; a module meant to be imported only defines things
_TOP_STATEMENT = lazy_compile(r"^(?:[A-Za-z_][\w.]*\([^\n]*\)[^\S\n]*$|for\s[^\n]*:|while\s[^\n]*:|print\s[^\n(])", re.M)
MIN_TOP_STATEMENTS = 3


def top_level_scripts(ctx, paths: list[str]) -> list[str]:
    """Python files at the root (the first 20, 128 KB each) that do their work at their top level (three statements or more of
    :data:`_TOP_STATEMENT`), with no main guard, in a repository with no package (no manifest, no ``__init__.py``): scripts run by
    hand (a GIS team's script connecting to its PostGIS and computing shapefiles' extents), not a library to import."""
    files = ctx.snapshot.files
    if _PY_PACKAGE.intersection(files) or any(p.rsplit("/", 1)[-1] == "__init__.py" for p in paths):
        return []
    out = []
    for p in sorted(p for p in paths if p.endswith(".py") and "/" not in p and p not in NOT_COMMANDS and not is_test(p))[:20]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if not _MAIN_GUARD.search(text) and len(_TOP_STATEMENT.findall(text)) >= MIN_TOP_STATEMENTS:
            out.append(p)
    return out
