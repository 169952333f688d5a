"""A library pasted into one of the project's own files between two comments that say so: "Debut Insertion by Luc de
calendar.js" … "Fin Insertion by Luc de calendar.js" around a calendar library's 1,100 lines (its own copyright and
licence inside) above the project's functions. Those lines are the library's, not the project's code: the code metrics
(complexity, comments) measure the file without them.

Conservative: a block is taken out only between a comment line saying it begins an insertion or a copy ("début", "begin",
"start" with "insertion", "copie", "copy", "pasted"…) of a named file (``calendar.js``) and a later comment line saying it
ends ("fin", "end") and naming the same file. Anything else (an unclosed block, a comment naming another file) stays. The
lines are blanked, not removed, so that line numbers stay the file's.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import LANGUAGE_CODES, describe, licence_in
from auditor.lazyre import lazy_compile

_BEGIN = lazy_compile(r"\b(?:d[ée]but|begin(?:ning)?|start)\b", re.I)
_PASTE = lazy_compile(r"\b(?:insertion|ins[ée]r[ée]e?s?|inserted|copie|copi[ée]e?s?|copy|copied|pasted?|coll[ée]e?s?)\b", re.I)
_END = lazy_compile(r"\b(?:fin|end)\b", re.I)
_FILE = lazy_compile(r"(?<![\w.-])([\w-]+(?:\.[\w-]+)*\.(?:js|mjs|ts|php|py|css|java|rb|pl|lua))(?![\w-])", re.I)
_COMMENT_START = ("//", "/*", "*", "#", "<!--", "--")


def _comment(line: str) -> bool:
    return line.lstrip().startswith(_COMMENT_START)


def pasted_blocks(text: str) -> list[tuple[int, int, str]]:
    """(first line, last line, pasted file's name) of each block (1-based, inclusive), in order."""
    blocks = []
    opened: tuple[int, str] | None = None
    for n, line in enumerate(text.split("\n"), 1):
        if len(line) > 400 or not _comment(line):
            continue
        names = [m.group(1).lower() for m in _FILE.finditer(line)]
        if not names:
            continue
        if _BEGIN.search(line) and _PASTE.search(line):
            opened = (n, names[0])
        elif opened and _END.search(line) and opened[1] in names:
            blocks.append((opened[0], n, opened[1]))
            opened = None
    return blocks


_RULE = lazy_compile(r"^[^\S\n]*(?://|/\*|#|<!--|--)[\s*/#=~+_<>!-]*$")  # a banner's rule of stars or dashes, no word


def without_pasted(text: str) -> tuple[str, int]:
    """The text with the lines of its pasted blocks blanked (and the rules of stars framing their banners), and how many
    lines were blanked."""
    blocks = pasted_blocks(text)
    if not blocks:
        return text, 0
    lines = text.split("\n")
    blanked = 0
    for first, last, _ in blocks:
        first, last = first - 1, last - 1  # (0-based)
        while first > 0 and _RULE.match(lines[first - 1]):
            first -= 1
        while last + 1 < len(lines) and _RULE.match(lines[last + 1]):
            last += 1
        for k in range(first, last + 1):
            blanked += bool(lines[k])
            lines[k] = ""
    return "\n".join(lines), blanked


PASTE_HINT = lazy_compile(r"\b(?:insertion|ins[ée]r[ée]e?s?|inserted|copie|copi[ée]e?s?|copy|copied|pasted?|coll[ée]e?s?)\b", re.I)
_BANNER_LINES = 60  # where a pasted library's own banner (its name, version, copyright, licence) sits: the block's first lines
# "the GNU General Public License" with no version: any version of it (the GPL's own rule, section 14/9), SPDX GPL-1.0-or-later
_GPL_ANY = lazy_compile(r"\bGNU\s+General\s+Public\s+(?:\*\s*)?License\b(?![\s,*]*(?:version|v\.?)\s*\d)", re.I)


def pasted_libraries(text: str) -> list[dict]:
    """The libraries pasted into a file between two banners (see :func:`pasted_blocks`): ``{"name", "version", "license", "line",
    "end"}`` each, named after the pasted file ("calendar.js" -> calendar), with the version and licence the block's own banner
    gives ("Copyright Mihai Bazon, 2002 … Version: 0.9.1 … under the terms of the GNU General Public License"), None when not said."""
    out = []
    lines = text.split("\n")
    for first, last, name in pasted_blocks(text):
        head = "\n".join(line for line in lines[first - 1: min(last, first + _BANNER_LINES)] if line.lstrip().startswith(("//", "/*", "*", "#")))
        lib = describe(name, head)
        base, sep, code = lib["name"].rpartition("-")
        if sep and code in LANGUAGE_CODES and any(o["name"] == base for o in out):
            continue  # the library's translation pasted after it ("calendar-fr.js" after "calendar.js"): the same library
        licence = lib["license"] or licence_in(head) or ("GPL-1.0-or-later" if _GPL_ANY.search(head) else None)
        out.append({"name": lib["name"], "version": lib["version"], "license": licence, "line": first, "end": last})
    return out

