"""Where documentation lies beside the ``docs`` fact's folders: a folder named for its documents ("Documentation technique/"), an
architecture shown as a diagram in a document, and a static site generator's pages (the repository is the site).

Longer than 400 lines: three readers of one question, where documentation lies beside the docs folders, sharing their heading and layout rules.
"""

from __future__ import annotations

import re

from auditor.facts.doc_outputs import api_references
from auditor.facts.inventory import MARKDOWN_EXT, TEST_DIRS, community_kind, is_test, is_vendored, language
from auditor.facts.doc_placeholders import generated_placeholder, placeholder_chapter, placeholder_only, unfilled_document  # noqa: F401 (re-exported for docs)
from auditor.facts.document import parse_document, readme_format
from auditor.lazyre import lazy_compile
from auditor.pathparts import joined

# A folder named for the documents it holds ("Documentation technique", "doc_utilisateur", "docs-v2"), beside docs/ and doc/
DOC_FOLDER = lazy_compile(r"^(?:documentation|docs?)[ _-](?:technique|techniques|utilisateurs?|fonctionnelle|administrateurs?|user|users|technical|admin|"
                           r"projet|project|v?\d+)$")
# Any other folder led by doc/docs/documentation/document(s) and a separator ("doc_fs", "docs-api", "documentation_exploitation", "Document_README"): a
# documentation folder when it holds documents (text, office or PDF files), not a tool's code ("docs-builder/index.js")
DOC_PREFIXED = lazy_compile(r"^(?:documentation|docs?|documents?)[ _-][a-z0-9][a-z0-9 _-]{0,30}$")
# A folder named for a kind of document (methodologie/: the method's .docx and the nomenclature's PDF; notices/) — documentation when it
# holds documents, as licensing.data-and-docs counts its documents, not a code module so named
# (and documents/, DOCUMENTS/ of a study: the data's descriptions and dictionaries, the supplier's delivery notes, as PDF or office files)
# A root folder named for the project's documents by a suffix ("cryme_docs" of the specification PDFs the README describes, "api-docs")
DOC_SUFFIXED = lazy_compile(r"^[a-z0-9][a-z0-9._-]{0,30}[_-](?:docs?|documentation)$")
DOC_NAMED = lazy_compile(r"^(?:m[ée]thodologies?|methodology|methodologies|m[ée]thodes?|notices?|documents)$")
_DECISION_RECORDS = lazy_compile(r"^(?:adrs?|architecture[ _-]decision[ _-]records?|architecture[ _-]decisions|decision[ _-]records?)$")
DOCUMENT_FILE_EXT = MARKDOWN_EXT | frozenset({"rst", "adoc", "asciidoc", "txt", "org", "html", "htm", "pdf", "odt", "docx", "doc", "odp", "pptx"})
# A folder named for the project's design (a team project's conceptions/ of UML class and sequence diagrams and database models beside
# its mock-ups as PDF; uml/, diagrammes/): documentation when it holds written documents — office, PDF or prose, not HTML nor text,
# which tools write — and design/ only for office or PDF documents (a web project's design/ of notes, tokens and icons is its
# interface's) (issue 12, s36 t36 = mombouli1998/opendatametropole: documentation.docs said "found: —" while licensing.data-and-docs
# listed conceptions/ as documentation). Not a folder of reports (rapports/, reports/): reports alone, an internship's or an
# extraction's, stay no documentation folder unless a guide is among them (guide_document_folder, s33 e33)
DESIGN_NAMED = lazy_compile(r"^(?:conceptions?|uml|diagrammes?|diagrams?|design)$")
DESIGN_DOC_EXT = frozenset({"pdf", "odt", "docx", "doc", "odp", "pptx", "md", "markdown", "rst", "adoc"})
_OFFICE_EXT = frozenset({"pdf", "odt", "docx", "doc", "odp", "pptx"})
# (the same folders' diagrams, named as such, are the architecture: conceptions/connexion/connexion_diagramme_classe.png; not design/'s)
DIAGRAM_FOLDER = lazy_compile(r"^(?:conceptions?|uml|diagrammes?|diagrams?|mod[ée]lisations?)$")


_PICTURE_EXT = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "drawio"})


def documents_only(entries, folder: str) -> bool:
    """A folder whose whole tree holds documents and their pictures (readme/README_INSTALL.md, readme/backoffice/accueil.png), no
    code, data or build file: what the README links into it is the project's documentation, not a sub-project's README (back/README.md
    beside back/pom.xml and back/src/, or alone in its folder) nor a data folder's (data/README.md beside its CSV files)."""
    inside = [e for e in entries if e.path.startswith(folder + "/")]
    return len(inside) > 1 and all(e.ext in DOCUMENT_FILE_EXT or e.ext in _PICTURE_EXT for e in inside)


# What a security policy says: how to report a vulnerability, to whom, which versions get fixes
_POLICY = lazy_compile(r"vuln[ée]rab|disclos|divulgation|\bfailles?\b|\bcve\b|bug bounty|security\.txt|\bsecurity@|\bs[ée]curit[ée]@|"
                       r"\b(?:report|signal)\w* (?:a |an |une |toute |les |des )?(?:security |de s[ée]curit[ée] )?(?:issue|bug|problem|incident|faille|probl[èe]me)|"
                       r"supported versions|versions? (?:support[ée]es|maintenues)", re.I)


