"""Another project copied (and modified) inside the repository: a component folder that is an upstream project's tree.

A folder at most two levels deep holding at its top a licence of its own and a README of its own, whose README names a forge
repository (``github.com/vector-im/element-android``) that the repository's own README names too — the project the repository says
it is based on — and is named after it (``element/``) is that upstream project's copy (ANSSI-FR/cry-me's ``cryme_app/element/``, a modified element-android). Its
community files (CONTRIBUTING.md, CHANGES.md) and its documentation are the upstream project's, not the repository's. A forge
repository named as the audited repository itself (its name or its clone folder's) is no upstream: a monorepo's component linking
back to its monorepo stays a component. Reads the root README and at most 20 folders' READMEs, 64 KB each.
"""

from __future__ import annotations

import re
from auditor.facts.copied_folders import TOP_LICENCE
from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

_FORGE_REPO = lazy_compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|framagit\.org|codeberg\.org|bitbucket\.org)/"
                           r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)", re.I)
_README = lazy_compile(r"^(?:readme|lisezmoi)(?:\.[a-z]+)?$", re.I)
MAX_FOLDERS = 20
MAX_README_BYTES = 64 * 1024


def forge_repos(text: str) -> set[tuple[str, str]]:
    """The forge repositories (owner, name) a text links to, lower case, without a trailing .git or dot."""
    return {(o.lower(), re.sub(r"(?:\.git)?\.?$", "", n.lower())) for o, n in _FORGE_REPO.findall(text)}


def upstream_copies(snap, entries: list, readme: str | None, own: set[str] = frozenset()) -> set[str]:
    """The folders (``a/b``, no trailing slash) that are an upstream project's copy, as the module's docstring says; ``own``: the
    project's names, squeezed (:func:`auditor.facts.inventory.own_names`)."""
    if not readme:
        return set()
    upstream = {r for r in forge_repos(snap.read_text(readme, 200_000) or "") if squeeze(r[1]) not in own}
    if not upstream:
        return set()
    by_dir: dict[str, list] = {}
    for e in entries:
        if e.dir and e.dir.count("/") <= 1 and e.kind in ("file", "executable"):
            by_dir.setdefault(e.dir, []).append(e)
    found = set()
    for d in sorted(d for d, es in by_dir.items() if any(TOP_LICENCE.match(e.name) for e in es) and any(_README.match(e.name) for e in es))[:MAX_FOLDERS]:
        readmes = sorted(e.path for e in by_dir[d] if _README.match(e.name))
        named = {r for p in readmes[:2] for r in forge_repos(snap.read_text(p, MAX_README_BYTES) or "") & upstream}
        folder = squeeze(d.rsplit("/", 1)[-1])
        # (the folder named after that project, element/ for element-android: pass-culture-api's api/ linking the organisation's
        # pass-culture-main, which the root README names too, is the project's own code moved into a folder)
        if folder and any(folder in squeeze(r[1]) or squeeze(r[1]) in folder for r in named):
            found.add(d)
    return found


def inside(path: str, folders: set[str]) -> bool:
    """``path`` lies in one of ``folders``."""
    return any(path.startswith(d + "/") for d in folders)
