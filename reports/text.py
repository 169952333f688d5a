"""One line of text for people: control and bidi characters replaced, newlines folded.

Its own module so that the evidence phrases (``evidence.py``) and the shared helpers (``common.py``,
which builds findings from those phrases) both use it without importing each other.
"""

from __future__ import annotations

import re
from typing import Any

CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: Any, limit: int | None = None) -> str:
    """One line of text: control and bidi characters replaced, newlines folded, optionally shortened."""
    s = CTRL.sub("\ufffd", str(text).replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
    if limit is not None and len(s) > limit:
        s = s[: limit - 1] + "…"
    return s
