"""``docs``: community files (CONTRIBUTING, CODE_OF_CONDUCT, SECURITY, CHANGELOG, GOVERNANCE,
ROADMAP, AUTHORS/MAINTAINERS, issue and pull/merge request templates), the documentation folder,
site generator configuration, architecture, deployment and API documentation, and the language of the documentation (a bounded sample).
Longer than 400 lines: the documentation folders, sites and topics are read together, as the check weighs them together.

Fact value::

    {"community": {kind: {"path", ...details} | None}, "docs_dirs": [...], "doc_files": n,
     "site": [{"tool", "path"}], "architecture": [...], "deployment": [...], "api": [...],
     "languages": {code: share}, "file_languages": {path: code}, "sampled": n, "left_out": n}
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts import fact
from auditor.facts.foreign_changelogs import foreign_changelogs
from auditor.facts.api_specs import empty_spec
from auditor.facts.inventory import COMMUNITY, COMMUNITY_DIRS, PROSE_EXT, TEST_DIRS, folder_word, best_path, community_kind, component_community_file, security_txt, inventory_of, is_generated, is_test, is_vendored, own_names
from auditor.facts.document import norm, parse_document, readme_format
from auditor.facts.document_marks import written
from auditor.facts.readme import dev_tool_heading, identify_languages
from auditor.facts.readme_templates import find_template, team_text, template_lines, template_page
from auditor.facts.charters import governance_charter
from auditor.facts.data_dictionary import data_dictionaries
from auditor.facts.doc_sites import sphinx_roots
from auditor.facts.install_guides import OFFICE_INSTALL_GUIDE, html_deploy_guides
from auditor.facts.tech_documents import technical_documents
from auditor.facts.plain_guides import root_text_guides
from auditor.facts.assistant_content import without_assistant_material
from auditor.facts.doc_folders import without_legal_texts, code_written, DOCS_DIRS, DOCS_EXT, GUIDE_EXT, doc_page, documentation_folders, rendered_content_dirs, served_content, site_without_pages, web_dirs  # noqa: F401 (DOCS_DIRS re-exported)
from auditor.facts.contributing_guide import docs_contributing_page, readme_contributing_guide, titled_contributing_guide
from auditor.facts.guide_content import not_guides, term_list, tool_install_chapter
from auditor.facts.release_pages import debian_changelog, readme_changelog_line, released_headings
from auditor.facts.doc_placeholders import STUB_BYTES, deployment_unwritten, placeholder_document, points_elsewhere, stub_page, work_report_chapter
from auditor.facts.doc_pages import DIAGRAM_FOLDER, LAYOUT_ONLY, layout_headings, layout_listed, placeholder_chapter, unfilled_document, DOC_FOLDER, ROUTES_ONLY, api_doc_link, build_guide, code_dirs, community_page, credits_project_people, doc_folder, documentation_entries, empty_maven_sites, documents_only, blank_document, guide_not_policy, maven_site, maven_site_page, lists_people, own_api_references, properties_reference, r_package_docs, readme_changelog, readme_linked_docs, routes_headings, routes_listed, shows_architecture, site_page_folder, site_pages  # noqa: F401 (re-exported for the checks)
from auditor.facts.doc_links import api_doc_paths, api_viewer_pages, redirect_site, app_link as _app_link, own_page as _own_page, third_party_article, own_site as _own_site, own_wiki as _own_wiki, publisher_wiki as _publisher_wiki, product_named as _product_named, vendor_manual
from auditor.lazyre import lazy_compile

# GitHub's single template (at the root, in docs/ or .github/) may be named without extension or as .txt ("ISSUE_TEMPLATE", GitHub
# docs "Creating a pull request template for your repository": the name is not case sensitive and can have an extension such as .md or .txt)
ISSUE_TEMPLATE = lazy_compile(r"^(\.github/ISSUE_TEMPLATE/[^/]+\.(md|ya?ml)|(\.github/|docs/)?issue_template(\.(md|markdown|txt))?|\.gitlab/issue_templates/[^/]+\.md)$", re.I)
PR_TEMPLATE = lazy_compile(r"^((\.github/|docs/)?pull_request_template(\.(md|markdown|txt))?|\.github/PULL_REQUEST_TEMPLATE/[^/]+\.md|\.gitlab/merge_request_templates/[^/]+\.md)$", re.I)
TEST_COMMAND = lazy_compile(r"\b(pytest|python -m (pytest|unittest)|tox|nox|(npm|pnpm|yarn|bun) (run )?(test|e2e|cypress|jest|vitest)\w*|"
                          r"make (test|check)\w*|phpunit|bin/phpunit|composer test|rspec|bundle exec (rake|rspec)|rails test|go test|"
                          r"mvn (test|verify)|gradlew? test|cargo test|mix test|jest|vitest|cypress|playwright|dotnet test|ctest)\b", re.I)
TEST_HEADING = lazy_compile(r"\b(tests?|testing|tester|lancer les tests|run(ning)? (the )?tests)\b", re.I)
SECURITY_WORDS = lazy_compile(r"\b(s[ée]curit[ée]|security|vuln[ée]rabilit[ée]s?|vulnerabilit(y|ies)|responsible disclosure|divulgation)\b", re.I)
ROADMAP_WORDS = lazy_compile(r"\b(road ?map|feuille de route|carnet de route|plan de route)\b", re.I)
EMAIL = lazy_compile(r"[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63})+")  # (bounded as an address is: linear on a 200 KB word)
KEEP_A_CHANGELOG = lazy_compile(r"^#{1,3}\s*\[?(unreleased|non publi[ée]|v?\d+\.\d+(\.\d+)?[^\]]*)\]?", re.I | re.M)

SITE_TOOLS = (
    ("mkdocs", lazy_compile(r"(^|/)mkdocs\.ya?ml$", re.I)),
    ("zensical", lazy_compile(r"(^|/)zensical\.toml$", re.I)),  # (MkDocs' successor by the Material for MkDocs team: issue 12, s40 ff40)
    ("sphinx", lazy_compile(r"^([^/]+/)?(docs?|documentation)(/source)?/conf\.py$", re.I)),  # (a tools folder's docs: __outils__/docs/conf.py)
    ("docusaurus", lazy_compile(r"(^|/)docusaurus\.config\.[cm]?[jt]s$", re.I)),
    ("vitepress", lazy_compile(r"(^|/)\.vitepress/config\.[cm]?[jt]s$", re.I)),
    ("vuepress", lazy_compile(r"(^|/)\.vuepress/config\.[cm]?[jt]s$", re.I)),
    ("antora", lazy_compile(r"(^|/)antora(-playbook)?\.ya?ml$", re.I)),
    ("readthedocs", lazy_compile(r"^\.readthedocs\.ya?ml$", re.I)),
    ("pkgdown", lazy_compile(r"^(pkgdown/)?_pkgdown\.ya?ml$", re.I)),  # an R package's documentation site
    ("maven-site", lazy_compile(r"^(?!(?:.*/)?[^/]+-maven-plugin/)(?:.*/)?src/site/site\.xml$")),  # (its pages: src/site/apt, xdoc…; not a bundled build plugin's)
    ("mdbook", lazy_compile(r"(^|/)book\.toml$", re.I)),
    ("jekyll", lazy_compile(r"^(docs/)?_config\.ya?ml$", re.I)),
    ("hugo", lazy_compile(r"^(docs?|documentation)/(hugo|config)\.(toml|ya?ml)$", re.I)),
    ("typedoc", lazy_compile(r"(^|/)typedoc\.json$", re.I)),
    ("jsdoc", lazy_compile(r"(^|/)\.?jsdoc(\.conf)?\.json$", re.I)),
    ("doxygen", lazy_compile(r"(^|/)Doxyfile$")),
    ("storybook", lazy_compile(r"(^|/)\.storybook/main\.[cm]?[jt]s$", re.I)),
    ("docsify", lazy_compile(r"^(docs?|documentation)/_sidebar\.md$", re.I)),
    ("github-pages", lazy_compile(r"^(docs?|documentation)/\.nojekyll$", re.I)),
    ("gitbook", lazy_compile(r"^([^/]+/)?\.gitbook(\.ya?ml$|/)", re.I)),  # a GitBook space synced with the repository (.gitbook.yaml, .gitbook/assets/)
)
DOC_SITE = lazy_compile(r"^https?://[^/]+\.(readthedocs\.io|github\.io|gitlab\.io|gitbook\.io|netlify\.app|pages\.dev)(/|$)", re.I)
_NUM = r"(?:\d+[-_. ]*)?"  # a numbered chapter: 00_presentation.md, 03-installation.md
ARCH = lazy_compile(rf"(?:^|(?<=[/_.-])){_NUM}(architecture|archi|adr|adrs|decisions|design|conception|technical[-_]overview|schema[-_]fonctionnel|fonctionnement|mcd|mpd|mld|mdd|"
                  r"mod[eè]le[-_ ](?:conceptuel|physique|de[-_ ]donn[ée]es|rela(?:tionnel)?)|principe[-_]modelisation|principe[-_ ](?:g[ée]n[ée]ral|de[-_ ]fonctionnement)|sch[ée]ma[-_ ](?:g[ée]n[ée]ral|d[-_ ]?ensemble|de[-_ ]principe)|synoptique|system[-_]overview|data[-_]model|diagrams?|diagrammes?|diagrames?|uml|erd)([/._-]|$)|\.(puml|plantuml|drawio|mmd|c4)$|(?:^|(?<=[/_.-]))architecture(?-i:(?=[A-Z]))", re.I)  # (ArchitecturePasserelle-….pdf)
DEPLOY = lazy_compile(rf"(^|/){_NUM}(deploy|deployment|deploiement|déploiement|install|installation|installer|hosting|hebergement|hébergement|"
                    r"mise[-_]en[-_]production|mise[-_]en[-_]service|exploitation|ops|runbook|setup|guide[-_]d[-_]installation)([^/]*\.(md|rst|adoc|txt|html|apt)$|/)|(^|/)\.?(docker|docker-compose|compose|kubernetes|k8s|helm|ansible)/readme[^/]*$", re.I)  # (docker/README.md: the compose fragment and image templates to run it)
OFFICE_GUIDE = lazy_compile(rf"(^|/){_NUM}(install|installation|installer|deploy|deployment|deploiement|déploiement|exploitation|"
                            r"mise[-_ ]en[-_ ](?:production|service)|guide[-_ ]d[-_ ]installation|setup)\b[^/]*\.(pdf|odt|docx?)$", re.I)
# "swagger" before an address, or a running service's address (a port, localhost) ending in the framework's documentation route
SERVED_API_DOC = lazy_compile(r"\bswagger(?:[- ]?ui)?\b.{0,120}?(?:https?://|\bhost\b|localhost)[^\s()\[\]<>\"'`]*|(?:localhost|127\.0\.0\.1|:(?:\d{2,5}|<?port>?))"
                              r"(?:/[\w.-]+)*/(?:docs|redoc|swagger(?:-ui)?(?:\.html)?|api-docs)(?=[/?#\s)\]\"'`]|$)", re.I | re.S | re.M)
API_DOC = lazy_compile(rf"(^|/){_NUM}(api|apis|endpoints|reference)([^/]*\.(md|rst|adoc|html)$|/)", re.I)
# Headings of a sampled document that make it architecture or deployment documentation ("## Architecture produit").
ARCH_HEADING = lazy_compile(r"^(architecture(?! (sass|scss|less|css|des styles|du style|du thème|du theme|des thèmes|des themes|de l'information|"
                          r"d'information|information))|archi(tecture)? (technique|logicielle|fonctionnelle|produit|applicative)|schéma (fonctionnel|d'architecture)|"
                          r"modèle (conceptuel|physique) de données|technical overview|design overview|structure du code|organisation du code|"
                          r"code structure|project structure|structure du projet|"
                          # (the parts of the repository and what each does: "Structure du dépôt", "Repository structure"; how the
                          # components work together: "Fonctionnement global", "Principe de fonctionnement"; a bare "Structure", see LAYOUT_ONLY)
                          r"structure du d[ée]p[ôo]t|repository structure|(principe de )?fonctionnement (global|g[ée]n[ée]ral|d'ensemble)$|"
                          r"principe de fonctionnement$)\b", re.I)
# the model of one of the application's tiers, as a chapter's title ("Modèle de persistance", "Modèle serveur", "Modèle front-end";
# "Server model", "Persistence layer"): with another of its kind under the same chapter, the layers of the module described
TIER_HEADING = lazy_compile(r"^(?:mod[eè]le|couche)\s+(?:de\s+(?:la\s+)?persistance|serveur|back[-\s]?end|front[-\s]?end|client|"
                            r"de\s+donn[ée]es|d['’]acc[èe]s\s+aux\s+donn[ée]es|m[ée]tier|pr[ée]sentation)$|"
                            r"^(?:persistence|server|back[-\s]?end|front[-\s]?end|client|data(?:\s+access)?|business|presentation)\s+(?:model|layer|tier)$", re.I)


def tier_lines(headings: list[dict] | None) -> set:
    """The lines of the headings naming a tier's model (:data:`TIER_HEADING`) when two different ones at least are siblings, the
    same level under the same chapter (the OPEN-ENT-NG modules' "## Modèle de persistance / ## Modèle serveur / ## Modèle front-end"
    under "# Présentation du module"): an architecture description; one alone is not (issue 12, s43 fi43 = OPEN-ENT-NG/poll)."""
    groups: dict[tuple, dict[str, int]] = {}
    stack: list[tuple[int, int]] = []  # (level, index) of the open chapters
    for i, h in enumerate((headings or [])[:500]):
        level = h.get("level") or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        text = re.sub(r"^[\W\d_]+|[\s:.]+$", "", (h.get("text") or "").strip())
        if TIER_HEADING.match(text):
            groups.setdefault((level, stack[-1][1] if stack else -1), {}).setdefault(text.lower(), h.get("line"))
        stack.append((level, i))
    return {line for g in groups.values() if len(g) >= 2 for line in g.values()}


# a README chapter documenting the served API ("chronotope-server — API HTTP", "API REST", "Endpoints", "Points d'accès")
API_HEADING = lazy_compile(r"\b(API\s+(HTTP|REST|web)|(HTTP|REST|web)\s+API|endpoints?|^routes$|^api$|liste\s+des\s+routes|routes\s+disponibles|available\s+routes|api\s+routes|points?\s+d['’]acc[èe]s|API\s+reference|r[ée]f[ée]rence\s+de\s+l['’]API|"
                          # a geoprocessing service's inputs and answer (a WPS process's README: "paramètres d'entrée", "Exemple de réponse WPS")
                          r"param[èe]tres\s+d['’]entr[ée]e|input\s+parameters|exemples?\s+de\s+r[ée]ponses?|(example|sample)\s+responses?|"
                          # a map service's entry points ("Les adresses de services": its WMS, WMTS and TMS capabilities and endpoints)
                          r"adresses?\s+des?\s+services?|points?\s+d['’]entr[ée]e|service\s+endpoints?|"
                          r"param[èe]tres\s+de\s+(la\s+)?(requ[êe]te|recherche|cha[îi]ne\s+de\s+recherche)|(query|request)\s+parameters|url\s+du\s+service)\b", re.I)
# An empty model to copy (adr/0_template.md, TEMPLATE.md) documents nothing yet.
# a folder named as a template of another (Documentation.tmpl, docs.template, doc_tpl; issue 12, s41 fs41 = departement-maine-et-loire/chartum):
# a generator's skeleton to fill, its ChangeLog/Index.rst no change log (not .github/ISSUE_TEMPLATE: a forge's form folder)
TEMPLATE_FOLDER = lazy_compile(r"(?:^|/)[^/]+(?:[._](?:tmpl|tpl)|\.template)(?:/|$)", re.I)
TEMPLATE_DOC = lazy_compile(r"(^|[-_. ])(template|templates|tpl)([-_. ]|$)", re.I)  # (a "modèle" is a data model)
CONFIG_HEADING = lazy_compile(r"^(configuration|configurer|paramétrage|parametrage|paramètres|réglages|settings|options|variables d'environnement|"
                            r"environment variables)\b", re.I)
# (a configuration heading over a new object a user makes with the application, "Configuration d'une nouvelle carte : 3 ETAPES" in a
# map module's usage guide, "Configuring a new layer": a task of its use, not the settings of a deployment; a new instance, server,
# site, environment or territory to serve is one)
NEW_OBJECT_CONFIG = lazy_compile(r"^\W*\w+\s+(?:d['’]\s*une?|of\s+an?|for\s+an?|pour\s+une?)\s+(?:nouveau|nouvel|nouvelle|new)\s+"
                                 r"(?!instances?\b|install|environ|serv|d[ée]ploi|deploy|sites?\b|machines?\b|postes?\b|h[ôo]tes?\b|hosts?\b|projets?\b|projects?\b|"
                                 r"collectivit|communes?\b|territoires?\b|tenants?\b|organi[sz]ations?\b|clients?\b|customers?\b)\w", re.I)
DEPLOY_HEADING = lazy_compile(r"^(déploiement|deploiement|deploy|deployment|deploying|installation|installer|mise en production|mise en service|"
                            r"hébergement|install(ing)?|[^\n]{0,60}?\b(?:utilis\w*|use|using|run|lancer|d[ée]ploy\w*)\b[^\n]{0,60}?\b(?:helm|kubernetes|k8s|openshift|docker[- ]?compose))\b", re.I)
# (or using the image or app in an orchestrator: "Comment utiliser cette image dans un helm chart")
# a sentence saying where to put the component on a server ("Copier ce fichier dans le dossier processes d'une instance pywps",
# "copy the script into the processes folder of your PyWPS server"): deployment steps written without a heading
DEPLOY_SENTENCE = lazy_compile(r"\b(cop(?:ier|iez|y)|d[ée]pose[rz]|place[rz]?|put)\b[^.\n]{0,80}?\b(?:dans|into|in|to)\s+(?:le|la|the|your|a)?\s*"
                               r"(?:dossier|r[ée]pertoire|folder|directory)\b[^.\n]{0,60}?\b(?:d['’]une?|de\s+(?:l['’]|la|votre)|du|of\s+(?:a|an|the|your))\s*"
                               r"(?:\[?[\w-]+\]?\s+)?(?:instance|serveur|server)\b", re.I)
# a version's release notes kept in an operations folder (src/site/apt/exploitation/ReleasesNotes/WAR_2.0.apt): what changed, no deployment guide
RELEASE_NOTES_PATH = lazy_compile(r"(^|/)(releases?[-_ ]?notes?|changelog|change[-_]log|notes[-_]de[-_]versions?|historique)(/|[-_.][^/]*$)", re.I)
MAX_SAMPLE = 30
MAX_SAMPLE_BYTES = 200_000


def _nbsp_heading(text: str) -> str:
    """A title typed with a no-break space after its hashes ("##\u00a0Déploiement"), which Markdown reads as a paragraph; or, in a
    plain-text guide, a title drawn after a rule on its own line ("----------------- 2) Installation du connecteur")."""
    m = re.match(r"^#{1,6}[\s\u00a0]+([^\n]+)", text.strip()) or _RULED_TITLE.match(text.strip())
    return m.group(1).strip() if m else ""


# a plain-text guide's chapter title, led on its line by a rule of dashes, equals signs or stars (a Documentation/Utilisation.txt's
# "----------------- 2) Installation du connecteur"), at most 80 characters, the chapter's text on the lines below
_RULED_TITLE = lazy_compile(r"^(?:-{5,}|={5,}|\*{5,})[ \t]+([^\n\-=*][^\n]{0,79})$")
# plain-text documents of a documentation folder are read as prose too, except a tool's lists (docs/requirements.txt)
_TEXT_DOC = lazy_compile(r"^(?!(?:requirements|constraints|robots|cmakelists)\b)[^/]+\.txt$", re.I)


def community(snap, readme_path: str | None, audited=None, copied=frozenset()) -> dict:  # (copied: a template's change log, ui_templates)
    # (not a community file a copy brought: a Jekyll theme's repository copied into docs/, "Contributing to The Slate Theme")
    # (nor a page of a generator's unfilled skeleton, a folder named as a template: Extension Builder's Documentation.tmpl/ChangeLog/Index.rst)
    entries = [e for e in snap.files.values() if not (e.path in copied and community_kind(e.name)) and not TEMPLATE_FOLDER.search(e.dir)]
    # (nor another package's release history copied with it: h5p/CHANGELOG.md linking @lumieducation's repository, foreign_changelogs)
    foreign = foreign_changelogs(snap, [e.path for e in entries if e.dir and e.dir.lower() not in COMMUNITY_DIRS and COMMUNITY["changelog"].match(e.name)], readme_path, own_names(snap, audited))
    entries = [e for e in entries if e.path not in foreign]
    cands = [e for e in entries if e.dir.lower() in COMMUNITY_DIRS and not guide_not_policy(snap, e) and not blank_document(snap, e)]  # (docs/security.md, a user guide's page; an empty CHANGELOG.md)
    out: dict = {}
    for kind, rx in COMMUNITY.items():
        if kind in ("readme", "license"):
            continue
        path = best_path([e for e in cands if rx.match(e.name) and e.kind != "symlink" and not (kind == "changelog" and e.path in copied)
                          and (kind != "authors" or credits_project_people(snap.read_text(e.path, limit=MAX_SAMPLE_BYTES) or "", e.path))])
        if not path and kind == "changelog":
            path = readme_changelog(snap, readme_path, {e.path for e in entries if not is_vendored(e.path)}, rx) \
                or component_community_file(entries, kind, snap)  # (the README's linked one; a monorepo's components keep their own, or its text tells: versions.md)
        if not path and kind == "security":
            path = security_txt(entries)  # the site's .well-known/security.txt (RFC 9116): its security contact
        if not path and kind != "authors":  # a monorepo's components keep their own, as they do a changelog (apps/platform/CONTRIBUTING.md,
            # GOVERNANCE.md, ROADMAP.md beside apps/platform/package.json, with no such file at the root)
            path = component_community_file([e for e in entries if not (rx.match(e.name) and (guide_not_policy(snap, e) or blank_document(snap, e)))], kind)
        out[kind] = {"path": path} if path else None
        if not path and kind == "changelog" and (line := readme_changelog_line(snap, readme_path)):
            out[kind] = {"path": readme_path, "line": line, "via": "readme_chapter"}  # (the README's own "## Changelog" chapter of releases)
        if not out[kind] and kind == "changelog" and (path := debian_changelog(snap, own_names(snap, audited))):
            out[kind] = {"path": path}  # (the project's own Debian packaging's history: debian/changelog)
    issue = sorted(e.path for e in entries if ISSUE_TEMPLATE.match(e.path))
    pr = sorted(e.path for e in entries if PR_TEMPLATE.match(e.path))
    out["issue_template"] = {"path": issue[0], "count": len(issue)} if issue else None
    out["pr_template"] = {"path": pr[0], "count": len(pr)} if pr else None
    if "SECURITY.txt" not in snap.files and ".well-known/security.txt" in snap.files and not out["security"]:
        out["security"] = {"path": ".well-known/security.txt"}
    if out["authors"] and not lists_people(snap.read_text(out["authors"]["path"], limit=MAX_SAMPLE_BYTES) or "", out["authors"]["path"]):
        out["authors"] = None  # ("contributeurs.rst": "Espace contributeurs", a guide for the platform's data producers, names no one)
    if not out["contributing"] and readme_path:  # (the guide the README's contributing chapter links to: proposal.md's "Contribution
        # and Review Process", as the files fact finds it)
        guide = readme_contributing_guide(lambda p, limit=MAX_SAMPLE_BYTES: snap.read_text(p, limit=limit), snap.files, readme_path, audited)
        out["contributing"] = {"path": guide, "via": "readme"} if guide else None
    if not out["contributing"]:  # (the documentation's own page for contributors, as the files fact finds it: doc/source/misc/contribute.rst)
        page = docs_contributing_page(lambda p, limit=MAX_SAMPLE_BYTES: snap.read_text(p, limit=limit), entries)
        out["contributing"] = {"path": page, "via": "docs"} if page else None
    if not out["contributing"]:  # (a page titled as the guide under a misspelt name, as the files fact finds it: .github/CONTRIBUTIING.md)
        page = titled_contributing_guide(lambda p, limit=MAX_SAMPLE_BYTES: snap.read_text(p, limit=limit), cands)
        out["contributing"] = {"path": page, "via": "title"} if page else None
    if out["contributing"]:
        out["contributing"].update(_contributing(snap, out["contributing"]["path"]))
    if not out["governance"]:  # a governance charter under another name (the README titled "Proposition de charte de gouvernance")
        out["governance"] = governance_charter(snap, [e for e in entries if "/" not in e.path and e.ext in PROSE_EXT], readme_path, MAX_SAMPLE_BYTES)
    if out["changelog"]:
        text = snap.read_text(out["changelog"]["path"], limit=MAX_SAMPLE_BYTES) or ""
        out["changelog"]["keep_a_changelog"] = released_headings(text, KEEP_A_CHANGELOG) >= 2 or "keepachangelog.com" in text  # (a roadmap's planned versions aside)
        out["changelog"]["words"] = len(text.split())
    if not out["roadmap"] and readme_path:
        out["roadmap"] = _linked_roadmap(snap, readme_path)
    if not out["security"]:
        contact = _security_contact(snap, [p for p in (readme_path, (out["contributing"] or {}).get("path")) if p])
        if contact:
            out["security_contact"] = contact
    return out


def _contributing(snap, path: str) -> dict:
    """Whether CONTRIBUTING says how to run the tests (a command, else a heading on tests), and its length."""
    text = snap.read_text(path, limit=MAX_SAMPLE_BYTES) or ""
    m = TEST_COMMAND.search(text)
    line = text.count("\n", 0, m.start()) + 1 if m else None
    if not m:
        for b in parse_document(text, readme_format(path, text)):
            if b.kind == "heading" and TEST_HEADING.search(b.text):
                line = b.line
                break
    return {"explains_tests": line is not None, "tests_line": line, "words": len(text.split())}


def _linked_roadmap(snap, readme_path: str) -> dict | None:
    """A roadmap published elsewhere (a project board, a page) and linked from the README counts; not one a framework's template
    wrote (MEAN.JS's "learn about changes and the roadmap" on its website: the framework's roadmap, not the project's)."""
    text = team_text(readme_path, snap.read_text(readme_path, limit=MAX_SAMPLE_BYTES) or "")
    for b in parse_document(text, readme_format(readme_path, text)):
        urls = [u for u, _ in b.links if u.startswith(("http://", "https://"))]
        if urls and ROADMAP_WORDS.search(b.text):
            return {"path": readme_path, "line": b.line, "url": urls[0][:300], "via": "link"}
        # or a document of the repository the README links to by a relative link ("Plan produit et roadmap:
        # [docs/features/roadmap.md](docs/features/roadmap.md)"), inside the repository, a file (no symlink) of prose
        linked = [_repository_file(snap, readme_path, u) for u, _ in b.links[:20]] if ROADMAP_WORDS.search(b.text) else []
        if any(linked):
            return {"path": next(p for p in linked if p), "via": "readme"}
    return None


def _repository_file(snap, readme_path: str, url: str) -> str | None:
    """The repository's prose file a relative link of the README names (resolved from the README's folder), or None: an address,
    an anchor, a path leaving the repository, a folder, a symlink."""
    target = url.split("#", 1)[0].split("?", 1)[0].strip()
    if not target or target.startswith(("/", "\\")) or ":" in target:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(readme_path), target))
    entry = snap.files.get(path)
    if path.startswith("..") or entry is None or entry.kind != "file" or path.rsplit(".", 1)[-1].lower() not in PROSE_EXT:
        return None
    return path


