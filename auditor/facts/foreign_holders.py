"""A library copied by hand into folders of an application whose own files are signed by another holder (issue 12, s33 n33 =
Serli/opendata-poitiers-ios): an iOS app's ``AFNetworking/`` and ``UIKit+AFNetworking/`` folders, dropped into the Xcode project
without CocoaPods, whose every file opens on "Copyright (c) 2011–2015 Alamofire Software Foundation" and the MIT grant, while the
app's own files say "Copyright (c) 2015 serli. All rights reserved." — the library's licence and code, not the app's.

A folder (never the root) is such a copy when at least :data:`MIN_FILES` of its code files write out a licence grant under a holder
(:func:`~auditor.facts.vendored.licence_holder`), none of its code files names another holder without a grant (a file of the
project's own beside them), and at least :data:`MIN_OWN` code files outside every such folder name their holder, none of which is
one of the folder's, nor do the root README and licence name it: the project signs its own files otherwise. Every file under
the folder is the copy's. Bounded: at most :data:`MAX_PROBES` code files' first :data:`HEAD_BYTES` bytes read, in path order.
"""

from __future__ import annotations

from auditor.facts.vendored import copyright_holder, licence_holder, squeeze

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
