"""A static site whose pages are its product, not a site documenting software: a commune's Jekyll website (actualites.md,
dechets.md, hebergements.md "Hébergements et restaurations": the village's news, waste collection, lodging), a slide deck
compiled to index.html and published on the forge's pages. Its content pages are no documentation of the project (no guides, no
deployment document because a page is about lodging, "hébergement"), its generator's configuration (a root ``_config.yml``) and
its own pages address (``owner.github.io/repo/``) no documentation site: they are the site itself.

A documentation site stays one: a documentation generator's (MkDocs, Sphinx, Docusaurus…), or a site whose repository name or
README title names documentation (rudi_documentation, georchestra-doc, a guide, a manual, a wiki).
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.doc_pages import CODE_PAGES_SITE
from auditor.facts.project import decided_kind
from auditor.facts.software_marks import TECHNICAL
from auditor.lazyre import lazy_compile

# generators whose sites document something (the docs fact's site tools, Jekyll's and Hugo's aside: any site)
DOC_GENERATORS = frozenset({"mkdocs", "zensical", "sphinx", "docusaurus", "vitepress", "vuepress", "antora", "readthedocs", "pkgdown", "maven-site",
                            "mdbook", "typedoc", "jsdoc"})
# a name or title naming documentation (rudi_documentation, georchestra-doc, guide-accessibilite, "Manuel utilisateur", handbook)
_DOC_NAME = lazy_compile(r"(?:^|[^a-z0-9])(?:docs?|documentations?|guides?|manuels?|manual|handbook|wiki|tutori[ae]ls?|cookbook|notices?|"
                         r"aide|help|faq|api)(?:$|[^a-z0-9])", re.I)
# a pages site's own address: owner.github.io/repo/ (or gitlab.io, framagit.io), nothing after the repository's name
PAGES_ROOT = lazy_compile(r"^https?://[a-z0-9-]{1,100}\.(?:github|gitlab|framagit)\.io(?:/[\w.-]{1,100})?/?(?:index\.html?)?(?:[?#]\S{0,200})?$", re.I)


MAX_PAGES, MAX_PAGE_BYTES = 30, 64 * 1024
# what a page documenting software holds: a code block (fenced or indented), an HTTP request, an API's or a program's words
_TECHNICAL = TECHNICAL


# a site's prose pages: Markdown, and Quarto's or R Markdown's (an observatory's index.qmd, batiments_plain_pied.qmd)
PROSE_PAGES = (".md", ".markdown", ".qmd", ".rmd")
# a Quarto or R Markdown page's cells (```{r}, ```{ojs}, ```{python}): the computations that draw its charts and maps when the site is
# built, no code shown to its reader; a raw block (```{=html}) wraps the page's own text, read without its fences
_BRACED_FENCE = lazy_compile(r"^(`{3,}|~{3,})[ \t]*\{[ \t]*(=?)[A-Za-z][^}\n]*\}")
_CLOSING_FENCE = lazy_compile(r"^(`{3,}|~{3,})[ \t]*$")


def page_text(path: str, text: str) -> str:
    """A page's text as its reader sees it: a Quarto or R Markdown page without its cells, its raw blocks without their fences (read
    line by line: an unclosed cell hides the rest of the page, nothing scans twice)."""
    if not path.lower().endswith((".qmd", ".rmd")):
        return text
    out, fence, raw = [], "", False
    for line in text.splitlines():
        if not fence and (m := _BRACED_FENCE.match(line)):
            fence, raw = m.group(1), bool(m.group(2))
        elif fence and (m := _CLOSING_FENCE.match(line)) and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
            fence = ""
        elif not fence or raw:
            out.append(line)
    return "\n".join(out)


@fact("content_site", version=5, public=False)
def content_site(ctx) -> dict:
    """``content``: the repository is a static site whose pages are its product; ``why``: what said so (empty when not)."""
    proj = ctx.fact("project") or {}
    if decided_kind(proj) != "static-site":
        return {"content": False, "why": []}
    # a site of pages alone served from the root (a slide deck compiled to index.html): its pages address is the site itself
    code = (ctx.fact("code") or {}).get("files_measured") or 0
    own_root = not code and any(p in ctx.snapshot.files for p in ("index.html", "index.htm"))
    docs = ctx.fact("docs") or {}
    if any(s.get("tool") in DOC_GENERATORS for s in docs.get("site") or []):
        return {"content": False, "why": [], "own_pages_root": own_root}
    target = getattr(ctx, "target", None)
    readme = ctx.fact("readme") or {}
    title = next((h.get("text") or "" for h in readme.get("headings") or [] if isinstance(h, dict) and h.get("level") == 1), "")
    names = [getattr(target, "name", None) or "", title]
    if any(_DOC_NAME.search(n) for n in names if n):
        return {"content": False, "why": [], "own_pages_root": own_root}
    # pages written about software (a city's API documentation in Middleman: "GET http://…/parkings", "L'API renvoie du JSON"): documentation
    pages = sorted(p for p in ctx.snapshot.files if content_page(p) and p.lower().endswith(PROSE_PAGES) and p != readme.get("path"))[:MAX_PAGES]
    pages += sorted(p for p in ctx.snapshot.files if p.count("/") == 1 and p.lower().endswith(PROSE_PAGES) and not p.startswith("."))[:MAX_PAGES]
    # (an Observable Framework site's ```js fences are its cells, run when the site is built to draw its charts: no code shown)
    cells = any(e.get("reason") == "static site generator" and CODE_PAGES_SITE.search(e.get("path") or "") for e in proj.get("kind_evidence") or [])
    technical = 0 if cells else sum(bool(_TECHNICAL.search(page_text(p, ctx.snapshot.read_text(p, limit=MAX_PAGE_BYTES) or ""))) for p in pages[:MAX_PAGES])
    if pages and technical * 3 >= len(pages[:MAX_PAGES]):
        return {"content": False, "why": [], "own_pages_root": own_root}
    page_dirs = front_matter_dirs(ctx.snapshot, (docs.get("code_guides") or []) + (docs.get("deployment") or []))
    # (a site served from its root, whose folder named for guides holds its pages alone, references/guides/<title>/index.html: a section
    # of the site, the wiki's summaries of planning guides, no documentation of it)
    page_dirs += [d for d in html_page_dirs(ctx.snapshot, docs.get("docs_dirs") or []) if d not in page_dirs] if own_root else []
    return {"content": True, "why": [n for n in names if n][:2], "pages": len(pages[:MAX_PAGES]), "technical": technical, "own_pages_root": own_root,
            "page_dirs": page_dirs}


def html_page_dirs(snap, folders: list[str]) -> list[str]:
    """The folders (of ``folders``) holding web pages (.html, .htm) and no other document: a site's rendered pages."""
    out = []
    for d in folders[:MAX_PAGE_DIRS]:
        exts = {p.rsplit(".", 1)[-1].lower() for p in snap.files if p.startswith(d + "/") and "." in p.rsplit("/", 1)[-1]}
        if exts and exts <= {"html", "htm", "png", "jpg", "jpeg", "svg", "gif", "webp"} and exts & {"html", "htm"}:
            out.append(d)
    return out


