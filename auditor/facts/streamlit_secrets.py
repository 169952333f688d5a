"""The settings a Streamlit app reads from Streamlit's secrets store (issue 12, s41 fa41 = tovajav/gem_gam_sdd).

``st.secrets["GROQ_API_KEY"]``, ``st.secrets.get("DB_URL")``, ``st.secrets.db_password`` read a value from
``.streamlit/secrets.toml`` (or the deployment platform's secrets form), never from the code: Streamlit's own settings
mechanism, which also exposes each root key as an environment variable (docs.streamlit.io, "Secrets management", read 2026-12).
Each key is a setting of the project, as a ``getenv`` would be. A section (``st.secrets["db"]["host"]``) is named by its section.
Only in a file that imports Streamlit (its alias followed: ``import streamlit as st``); Python's own ``secrets`` module
(``secrets.token_hex``) is no read.

Bounded and deterministic: the project's Python files in path order, at most :data:`MAX_FILES` of :data:`MAX_BYTES`; the first read
per key.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_KEYS = 400, 256 * 1024, 30
_IMPORT = lazy_compile(r"(?m)^[ \t]*import[ \t]+streamlit(?:[ \t]+as[ \t]+(\w+))?[ \t]*\r?$")


def streamlit_secret_reads(snap, entries, known: set[str]) -> list[list]:
    """``[key, [path, line, excerpt, "code"]]`` for each key a Streamlit app reads from ``st.secrets``."""
    out: dict[str, list] = {}
    files = sorted((e for e in entries if e.ext in ("py", "pyw") and 0 < e.size <= MAX_BYTES), key=lambda e: e.path)[:MAX_FILES]
    for e in files:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "secrets" not in text:
            continue
        aliases = {m.group(1) or "streamlit" for m in _IMPORT.finditer(text)}
        if not aliases:
            continue
        alt = "|".join(sorted(re.escape(a) for a in aliases))
        rx = re.compile(r"(?<![\w.])(?:" + alt + r")\.secrets(?:\[\s*['\"]([A-Za-z_][\w-]{0,60})['\"]\s*\]|\.get\(\s*['\"]([A-Za-z_][\w-]{0,60})['\"]"
                        r"|\.(?!get\b|keys\b|items\b|values\b|to_dict\b|load_if_toml_exists\b)([A-Za-z_]\w{0,60})\b)")
        for m in rx.finditer(text):
            key = m.group(1) or m.group(2) or m.group(3)
            if key in known or key in out:
                continue
            line = text.count("\n", 0, m.start()) + 1
            out[key] = [e.path, line, m.group(0)[:120], "code"]
            if len(out) >= MAX_KEYS:
                return [[k, h] for k, h in out.items()]
    return [[k, h] for k, h in out.items()]
