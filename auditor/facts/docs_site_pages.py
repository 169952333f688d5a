"""A README's link to a page of the project's own documentation site, built from the repository's own pages
("http://opentripplanner.readthedocs.org/en/latest/Developers-Guide/" beside docs/mkdocs.yml, whose docs_dir is ../docs): a reader
follows it to that page, whose source is docs/Developers-Guide.md of the audited commit.

The site is the project's own when the repository holds its generator's configuration — MkDocs (mkdocs.yml at the root or in docs/:
its site_name, site_url and docs_dir) or Sphinx (conf.py in docs/, doc/ or docs/source/: its project) — and the link's host is the
configuration's site_url host, or Read the Docs' (<slug>.readthedocs.io or .org) with the site's or the repository's name as slug.
The page is the address's path without Read the Docs' language and version ("/en/latest/"), without ".html" or the last slash; its
source the same path under the pages' folder, as .md, .markdown, .rst or .txt, or that folder's index (or README). Nothing is
fetched; each configuration is read up to 64 KB, in sorted order.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlparse

from auditor.lazyre import lazy_compile

_MKDOCS = ("mkdocs.yml", "mkdocs.yaml", "docs/mkdocs.yml", "docs/mkdocs.yaml", "zensical.toml", "docs/zensical.toml")  # (Zensical: TOML)
_SPHINX = ("docs/conf.py", "doc/conf.py", "docs/source/conf.py", "doc/source/conf.py")
_KEY = lazy_compile(r"^(site_name|site_url|docs_dir)[ \t]*[:=][ \t]*['\"]?([^'\"\n#]{1,300}?)['\"]?[ \t]*(?:#[^\n]*)?$", re.M)
_PROJECT = lazy_compile(r"^project[ \t]*=[ \t]*u?['\"]([^'\"\n]{1,100})['\"]", re.M)
_RTD_HOST = lazy_compile(r"^([a-z0-9][a-z0-9-]{0,62})\.readthedocs\.(?:io|org)$")
_LANG_VERSION = lazy_compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$")
_SOURCES = (".md", ".markdown", ".rst", ".txt")


def _flat(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", (name or "").lower())


def _sites(files, read) -> list[tuple[str, str, str]]:
    """(pages' folder, site name, site host) of each documentation configuration the repository holds."""
    out = []
    for path in _MKDOCS:
        if path not in files:
            continue
        keys = {k: v.strip() for k, v in _KEY.findall(read(path, 64 * 1024) or "")}
        folder = posixpath.normpath(posixpath.join(posixpath.dirname(path), keys.get("docs_dir") or "docs"))
        host = (urlparse(keys.get("site_url") or "").hostname or "").lower()
        if not folder.startswith("..") and folder != ".":
            out.append((folder, keys.get("site_name") or "", host))
    for path in _SPHINX:
        if path in files:
            m = _PROJECT.search(read(path, 64 * 1024) or "")
            out.append((posixpath.dirname(path), m.group(1) if m else "", ""))
    return out


def own_docs_page(url: str, files, read, names=()) -> str | None:
    """The path in ``files`` of the page of the project's own documentation site that ``url`` names, else None (``read(path,
    limit)``: the repository's text; ``names``: the repository's name and owner, from the audit's target)."""
    if files is None or not url:
        return None
    try:
        parsed = urlparse(url.strip()[:1000])
        host = (parsed.hostname or "").lower()
    except ValueError:  # (a malformed address: "http://[x")
        return None
    if parsed.scheme not in ("http", "https") or not host:
        return None
    parts = [unquote(p) for p in parsed.path.split("/") if p][:40]
    rtd = _RTD_HOST.match(host)
    if rtd and len(parts) >= 2 and _LANG_VERSION.match(parts[0]):
        parts = parts[2:]  # ("/en/latest/Developers-Guide/": the language and the version)
    elif rtd and parts[:1] in (["latest"], ["stable"]):
        parts = parts[1:]
    known = {k for k in (_flat(n) for n in names) if len(k) >= 3}
    for folder, site_name, site_host in _sites(files, read):
        own = (site_host and host.removeprefix("www.") == site_host.removeprefix("www.")) or (
            rtd and (_flat(rtd.group(1)) in known | ({_flat(site_name)} if len(_flat(site_name)) >= 3 else set())))
        if not own:
            continue
        page = "/".join(parts)
        page = page[:-5] if page.endswith(".html") else page[:-4] if page.endswith(".htm") else page
        base = posixpath.normpath(posixpath.join(folder, page)) if page else folder
        if base.startswith("..") or not (base == folder or base.startswith(folder + "/")):
            continue
        for cand in [base + ext for ext in _SOURCES] + [f"{base}/{n}" for n in ("index.md", "index.rst", "README.md")]:
            if cand in files:
                return cand
    return None
