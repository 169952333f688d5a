"""Line ends of a file's text, shared by the snapshot (which decodes blobs) and the facts (which count lines): a module of its
own, below both, so that the facts, which the checks import, never import the snapshot (the layer contract in pyproject.toml)."""

from __future__ import annotations


def mac_lines(text: str) -> str:
    """``text`` with its lines ended by LF when they all end with CR alone (old Mac line ends: a project's own map.js read
    otherwise as one 14 KB line, taken for a minified library and left unscanned); any other text unchanged."""
    if "\r" in text and "\n" not in text:
        return text.replace("\r", "\n")
    return text


def line_breaks(text: str) -> int:
    """How many line breaks ``text`` holds: its LFs, or its CRs when it has no LF (old Mac line ends, see :func:`mac_lines`)."""
    return text.count("\n") or text.count("\r")
