"""Python sources parsed by the interpreter the auditor runs on (3.11), including files written for a newer Python.

Python 3.12 added type parameter lists (``class CursorPage[T](BaseModel):``, ``def first[T](items: list[T]) -> T:``) and the
``type`` statement (``type Json = dict[str, Any]``), PEP 695; the 3.11 parser refuses them, and a project's files written so were
"unparsed" (data-inclusion's pagination module: code-comments "mostly not measured"). On a SyntaxError the text is parsed
again with those constructs rewritten to 3.11 ones on the same lines (the parameter list dropped, the alias an assignment):
the functions, classes, docstrings and complexity are the same, and line numbers hold. Any other syntax error stands.
"""

from __future__ import annotations

import ast

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


def parse(text: str) -> ast.Module:
    """``ast.parse(text)``, reading a newer Python's type parameters and aliases (see the module's docstring)."""
    try:
        return ast.parse(text)
    except SyntaxError:
        older = downgraded(text)
        if older is None:
            raise
        return ast.parse(older)
