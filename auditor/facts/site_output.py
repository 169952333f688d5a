"""``site_output``: the repository is a static site generator's output and nothing else: the branch a deployment pushes (``mkdocs
gh-deploy``, a "Deploy to GitHub pages" workflow), whose root page names its generator in its head (``<meta name="generator"
content="mkdocs-1.1.2, mkdocs-material-5.5.12">``) while none of that generator's sources is there (no mkdocs.yml, no Hugo or
Jekyll configuration, no package.json building it, no Markdown page but a README). Its pages are what the generator wrote from
sources kept elsewhere: built files, whose text is the content written in those sources, not code.

Only the root's index.html head is read (:data:`HEAD_BYTES`).
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

HEAD_BYTES = 16 * 1024
_META = lazy_compile(r"""<meta\s[^>]{0,300}?\bname\s*=\s*["']?generator["']?[^>]{0,300}?\bcontent\s*=\s*["']([^"'<>]{1,160})["']|"""
                     r"""<meta\s[^>]{0,300}?\bcontent\s*=\s*["']([^"'<>]{1,160})["'][^>]{0,300}?\bname\s*=\s*["']?generator\b""", re.I)
# the static site generators that name themselves in their pages' heads, and the files that are their sources
_TOOLS = lazy_compile(r"^\s*(mkdocs|zensical|hugo|jekyll|docusaurus|gatsby|hexo|vuepress|vitepress|eleventy|zola|astro)\b", re.I)
_SOURCES = lazy_compile(r"(?:^|/)(?:mkdocs\.ya?ml|zensical\.toml|_config\.ya?ml|hugo\.(?:toml|ya?ml|json)|config\.(?:toml|ya?ml)|package\.json|"
                        r"docusaurus\.config\.[cm]?[jt]s|gatsby-config\.[cm]?[jt]s|\.eleventy\.[cm]?js|eleventy\.config\.[cm]?js|"
                        r"astro\.config\.[cm]?[jt]s|_config\.[\w-]+\.ya?ml|\.vuepress/config\.[cm]?[jt]s|\.vitepress/config\.[cm]?[jt]s)$|"
                        r"\.(?:md|markdown|mdx|rst)$", re.I)
_NAMES = {"mkdocs": "MkDocs", "zensical": "Zensical", "vuepress": "VuePress", "vitepress": "VitePress"}  # (the others: capitalised)
_README = lazy_compile(r"(?:^|/)(?:readme|licen[cs]e|changelog|contributing)(?:\.[\w]+)?$", re.I)


def generator_of(html: str) -> str | None:
    """The generator a page's head names (``mkdocs-1.1.2, mkdocs-material-5.5.12``), when it is a static site generator."""
    m = _META.search(html[:HEAD_BYTES])
    value = (m.group(1) or m.group(2)) if m else None
    return value.strip() if value and _TOOLS.match(value) else None


@fact("site_output", version=1, public=False)
def site_output(ctx) -> dict:
    """``{"tool" (MkDocs, Hugo…), "generator", "page", "pages"}`` when the repository is only a static site generator's output (see the module), else ``{}``."""
    snap = ctx.snapshot
    if "index.html" not in snap.files:
        return {}
    generator = generator_of(snap.read_head("index.html", HEAD_BYTES) or "")
    if not generator or any(_SOURCES.search(p) and not _README.search(p) for p in snap.files):
        return {}
    pages = sum(1 for p in snap.files if p.lower().endswith((".html", ".htm")))
    tool = _TOOLS.match(generator).group(1).lower()
    return {"tool": _NAMES.get(tool, tool.capitalize()), "generator": generator, "page": "index.html", "pages": pages}
