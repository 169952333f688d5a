"""A PHP file's ``?>`` written inside a string literal or a block comment, masked before a measure.

In PHP, ``?>`` ends the PHP block only in code and in a line comment (``//``, ``#``): inside a quoted string, a heredoc
or nowdoc, a backtick command or a ``/* */`` comment it is text (``$dom->loadHTML('<?xml encoding="utf-8" ?>' . $body)``).
lizard cuts a PHP file into blocks at the first ``?>`` it meets, whatever surrounds it, and reads the rest of the file as
HTML: every function after such a string goes unmeasured while the file counts as measured (issue 12, s43 fh43 =
nicolasaunai/ccpl-news). The ``>`` of each such ``?>`` becomes a space: same length, same lines, a string still a string.
One pass over the text, linear in its size; an unterminated string or comment runs to the end of the file, as in PHP.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_OPEN = lazy_compile(r"<\?(?:php\b|=)?", re.I)  # (lizard opens a block at any "<?", as PHP with short tags)
_NEXT = lazy_compile(r"'|\"|`|/\*|//|#(?!\[)|<<<|\?>")
_ENDS = {
    "'": lazy_compile(r"[^'\\]*(?:\\.[^'\\]*)*'", re.S),
    '"': lazy_compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.S),
    "`": lazy_compile(r"[^`\\]*(?:\\.[^`\\]*)*`", re.S),
}
_LINE_END = lazy_compile(r"\n|\?>")
_HEREDOC = lazy_compile(r"<<<[ \t]*([\"']?)([A-Za-z_]\w*)\1\r?\n")


def _masked_spans(text: str) -> list[int]:
    """Offsets of the ``>`` of each ``?>`` that stands inside a string, heredoc or block comment of a PHP block."""
    spans: list[int] = []
    pos, size = 0, len(text)

    def inside(start: int, end: int) -> None:
        at = text.find("?>", start, end)
        while at != -1:
            spans.append(at + 1)
            at = text.find("?>", at + 2, end)

    while pos < size:
        opened = _OPEN.search(text, pos)
        if opened is None:
            break
        pos = opened.end()
        while pos < size:  # in a PHP block
            m = _NEXT.search(text, pos)
            if m is None:
                pos = size
                break
            token = m.group(0)
            if token == "?>":
                pos = m.end()
                break
            if token in _ENDS:
                end_m = _ENDS[token].match(text, m.end())
                end = end_m.end() if end_m else size
                inside(m.end(), end)
                pos = end
            elif token == "/*":
                end = text.find("*/", m.end())
                end = size if end == -1 else end + 2
                inside(m.end(), end)
                pos = end
            elif token == "<<<":
                head = _HEREDOC.match(text, m.start())
                if head is None:
                    pos = m.end()
                    continue
                close = re.compile(r"^[ \t]*" + re.escape(head.group(2)) + r"\b", re.M).search(text, head.end())
                end = close.end() if close else size
                inside(head.end(), close.start() if close else size)
                pos = end
            else:  # a line comment: ends at the line's end or at a closing tag, which closes the block
                end_m = _LINE_END.search(text, m.end())
                pos = end_m.start() if end_m else size
    return spans


def closers_in_strings_masked(text: str) -> str:
    """The text with every ``?>`` inside a PHP string literal or block comment turned into ``? `` (lines and offsets kept)."""
    if "?>" not in text:
        return text
    spans = _masked_spans(text)
    if not spans:
        return text
    chars = list(text)
    for at in spans:
        chars[at] = " "
    return "".join(chars)
