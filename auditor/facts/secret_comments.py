"""A password kept in a comment beside the credential field the code empties (issue 12, s43 fh43 = efroc/stockvc).

A connection class set back to a local database keeps the server's credentials as comments beside the fields it empties:
``//Gestion35500* -> ""`` over ``private string $password = "";`` (the history shows the server's value in that field), or
``$pass = ""; //Gestion35500*``: the other environment's password, published with the code. Read only where a field named as a
password (password, passwd, pwd, pass, mdp, mot de passe) is given an empty literal, and the comment ending its line, or the whole
comment line just above it, holds nothing but one token shaped as a chosen password (8 to 64 characters, letters with digits or
signs, no placeholder, no word of its role), maybe followed by ``-> ""`` (the value in the code). A comment explaining the field
("// vide en local"), a sentence, a URL or an identifier is none. Read as text, one pass over the lines."""

from __future__ import annotations

import re

from auditor.facts.secret_docs import _chosen
from auditor.lazyre import lazy_compile

# a password-named field given an empty literal: $password = "";  private string $pass = '';  password: ""
_EMPTY_FIELD = lazy_compile(r"""(?<![\w$])\$?\w*?(?:password|passwd|pwd|pass|mdp|mot_?de_?passe|motdepasse)\w*\s*[=:]\s*(?:""|'')\s*[;,]?""", re.I)
# the comment ending a line of code, and a line that is a comment only
_TRAILING = lazy_compile(r"""^\s*(?://|#)\s*(.*?)\s*$""")
_COMMENT_LINE = lazy_compile(r"""^\s*(?://|#)\s*(.*?)\s*$""")
# the comment's whole text: one token, maybe "-> <the empty literal>"
_LONE_TOKEN = lazy_compile(r"""^(\S{8,64})(?:\s*-+>\s*(?:""|''))?$""")


def _password_token(comment: str) -> str | None:
    m = _LONE_TOKEN.match(comment)
    if not m:
        return None
    token = m.group(1)
    if not re.fullmatch(r"[\w!#%&*+,.:;?@^~-]+", token) or "://" in token or not re.search(r"[\d!#%&*+,.:;?@^~-]", token):
        return None
    return token if _chosen(token) else None


def commented_passwords(text: str) -> list[tuple[int, str]]:
    """(line number, password) of each password kept in a comment beside an emptied password field (see the module's text)."""
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if len(line) > 4000 or ("''" not in line and '""' not in line):
            continue
        m = _EMPTY_FIELD.search(line)
        if not m or line.lstrip().startswith(("//", "#", "*", "/*")):
            continue
        after = _TRAILING.match(line[m.end():])
        token = _password_token(after.group(1)) if after else None
        if token:
            out.append((i + 1, token))
            continue
        above = _COMMENT_LINE.match(lines[i - 1]) if i > 0 and len(lines[i - 1]) <= 4000 else None
        token = _password_token(above.group(1)) if above else None
        if token:
            out.append((i, token))
    return out