def _security_contact(snap, paths: list[str]) -> dict | None:
    """A security contact without a SECURITY file: a README or CONTRIBUTING paragraph with an address."""
    for path in paths:
        text = team_text(path, snap.read_text(path, limit=MAX_SAMPLE_BYTES) or "")  # (Laravel's README: "… e-mail to Taylor Otwell", the framework's)
        for b in parse_document(text, readme_format(path, text)):
            if b.kind == "paragraph" and SECURITY_WORDS.search(b.text) and (EMAIL.search(b.text) or any(u.startswith("mailto:") for u, _ in b.links)):
                return {"path": path, "line": b.line}
    return None


# An address on a forge, no published site: a public forge, a host named as one (git.teicee.fr, an agency's srv-gitlab.audiar.net,
# gitlab-ce.ville.fr), or a repository's file or folder as a forge shows it (GitLab's …/-/tree/master/doc/config.md, …/-/blob/…;
# Gitea's …/src/branch/main/…): one page of a repository — maybe another one's (issue 12, s36 r36 = remifroger/apur-api)
FORGE_ADDRESS = lazy_compile(r"github\.com|gitlab\.com|shields\.io|framagit\.org|^https?://(?:[\w-]+[.-])?(?:git|gitlab|gitea|forgejo|forge)[.-][^/]*/"
                             r"|^https?://[^/]+/(?:[^/?#]+/)+-/(?:tree|blob|raw)/|^https?://[^/]+/[^/?#]+/[^/?#]+/src/branch/", re.I)
