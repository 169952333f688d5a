"""The settings a Streamlit app reads from Streamlit's secrets store (issue 12, s41 fa41 = tovajav/gem_gam_sdd).

``st.secrets["GROQ_API_KEY"]``, ``st.secrets.get("DB_URL")``, ``st.secrets.db_password`` read a value from
``.streamlit/secrets.toml`` (or the deployment platform's secrets form), never from the code: Streamlit's own settings
mechanism, which also exposes each root key as an environment variable (docs.streamlit.io, "Secrets management", read 2026-12).
Each key is a setting of the project, as a ``getenv`` would be. A key of a section (``st.secrets["db"]["host"]``) is named
``db.host``; a section read whole by its section. Only in a file that imports Streamlit (its alias followed: ``import streamlit as
st``); Python's own ``secrets`` module (``secrets.token_hex``) is no read. The same store loaded by its path and indexed by key
(``secrets = toml.load("./.streamlit/secrets.toml")``, then ``secrets["myliaq"]["api_key"]``) is read the same way, Streamlit imported
or not (issue 12, s41 fo41 = SBVR-jeremy/sbvr_observatory_myliaq).

Bounded and deterministic: the project's Python files in path order, at most :data:`MAX_FILES` of :data:`MAX_BYTES`; the first read
per key.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_KEYS = 400, 256 * 1024, 30
_IMPORT = lazy_compile(r"(?m)^[ \t]*import[ \t]+streamlit(?:[ \t]+as[ \t]+(\w+))?[ \t]*\r?$")
# Streamlit's secrets file loaded by its path into a name (toml, tomllib or tomli; open()ed or not)
_LOADED = lazy_compile(r"""(?m)^[ \t]*([A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:toml|tomllib|tomli)\.load\([ \t]*(?:open\([ \t]*)?[rf]?['"]"""
                       r"""[^'"\n]{0,200}?\.streamlit/secrets\.toml['"]""")
_SECTION = lazy_compile(r"(?m)^[ \t]*\[[ \t]*([\w.-]+)[ \t]*\][ \t]*\r?$")


def toml_keys_named(names: set[str], text: str) -> set[str]:
    """The section keys (``myliaq.api_key``) a TOML template names: its ``[myliaq]`` table holding an ``api_key =`` line."""
    out: set[str] = set()
    heads = list(_SECTION.finditer(text))
    for i, h in enumerate(heads):
        body = text[h.end():heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        out |= {n for n in names if n.startswith(h.group(1) + ".")
                and re.search(rf"(?m)^[ \t]*#?[ \t]*{re.escape(n[len(h.group(1)) + 1:])}[ \t]*=", body)}
    return out


def streamlit_secret_reads(snap, entries, known: set[str]) -> list[list]:
    """``[key, [path, line, excerpt, "code"]]`` for each key a Streamlit app reads from ``st.secrets``."""
    out: dict[str, list] = {}
    files = sorted((e for e in entries if e.ext in ("py", "pyw") and 0 < e.size <= MAX_BYTES), key=lambda e: e.path)[:MAX_FILES]
    for e in files:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "secrets" not in text:
            continue
        aliases = {m.group(1) or "streamlit" for m in _IMPORT.finditer(text)}
        stores = {m.group(1) for m in _LOADED.finditer(text)}  # (secrets = toml.load("./.streamlit/secrets.toml"))
        if not aliases and not stores:
            continue
        heads = [r"(?:" + "|".join(sorted(re.escape(a) for a in aliases)) + r")\.secrets"] if aliases else []
        heads += [r"(?P<store>" + "|".join(re.escape(v) for v in sorted(stores)) + r")"] if stores else []
        rx = re.compile(r"(?<![\w.])(?:" + "|".join(heads) + r")(?:\[\s*['\"](?P<k1>[A-Za-z_][\w-]{0,60})['\"]\s*\](?:\s*\[\s*['\"](?P<k2>[A-Za-z_][\w-]{0,60})['\"]\s*\])?"
                        r"|\.get\(\s*['\"](?P<g>[A-Za-z_][\w-]{0,60})['\"]"
                        r"|\.(?!get\b|keys\b|items\b|values\b|to_dict\b|load_if_toml_exists\b)(?P<a>[A-Za-z_]\w{0,60})\b)")
        for m in rx.finditer(text):
            if stores and m.group("store") and not m.group("k1"):  # (a loaded dict: only its subscripts)
                continue
            key = f"{m['k1']}.{m['k2']}" if m["k2"] else (m["k1"] or m["g"] or m["a"])
            if key in known or key in out:
                continue
            line = text.count("\n", 0, m.start()) + 1
            out[key] = [e.path, line, m.group(0)[:120], "code"]
            if len(out) >= MAX_KEYS:
                return [[k, h] for k, h in out.items()]
    return [[k, h] for k, h in out.items()]
