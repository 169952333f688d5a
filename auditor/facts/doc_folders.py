"""The documentation folders of a repository, one rule for the ``docs`` fact (documentation.docs) and the ``files`` fact's ``docs``:
a folder named for documentation at any depth (doc/, app/doc/, a Symfony bundle's Resources/doc/, "Documentation technique/"), a Maven
site (src/site/ with its site.xml or its apt/, xdoc/, markdown/ pages), an HTML Help project's folder, and the documents they hold."""

from __future__ import annotations

import re

from auditor.facts.doc_pages import code_dirs, doc_folder, documentation_entries, maven_site, maven_site_page, no_document
from auditor.facts.install_guides import GUIDE_DOCUMENT
from auditor.facts.inventory import DOC_EXT, GUIDE_DIRS, PROSE_EXT, TEST_DIRS, USER_FILE_DIRS, folder_word, is_test
from auditor.lazyre import lazy_compile

DOCS_DIRS = ("docs", "doc", "documentation", "wiki", *sorted(GUIDE_DIRS))
DOCS_EXT = DOC_EXT | {"html", "apt"}  # documentation pages (text, HTML, a Maven site's APT) counted in a docs folder
GUIDE_EXT = {"pdf", "odt", "docx", "doc"}


# A web project's served folder, beside its manifest (Next.js's public/ beside package.json, Laravel's public/ beside composer.json):
# what it holds the site serves its visitors (public/documents/…/calcul-indicateurs.pdf linked from a page), no documentation of the project
SERVED_ROOTS = frozenset({"public", "static", "assets", "www", "htdocs"})
WEB_MANIFESTS = frozenset({"package.json", "composer.json"})
# a PHP site's entry page: its assets/ beside it is served as is (a commune's site without Composer: index.php, agenda.php, assets/pdf/);
# so is a page application's (an AngularJS front's client/index.html beside client/assets/documents/*.pdf, the forms it hands out)
WEB_ENTRIES = frozenset({"index.php", "index.html", "index.htm"})


def web_dirs(entries: list) -> set[str]:
    """The folders of a web project: beside its manifest or a PHP site's index.php."""
    return {e.dir for e in entries if e.name in WEB_MANIFESTS or e.name.lower() in WEB_ENTRIES}


def served_content(path: str, webs: set[str]) -> bool:
    """The file is in a web project's served folder (``webs``: :func:`web_dirs`): what the site gives its visitors ("Affiche
    installation.pdf" in a commune's assets/pdf/, a poster telling residents to install a phone app), no document of the project."""
    segs = path.split("/")[:-1]
    return any(served_root(segs, i, webs) for i in range(len(segs[:4])))


# the sources folder of a web project's front end, beside its manifest: a bundler (Vite, webpack, Angular's CLI) ships its assets/
# folder with the application it builds (src/assets/Manuel utilisateur.pdf, the notices a time-clock app hands its users)
_FRONT_SOURCES = frozenset({"src", "app", "client", "frontend"})


def served_root(segs: list[str], i: int, webs: set[str]) -> bool:
    """``segs[i]`` is a served folder of a web project (``webs``): public/, static/, assets/… beside its manifest or entry page, or an
    assets folder its bundler ships from its sources (src/assets/ beside package.json; issue 12, s45 fj45 = D-OTIsud/badgeuse_oti)."""
    seg = segs[i].lower()
    if seg not in SERVED_ROOTS:
        return False
    return "/".join(segs[:i]) in webs or (i >= 1 and segs[i - 1].lower() in _FRONT_SOURCES and "/".join(segs[:i - 1]) in webs)


# A static-site generator's configuration at the repository's root (Eleventy, Hugo, Astro, Nuxt, Gatsby): the repository is the site,
# and its root content/ tree holds the site's pages (s38 fr38 = rt38, codegouvfr/codegouvfr-website: content/fr/documentation/, the
# site's page "Documentation" for its readers, permalink /fr/doc/), not the repository's documentation
_SITE_GENERATOR = lazy_compile(r"^(?:eleventy\.config\.[cm]?[jt]s|\.eleventy\.[cm]?js|hugo\.(?:toml|ya?ml|json)|astro\.config\.[cm]?[jt]s|"
                               r"nuxt\.config\.[jt]s|gatsby-config\.[jt]s)$")