MAX_PAGE_DIRS, MAX_DIR_SAMPLE = 20, 3
_FRONT_MATTER_OPEN = lazy_compile(r"\A\ufeff?---[ \t]*\r?\n[\w-]+[ \t]*:")


def front_matter_dirs(snap, paths: list[str]) -> list[str]:
    """The folders of a content site whose prose pages open on a front matter ("layout: page" between two "---" lines: Jekyll
    renders such a file wherever it lies, a CAUE's data/territoires/1_histoire.md): the site's pages, not guides to it. A folder
    named for documentation (docs/, guide/, wiki/) is left out; the first :data:`MAX_PAGE_DIRS` folders in sorted order, their
    first three pages read."""
    by_dir: dict[str, list[str]] = {}
    for p in sorted(set(paths)):
        if "/" in p and p.lower().endswith(PROSE_PAGES) and not any(_DOC_NAME.search(part) for part in p.split("/")[:-1]):
            by_dir.setdefault(p.rsplit("/", 1)[0], []).append(p)
    return [d for d, pages in sorted(by_dir.items())[:MAX_PAGE_DIRS]
            if all(_FRONT_MATTER_OPEN.match(snap.read_head(p, 512) or "") for p in pages[:MAX_DIR_SAMPLE])]


def own_pages_link(url: str) -> bool:
    """The address is a pages site's root (``owner.github.io/repo/``): for a content site, the site itself published."""
    return bool(PAGES_ROOT.match(url or ""))


