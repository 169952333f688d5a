"""A README's link to a file of its own repository written as the forge's full address
("https://github.com/<owner>/<repo>/blob/<branch>/docs/CONTRIBUTE.md", GitLab's ".../<group>/<repo>/-/blob/<branch>/docs/x.md"):
a reader follows it as a relative link ("docs/CONTRIBUTE.md"), so the facts that follow a README's links read that file of the
audited commit.

The repository's own address comes from the audit's target (a local checkout is named after its ``origin`` remote): its host, owner
and name, compared without case. Nothing is fetched: the link only names a path, which counts when the snapshot holds it (the
branch in the address may hold slashes, "feature/x": the first split that names a file of the snapshot wins, at most
:data:`MAX_REF_PARTS` parts tried). Only GitHub and GitLab blob addresses; another forge's, a ``tree`` (folder), a ``raw`` or
another repository's address is not followed.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlparse

MAX_REF_PARTS = 4


def own_blob_path(url: str, target, files) -> str | None:
    """The path in ``files`` (the snapshot's paths: a dict or a set) that ``url`` names when it is a blob address of the audited
    repository (``target``: its forge, host, owner and name), else None."""
    forge, host, name = getattr(target, "forge", None), getattr(target, "host", None), getattr(target, "name", None)
    if forge not in ("github", "gitlab") or not host or not name or not url or files is None:
        return None
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
    if rest[:1] != ["blob"]:
        return None
    rest = rest[1:]
    for k in range(1, min(len(rest), MAX_REF_PARTS + 1)):
        path = posixpath.normpath("/".join(rest[k:]))
        if path.startswith("../") or path in (".", ".."):
            return None
        if path in files:
            return path
    return None
