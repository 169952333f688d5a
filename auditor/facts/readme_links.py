"""``readme_linked_sections``: the sections a README gives by pointing to another document of the repository, followed as a reader
would: README.md → EN-README.md ("Read it here: docs/technical_guides/index.en.md") → the guide whose "## Local install" and
"## Configuration notes" are the installation and configuration the README itself does not write.

Bounded and in the repository only: links and file mentions ("voir docs/installation.md") relative to the document that names them,
and links to the repository's own files written as its forge's blob address (:mod:`auditor.facts.own_links`, nothing fetched),
two hops from the README (the second from a README's other language or continuation, or a documentation index, only), at most :data:`MAX_DOCS` documents read (in the order the links come, each once), each up to
:data:`~auditor.facts.document.MAX_README_BYTES`; a link to a folder (relative, "database/", or the forge's ".../tree/main/database" of
the repository) leads to the README the forge shows under it (at most :data:`MAX_FOLDERS` per document; a folder without one leads
nowhere: "Detailed documentations are provided in each repository" over the parts' folders, s36 q36 = mission-apprentissage/sirius-ml);
a path leaving the repository, a symlink or a non-prose file is not followed; change logs, licences and codes of conduct are not read for sections (their headings are versions and clauses).
Only headings count in a linked document (a chapter on the topic), for the sections a reuser follows elsewhere: installation,
configuration, deployment, contributing, contact (and, said in a sentence, the settings a linked README tells to fill in and an address
to write to in a linked README or contributing guide: :func:`_told_in_words`); and usage under a heading that says only that ("## Utilisation", "## Usage", "## How to use",
or any usage heading of a README beside it: README-SDK-2D.md, or its command running the tool on an input file,
:mod:`auditor.facts.readme_launch`;
other usage words — run, examples, manual — say too many other things in a guide); design records, reports and templates are no guide. Value: ``{"sections": [{name, path, line, text, via: [paths from the README]}]}``.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlparse

from auditor.facts import fact
from auditor.facts.doc_pages import build_guide
from auditor.facts.document import MAX_README_BYTES, norm, parse_document, readme_format
from auditor.facts.inventory import MANIFESTS as PACKAGE_MANIFESTS, community_kind, is_test, is_vendored
from auditor.facts.kind_apps import EXAMPLE_DIRS
from auditor.facts.own_links import folder_readme, own_blob_path, own_tree_readme
from auditor.facts.own_site import site_pages
from auditor.facts.readme import analyse
from auditor.facts.readme_clone_start import clone_and_start
from auditor.facts.readme_contact import address, offers_channel
from auditor.facts.readme_launch import launch_line
from auditor.facts.unwritten_installs import unfilled_text
from auditor.lazyre import lazy_compile

MAX_DOCS = 8
MAX_HOPS = 2
MAX_FOLDERS = 8  # links to folders a document's links lead through to their READMEs
LINKED_SECTIONS = ("install", "usage", "configuration", "deployment", "contributing", "contact")
# the one heading that gives a linked document's usage: "Utilisation", "Usage", "How to use", "Mode d'emploi" (numbered or not)
_USE_HEADING = lazy_compile(r"^(?:\d+ )*(?:utilisation|usage|how to use|comment (?:l )?utiliser|mode d emploi|"
                            r"(?:utilisation|usage) (?:du|de l|de la) (?:plugin|extension|outil|application|module|service|logiciel)|"
                            r"(?:utilisation|usage) (?:du|de la) (?:package|paquet|librairie|bibliotheque)|"
                            r"using the (?:plugin|extension|tool|application|app|module|service|library|package))$")
PROSE = ("md", "markdown", "rst", "adoc", "txt")
_FILE_MENTION = lazy_compile(r"(?<![\w/.:-])((?:[\w.-]+/)*[\w.-]+\.(?:md|markdown|rst|adoc|txt))\b")
_NOT_FOR_SECTIONS = ("changelog", "license", "code_of_conduct", "security", "roadmap")
# documents that are no guide to follow: design records, security and audit reports, templates to fill ("Template README des projets")
_NOT_A_GUIDE = lazy_compile(r"(?:^|[/_. -])(?:architecture|adrs?|decisions|security|securite|sécurité|audits?|reports?|rapports?|templates?|"
                            r"changelog|history|historique|roadmap|post[-_ ]?mortems?|retrospectives?|retex)(?:[/_. -]|$)"  # (and post-mortems: an incident's account)
                            # and a user guide: its "Accessibilité et personnalisation" are the users' preferences, no settings to deploy
                            r"|guide[-_ ]?(?:de[-_ ]l[-_ ]?)?utilisat(?:eur|ion)|user[-_ ]?(?:guide|manual)|manuel[-_ ]?utilisat|mode[-_ ]d[-_ ]?emploi", re.I)
# a README's other language or continuation (EN-README.md, README_FR.md, docs/README_FR.MD, LISEZMOI.md): its links are followed too
_README_LIKE = lazy_compile(r"readme|lisez[-_]?moi", re.I)
# a README under another name: the README's continuation, version or language, its name starting with the README's
# (README-developpement.md, README_dev.md, README.en.md, LISEZMOI-deploiement.md): read for settings told in words as a README
_README_NAMED = lazy_compile(r"^(?:readme|lisez[-_]?moi)(?:[-_.][\w.-]{1,80})?$", re.I)


# a list item that is one link ("- [Comment lancer l'environnement local](development.md)", "1. [Installation](install.md) : …")
_LINK_ITEM = lazy_compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]{1,200}\]\([^)\s]{1,300}\)[ \t]*(?:[:—–-][^\n]{0,120})?$")
_HEADING_OR_BLANK = lazy_compile(r"^[ \t]*(?:#{1,6}[ \t]|=+[ \t]*$|-+[ \t]*$|$)")


# an R package's vignettes (vignettes/<name>.Rmd, the long-form guides R builds and CRAN shows beside its manual) and a README
# sentence sending the reader to them ("Merci de consulter la vignette pour une démo complète", "see the vignettes"): its guide
_VIGNETTE = lazy_compile(r"^vignettes/[^/]+\.(?:rmd|qmd|md)$", re.I)
_VIGNETTE_WORD = lazy_compile(r"\bvignettes?\b", re.I)


def vignettes_pointed(readme_text: str, files: dict) -> list[str]:
    """The vignettes of an R package (a DESCRIPTION at the root) its README sends the reader to by naming them ("la vignette", "the
    vignettes"), in path order (issue 12, s41 fr41 = ymansiaux/xtradata); [] otherwise."""
    if "DESCRIPTION" not in files or not _VIGNETTE_WORD.search(readme_text[:MAX_README_BYTES]):
        return []
    return sorted(p for p, e in files.items() if _VIGNETTE.match(p) and e.kind == "file")[:MAX_DOCS]


def link_index(text: str) -> bool:
    """A documentation index: a page whose lines, headings aside, are lists of links (three or more, two in three of its lines) — the
    way to the guides the README sends the reader to through it ("[cliquez ici](docs/index.md)")."""
    lines = [ln for ln in text[:20000].splitlines() if not _HEADING_OR_BLANK.match(ln)]
    items = sum(1 for ln in lines if _LINK_ITEM.match(ln))
    return items >= 3 and items * 3 >= len(lines) * 2


def project_names(name: str | None) -> frozenset[str]:
    """The names a README may give the repository's own top folder: the repository's name, and its first word ("agora" of agora-app)."""
    name = (name or "").lower()
    first = re.split(r"[-_.]", name, maxsplit=1)[0]
    return frozenset(n for n in (name, first) if len(n) >= 3)


def own_top_path(target: str, files: dict, names: frozenset[str]) -> str | None:
    """A path written from the folder above the repository, its first segment the project's name and no folder of the repository
    (agora-app's README: "`agora/docs/2_git.md`" for docs/2_git.md, the project once kept in an agora/ folder): the rest, when it exists
    from the root (issue 12, s42 fd42)."""
    head, _, rest = target.partition("/")
    if not rest or head.lower() not in names or rest not in files or any(p.startswith(head + "/") for p in files):
        return None
    return rest


def _targets(text: str, path: str, files: dict, own=None, names: frozenset[str] = frozenset()) -> list[str]:
    """The repository's prose documents that ``text`` (the document at ``path``) links to or names, in the order they come; ``own``:
    the path a link to the repository's own blob on its forge names (:func:`auditor.facts.own_links.own_blob_path`), or None;
    ``names``: the project's names a path may start with (:func:`own_top_path`)."""
    base = posixpath.dirname(path)
    out: list[str] = []
    links = [u for b in parse_document(text, readme_format(path, text)) for u, _ in b.links]
    refs = links + _FILE_MENTION.findall(text)
    folders = 0
    for i, ref in enumerate(refs[:200]):
        parsed = urlparse(ref)
        if parsed.scheme or parsed.netloc or not parsed.path:  # another site, or this repository's page on the forge: its own
            if not (own and (target := own(ref))):  # file written as a full address ("https://github.com/o/r/blob/main/docs/INSTALL.md") is followed
                continue  # (and its folder's address, ".../tree/main/database", leads to that folder's README)
            rel = target
        else:
            rel = unquote(parsed.path)
            target = posixpath.normpath(rel.lstrip("/") if rel.startswith("/") else posixpath.join(base, rel))
        if target.startswith("../") or target in ("..", ".") or target == path:
            continue  # leaves the repository
        if target not in files and posixpath.join(base, rel) != target and rel in files:
            target = rel
        if target not in files and names and (rest := own_top_path(rel.lstrip("/"), files, names)):
            target = rest
        if target not in files and i < len(links) and folders < MAX_FOLDERS and (readme := folder_readme(target, files)):
            folders += 1  # a link to a folder ("[database/](database/)"): the README the forge shows under it
            target = readme
        entry = files.get(target)
        if entry is None or entry.kind not in ("file", "executable") or entry.ext.lower() not in PROSE or _NOT_A_GUIDE.search(target):
            continue  # a folder, a symlink (never followed), a picture or a program, a report or a template
        if target not in out:
            out.append(target)
    return out


def _title(text: str, path: str) -> str:
    """The document's first heading (:func:`norm` form), "" without one."""
    return next((norm(b.text) for b in parse_document(text[:20000], readme_format(path, text)) if b.kind == "heading"), "")


def _readme_sibling(path: str, readme_path: str) -> bool:
    """A README beside the README (README_EN.md, README-SDK-2D.md): the README in another language, form or version, read as it."""
    return posixpath.dirname(path) == posixpath.dirname(readme_path) and bool(_README_LIKE.search(posixpath.basename(path)))


def _whole_guide(path: str, text: str, readme_path: str, readme_title: str) -> bool:
    """The linked document is the README told at length, so its usage chapter is the project's: it bears the README's title
    ("# Extract raster from index" over documentation/ExtractRasterIndex.md's "## Utilisation"), or it is the README in another
    language or form beside it (README_EN.md, README.md rendered from README.Rmd); not a guide to a part (docs/fixtures.md,
    scripts/x/README.md)."""
    if _readme_sibling(path, readme_path) or _VIGNETTE.match(path):  # (and an R package's vignette: the package told at length)
        return True
    return bool(readme_title) and _title(text, path) == readme_title


def package_readmes(targets: list[str], files: dict, readme_path: str) -> frozenset[str]:
    """The READMEs of the repository's packages that the README presents (a "## Packages" table or list linking ./packages/csv-sample
    and ./packages/csv-anonymify): two folders or more, each linked from the README itself and holding a package's manifest of its own,
    none an example's, a test's or a vendored copy. The project is those packages: a package README's usage chapter ("## Usage",
    `import { sample } from "@org/csv-sample"`) is the project's, as its README told at length is (issue 12, s46 fh46). One folder
    linked (scripts/x/README.md: a guide to a part), or folders without a manifest, are not."""
    base = posixpath.dirname(readme_path)
    found = []
    for t in targets:
        folder = posixpath.dirname(t)
        if folder == base or not _README_LIKE.search(posixpath.basename(t)) or not any(posixpath.join(folder, m) in files for m in PACKAGE_MANIFESTS):
            continue
        probe = folder + "/x"
        if is_vendored(probe) or is_test(probe) or any(seg.lower() in EXAMPLE_DIRS for seg in folder.split("/")):
            continue
        found.append(t)
    return frozenset(found) if len(set(found)) >= 2 else frozenset()


def _told_in_words(d: dict, path: str, text: str) -> bool:
    """A section a linked document gives in a sentence, not a heading, that counts as the README's own would: the settings a component's
    README tells to fill in ("Remplir les variables d'environnement requises dans le .env :" inside api/README.md's "## Installation du
    backend", s35 y35 = DISIC/Ara), and an address to write to in a README or a contributing guide ("you can send an email to
    geodesie(AT)ign.fr", the CONTRIBUTING.md a README links "to send questions to the team", s35 y35 = IGNF/circe). A guide's sentences
    say too many other things (see the module's docstring)."""
    kind = "readme" if _VIGNETTE.match(path) else community_kind(posixpath.basename(path)) or ""  # (a vignette: the package's README at length)
    if d["name"] == "configuration":  # (and a README named as one, README-developpement.md beside the user README: its sentence
        # telling the Oracle settings to complete in application-*.properties, s41 fc41 = abes-esr/kbart2kafka-api)
        return kind == "readme" or bool(_README_NAMED.match(posixpath.basename(path)))
    # (and the issue tracker a contributing guide or a linked README offers for questions: "N'hésitez pas à formuler toute proposition …,
    # question … dans une nouvelle issue" in the CONTRIBUTING.md the README links, as the README's own sentence would be — s46 fh46)
    return d["name"] == "contact" and kind in ("readme", "contributing") and (address(d["text"] or "") is not None or offers_channel(_paragraph(text, path, d["line"])))


def _paragraph(text: str, path: str, line: int) -> str:
    """The whole text of the paragraph starting at ``line`` (a section's ``text`` is cut short), "" when none does."""
    return next((b.text for b in parse_document(text, readme_format(path, text)) if b.kind == "paragraph" and b.line == line), "")


def linked_sections(read, files: dict, readme_path: str, readme_text: str, own=None, site=None, names: frozenset[str] = frozenset()) -> list[dict]:
    """Walk the README's links (breadth first, :data:`MAX_HOPS` hops, :data:`MAX_DOCS` documents) and keep, for each section of
    :data:`LINKED_SECTIONS`, the first heading on it in a linked document. ``site``: the source pages a link to the project's own
    documentation site leads to (:func:`auditor.facts.own_site.site_pages`) with the section each page's path names: given when missing."""
    seen, title = {readme_path}, _title(readme_text, readme_path)
    frontier = [(t, [readme_path]) for t in _targets(readme_text, readme_path, files, own, names) + vignettes_pointed(readme_text, files)]
    packages = package_readmes([t for t, _ in frontier], files, readme_path)
    links = [u for b in parse_document(readme_text, readme_format(readme_path, readme_text)) for u, _ in b.links][:200] if site else []
    pages = list(dict.fromkeys(p for u in links if urlparse(u).scheme in ("http", "https") for p in site(u)))[:MAX_DOCS]
    found: dict[str, dict] = {}
    read_count = 0
    for _hop in range(MAX_HOPS):
        nxt = []
        for path, via in frontier:
            if path in seen or read_count >= MAX_DOCS:
                continue
            seen.add(path)
            read_count += 1
            text = read(path, limit=MAX_README_BYTES)
            if not text:
                continue
            index = link_index(text)  # (a documentation index's headings are over lists of links, no chapter: the pages they lead to are)
            # (a template's page left unfilled, the DataCup INSTALL.md of prompts "List the dependencies…": no section there, s41 fi41)
            if (community_kind(posixpath.basename(path)) or "") not in _NOT_FOR_SECTIONS and not index and not unfilled_text(path, text):
                for d in analyse(text, path, files)["section_details"]:
                    if (d["via"] == "heading" or _told_in_words(d, path, text)) and d["name"] in LINKED_SECTIONS and d["name"] not in found \
                            and not (d["name"] == "configuration" and build_guide(path)) \
                            and not (d["name"] == "usage" and not (_USE_HEADING.match(norm(d["text"])) and (_whole_guide(path, text, readme_path, title) or path in packages)
                                                                   or _readme_sibling(path, readme_path))):
                        # (a BUILD.md's "Configuration": the build's; docs/fixtures.md's "Utilisation": the fixtures'; README-SDK-2D.md's
                        # "Utilisation dans module ES6": the README's own, for that version)
                        found[d["name"]] = {"name": d["name"], "path": path, "line": d["line"], "text": d["text"], "via": via}
                if "usage" not in found and _readme_sibling(path, readme_path) and (hit := launch_line(text)):
                    # (a README beside the README running the tool on its input under a step's heading: "## Lecture du fichier",
                    # `java -jar /app/run/kbart2kafka.jar /app/kbart/X.tsv` in README-developpement.md; a component's README stays its own)
                    found["usage"] = {"name": "usage", "path": path, "line": hit[0], "text": hit[1], "via": via}
                if "install" not in found and community_kind(posixpath.basename(path)) == "readme" and (hit := clone_and_start(text)):
                    # (superset/README.md's "## TL;DR": `git clone …`, `docker compose … up -d`, "localhost:8088": the local set-up)
                    found["install"] = {"name": "install", "path": path, "line": hit[0], "text": hit[1], "via": via}
            if _README_LIKE.search(posixpath.basename(path)) or index:  # (a guide's own links lead further from what the README
                # says; and a documentation index's, docs/index.md's "## Pour développer" / "- [Comment lancer l'environnement local](development.md)")
                nxt += [(t, via + [path]) for t in _targets(text, path, files, own, names) if t not in seen]
        frontier = nxt
    for path, name in pages:  # (a page of the own site's sources named for installing or using the project gives that section: its title)
        if name not in found and (text := read(path, limit=MAX_README_BYTES)):
            head = next((b for b in parse_document(text[:20000], readme_format(path, text)) if b.kind == "heading"), None)
            found[name] = {"name": name, "path": path, "line": head.line if head else 1, "text": head.text if head else "", "via": [readme_path]}
    return [found[n] for n in LINKED_SECTIONS if n in found]


@fact("readme_linked_sections", version=43, public=False)
def readme_linked_sections(ctx) -> dict:
    # (from the files' README, not the readme fact: that fact merges these sections into its own, auditor.facts.readme.readme)
    path = (ctx.fact("files") or {}).get("readme")
    text = ctx.snapshot.read_text(path, limit=MAX_README_BYTES) if path else None
    if not text:  # (no README, or one unreadable: a symlink, a binary or too large a file)
        return {"sections": []}
    files = ctx.snapshot.files
    return {"sections": linked_sections(ctx.snapshot.read_text, files, path, text, lambda url: own_blob_path(url, ctx.target, files) or own_tree_readme(url, ctx.target, files),
                                        lambda url: site_pages(url, ctx.snapshot.read_text, files, ctx.target), project_names(getattr(ctx.target, "name", None)))}