# a line that only includes another file: reStructuredText's ``.. include:: ../CONTRIBUTING.rst`` (m2r's ``.. mdinclude::``), MyST's
# ```{include} ../CHANGELOG.md``` fence (its fence lines and ``:option:`` lines with it)
_INCLUDE_LINE = lazy_compile(r"^\s*(?:\.\.\s+(?:md)?include::\s*(\S+)|`{3,}\s*\{include\}\s*(\S+))\s*$")
_INCLUDE_FILLER = lazy_compile(r"^\s*(?:`{3,}|:[\w-]+:.*)?\s*$")


def blank_document(snap, entry) -> bool:
    """A community file that says nothing: empty, or blank lines and spaces only (a CHANGELOG.md created and never written). It
    is not there for a reader; a file over 256 bytes is never read for this (nobody types that many blanks). Nor a stub whose
    only words include a file the repository does not hold (a cookiecutter's docs/contributing.rst, ``.. include:: ../CONTRIBUTING.rst``
    with no CONTRIBUTING.rst: the build shows nothing; s35 y35, InseeFrLab/presentpop); an include of a file that is there is that file.
    Nor a placeholder: a title and only placeholders under it ("# Contribute" then "_TODO_", "À venir", "…": one language's page of a
    bilingual documentation left unwritten beside the other's real guide; issue 12, s45 fd45)."""
    if entry.size == 0:
        return True
    if entry.size > 256:
        return False
    text = snap.read_text(entry.path, limit=256) or ""
    if not text.strip():
        return True
    if placeholder_only(parse_document(text, readme_format(entry.path, text))):
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    targets = [m.group(1) or m.group(2) for m in map(_INCLUDE_LINE.match, lines) if m]
    if not targets or any(t.startswith("/") for t in targets) or not all(_INCLUDE_LINE.match(line) or _INCLUDE_FILLER.match(line) for line in lines):
        return False  # (a Sphinx path from "/" starts at its source folder, not known here: the include is taken as there)
    return not any(joined(entry.dir, t) in snap.files for t in targets)


_WEB_PAGE_EXT = frozenset({"html", "htm", "xhtml", "php", "twig", "vue", "jsx", "tsx", "astro"})


def guide_not_policy(snap, entry) -> bool:
    """A SECURITY file in a documentation folder (docs/security.md) that says nothing of reporting a vulnerability: a page of the user
    or administrator guide on the product's security (accounts, roles, encryption), not the project's security policy. Nor a web page
    (securite.html) wherever it is: a site's page named after a topic (a commune's CCTV and emergency numbers) is read by its content,
    a policy only when it speaks of reporting vulnerabilities (s39 ff39)."""
    if community_kind(entry.name) != "security" or (entry.dir.lower() in ("", ".github", ".gitlab") and entry.ext.lower() not in _WEB_PAGE_EXT):
        return False
    return not _POLICY.search(snap.read_text(entry.path, limit=64 * 1024) or "")


# A Maven site: src/site/ (at most two folders deep) with its site.xml or its pages, xdoc (XML), APT, Markdown or FAQ (fml), in a
# language's folder too (src/site/fr/xdoc/) — a build
# plugin's own site (…-maven-plugin/src/site/) aside
_MAVEN_SITE = lazy_compile(r"^((?:[^/]+/){0,2}src/site)/(site\.xml|(?:[a-z]{2}/)?(?:xdoc|apt|markdown|fml)/(?:[^/]+/)*[^/]+\.(?:xml|apt|md|fml))$")


def maven_site(path: str) -> str | None:
    """The Maven site folder (``src/site``, ``module/src/site``) that ``path`` configures or is a page of, else None."""
    m = _MAVEN_SITE.match(path)
    return m.group(1) if m and "-maven-plugin/" not in path else None


def maven_site_page(path: str) -> bool:
    """A page of a Maven site (src/site/xdoc/index.xml, src/site/fml/faq.fml), whatever its extension."""
    return maven_site(path) is not None and not path.endswith("/site.xml")


def code_dirs(entries) -> set[str]:
    """The folders that hold a source file themselves (HTML and CSS pages aside): a code package, whatever its name."""
    return {e.dir for e in entries if language(e.path) not in (None, "HTML", "CSS")}