_BARE_ADDRESS = lazy_compile(r"<?https?://\S{1,300}")


def _site(snap, entries: list, readme_path: str | None, names: set[str] = frozenset(), dependencies: frozenset[str] = frozenset(),
          written: set[str] = frozenset()) -> list[dict]:
    """A documentation site's generator configuration (not one whose pages are all ``written`` by the project's own code), or a
    published site the README links to (the publishers' own wiki: on a domain its committers write from, :func:`committer_domains`)."""
    site = []
    for tool, rx in SITE_TOOLS:
        hits = sorted(e.path for e in entries if rx.search(e.path) and not site_without_pages(snap, e.path, entries, written))  # (a fork's
        if hits:  # mkdocs.yml whose pages are gone builds no site)
            site.append({"tool": tool, "path": hits[0]})
    # a Sphinx site at the root, in source/ (a repository of guides published by Read the Docs) or in a folder's source/ (a manual's
    # Documentation_utilisateur_X/source/, docs/source/): a Sphinx conf.py beside its index (issue 12, s36 r36 =
    # ToffoluttiVittorio/Documentation_sphinx)
    paths = {e.path for e in entries}
    site += [{"tool": "sphinx", "path": f"{d}conf.py"} for d in sphinx_roots(snap) if f"{d}conf.py" in paths][:0 if site else 1]
    site += [] if site else api_viewer_pages(snap, entries)[:1]  # an API's documentation site kept in the repository (Swagger UI)
    site += [] if site else redirect_site(snap, snap.files.values())  # (docs/index.html sending its readers to the site kept elsewhere)
    if readme_path and not site:  # a published documentation site linked from the README
        # (the README as the team wrote it: a framework's template's links to its own docs, Nx's nx.dev, are not the project's site)
        text = team_text(readme_path, snap.read_text(readme_path, limit=MAX_SAMPLE_BYTES) or "")
        domains = committer_domains(snap) if "wiki" in text.lower() else frozenset()  # (read when a wiki may be linked)
        prev = ""  # the paragraph before (a bare address alone on its line is announced by it: "… publiée automatiquement sur :")
        for b in parse_document(text, readme_format(readme_path, text)):
            said, prev = (f"{prev} {b.text}" if prev.rstrip().endswith(":") and _BARE_ADDRESS.fullmatch(b.text.strip()) else b.text), b.text if b.kind == "paragraph" else ""
            # a link labelled as documentation, or one in a paragraph about documentation whose address names the project
            # (not "[SpacetimeDB](https://spacetimedb.com) … voir docs/chronotope.md": another product's home page)
            # (not the project's own page published there, the map itself: …github.io/Atelier1_webcarto/openlayer/…/index.html;
            # nor another repository on a forge: git.teicee.fr/openig/openig-d10-docker; nor another site's tutorial or article, html5rocks.com/en/tutorials/…)
            hit = next((u for u, label in b.links if (DOC_SITE.search(u) and _own_site(u, names) and not _own_page(u, paths, f"{label} {said}") and not _app_link(label, said))
                        or _own_wiki(u, names) or (not FORGE_ADDRESS.search(u) and _publisher_wiki(u, f"{label} {said}", names, domains)) or (
                u.startswith(("http://", "https://")) and not FORGE_ADDRESS.search(u)
                and not third_party_article(u) and not vendor_manual(u, names) and (re.search(r"\bdoc(s|umentation)?\b", label, re.I) and (_own_site(u, names) or not _product_named(u, b.text, dependencies))
                     or (re.search(r"\bdoc(s|umentation)?\b", b.text, re.I) and _own_site(u, names))))), None)
            if hit:
                site.append({"tool": "link", "path": readme_path, "line": b.line, "url": hit[:300]})
                break
    return site


