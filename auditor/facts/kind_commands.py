"""Commands a repository runs that no manifest declares: Python programs kept in a folder (source/, src/) that parse their own
arguments, the commands of a command-line tool with no package of its own. (``kind_markers.entry_points`` reads the root and the
scripts folders.)"""

from __future__ import annotations

from auditor.facts.inventory import is_test
from auditor.facts.kind_apps import GUI_IMPORT, aside
from auditor.facts.kind_markers import _ARGV_PARSER, _MAIN_GUARD, _PY_PACKAGE, NOT_COMMANDS, SCRIPT_DIRS


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
