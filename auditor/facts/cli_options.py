"""The options a program reads on its command line, and whether anything says how to give them (s26 a26).

A desktop program whose Main(string[] args) compares its arguments with "-u" and "-p" (the user and the password of the web service
it queries) is set by those options: they are its settings, even with no environment variable and no settings file. A parser that
prints its own help (argparse, click, a PowerShell param block) describes them; options read by hand are described only by a README
naming them (a flag, or the script run by hand with its arguments, "Rscript lancer.R donnees.csv").
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

# a parser that prints its options' help by itself (argparse, click, typer, docopt, commander and yargs, picocli, PowerShell's param)
_SELF_HELP = lazy_compile(r"argumentparser|add_argument|click\.option|typer\.option|docopt|\.option\(|yargs|@commandline\.option|"
                          r"@option\(|\[parameter\(", re.I)
_FLAG = lazy_compile(r"""["'](-{1,2}[A-Za-z][\w-]*)""")
_POSITIONAL = lazy_compile(r"(?:args|argv)\[\d\]")
_ARGS_WORD = lazy_compile(r"\b(?:arguments?|param[eè]tres?|parameters?)\b", re.I)
_RUN_WITH_ARGS = lazy_compile(r"(?m)(?:^|[\s`>$])(?:[\w.-]{1,60}\.exe|java[ \t]+-jar[ \t]+[\w./-]{1,80}\.jar|dotnet[ \t]+run[ \t]+--)[ \t]+[\w\"'./-]")
# scripts run by hand by their name (a README's "Rscript lancer.R …", "./sauvegarde.sh -d …"); a compiled program's source is not
_SCRIPT = (".r", ".sh", ".bash", ".pl", ".ps1", ".py", ".php")


def flag_of(hit: list) -> str | None:
    """The option's name a hit compares the argument with (`args[i] == "-u"`: -u), or None."""
    m = _FLAG.search(hit[2])
    return m.group(1) if m else None


def cli_options(scan: dict, readme_text: str) -> list[list]:
    """``[path, line, text, described]`` for each option reading of the code outside tests (argparse, getopt, R's commandArgs, a C#
    Main comparing args[i] with "-u"), in file order; ``described``: the parser prints its help, or the README names the option or
    the script that reads it."""
    sig = scan.get("signals") or {}
    hits = sorted((h for h in list(sig.get("config.cli-options", [])) + list(sig.get("config.cli-params", [])) if not is_test(h[0])),
                  key=lambda h: (h[0], h[1] or 0))
    out = []
    for h in hits[:50]:
        flag, name = flag_of(h), h[0].rsplit("/", 1)[-1]
        named = bool(readme_text) and (
            (flag is not None and re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", readme_text) is not None)
            or (name.lower().endswith(_SCRIPT) and re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", readme_text) is not None))
        # (a compiled program's positional arguments, int.Parse(args[2]): described by a README saying it takes arguments and showing
        # the program run with them, "DisplayTimeOut.exe 25 20", "java -jar outil.jar 10")
        named = named or (flag is None and bool(readme_text) and bool(_POSITIONAL.search(h[2])) and bool(_ARGS_WORD.search(readme_text))
                          and bool(_RUN_WITH_ARGS.search(readme_text)))
        out.append([h[0], h[1], h[2], bool(_SELF_HELP.search(h[2])) or named])
    return out