def committer_domains(snap, limit: int = 5000) -> frozenset[str]:
    """The organisations' domains the authors of the audited commit's history write from (the last ``limit`` commits; no webmail, no
    personal or internal mailbox: :func:`auditor.facts.history.organisation_of`): the publishers' own hosts."""
    from auditor.facts.history import organisation_of

    if not getattr(snap, "has_history", False):
        return frozenset()
    try:
        emails = sorted({(c.author_email or "", c.author_name or "") for c in snap.history()[:limit]})
    except Exception:  # noqa: BLE001 - no readable history: no committer domain
        return frozenset()
    return frozenset(o[0] for e, n in emails[:500] if (o := organisation_of(e, n))[0] and o[1] in ("public", "organisation"))


_TITLE_LEAD = lazy_compile(r"^[\W\d_]+")
POST = lazy_compile(r"(^|/)(_posts|blog)/|(^|/)\d{4}-\d{2}-\d{2}[-_][^/]+$", re.I)


# A page of the code's reference generated from its docstrings: mkdocstrings' "::: package.module" line (a dotted path; a bare
# name only when the MkDocs configuration loads the plugin: VuePress' and Docusaurus' "::: tip" containers are asides), Sphinx autodoc's directives
_MKDOCSTRINGS = lazy_compile(r"^:::[ \t]+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*$", re.M)
_AUTODOC = lazy_compile(r"^\.\. auto(?:module|class|function|summary)::[ \t]*\S", re.M)


