"""Encoded binary content inside a text file, blanked before the text signals run (:func:`auditor.facts.textscan.scan_text`).

An image embedded in a page or a component (a Laravel logo's ``<image xlink:href="data:image/png;base64,iVBORw0K…">`` wrapped over
two thousand lines of an SVG template, a CSS ``url(data:font/woff2;base64,…)``, a JSON's base64 thumbnail) is bytes, not words:
any signal word may turn up in it by chance ("…nzoSaMLwhJ…" read as SAML sign-in). Its characters become spaces, its line breaks are
kept (the line numbers of the other hits do not move). Blanked: a ``data:`` URI's base64 payload, over the line breaks that wrap it,
and a base64 token of 60 characters or more whose digits, capitals and slashes are those of random bytes (:func:`_token`), unless
it continues a web address's host (``https://script.google.com/macros/s/AKfycbx…/exec``: the host's last label, then the path
with a deployment's random id, is an address the code calls, read whole by the signals; issue 12, s40 fa40)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_BLOB = lazy_compile(r"""(data:[\w.+/-]{1,100}(?:;[\w.+=-]{1,100}){0,5};base64,)([A-Za-z0-9+/=]*(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/=]+)*)"""
                     r"""|(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])""", re.I)
_NOT_NEWLINE = re.compile(r"[^\r\n]")
# what precedes a token continuing an address: a scheme and a host up to its last dot (the token then starts with the top-level
# domain: "com/macros/s/…"), or a scheme alone (the token then starts with the "//" of the address)
_ADDRESS_BEFORE = re.compile(r"(?:\b[a-z][a-z0-9+.-]{0,15}://[a-z0-9-]+(?:\.[a-z0-9-]+)*\.|\b[a-z][a-z0-9+.-]{0,15}:)\Z", re.I)


def _in_address(m: re.Match) -> bool:
    """The token continues a web address (see the module's note): ``scheme://host.`` before it, or ``scheme:`` and the token opening on
    ``//``."""
    before = _ADDRESS_BEFORE.search(m.string, max(0, m.start() - 256), m.start())
    return bool(before) and (before.group(0).endswith(".") or m.group(0).startswith("//"))


def _token(blob: str) -> bool:
    """A base64 token, not a long word, identifier or path: random bytes give a digit in six characters and as many capitals as
    small letters, where a CamelCase name has few capitals and no digits, and a path a slash every ten characters."""
    digits = sum(c.isdigit() for c in blob)
    upper = sum(c.isupper() for c in blob)
    lower = sum(c.islower() for c in blob)
    return digits * 20 >= len(blob) and upper * 3 >= lower and lower > 0 and blob.count("/") * 20 <= len(blob)


def blank_blobs(text: str) -> str:
    """The text with its encoded binary content replaced by spaces (line breaks kept)."""
    if "base64," not in text and not re.search(r"[A-Za-z0-9+/]{60}", text):
        return text

    def repl(m: re.Match) -> str:
        if m.group(1) is not None:
            return m.group(1) + _NOT_NEWLINE.sub(" ", m.group(2))
        return _NOT_NEWLINE.sub(" ", m.group(0)) if _token(m.group(0)) and not _in_address(m) else m.group(0)

    return _BLOB.sub(repl, text)
