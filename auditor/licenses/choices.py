"""A licence text that offers a choice of licences: a disjunctive licence, one SPDX ``OR`` expression.

CKEditor 4's LICENSE.md opens "Licensed under the terms of any of the following licenses at your choice: GNU General Public License
Version 2 or later, GNU Lesser General Public License Version 2.1 or later, Mozilla Public License Version 1.1 or later", then gives
the three texts: a reuser may pick any one of them, ``GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1``. A file that lists the
licences of bundled parts ("includes the following third-party components, each under its own licence") offers no choice.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile
from auditor.licenses import notices

# a GNU grant's own choice of versions ("either version 2 of the License, or (at your option) any later version"): no choice of licences
GNU_VERSION_CHOICE = lazy_compile(r"\beither\s+version\s+\d(?:\.\d)?\b[^.]{0,120}?\bor\b|\(?\s*at\s+your\s+option\s*\)?\s*any\s+later\s+version", re.I)

CUT_WORDS = 5       # words after a match at most, in a cut text, for the match to run to the cut
HEAD_LINES = 80     # lines of the notice read above the first licence text
HEAD_CHARS = 4000   # and characters
# the line that opens the list of the parts a work includes, each under its own licence ("Sources of Intellectual Property Included in
# CKEditor", "The following libraries are included in CKEditor under the MIT license"): what follows names the parts' licences
_PARTS_OPENING = lazy_compile(r"\bintellectual\s+property\s+included\b|\b(?:libraries|components|modules|software|code|works?)\s+"
                              r"(?:are|is)\s+(?:included|incorporated|bundled)\s+in\b", re.I)
# a family's version written after its name on the choice's line ("Mozilla Public License Version 1.1 or later")
_LINE_VERSION = lazy_compile(r"\bversion\s+(\d(?:\.\d)?)\b", re.I)


def _head(lines: list[str]) -> str:
    """The notice's lines before any third-party part ("Sources of Intellectual Property Included", "third-party components"): what
    the text says of the work itself."""
    out, size = [], 0
    for line in lines[:HEAD_LINES]:
        if notices.says_third_party(line) or _PARTS_OPENING.search(line):
            break
        out.append(line)
        size += len(line) + 1
        if size >= HEAD_CHARS:
            break
    return "\n".join(out)


def _named(head: str, matched: list[str]) -> list[str]:
    """The licences the choice names, one line at a time (each with its version and its "or later"); a family named without its version
    takes the version of the full text matched below ("Mozilla Public License Version 1.1 or later" over the MPL-1.1 text)."""
    out: list[str] = []
    for line in head.split("\n"):
        for lid, _ in notices.names_in(line):
            lid = notices.stated_version(lid, line)
            if notices.is_unversioned(lid) and (said := _LINE_VERSION.search(line)):
                v = said.group(1) if "." in said.group(1) else said.group(1) + ".0"
                lid = f"{lid}-{v}" if f"{lid}-{v}" in notices.UNVERSIONED.get(lid, ()) else lid
            if notices.is_unversioned(lid):
                lid = next((m for m in matched if notices.lineage(m) == lid), lid)
                if notices.is_unversioned(lid):
                    continue
            if notices.family(lid) in notices.VERSIONED:
                lid = notices.with_choice(lid, notices.version_choice(line))
            if not any(notices.family(o) == notices.family(lid) for o in out):
                out.append(lid)
    return out


def offered_choice(text: str, matches: list, cut: bool = False) -> str | None:
    """The ``OR`` expression of a licence file whose notice, above its first full licence text (``matches``: the licence index's, in
    line order), offers a choice between licences ("at your choice", "any of the following", "dual licensed", "either … or") naming at
    least two, one of them a text matched below; the full texts matched and not named are added, but for those of the licences the
    list of included parts names. None when the notice offers no choice,
    or states it only after a third-party part began. ``cut``: ``text`` is the head of a longer file; a text matched up to its end is
    then a truncated one, whose match is no licence to add (the MPL 1.1's first half matched as the SNIA licence derived from it)."""
    if not matches:
        return None
    lines = text.split("\n")[: max(0, matches[0].start_line - 1)]
    head = _head(lines)
    if not head.strip() or not notices.says_dual(GNU_VERSION_CHOICE.sub(" ", notices.fold(head))):
        return None
    matched = [m.id for m in matches]
    named = _named(head, matched)
    if len(named) < 2 or not any(notices.family(n) == notices.family(m) for n in named for m in matched):
        return None
    whole = [m.id for m in matches if not (cut and m.words_after <= CUT_WORDS)]
    # (the texts of the licences the parts' list names, below the notice, are the parts': "The following libraries are included in
    # CKEditor under the MIT license (see Appendix D)")
    rest = lines[len(head.split("\n")):]
    opens = bool(rest) and (notices.says_third_party(rest[0]) or bool(_PARTS_OPENING.search(rest[0])))
    parts = {notices.family(lid) for line in rest[:HEAD_LINES] for lid, _ in notices.names_in(line)} if opens else set()
    extra = [m for m in dict.fromkeys(whole) if not any(notices.family(n) == notices.family(m) for n in named)
             and notices.family(m) not in parts]
    return " OR ".join(named + extra)
