"""Folders a Subversion externals list brings in: another repository's code checked out into the project's tree.

A project kept in Subversion lists its externals in a text file beside them, given to ``svn propset svn:externals -F EXTERNALS.txt .``
(openMairie's php/EXTERNALS.txt: ``db https://scm.adullact.net/…/pear/DB/tags/RELEASE_1_7_14/``). When the repository was imported
into git, those folders were committed with it: they are copies of other projects (PEAR, FPDF, TCPDF, PHPMailer), vendored as a
git submodule's would be. Both line shapes are read: the old ``<folder> [-rN] <URL>`` and Subversion 1.5's ``[-rN] <URL>[@rev] <folder>``.
Pure functions of paths and texts; nothing is executed.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the list's usual names (EXTERNALS.txt, externals.txt, svn.externals, svn-externals.txt, .svnexternals)
EXTERNALS_FILE = lazy_compile(r"^(?:\.?svn[._-]?)?externals(?:\.txt)?$", re.I)
_URL = r"(?:https?|svn(?:\+ssh)?|file)://\S+|\^/\S+"
_OLD = lazy_compile(rf"^\s*(?P<dir>[\w.][\w./-]*)\s+(?:-r\s*\d+\s+)?(?:{_URL})\s*$")
_NEW = lazy_compile(rf"^\s*(?:-r\s*\d+\s+)?(?:{_URL})\s+(?P<dir>[\w.][\w./-]*)\s*$")
MAX_BYTES = 16 * 1024


def external_folders(text: str) -> list[str]:
    """The folders an externals list names (relative to the list's folder), in order; commented lines (#) are not read."""
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        m = _OLD.match(line) or _NEW.match(line)
        if m and ".." not in m.group("dir").split("/"):
            out.append(m.group("dir").strip("/"))
    return out


def svn_externals(snap, paths: list[str]) -> set[str]:
    """The paths (of ``paths``) inside a folder an externals list beside it brings in."""
    found: set[str] = set()
    lists = [e for e in snap.files.values() if e.kind == "file" and EXTERNALS_FILE.match(e.name) and e.size <= MAX_BYTES]
    for e in lists:
        base = e.path.rsplit("/", 1)[0] + "/" if "/" in e.path else ""
        folders = [base + d + "/" for d in external_folders(snap.read_text(e.path, limit=MAX_BYTES) or "")]
        if folders:
            found.update(p for p in paths if any(p.startswith(f) for f in folders))
    return found
