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

HEAD_LINES = 80     # lines of the notice read above the first licence text
HEAD_CHARS = 4000   # and characters


def _head(lines: list[str]) -> str:
    """The notice's lines before any third-party part ("Sources of Intellectual Property Included", "third-party components"): what
    the text says of the work itself."""
    out, size = [], 0
    for line in lines[:HEAD_LINES]:
        if notices.says_third_party(line):
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
            if notices.is_unversioned(lid):
                lid = next((m for m in matched if notices.lineage(m) == lid), lid)
                if notices.is_unversioned(lid):
                    continue
            if notices.family(lid) in notices.VERSIONED:
                lid = notices.with_choice(lid, notices.version_choice(line))
            if not any(notices.family(o) == notices.family(lid) for o in out):
                out.append(lid)
    return out


def offered_choice(text: str, matches: list) -> str | None:
    """The ``OR`` expression of a licence file whose notice, above its first full licence text (``matches``: the licence index's, in
    line order), offers a choice between licences ("at your choice", "any of the following", "dual licensed", "either … or") naming at
    least two, one of them a text matched below; the full texts matched and not named are added. None when the notice offers no choice,
    or states it only after a third-party part began."""
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
    extra = [m for m in dict.fromkeys(matched) if not any(notices.family(n) == notices.family(m) for n in named)]
    return " OR ".join(named + extra)
