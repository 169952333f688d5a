"""A description line that opens a list ("Un package R pour :", "API permettant de :") read with the list's items: split out of
readme_roles.py (issue 12, s41 fp41)."""

from __future__ import annotations

import re


def with_list_item(b, blocks: list) -> str:
    """A description that opens a list ("L'interface en ligne de commande `mednum` permet", "Ce projet est l'IHM permettant de:") with
    the list after it: its two to four items joined, or the first item of a longer list (or the paragraph that follows)."""
    if len(b.text.split()) >= 12 or not re.search(r"(?:[:]|\b(?:permet(?:tant)?(?: de)?|allows?(?: to)?|pour|for|de)\s*:?)\s*$", b.text.strip()):
        return b.text
    at = next((k for k, x in enumerate(blocks) if x.kind == "paragraph" and x.line > b.line), None)
    nxt = blocks[at] if at is not None else None
    if nxt is None or nxt.line > b.line + 3 or nxt.badge_only:
        return b.text
    items = [nxt]  # a short list (two to four items) after the lead-in is what the project does as a whole ("Un package R pour : générer
    for x in blocks[at + 1:]:  # des fichiers CSV … ; automatiser l'alimentation de DiDo"); a longer one, its first item as before
        if not (nxt.item and x.kind == "paragraph" and x.item and not x.badge_only) or len(items) > _SHORT_LIST:
            break
        items.append(x)
    items = items if len(items) <= _SHORT_LIST else items[:1]
    return f"{b.text.rstrip()} " + " ; ".join(x.text.strip().rstrip(".;,") if k < len(items) - 1 else x.text.strip() for k, x in enumerate(items))


_SHORT_LIST = 4
