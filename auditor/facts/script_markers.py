"""What says a Python script is a command-line program: an argument parser imported (or sys.argv read by position), and the code run
under the main guard; and what says it is a library's usage example instead (it imports the repository's package and reads no argument).
Shared by the kind rules (kind_markers, kind_commands) and the settings files (settings_files: a program is no settings file),
kept apart so that neither imports the other."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_ARGV_PARSER = lazy_compile(r"^[^\S\n]*(?:import argparse|from argparse import|import click|import typer|from docopt import|import fire|"
                            r"from optparse import|(?:import|from)\s+(?:[\w.]+\s*,\s*)*(?:getopt|optparse)\b)\b", re.M)
_MAIN_GUARD = lazy_compile(r"^if __name__ == ['\"]__main__['\"]\s*:", re.M)
# a script reading its arguments from sys.argv by position (fncfg = sys.argv[1], `if len(sys.argv) != 2:`): a command taking its
# configuration file, though it imports no parser
ARGV_READ = lazy_compile(r"\bsys\.argv\s*\[\s*-?[1-9]|\blen\s*\(\s*sys\.argv\s*\)")
# a script's top level (a statement at column 0) reading its arguments by position, with no main guard: run as a program
# (main.py's `ctrl.formatter(sys.argv[1])`, issue 12, s37 rc37: a code generator for a Département's Alfresco modules)
# (or parsing them there with its own parser: main.py's `args = parser.parse_args()` at column 0 after ten add_argument, the command a
# README runs as `python main.py -f … -o …`; issue 12, s44 fl44: a geocoder whose pandas use made it "data-processing scripts")
TOP_ARGV = lazy_compile(r"^[A-Za-z_(][^\n#]*(?:\bsys\.argv\s*\[\s*[1-9]|\.parse(?:_known)?_args\s*\(|(?<![\w.])docopt\s*\()", re.M)
_SYS_ARGV = lazy_compile(r"\bsys\.argv\b|\binput\s*\(")
# what a script's name or its header (its leading comments and docstring, before the first import) calls it: an example, a demonstration
_EXAMPLE_NAME = lazy_compile(r"^(?:examples?|exemples?|demos?|d[ée]mo|samples?|tutorial|tutoriel|usage)(?:[_-]\w*)?\.py$", re.I)
_EXAMPLE_HEAD = lazy_compile(r"\b(?:examples?|exemples?|d[ée]monstration|demo|samples?|tutorial|tutoriel)\b", re.I)
_HEADER_END = lazy_compile(r"^[ \t]*(?:import|from)[ \t]+\w", re.M)


def usage_example(files, path: str, text: str) -> str | None:
    """The repository's own Python package (a folder at the root or in src/ holding an ``__init__.py``) that the script at ``path``
    imports to show it in use, or None: the script reads no argument (no parser, no sys.argv, no input()), imports that package, and
    its name or its header calls it an example (pytargetplot's example.py, "Example of use of the `pytargetplot` library.", reading
    data/example.csv and printing the statistics, committed executable with its interpreter line): the package is what is reused, the
    script its demonstration, no command."""
    name = path.rsplit("/", 1)[-1]
    end = _HEADER_END.search(text, 0, 8192)
    if _ARGV_PARSER.search(text) or _SYS_ARGV.search(text) or not (_EXAMPLE_NAME.match(name) or _EXAMPLE_HEAD.search(text, 0, end.start() if end else 0)):
        return None
    packages = sorted({p.split("/")[-2] for p in files if p.endswith("/__init__.py") and (p.count("/") == 1 or (p.count("/") == 2 and p.startswith("src/")))})[:10]
    return next((pkg for pkg in packages if re.search(rf"^[ \t]*(?:from[ \t]+{re.escape(pkg)}(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+{re.escape(pkg)}\b)", text, re.M)), None)


def package_example(snap) -> tuple[str, str] | None:
    """(example script, package's ``__init__.py``) when a Python script at the root (the first 10 in path order, 64 KB each) is the
    usage example of the repository's own package (see :func:`usage_example`); None otherwise."""
    for p in sorted(p for p in snap.files if "/" not in p and p.endswith(".py"))[:10]:
        pkg = usage_example(snap.files, p, snap.read_text(p, limit=64 * 1024) or "")
        if pkg:
            return p, next(f for f in (f"{pkg}/__init__.py", f"src/{pkg}/__init__.py") if f in snap.files)
    return None
