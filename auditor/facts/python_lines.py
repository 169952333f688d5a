"""A Python file's line counts as radon's ``raw.analyze`` gives them, in one tokenize pass, for the files radon would take
minutes on (see :data:`LONG_EXPRESSION`); used by the ``code-comments`` fact."""

from __future__ import annotations

import ast
import io
import tokenize

# radon's raw count re-tokenizes a bracketed expression or a string once for each line it spans: a 1,000-line literal (a
# table of communes as a dict) cost minutes. Beyond this many lines, the file's lines are counted in one tokenize pass.
LONG_EXPRESSION = 200


def longest_expression(tree: ast.AST) -> int:
    return max((n.end_lineno - n.lineno + 1 for n in ast.walk(tree) if isinstance(n, ast.expr) and getattr(n, "end_lineno", None)), default=0)


def raw_lines(text: str):
    """(loc, sloc, comments, multi) as radon's ``raw.analyze`` counts them, in one tokenize pass: comment tokens; a string
    standing alone as a statement is a docstring (its non-blank lines, or one comment line when it fits on one); the other
    non-blank lines with a token are source lines."""
    from radon.raw import Module

    lines = text.splitlines()
    toks = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type not in (tokenize.INDENT, tokenize.DEDENT)]
    comments = 0
    doc: set[int] = set()
    code: set[int] = set()
    single: set[int] = set()
    starts = True  # the token opens a statement
    depth = 0  # open brackets: a line break inside them (NL) opens no statement
    for i, tok in enumerate(toks):
        t = tok.type
        if t == tokenize.OP and tok.string in "([{":
            depth += 1
        elif t == tokenize.OP and tok.string in ")]}":
            depth = max(0, depth - 1)
        if t == tokenize.COMMENT:
            comments += 1
        elif t == tokenize.STRING and starts and (i + 1 == len(toks) or toks[i + 1].type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)):
            (doc.update(range(tok.start[0], tok.end[0] + 1)) if tok.end[0] > tok.start[0] else single.add(tok.start[0]))
        elif t not in (tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER):
            code.update(range(tok.start[0], tok.end[0] + 1))
        if t != tokenize.COMMENT:
            starts = t == tokenize.NEWLINE or (t == tokenize.NL and depth == 0)
    filled = {i for i, line in enumerate(lines, 1) if line.strip()}
    multi = len(doc & filled)
    sloc = len((code - doc - single) & filled)
    single_comments = len(filled - code - doc)
    return Module(len(lines), 0, sloc, comments, multi, 0, single_comments)
