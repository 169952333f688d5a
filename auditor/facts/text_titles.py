"""A plain-text README's titles written in capitals on a line of their own (issue 12, s25 o3: omigeot/SIG-CCPO's README.TXT,
"PRINCIPALES MODIFICATIONS", "NOTES DIVERSES"), which :func:`auditor.facts.document.parse_lines` reads as headings; and such a title asked or labelled at the head of its text,
"- COMMENT ON L'UTILISE ?" over its answer indented deeper (issue 12, s43 fh43 = efroc/stockvc)."""

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


_HEAD_LINE = lazy_compile(r"^([ \t]*)(?:[*•-][ \t]+)?(\S[^\n]*?)[ \t]*[?:][ \t]*$")


def leading_title(lines: list[str]) -> str | None:
    """The title in capitals a plain-text paragraph opens on, a question or a label (" - C'EST QUOI ?", "INSTALLATION :", a list's
    dash allowed), when every line below it is indented deeper than it: its answer or body. None otherwise (a capitals sentence
    inside a paragraph, questions listed without their answers)."""
    m = _HEAD_LINE.match(lines[0].expandtabs(4)) if len(lines) >= 2 else None
    if m is None or not upper_case_title(m.group(2)):
        return None
    depth = len(m.group(1))
    body = [line.expandtabs(4) for line in lines[1:] if line.strip()]
    return m.group(2).strip() if body and all(len(line) - len(line.lstrip()) > depth + 1 for line in body) else None
