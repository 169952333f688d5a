"""A password kept in a comment beside the credential field the code empties (issue 12, s43 fh43 = efroc/stockvc).

A connection class set back to a local database keeps the server's credentials as comments beside the fields it empties:
``//Gestion35500* -> ""`` over ``private string $password = "";`` (the history shows the server's value in that field), or
``$pass = ""; //Gestion35500*``: the other environment's password, published with the code. Read only where a field named as a
password (password, passwd, pwd, pass, mdp, mot de passe) is given an empty literal, and the comment ending its line, or the whole
comment line just above it, holds nothing but one token shaped as a chosen password (8 to 64 characters, letters with digits or
signs, no placeholder, no word of its role), maybe followed by ``-> ""`` (the value in the code). A comment explaining the field
("// vide en local"), a sentence, a URL or an identifier is none. Read as text, one pass over the lines.

And a key kept so (:func:`commented_keys`, s43 fi43 = ZeCrusher/APIDAE-vers-OpenAgenda): a field named as a key, a token or a secret
(apiKey, api_key, token, secret, clef) that the code reads at run time (``$_GET['apiKey']``, ``$_POST``, ``getenv(…)``,
``process.env.X``, ``os.environ``) or empties, whose line ends on a comment (``//``, ``#``, ``/* … */``) holding nothing but key-shaped
tokens (8 to 64 letters and digits, not a plain word nor a camelCase name) and markers of which works (``<- OK``, ``|``, ``old``):
``$apiKey=$_GET['apiKey']; /* QTfpNkyX <- OK | PhrnH4Dd */`` keeps the service's keys beside the line that reads one."""

from __future__ import annotations

import re

from auditor.facts.secret_docs import _chosen
from auditor.lazyre import lazy_compile

# a password-named field given an empty literal: $password = "";  private string $pass = '';  password: ""
_EMPTY_FIELD = lazy_compile(r"""(?<![\w$])\$?\w*?(?:password|passwd|pwd|pass|mdp|mot_?de_?passe|motdepasse)\w*\s*[=:]\s*(?:""|'')\s*[;,]?""", re.I)
# a comment and its text: the rest of a line of code after its code, or a line that is a comment only
_LINE_COMMENT = lazy_compile(r"""^\s*(?://|#)\s*(.*?)\s*$""")
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


# a key-named field given a value read at run time (the request, the environment) or an empty literal, and the comment ending its line
_KEY_FIELD = lazy_compile(r"""(?<![\w$])\$?\w*?(?:api_?key|apikey|access_?key|secret|token|cl[ée]f?_?api|clef)\w*\s*=\s*(?:""|''|"""
                          r"""\$_(?:GET|POST|REQUEST|SERVER|ENV)\[\s*['"][\w-]{1,60}['"]\s*\]|getenv\(\s*['"][\w-]{1,60}['"]\s*\)|"""
                          r"""process\.env\.\w{1,60}|os\.environ(?:\.get\(\s*['"][\w-]{1,60}['"]\s*\)|\[\s*['"][\w-]{1,60}['"]\s*\]))\s*;?""", re.I)
_KEY_COMMENT = lazy_compile(r"""^\s*(?://|#)\s*(.*?)\s*$|^\s*/\*\s*(.*?)\s*\*/\s*$""")
_MARKERS = frozenset({"ok", "ko", "old", "new", "test", "prod", "dev", "ancien", "ancienne", "nouveau", "nouvelle", "valide", "actif", "active"})
# a word or a name made of words (getApiKey, ApiKeyValue, motdepasse, APIKEY): humps of two lower-case letters or more
_CAMEL = lazy_compile(r"^[a-z]{2,}(?:[A-Z][a-z]{2,})*$|^(?:[A-Z][a-z]{2,})+$|^[A-Z]+$")


def _key_tokens(comment: str) -> list[str]:
    """The key-shaped tokens of a comment holding nothing else but markers (see the module's text), else []."""
    keys = []
    for word in re.split(r"[\s|,;/]+|<-+|-+>|=>", comment):
        if not word or word.lower() in _MARKERS:
            continue
        if not re.fullmatch(r"[A-Za-z0-9]{8,64}", word) or not re.search(r"[A-Za-z]", word) or _CAMEL.match(word) \
                or not (re.search(r"\d", word) or re.search(r"[A-Z]", word) and re.search(r"[a-z]", word)) or PLACEHOLDER_KEY.match(word):
            return []
        keys.append(word)
    return keys


PLACEHOLDER_KEY = lazy_compile(r"^(?:x+|0+|1234\w*|abcd\w*|your\w*|votre\w*|changeme\w*)$", re.I)


def commented_keys(text: str) -> list[tuple[int, str]]:
    """(line number, first key) of each key kept in the comment ending a key field's line (see the module's text)."""
    out: list[tuple[int, str]] = []
    for i, line in enumerate(text.split("\n")):
        if len(line) > 4000 or ("//" not in line and "#" not in line and "/*" not in line):
            continue
        m = _KEY_FIELD.search(line)
        if not m or line.lstrip().startswith(("//", "#", "*", "/*")):
            continue
        c = _KEY_COMMENT.match(line[m.end():].rstrip("\r"))
        keys = _key_tokens(c.group(1) if c.group(1) is not None else c.group(2)) if c else []
        if keys:
            out.append((i + 1, keys[0]))
    return out


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
        after = _LINE_COMMENT.match(line[m.end():])
        token = _password_token(after.group(1)) if after else None
        if token:
            out.append((i + 1, token))
            continue
        above = _LINE_COMMENT.match(lines[i - 1]) if i > 0 and len(lines[i - 1]) <= 4000 else None
        token = _password_token(above.group(1)) if above else None
        if token:
            out.append((i, token))
    return out
