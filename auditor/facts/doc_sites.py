"""Where a repository keeps a documentation site's sources (Sphinx, MkDocs): one rule for the project kind (kind_sites) and the
install recipes (install_recipes: a site its CI builds), kept apart from both so that neither imports the other."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a Sphinx configuration (its extensions, theme or project settings) or a MkDocs one
_SPHINX_CONF = lazy_compile(r"^[ \t]*(?:extensions|html_theme|master_doc|root_doc|source_suffix)[ \t]*=|\bsphinx\b|\bmyst_parser\b", re.M)


# how deep a Sphinx conf.py is looked for: at the root, in docs/, and in the source/ of a folder (docs/source/, a manual's
# Documentation_utilisateur_X/source/: sphinx-quickstart's "separate source and build directories" under a folder of its own;
# issue 12, s36 r36 = ToffoluttiVittorio/Documentation_sphinx); the first ones by depth, then by path
MAX_CONF_DEPTH = 3
MAX_CONFS = 20


def doc_site_roots(ctx) -> list[str]:
    """The folders ("" for the root) holding a documentation site's sources: a Sphinx ``conf.py`` beside an ``index.rst``,
    ``index.md`` or ``index.txt``, or a ``mkdocs.yml``'s pages (``docs_dir``, by default ``docs/``). A conf.py at most
    :data:`MAX_CONF_DEPTH` folders down, none vendored."""
    files = ctx.snapshot.files
    roots = sphinx_roots(ctx.snapshot)
    for cfg in ("mkdocs.yml", "mkdocs.yaml", "zensical.toml"):  # (Zensical, MkDocs' successor: docs_dir = "docs" in TOML)
        if cfg in files:
            m = re.search(r"^docs_dir\s*[:=]\s*['\"]?([\w./-]+?)['\"]?\s*$", ctx.snapshot.read_text(cfg, limit=64 * 1024) or "", re.M)
            d = (m.group(1).strip("./") if m else "docs")
            roots.append(d + "/" if d else "")
    return sorted(set(roots))


def sphinx_roots(snap) -> list[str]:
    """The folders ("" for the root) of a Sphinx ``conf.py`` (its extensions, theme or project settings) beside an ``index.rst``,
    ``index.md`` or ``index.txt``: at most :data:`MAX_CONF_DEPTH` folders down, none vendored nor a test's, the first :data:`MAX_CONFS` by depth."""
    from auditor.facts.inventory import is_test, is_vendored

    files = snap.files
    # (not a Sphinx extension's test roots, tests/roots/test-basic/conf.py beside its index.rst: fixtures, no site)
    confs = sorted((p for p in files if p.rsplit("/", 1)[-1] == "conf.py" and p.count("/") <= MAX_CONF_DEPTH and not is_vendored(p)
                    and not (p.count("/") > 1 and is_test(p))),
                   key=lambda p: (p.count("/"), p))[:MAX_CONFS]
    return [c[: -len("conf.py")] for c in sorted(confs) if any(f"{c[: -len('conf.py')]}index{x}" in files for x in (".rst", ".md", ".txt"))
            and _SPHINX_CONF.search(snap.read_text(c, limit=64 * 1024) or "")]
