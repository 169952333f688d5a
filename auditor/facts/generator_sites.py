"""The output folder a static site generator writes beside its configuration, committed with its sources (issue 12, s38 fd38 =
reader rb38's Mirjanaed/cpegeom_2026: a MkDocs documentation whose ``mkdocs build`` output, ``site/``, was committed beside
mkdocs.yml and docs/, its copied search and theme scripts then judged as the project's code):

- MkDocs writes into ``site_dir`` (``site`` unless mkdocs.yml sets it), relative to mkdocs.yml's folder
  (https://www.mkdocs.org/user-guide/configuration/#site_dir, read 2026-12-06): that folder is its output when it holds the shape
  MkDocs gives it, an ``index.html`` with its search index (``search/search_index.json``), its sitemap (``sitemap.xml``) or a
  page naming MkDocs in its head;
- Jekyll writes into ``destination`` (``_site`` unless _config.yml sets it) beside its _config.yml
  (https://jekyllrb.com/docs/configuration/options/, read 2026-12-06), when it holds an ``index.html`` or a feed or sitemap.

A folder so named without the generator's configuration beside it (hand-written pages in site/), or the configuration's own
source folder (MkDocs' ``docs_dir``), is not output. Bounded: at most :data:`MAX_CONFIGS` configurations, in path order.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

MAX_CONFIGS = 20
CONFIG_BYTES = 64 * 1024
HEAD_BYTES = 16 * 1024
_KEEP = {"test", "lockfile", "community"}
_OPTION = r"^{}[ \t]*:[ \t]*['\"]?([^'\"#\n]{{1,200}}?)['\"]?[ \t]*(?:#.*)?$"
_MKDOCS_MARK = lazy_compile(r"mkdocs", re.I)
# (generator: the configuration's name, its output option and default, its source option and default, the files that mark its output)
_GENERATORS = (
    ("mkdocs", ("mkdocs.yml", "mkdocs.yaml"), "site_dir", "site", "docs_dir", "docs",
     ("search/search_index.json", "sitemap.xml", "sitemap.xml.gz")),
    ("jekyll", ("_config.yml", "_config.yaml"), "destination", "_site", "source", ".", ("feed.xml", "sitemap.xml")),
)


def _option(text: str, name: str) -> str | None:
    m = re.search(_OPTION.format(re.escape(name)), text, re.M)
    return m.group(1).strip() if m else None


def _inside(base: str, value: str) -> str | None:
    """The repository folder ``value`` names from ``base`` (None: the root, absolute, outside the tree)."""
    if value.startswith(("/", "~")) or "://" in value or "{" in value:
        return None
    path = posixpath.normpath(posixpath.join(base, value)).strip("/")
    return None if path in ("", ".") or path.startswith("..") else path


def generator_sites(snap, items: list) -> dict[str, str]:
    """``{path: "site"}`` for the files of a static site generator's output folder committed beside its configuration (see the
    module's docstring)."""
    paths = {i.path for i in items}
    configs = sorted((i.path, g) for i in items for g in _GENERATORS if i.path.rsplit("/", 1)[-1] in g[1] and i.category != "vendored")
    folders: list[str] = []
    for path, (tool, _names, out_opt, out_default, src_opt, src_default, marks) in configs[:MAX_CONFIGS]:
        base = posixpath.dirname(path)
        text = snap.read_text(path, limit=CONFIG_BYTES) or ""
        out = _inside(base, _option(text, out_opt) or out_default)
        src = _inside(base, _option(text, src_opt) or src_default)
        if not out or out == src or (src and src.startswith(out + "/")):
            continue  # (the generator's own sources: never its output)
        if out + "/index.html" not in paths:
            continue
        shaped = any(f"{out}/{m}" in paths for m in marks)
        if not shaped and tool == "mkdocs":
            shaped = bool(_MKDOCS_MARK.search(snap.read_head(out + "/index.html", HEAD_BYTES) or ""))
        if shaped:
            folders.append(out + "/")
    if not folders:
        return {}
    starts = tuple(folders)
    return {i.path: "site" for i in items if i.category not in _KEEP and i.path.startswith(starts)}


_COMMANDS = {"mkdocs": ("MkDocs", "mkdocs build"), "jekyll": ("Jekyll", "jekyll build")}


def generator_of(folder: str, paths) -> tuple[str, str, str] | None:
    """``(tool, command, configuration path)`` of the generator whose configuration sits beside the output ``folder`` (``site`` beside
    mkdocs.yml: MkDocs), or None (a bundler's built site)."""
    base = folder.rstrip("/").rpartition("/")[0]
    for tool, names, *_ in _GENERATORS:
        for name in names:
            config = f"{base}/{name}" if base else name
            if config in paths:
                return (*_COMMANDS[tool], config)
    return None
