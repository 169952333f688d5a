"""Parts of a parsed document that are no text its authors wrote: code spans alone (a table cell `string`), and the blocks a tool
writes between its markers (terraform-docs' reference tables). Marked on :class:`auditor.facts.document.Block` (``code``,
``generated``) so that the language of a README or a guide is measured on its prose only; and the bold label that opens a
paragraph ("**Installation** : …")."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the extensions Markdown is written under (GitHub Linguist's Markdown entry: .md, .markdown, .mdown, .mdwn, .mkd, .mkdn, .mkdown;
# a métropole's FME method sheets are .mdown): the parser's, the inventory's and the documentation pages' one list
MARKDOWN_EXT = frozenset({"md", "markdown", "mdown", "mdwn", "mkd", "mkdn", "mkdown"})

# the markers between which a tool writes its block into a README (terraform-docs' <!-- BEGIN_TF_DOCS -->, its older
# <!-- BEGIN_AUTOMATED_TF_DOCS_BLOCK -->, pre-commit-terraform's <!-- BEGINNING OF PRE-COMMIT-TERRAFORM DOCS HOOK -->): its reference
# tables render the code's declarations (variables, providers, resources), not text the authors wrote in the README
GENERATED_START = lazy_compile(r"<!--\s*(?:BEGIN_TF_DOCS|BEGIN_AUTOMATED_TF_DOCS_BLOCK|BEGINNING OF PRE-COMMIT-TERRAFORM DOCS HOOK)\s*-->", re.I)
GENERATED_END = lazy_compile(r"<!--\s*(?:END_TF_DOCS|END_AUTOMATED_TF_DOCS_BLOCK|END OF PRE-COMMIT-TERRAFORM DOCS HOOK)\s*-->", re.I)


def code_only(token) -> bool:
    """A Markdown inline token made of code spans and blanks only (a parameter table's `string`, `true`)."""
    kids = [c for c in (token.children or []) if not (c.type in ("text", "softbreak", "hardbreak") and not c.content.strip())]
    return bool(kids) and all(c.type == "code_inline" for c in kids)


def bold_label(token) -> str:
    """The bold words that open an inline token and end at a colon ("**Configuration** : Les paramètres…", "**Installation :** …"),
    or make the whole line ("**Installation**")."""
    kids = [c for c in (token.children or []) if not (c.type == "text" and not c.content.strip())]
    if len(kids) < 3 or kids[0].type != "strong_open" or kids[1].type != "text" or kids[2].type != "strong_close":
        return ""
    label, after = kids[1].content.strip(), (kids[3].content.lstrip() if len(kids) > 3 and kids[3].type == "text" else "")
    if label.endswith(":"):
        return label.rstrip(" :")
    if len(kids) == 3 and len(label.split()) <= 4:  # a bold line alone ("**Installation**" above the steps): a title in the text
        return label
    return label if after.startswith(":") and len(label.split()) <= 6 else ""


def written(blocks: list) -> list:
    """The paragraphs written as prose: not code spans alone, not inside a generated block, not badges alone."""
    return [b for b in blocks if b.kind == "paragraph" and not b.code and not b.generated and not b.badge_only]