def site_content_root(entries: list) -> bool:
    """The repository is a static site: a generator's configuration at its root (:data:`_SITE_GENERATOR`) beside a root content/."""
    return any("/" not in e.path and _SITE_GENERATOR.match(e.name) for e in entries) and any(e.path.startswith("content/") for e in entries)


# A code package's own manifest (an Nx or Angular library's project.json / ng-package.json, npm's package.json, Maven's pom.xml, a .NET
# project, Cargo, Python's, Composer's)
_PACKAGE_MANIFEST = lazy_compile(r"^(?:project\.json|ng-package\.json|package\.json|pom\.xml|build\.gradle(?:\.kts)?|Cargo\.toml|"
                                 r"pyproject\.toml|setup\.py|composer\.json|go\.mod|[^/]+\.csproj)$")


def code_packages(entries: list, code: set[str]) -> set[str]:
    """The folders that are a package of code whatever their name: a package manifest of their own (:data:`_PACKAGE_MANIFEST`) beside a
    src/ folder holding code, and no written page but their README (an Nx workspace's modules/documentation/, the library of the app's
    "documentation" screen: project.json, src/lib/documentation/documentation.component.ts; issue 12, s43 fk43 =
    GuilaumeDurandiere/angular-standalone). A documentation site's folder (Docusaurus' package.json and src/ beside its docs/*.md) has
    pages and stays documentation."""
    manifests = {e.dir for e in entries if e.dir and _PACKAGE_MANIFEST.match(e.name)}
    out = {d for d in manifests if any(c == f"{d}/src" or c.startswith(f"{d}/src/") for c in code)}
    pages = {d for d in out for e in entries if e.path.startswith(d + "/") and e.ext.lower() in PROSE_EXT
             and not e.name.lower().startswith("readme") and not is_test(e.path)}
    return out - pages


def named_doc_dirs(entries: list) -> list[str]:
    """Documentation folders at any depth (doc/, app/doc/, bdd/documentation/…), shallowest first; none in a web project's served folder,
    nor among the pages of the site the repository is (:func:`site_content_root`: content/fr/documentation/), nor a package of code
    named so (:func:`code_packages`)."""
    dir_set, code = set(), code_dirs(entries)
    packages = code_packages(entries, code)
    webs, items = web_dirs(entries), collection_items(entries)
    site = site_content_root(entries)
    for e in entries:
        segs = e.path.split("/")[:-1]
        if site and segs[:1] == ["content"]:
            continue
        for i, seg in enumerate(segs[:4]):
            if served_root(segs, i, webs):  # (an assets folder the bundler ships: src/assets/, s45 fj45)
                break
            if seg.lower() in USER_FILE_DIRS:  # (backend/uploads/documents/: the users' uploaded and generated files, no guide)
                break
            # below a test folder a guide word names a kind of test, not a guide (tests/integration/manuels/: manual tests)
            if folder_word(seg) in GUIDE_DIRS and {s.lower() for s in segs[:i]} & TEST_DIRS:
                continue
            if "/".join(segs[: i + 1]) in packages and folder_word(seg) in DOCS_DIRS:  # (a package of code named documentation)
                break
            if folder_word(seg) in DOCS_DIRS or doc_folder(folder_word(seg), e.ext, "/".join(segs[: i + 1]), e.path, code) \
                    and "/".join(segs[: i + 1]) not in items:  # numbered or not (0_documentation/, "Documentation technique/", doc_fs/)
                dir_set.add("/".join(segs[: i + 1]))
                break
        else:  # (nor below a served folder: broken out of above)
            if guide_document_folder(e, code):
                dir_set.add(e.dir)
    return sorted(dir_set, key=lambda d: (d.count("/"), d))


MIN_SIBLINGS = 3


def collection_items(entries: list) -> set[str]:
    """The folders that are one item of a collection: three sibling folders or more holding the same file names as it does (a design
    system skill's composants/notice/ beside composants/alert/, composants/badge/…, each with its index.md, code.md, design.md): a
    folder named like a kind of document there (notice/, documents/) is the name of its item, content, not documentation."""
    return {d for same in _collections(entries).values() for d in same}


def _collections(entries: list) -> dict[tuple[str, frozenset], list[str]]:
    """(parent folder, file names) -> the sibling folders holding those same files directly, for more than MIN_SIBLINGS of them."""
    names: dict[str, set[str]] = {}
    for e in entries:
        if e.dir and e.kind in ("file", "executable"):
            names.setdefault(e.dir, set()).add(e.name)
    layouts: dict[tuple[str, frozenset], list[str]] = {}
    for d, files in names.items():
        layouts.setdefault((d.rpartition("/")[0], frozenset(files)), []).append(d)
    return {k: same for k, same in layouts.items() if len(same) > MIN_SIBLINGS}


