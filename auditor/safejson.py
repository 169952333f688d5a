"""JSON (and TOML) from untrusted repositories and from the user's own files: bounded in size and nesting
depth, so that a nesting bomb (``[[[[…]]]]``) is malformed input refused in milliseconds, never a
``RecursionError`` here or later in a renderer or a schema validator."""

from __future__ import annotations

import json
import re
from typing import Any

from auditor.lazyre import lazy_compile

MAX_DEPTH = 200
MAX_BYTES = 64_000_000

_TOKEN = lazy_compile(r'[\[\]{}"]')
_STRING_END = lazy_compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.S)


def depth_exceeds(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects nest deeper than ``limit`` (a linear scan that skips strings)."""
    depth, i = 0, 0
    while True:
        m = _TOKEN.search(text, i)
        if m is None:
            return False
        ch, i = m.group(), m.end()
        if ch == '"':
            end = _STRING_END.match(text, i)
            if end is None:
                return False
            i = end.end()
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif depth:
            depth -= 1


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """``json.loads`` that raises ``ValueError`` (as for any malformed JSON) for a document too
    large or nested deeper than ``max_depth``, instead of ``RecursionError`` or minutes of work."""
    if len(text) > max_bytes:
        raise ValueError(f"JSON document larger than {max_bytes} bytes")
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("utf-8-sig" if text[:3] == b"\xef\xbb\xbf" else "utf-8")
    if depth_exceeds(text, max_depth):
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def toml_loads(text: str, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """``tomllib.loads`` bounded the same way (a ``[[[[…`` value is a ``TOMLDecodeError``, never a
    ``RecursionError``); manifests, lockfiles and ``REUSE.toml`` are read through it."""
    import tomllib

    if len(text) > max_bytes:
        raise tomllib.TOMLDecodeError(f"TOML document larger than {max_bytes} bytes")
    if depth_exceeds(text, max_depth):
        raise tomllib.TOMLDecodeError(f"TOML nested deeper than {max_depth} levels")
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("TOML nested too deeply") from None
