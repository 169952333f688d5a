"""The legacy ``.reuse/dep5`` file of REUSE (Debian machine-readable copyright format), read as ``reuse lint``
reads it through python-debian: ``Files`` paragraphs, their globs, licence synopsis and copyright."""

from __future__ import annotations

import re
from functools import lru_cache


def parse_dep5(text: str) -> list[dict]:
    """``Files`` paragraphs of a ``.reuse/dep5`` (Debian copyright format): globs, license synopsis, copyright."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        key = None
        for line in para.splitlines():
            if line.startswith("#"):  # a deb822 comment line, even between fields
                continue
            if line[:1] in (" ", "\t") and key:
                if key != "license":  # a license's continuation lines are its text, not its synopsis
                    fields[key] += " " + line.strip()
            elif ":" in line:
                key, _, val = line.partition(":")
                key = key.strip().lower()
                fields[key] = val.strip()
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
