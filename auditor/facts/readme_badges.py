"""Badges written in a heading ("## Organism-ws [![Build Status](…travis-ci.org/….svg)](…)"): their alternative text is no word of
the heading. Left in, "Build Status" made the README's title an installation heading ("build")."""

from __future__ import annotations

from auditor.facts.document import Block
from auditor.facts.readme_signals import BADGE_HOSTS


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