def doc_folder(folder_word: str, ext: str, folder: str = "", file_path: str = "", code: set[str] = frozenset()) -> bool:
    """A folder (its :func:`auditor.facts.inventory.folder_word`; ``folder``: its path) named for documentation, holding a file of
    extension ``ext`` (``file_path``). A doc_<x> folder of code (``code``: :func:`code_dirs`, a module making documents from its
    doc_templates/*.odt) or a document template below it is no documentation."""
    if DOC_FOLDER.match(folder_word):
        return True
    if _DECISION_RECORDS.match(folder_word):  # adr/ of Architecture Decision Records: documents, not an app's adr module nor a
        return ext in DOCUMENT_FILE_EXT and folder not in code and not folder.startswith(".") and "/." not in folder  # tool's (.claude/skills/adr/)
    if DESIGN_NAMED.match(folder_word):
        return (ext in (_OFFICE_EXT if folder_word == "design" else DESIGN_DOC_EXT) and folder not in code
                and not {s.lower() for s in folder.split("/")[:-1]} & TEST_DIRS and "template" not in (folder_word + file_path[len(folder):]).lower())
    return (bool(DOC_PREFIXED.match(folder_word) or DOC_NAMED.match(folder_word) or DOC_SUFFIXED.match(folder_word) and folder and "/" not in folder)
            and ext in DOCUMENT_FILE_EXT and folder not in code
            and "template" not in (folder_word + file_path[len(folder):]).lower())


# A sentence or a caption naming the architecture ("Le schéma de l'architecture mise en place est le suivant :", "suivant l'architecture
# ci-dessous", an image "Architecture de la solution"), not a style sheet's ("architecture SCSS")
_ARCH_WORDS = lazy_compile(r"\barchitecture\b(?! (?:sass|scss|less|css|des styles|du style|du th[eè]me|de l'information|d'information))"
                           # the components and how they talk ("L'image ci-dessous décrit les interactions entre les différents composants :")
                           r"|\binteractions? entre (?:les )?(?:diff[ée]rent(?:e)?s )?(?:composants|briques|modules|services|applications)\b"
                           r"|\b(?:component|components) (?:diagram|interactions?)\b|\bhow the components interact\b"
                           r"|\bdiagramme (?:de |des )composants\b|\bsch[ée]ma (?:des composants|technique|d'ensemble|des flux|des échanges)\b"
                           # a data model's diagram ("1. Le modèle conceptuel de données" above the picture, "Physical data model", "MCD")
                           r"|\bmod[èe]le (?:conceptuel|logique|physique) (?:de |des )donn[ée]es\b|\b(?:conceptual|logical|physical) data model\b|(?-i:\b(?:MCD|MLD|MPD)\b)", re.I)


_ARCH_PICTURE = lazy_compile(r"^(?!https?:)(?:[^?#]*[/_.-])?archi(?:tecture)?[_.-][^/]*$", re.I)  # (img/archi.PNG, docs/architecture-v2.png)


def shows_architecture(blocks: list) -> bool:
    """A document shows the architecture as a diagram: an image whose label, name or preceding sentence names the architecture."""
    prev = ""
    for b in blocks[:400]:
        if b.images and (_ARCH_WORDS.search(" ".join([b.text, prev, *b.alts])) or any(_ARCH_PICTURE.search(u) for u in b.images)):
            return True
        prev = "" if b.images else b.text
    return False


# A link labelled as the API's reference ("Documentation du code et de l'API", "API documentation", "Référence de l'API", "Swagger")
_API_DOC_LABEL = lazy_compile(r"\b(?:documentation|docs?|r[ée]f[ée]rence|reference)\b.{0,30}\bAPI\b|\bAPI\b.{0,12}\b(?:documentation|docs?|reference|r[ée]f[ée]rence)\b"
                              r"|\b(?:swagger|openapi|redoc)\b"
                              # (a library's code reference published by its language's tool: a "Javadoc" badge to javadoc.io, Go's, Rust's)
                              r"|\b(?:javadoc|apidocs?|jsdoc|typedoc|godoc|rustdoc|scaladoc|dokka)\b", re.I)


def api_doc_link(blocks: list, names: set[str]) -> str | None:
    """The address of the API's reference the README links to, published by the project (a relative link, or a site whose address
    names the project or its owner: not "[Documentation de l'API Grist](https://support.getgrist.com/api/)", another product's)."""
    from auditor.facts.doc_links import own_site

    for b in blocks[:400]:
        for url, label in b.links[:20]:
            if label and _API_DOC_LABEL.search(label) and url and not url.startswith(("#", "mailto:")) and (
                    not url.startswith(("http://", "https://")) or (own_site(url, names) and any(len(n) >= 3 for n in names))):
                return url
    return None


# A generator whose pages are code (Observable Framework's src/*.md, made of ```js cells drawing the charts): a dashboard, no prose
CODE_PAGES_SITE = lazy_compile(r"(?:^|/)observablehq\.config\.[cm]?[jt]s$")


def site_pages(project: dict, tree, skip=()) -> dict[str, int]:
    """A static site generator's prose pages by top folder (a Jekyll site's articles/, a Slate site's source/): the site is
    documentation itself. Empty when the project fact found no site generator. The folders ``skip`` are left out (the themes a
    Hugo site copied into themes/<name>/, the inventory's ``copied_themes``: their exampleSite/ pages, issue 12, s38 fn38)."""
    if skip:
        tree = [e for e in tree if not e.path.startswith(tuple(skip))]
    generators = [e.get("path") or "" for e in project.get("kind_evidence") or [] if e.get("reason") == "static site generator"]
    if not generators or all(CODE_PAGES_SITE.search(g) for g in generators):
        return {}
    pages: dict[str, int] = {}
    files: dict[str, int] = {}
    for e in tree:
        top = e.path.split("/", 1)[0] if "/" in e.path else "."
        files[top] = files.get(top, 0) + 1
        # (a folder's own README, js/readme.md noting the versions of the libraries copied there, is a note on that folder, no page)
        if (page := site_page_folder(e.path, e.ext)) and not (page != "." and _FOLDER_NOTE.match(e.path.rsplit("/", 1)[-1])
                                                              and page.lower() not in _DOC_TOPS):
            pages[page] = pages.get(page, 0) + 1
    # (and a folder of assets holding one prose file among tens of images, Images/apropos_mentions_legales.md beside 70 pictures and
    # logos, is no folder of pages: issue 12, s37 vg37, a Quarto observatory's data-and-docs naming js/ and Images/ as documentation)
    return {top: n for top, n in sorted(pages.items()) if top == "." or n >= MIN_FOLDER_PAGES or n * 10 >= files.get(top, 0)}