def code_reference(text: str, mkdocstrings: bool) -> bool:
    """The page is an API reference generated from the code (mkdocstrings, Sphinx autodoc)."""
    return any("." in m.group(1) or mkdocstrings for m in _MKDOCSTRINGS.finditer(text)) or bool(_AUTODOC.search(text))


# A document that says in its head a tool writes it (Firebase Data Connect's SDK README: "This README is generated alongside the
# generated SDK. If you make changes to this file, they will be overwritten"; "<!-- Generated by … DO NOT EDIT -->", "Ce fichier est
# généré automatiquement"): the generator's text, in the generator's language, not the project's documentation (issue 12, s35 n35)
GENERATED_DOC = lazy_compile(r"\b(?:this|the) (?:file|readme|document|page|documentation) (?:is|was|has been) (?:auto(?:matically)?[- ]?)?generated\b"
                             r"|\bgenerated (?:by|with) [^\n]{1,60}\b(?:do not edit|don't edit)\b|\bauto-generated\b[^\n]{0,60}\b(?:do not edit|don't edit)\b"
                             r"|\b(?:ce|cette) (?:fichier|document|page) (?:est|a été) généré(?:e)? automatiquement\b", re.I)


def _read_sample(snap, sample: list, architecture: list[str], deployment: list[str],
                 configuration: list[str], api: list[str] | None = None, mkdocstrings: bool = False, own: frozenset = frozenset()) -> tuple[dict[str, str], dict[str, float]]:
    """Read the sampled prose files: chapters on architecture, deployment, configuration or the API (added to
    those lists), deployment steps in a sentence, and each file's language with the words per language."""
    file_langs: dict[str, str] = {}
    totals: dict[str, float] = {}
    for e in sample:
        text = snap.read_text(e.path, limit=MAX_SAMPLE_BYTES)
        if not text:
            continue
        if api is not None and e.path not in api and code_reference(text, mkdocstrings):
            api.append(e.path)
        if GENERATED_DOC.search(text[:1500]):
            continue  # (a generator's README, "This README is generated alongside the generated SDK": not the project's words)
        blocks = parse_document(text, readme_format(e.path, text))
        template = bool(TEMPLATE_DOC.search(e.name.rsplit(".", 1)[0]))  # a model to copy documents nothing yet
        template = template or bool(POST.search(e.path))  # (a site's dated article, 2024-04-15-postgresql-installation.md: what it publishes)
        found = find_template(blocks)
        # (or a part's README that is the generator's as it wrote it, every chapter one its template writes: create-next-app's "This is a
        # Next.js project bootstrapped with create-next-app" over "Getting Started", "Learn More", "Deploy on Vercel" in mairie-site/)
        framework = (found or {}).get("sentences", 0) >= 3 or "/" in e.path and (template_page(e.path, text) if found else part_generator(blocks))  # a framework's README left as generated (frontend/README.md
        template = template or framework or dev_tool_heading(norm(e.name.rsplit(".", 1)[0])) or unfilled_document(blocks, e.path, (architecture, deployment, configuration))  # of create-react-app: "Deployment" points to the framework's docs): the framework's text, not the project's; a developer tool's guide (PRE_COMMIT_GUIDE.md) installs that tool
        unwritten = not template and deployment_unwritten(blocks)  # (an INSTALL.md whose "## Production" is the template's prompt:
        if unwritten and e.path in deployment:  # its deployment is not written, neither by its name nor by its "# Installation Guide")
            deployment.remove(e.path)
        for i, b in enumerate(blocks if not template else []):  # architecture, deployment or configuration written as a chapter of another document
            title = b.text.strip() if b.kind == "heading" else _nbsp_heading(b.text) if b.kind == "paragraph" else ""
            title = _TITLE_LEAD.sub("", title)  # "📂 Structure du Code", "2. Architecture": the words after the pictogram or number
            if not title or placeholder_chapter(blocks, i):  # "## Schéma fonctionnel" then "ToDo": a chapter announced, not written
                continue
            if api is not None and b.kind == "heading" and API_HEADING.search(title) and e.path not in api and (not ROUTES_ONLY.search(title) or routes_listed(blocks, i, text.split("\n"))) \
                    and not launch_only(_chapter(blocks, i, text)):  # (not "#### API REST (Port 8987)" over `uvicorn api:app` alone)
                api.append(e.path)  # (a heading can be the API and a configuration chapter too)
            if (ARCH_HEADING.search(title) or b.kind == "heading" and LAYOUT_ONLY.search(title) and layout_listed(blocks, i, text.split("\n"))) \
                    and e.path not in architecture:
                architecture.append(e.path)
            elif DEPLOY_HEADING.search(title) and e.path not in deployment and not unwritten and not tool_install_chapter(_chapter(blocks, i, text), own) \
                    and not points_elsewhere(blocks, i, _chapter(blocks, i, text)) \
                    and not work_report_chapter(blocks, i, _chapter(blocks, i, text)):  # (not "### Installation" over a link to INSTALL.md alone,
                # nor "### Installation des dépendances" in a report of what was done, "Recharts installé et configuré": s46 fd46)
                deployment.append(e.path)  # (not "### install" of another tool, `sudo npm install -g markdown-live`, in a page of tips)
            elif CONFIG_HEADING.search(title) and e.path not in configuration and not build_guide(e.path) and not NEW_OBJECT_CONFIG.search(title) \
                    and not in_tests_chapter(blocks, i):  # (not "### Configuration base de donnée" of "## Lancer les tests en local")
                configuration.append(e.path)
        if not template and not unwritten and e.path not in deployment and any(b.kind == "paragraph" and DEPLOY_SENTENCE.search(b.text) for b in blocks):
            deployment.append(e.path)
        if not template and e.path not in architecture and shows_architecture(blocks):
            architecture.append(e.path)
        # (nor the chapters and paragraphs a framework's template wrote: Angular CLI's README opens on one sentence of its own, "This
        # project was generated with Angular CLI", its others under its chapters, "Development server"…; the team's words are the rest)
        gone = template_lines(blocks, text.count("\n") + 1) if found and not framework else set()
        res = identify_languages([b.text for b in written(blocks) if b.line not in gone] if not framework else [])  # (not code spans alone, not a generated block)
        _count_languages(file_langs, totals, e.path, res)
    return file_langs, totals


def _count_languages(file_langs: dict[str, str], totals: dict[str, float], path: str, res: dict) -> None:
    """Add one document's identified languages (``identify_languages``' answer) to the per-file and the word-weighted totals."""
    if res["language"] is None:
        return
    file_langs[path] = res["language"] if isinstance(res["language"], str) else "+".join(res["language"])
    for code, share in res["languages"].items():
        totals[code] = totals.get(code, 0) + share * res["words"]


def part_generator(blocks: list) -> bool:
    """Two signature sentences or more of one generator's README (:data:`PART_GENERATORS`): that README, as generated."""
    from auditor.facts.readme_template_signs import PART_GENERATORS

    normed = " ".join(norm(b.text) for b in blocks[:400])
    return any(sum(sig in normed for sig in sigs) >= 2 for _, sigs in PART_GENERATORS)


# a chapter on the project's tests ("Lancer les tests en local", "Running the tests", "Tests unitaires", "Testing")
_TESTS_CHAPTER = lazy_compile(r"\b(?:tests?|testing|testes)\b", re.I)


def in_tests_chapter(blocks: list, i: int) -> bool:
    """The heading ``blocks[i]`` lies in a chapter on the tests (its nearest heading of a higher level names them, :data:`_TESTS_CHAPTER`):
    a "### Configuration base de donnée" under "## Lancer les tests en local" tells how to connect the developer's IDE to a test
    database, not the deployment's settings (issue 12, s47 fe47 = OPEN-ENT-NG/presences' deployment/test-sql/README.md)."""
    level = blocks[i].level or 6
    for b in reversed(blocks[:i]):
        if b.kind == "heading" and (b.level or 6) < level:
            return bool(_TESTS_CHAPTER.search(_TITLE_LEAD.sub("", b.text.strip())))
    return False


# a command starting a server or a program (`uvicorn api:app --port 8987`, `gunicorn`, `flask run`, `npm start`, `python api.py`, `docker
# run`, `java -jar`), and the lines around it that only prepare it (`cd api`, `source .venv/bin/activate`, a comment)
_START_COMMAND = lazy_compile(r"^\s*(?:\$\s*)?(?:uvicorn|gunicorn|hypercorn|daphne|waitress-serve|flask\s+run|fastapi\s+(?:run|dev)|streamlit\s+run|"
                              r"(?:python3?|py)\s+(?:-m\s+)?[\w./-]+(?:\.py)?(?:\s+runserver)?|node\s+[\w./-]+|(?:npm|yarn|pnpm)\s+(?:run\s+)?(?:start|dev|serve)|"
                              r"docker(?:-|\s+)compose\s+up|docker\s+run|java\s+-jar|php\s+-S|rails\s+s(?:erver)?|dotnet\s+run|go\s+run|cargo\s+run)\b", re.I)
