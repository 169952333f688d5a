"""A library copied by hand into folders of an application whose own files are signed by another holder (issue 12, s33 n33 =
Serli/opendata-poitiers-ios): an iOS app's ``AFNetworking/`` and ``UIKit+AFNetworking/`` folders, dropped into the Xcode project
without CocoaPods, whose every file opens on "Copyright (c) 2011–2015 Alamofire Software Foundation" and the MIT grant, while the
app's own files say "Copyright (c) 2015 serli. All rights reserved." — the library's licence and code, not the app's.

A folder (never the root) is such a copy when at least :data:`MIN_FILES` of its code files write out a licence grant under a holder
(:func:`~auditor.facts.vendored.licence_holder`), none of its code files names another holder without a grant (a file of the
project's own beside them), and at least :data:`MIN_OWN` code files outside every such folder name their holder, none of which is
one of the folder's, nor do the root README and licence name it: the project signs its own files otherwise. Every file under
the folder is the copy's. Bounded: at most :data:`MAX_PROBES` code files' first :data:`HEAD_BYTES` bytes read, in path order.

One file alone is such a copy (issue 12, s35 s35 = m31o3 PnEcrins/FollowDem: Mortar's Imap class dropped into a PHP map application's
classes/, "@copyright Copyright (c) 2009, Robert Hafner @license http://www.mozilla.org/MPL/", beside the park's classes signed
"@copyright Parc national des Écrins" under a GPL-3.0 LICENSE) when its leading comment names a holder and a licence of another
lineage than the root licence file's, at least :data:`MIN_OWN` other code files name their holder, none of them this one, the root
README and licence do not name it either, and such files stay fewer than half of the signed ones: the project signs its own files
otherwise and licenses them otherwise (see :func:`foreign_licence_files`).
"""

from __future__ import annotations

import re

from auditor.facts.vendored import banner, copyright_holder, licence_holder, squeeze
from auditor.lazyre import lazy_compile
from auditor.licenses.notices import lineage, names_in

MAX_PROBES = 600
HEAD_BYTES = 2048
MIN_FILES = 2
MIN_OWN = 2


def foreign_holder_files(snap, items: list, root_text: str) -> set[str]:
    """The paths under folders of code files licensed by a holder the project's own files are not signed by (see the module)."""
    code = [i.path for i in items if i.category in ("source", "test") and i.language and "/" in i.path][:MAX_PROBES]
    granted: dict[str, str] = {}  # path -> the holder of the licence grant it writes out
    signed: dict[str, str] = {}  # path -> the holder its copyright line names, granted or not
    for path in code:
        head = (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        holder = copyright_holder(head)
        if holder:
            signed[path] = holder
            if licence_holder(head):
                granted[path] = holder
    by_folder: dict[str, list[str]] = {}
    for path in granted:
        by_folder.setdefault(path.rpartition("/")[0] + "/", []).append(path)
    folders = {f: {granted[p] for p in files} for f, files in by_folder.items() if len(files) >= MIN_FILES
               and all(p in granted for p in signed if p.rpartition("/")[0] + "/" == f)}
    if not folders:
        return set()
    theirs = set().union(*folders.values())
    own = {h for p, h in signed.items() if not p.startswith(tuple(folders))}
    own_files = [p for p in signed if not p.startswith(tuple(folders))]
    root = squeeze(root_text)
    if len(own_files) < MIN_OWN or own & theirs or any(h in root for h in theirs):
        return set()
    return {i.path for i in items if i.path.startswith(tuple(folders))}


_PHP_OPEN = lazy_compile(r"\A\ufeff?\s*<\?php\b")


def _leading_comment(head: str) -> str:
    """A code file's leading comment block (after a PHP opening tag and a byte order mark), or ""."""
    m = _PHP_OPEN.match(head)
    return banner(head[m.end():] if m else head.lstrip("\ufeff"))


def foreign_licence_files(snap, items: list, root_text: str, root_licence: str) -> set[str]:
    """The code files whose leading comment puts them under another holder and another licence than the project's (see the module):
    ``root_text`` is the root README's and licence's text, ``root_licence`` the root licence file's first bytes (nothing to compare
    with without one)."""
    root_ids = {lineage(lid) for lid, _ in names_in(root_licence[:8192])}
    if not root_ids:
        return set()
    code = [i.path for i in items if i.category == "source" and i.language and "/" in i.path][:MAX_PROBES]
    signed: dict[str, str] = {}  # path -> the holder its leading comment names
    stated: set[str] = set()  # the signed files whose leading comment names a licence of another lineage than the root licence's
    for path in code:
        top = _leading_comment((snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace"))
        holder = copyright_holder(top) if top else None
        if not holder:
            continue
        signed[path] = holder
        named = {lineage(lid) for lid, _ in names_in(top)}
        if named and not named & root_ids:
            stated.add(path)
    if not stated or 2 * len(stated) >= len(signed):
        return set()
    own = [h for p, h in signed.items() if p not in stated]  # the holders of the project's files (its licence, or none said)
    if len(own) < MIN_OWN:
        return set()
    root = squeeze(root_text)
    return {p for p in stated if signed[p] not in own and signed[p] not in root}
