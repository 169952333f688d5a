"""Where a repository keeps a documentation site's sources (Sphinx, MkDocs): one rule for the project kind (kind_sites) and the
install recipes (install_recipes: a site its CI builds), kept apart from both so that neither imports the other."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a Sphinx configuration (its extensions, theme or project settings) or a MkDocs one
_SPHINX_CONF = lazy_compile(r"^[ \t]*(?:extensions|html_theme|master_doc|root_doc|source_suffix)[ \t]*=|\bsphinx\b|\bmyst_parser\b", re.M)


def doc_site_roots(ctx) -> list[str]:
    """The folders ("" for the root) holding a documentation site's sources: a Sphinx ``conf.py`` beside an ``index.rst``,
    ``index.md`` or ``index.txt``, or a ``mkdocs.yml``'s pages (``docs_dir``, by default ``docs/``). At the root or one folder down."""
    files = ctx.snapshot.files
    roots = []
    for conf in sorted(p for p in files if p.rsplit("/", 1)[-1] == "conf.py" and p.count("/") <= 1):
        d = conf[: -len("conf.py")]
        if any(f"{d}index{x}" in files for x in (".rst", ".md", ".txt")) and _SPHINX_CONF.search(ctx.snapshot.read_text(conf, limit=64 * 1024) or ""):
            roots.append(d)
    for cfg in ("mkdocs.yml", "mkdocs.yaml"):
        if cfg in files:
            m = re.search(r"^docs_dir\s*:\s*['\"]?([\w./-]+?)['\"]?\s*$", ctx.snapshot.read_text(cfg, limit=64 * 1024) or "", re.M)
            d = (m.group(1).strip("./") if m else "docs")
            roots.append(d + "/" if d else "")
    return sorted(set(roots))
