"""A README's link to the project's OWN documentation site, followed to the docs/ sources that site is built from (a reader who
follows "## Documentation → https://meteofrance.github.io/common_makefiles/" reads the pages of docs/, s40 fu40 = meteofrance/
common_makefiles, CNES/gridr's "To install and use GRIDR, refer to the [online documentation](https://gridr.readthedocs.io/en/latest/)").

The site is the project's own only when the repository says so: the ``site_url`` of its mkdocs.yml or zensical.toml (sources in its
``docs_dir``, docs/ by default); ``<owner>.github.io/<repo>`` of the audited repository when a mkdocs.yml or zensical.toml builds
it; ``<repo>.readthedocs.io`` when a Sphinx conf.py is named by its .readthedocs.yaml (or lies at docs/conf.py, docs/source/conf.py).
Another project's site gives nothing. Nothing is fetched; only the source pages whose path names installation or use (install,
setup, usage, utilisation, tutorials, user guides, getting started, notebooks) are read, at most :data:`MAX_SITE_PAGES`, in sorted
order, inside the source folder (two folders down at most), symlinks never followed.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlparse

from auditor.lazyre import lazy_compile

MAX_SITE_PAGES = 6
MAX_CONFIG_BYTES = 64 * 1024
_SITE_URL = lazy_compile(r"^site_url[ \t]*[:=][ \t]*[\"']?(https?://[^\s\"']+)", re.M)
_REPO_URL = lazy_compile(r"^repo_url[ \t]*[:=][ \t]*[\"']?https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)/?[\"']?[ \t]*$", re.M)
_DOCS_DIR = lazy_compile(r"^docs_dir[ \t]*[:=][ \t]*[\"']?([\w./-]+)", re.M)
_RTD_CONF = lazy_compile(r"^[ \t]+configuration[ \t]*:[ \t]*[\"']?([\w./-]+/)?conf\.py\b", re.M)
# a source page on installing or using the project (docs/20_install.md, installation.rst, 40-utilisation/, _notebooks/, tutorials/)
_PAGE_TOPIC = lazy_compile(r"(?:^|[/_. -]|\d)(?:(?P<install>install(?:ation|ing)?|setup)|usage|utilisation|tutorials?|tutoriels?|user[_ -]?guides?|"
                           r"getting[_ -]?started|quick[_ -]?start|notebooks?)(?:[/_. -]|$)", re.I)
PROSE = ("md", "markdown", "rst", "adoc", "txt")


def _site(url: str) -> tuple[str, str] | None:
    """``(host, first path part)`` of an address, lower case; None when it is none."""
    try:
        p = urlparse((url or "").strip()[:1000])
    except ValueError:
        return None
    if p.scheme not in ("http", "https") or not p.hostname:
        return None
    return p.hostname.lower().removeprefix("www."), next((s.lower() for s in p.path.split("/") if s), "")


def own_sites(read, files, target) -> list[tuple[tuple[str, str], str]]:
    """``[((host, first path part or ""), source folder)]``: the project's own documentation sites and the folders they are built from."""
    name = (getattr(target, "name", None) or "").lower()
    owner = (getattr(target, "owner", None) or "").lower()
    out: list[tuple[tuple[str, str], str]] = []
    for conf in ("mkdocs.yml", "mkdocs.yaml", "zensical.toml"):
        entry = files.get(conf)
        if entry is None or entry.kind != "file":
            continue
        text = read(conf, limit=MAX_CONFIG_BYTES) or ""
        m = _DOCS_DIR.search(text)
        folder = posixpath.normpath(m.group(1)) if m else "docs"
        if (s := _SITE_URL.search(text)) and (site := _site(s.group(1))):
            out.append((site, folder))
        repo = _REPO_URL.search(text)  # (without the forge's identity, the owner its repo_url names, for a repository of this name)
        own = owner or (repo.group(1).lower() if repo and repo.group(2).lower().removesuffix(".git") == name else "")
        if own and name and "/" not in own:
            out.append(((f"{own}.github.io", name), folder))
    rtd = next((p for p in (".readthedocs.yaml", ".readthedocs.yml", "readthedocs.yml") if p in files), None)
    confs = [m.group(1) or "" for m in [_RTD_CONF.search(read(rtd, limit=MAX_CONFIG_BYTES) or "")] if m] if rtd else []
    confs += ["docs/", "docs/source/"]
    folder = next((c.rstrip("/") for c in confs if (c + "conf.py") in files), None)
    if name and folder:
        out.append(((f"{name.replace('_', '-')}.readthedocs.io", ""), folder))
    return out


def site_pages(url: str, read, files, target) -> list[tuple[str, str]]:
    """``[(path, "install" or "usage")]``: the source pages on installing or using the project that ``url``, a link to its own
    documentation site, leads to, each with the section its path names; [] for another site."""
    site = _site(url)
    if not site or ".." in url:
        return []
    for (host, part), folder in own_sites(read, files, target):
        if site[0] == host and (not part or site[1] == part):
            pre = folder.strip("/") + "/" if folder.strip("/") not in ("", ".") else ""
            pages = sorted(p for p, e in files.items() if p.startswith(pre) and e.kind == "file" and p[len(pre):].count("/") <= 2
                           and p.rsplit(".", 1)[-1].lower() in PROSE and _PAGE_TOPIC.search(p[len(pre):]))
            return [(p, "install" if _PAGE_TOPIC.search(p[len(pre):]).group("install") else "usage") for p in pages[:MAX_SITE_PAGES]]
    return []