_FOLDER_NOTE = lazy_compile(r"^(?:readme|lisezmoi|notes?)(?:\.\w+)?$", re.I)
_DOC_TOPS = frozenset({"docs", "doc", "documentation", "wiki", "guide", "guides", "manual", "manuel", "aide", "help"})
MIN_FOLDER_PAGES = 3


# A static site generator's folders of templates, partials, styles and settings (Jekyll, Hugo, Eleventy): no prose pages of the site
_SITE_TEMPLATE_DIRS = {"_includes", "_layouts", "_sass", "_data", "_plugins", "_site", "_templates", "layouts", "partials",
                       "archetypes", "_config"}


def site_page_folder(path: str, ext: str) -> str | None:
    """The top folder of a site's prose page ("." for a page at the root: a Sphinx site's index.rst, services.rst), None when
    the file is no page (not prose, hidden, copied, a test; at the root, the README and the community files)."""
    if ext not in ("md", "markdown", "rst", "qmd", "rmd") or path.startswith(".") or is_vendored(path) or is_test(path):
        return None
    if "/" in path and path.split("/", 1)[0].lower() in _SITE_TEMPLATE_DIRS:
        return None  # (a theme's notes among its partials, _includes/__INSTRUCTIONS.md: that folder holds templates, no pages)
    root_page = community_kind(path) is None and not path.lower().startswith(("readme", "lisezmoi", "changelog", "license", "licence"))
    return path.split("/", 1)[0] if "/" in path else ("." if root_page else None)


_PEOPLE_FILE = lazy_compile(r"^(?:contributors|contributeurs|committers)(\.[a-z]+)?$", re.I)  # (COMMITTERS.md: uPortal's project lead and committers)
_PERSON_MARK = lazy_compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w/])@[\w-]{2,}|github\.com/[\w-]+/?(?:[)\s>]|$)", re.M)


_CREDITS_FILE = lazy_compile(r"^credits(\.[a-z]+)?$", re.I)
# a line (a heading, a list item) that introduces the project's own people: its authors, maintainers, team, who made it
_PROJECT_PEOPLE = lazy_compile(r"^[ \t#*_>|-]*(?:authors?|auteur(?:e|s|es|\(e\)s)?|autrices?|maintainers?|mainteneu(?:r|rs|se|ses)|maintenu par|maintained by|"
                               r"contributors?|contribut(?:eur|eurs|rice|rices)|d[ée]velopp?eu(?:r|rs|se|ses)|developers?|d[ée]velopp[ée]e?s? par|developed by|"
                               r"written by|[ée]crit par|created by|cr[ée]{2}e?s? par|r[ée]alis[ée]e?s? par|con[çc]u(?:e|s|es)? par|[ée]quipe|team|core team|"
                               r"project lead|lead developer|chef de projet)\b", re.I | re.M)
# what a credits file of third-party work says of each item: its licence, its address
_THIRD_PARTY_MARK = lazy_compile(r"\blicen[cs]e[ds]?\b|\b(?:MIT|BSD|GPL|LGPL|AGPL|Apache|MPL|CC[- ]BY)\b|https?://", re.I)


def credits_project_people(text: str, path: str) -> bool:
    """Whether a CREDITS file names the project's people (its authors, maintainers, team), not only the libraries, fonts and icons
    it uses (a map viewer's CREDITS.md: "OpenLayers … under 2-Clause BSD", "jQuery … under MIT Licence"). Other files: True."""
    if not _CREDITS_FILE.match(path.rsplit("/", 1)[-1]):
        return True
    return bool(_PROJECT_PEOPLE.search(text)) or (bool(text.strip()) and not _THIRD_PARTY_MARK.search(text))


def lists_people(text: str, path: str) -> bool:
    """Whether a CONTRIBUTORS/contributeurs file lists people (addresses, handles, profiles, or a short list), not a long guide written
    for the contributors of a platform (AUTHORS, MAINTAINERS, CODEOWNERS are taken by their name)."""
    if not _PEOPLE_FILE.match(path.rsplit("/", 1)[-1]):
        return True
    return len(text.split()) <= 300 or len(_PERSON_MARK.findall(text)) >= 2