# a document at a content site's root that still documents the site (how to deploy, install or maintain it)
_SITE_GUIDE = lazy_compile(r"^(?:deploy|deployment|deploiement|déploiement|install|installation|setup|maintenance|maintaining|contributing|"
                           r"development|developpement|développement)\b", re.I)


def content_page(path: str) -> bool:
    """A prose page at the root of a content site (actualites.md, hebergements.md): its content, not a guide to the site."""
    return "/" not in path and path.lower().endswith((".md", ".markdown", ".qmd", ".rmd", ".html", ".htm", ".textile")) and not _SITE_GUIDE.match(path)


def without_own_pages(docs: dict) -> dict:
    """The ``docs`` fact without the link to the site's own pages address (``owner.github.io/repo/`` serving its index.html)."""
    return {**docs, "site": [s for s in docs.get("site") or [] if not (s.get("tool") == "link" and own_pages_link(s.get("url") or ""))]}


# the folders a site generator turns into pages: Hugo's content/, Jekyll's _posts/, _drafts/ and collections (_actualites/); not
# its folders of layouts, includes, styles and data
_PAGE_FOLDERS = lazy_compile(r"^(?:content|_(?!(?:includes|layouts|sass|data|plugins|site|templates|config)/)[\w-]+)/", re.I)


def site_page(path: str) -> bool:
    """A page of a content site: at its root (content_page), or in its generator's folder of pages (a Hugo village site's
    content/dechets/_index.md, a Jekyll site's _actualites/sictomu.md); never one named as a guide to the site (deploiement.md,
    or a page bundle content/installation/index.md)."""
    if "/" not in path:
        return content_page(path)
    if not _PAGE_FOLDERS.match(path) or not path.lower().endswith((".md", ".markdown", ".html", ".htm", ".textile")):
        return False
    parts = path.split("/")
    name = parts[-2] if parts[-1].lower().rsplit(".", 1)[0] in ("index", "_index") else parts[-1]  # (a page bundle is named by its folder)
    return not _SITE_GUIDE.match(name)


def without_content(docs: dict, page_dirs=()) -> dict:
    """The ``docs`` fact without what a content site's own pages and publication made look like documentation: its pages as guides
    (at the root, in its generator's folder of pages: a Hugo starter's content/ filled with Lorem ipsum news items, or in
    ``page_dirs``, the folders of pages opening on a front matter: :func:`front_matter_dirs`) or deployment documents, their
    language as the documentation's, its generator's root configuration as a documentation site."""
    dirs = frozenset(page_dirs or ())
    page = lambda p: site_page(p) or ("/" in p and p.rsplit("/", 1)[0] in dirs and not _SITE_GUIDE.match(p.rsplit("/", 1)[1]))  # noqa: E731
    out = dict(docs)
    if gone := [d for d in docs.get("docs_dirs") or [] if d in dirs]:  # (a folder of the site's own pages: html_page_dirs)
        by_dir = docs.get("doc_files_by_dir") or {}
        out["docs_dirs"] = [d for d in docs["docs_dirs"] if d not in gone]
        out["doc_files"] = max(0, (docs.get("doc_files") or 0) - sum(by_dir.get(d, 0) for d in gone))
        out["doc_files_by_dir"] = {d: n for d, n in by_dir.items() if d not in gone}
    out["root_guides"] = [p for p in docs.get("root_guides") or [] if not content_page(p)]
    out["code_guides"] = [p for p in docs.get("code_guides") or [] if not page(p)]
    # (the pages' language is the site's, not its documentation's: placeholder pages in pseudo-Latin read as "documentation in Occitan")
    out["file_languages"] = {p: c for p, c in (docs.get("file_languages") or {}).items() if not page(p)}
    kept = {c for codes in out["file_languages"].values() for c in str(codes).split("+")}
    out["languages"] = {c: v for c, v in (docs.get("languages") or {}).items() if c in kept}
    out["deployment"] = [p for p in docs.get("deployment") or [] if not page(p)]
    out["site"] = [s for s in docs.get("site") or [] if not (s.get("tool") in ("jekyll", "hugo") and "/" not in (s.get("path") or ""))]
    return out
