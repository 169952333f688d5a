"""JSON from untrusted repositories: a nesting bomb (``[[[[…]]]]``) is malformed input, not a crash."""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes) -> Any:
    """``json.loads`` that raises ``ValueError`` (as for any malformed JSON) instead of
    ``RecursionError`` on absurdly deep nesting."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