_PREPARES = lazy_compile(r"^\s*(?:#.*|cd\s+\S+|source\s+\S+|\.\s+\S+|export\s+\w+=\S*|set\s+\w+=\S*|[\w.\\/-]+activate(?:\.bat)?)?\s*$", re.I)


def launch_only(chapter: str) -> bool:
    """A chapter holding nothing but a fenced block that starts the program (see :data:`_START_COMMAND`): under an API heading ("####
    API REST (Port 8987)" over `uvicorn api:app --host 0.0.0.0 --port 8987`) it tells how to start the API, documenting no route,
    parameter or answer (issue 12, s47 fe47 = antocreadev/data.castagnicciacasinca.fr)."""
    fenced, started, lines = False, False, chapter.split("\n")[:200]
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced:
            if line.strip():
                return False  # (prose, a list of routes, a table: the chapter says more)
            continue
        if _START_COMMAND.match(line):
            started = True
        elif not _PREPARES.match(line):
            return False
    return started


def _chapter(blocks: list, i: int, text: str) -> str:
    """The text under ``blocks[i]``'s heading, down to the next heading of its level or above."""
    level = blocks[i].level or 6
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 6) <= level), None)
    return "\n".join(text.split("\n")[blocks[i].line:(end - 1) if end else None])


def _written(snap, paths: list[str]) -> list[str]:
    """The documents of a topic without the text pages left unwritten (:func:`stub_page`) nor those most of whose paragraphs are a
    template's prompts to its writer or placeholders (:func:`placeholder_document`: "## Software" / "List the dependencies on libraries
    or software.", issue 12, s40 fs40 = georchestra/maelstro's prerequisites pages), read up to 64 KB."""
    out = []
    for p in paths:
        e = snap.files.get(p)
        text = snap.read_text(p, limit=64 * 1024) if e and (e.ext in PROSE_EXT or e.ext == "txt") else None
        blocks = parse_document(text, readme_format(p, text)) if text is not None else []
        if text is None or not (e.size <= STUB_BYTES and stub_page(text, blocks) or placeholder_document(blocks)):
            out.append(p)
    return out


_PICTURE = {"svg", "png", "jpg", "jpeg", "gif", "webp"}
_LOGO = lazy_compile(r"logo|icon|favicon|picto|banner|banniere|bannière", re.I)


def _not_a_diagram(e) -> bool:
    """A picture named for a design system or a logo (docs/assets/images/ds/logo-loire-atlantique-design-system.svg) is
    not an architecture diagram: "design" names a picture's subject, not its being a diagram."""
    if e.ext.lower() not in _PICTURE:
        return False
    words = {m.group(1).lower() for m in ARCH.finditer(e.path) if m.group(1)}
    return bool(_LOGO.search(e.name)) or words <= {"design"}


def _diagram_folder(path: str) -> bool:
    """Under a folder named for the design's diagrams (:data:`DIAGRAM_FOLDER`: conceptions/, uml/, diagrammes/), three deep at most,
    outside the code's folders (src/main/resources/uml/ is a resource of the program) and the tests'."""
    segs = path.split("/")[:-1]
    return any(DIAGRAM_FOLDER.match(folder_word(seg)) for seg in segs[:3]) and not {s.lower() for s in segs} & (TEST_DIRS | _CODE_ROOTS)


_CODE_ROOTS = frozenset({"src", "lib", "app", "public", "static", "assets", "resources", "node_modules", "vendor"})


# a folder of tests, however qualified (test-sql/, tests_e2e/, testing/): its README tells how to write and run them
_TEST_GUIDE_DIR = lazy_compile(r"^(?:tests?|testing|e2e)(?:[-_.][^/]*)?$", re.I)


def test_guide(path: str) -> bool:
    """A README named for deploying only by a folder above its own, in a folder of tests (``<module>/deployment/test-sql/README.md``:
    how to write reverse and test SQL scripts and run them from an IDE): it documents its folder's tests, not the deployment
    (issue 12, s46 fo46 = OPEN-ENT-NG/presences). A document whose own name or own folder names deploying stays a guide."""
    folder, _, name = path.rpartition("/")
    own = folder.rsplit("/", 1)[-1]
    return (community_kind(name) == "readme" and bool(_TEST_GUIDE_DIR.match(own)) and not DEPLOY.search(name)
            and not DEPLOY.search(own + "/"))


def _topics(ctx, entries: list, doc_files: list, docs_dirs: list[str]) -> tuple[list, list[str], list[str], list[str]]:
    """The documentation files (doc folders, root documents, sub-folders' READMEs) and, by their names,
    those on architecture (diagrams too), deployment and the API (with the OpenAPI files)."""
    root_docs = [e for e in entries if "/" not in e.path and e.ext in DOCS_EXT]
    # a sub-folder's README documents that part (an add-on's options, a web application's deployment)
    sub_readmes = [e for e in entries if "/" in e.path and e.path.count("/") <= 3 and e.ext in PROSE_EXT and community_kind(e.name) == "readme"
                   and not is_test(e.path) and e not in doc_files]
    docish = doc_files + root_docs + sub_readmes
    # diagrams (an MCD, a functional diagram, SchemaSpy's relationship diagrams) count in a documentation folder or beside a document
    # (the root too, beside the README: an architecture_1.png the README shows as its architecture diagram)
    doc_places = set(docs_dirs) | {e.dir for e in docish if e.dir}
    root_diagram = bool(root_docs)
    architecture = sorted({e.path for e in entries if ARCH.search(e.path) and not TEMPLATE_DOC.search(e.name.rsplit(".", 1)[0])
                           and not _not_a_diagram(e) and community_kind(e.name) != "license"
                           and (e.ext in DOCS_EXT | {"puml", "plantuml", "drawio", "mmd", "c4", "svg", "png", "jpg", "pdf"})
                           and (e in docish or e.ext in ("puml", "plantuml", "drawio", "mmd", "c4")
                                or any(e.dir == d or e.dir.startswith(d + "/") for d in doc_places) or (root_diagram and not e.dir)
                                # (or in a folder of the design's diagrams, conceptions/connexion/connexion_diagramme_classe.png, uml/)
                                or (e.ext.lower() in _PICTURE and _diagram_folder(e.path)))})[:20]
    webs = web_dirs(entries)
    deployment = sorted({e.path for e in docish if DEPLOY.search(e.path) and not POST.search(e.path) and not RELEASE_NOTES_PATH.search(e.path)}
                        # an installation guide kept as an office document ("Installation et fonctionnement du batch.docx", install/) or written beside the code (archive/DEPLOY_VPS.md)
                        | {e.path for e in entries if e.path.count("/") <= 2 and (OFFICE_GUIDE.search(e.path) or OFFICE_INSTALL_GUIDE.search(e.path) or (e.ext in ("md", "rst", "adoc") and DEPLOY.match(e.name) and not is_test(e.path)))
                           and not served_content(e.path, webs)})  # (a commune's site's assets/pdf/Affiche installation.pdf: a poster for its residents)
    # a document is a guide by what it holds, not by a word of its name (docs/Deployments.md lists the cities running the software; a
    # commune's Hébergements.html is its page on lodgings): guide_content
    deployment = sorted(set(deployment) - not_guides(ctx.snapshot, [p for p in deployment if DEPLOY.search(p.rsplit("/", 1)[-1])]))[:20]
    deployment = [p for p in deployment if not test_guide(p)]
    deployment = sorted(set(deployment) | set(html_deploy_guides(ctx.snapshot, doc_files)))[:20]  # (docs/manuel-infrastructure.html)
    api = sorted(api_doc_paths(ctx.snapshot, docish, API_DOC) | set(own_api_references(ctx)[:3]))[:20]  # (a committed Javadoc)
    api += sorted(e.path for e in sorted(docish, key=lambda e: e.path)[:40] if e.ext in PROSE_EXT and e.path not in api and e.size <= 256 * 1024
                  and SERVED_API_DOC.search(ctx.snapshot.read_text(e.path, limit=256 * 1024) or ""))[:5]  # (a pointer to a served Swagger UI)
    try:
        # (an OpenAPI stub, `paths: {}`, documents no API: api_specs.empty_spec)
        api += [p for p in (ctx.fact("files") or {}).get("openapi", [])[:10] if p not in api and not empty_spec(ctx.snapshot, p)]
    except Exception:  # noqa: BLE001
        pass
    return docish, architecture, deployment, api


