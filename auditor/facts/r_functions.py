"""R functions as the complexity measure sees them (``code``): lizard's R reader takes every ``function(`` for the start of a new
function and ends the one it was in, so that a function handed as an argument inside another (``downloadHandler(filename =
function() {…})``, ``scale_x_date(labels = function(x) format(x, "%b"))``, R 4.1's ``\\(x) …``) cuts its enclosing function short
and, when it has no braces of its own, takes the rest of the enclosing body as its own (issue 12, s38 fk38 = FlorentBedecarratsNM/
meal4cast: the one-line lambda ``labels`` at app_server.R:375 given complexity 13, app_server closed at line 272 of 867).

A function written inside another's body is part of it: its keyword is hidden from lizard (same length, lines kept), its decisions
counting in the enclosing function, its braces only a block there. Strings and comments are skipped; the text is read once."""

from __future__ import annotations

_KEYWORD = "function"


def _word_at(text: str, i: int, word: str) -> bool:
    end = i + len(word)
    return (text.startswith(word, i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "._"))
            and (end >= len(text) or not (text[end].isalnum() or text[end] in "._")))


def _next_code_char(text: str, i: int) -> str:
    """The first character from ``i`` that is neither a space, a line break nor in a comment ('' at the end)."""
    n = len(text)
    while i < n:
        if text[i] == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text[i].isspace():
            i += 1
        else:
            return text[i]
    return ""


def nested_functions_hidden(text: str) -> str:
    """``text`` (R code) with the ``function`` keyword and the ``\\(`` lambda of every function written inside another function's
    body blanked to what lizard does not read as a definition (``function`` → ``FUNCTION``, ``\\(`` → `` (``); its length and lines
    unchanged. The functions written outside any function's braces are left as they are."""
    out = list(text)
    stack: list[bool] = []  # each open brace: does it belong to a function's body (its own or an enclosing one)
    in_body = 0  # open braces belonging to function bodies
    parens = 0
    header: int | None = None  # the paren depth a top-level function's parameter list opens at, while it is read
    body_next = False  # a top-level function's parameter list read and a brace follows: that brace opens its body
    quote = None
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            quote = None if c == quote else quote
            i += 1
            continue
        if c in "\"'`":
            quote = c
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
            if header is not None and parens == header:
                header = None
                body_next = _next_code_char(text, i + 1) == "{"
        elif c == "{":
            opens = body_next or (stack[-1] if stack else False)
            stack.append(opens)
            in_body += 1 if opens else 0
            body_next = False
        elif c == "}":
            if stack and stack.pop():
                in_body -= 1
        elif c == "\\" and text.startswith("\\(", i):
            if in_body:
                out[i] = " "
            elif header is None:
                header = parens
        elif c == "f" and _word_at(text, i, _KEYWORD):
            if in_body:
                out[i:i + len(_KEYWORD)] = list(_KEYWORD.upper())
            elif header is None:
                header = parens
            i += len(_KEYWORD)
            continue
        i += 1
    return "".join(out)
