"""Documents and chapters that hold only placeholders: a documentation model left unfilled ("## Schéma fonctionnel" then
"ToDo", tables of "xxx", "à compléter", "lorem ipsum") announces chapters it does not write, and documents nothing."""

from __future__ import annotations

import re

from auditor.facts.guide_patterns import _CODE, _COMMAND
from auditor.facts.writer_prompts import OUTLINE_NOUN as _OUTLINE_NOUN, absence_note, writer_prompt
from auditor.lazyre import lazy_compile

# Words that hold the place of a text not written yet: an unfilled documentation model ("## Schéma fonctionnel" then "ToDo",
# tables of "xxx"), "à compléter", "lorem ipsum"; a paragraph that opens with one or is mostly made of them documents nothing
_PLACEHOLDER_LEAD = lazy_compile(r"^[\W_]*(?:to[ -]?do|tbd|tbc|fixme|wip|x{3,}|lorem ipsum|[àa] (?:compl[ée]ter|remplir|r[ée]diger|venir|d[ée]finir|documenter)|"
                                 r"coming soon|work in progress|en cours de r[ée]daction)\b", re.I)
_PLACEHOLDER_WORD = lazy_compile(r"^(?:to[-]?do|tbd|tbc|fixme|x{3,}|lorem|ipsum)$", re.I)
_WORD = lazy_compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _intro(block) -> bool:
    """A prompt leading what follows it ("How to configure the component:", "List the pods:" over a command): neither written nor a
    placeholder by itself."""
    return writer_prompt(block.text) and block.text.rstrip().endswith(":")


def _placeholder(block) -> bool:
    """A paragraph that holds a place: it opens with a placeholder ("ToDo", "À compléter", "Lorem ipsum") or at least half its
    words are ("xxx : table xxx."); "..." or "…" alone too; or it is a template's prompt to its writer (:func:`writer_prompt`)."""
    text = block.text.strip()
    words = _WORD.findall(text)
    if not words:
        return text in ("...", "…")
    return bool(_PLACEHOLDER_LEAD.search(text)) or 2 * sum(1 for w in words if _PLACEHOLDER_WORD.match(w)) >= len(words) \
        or (not block.links and (writer_prompt(text) or absence_note(text)))  # ("No production build is available yet.", s41 fi41)


def _written(block) -> bool:
    """A paragraph with something in it: words, a picture or a link."""
    return block.kind == "paragraph" and bool(_WORD.search(block.text) or block.images or block.links)


def placeholder_chapter(blocks: list, i: int) -> bool:
    """The chapter that ``blocks[i]`` heads (down to the next heading of its level or above) holds only placeholders: a
    "## Schéma fonctionnel" whose body is "ToDo" documents no architecture. A chapter with no paragraph at all (its
    sub-chapters, or nothing) is not judged here."""
    level = blocks[i].level if blocks[i].kind == "heading" else 0
    body = []
    for b in blocks[i + 1:i + 400]:
        if b.kind == "heading" and (not level or b.level <= level):
            break
        if _written(b) and not _intro(b):
            body.append(b)
    return bool(body) and all(_placeholder(b) and not b.images for b in body)


def placeholder_document(blocks: list) -> bool:
    """A document most of whose paragraphs are placeholders: a documentation model left unfilled documents nothing."""
    body = [b for b in blocks[:2000] if _written(b) and not _intro(b)]
    held = sum(1 for b in body if _placeholder(b) and not b.images)
    return held >= 1 and 2 * held >= len(body)


def placeholder_only(blocks: list) -> bool:
    """A short document whose every paragraph is a placeholder ("# Contribute to X" then "_TODO_"; "## Guide" then "À venir" or "…"):
    a title and no text. At least one placeholder, and no picture nor written paragraph beside it."""
    body = [b for b in blocks[:200] if _written(b) or b.kind == "paragraph" and b.text.strip() in ("...", "…")]
    return bool(body) and all(_placeholder(b) and not b.images and not b.links for b in body)


# a line holding a place and nothing else: "...", "…", "TODO", "À venir", "à compléter", "coming soon" (a README's "# Documentation" then
# "...": a chapter announced, not written)
_PLACEHOLDER_LINE = lazy_compile(r"[\W_]*(?:\.{3,}|…+|to[ -]?do|tbd|tbc|wip|fixme|[àa] (?:venir|compl[ée]ter|r[ée]diger|remplir|d[ée]finir|documenter)|"
                                 r"coming soon|work in progress|en cours(?: de r[ée]daction)?|under construction)[\W_]*", re.I)


