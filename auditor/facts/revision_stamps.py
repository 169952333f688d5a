"""Files checked out of another project's version control, told by the revision stamp their text carries and the folder they
gather in (issue 12, s23 k1 = m2 GIP-RECIA/esco-lea): a CVS or Subversion keyword expanded in a file's first lines,
``$Id: sqlparser.lib.php,v 2.27 2004/11/05 00:41:55 lem9 Exp $`` or ``$Id: proj4js.js 2956 2007-07-09 12:17:52Z user $``, names the
file and its revision in the repository it was exported from. A git repository's own files carry none (git expands no such keyword);
a folder whose code files nearly all carry one — phpMyAdmin's libraries/, lang/ and themes/ copied under ``lib/calendrier/`` for its
date picker — came from that other repository, whatever the folder is called.

A folder is such a copy when at least :data:`MIN_FILES` code files under it carry a stamp naming themselves, they make at least
:data:`MIN_SHARE` of its code files, the folder holds less than half of the repository's code, and no code file outside such folders carries a
stamp (a project migrated from CVS or Subversion keeps its stamps all over its own tree). The outermost such folder is taken. Bounded: at most :data:`MAX_PROBES` file heads
(:data:`HEAD_BYTES` each) read, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 600
HEAD_BYTES = 1024
MIN_FILES = 3
MIN_SHARE = 0.75
CODE_EXT = {"php", "inc", "js", "java", "py", "pl", "pm", "c", "h", "cpp", "rb", "cs", "sh"}
# $Id: <file>,v <revision> <date> <time> <author> Exp $ (CVS, RCS), $Id: <file> <revision> <date> <time>Z <author> $ (Subversion),
# $Header: <path>,v … $ (CVS with the repository's path)
_STAMP = lazy_compile(r"\$(?:Id|Header):[^\S\n]+(?:[^\s$]*/)?([\w.-]{1,80}?)(?:,v)?[^\S\n]+\d+(?:\.\d+)*[^\S\n]+\d{4}[-/]\d\d[-/]\d\d[^$\n]{0,80}\$")


def _ext(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def stamped_copies(snap, items: list) -> set[str]:
    """The paths (not yet vendored nor build output) under folders exported from another repository (see the module's docstring)."""
    code = [i.path for i in items if i.category in ("source", "test") and _ext(i.path) in CODE_EXT]
    stamped = set()
    for path in code[:MAX_PROBES]:
        head = (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        m = _STAMP.search(head)
        if m and m.group(1).lower() == path.rsplit("/", 1)[-1].lower():
            stamped.add(path)
    if len(stamped) < MIN_FILES:
        return set()
    folders = sorted({"/".join(p.split("/")[:k]) for p in stamped for k in range(1, p.count("/") + 1)}, key=lambda f: (f.count("/"), f))
    copies: list[str] = []
    for folder in folders:
        if any(folder.startswith(c + "/") for c in copies):
            continue
        under = [p for p in code if p.startswith(folder + "/")]
        marked = sum(1 for p in under if p in stamped)
        if marked >= MIN_FILES and marked >= MIN_SHARE * len(under) and 2 * len(under) < len(code):
            copies.append(folder)
    # (a stamp outside them: the project's own files carry stamps too, a tree migrated from CVS or Subversion; they mark no copy)
    if not copies or any(not any(p.startswith(c + "/") for c in copies) for p in stamped):
        return set()
    return {i.path for i in items if i.category not in ("vendored", "build") and any(i.path.startswith(c + "/") for c in copies)}