def prose_collections(entries: list) -> list[str]:
    """The folders holding a collection of written pages: more than MIN_SIBLINGS sibling folders, each holding the same two or more
    prose pages and nothing else beside its sub-folders (a design system's guide, composants/<component>/ with its index.md, design.md,
    code.md, accessibilite.md; a manual's chapters): a documentation, whatever the folder's name; not a collection of modules, whose
    folders hold code, manifests or data beside their README."""
    return sorted({parent for (parent, files), _same in _collections(entries).items() if parent and len(files) >= 2
                   and all(f.rpartition(".")[2].lower() in PROSE_EXT and "." in f for f in files)})


def guide_document_folder(e, code: set[str]) -> bool:
    """The folder (three deep at most) of a document named as the project's guide or read-me, kept as an office or PDF file
    (Rapports/A_LIRE_res_tps_reel.docx beside the reports it introduces): where the project keeps its documents, whatever the folder's
    name; not a folder of code (a script's notice beside it), a test's, nor a document template's."""
    return bool(e.dir) and e.path.count("/") <= 3 and GUIDE_DOCUMENT.search(e.path) is not None \
        and (e.dir not in code or _DOCS_WORD.search(e.dir.rsplit("/", 1)[-1]) is not None) \
        and not is_test(e.path) and "template" not in e.path.lower()


# a folder whose name says it keeps the docs among other things (ref_docs_prog/: the references, the docs and the program, its
# Manuel.pdf beside the batch's .bat and SQL/): its manual is the project's documentation, code beside it or not (issue 12, s34 q34)
_DOCS_WORD = lazy_compile(r"(?:^|[_-])docs?(?:[_-]|$)", re.I)


def documentation_folders(entries: list) -> list[str]:
    """The named documentation folders (shallowest first), then the Maven sites (not a build plugin's own site), then the help manuals."""
    dirs = named_doc_dirs(entries)
    dirs += sorted({d for d in (maven_site(e.path) for e in entries) if d} - set(dirs))  # (its site.xml or its pages: src/site/xdoc/*.xml)
    return dirs + sorted(help_manuals(entries) - set(dirs))


def help_manuals(entries: list) -> set[str]:
    """The folders holding an HTML Help project, its .hhp beside the .hhc contents and the chapter pages (a desktop tool's html/
    compiled into its .chm help): the product's manual, whatever the folder's name."""
    return {e.dir for e in entries if e.name.lower().endswith(".hhp") and e.dir}


def doc_page(e) -> bool:
    """A page a documentation folder documents with: text, HTML, APT or an office guide, or a Maven site's page."""
    return e.kind in ("file", "executable") and (e.ext in DOCS_EXT | GUIDE_EXT or maven_site_page(e.path))


# the folders a project keeps its code under: a documentation folder below one (src/widget/docs/) documents that module, not the project
SOURCE_ROOTS = frozenset({"src", "source", "sources", "lib", "libs", "app", "apps", "packages", "modules", "vendor", "node_modules"})


# a web site's pages by their URL (SvelteKit's src/routes/, Next.js's or Astro's pages/, Astro Starlight's src/content/docs/): a docs
# folder there written in Markdown is the site's documentation pages (website/src/routes/docs/manuel/+page.svelte.md), not a module's
SITE_PAGE_ROOTS = frozenset({"routes", "pages", "content"})
SITE_PAGE_EXT = ("md", "mdx", "svx", "markdoc")


def site_doc_pages(folder: str, entries: list) -> bool:
    """The documentation folder is a site's pages (its parent a routes/, pages/ or content/ folder) holding Markdown pages."""
    parent = folder.split("/")[-2].lower() if "/" in folder else ""
    return parent in SITE_PAGE_ROOTS and any(e.path.startswith(folder + "/") and e.ext.lower() in SITE_PAGE_EXT for e in entries)


