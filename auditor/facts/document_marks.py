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


# Hostile input: markdown-it tries a link at every "[" it meets (a label scan, nested link attempts), some twenty steps for each, so a
# README of 50 000 unclosed "[" took seconds per parse (each one left scans the rest of its block). A "[" that no "]" after it in
# its block closes can start no link: past MAX_OPEN_BRACKETS of them in a block (blank-line separated), all are escaped ("\[", the
# same text once parsed) before parsing, which no normal document reaches.
MAX_OPEN_BRACKETS = 256
_BLOCK_BREAK = lazy_compile(r"\n[ \t]*\n")
_BRACKET = lazy_compile(r"\\.|[\[\]]", re.S)  # an escaped character (skipped), or a bracket


def bound_open_brackets(text: str) -> str:
    """``text`` with the unclosed "[" of a block holding more than MAX_OPEN_BRACKETS escaped; one linear pass, and ``text`` itself
    (unchanged) when no block holds that many."""
    if text.count("[") <= MAX_OPEN_BRACKETS:
        return text
    parts: list[str] = []
    start = 0
    for brk in [*_BLOCK_BREAK.finditer(text), None]:
        end = brk.end() if brk else len(text)
        block = text[start:end]
        parts.append(_escape_open(block) if block.count("[") > MAX_OPEN_BRACKETS else block)
        start = end
    return "".join(parts)


def _escape_open(block: str) -> str:
    opened: list[int] = []  # the positions of the "[" not closed yet
    for m in _BRACKET.finditer(block):
        if m.group() == "[":
            opened.append(m.start())
        elif m.group() == "]" and opened:
            opened.pop()
    if len(opened) <= MAX_OPEN_BRACKETS:
        return block
    pieces, last = [], 0
    for pos in opened:
        pieces += [block[last:pos], "\\"]
        last = pos
    return "".join(pieces) + block[last:]