COMMUNITY_NAMES = ("contributing", "code_of_conduct", "code-of-conduct", "security", "changelog", "license", "licence", "authors", "support", "governance", "maintainers")


def _code_guides(entries: list, docs_dirs: list[str], rendered: list[str] = ()) -> list[str]:
    """Method sheets written beside the code they describe (an FME kit's topologie/fusion_polygones.mdown): written Markdown pages
    one to three folders down, outside documentation folders and the content folders a site framework renders as its pages
    (``rendered``: Nuxt Content's content/lignes/ligne-1.md), of at least 1 KB (no README, community file or stub); 40 at most."""
    return sorted(e.path for e in entries if 1 <= e.path.count("/") <= 3 and e.ext in PROSE_EXT and e.size >= 1024
                  and not any(e.path.startswith(d + "/") for d in rendered)
                  and e.ext not in ("rst", "adoc", "asciidoc") and community_kind(e.name) is None and not e.name.lower().startswith(("readme", "lisezmoi", "lisez-moi"))
                  and not e.path.startswith(".") and "/." not in e.path and not any(e.path.startswith(d + "/") for d in docs_dirs)
                  and not is_test(e.path) and not is_vendored(e.path) and not is_generated(e.path)
                  and not _NOTICE_DIRS & {seg.lower() for seg in e.path.split("/")[:-1]})[:40]


# the folders where a bundled SDK or a generator keeps the licence notices of what it ships (javafx-sdk-17.0.2/legal/javafx.web/icu_web.md,
# the javadoc tool's javaDoc/legal/jquery.md, a build's third_party_licenses/): notices of others' code, no guide of the project (issue 12,
# s39 fe39 = elucas0/SAE-PNR)
_NOTICE_DIRS = frozenset({"legal", "licenses", "licences", "third_party_licenses", "third-party-licenses", "third_party_notices", "notices"})


_TASK_LIST = re.compile(r"^(?:todos?|to-do|to_do|tasks?|t[aâ]ches|backlog)(?:[-_. ]|$)", re.I)


# community files whose language is not the documentation's: the licence, a release history (CHANGELOG.md in English beside a French
# site: no English version of its documentation, issue 12, s42 lead = thepriben/demo-inforoute-084), a copied code of conduct, a
# security policy or a list of authors; a contributing guide is written for the project's contributors and stays
_NOT_PROSE_OF_DOCS = frozenset({"license", "changelog", "code_of_conduct", "security", "authors"})


# A Maven site's xdoc page (src/site/xdoc/index.xml, src/site/fr/xdoc/index.xml): XML whose <p> elements are the prose, its code
# spans and commented-out parts aside; and the files of a Maven site's resources/ (the archetype's images/readme.txt, "Put your
# images in this directory"), the site's assets, no page (issue 12, s48 fg48 = lutece-secteur-public/gru-plugin-gru: its French
# xdoc page unread, the two placeholders read as English documentation)
MAX_XDOC = 5
_SITE_RESOURCES = re.compile(r"(?:^|/)src/site/(?:[a-z]{2}/)?resources/")


def _cut(text: str, opener: str, closer: str) -> str:
    """``text`` without its spans from ``opener`` to ``closer`` (linear: one pass of str.find)."""
    out, i = [], 0
    while (a := text.find(opener, i)) >= 0 and (b := text.find(closer, a)) >= 0:
        out.append(text[i:a])
        i = b + len(closer)
    return "".join(out) + text[i:]


def _between(text: str, opener: str, closer: str) -> list[str]:
    """The contents of the elements ``opener``…``closer`` (``<p`` then ``>``; linear)."""
    found, i = [], 0
    while (a := text.find(opener, i)) >= 0:
        if text[a + len(opener): a + len(opener) + 1] not in (">", " ", "\t", "\n"):
            i = a + len(opener)
            continue
        start, end = text.find(">", a), text.find(closer, a)
        if start < 0 or end < 0:
            break
        found.append(text[start + 1: end] if start < end else "")
        i = end + len(closer)
    return found


def _xdoc_languages(snap, entries, known) -> tuple[dict[str, str], dict[str, float]]:
    """Each Maven site xdoc page's language, from its paragraphs (the first MAX_XDOC pages by depth then path, not in ``known``)."""
    import html

    pages = sorted((e for e in entries if e.ext == "xml" and maven_site_page(e.path) and e.path not in known and 0 < e.size <= MAX_SAMPLE_BYTES),
                   key=lambda e: (e.path.count("/"), e.path))[:MAX_XDOC]
    file_langs: dict[str, str] = {}
    totals: dict[str, float] = {}
    for e in pages:
        text = snap.read_text(e.path, limit=MAX_SAMPLE_BYTES) or ""
        for opener, closer in (("<!--", "-->"), ("<code", "</code>"), ("<source", "</source>"), ("<pre", "</pre>"), ("<tt", "</tt>")):
            text = _cut(text, opener, closer)
        paragraphs = [" ".join(html.unescape(re.sub(r"<[^>]*>", " ", p)).split()) for p in _between(text, "<p", "</p>")]
        _count_languages(file_langs, totals, e.path, identify_languages([p for p in paragraphs if p]))
    return file_langs, totals


_README_SIBLING = re.compile(r"^(?:readme|lisezmoi|lisez-moi)(?:[._-][\w-]+)?\.(?:md|markdown|rst|txt|adoc|text)$|^(?:readme|lisezmoi)$", re.I)


