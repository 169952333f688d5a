"""Kind rules for what a repository serves or publishes, read from its pages rather than from its framework or its file counts.

- Blade views (``resources/views/*.blade.php``) are the pages a Laravel application renders: a Laravel project with views of
  its own serves pages (a web application), where the skeleton's ``welcome.blade.php``, mail and error views alone leave an API.
- A documentation site (Sphinx's ``conf.py`` beside an ``index.rst`` or MyST ``index.md``; MkDocs' ``mkdocs.yml`` and its pages):
  the SQL files its topic folders hold are examples its pages show, no data model.
- A repository that is only a documentation site one folder down (source/conf.py, built by Read the Docs or from a requirements
  file naming only Sphinx and its theme, no code outside that folder): a static site, its conf.py the generator's configuration.
- A package.json that names no package (no ``name``, ``main``, ``bin`` nor ``exports``) whose scripts run the project's own
  program, holding most of its code, with node: that program is a command run by hand, whatever arguments it reads.
- HTML pages committed and published by a GitHub Pages workflow (actions/deploy-pages, upload-pages-artifact, gh-pages actions): a
  static site, whatever interface components sit beside them; the node scripts its package.json runs to check or build those pages
  are its tooling, no command-line product.
- A root index.html loading scripts of the repository's own (js/app.js), published as is (a Pages workflow, or a root .nojekyll),
  even a single page (a map viewer): the repository is that site, the helper scripts of its tooling folder (scripts/bump_version.py,
  scripts/update_data.py, argparse or not) that refresh its data or bump its version are its maintenance, no command-line product.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.ci_systems import CI_SYSTEMS
from auditor.facts.doc_sites import doc_site_roots  # (the project fact takes it from here too)
from auditor.facts.install import PAGES_DEPLOY
from auditor.lazyre import lazy_compile

# Laravel's skeleton page and the views that render no page of the site (mails, notifications, error pages, published vendor views)
_SKELETON_VIEWS = {"welcome.blade.php"}
_NO_PAGE_DIRS = {"mail", "mails", "email", "emails", "notifications", "errors", "vendor", "pdf"}


def blade_views(paths: list[str]) -> list[str]:
    """The Blade views among ``paths`` (the project's own files) that render pages of the site, sorted, at most 20."""
    out = []
    for p in sorted(paths):
        if not p.lower().endswith(".blade.php"):
            continue
        folders = {d.lower() for d in p.split("/")[:-1]}
        if p.rsplit("/", 1)[-1].lower() in _SKELETON_VIEWS or folders & _NO_PAGE_DIRS:
            continue
        out.append(p)
    return out[:20]


_PAGE_EXT = (".rst", ".md", ".markdown", ".txt")


def doc_site_only(ctx, code: list[str], manifests: list[dict]) -> list[str]:
    """The Sphinx ``conf.py`` of a documentation site one folder down (source/conf.py beside its index.rst) of a repository that is
    only that site: built as one (a root .readthedocs.yaml, or a root requirements file naming only documentation generators and
    their themes, a manual's "Sphinx" and "sphinx_rtd_theme") and holding no code outside the site's folder. Empty otherwise (a
    program's docs/ site: its code lies beside it)."""
    files = ctx.snapshot.files
    built = any(p in files for p in (".readthedocs.yaml", ".readthedocs.yml")) or any(
        m.get("docs_build") and "/" not in str(m.get("path") or "/") for m in manifests)
    out = []
    for r in doc_site_roots(ctx):
        if not r or f"{r}conf.py" not in files:
            continue
        # the site's folder: the sources' own, or the one above a source/ folder, where sphinx-quickstart writes the Makefile and
        # make.bat that run sphinx-build (Documentation_utilisateur_X/{Makefile, make.bat, source/, build/}): built by them, with
        # no code of the repository outside that folder (issue 12, s36 r36 = ToffoluttiVittorio/Documentation_sphinx)
        home = r[: -len("source/")] if r.endswith("source/") else r
        made = any(_SPHINX_MAKE.search(ctx.snapshot.read_text(f"{home}{m}", limit=64 * 1024) or "") for m in ("Makefile", "make.bat")
                   if f"{home}{m}" in files)
        if (built and all(c.startswith(r) for c in code)) or (made and home and all(c.startswith(home) for c in code)):
            out.append(f"{r}conf.py")
    return out[:1]


_SPHINX_MAKE = re.compile(r"\bSPHINXBUILD\b|\bsphinx-build\b")


def doc_site_sql(ctx, sql: list[str]) -> list[str]:
    """The SQL files, among ``sql``, that a documentation site's pages show: under a site's source folder one folder down
    (docs/…), or, for a site at the root, in a topic folder that also holds pages (adressage/sql/x.sql beside adressage/*.rst;
    a README is no page of the site)."""
    roots = doc_site_roots(ctx)
    if not roots or not sql:
        return []
    topics_with_pages = {p.split("/", 1)[0] for p in ctx.snapshot.files if "/" in p and p.lower().endswith(_PAGE_EXT)
                         and not p.rsplit("/", 1)[-1].lower().startswith(("readme", "licen", "changelog"))}
    out = []
    for p in sql:
        if any(r and p.startswith(r) for r in roots) or ("" in roots and "/" in p and p.split("/", 1)[0] in topics_with_pages):
            out.append(p)
    return out


def unnamed_npm_programs(ctx, code: list[str]) -> list[str]:
    """The project's own files a root package.json naming no package (no ``name``, ``main``, ``bin``, ``exports``, ``module``)
    runs with node from its scripts (not a build, test or lint step; serving nothing), when they hold at least half of the
    project's code by size: the program the repository is, run by ``npm run <script>``."""
    from auditor.facts.kind_apps import _MAINTAINER_SCRIPT, _RUN_FILE, _SERVES_OR_RENDERS

    files = ctx.snapshot.files
    if "package.json" not in files:
        return []
    try:
        doc = safejson.loads(ctx.snapshot.read_text("package.json", limit=256 * 1024) or "")
    except ValueError:
        return []
    if not isinstance(doc, dict) or any(doc.get(k) for k in ("name", "main", "bin", "exports", "module", "types", "typings", "browser")):
        return []
    scripts = doc.get("scripts")
    if not isinstance(scripts, dict):
        return []
    run: list[str] = []
    for name, command in sorted(scripts.items())[:40]:
        m = _RUN_FILE.match(command) if isinstance(command, str) and not _MAINTAINER_SCRIPT.match(str(name)) else None
        path = m.group(1) if m else None
        if path and path in files and path not in run and files[path].size <= 512 * 1024 \
                and not _SERVES_OR_RENDERS.search(ctx.snapshot.read_text(path, limit=256 * 1024) or ""):
            run.append(path)
    size = {p: files[p].size for p in code if p in files}
    if not run or 2 * sum(files[p].size for p in run) < sum(size.values()):
        return []
    return sorted(run)[:3]


MIN_PUBLISHED_PAGES = 5
MAX_PAGES_WORKFLOWS = 20


def pages_workflows(ctx, html: list[str]) -> list[str]:
    """The CI files (the first :data:`MAX_PAGES_WORKFLOWS` in path order, 256 KB each) that publish a site to GitHub or GitLab
    Pages, when at least :data:`MIN_PUBLISHED_PAGES` HTML pages are committed (``html``: the project's own pages, no
    documentation's): the repository is that site."""
    if len(html) < MIN_PUBLISHED_PAGES:
        return []
    ci = sorted(p for p in ctx.snapshot.files if any(rx.match(p) for _, rx in CI_SYSTEMS))[:MAX_PAGES_WORKFLOWS]
    return [p for p in ci if PAGES_DEPLOY.search(ctx.snapshot.read_text(p, limit=256 * 1024) or "")]


_OWN_SCRIPT = lazy_compile(r"""<script\b[^>]*\bsrc\s*=\s*["']?(?!https?:|//|data:)\.?/?([\w./-]+?\.m?js)(?:[?#][^"'\s>]*)?["'\s>]""", re.I)


def published_root_page(ctx, html: list[str]) -> list[str]:
    """``[index.html, what publishes it]`` when the root index.html (among ``html``, the project's own pages) loads at least one
    script of the repository's own (a relative ``src`` naming a committed file) and the repository is published as is: a root
    ``.nojekyll`` or a CI file deploying to Pages (the first :data:`MAX_PAGES_WORKFLOWS`, 256 KB each). Empty otherwise (a landing
    page loading only libraries, or an unpublished page)."""
    files = ctx.snapshot.files
    if "index.html" not in html or "index.html" not in files:
        return []
    page = ctx.snapshot.read_text("index.html", limit=512 * 1024) or ""
    if not any(m.group(1) in files for m in _OWN_SCRIPT.finditer(page)):
        return []
    if ".nojekyll" in files:
        return ["index.html", ".nojekyll"]
    ci = sorted(p for p in files if any(rx.match(p) for _, rx in CI_SYSTEMS))[:MAX_PAGES_WORKFLOWS]
    deploy = [p for p in ci if PAGES_DEPLOY.search(ctx.snapshot.read_text(p, limit=256 * 1024) or "")]
    return ["index.html", deploy[0]] if deploy else []