def first_documentation_folder(entries: list) -> str | None:
    """The shallowest documentation folder (then by path) holding a page that documents (not release notes alone, not an empty
    file), not a module's below a source folder (src/widget/docs/): Maven's src/site/ of a Java web application (a site documents
    its project), Resources/doc/ of a Symfony bundle, a site's Markdown pages under its routes (src/routes/docs/)."""
    sites = {d for d in (maven_site(e.path) for e in entries) if d}
    folders = [d for d in documentation_folders(entries) if d in sites or not {s.lower() for s in d.split("/")[:-1]} & SOURCE_ROOTS
               or site_doc_pages(d, entries)]
    held = {d for d in folders for e in entries if e.path.startswith(d + "/") and doc_page(e) and not no_document(e)}
    return min(held, key=lambda d: (d.count("/"), d)) if held else None


# a document at the root named for documentation (documentation_fonctionnelle.md, DOCUMENTATION.md, doc-technique.adoc), the word
# first or after what it documents (API_DOCUMENTATION.md, USER_DOCUMENTATION.md, TECHNICAL_DOCS.md; issue 12, s40 fq40 =
# ansforge/psc-secpsc-api), as a whole word (DOCKER.md documents nothing)
_ROOT_DOC_NAME = lazy_compile(r"^(?:\d+[-_. ]?)?(?:[^/]*[-_. ])?(?:documentation|docs?)(?:[-_. ][^/]*)?$", re.I)


def root_documentation(entries: list) -> str | None:
    """The first document at the root named for documentation, in a prose format and not empty: where a project without a
    documentation folder keeps its documentation (documentation_fonctionnelle.md beside the README)."""
    return next((e.path for e in sorted(entries, key=lambda e: e.path) if "/" not in e.path and e.ext.lower() in DOC_EXT
                 and _ROOT_DOC_NAME.match(e.name.rsplit(".", 1)[0]) and not no_document(e)), None)


def deeper_docs(ctx) -> str | None:
    """The files fact's documentation folder when none lies at the root or beside a component's manifest: the first by the docs
    fact's own rule, among the files the docs fact reads (no copied package's docs, no Maven site left empty)."""
    from auditor.facts.inventory import inventory_of

    d = first_documentation_folder(documentation_entries(ctx, inventory_of(ctx)))
    return d + "/" if d else None


_MKDOCS = lazy_compile(r"^(?:mkdocs\.ya?ml|zensical\.toml)$", re.I)  # (Zensical: MkDocs' successor, its keys in TOML)
_DOCS_DIR = lazy_compile(r"""^docs_dir[^\S\n]*[:=][^\S\n]*['"]?([^'"\n#]*?)['"]?[^\S\n]*(?:#.*)?$""", re.M)


# What a documentation generator's starter writes beside the pages to build them (sphinx-quickstart's Makefile, make.bat and conf.py,
# the builder's requirements, a folder's keepers): no page of documentation
_BUILDER_FILES = frozenset({"makefile", "make.bat", "conf.py", "requirements.txt", "requirements-docs.txt", "requirements.in", ".gitignore",
                            ".nojekyll", ".gitkeep", ".keep"})


def builder_only(inside: list) -> bool:
    """A documentation folder's files (``inside``) are only its generator's build scaffolding, with no page: sphinx-quickstart's untouched
    Makefile and make.bat, a conf.py (issue 12, s38 fc38 = meteofrance/enriching_gan_ensembles): build scripts alone are no
    documentation."""
    return bool(inside) and all(e.name.lower() in _BUILDER_FILES for e in inside)


# A legal text (issue 12, s42 fd42): REUSE's LICENSES/ folder of licence texts (albert-tchap's LICENSES/MIT.txt, CC0-1.0.txt, which the
# README links for its licence), a legal/ folder, terms of use, a rights transfer, privacy notices (dsfr's doc/legal/cgu.md, cession.md,
# cgod.md): what the project's users agree to, no documentation of the project
_LEGAL_DIR = lazy_compile(r"(?:^|/)(?:licen[cs]es?|legal|legals|l[eé]gal|mentions[-_ ]l[eé]gales)/", re.I)
_LEGAL_NAME = lazy_compile(r"^(?:licen[cs]es?|copying|copyright|notice|eula|cgu|cgv|cgod|cgs|cession|terms|tos|privacy|confidentialit[eé]|"
                           r"mentions[-_ ]?l[eé]gales|conditions[-_ ]g[eé]n[eé]rales|politique[-_ ]de[-_ ]confidentialit[eé])(?:[-_. ][^/]*)?$", re.I)


def legal_text(path: str) -> bool:
    """A licence or a legal text, by its folder or its name."""
    return bool(_LEGAL_DIR.search(path) or _LEGAL_NAME.match(path.rsplit("/", 1)[-1]))


