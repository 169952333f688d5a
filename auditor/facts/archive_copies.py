"""Archived past versions of the project: a folder kept in the repository to hold copies of the sites or programs it once was
(``www_old_versions/v1. 2017_05/``, ``v2. 2017_09/`` … beside the current ``www_online/``), told by its shape:

- the folder's own name says old or archived: one of its words is in :data:`_OLD_WORDS` (old, archive(s)/archived, ancien(ne)s,
  previous, obsolete, outdated, former, past; ``www_old_versions``, ``anciennes-versions``, ``OldVersions``). Not ``legacy`` nor
  ``deprecated``: such a folder often holds code the rest still imports and runs;
- at least :data:`MIN_VERSIONS` of its subfolders are named as versions or dates (``v1``, ``v3.1. 2019_03``, ``1.2``,
  ``2019-03``, ``version_2``), and they are at least half of its subfolders;
- a program file lies under it (old code: a folder of past data releases, ``archives/2019/*.csv``, is still the data the project
  publishes);
- and a program file lies outside every such folder: the current version is elsewhere in the repository. A project whose only
  code is under ``archive/`` keeps it (it is the project).

Outermost folders only. Pure function of the paths; nothing is read. The snapshot leaves these files out with the reason
(:meth:`auditor.snapshot.Snapshot.fold_copies`, called by the audit's context before any fact): a past version is no part of the
code a reuser takes today, so its hard-coded places, keys, libraries and comments are not the project's present state. A
versioned folder without an "old" word (``api/v1/`` beside ``api/v2/``, served together; a data pipeline's ``v3.3/`` … ``v4.2_online/``)
stays the project's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_VERSIONS = 2

_OLD_WORDS = frozenset({
    "old", "olds", "archive", "archives", "archived", "archivage", "archivee", "archivees",
    "ancien", "ancienne", "anciennes", "anciens", "previous", "obsolete", "obsoletes", "outdated", "former", "past",
})
_WORD = re.compile(r"[a-z]+")
# A version or a date as the name's own token (after no letter or digit): v1, v3.1, version_2, 1.2.0, 2019, 2019-03, 2017_05.
_VERSIONED = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?:v|ver|version|release|rel)[\s_.-]?\d+(?:\.\d+)*"
    r"|\d+\.\d+(?:\.\d+)*"
    r"|(?:19|20)\d\d(?:[\s_.-]?(?:0[1-9]|1[0-2])(?:[\s_.-]?(?:0[1-9]|[12]\d|3[01]))?)?"
    r")(?![a-z0-9])")


def _plain(name: str) -> str:
    name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def says_old(name: str) -> bool:
    """The folder's name says old or archived (see the module's docstring)."""
    return any(w in _OLD_WORDS for w in _WORD.findall(_plain(name)))


def is_versioned(name: str) -> bool:
    """A folder named as a version or a date (``v1. 2017_05``, ``1.2``, ``2019-03``)."""
    return bool(_VERSIONED.search(_plain(name)))


def archived_versions(paths: Iterable[str]) -> dict[str, int]:
    """The folders (``a/b/``) holding archived past versions of the project (see the module's docstring), outermost only, each
    with the number of files under it."""
    from auditor.facts.inventory import PROGRAM_EXT

    paths = list(paths)
    old: dict[str, bool] = {}  # a folder's name -> says_old (names repeat: each judged once)
    candidates: dict[str, set[str]] = {}  # a folder whose name says old -> its subfolders
    for path in paths:
        parts = path.split("/")
        for j in range(len(parts) - 2):  # (a folder with a subfolder below it: parts[j] is the folder, parts[j + 1] its subfolder)
            said = old.get(parts[j])
            if said is None:
                said = old[parts[j]] = says_old(parts[j])
            if said:
                candidates.setdefault("/".join(parts[:j + 1]) + "/", set()).add(parts[j + 1])
    if not candidates:
        return {}
    archives = []
    for folder, subs in candidates.items():
        versioned = sum(1 for s in subs if is_versioned(s))
        if versioned >= MIN_VERSIONS and 2 * versioned >= len(subs):
            archives.append(folder)
    archives = sorted(f for f in archives if not any(o != f and f.startswith(o) for o in archives))
    if not archives:
        return {}

    def program(path: str) -> bool:
        name = path.rsplit("/", 1)[-1]
        return "." in name and name.rsplit(".", 1)[-1].lower() in PROGRAM_EXT

    inside = {f: 0 for f in archives}
    old_code: set[str] = set()
    current = False
    for path in paths:
        cut = path.find("/")
        where = None
        while cut != -1 and where is None:
            where = path[:cut + 1] if path[:cut + 1] in inside else None
            cut = path.find("/", cut + 1)
        if where is None:
            current = current or program(path)
            continue
        inside[where] += 1
        if program(path):
            old_code.add(where)
    if not current:  # (the only code is the archive's: it is the project)
        return {}
    return {f: inside[f] for f in archives if f in old_code}
