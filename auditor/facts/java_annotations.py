"""Java annotations' arguments blanked before lizard reads a Java file.

lizard takes the second of two stacked annotations, when it has arguments, for the method's name
(``@Override`` then ``@SuppressWarnings("unchecked")`` above ``mapFromAttributes(…)`` gives a method
``SuppressWarnings``; ``@Autowired @Qualifier("x")`` above a constructor gives ``Qualifier``). An
annotation without arguments is read right, so the arguments (from ``(`` to its matching ``)``) are
replaced by spaces: the annotation's name stays, every line stays where it was (newlines are kept), and
nothing the complexity counts is removed (an annotation's arguments are constants). Strings, character
literals, text blocks and comments are skipped, so an ``@`` in them is left alone; ``@interface`` (an
annotation type's declaration) is no annotation.
"""

from __future__ import annotations

MAX_SCAN = 300 * 1024  # the code fact's file bound: a longer text is returned as it is


def _skip_literal(text: str, i: int) -> int:
    """The index after the string, text block, character literal or comment starting at ``i`` (``i`` when none starts there)."""
    if text.startswith('"""', i):
        end = text.find('"""', i + 3)
        return len(text) if end < 0 else end + 3
    c = text[i]
    if c in "\"'":
        j = i + 1
        while j < len(text) and text[j] != c and text[j] != "\n":
            j += 2 if text[j] == "\\" else 1
        return min(j + 1, len(text))
    if text.startswith("//", i):
        end = text.find("\n", i)
        return len(text) if end < 0 else end
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        return len(text) if end < 0 else end + 2
    return i


def _arguments_end(text: str, i: int) -> int:
    """The index after the ``)`` matching the ``(`` at ``i`` (-1 when unbalanced)."""
    depth, j = 0, i
    while j < len(text):
        k = _skip_literal(text, j)
        if k != j:
            j = k
            continue
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def blank_annotation_arguments(text: str) -> str:
    """``text`` with every annotation's arguments replaced by spaces (newlines kept)."""
    if "@" not in text or len(text) > MAX_SCAN:
        return text
    out: list[str] = []
    i = start = 0
    n = len(text)
    while i < n:
        k = _skip_literal(text, i)
        if k != i:
            i = k
            continue
        if text[i] != "@":
            i += 1
            continue
        j = i + 1
        while j < n and (text[j].isalnum() or text[j] in "_$."):
            j += 1
        name = text[i + 1:j]
        if not name or name == "interface":
            i = j
            continue
        p = j
        while p < n and text[p] in " \t":
            p += 1
        if p >= n or text[p] != "(":
            i = j
            continue
        end = _arguments_end(text, p)
        if end < 0:
            break
        out.append(text[start:p])
        out.append("".join(ch if ch == "\n" else " " for ch in text[p:end]))
        start = i = end
    out.append(text[start:])
    return "".join(out)
