"""Settings read from the environment through a named constant: ``System.getenv(apiKEYname)`` with
``private final String apiKEYname = "X_RAPIDAPI_KEY";`` in the same class (a JavaFX client of an API), ``os.getenv(TOKEN_VAR)`` with
``TOKEN_VAR = "GITHUB_PAT"``, Go's ``os.Getenv(envKey)`` with ``const envKey = "API_KEY"``. The textscan's ``env.read-constant``
hits name the constant; its value, defined in the same file, is the variable read."""

from __future__ import annotations

import re

MAX_FILES, MAX_BYTES = 20, 256 * 1024


def constant_reads(snap, scan: dict) -> list[list]:
    """``[variable, hit]`` for each read through a constant whose string value the same file defines (at most :data:`MAX_FILES` files)."""
    out: list[list] = []
    texts: dict[str, str] = {}
    hits = [h for h in scan["signals"].get("env.read-constant", []) if h[3] == "code"]
    for h in hits:
        if h[0] not in texts and len(texts) >= MAX_FILES:
            continue
        text = texts.setdefault(h[0], snap.read_text(h[0], limit=MAX_BYTES) or "")
        # (Java/C#: String NAME = "…"; Kotlin: const val NAME: String = "…"; Python/JS/Go: NAME = "…", const NAME = '…', name := "…")
        m = re.search(rf"""\b{re.escape(h[2])}[ \t]*(?::[ \t]*\w+[ \t]*)?:?=[ \t]*["']([A-Za-z][A-Za-z0-9_]{{1,60}})["']""", text)
        if m:
            out.append([m.group(1), [h[0], h[1], m.group(1), h[3]]])
    return out
