"""A plain-text README's titles written in capitals on a line of their own (issue 12, s25 o3: omigeot/SIG-CCPO's README.TXT,
"PRINCIPALES MODIFICATIONS", "NOTES DIVERSES"), which :func:`auditor.facts.document.parse_lines` reads as headings."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

TEXT_ITEM = lazy_compile(r"^\s*(?:[*•-]|\d{1,2}[.)])\s+\S")  # a plain-text list's item
TEXT_RULE = lazy_compile(r"^\s*([*=#~_+-])\1{2,}\s*$")  # a rule framing or underlining a plain-text title
_TEXT_TITLE_CHARS = lazy_compile(r"^[^\W\d_][\w '’&()/:-]{2,58}[^\W_)]?\)?$")


def upper_case_title(line: str) -> bool:
    """A plain-text README's title written in capitals on its own line ("INSTALLATION", "NOTES DIVERSES", "TRUCS ENCORE A FAIRE
    (SELON LE TEMPS)"): 4 to 60 characters, letters all upper-case (4 or more), at most 8 words, no sentence's end, no code's
    signs (DB_HOST=…, $VAR). The caller keeps it only standing alone, between blank lines or above a list: a sentence in
    capitals inside a paragraph is no title."""
    s = line.strip().rstrip(":").strip()
    letters = sum(ch.isalpha() for ch in s)
    return 4 <= len(s) <= 60 and s.isupper() and letters >= 4 and len(s.split()) <= 8 and bool(_TEXT_TITLE_CHARS.match(s))
