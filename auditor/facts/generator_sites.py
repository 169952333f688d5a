"""The output folder a static site generator writes beside its configuration, committed with its sources (issue 12, s38 fd38 =
reader rb38's Mirjanaed/cpegeom_2026: a MkDocs documentation whose ``mkdocs build`` output, ``site/``, was committed beside
mkdocs.yml and docs/, its copied search and theme scripts then judged as the project's code):

- MkDocs writes into ``site_dir`` (``site`` unless mkdocs.yml sets it), relative to mkdocs.yml's folder
  (https://www.mkdocs.org/user-guide/configuration/#site_dir, read 2026-12-06): that folder is its output when it holds the shape
  MkDocs gives it, an ``index.html`` with its search index (``search/search_index.json``), its sitemap (``sitemap.xml``) or a
  page naming MkDocs in its head;
- Jekyll writes into ``destination`` (``_site`` unless _config.yml sets it) beside its _config.yml
  (https://jekyllrb.com/docs/configuration/options/, read 2026-12-06), when it holds an ``index.html`` or a feed or sitemap;
- Hugo writes into ``publishDir`` (``public`` unless its configuration sets it) beside its configuration, hugo.toml (.yaml,
  .json) or, before Hugo 0.110, config.toml (.yaml, .json) setting Hugo's ``baseURL`` or ``theme``
  (https://gohugo.io/getting-started/configuration/#publishdir, read 2026-12-06), when it holds an ``index.html`` with Hugo's
  RSS list (``index.xml``) or a page whose head names Hugo as its generator (``<meta name="generator" content="Hugo 0.87.0">``)
  (issue 12, s38 fn38 = reader md38's govpf/helpthemall: Hugo's public/ committed beside config.toml, content/ and themes/dot/).

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
_OPTION = r"^{}[ \t]*[:=][ \t]*['\"]?([^'\"#\n]{{1,200}}?)['\"]?[ \t]*(?:#.*)?$"  # (YAML's key: value, TOML's key = "value")
_MKDOCS_MARK = lazy_compile(r"mkdocs|zensical", re.I)
_HUGO_MARK = lazy_compile(r"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?Hugo\b", re.I)
_HUGO_KEYS = lazy_compile(r"^[ \t]*[\"']?(?:baseURL|theme)[\"']?[ \t]*[:=]", re.I | re.M)  # (a config.toml of Hugo's, not any tool's)
_HUGO_NAMES = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
# (generator: the configuration's name, its output option and default, its source option and default, the files that mark its output)
_GENERATORS = (
    ("mkdocs", ("mkdocs.yml", "mkdocs.yaml", "zensical.toml"), "site_dir", "site", "docs_dir", "docs",
     ("search/search_index.json", "sitemap.xml", "sitemap.xml.gz")),
    ("jekyll", ("_config.yml", "_config.yaml"), "destination", "_site", "source", ".", ("feed.xml", "sitemap.xml")),
    ("hugo", (*_HUGO_NAMES, "config.toml", "config.yaml", "config.yml", "config.json"), "publishDir", "public", "contentDir", "content",
     ("index.xml",)),
)


def _option(text: str, name: str) -> str | None:
    m = re.search(_OPTION.format(re.escape(name)), text, re.M | re.I)
    return m.group(1).strip() if m else None


def _inside(base: str, value: str) -> str | None:
    """The repository folder ``value`` names from ``base`` (None: the root, absolute, outside the tree)."""
    if value.startswith(("/", "~")) or "://" in value or "{" in value:
        return None
    path = posixpath.normpath(posixpath.join(base, value)).strip("/")
    return None if path in ("", ".") or path.startswith("..") else path


_PAGE_EXT = (".md", ".markdown", ".mdown", ".mkd")
_MKDOCS_THEME_BUNDLE = lazy_compile(r"^assets/javascripts/bundle\.[0-9a-f]{8,}\.min\.js$")  # (Material for MkDocs' hashed theme script)


def _mirrors_pages_folder(paths: set[str], src: str, out: str) -> bool:
    """Whether ``out`` holds what ``mkdocs build`` copies there though its pages are not committed (a .gitignore or a hand
    dropping ``*.html``): MkDocs copies every file of ``docs_dir`` that is not a Markdown page to the same place under
    ``site_dir`` (https://www.mkdocs.org/user-guide/writing-your-docs/#other-files, read 2026-12-07). At least two of the pages
    folder's other files, and at least half of them, are found again under ``out``; or Material for MkDocs' content-hashed theme
    bundle (``assets/javascripts/bundle.<hash>.min.js``) is there beside one such copy (issue 12, s45 ff45 = reader rb45's
    Tristan14123/cpgeom_doc: site/ without its pages, 59 files — the theme's assets and copies of docs/'s images and scripts)."""
    static = [p[len(src) + 1:] for p in paths if p.startswith(src + "/") and not p.lower().endswith(_PAGE_EXT)]
    copies = sum(1 for rel in static if f"{out}/{rel}" in paths)
    if copies >= 2 and 2 * copies >= len(static):
        return True
    return copies >= 1 and any(_MKDOCS_THEME_BUNDLE.match(p[len(out) + 1:]) for p in paths if p.startswith(out + "/assets/"))


def generator_sites(snap, items: list) -> dict[str, str]:
    """``{path: "site"}`` for the files of a static site generator's output folder committed beside its configuration (see the
    module's docstring)."""
    folders = generator_folders(snap, items)
    if not folders:
        return {}
    starts = tuple(folders)
    return {i.path: "site" for i in items if i.category not in _KEEP and i.path.startswith(starts)}


def generator_folders(snap, items: list) -> list[str]:
    """The output folders (``site/``) of the static site generators configured in the repository, as :func:`generator_sites` finds
    them, each ending with a slash, in path order."""
    paths = {i.path for i in items}
    configs = sorted((i.path, g) for i in items for g in _GENERATORS if i.path.rsplit("/", 1)[-1] in g[1] and i.category != "vendored")
    folders: list[str] = []
    for path, (tool, _names, out_opt, out_default, src_opt, src_default, marks) in configs[:MAX_CONFIGS]:
        base = posixpath.dirname(path)
        text = snap.read_text(path, limit=CONFIG_BYTES) or ""
        if tool == "hugo" and not path.endswith(_HUGO_NAMES) and not _HUGO_KEYS.search(text):
            continue  # (a config.toml of another tool)
        out = _inside(base, _option(text, out_opt) or out_default)
        src = _inside(base, _option(text, src_opt) or src_default)
        if not out or out == src or (src and src.startswith(out + "/")):
            continue  # (the generator's own sources: never its output)
        shaped = False
        if out + "/index.html" in paths:
            shaped = any(f"{out}/{m}" in paths for m in marks)
            if not shaped and tool in ("mkdocs", "hugo"):
                shaped = bool((_MKDOCS_MARK if tool == "mkdocs" else _HUGO_MARK).search(snap.read_head(out + "/index.html", HEAD_BYTES) or ""))
        if not shaped and tool == "mkdocs" and src:
            shaped = _mirrors_pages_folder(paths, src, out)
        if shaped:
            folders.append(out + "/")
    return folders


_COMMANDS = {"mkdocs": ("MkDocs", "mkdocs build"), "jekyll": ("Jekyll", "jekyll build"), "hugo": ("Hugo", "hugo")}


def generator_of(folder: str, paths) -> tuple[str, str, str] | None:
    """``(tool, command, configuration path)`` of the generator whose configuration sits beside the output ``folder`` (``site`` beside
    mkdocs.yml: MkDocs), or None (a bundler's built site)."""
    base = folder.rstrip("/").rpartition("/")[0]
    for tool, names, *_ in _GENERATORS:
        for name in names:
            config = f"{base}/{name}" if base else name
            # (a config.toml is Hugo's beside Hugo's own folders only: archetypes/, themes/, content/)
            if config in paths and (name.startswith(("hugo.", "mkdocs.", "_config.")) or any(
                    p.startswith(f"{base}/{d}/" if base else f"{d}/") for p in paths for d in ("archetypes", "themes", "content"))):
                return (*_COMMANDS[tool], config)
    return None


# a theme's own licence file, or the metadata a theme gives for Hugo's theme gallery; and the placeholders `hugo new theme` writes in them
_THEME_MARKS = lazy_compile(r"^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$|^theme\.(?:toml|ya?ml)$", re.I)
_THEME_GALLERY = lazy_compile(r"^[^\S\n]*(?:homepage|licenselink|demosite|min_version|\[author\]|\[original\]|author:|original:)", re.M)
_THEME_PLACEHOLDER = lazy_compile(r"YOUR_NAME_HERE|yourname/yourtheme|https?://example\.com", re.I)
MAX_THEMES = 20


def hugo_theme_folders(snap, items: list) -> list[str]:
    """The files of the themes a Hugo site copied into its ``themes/<name>/`` folder, beside its configuration (hugo.toml, or a
    config.toml setting Hugo's baseURL or theme): a theme distributed by others, which carries its own licence file or the
    theme.toml of Hugo's theme gallery (its homepage, licence link, author), is a third-party component under its own licence — its layouts,
    its README and its exampleSite/ demo content are not the project's pages, documentation nor forms (issue 12, s38 fn38 = reader
    md38's govpf/helpthemall: Themefisher's "Dot" theme, MIT, in themes/dot/ beside the site's config.toml and content/). A theme the
    project wrote (no licence file nor theme.toml, or the placeholders ``hugo new theme`` leaves in them: YOUR_NAME_HERE,
    example.com) stays its own. Bounded: :data:`MAX_CONFIGS` configurations and :data:`MAX_THEMES` themes, in path order."""
    hugo = next(g for g in _GENERATORS if g[0] == "hugo")
    bases: list[str] = []
    for i in sorted(items, key=lambda i: i.path):
        name = i.path.rsplit("/", 1)[-1]
        if name in hugo[1] and i.category != "vendored" and len(bases) < MAX_CONFIGS:
            if name in _HUGO_NAMES or _HUGO_KEYS.search(snap.read_text(i.path, limit=CONFIG_BYTES) or ""):
                bases.append(posixpath.dirname(i.path))
    if not bases:
        return []
    themes: dict[str, list[str]] = {}
    for i in items:
        for base in bases:
            root = f"{base}/themes/" if base else "themes/"
            rest = i.path[len(root):] if i.path.startswith(root) else ""
            if "/" in rest:
                themes.setdefault(root + rest.split("/", 1)[0] + "/", []).append(i.path)
    out: list[str] = []
    for folder in sorted(themes)[:MAX_THEMES]:
        marks = sorted(p for p in themes[folder] if "/" not in p[len(folder):] and _THEME_MARKS.match(p[len(folder):]))
        texts = {p: snap.read_text(p, limit=CONFIG_BYTES) or "" for p in marks[:4]}
        # (a theme.toml naming only the theme and its licence is the project's own theme's: a distributed theme's licence file or
        # its gallery entry — homepage, licenselink, [author], min_version — says it comes from elsewhere; s29's village theme)
        shipped = [p for p, t in texts.items() if not p.endswith(("theme.toml", "theme.yaml", "theme.yml")) or _THEME_GALLERY.search(t)]
        if shipped and not any(_THEME_PLACEHOLDER.search(t) for t in texts.values()):
            out.append(folder)
    return out


def hugo_theme_copies(snap, items: list) -> set[str]:
    """The files of :func:`hugo_theme_folders`."""
    folders = tuple(hugo_theme_folders(snap, items))
    return {i.path for i in items if folders and i.path.startswith(folders)}
