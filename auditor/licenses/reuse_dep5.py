"""The legacy ``.reuse/dep5`` file of REUSE (Debian machine-readable copyright format), read as ``reuse lint``
reads it through python-debian: ``Files`` paragraphs, their globs, licence synopsis and copyright."""

from __future__ import annotations

import re
from functools import lru_cache


def dep5_error(text: str) -> str | None:
    """Why python-debian (strict, as reuse lint reads ``.reuse/dep5``) refuses the file, or None: its first paragraph is the
    header and needs a ``Format`` field; every other paragraph needs ``Files`` or ``License``; a ``Files`` paragraph needs
    ``Copyright`` and ``License``. reuse lint then stops: "'.reuse/dep5' could not be parsed"."""
    paragraphs = [p for p in _paragraphs(text) if p]
    if not paragraphs or "format" not in paragraphs[0]:
        return ".reuse/dep5: input is not a machine-readable debian/copyright (no Format field in its first paragraph)"
    for fields in paragraphs[1:]:
        if "files" not in fields and "license" not in fields:
            return '.reuse/dep5: a paragraph has neither "Files" nor "License" fields'
        if "files" in fields and ("copyright" not in fields or "license" not in fields):
            return ".reuse/dep5: a Files paragraph misses its " + ("Copyright" if "copyright" not in fields else "License") + " field"
    return None


def _paragraphs(text: str) -> list[dict[str, str]]:
    """The deb822 paragraphs (fields by lower-case name; a licence's continuation lines are its text, not its synopsis)."""
    out = []
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        fields: dict[str, str] = {}
        key = None
        for line in para.splitlines():
            if line.startswith("#"):  # a deb822 comment line, even between fields
                continue
            if line[:1] in (" ", "\t") and key:
                if key != "license":
                    fields[key] += " " + line.strip()
            elif ":" in line:
                key, _, val = line.partition(":")
                key = key.strip().lower()
                fields[key] = val.strip()
        out.append(fields)
    return out


def parse_dep5(text: str) -> list[dict]:
    """``Files`` paragraphs of a ``.reuse/dep5`` (Debian copyright format): globs, license synopsis, copyright. The first
    paragraph is the header, never a ``Files`` paragraph."""
    out = []
    for fields in [p for p in _paragraphs(text) if p][1:]:
        if "files" in fields:
            out.append({"globs": fields["files"].split(), "licenses": [fields["license"]] if fields.get("license") else [],
                        "copyright": bool(fields.get("copyright"))})
    return out


@lru_cache(maxsize=512)
def dep5_rx(glob: str) -> re.Pattern:
    """Debian copyright globs as python-debian (which reuse uses) matches them against the path from the
    root: ``*`` matches any characters, ``/`` included; ``?`` one character; ``\\*``, ``\\?``, ``\\\\`` are
    literal. Nothing is stripped: ``.github/*`` names the hidden folder, and ``./src/*`` matches nothing."""
    out: list[str] = []
    i, n = 0, len(glob)
    while i < n:
        c = glob[i]
        if c == "\\" and i + 1 < n:
            out.append(re.escape(glob[i + 1]))
            i += 2
            continue
        out.append(".*" if c == "*" else "." if c == "?" else re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z", re.S)