def placeholder_lines(text: str) -> bool:
    """A chapter's text made only of placeholder lines (at most 5): "..." under "# Documentation" writes no chapter."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return 0 < len(lines) <= 5 and all(_PLACEHOLDER_LINE.fullmatch(ln) for ln in lines)


def unfilled_document(blocks: list, path: str, found: tuple[list, ...]) -> bool:
    """The document is a documentation model left unfilled: it is taken out of the lists of documents ``found`` by its name
    (an architecture.md of "TODO"), and documents nothing."""
    if not placeholder_document(blocks):
        return False
    for paths in found:
        if path in paths:
            paths.remove(path)
    return True


# A framework generator's placeholder for the documentation the team was to write, by name and at most this size: Rails 1 to 3 wrote
# doc/README_FOR_APP ("Use this README file to introduce your application and point to useful places in the API for learning more.
# Run "rake doc:app"…", 190 bytes; railties' app generator templates, 2-3-stable to 3-2-stable, read 2026-12-05). A team that wrote
# its documentation there made it longer.
_GENERATED_PLACEHOLDERS = {"readme_for_app": 512}


def generated_placeholder(name: str, size: int) -> bool:
    return size <= _GENERATED_PLACEHOLDERS.get(name.lower(), -1)


# A documentation skeleton's page left unwritten: its title, perhaps a few title-like lines saying what the page is to hold, and no
# sentence ("## Architecture produit" / "Présentation de la hiérarchie du produit"; api.md's "- donner les URL vers les API";
# 03_installation.md's "# Installation" alone: a geOrchestra documentation template, issue 12, s31 e31). Read up to this size.
STUB_BYTES = 2048
STUB_WORDS = 30
PROMPT_WORDS = 80  # (a page whose every paragraph is a prompt to its writer: :func:`writer_prompt`)
_SENTENCE_END = lazy_compile(r"[.!?:;…]\s*$")
# a command in a code span (benefriches' "- `make dev-up`"), or a reference page generated from the code (mkdocstrings' "::: module",
# Sphinx's ".. automodule::", or a page made of others, ".. include:: INSTALL.md"): written by other means than sentences
_CODE_OR_REFERENCE = lazy_compile(r"`[^`\n]+`|^:::[ \t]+\S|^\.\. [\w-]+::", re.M)


# what a template asks its writer to do, leading a list item ("- donner les URL vers les API", "- décrire les méthodes", "- describe …")
_INSTRUCTION_ITEM = lazy_compile(r"^\W*(?:donner|d[ée]crire|documenter|pr[ée]ciser|indiquer|lister|expliquer|pr[ée]senter|r[ée]diger|compl[ée]ter|"
                                 r"ajouter|renseigner|give|describe|document|list|explain|provide|add|fill)\b", re.I)


def stub_page(text: str, blocks: list) -> bool:
    """A page holding no text yet: under :data:`STUB_WORDS` words beneath its headings, none ending as a sentence ends, and no
    picture, link, command (a fenced or indented block, a code span), generated reference nor list item other than an instruction to
    its writer; or, under :data:`PROMPT_WORDS` words, only the template's prompts to its writer (instructions, questions, nouns of
    what is to come: "- Explanation of the different configuration components"). One short sentence ("L'extension comprend un module serveur et un module
    client.") is written text and keeps the page."""
    body = [b for b in blocks if b.kind == "paragraph"]
    if any(b.images or b.links for b in body) or _CODE.search(text) or _COMMAND.search(text) or _CODE_OR_REFERENCE.search(text):
        return False
    if body and all(writer_prompt(b.text) or _OUTLINE_NOUN.search(b.text) or b.item and _INSTRUCTION_ITEM.search(b.text) for b in body):
        return sum(len(_WORD.findall(b.text)) for b in body) < PROMPT_WORDS  # (a page of the template's prompts, "- Provide URLs to the APIs.")
    if any(b.item and not _INSTRUCTION_ITEM.search(b.text) for b in body):
        return False  # (a list of the parts, "* Backend en Python", "* Frontend Angular", is written)
    return sum(len(_WORD.findall(b.text)) for b in body) < STUB_WORDS and not any(_SENTENCE_END.search(b.text) for b in body)


# A chapter on running the service in production ("## Production", "## Déploiement", "## Mise en production"), as an install guide's
# template lays it out beside "## Development"
_GOING_LIVE = lazy_compile(r"^[\W\d_]*(?:production|prod|mise en production|passage en production|mise en service|deploy|deployment|deploying|"
                           r"d[ée]ploiement|d[ée]ployer|going live|hosting|h[ée]bergement)\b", re.I)


def deployment_unwritten(blocks: list) -> bool:
    """The document's chapters on running in production all hold only a placeholder or the template's prompt ("## Production" /
    "Indicate, if it exist, a documentation to run the solution in production mode."): an install guide named for installing that says
    its deployment is still to write documents no deployment, whatever its development steps (issue 12, s40 fl40 = DataCup's INSTALL.md)."""
    going = [i for i, b in enumerate(blocks[:2000]) if b.kind == "heading" and _GOING_LIVE.match(b.text.strip())]
    return bool(going) and all(placeholder_chapter(blocks, i) for i in going)


_FENCE_OR_CODE = lazy_compile(r"^[ \t]*(?:```|~~~)|^(?: {4}|\t)\S|`", re.M)


def points_elsewhere(blocks: list, i: int, chapter: str) -> bool:
    """The chapter that ``blocks[i]`` heads only links to another document of the repository ("### Installation" /
    "[Installation Guide](/INSTALL.md)"): that document is the guide, judged by itself; the heading writes none here."""
    level = blocks[i].level if blocks[i].kind == "heading" else 0
    body = []
    for b in blocks[i + 1:i + 400]:
        if b.kind == "heading" and (not level or b.level <= level):
            break
        if _written(b):
            body.append(b)
    if not body or _FENCE_OR_CODE.search(chapter):
        return False
    for b in body:
        rest = b.text
        for _url, label in b.links:
            rest = rest.replace(label, " ")
        if not b.links or any(re.match(r"^(?:[a-z][\w+.-]*:|//|#)", url, re.I) for url, _ in b.links) or len(_WORD.findall(rest)) > 3:
            return False
    return True


# A chapter heading a list of what was done ("## ✅ Ce qui a été implémenté", "## What was done", "## Récapitulatif des
# modifications"): a report of the work, whose "### Installation des dépendances" says what was installed ("Recharts 2.15.4 installé et
# configuré"), not how to install (issue 12, s46 fd46 = D-OTIsud/badgeuse_oti's GRAPHIQUES_IMPLEMENTATION.md)
_WORK_DONE = lazy_compile(r"^(?:ce qui (?:a [ée]t[ée]|est) (?:fait|r[ée]alis[ée]|impl[ée]ment[ée]|livr[ée]|ajout[ée])|"
                          r"what (?:was|has been|we) (?:done|implemented|built|delivered|added)|"
                          r"(?:travaux|fonctionnalit[ée]s|t[âa]ches|changements|modifications) (?:r[ée]alis[ée]e?s|effectu[ée]e?s|impl[ée]ment[ée]e?s|apport[ée]e?s|termin[ée]e?s)|"
                          r"r[ée]capitulatif|bilan (?:des|de l)|r[ée]sum[ée] des (?:changements|modifications|travaux)|"
                          r"(?:implemented|completed) (?:features|changes|work)|work done)\b", re.I)
_LEAD_SIGNS = lazy_compile(r"^[\W\d_]+")


def work_report_chapter(blocks: list, i: int, chapter: str) -> bool:
    """``blocks[i]`` heads a chapter, holding no command nor code, of a report of work done (its parent heading says so,
    :data:`_WORK_DONE`): what was installed, not how to install."""
    level = blocks[i].level if blocks[i].kind == "heading" else 0
    if not level or _FENCE_OR_CODE.search(chapter):
        return False
    parent = next((b for b in reversed(blocks[max(0, i - 400):i]) if b.kind == "heading" and b.level and b.level < level), None)
    return parent is not None and bool(_WORK_DONE.match(_LEAD_SIGNS.sub("", parent.text.strip())))