def copied_package_dirs(files, libraries: list[dict]) -> list[str]:
    """The folders of packages copied whole into the repository: for each copied library the inventory knows (its files'
    ``paths``), the deepest folder above all of them, below the root, holding a licence or a README of its own
    (public/materialize-css/ with its LICENSE, README.md, css/, js/ and fonts): their documents and licences are the copy's."""
    from auditor.facts.project_folder import project_folder_path

    out, top = set(), project_folder_path(files) if libraries else None
    for lib in libraries[:50]:
        paths = [p for p in lib.get("paths") or [] if "/" in p]
        if not paths:
            continue
        common = paths[0].rsplit("/", 1)[0].split("/")
        for p in paths[1:]:
            d = p.rsplit("/", 1)[0].split("/")
            n = 0
            while n < min(len(common), len(d)) and common[n] == d[n]:
                n += 1
            common = common[:n]
        while common:
            folder = "/".join(common)
            if folder == top:
                break  # (the one folder holding the whole project, Stage/bdc/ with its README: the project's, no copy; s44 fj44)
            if any(f"{folder}/{n}" in files for n in ("LICENSE", "LICENSE.txt", "LICENSE.md", "README.md", "README", "package.json", "bower.json")):
                out.add(folder)
                break
            if common[-1].lower() in COPIES_FOLDERS:
                break  # (addons/<addon>/js/external/DataView-more.js: the copy is that file; the add-on above it, with its README, is the project's)
            common = common[:-1]
    return sorted(out)


# a folder keeping several copied files side by side: the folders above it hold the project's own code
COPIES_FOLDERS = frozenset({"external", "externals", "vendor", "vendors", "third_party", "third-party", "thirdparty", "3rdparty"})


def own_api_references(ctx) -> list[str]:
    """The committed references of the code (:func:`auditor.facts.doc_outputs.api_references`) that are the project's: not inside a
    package copied whole (PHPMailer's phpdoc/ in its copied folder documents PHPMailer), nor in a third-party folder."""
    copies = tuple(d + "/" for d in copied_package_dirs(ctx.snapshot.files, (ctx.fact("inventory") or {}).get("libraries") or []))
    return [p for p in api_references(ctx.snapshot.files) if not p.startswith(copies) and not is_vendored(p)]


_XML_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
_TAG = lazy_compile(r"<[^<>]{0,2000}>")
_TITLE = lazy_compile(r"<title>[^<]{0,500}</title>", re.I)
EMPTY_SITE_WORDS = 1


_SPACES = lazy_compile(r"\s+")
_README_NAMES = ("README.md", "README", "README.txt", "readme.md", "Readme.md", "README.markdown")


def _site_readme(snap, site: str) -> str:
    """The README beside the Maven site's module (src/site's parent folder), lower-cased with its spaces folded ("" when none)."""
    root = site[:-len("src/site")] if site.endswith("src/site") else ""
    for name in _README_NAMES:
        if root + name in snap.files:
            return _SPACES.sub(" ", (snap.read_text(root + name, limit=64 * 1024) or "").lower())
    return ""


def empty_maven_sites(snap, paths) -> set[str]:
    """The Maven site folders (src/site) whose pages hold no word of text (tags, comments, titles and passages the README repeats
    aside) and no picture:
    Lutece's archetype left as generated (xdoc/index.xml's Introduction, Configuration and Usage subsections each an empty
    ``<p></p>``, images/readme.txt's placeholder) documents nothing. At most 10 pages of a site read, 64 KB each."""
    pages: dict[str, list[str]] = {}
    for p in sorted(paths):
        d = maven_site(p)
        if d and maven_site_page(p):
            pages.setdefault(d, []).append(p)
    sites = {d for d in (maven_site(p) for p in paths) if d}
    out = set()
    for d in sorted(sites):
        words = 0
        readme = _site_readme(snap, d)
        for p in pages.get(d, [])[:10]:
            # (a passage the module's README repeats is the README's: Lutece's README.md generated from xdoc/index.xml by xdoc2md, its
            # one Introduction sentence and the archetype's "Issue Tracking" paragraph; issue 12, s48 fc48)
            for piece in _TAG.split(_TITLE.sub(" ", _XML_COMMENT.sub(" ", snap.read_text(p, limit=64 * 1024) or ""))):
                if readme and len(piece.strip()) > 1 and _SPACES.sub(" ", piece.strip().lower()) in readme:
                    continue
                words += len(re.findall(r"[^\W\d_]{2,}", piece))
        pictures = any(p.startswith(d + "/") and p.rsplit(".", 1)[-1].lower() in _PICTURE_EXT for p in paths)
        if words < EMPTY_SITE_WORDS and len(pages.get(d, [])) <= 10 and not pictures:
            out.add(d)
    return out