# ... or by its title, whatever its name (Ludo81/BilanLSF's PDC.md, "# Politique de Confidentialité", beside CGU.md; issue 12, s44
# ff44): the first line of a page that opens as terms of use, a privacy policy or legal notices
_LEGAL_TITLE = lazy_compile(r"^[#=*_ \t]*(?:conditions\s+g[eé]n[eé]rales\b|politique\s+de\s+(?:confidentialit[eé]|protection\s+des\s+donn[eé]es)|"
                            r"mentions\s+l[eé]gales\b|charte\s+de\s+confidentialit[eé]|d[eé]claration\s+de\s+confidentialit[eé]|"
                            r"privacy\s+(?:policy|notice|statement)\b|terms\s+(?:of\s+(?:use|service)|and\s+conditions)\b|legal\s+notices?\b)", re.I)


def legal_titled(snap, path: str) -> bool:
    """A page that opens as a legal text (see :data:`_LEGAL_TITLE`): its first non-empty line, in its first 4 KB."""
    head = (snap.read_head(path, 4096) or "").lstrip("\ufeff")
    first = next((line.strip() for line in head.splitlines()[:40] if line.strip() and line.strip() != "---"), "")
    return bool(_LEGAL_TITLE.match(first))


def without_legal_texts(snap, paths: list[str]) -> list[str]:
    """``paths`` less the legal texts, by name or folder (:func:`legal_text`) or by title (:func:`legal_titled`, 40 files read at most)."""
    out = []
    for i, p in enumerate(paths):
        if not legal_text(p) and (i >= 40 or not legal_titled(snap, p)):
            out.append(p)
    return out


def no_pages(inside: list) -> bool:
    """A documentation folder's files (``inside``) are no pages: only its generator's scaffolding (:func:`builder_only`), or only
    legal texts (:func:`legal_text`)."""
    return builder_only(inside) or (bool(inside) and all(legal_text(e.path) or e.name.lower() in _BUILDER_FILES for e in inside))


def code_written(scan: dict | None, paths) -> set[str]:
    """The pages and text files of ``paths`` the project's own code opens for writing by their path from the root (signal
    ``doc.file-write``: a daily pipeline's open("data/index.md", "w") listing the notices it fetched, its data/build_info.txt build
    stamp): generated output, no document people wrote (issue 12, s40 fr40); not a test's or a copied library's writes."""
    from auditor.facts.inventory import is_vendored

    names = {re.sub(r"^(\./)+", "", h[2]) for h in ((scan or {}).get("signals") or {}).get("doc.file-write", [])
             if h[3] == "code" and not (is_test(h[0]) or is_vendored(h[0]))}
    return {p for p in paths if p in names} if names else set()


def site_without_pages(snap, config: str, entries: list, written: set[str] = frozenset()) -> bool:
    """An MkDocs configuration whose pages folder (its ``docs_dir``, docs/ beside it by default) holds no page: a site that is not
    there (a fork's mkdocs.yml listing index.md, tutorial.md… that none of its files is), no documentation; nor one whose pages are
    all ``written`` by the project's own code (:func:`code_written`: the site publishes what the code produces, it documents nothing);
    a Sphinx conf.py whose folder holds no page beside the build scaffolding (:func:`builder_only`)."""
    import posixpath

    if config.rsplit("/", 1)[-1] == "conf.py" and "/" in config:
        folder = config.rpartition("/")[0]
        return not any(e.path.startswith(folder + "/") and (doc_page(e) or e.ext == "ipynb") and not no_document(e) and e.name.lower() not in _BUILDER_FILES
                       for e in entries)  # (a notebook is a page to nbsphinx or MyST-NB)
    if not _MKDOCS.match(config.rsplit("/", 1)[-1]):
        return False
    m = _DOCS_DIR.search(snap.read_text(config, 256 * 1024) or "")
    folder = posixpath.normpath(posixpath.join(config.rpartition("/")[0], (m.group(1).strip() if m else "") or "docs"))
    if folder in (".", "") or folder.startswith("../"):
        return False  # (pages at the root or outside: not judged)
    return not any(e.path.startswith(folder + "/") and doc_page(e) and not no_document(e) and e.path not in written for e in entries)


_STORYBOOK = lazy_compile(r"^\.storybook/main\.[cm]?[jt]s$", re.I)
_AUTODOCS = lazy_compile(r"\bautodocs\b")
_STORY_FILE = lazy_compile(r"\.stories\.(?:[cm]?[jt]sx?|mdx|svelte|vue)$", re.I)


