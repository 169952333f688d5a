"""Folders a ``git subtree add``/``merge``/``pull`` brought in from another repository, told by the history of the audited commit
(issue 12, s36 p36: betagouv/doc.incubateur.net-communaute's les-standards/, a mirror of betagouv/standards whose package.json says
"license": "ISC", was read as the project's declared licence).

git subtree writes its marks into the commits it makes: a ``git-subtree-dir: <folder>`` trailer (with ``git-subtree-split``), and the
subjects "Add '<folder>/' from commit '<sha>'", "Merge commit '<sha>' as '<folder>'" and "Squashed '<folder>/' content from commit
<sha>" / "Squashed '<folder>/' changes from <sha>..<sha>". Such a folder holds another repository's files: its manifests and licence
texts speak for that repository, not for the project. A ``git subtree split`` ("Split '<folder>/' into commit '<sha>'") goes the
other way, the project publishing one of its own folders as a repository: that folder stays the project's.

Only folders of the audited tree count (a subtree removed since is gone), never the root. Pure function of the commits and paths.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_DIRS = 20
_TRAILER = lazy_compile(r"^git-subtree-dir\s*:\s*(.+?)\s*$", re.I)
_SUBJECT = lazy_compile(r"^(?:Add '([^'\n]+)' from commit '[0-9a-f]{7,40}'|Merge commit '[0-9a-f]{7,40}' as '([^'\n]+)'"
                        r"|Squashed '([^'\n]+)' (?:content from commit|changes from) [0-9a-f]{7,40}\b)")
_SPLIT = lazy_compile(r"^Split '[^'\n]+' into commit ")


def subtree_dirs(commits, paths) -> list[str]:
    """The folders (no trailing slash) git subtree merged into the history of ``commits`` that still hold files among ``paths``,
    sorted, at most :data:`MAX_DIRS`."""
    found: set[str] = set()
    for c in commits:
        if _SPLIT.match(c.subject or ""):
            continue
        m = _SUBJECT.match(c.subject or "")
        if m:
            found.add(next(g for g in m.groups() if g))
        for t in c.trailers or ():
            mt = _TRAILER.match(t)
            if mt:
                found.add(mt.group(1))
    dirs = {d.strip().strip("/").removeprefix("./") for d in found}
    dirs = {d for d in dirs if d and d not in (".", "..")}
    if not dirs:
        return []
    present = {d for d in dirs if any(p.startswith(d + "/") for p in paths)}
    return sorted(present)[:MAX_DIRS]
