"""Annotations in a doc block are configuration, not documentation (issue 12, s40 fp40 = AnthoC97/Exemple_Symfony_1): a Symfony
controller's ``/** @Route("/aides", name="ctg_aides") */``, a Doctrine entity's ``/** @ORM\\Column(type="string") */``, a Java
``@Override`` declare routing, mapping or compilation, and say nothing of what the code does. An annotation is ``@`` followed by a
capital (``@Route``, ``@ORM\\Column``, ``@Assert\\Length(minMessage="…")``) with its parenthesised arguments, strings included; a
PHPDoc or Javadoc tag (``@param``, ``@return string``) is lower case and stays documentation."""

from __future__ import annotations

import re

_ANNOTATION = re.compile(r"(?<![\w@])@[A-Z][\w\\]*")
MAX_BODY = 20_000


def without_annotations(body: str) -> str:
    """``body`` (a doc block's text) without its annotations and their parenthesised arguments (quotes respected)."""
    body = body[:MAX_BODY]
    out: list[str] = []
    i = 0
    for m in _ANNOTATION.finditer(body):
        if m.start() < i:
            continue
        out.append(body[i:m.start()])
        j = m.end()
        k = j
        while k < len(body) and body[k] in " \t":
            k += 1
        if k < len(body) and body[k] == "(":
            depth, quote = 0, ""
            while k < len(body):
                c = body[k]
                if quote:
                    if c == "\\":
                        k += 1
                    elif c == quote:
                        quote = ""
                elif c in "\"'":
                    quote = c
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        k += 1
                        break
                k += 1
            j = k
        i = j
    out.append(body[i:])
    return "".join(out)
