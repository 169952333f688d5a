"""Licence texts the project's own scripts copy into what they produce: the licence of the published data, not of the code.

A publishing pipeline keeps the data's licence beside its scripts (attachment/Z_Licence.txt, the Licence Ouverte 2.0) and copies it
into every archive it sends to the open data portal (``cp attachment/Z_Licence.txt $OUT/Z_Licence.txt``): that text licenses the
data, never the scripts; copying it to the root would license the code under the data's text (issue 12, s45 fd45 = reader rd45 on
igeofr/pg2datagouvfr). Read: the project's scripts (shell, PowerShell, batch, Python, R, Makefiles), at most :data:`MAX_SCRIPTS` in
path order, :data:`SCRIPT_BYTES` each; a licence text counts when a copy or archive command names its path (from the root or from
the script's folder) on one line. Nothing is run."""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

MAX_SCRIPTS = 200
SCRIPT_BYTES = 256 * 1024
_SCRIPT_LANGUAGES = frozenset({"Shell", "PowerShell", "Batchfile", "Python", "R", "Makefile"})
# a copy or archive command: cp, copy, xcopy, Copy-Item, install -m, rsync, zip/7z/tar adding it, shutil.copy*, file.copy
_COPY = lazy_compile(r"(?:^|[\s;&|(`])(?:cp|copy|xcopy|robocopy|Copy-Item|rsync|install|zip|7z|7za|tar)\s|shutil\.copy\w*\s*\(|file\.copy\s*\(",
                     re.I)


def shipped_licence_texts(snap, candidates: list[str], scripts: list[str]) -> dict[str, dict]:
    """Of the licence texts ``candidates`` (paths below the root), those a script copies into its output: ``{path: {"path": script,
    "line": n, "value": the line}}``, the first command found for each, scripts read in path order."""
    if not candidates or not scripts:
        return {}
    out: dict[str, dict] = {}
    for script, text in snap.iter_text(sorted(scripts)[:MAX_SCRIPTS], SCRIPT_BYTES):
        if not text:
            continue
        here = posixpath.dirname(script)
        wanted = {path: _named(path, here) for path in candidates if path not in out}
        for n, line in enumerate(text.split("\n")[:20000], 1):
            if not _COPY.search(line):
                continue
            for path, rx in wanted.items():
                if path not in out and rx.search(line):
                    out[path] = {"path": script, "line": n, "value": line.strip()[:160]}
        if len(out) == len(candidates):
            break
    return out


def _named(path: str, here: str) -> re.Pattern:
    """``path`` (from the root, or from the script's folder ``here``, with or without "./") as a word of its own, quoted or not,
    not as the tail of another path."""
    names = [path] + ([path[len(here) + 1:]] if here and path.startswith(here + "/") else [])
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(r"""(?<![\w/.-])['"]?(?:\./)?(?:""" + alts + r""")['"]?(?![\w/-])""")


def script_paths(items) -> list[str]:
    """The project's scripts, from the inventory's items: source files in a scripting language, not vendored nor tests."""
    return sorted(i.path for i in items if i.category == "source" and i.language in _SCRIPT_LANGUAGES)