@fact("docs", version=168)  # (what the inventory calls vendored is left out too: a library's repository copied whole, js/<Lib>/docs/)
def docs(ctx) -> dict:
    snap = ctx.snapshot
    try:
        readme_path = (ctx.fact("readme") or {}).get("path")
    except Exception:  # noqa: BLE001 - community files do not depend on the README fact
        readme_path = None
    entries = documentation_entries(ctx, inventory_of(ctx))  # (not a copied package's own docs, public/materialize-css/; nor an empty Maven site)
    # (a Maven site, src/site/site.xml and its apt/, xdoc/, markdown/ pages: exploitation guide, release notes, documents too; the
    # files fact's docs takes its folder by the same rule, doc_folders.first_documentation_folder)
    docs_dirs = documentation_folders(entries)
    guide_ext = DOCS_EXT | GUIDE_EXT
    # (an empty file is no page: doc/data.md of 0 bytes beside the README's pictures documents nothing)
    doc_files = [e for e in entries if doc_page(e) and (e.size > 0 or e.missing) and any(e.path.startswith(d + "/") for d in docs_dirs)]
    # (a community file documents nothing of the software: a folder holding only docs/CONTRIBUTING.md and docs/SECURITY.md, where the
    # forge looks for them, is no documentation folder; beside guides, they are not counted among its pages)
    community_only = {d for d in docs_dirs if any(e.path.startswith(d + "/") and community_page(e.name) for e in doc_files)
                      and not any(e.path.startswith(d + "/") and not community_page(e.name) for e in doc_files)}
    docs_dirs = [d for d in docs_dirs if d not in community_only]
    doc_files = [e for e in doc_files if not community_page(e.name)]
    # documents the README points to, wherever they are (bdd/doc_admin_bd.md, guides/installation.pdf)
    linked = readme_linked_docs(snap, readme_path, guide_ext, {e.path for e in entries}, MAX_SAMPLE_BYTES)
    if linked:
        known = {e.path for e in doc_files}
        doc_files += [snap.files[p] for p in linked if p not in known and not community_page(p.rsplit("/", 1)[-1])]
        for p in linked:
            d = p.rsplit("/", 1)[0] if "/" in p else ""
            # (a sub-project's README, back/README.md, is a document; its folder of code and page templates is no documentation folder)
            # (nor does a community file's folder: .github/CONTRIBUTING.md leaves .github/ what it is; a folder of documents alone is one: readme/README_INSTALL.md)
            if d and d not in docs_dirs and not p.rsplit("/", 1)[-1].lower().startswith(COMMUNITY_NAMES + (() if documents_only(entries, d) else ("readme",))):
                docs_dirs.append(d)
    r_docs = r_package_docs(snap, entries)  # an R package's man/*.Rd reference pages and vignettes/ guides
    if r_docs:
        known = {e.path for e in doc_files}
        docs_dirs += [d for d in r_docs if d not in docs_dirs]
        doc_files += [snap.files[p] for pages in r_docs.values() for p in pages if p not in known]
    for d, tables in data_dictionaries(entries).items():  # a data dictionary kept as tables (dictionnaire_donnees/*.csv): a data model's documentation
        docs_dirs += [d] if d not in docs_dirs else []
        doc_files += [snap.files[p] for p in tables if snap.files[p] not in doc_files]
    target = getattr(ctx, "target", None)
    declared = frozenset(str(d).lower() for m in (ctx.fact("manifests") or {}).get("manifests") or [] for d in (m.get("dependencies") or []) + (m.get("dev_dependencies") or []))
    names = {getattr(target, "name", None) or "", (getattr(target, "owner", None) or "").split("/")[0]}
    try:  # (the pages the project's own code writes: a pipeline's generated site documents nothing, s40 fr40)
        written = code_written(ctx.fact("textscan"), [e.path for e in entries])
    except Exception:  # noqa: BLE001 - without the text scan, every page counts as before
        written = set()
    site = _site(snap, entries, readme_path, names, declared, written)
    docish, architecture, deployment, api = _topics(ctx, entries, doc_files, docs_dirs)
    # (each man/*.Rd page is the reference of one exported function or data set: the package's API reference)
    api += [p for d, pages in sorted(r_docs.items()) if d.rsplit("/", 1)[-1] == "man" for p in pages[:5] if p not in api]
    # Language of the documentation: a bounded sample of prose files (docs folders, then root files).
    prose_files = sorted((e for e in docish if (e.ext in PROSE_EXT or e in doc_files and _TEXT_DOC.match(e.name)) and e.path != readme_path and e.size <= MAX_SAMPLE_BYTES and community_kind(e.name) not in _NOT_PROSE_OF_DOCS
                          and not _SITE_RESOURCES.search(e.path)),
                         key=lambda e: (e.path.count("/"), -e.size, e.path))
    sample, left_out = prose_files[:MAX_SAMPLE], max(0, len(prose_files) - MAX_SAMPLE)
    # (an AI assistant's skill, prompt or knowledge base is the product's content, no documentation: assistant_content)
    kept = set(without_assistant_material(snap, [e.path for e in sample]))
    sample = [e for e in sample if e.path in kept]
    configuration: list[str] = []
    mkdocstrings = any(s.get("tool") == "mkdocs" and "mkdocstrings" in (snap.read_text(s.get("path") or "", limit=64 * 1024) or "") for s in site)
    own = frozenset(n for n in names | {m.get("name") or "" for m in (ctx.fact("manifests") or {}).get("manifests") or []} if n)
    file_langs, totals = _read_sample(snap, sample, architecture, deployment, configuration, api, mkdocstrings, own)
    # (a site framework's content folder is the site's pages, unless the repository is named for documentation: a Docus site)
    from auditor.facts.content_site import _DOC_NAME

    rendered = [] if _DOC_NAME.search(getattr(target, "name", None) or "") else rendered_content_dirs((ctx.fact("manifests") or {}).get("manifests") or [])
    code_guides, guides_read = without_legal_texts(snap, without_assistant_material(snap, _code_guides(entries, docs_dirs, rendered))), 0
    if not docs_dirs and len(sample) < MAX_SAMPLE:
        # (no documentation folder: the guides written beside the code are the documentation, and speak its language — an ENT app's
        # French mediacentre.md beside English sub-READMEs; read for their language only, their chapters judge nothing of the project)
        # (not a word list the code reads, src/<pkg>/assets/words.md: data, no prose)
        guides = sorted((snap.files[p] for p in code_guides if p in snap.files and snap.files[p].size <= MAX_SAMPLE_BYTES
                         and not term_list(snap.read_text(p, limit=MAX_SAMPLE_BYTES) or "")),
                        key=lambda e: (e.path.count("/"), -e.size, e.path))[:MAX_SAMPLE - len(sample)]
        more_langs, more_totals = _read_sample(snap, guides, [], [], [], None, mkdocstrings)
        file_langs.update(more_langs)
        for code, words in more_totals.items():
            totals[code] = totals.get(code, 0) + words
        guides_read = len(guides)
    # (the README's other copies at the root, readme.txt beside readme.md, lisezmoi.md: read for their language only — a French
    # readme.txt beside an English readme.md is the README in French; issue 12, s45 fg45 = abotzung/foguefi)
    twins = sorted((e for e in entries if "/" not in e.path and e.path != readme_path and e.kind == "file" and e.size <= MAX_SAMPLE_BYTES
                    and _README_SIBLING.match(e.name) and e.path not in file_langs), key=lambda e: e.path)[:3]
    if twins:
        file_langs.update(_read_sample(snap, twins, [], [], [], None, mkdocstrings)[0])
    xdoc_langs, xdoc_totals = _xdoc_languages(snap, entries, file_langs)  # (a Maven site's xdoc pages, read for their language)
    file_langs.update(xdoc_langs)
    for code, words in xdoc_totals.items():
        totals[code] = totals.get(code, 0) + words
    # technical documents kept as office or PDF files: named as an operations or architecture file, or a technical documentation whose
    # Word/OpenDocument chapters are read; a PDF one is listed as unread (tech_documents)
    webs = web_dirs(entries)
    tech = technical_documents(snap, entries, lambda p: served_content(p, webs) or is_test(p) or is_vendored(p) or is_generated(p),
                               DEPLOY_HEADING, ARCH_HEADING)
    deployment += [p for p in tech["deployment"] if p not in deployment]
    deployment += [p for p in root_text_guides(snap, entries) if p not in deployment]  # (a root EDITION.txt: rebuild, redeploy)
    architecture += [p for p in tech["architecture"] if p not in architecture]
    architecture, deployment, api = (_written(snap, found) for found in (architecture, deployment, api))  # (not a skeleton's stubs)
    readme_blocks = parse_document(readme_text := (snap.read_text(readme_path, limit=MAX_SAMPLE_BYTES) or ""), readme_format(readme_path, readme_text)) if readme_path else []
    if not architecture and shows_architecture(readme_blocks):
        architecture.append(readme_path)  # the README's own diagram ("Le schéma de l'architecture mise en place est le suivant :")
    if not api and api_doc_link(readme_blocks, names):
        api.append(readme_path)  # a link to the API's published reference ("[Documentation du code et de l'API](https://…/formulaide/…)")
    total = sum(totals.values())
    languages = {k: round(v / total, 2) for k, v in sorted(totals.items(), key=lambda kv: -kv[1]) if v / total >= 0.1} if total else {}
    return {
        "community": community(snap, readme_path, getattr(ctx, "target", None), set(ctx.fact("copied_paths") or [])),
        "docs_dirs": docs_dirs,
        # (the Maven sites left as their archetype wrote them, no word on their pages: documentation.docs and data-and-docs read none)
        "empty_sites": sorted(empty_maven_sites(snap, list(snap.files)))[:10],
        "doc_files": len(doc_files),
        "doc_files_by_dir": {d: sum(1 for e in doc_files if e.path.startswith(d + "/")) for d in docs_dirs},  # (each folder's own count)
        "site": site,
        "architecture": sorted(architecture)[:20],
        "deployment": sorted(deployment)[:20],
        "unread_documents": tech["unread"][:5],  # (technical documentation in PDF: its chapters unread, see tech_documents)
        "api": api[:20], "readme_routes": routes_headings(readme_blocks, readme_text) if readme_blocks else [],  # (the README's "Routes" over HTTP routes)
        # (and its API headings over the command starting the API alone: launch_only)
        "readme_launches": [b.line for i, b in enumerate(readme_blocks or []) if b.kind == "heading" and API_HEADING.search(_TITLE_LEAD.sub("", b.text.strip()))
                            and launch_only(_chapter(readme_blocks, i, readme_text))][:20],
        "readme_layout": layout_headings(readme_blocks, readme_text) if readme_blocks else [],  # (the README's "Structure" over the repository's tree)
        "configuration": sorted(configuration)[:20], "properties": sorted(e.path for e in sample if e.ext in ("md", "markdown", "mdx") and properties_reference(snap.read_text(e.path, limit=MAX_SAMPLE_BYTES) or ""))[:20],  # (a component's properties: a library's API reference)
        "readme_links": sorted(linked or [])[:40],  # the documents the README points to
        # guides written at the root (guide_bonnes_pratiques.md, organisation_bdd.md…), READMEs (README-EN.md: a translation) and community files aside
        # (nor terms of use, a privacy policy or legal notices, by name or title: what users agree to, no guide; s44 ff44)
        "root_guides": without_legal_texts(snap, without_assistant_material(snap, sorted(e.path for e in entries if "/" not in e.path and e.ext in PROSE_EXT and e.path != readme_path
                              and community_kind(e.name) is None and not e.name.lower().startswith(("readme", "lisezmoi", "lisez-moi"))
                              and not _TASK_LIST.match(e.name))[:40])),  # (nor a task list, todo.md's ticked phases: no guide; s38 fp38)
        "code_guides": code_guides,  # (method sheets beside the code they describe, see _code_guides)
        "languages": languages,
        "file_languages": file_langs,
        "sampled": len(sample) + guides_read,
        "left_out": left_out,
    }
