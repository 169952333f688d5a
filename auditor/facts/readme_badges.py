"""Badges written in a heading ("## Organism-ws [![Build Status](…travis-ci.org/….svg)](…)"): their alternative text is no word of
the heading. Left in, "Build Status" made the README's title an installation heading ("build"). And a paragraph set in heading type
(an HTML <h2> of four sentences): a paragraph, no heading. And the heading a README without a first-level heading opens on: its title."""

from __future__ import annotations

import re

from auditor.facts.document import Block
from auditor.facts.readme_forms import chapter_title
from auditor.facts.readme_signals import BADGE_HOSTS
from auditor.facts.readme_words import weak_led
from auditor.lazyre import lazy_compile


def _badge(url: str) -> bool:
    low = url.lower()
    return any(h in low for h in BADGE_HOSTS) or "badge" in low or ("/workflows/" in low and ".svg" in low)


def unbadged_headings(blocks: list[Block]) -> list[Block]:
    """The blocks, each heading whose images are all badges written without their alternative texts (when words are left: a heading
    that is only a badge keeps it)."""
    for b in blocks:
        if b.kind == "heading" and b.images and any(b.alts) and all(_badge(u) for u in b.images):
            rest = b.text
            for alt in sorted((a for a in b.alts if a), key=len, reverse=True):
                rest = rest.replace(alt, " ")
            rest = " ".join(rest.split())
            if rest:
                b.text = rest
    return blocks


_SENTENCE_END = lazy_compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")


# what a phrase without a full stop says the project is for: a purpose, a participle or a relative clause ("Application portable
# permettant d'effectuer des observations animales sur le terrain", "Outil pour suivre …", "A tool that …")
_PURPOSE_PHRASE = lazy_compile(r"\b(?:pour|for|afin|permet|permettent|permettant|servant|visant|facilitant|aidant|offrant|proposant|fournissant|"
                               r"regroupant|rassemblant|affichant|qui|allows?|allowing|lets|enables?|enabling|helps|helping|providing|"
                               r"offering|which|that)\b", re.I)


def _tagline(b: Block, prev: Block | None, first: bool) -> bool:
    """A sentence (six words or more, ending with a full stop) set in a smaller heading right under the README's first-level title
    ("# Monitorer" then "<h2 align="center">A highly customizable … application to monitor your web services.</h2>"): its tagline.
    Without its full stop, a phrase of five words or more saying what the project is for ("<h4 align="center">Application portable
    permettant d'effectuer des observations animales sur le terrain</h4>", issue 12, s36 v36 = HeineZo/PNR) that names no section
    ("Installation pour Windows" stays a chapter)."""
    if not (first and prev is not None and prev.kind == "heading" and (prev.level or 1) == 1 and (b.level or 1) > 1):
        return False
    text = b.text.rstrip()
    if len(text.split()) >= 6 and text.endswith(".") and not text.endswith(".."):
        return True
    if len(text.split()) < 5 or text.endswith((":", "?", "..")) or not _PURPOSE_PHRASE.search(text):
        return False
    from auditor.facts.readme_headings import heading_sections  # noqa: PLC0415 - (readme_headings reads the blocks this module mends)

    return not heading_sections(text)


def prose_headings(blocks: list[Block]) -> list[Block]:
    """The blocks, each "heading" that is a paragraph set in heading type (25 words or more, two sentences or more: "<h2>Le logiciel
    X est une boite à outils pour … Logiciel développé au … Ce logiciel n'est plus maintenu.</h2>"; or the tagline under the title:
    ``_tagline``) made the paragraph it is."""
    headings = 0
    for i, b in enumerate(blocks):
        headings += b.kind == "heading"
        if b.kind == "heading" and (len(b.text.split()) >= 25 and _SENTENCE_END.search(b.text) or _tagline(b, blocks[i - 1] if i else None, headings == 2)):
            b.kind, b.level = "paragraph", 0
    return blocks


def top_heading(blocks: list, sections, weak: dict, only_images) -> object:
    """The heading a README with no first-level heading opens with (under a logo or badges at most: ``only_images``), when it is a
    name: its title ("## L'API Judilibre" over the introduction, then "## Conditions d'utilisation"); else None ("## About" is a chapter)."""
    if any(b.kind == "heading" and (b.level or 1) == 1 for b in blocks):
        return None
    first = next((b for b in blocks if (b.text or "").strip() and not (b.kind != "heading" and (only_images.match(b.text) or b.badge_only))), None)
    if first is None or first.kind != "heading" or sections(first.text) and not weak_led(first.text, {w for words in weak.values() for w in words}):
        return None
    return chapter_title(first, blocks, sections, weak)


# a line of ornaments alone, no word: emoji shortcodes, pictographs and punctuation (":skull::skull::skull:" rows framing a
# "Migrated to …" banner over the title, "⚠️⚠️⚠️", "* * *"): no title, no prose of the README (s41 fe41, SocialGouv/emjpm-ui)
_ORNAMENT = lazy_compile(r"^(?:\s*(?::[a-z0-9_+\-]{1,40}:|[^\w\s]))+\s*$", re.I)


def ornament_line(text: str) -> bool:
    return bool((text or "").strip()) and bool(_ORNAMENT.match(text))