def documentation_entries(ctx, inventory) -> list:
    """The files the ``docs`` fact reads: not vendored nor generated nor built (by path or by the inventory), not inside a package copied
    whole (:func:`copied_package_dirs`), not inside a Maven site left empty (:func:`empty_maven_sites`)."""
    from auditor.facts.doc_demo import demo_files
    from auditor.facts.typoscript_files import typoscript_files
    from auditor.facts.inventory import is_generated
    snap = ctx.snapshot
    copies = tuple(d + "/" for d in copied_package_dirs(snap.files, (ctx.fact("inventory") or {}).get("libraries") or []))
    # (nor a web app a bundler built into docs/ for GitHub Pages: inventory.site_paths)
    entries = [e for e in snap.files.values() if not (is_vendored(e.path) or is_generated(e.path) or inventory.category(e.path) == "vendored"
                                                      or e.path in inventory.site_paths or forge_template(e.path)  # (docs/pull_request_template.md)
                                                      or e.path.startswith(copies))]
    empty = tuple(d + "/" for d in empty_maven_sites(snap, [e.path for e in entries]))
    entries = [e for e in entries if not e.path.startswith(empty)] if empty else entries
    stubs = set(unfilled_stubs(snap, entries)) | demo_files(snap, entries)  # (and a library's GitHub Pages demo in docs/)
    stubs |= typoscript_files(snap, entries)  # (nor a TYPO3 extension's TypoScript, Configuration/TypoScript/setup.txt: its code, s42 fr42)
    return [e for e in entries if e.path not in stubs] if stubs else entries


# A plugin template's documentation left unfilled: its placeholder where the plugin's name goes ("{Name} Documentation", "---++ {Name}
# Plugin v0.1" in a Jalios JCMS plugin's docs/index.html and docs/changelog.txt, as the plugin wizard writes them)
_STUB_MARK = lazy_compile(r"\{(?:Name|NAME|PluginName|ProjectName)\}[ \t]{1,4}(?:Documentation|Plugin|Introduction|Installation|Module)\b")


def unfilled_stubs(snap, entries: list) -> list[str]:
    """The documents of a docs/ folder (at most 40, 64 KB each) still naming their template's placeholder: nothing documented yet."""
    cands = sorted(e.path for e in entries if e.ext in ("html", "htm", "txt", "md", "rst") and e.size <= 64 * 1024
                   and any(d.lower() in ("docs", "doc") for d in e.path.split("/")[:-1]))[:40]
    return [p for p in cands if _STUB_MARK.search(snap.read_text(p, limit=64 * 1024) or "")]


_FOLDER_KEEPERS = frozenset({".gitkeep", ".keep", ".gitignore", ".placeholder", ".empty"})


# A forge's pull-request or issue template (docs/pull_request_template.md: GitHub reads its templates at the root, in docs/ or .github/,
# one or a PULL_REQUEST_TEMPLATE/ folder of them there): the form a contributor fills, a community file, no documentation
_FORGE_TEMPLATE = lazy_compile(r"(?:^|/)(?:pull_request|issue|merge_request)_templates?(?:\.(?:md|markdown|txt|ya?ml))?$|"
                               r"(?:^|/)(?:pull_request|issue|merge_request)_templates?/[^/]+$", re.I)


def forge_template(path: str) -> bool:
    return bool(_FORGE_TEMPLATE.search(path))


# The community files that tell how the project's community works (GitHub's community health files: CONTRIBUTING, CODE_OF_CONDUCT,
# SECURITY, GOVERNANCE, SUPPORT; and the roadmap, the authors): documentation.community-files credits them, at the root or in docs/;
# they document nothing of the software (a Decidim app's docs/ holding only docs/CONTRIBUTING.md and docs/SECURITY.md is no
# documentation folder: issue 12, s35 q35). A README (a folder's index) and a licence are judged by their own rules.
_COMMUNITY_PAGE_KINDS = frozenset({"contributing", "code_of_conduct", "security", "governance", "roadmap", "authors"})
_SUPPORT = lazy_compile(r"^support(\.(md|markdown|rst|txt|adoc))?$", re.I)


def community_page(name: str) -> bool:
    """The file is a community file (CONTRIBUTING.md, SECURITY.md, CODE_OF_CONDUCT.md, GOVERNANCE.md, SUPPORT.md…), no documentation page."""
    return community_kind(name) in _COMMUNITY_PAGE_KINDS or bool(_SUPPORT.match(name))


def no_document(entry) -> bool:
    """No documentation: a folder's keeper (docs/.gitkeep), an empty file, release notes (doc/releases.md), a generator's placeholder,
    a forge's pull-request or issue template (docs/pull_request_template.md), a community file (docs/CONTRIBUTING.md)."""
    return entry.name.lower() in _FOLDER_KEEPERS or (entry.size == 0 and entry.kind == "file" and not entry.missing) or community_kind(entry.name) == "changelog" \
        or generated_placeholder(entry.name, entry.size) or forge_template(entry.path) or community_page(entry.name)


# A model of the project's own content named so ("template.entreprise.yml.example": an API catalogue page to copy for a new entry):
# what a new item holds, not the settings of a deployment (those are named for the settings: config.yml.example, settings.ini.dist)
_CONTENT_MODEL = lazy_compile(r"(^|/)templates?[._-](?![^/]*(?:config|conf|settings|parameters|env))[^/]+$", re.I)


def content_model(path: str) -> bool:
    return bool(_CONTENT_MODEL.search(path))


