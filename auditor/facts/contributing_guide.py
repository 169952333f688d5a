"""The contribution guide a README's own contributing chapter points to when it bears another name than CONTRIBUTING
("## Adding features and contributing — This [page](doc/add_features_contribute.md) explains how to … contribute to this project
following our guidelines"): the ``files`` fact's contributing file when no CONTRIBUTING file exists.

A chapter is on contributing by its heading, or by its text inviting contributions or naming the development guidelines ("##
Development": "We welcome new contributions … Further [development guidelines](…)"); a link to the project's own documentation site
leads to that page's source (:mod:`auditor.facts.docs_site_pages`: docs/Developers-Guide.md).

Bounded: the README's first :data:`~auditor.facts.document.MAX_README_BYTES`, the first :data:`MAX_LINKS` links of its chapters on
contributing (of its first :data:`MAX_CHAPTERS` chapters), each target read up to 64 KB; only the repository's prose documents (not a README, licence, code of conduct,
changelog or security policy), and only one that speaks of contributing in its name or in one of its headings (not an incident's
"Contributing factors"), or a git workflow telling how to branch and open a merge request; never a post-mortem, an incident
report or a retrospective."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlparse

from auditor.facts.doc_pages import forge_template
from auditor.facts.doc_placeholders import STUB_BYTES, placeholder_only
from auditor.facts.document import MAX_README_BYTES, norm, parse_document, readme_format
from auditor.facts.inventory import community_kind
from auditor.facts.docs_site_pages import own_docs_page
from auditor.facts.own_links import own_blob_path
from auditor.facts.readme_steps import contributions_invited
from auditor.lazyre import lazy_compile

MAX_LINKS = 20
MAX_CHAPTERS = 200
PROSE = ("md", "markdown", "rst", "adoc", "txt")
# a heading on contributing ("Contributing", "Adding features and contributing", "Comment contribuer", "Contributions"), in norm() form
CONTRIBUTE_WORD = lazy_compile(r"\b(?:contribut\w*|contribuer|contribuez)\b")
_OTHER_COMMUNITY = ("readme", "license", "code_of_conduct", "changelog", "security")


def _chapter_links(blocks) -> list[str]:
    """The links of the README's chapters on contributing (the heading's own level closes the chapter), in order; then those of the
    chapters whose text invites contributions or names the development guidelines ("## Development": "We welcome new contributions
    … Further [development guidelines](…) can be found in the documentation")."""
    named: list[str] = []
    level = 0
    for b in blocks:
        if b.kind == "heading":
            if level and b.level <= level:
                level = 0
            if not level and CONTRIBUTE_WORD.search(norm(b.text)):
                level = b.level or 1
            continue
        if level:
            named += [u for u, _ in b.links]
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"][:MAX_CHAPTERS]
    spoken: list[str] = []
    for k, i in enumerate(heads):
        end = next((j for j in heads[k + 1:] if (blocks[j].level or 1) <= (blocks[i].level or 1)), len(blocks))
        body = [b for b in blocks[i + 1:end] if b.kind != "heading"]
        if not CONTRIBUTE_WORD.search(norm(blocks[i].text)) and contributions_invited("\n".join(b.text for b in body)):
            spoken += [u for b in body for u, _ in b.links]
    return list(dict.fromkeys(named + spoken))[:MAX_LINKS]


# the causes an incident report lists ("## Contributing factors", "### Facteurs contributifs"): no guide to contribute
_CONTRIBUTING_FACTORS = lazy_compile(r"\bcontribut\w* (?:factors?|causes?)\b|\b(?:facteurs?|causes?|elements?) contributi\w*")
# an account of what went wrong or of past work, by its name or its title: a post-mortem, an incident report, a retrospective
# ("docs/post-mortem-2024-03.md", "# Post-mortem : panne du 12 mars", "# Rétrospective du sprint 12", "# RETEX migration")
_AFTER_THE_FACT = lazy_compile(r"\b(?:post ?mortems?|postmortems?|post incidents?|incident reports?|rapports? d incidents?|analyses? d incidents?|"
                               r"retrospectives?|retex|retours? d experiences?|lessons? learn(?:ed|t)|root cause analysis)\b")
# a git workflow tells contributors how to branch and to open a merge request ("## Branches" … "Ouvrez une merge request vers main"):
# contributing guidance whatever its name (docs/workflow.md)
_BRANCHING = lazy_compile(r"\b(?:branches?|branching|branche de (?:fonctionnalite|travail)|feature branch\w*|gitflow|git flow)\b")
_CHANGE_REQUEST = lazy_compile(r"\b(?:merge requests?|pull requests?|mr|pr|demandes? de fusion|revues? de code|code reviews?)\b")


def _after_the_fact(text: str, path: str, blocks) -> bool:
    """The document is a post-mortem, an incident report or a retrospective, by its file name or its first heading; or no guide at
    all, a title over placeholders only ("# Contribute to X" then "_TODO_": one language's page left unwritten, issue 12, s45 fd45)."""
    if len(text.encode()) <= STUB_BYTES and placeholder_only(blocks):
        return True
    title = next((norm(b.text) for b in blocks if b.kind == "heading"), "")
    return bool(_AFTER_THE_FACT.search(norm(posixpath.basename(path).rsplit(".", 1)[0].replace("_", " ").replace("-", " ")))
                or _AFTER_THE_FACT.search(title))


def git_workflow(blocks) -> bool:
    """A git workflow for contributors: its text says how to branch and how changes are proposed (a merge or pull request)."""
    words = " ".join(norm(b.text) for b in blocks[:400])
    return bool(_BRANCHING.search(words)) and bool(_CHANGE_REQUEST.search(words))


def _about_contributing(text: str, path: str) -> bool:
    blocks = parse_document(text, readme_format(path, text))
    if _after_the_fact(text, path, blocks):  # (its "Facteurs contributifs" are an incident's causes)
        return False
    if CONTRIBUTE_WORD.search(norm(posixpath.basename(path).replace("_", " "))):
        return True
    return any(b.kind == "heading" and CONTRIBUTE_WORD.search(norm(b.text)) and not _CONTRIBUTING_FACTORS.search(norm(b.text)) for b in blocks) \
        or git_workflow(blocks)


def readme_contributing_guide(read, files: dict, readme_path: str | None, audited=None) -> str | None:
    """The repository's document that the README's contributing chapter links to and that is about contributing, or None; ``audited``:
    the audit's target, whose own blob addresses on its forge are followed as relative links (:mod:`auditor.facts.own_links`). Else the
    first document the README links to anywhere whose own name or title says it is the contributing guide (a GitBook README's
    {% content-ref %} card to les-outils/documentation/comment-contribuer-a-cette-documentation.md, "# Contribuer à la
    documentation", under "### Tu as repéré une erreur dans ce guide ?": s36 p36, betagouv/doc.incubateur.net-communaute)."""
    if not readme_path:
        return None
    text = read(readme_path, MAX_README_BYTES) or ""
    names = [getattr(audited, "name", None) or "", (getattr(audited, "owner", None) or "").split("/")[0]]
    base = posixpath.dirname(readme_path)

    def document(ref: str) -> str | None:
        parsed = urlparse(ref)
        if parsed.scheme or parsed.netloc or not parsed.path:  # ("https://github.com/o/r/blob/staging/docs/CONTRIBUTE.md": its own file;
            # "https://<project>.readthedocs.org/en/latest/Developers-Guide/": its own site's page, docs/Developers-Guide.md)
            if not (audited is not None and (target := own_blob_path(ref, audited, files))) and not (target := own_docs_page(ref, files, read, names)):
                return None
        else:
            rel = unquote(parsed.path)
            target = posixpath.normpath(rel.lstrip("/") if rel.startswith("/") else posixpath.join(base, rel))
        entry = files.get(target)
        if target.startswith("../") or entry is None or entry.kind not in ("file", "executable") or entry.ext.lower() not in PROSE \
                or (community_kind(entry.name) or "") in _OTHER_COMMUNITY:
            return None
        return target

    blocks = parse_document(text, readme_format(readme_path, text))
    chapters = _chapter_links(blocks)
    for ref in chapters:
        target = document(ref)
        if target and _about_contributing(read(target, 64 * 1024) or "", target):
            return target
    # (a document named or titled as the guide, wherever the README links to it: an external "contribuer" page is no file of it)
    tried = set(chapters)
    for ref in [u for b in blocks for u, _ in b.links if u not in tried][:MAX_ANY_LINKS]:
        target = document(ref)
        if target and _named_guide(read(target, 64 * 1024) or "", target):
            return target
    return None


MAX_ANY_LINKS = 200
# a file named for the guide ("comment-contribuer-a-cette-documentation.md", "how_to_contribute.md", "contributing-guide.md"), not a
# list of contributors or of past contributions ("contributors.md", "contributions-2023.md")
_GUIDE_NAME = lazy_compile(r"\b(?:contribute|contributing|contribuer|contribuez|contribution guide\w*|guide (?:de|des) contributions?)\b")


def _named_guide(text: str, path: str) -> bool:
    """The document is a contributing guide by its own name (its text on contributing: a heading on it or a git workflow) or by its
    title (its first heading is a guide's title as a whole, :data:`_GUIDE_TITLE`); never a post-mortem or a retrospective."""
    blocks = parse_document(text, readme_format(path, text))
    if _after_the_fact(text, path, blocks):
        return False
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    if any(_GUIDE_TITLE.match(norm(half)) for half in [title, *_TITLE_HALVES.split(title)]):
        return True
    stem = norm(posixpath.basename(path).rsplit(".", 1)[0].replace("_", " ").replace("-", " "))
    return bool(_GUIDE_NAME.search(stem)) and _contributors_page(text, path)


# the documentation tree's own page for contributors (a Sphinx manual's doc/source/misc/contribute.rst "Contribute to snowtools":
# branches, code review, code style), when the repository keeps no CONTRIBUTING file and the README links to none
DOC_ROOTS = ("doc/", "docs/", "documentation/")
MAX_DOC_PAGES = 10


def docs_contributing_page(read, entries: list) -> str | None:
    """The shallowest prose page named for contributing (contribute.rst, contributing.md) at any depth of the root documentation
    folder (doc/, docs/, documentation/), not a copied package's, whose text is about contributing (a heading on contributing
    or a git workflow); the first 10 by depth, 64 KB each."""
    from auditor.facts.inventory import COMMUNITY, is_vendored

    pages = sorted((e for e in entries if e.path.lower().startswith(DOC_ROOTS) and e.kind == "file" and e.ext.lower() in PROSE
                    and COMMUNITY["contributing"].match(e.name) and not is_vendored(e.path) and (e.size > 0 or e.missing)),
                   key=lambda e: (e.path.count("/"), e.path))[:MAX_DOC_PAGES]
    return next((e.path for e in pages if _contributors_page(read(e.path, 64 * 1024) or "", e.path)), None)


def _contributors_page(text: str, path: str) -> bool:
    """A page whose text tells contributors what to do: a heading on contributing or a git workflow, not its file name alone (a
    docs/contributions.md listing past contributions has neither)."""
    blocks = parse_document(text, readme_format(path, text))
    return not _after_the_fact(text, path, blocks) and (git_workflow(blocks) or any(
        b.kind == "heading" and CONTRIBUTE_WORD.search(norm(b.text)) and not _CONTRIBUTING_FACTORS.search(norm(b.text)) for b in blocks))


# A contributing guide under a misspelt or unusual name (.github/CONTRIBUTIING.md, "# Contributing": fork, branch, open a pull
# request): a prose page of a community place (the root, docs/, doc/, .github/, .gitlab/) whose first heading is the guide's title as a
# whole ("Contributing", "Contributing to Potentiel", "Comment contribuer", "Guide de contribution"), not a word within another title
# ("Contributions", a list of past work; "Contributing factors", an incident's)
_GUIDE_TITLE = lazy_compile(r"^(?:contributing|contribute|contribuer|comment contribuer|how to contribute|guide de contribution|guide des contributions|"
                            r"(?:contribution|contributing|contributor s?|contributors) guide(?:lines?)?)(?: (?:to|au|aux|a|a la|for|pour) [a-z0-9 ]{1,60}"
                            # (or with what else it asks: "Contribuer et améliorer le service Trèfle")
                            r"|(?: et| and) (?:ameliorer|improve|participer|participate|aider|help|tester|test|discuter|discuss) [a-z0-9 ]{0,60})?$")
# a bilingual title, one language each side of a slash ("Contribuer et améliorer le service Trèfle / Contributing and improve Trèfle service")
_TITLE_HALVES = lazy_compile(r"\s+/\s+")
COMMUNITY_PLACES = ("", "docs", "doc", ".github", ".gitlab")
MAX_TITLED_PAGES = 40
TITLE_HEAD = 8192


def titled_contributing_guide(read, entries: list) -> str | None:
    """The shallowest (then by path) non-empty prose page of a community place, named as no community file, whose first heading is a
    contributing guide's title; the first :data:`MAX_TITLED_PAGES` by depth, the first 8 KB of each."""
    pages = sorted((e for e in entries if e.dir.lower() in COMMUNITY_PLACES and e.kind == "file" and e.ext.lower() in PROSE and (e.size > 0 or e.missing)
                    and community_kind(e.name) is None and not forge_template(e.path)),
                   key=lambda e: (e.path.count("/"), e.path))[:MAX_TITLED_PAGES]
    for e in pages:
        text = read(e.path, TITLE_HEAD) or ""
        blocks = parse_document(text, readme_format(e.path, text))
        title = next((b.text for b in blocks if b.kind == "heading"), "")
        if not (len(text.encode()) <= STUB_BYTES and placeholder_only(blocks)) and any(_GUIDE_TITLE.match(norm(half)) for half in [title, *_TITLE_HALVES.split(title)]):
            return e.path
    return None
