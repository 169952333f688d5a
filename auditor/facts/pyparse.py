"""Python sources parsed by the interpreter the auditor runs on (3.11), including files written for a newer Python.

Python 3.12 added type parameter lists (``class CursorPage[T](BaseModel):``, ``def first[T](items: list[T]) -> T:``) and the
``type`` statement (``type Json = dict[str, Any]``), PEP 695; the 3.11 parser refuses them, and a project's files written so were
"unparsed" (data-inclusion's pagination module: code-comments "mostly not measured"). On a SyntaxError the text is parsed
again with those constructs rewritten to 3.11 ones on the same lines (the parameter list dropped, the alias an assignment):
the functions, classes, docstrings and complexity are the same, and line numbers hold.

Python 2 modules are read the same way (issue 12, s24 o3: a basemap kit's Python 2 script, ``print u"-- Nombre de relations …"``, left
"unparsed" and its comments unmeasured): their statements only Python 2 has are rewritten as the Python 3 calls they are on the same
lines — ``print x, y`` and ``print >>f, x`` as ``print(x, y)`` and ``print(f, x)``, ``exec "code"`` as ``exec("code")``, ``except E, e:``
as ``except E as e:``, ``<>`` as ``!=`` — found by the tokenizer, so strings and comments are never touched. Any other syntax error
stands.
"""

from __future__ import annotations

import ast
import io
import tokenize

from auditor.lazyre import lazy_compile

# a def or class followed by its type parameter list
_GENERIC_HEAD = lazy_compile(r"^([ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+\w+)\[")
# `type Name[...] = value` at the start of a statement
_TYPE_ALIAS = lazy_compile(r"^([ \t]*)type[ \t]+(\w+)[ \t]*(?:\[[^\]\n]{0,200}\])?[ \t]*=(?!=)")


def _drop_brackets(line: str, start: int) -> str:
    """``line`` without the bracketed list opening at ``start`` (nested brackets counted); unchanged if it does not close."""
    depth = 0
    for i in range(start, len(line)):
        if line[i] == "[":
            depth += 1
        elif line[i] == "]":
            depth -= 1
            if depth == 0:
                return line[:start] + line[i + 1:]
    return line


def downgraded(text: str) -> str | None:
    """``text`` with PEP 695 syntax rewritten for Python 3.11, or None when it has none."""
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if (m := _GENERIC_HEAD.match(line)) and (new := _drop_brackets(line, m.end() - 1)) != line:
            lines[k], changed = new, True
        elif m := _TYPE_ALIAS.match(line):
            lines[k], changed = f"{m.group(1)}{m.group(2)} ={line[m.end():]}", True
    return "\n".join(lines) if changed else None


_OPENERS, _CLOSERS = frozenset("([{"), frozenset(")]}")


def _statement_end(toks: list, k: int):
    """The last token of the statement going on at ``toks[k]`` (before its NEWLINE, comment or ``;`` at bracket depth 0)."""
    depth, last = 0, None
    for u in toks[k:]:
        if u.type == tokenize.OP and u.string in _OPENERS:
            depth += 1
        elif u.type == tokenize.OP and u.string in _CLOSERS:
            depth -= 1
        if depth <= 0 and (u.type in (tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER) or (u.type == tokenize.OP and u.string == ";")):
            break
        if u.type != tokenize.NL:
            last = u
    return last


def python2_rewritten(text: str) -> str | None:
    """``text`` with Python 2's print and exec statements, ``except E, e:`` and ``<>`` rewritten for Python 3 on the same lines, or
    None when it has none or cannot be tokenized."""
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    edits: list[tuple[tuple[int, int], int, str]] = []  # ((row, col), characters replaced, new text)
    depth, start = 0, True  # bracket depth; at the start of a statement
    for i, t in enumerate(toks):
        if t.type == tokenize.OP and t.string in _OPENERS:
            depth += 1
        elif t.type == tokenize.OP and t.string in _CLOSERS:
            depth = max(0, depth - 1)
        elif t.type == tokenize.OP and t.string == "<" and i + 1 < len(toks) and toks[i + 1].string == ">" and toks[i + 1].start == t.end:
            edits.append((t.start, 2, "!="))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if start and depth == 0 and t.type == tokenize.NAME and t.string in ("print", "exec") and nxt is not None \
                and not (nxt.type == tokenize.OP and nxt.string in ("(", "=", ".", "[", ",", ")", ":")):
            last = _statement_end(toks, i + 1)
            if nxt.type == tokenize.OP and nxt.string == ">>":
                edits.append((nxt.start, 2, ""))
            edits += [(t.end, 0, "("), (last.end if last is not None else t.end, 0, ")")]
        elif start and depth == 0 and t.type == tokenize.NAME and t.string == "except":
            d = 0
            for u in toks[i + 1:]:
                d += (u.type == tokenize.OP and u.string in _OPENERS) - (u.type == tokenize.OP and u.string in _CLOSERS)
                if u.type == tokenize.NEWLINE or (d == 0 and u.type == tokenize.OP and u.string == ":"):
                    break
                if d == 0 and u.type == tokenize.OP and u.string == ",":
                    edits.append((u.start, 1, " as"))
                    break
        if t.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) or (depth == 0 and t.type == tokenize.OP and t.string in (";", ":")):
            start = True  # (a statement after "if x:" on the same line: if x: print "a")
        elif t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING):
            start = False
    if not edits:
        return None
    lines = text.split("\n")
    for (row, col), old, new in sorted(edits, reverse=True):
        lines[row - 1] = lines[row - 1][:col] + new + lines[row - 1][col + old:]
    return "\n".join(lines)


def parse(text: str) -> ast.Module:
    """``ast.parse(text)``, reading a newer Python's type parameters and aliases, and Python 2's statements (see the module's
    docstring)."""
    try:
        return ast.parse(text)
    except SyntaxError as error:
        for rewrite in (downgraded, python2_rewritten):
            other = rewrite(text)
            if other is not None:
                try:
                    return ast.parse(other)
                except SyntaxError:
                    continue
        raise error