# a build guide (BUILD.md, building.md, NATIVE.md): its "Configuration" chapter configures the build (a native image's GraalVM
# reflect-config.json), not the service's settings
_BUILD_GUIDE = lazy_compile(r"^(?:build|building|compile|compiling|compilation|native|native[-_]image|graalvm)(?:[-_.][\w.-]*)?\.(?:md|markdown|rst|adoc|txt)$", re.I)


def build_guide(path: str) -> bool:
    return bool(_BUILD_GUIDE.match(path.rsplit("/", 1)[-1]))


# A reference of a component's properties (a web component library's documentation-chart.md: "## Liste des propriétés", then for
# each property a table Propriété | Type | Défaut): what a library offers the code using it, as an API document is a service's (the
# documentation check counts it for a library only). A Markdown heading naming the properties or attributes, or a table whose header
# names a property, an attribute or a parameter first and has a Type column.
PROPS_HEADING = lazy_compile(r"^#{1,6}[^\S\n]+[\W\d_]*(?:liste\s+des\s+|list\s+of\s+(?:the\s+)?)?(?:propri[ée]t[ée]s|properties|attributs|attributes|props)"
                             r"(?:[^\S\n]+(?:du|des|de\s+la|de\s+l['’]|of\s+the|of)[^\S\n]*[\w-]+(?:[^\S\n]+[\w-]+)?)?[^\S\n]*:?[^\S\n]*#*[^\S\n]*$", re.I | re.M)
PROPS_TABLE = lazy_compile(r"^[^\S\n]*\|?[^\S\n]*[*_`]*(?:propri[ée]t[ée]s?|property|properties|attributs?|attributes?|props?|param[èe]tres?|parameters?|"
                           r"options?|arguments?|nom|name)[*_`]*[^\S\n]*\|(?=(?:[^|\n]*\|)*?[^\S\n]*[*_`]*type[*_`]*[^\S\n]*(?:\||$))[^\n]*\n"
                           r"[^\S\n]*\|?[^\S\n]*:?-{3,}", re.I | re.M)


def properties_reference(text: str) -> bool:
    """The Markdown page lists a component's properties (see PROPS_HEADING, PROPS_TABLE)."""
    return bool(PROPS_HEADING.search(text) or PROPS_TABLE.search(text))


# A bare "Routes" heading is an API's only with HTTP routes under it: a method and a path ("GET /api/items", a table's "| `DELETE` |
# `/:layer/files` |") or a path in code ("`/items/{id}`"); a data README's "🚗 ROUTES" lists the roads' sources
# (and a bare "API" only over HTTP routes: an Express app's "### API" listing GET/PUT/DELETE /api/page-data; a library's "API" over
# its functions is another thing — issue 12, s45 fm45)
ROUTES_ONLY = lazy_compile(r"^(?:routes|api)$", re.I)
_HTTP_ROUTE = lazy_compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b[\s`'\"|*:]{1,8}/|`/[\w{}:<>.-]*(?:/[\w{}:<>.-]*)*`")
_LEAD = lazy_compile(r"^[\W\d_]+")  # a heading's pictogram or number before its first word ("🚗 ROUTES", "2. Routes")


def routes_listed(blocks: list, i: int, lines: list[str]) -> bool:
    """Whether HTTP routes are written in the chapter of heading ``blocks[i]`` (down to the next heading of its level or above) of
    a document of lines ``lines``."""
    b = blocks[i]
    end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 0) <= (b.level or 0)), len(lines) + 1)
    return bool(_HTTP_ROUTE.search("\n".join(lines[b.line: max(b.line, end - 1)])))


def routes_headings(blocks: list, text: str) -> list[int]:
    """The lines of a document's bare "Routes" headings with HTTP routes under them (at most 20)."""
    lines = text.split("\n")
    return [b.line for i, b in enumerate(blocks) if b.kind == "heading" and ROUTES_ONLY.search(_LEAD.sub("", b.text.strip()))
            and routes_listed(blocks, i, lines)][:20]


# A bare "Structure" heading is the repository's layout, its architecture, only over that layout: a tree ("├── proto_app/") or
# folders named with what each holds ("`netocentre_login_poc/` teste la connexion à l'API"); a data README's "## Structure" over
# its columns, a library's over its classes or a schema's "Structure" of records are none
LAYOUT_ONLY = lazy_compile(r"^structure$", re.I)
_TREE_LINE = lazy_compile(r"^[ \t│|]*(?:├──|└──|[|`+]--[ \t]*[\w.])", re.M)  # (ASCII "|-- src", never a table's "|---|")
_FOLDER_NAMED = lazy_compile(r"(?:`|\*\*|^[ \t*+-]*)(?:\.?/)?[\w.-]+(?:/[\w.-]+)*/(?:`|\*\*|[\s:]|$)", re.M)


def layout_listed(blocks: list, i: int, lines: list[str]) -> bool:
    """Whether the chapter of heading ``blocks[i]`` (down to the next heading of its level or above) of a document of lines
    ``lines`` lays out the repository: a drawn tree, or at least two folders named."""
    b = blocks[i]
    end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 0) <= (b.level or 0)), len(lines) + 1)
    chapter = "\n".join(lines[b.line: max(b.line, end - 1)])
    return bool(_TREE_LINE.search(chapter)) or len(set(m.group(0).strip(" `*:+-\n") for m in _FOLDER_NAMED.finditer(chapter))) >= 2


