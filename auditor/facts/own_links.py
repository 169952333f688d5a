"""A README's link to a file of its own repository written as the forge's full address
("https://github.com/<owner>/<repo>/blob/<branch>/docs/CONTRIBUTE.md", GitLab's ".../<group>/<repo>/-/blob/<branch>/docs/x.md"):
a reader follows it as a relative link ("docs/CONTRIBUTE.md"), so the facts that follow a README's links read that file of the
audited commit.

The repository's own address comes from the audit's target (a local checkout is named after its ``origin`` remote): its host, owner
and name, compared without case. Nothing is fetched: the link only names a path, which counts when the snapshot holds it (the
branch in the address may hold slashes, "feature/x": the first split that names a file of the snapshot wins, at most
:data:`MAX_REF_PARTS` parts tried). Only GitHub and GitLab blob addresses; another forge's, a ``raw`` or another repository's
address is not followed. A ``tree`` address (a folder) leads to that folder's README, as the forge shows it under the folder's
listing (:func:`own_tree_readme`; a folder without one leads nowhere).

Without a forge identity (a local clone whose ``origin`` is no forge address, a folder: the target is named after its folder), a
GitHub or GitLab blob address names the repository by its name only: the address counts when the repository it names bears the
audited repository's name (its owner, unknown, is not compared; nor the host, unless the target has one) and the path after the
branch is a file of the snapshot (``https://github.com/IGNF/circe/blob/main/CONTRIBUTING.md`` read from a clone in ``circe/``).
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlparse

MAX_REF_PARTS = 4


def own_blob_path(url: str, target, files, view: str = "blob", found=None) -> str | None:
    """The path in ``files`` (the snapshot's paths: a dict or a set) that ``url`` names when it is a blob address of the audited
    repository (``target``: its forge, host, owner and name), else None. (``view`` "tree" and ``found``, the path a folder's parts
    lead to or None: :func:`own_tree_readme`.)"""
    forge, host, name = getattr(target, "forge", None), getattr(target, "host", None), getattr(target, "name", None)
    if not name or not url or files is None:
        return None
    found = found or (lambda path: path if path in files else None)
    if forge not in ("github", "gitlab") or not host:
        return _named_blob_path(url, name, host, files, view, found)
    try:
        parsed = urlparse(url.strip()[:1000])
        link_host = (parsed.hostname or "").lower()
    except ValueError:  # (a malformed address: "http://[x")
        return None
    if parsed.scheme not in ("http", "https") or link_host.removeprefix("www.") != host.lower().removeprefix("www."):
        return None
    project = [p.lower() for p in f"{getattr(target, 'owner', None) or ''}/{name}".split("/") if p]
    parts = [unquote(p) for p in parsed.path.split("/") if p][:60]
    if [p.lower() for p in parts[:len(project)]] != project:
        return None
    rest = parts[len(project):]
    if forge == "gitlab" and rest[:1] == ["-"]:
        rest = rest[1:]  # (GitLab's /-/blob/; the older /blob/ too)
    if rest[:1] != [view]:
        return None
    return _path_after_ref(rest[1:], found)


def _path_after_ref(rest: list[str], found) -> str | None:
    """What ``found`` gives for the path the parts after ``blob/`` (``tree/``) name (``[<ref parts…>, <path parts…>]``), else None."""
    for k in range(1, min(len(rest), MAX_REF_PARTS + 1)):
        path = posixpath.normpath("/".join(rest[k:]))
        if path.startswith("../") or path in (".", ".."):
            return None
        if (hit := found(path)) is not None:
            return hit
    return None


# The names a forge shows as a folder's README under its listing (README.md first, then the other prose forms), as a reader finds it
_README_NAMES = tuple(f"{base}{ext}" for ext in (".md", ".markdown", ".rst", ".adoc", ".txt", "")
                      for base in ("README", "Readme", "readme", "ReadMe", "LISEZMOI", "Lisezmoi", "lisezmoi"))


def folder_readme(folder: str, files) -> str | None:
    """The README of ``folder`` (a path of the snapshot, "" the root) that ``files`` holds, else None: a fixed list of names looked
    up, the folder's files never listed."""
    pre = folder.strip("/") + "/" if folder.strip("/") else ""
    return next((pre + n for n in _README_NAMES if pre + n in files), None)


def own_tree_readme(url: str, target, files) -> str | None:
    """The README of the audited repository's folder that ``url`` names as its forge's folder view ("https://github.com/o/r/tree/main/database",
    GitLab's ".../-/tree/<branch>/<folder>"), as :func:`own_blob_path` reads a blob address; None when the folder has no README or the
    address is another repository's."""
    return own_blob_path(url, target, files, "tree", lambda path: folder_readme(path, files))


def _named_blob_path(url: str, name: str, host: str | None, files, view: str = "blob", found=None) -> str | None:
    """Without the forge's identity: the path a GitHub (``/<owner>/<name>/blob/…``) or GitLab (``/<group…>/<name>/-/blob/…``) blob
    address names when ``<name>`` is the audited repository's ``name`` (and the link's host ``host``, when known)."""
    try:
        parsed = urlparse(url.strip()[:1000])
        link_host = (parsed.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    if parsed.scheme not in ("http", "https") or (host and link_host != host.lower().removeprefix("www.")):
        return None
    parts = [unquote(p) for p in parsed.path.split("/") if p][:60]
    if len(parts) >= 4 and parts[2] == view and link_host == "github.com":
        repo, rest = parts[1], parts[3:]
    elif "-" in parts[2:] and parts[parts.index("-", 2) + 1:][:1] == [view] and (host or _gitlab_host(link_host)):
        k = parts.index("-", 2)  # (GitLab's <group>/<subgroup>/<name>/-/blob/<ref>/<path>)
        repo, rest = parts[k - 1], parts[k + 2:]
    else:
        return None
    if repo.lower().removesuffix(".git") != name.lower().removesuffix(".git"):
        return None
    return _path_after_ref(rest, found or (lambda path: path if path in files else None))


def _gitlab_host(host: str) -> bool:
    """gitlab.com or a host named as a GitLab instance (gitlab.<domain>, <x>.gitlab.<domain>), as :func:`auditor.target.forge_of`."""
    return host == "gitlab.com" or host.startswith("gitlab.") or ".gitlab." in host