def storybook_docs(snap, config: str, entries: list) -> bool:
    """A Storybook (its ``.storybook/main.ts``) that documents: it holds documentation pages, MDX files its stories' globs read
    (monitor-ui's stories/Introduction.mdx, "Welcome to the Monitor UI Storybook documentation!", Colors.mdx), or writes a page a
    component from its stories (``autodocs``) with stories there. A Storybook of stories alone is a workbench of components, no
    documentation (issue 12, s36 o36: MTES-MCT/monitor-ui, a React library documented by its Storybook site)."""
    from auditor.facts.inventory import is_vendored

    if not _STORYBOOK.match(config):
        return False
    text = snap.read_text(config, 64 * 1024) or ""
    own = [e for e in entries if e.kind == "file" and not is_vendored(e.path) and "node_modules/" not in e.path]
    if ".mdx" in text and any(e.name.lower().endswith(".mdx") and (e.size > 0 or e.missing) for e in own):
        return True
    return bool(_AUTODOCS.search(text)) and any(_STORY_FILE.search(e.name) for e in own)


# a site framework's folder of content, which it renders as the site's own pages (Nuxt Content's content/ beside nuxt.config: a bike
# observatory's content/lignes/ligne-1.md, a park's content/fr/reglementation.md; Astro's content collections, src/content/)
_CONTENT_MODULES = (({"@nuxt/content", "@nuxtjs/content"}, "content"), ({"astro"}, "src/content"))
# a documentation theme built on them (Docus): its content folder is the documentation
_DOC_THEMES = frozenset({"docus", "@nuxt-themes/docus", "@nuxt/ui-pro", "@astrojs/starlight", "starlight"})


def rendered_content_dirs(manifests: list[dict]) -> list[str]:
    """The content folders a site framework declared in a manifest renders as its pages (``content/`` beside a package.json
    declaring @nuxt/content): the product's pages, not guides beside the code. None for a documentation theme's site (Docus)."""
    out = []
    for m in manifests:
        deps = {str(d).lower() for d in (m.get("dependencies") or []) + (m.get("dev_dependencies") or [])}
        if m.get("ecosystem") != "npm" or deps & _DOC_THEMES:
            continue
        base = m.get("path", "").rpartition("/")[0]
        out += [f"{base}/{folder}" if base else folder for modules, folder in _CONTENT_MODULES if deps & modules]
    return sorted(set(out))


# a README chapter on the documentation, or on a guide, a course or its slides ("## Documentation / ### Training slides")
_DOC_CHAPTER = lazy_compile(r"\b(?:documentation|docs?|manuel|manual|guides?|formation|training|tutori\w*|slides|diaporamas?|cours|course)\b", re.I)


def linked_documentation(snap, readme_path: str | None, entries: list) -> str | None:
    """The documentation the README points to, when no folder is named for it (s35 y35): the folder of the first document it links into,
    as the docs fact takes it (a committed Doxygen html/, README "## CODE DOCUMENTATION … html/index.html"), not a community file, a
    licence or a sub-project's README; else a document at the root that a chapter of the README on the documentation links (a course's
    slides, "## Documentation / ### Training slides … [here](pytrf-training-slides.pdf)"), by its path."""
    from auditor.facts.doc_pages import community_page, documents_only, readme_linked_chapters
    from auditor.facts.inventory import community_kind

    existing = {e.path for e in entries}
    linked = readme_linked_chapters(snap, readme_path, DOCS_EXT | GUIDE_EXT, existing)
    own = [(p, chapter) for p, chapter in linked if not community_page(p.rsplit("/", 1)[-1]) and community_kind(p.rsplit("/", 1)[-1]) not in ("license", "changelog")
           and not legal_text(p)]
    folders = sorted(p.rsplit("/", 1)[0] for p, _ in own if "/" in p
                     and (community_kind(p.rsplit("/", 1)[-1]) != "readme" or documents_only(entries, p.rsplit("/", 1)[0])))
    if folders:
        return folders[0] + "/"
    return next((p for p, chapter in own if "/" not in p and community_kind(p) != "readme" and _DOC_CHAPTER.search(chapter)
                 and (snap.missing(p) or not no_document(snap.files[p]))), None)  # (an object the copy lacks is listed of size 0: not empty)