def layout_headings(blocks: list, text: str) -> list[int]:
    """The lines of a document's bare "Structure" headings over the repository's layout (at most 20)."""
    lines = text.split("\n")
    return [b.line for i, b in enumerate(blocks) if b.kind == "heading" and LAYOUT_ONLY.search(_LEAD.sub("", b.text.strip()))
            and layout_listed(blocks, i, lines)][:20]


# An R package's documentation, where R keeps it: man/*.Rd, the reference page of each function and data set (written by roxygen,
# shown by ?name and by pkgdown's reference/), and vignettes/*.Rmd, its long-form guides (vignette("get-started")) — beside the
# DESCRIPTION that names the package (Package:). Without that DESCRIPTION, a man/ or vignettes/ folder is told by the usual rules.
R_REFERENCE_EXT = frozenset({"rd"})
R_VIGNETTE_EXT = frozenset({"rmd", "rnw", "qmd", "md", "rmarkdown"})
MAX_R_PACKAGES = 5


def r_package_docs(snap, entries) -> dict[str, list[str]]:
    """``{"man": [Rd pages], "vignettes": [guides]}`` (folder paths as keys: ``pkg/man`` for a package in pkg/) of the R packages whose
    DESCRIPTION (at the root or one folder down, at most :data:`MAX_R_PACKAGES`, 64 KB each) names the package; sorted, empty folders left out."""
    from auditor.facts.manifests import dcf_fields

    roots = sorted(e.dir for e in entries if e.name == "DESCRIPTION" and e.path.count("/") <= 1 and e.kind == "file")[:MAX_R_PACKAGES]
    roots = [d for d in roots if dcf_fields(snap.read_text((d + "/" if d else "") + "DESCRIPTION", limit=64 * 1024) or "").get("Package")]
    out: dict[str, list[str]] = {}
    for d in roots:
        pre = d + "/" if d else ""
        for folder, exts in (("man", R_REFERENCE_EXT), ("vignettes", R_VIGNETTE_EXT)):
            pages = sorted(e.path for e in entries if e.dir == pre + folder and e.ext in exts and (e.size > 0 or e.missing))
            if pages:
                out[pre + folder] = pages
    return out


def readme_linked_docs(snap, readme_path: str | None, exts: set[str], existing: set[str], limit: int = 200_000) -> list[str]:
    """Documents in the repository that the README links to (relative links), at most 50, sorted (the README read up to ``limit``)."""
    return sorted({path for path, _ in readme_linked_chapters(snap, readme_path, exts, existing, limit)})


def readme_linked_chapters(snap, readme_path: str | None, exts: set[str], existing: set[str], limit: int = 200_000) -> list[tuple[str, str]]:
    """Each document of :func:`readme_linked_docs` (at most 50) with the headings above its first link (their texts joined by " / ",
    outermost first), in the README's order."""
    if not readme_path:
        return []
    from urllib.parse import unquote, urlparse

    from auditor.facts.document import parse_document, readme_format

    text = snap.read_text(readme_path, limit=limit) or ""
    base = readme_path.rsplit("/", 1)[0] + "/" if "/" in readme_path else ""
    found: dict[str, str] = {}
    chain: list[tuple[int, str]] = []
    for b in parse_document(text, readme_format(readme_path, text)):
        if b.kind == "heading":
            chain = [(lvl, t) for lvl, t in chain if lvl < (b.level or 1)] + [(b.level or 1, b.text)]
        for url, _ in b.links:
            if not url or url.startswith(("#", "mailto:")):
                continue
            parsed = urlparse(url)
            path = unquote(parsed.path or "")
            if parsed.scheme in ("http", "https"):  # a link to this repository's own blob view
                m = re.search(r"/(?:-/)?blob/[^/]+/(.+)$", path)
                if not m:
                    continue
                path = m.group(1)
            path = path.lstrip("./") if path.startswith("./") else path.lstrip("/")
            path = (base + path) if base and not path.startswith(base) and (base + path) in existing else path
            if path in existing and path != readme_path and path.rsplit(".", 1)[-1].lower() in exts and path not in found:
                found[path] = " / ".join(t for _, t in chain)
            if len(found) >= 50:
                break
    return list(found.items())


# the changelog kept beside what it describes, which the README points to (s28 c28 = s27 r3, a State service's published model: README
# "Suivez les changements du modèle via le fichier CHANGELOG", linked to app/règles/CHANGELOG.md): the changelog, wherever it is
_LINKED_EXT = {"md", "markdown", "rst", "txt", "adoc"}


def readme_changelog(snap, readme_path: str | None, existing: set[str], named) -> str | None:
    """The document named as a changelog (``named``: the community-file rule) that the README links to, not empty; the shallowest,
    then by path. ``existing``: the paths to take it from (not vendored code)."""
    linked = [p for p in readme_linked_docs(snap, readme_path, _LINKED_EXT, existing)
              if named.match(p.rsplit("/", 1)[-1]) and not blank_document(snap, snap.files[p])]
    return min(linked, key=lambda p: (p.count("/"), p)) if linked else None
