"""A ``REUSE.toml`` read as ``reuse lint`` (6.2, global_licensing.py) reads it: its annotations, validated as reuse
validates them, and the ``path`` globs as reuse matches them."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from auditor import safejson


@lru_cache(maxsize=512)
def glob_rx(pattern: str) -> re.Pattern:
    """A REUSE.toml ``path`` as reuse matches it: ``*`` stays in one folder, ``**`` crosses folders
    (``**/`` is the same as ``**``), ``\\*`` is a literal star."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        elif pattern.startswith("**", i):
            i += 2
            while i < n and pattern[i] in "*/":
                i += 1
            out.append(".*")
        elif c == "*":
            out.append("[^/]*")
            i += 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out) + r"\Z", re.S)


def _strings(v) -> list[str] | None:
    """A REUSE.toml value that must be a string or a list of strings (absent: none), or None when it is neither."""
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return v
    return None


def parse_reuse_toml(text: str) -> tuple[list[dict], str | None]:
    """The annotations of a REUSE.toml, or an error where reuse lint (6.2, global_licensing.py) stops on it: invalid TOML,
    a ``version`` that is no integer (any integer is read), ``annotations`` that are no array of tables, an annotation without
    ``path``, a ``precedence`` other than closest, aggregate or override, a value that is no string nor list of strings."""
    try:
        data = safejson.toml_loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], f"REUSE.toml: {exc}"
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return [], "REUSE.toml: 'version' must be an integer"
    anns = data.get("annotations", [])
    if not isinstance(anns, list) or not all(isinstance(a, dict) for a in anns):
        return [], "REUSE.toml: 'annotations' must be an array of tables ([[annotations]])"
    out = []
    for ann in anns:
        paths, lics, copies = (_strings(ann.get(k)) for k in ("path", "SPDX-License-Identifier", "SPDX-FileCopyrightText"))
        if paths is None or lics is None or copies is None:
            return [], "REUSE.toml: 'path', 'SPDX-License-Identifier' and 'SPDX-FileCopyrightText' must be strings or lists of strings"
        if not paths:
            return [], "REUSE.toml: 'path' must not be empty"
        precedence = ann.get("precedence", "closest")
        if precedence not in ("closest", "aggregate", "override"):
            return [], "REUSE.toml: 'precedence' must be one of closest, aggregate, override"
        out.append({"paths": paths, "precedence": precedence, "licenses": lics, "copyright": bool(copies)})
    return out, None
