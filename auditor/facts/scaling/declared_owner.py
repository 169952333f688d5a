"""The forge account owning the project's own repository, as the project's metadata declares it (a local clone has no owner).

A QGIS plugin's metadata.txt (``repository=https://github.com/3liz/qgis-lizsync-plugin``, ``homepage=``, ``tracker=``), an MkDocs
site's ``repo_url:`` (a Zensical site's ``repo_url =``) or the root package.json's ``repository`` name the forge repository the project is published from: its account
is the project's own, so that account's Pages site (``3liz.github.io/qgis-lizsync-plugin/``, the plugin's documentation) is the
project's site, not a third party's (issue 12, s39 fh39 = 3liz/qgis-lizsync-plugin audited from a clone). One account only: two
different ones decide nothing. Bounded: five metadata.txt files, 64 KB each.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

_FORGE = lazy_compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|framagit\.org|codeberg\.org)/([A-Za-z0-9_.-]+)/[A-Za-z0-9_.-]+", re.I)
_METADATA_KEYS = lazy_compile(r"^(?:repository|homepage|tracker)[ \t]*=[ \t]*(\S+)", re.M | re.I)
_QGIS_MANIFEST = lazy_compile(r"^qgisMinimumVersion[ \t]*[=:]", re.M | re.I)
_MKDOCS_REPO = lazy_compile(r"^repo_url[ \t]*:[ \t]*['\"]?(\S+?)['\"]?[ \t]*$", re.M)
# (and Zensical's zensical.toml, MkDocs' successor by the Material for MkDocs team: ``repo_url = "https://github.com/opt-nc/avps"``
# under [project] — issue 12, s40 ff40)
_ZENSICAL_REPO = lazy_compile(r"^[ \t]*repo_url[ \t]*=[ \t]*['\"]([^'\"\s]+)['\"]", re.M)


def declared_owner(snap) -> str:
    """The account (lower case) the project's metadata names as its repository's owner, or "" (none, or several)."""
    urls: list[str] = []
    plugins = sorted((p for p in snap.files if p.rsplit("/", 1)[-1] == "metadata.txt" and p.count("/") <= 2), key=lambda p: (p.count("/"), p))
    for path in plugins[:5]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        if _QGIS_MANIFEST.search(text):
            urls += _METADATA_KEYS.findall(text)
    for path in ("mkdocs.yml", "mkdocs.yaml"):
        if path in snap.files:
            urls += _MKDOCS_REPO.findall(snap.read_text(path, limit=64 * 1024) or "")
    if "zensical.toml" in snap.files:
        urls += _ZENSICAL_REPO.findall(snap.read_text("zensical.toml", limit=64 * 1024) or "")
    if "package.json" in snap.files:
        try:
            repo = safejson.loads(snap.read_text("package.json", limit=256 * 1024) or "{}").get("repository")
        except (ValueError, AttributeError):
            repo = None
        repo = repo.get("url") if isinstance(repo, dict) else repo
        if isinstance(repo, str):
            urls.append(repo)
    owners = {m.group(1).lower() for u in urls if (m := _FORGE.match(u.strip()))}
    return owners.pop() if len(owners) == 1 else ""
