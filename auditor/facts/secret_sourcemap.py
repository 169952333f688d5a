"""Secrets in committed JavaScript source maps (``*.js.map``), read through the sources they embed.

A front-end build (Create React App, Vite, webpack) writes, beside each bundle, a source map whose ``sourcesContent`` holds the
full text of every source file bundled: a configuration module the ``.gitignore`` keeps out of the repository
(``src/config/….js`` with an API key, an OAuth client, the admin passwords) is published all the same when the built site is
committed (a ``docs/`` folder served by the forge's pages). detect-secrets never reads it (a build's file, one line of JSON).

The map is parsed as JSON (:mod:`auditor.safejson`, bounded by size and depth), never run. Only the project's own sources are
read: a source under ``node_modules/`` or the bundler's own runtime (``webpack/bootstrap``, ``../webpack/…``, ``vite/…``) is
third-party code. Each is scanned as a file of its own name (its extension choosing detect-secrets' filters), in the map's order,
at most :data:`MAX_SOURCES` sources of at most :data:`MAX_SOURCE_BYTES` each; bounded by counts and sizes, never by time.
"""

from __future__ import annotations

import re

from auditor import safejson

MAX_MAP_FILES = 50
MAX_MAP_TOTAL_BYTES = 32 * 1024 * 1024
MAX_MAP_BYTES = 8 * 1024 * 1024
MAX_SOURCES = 500
MAX_SOURCE_BYTES = 256 * 1024

_MAP = re.compile(r"\.(js|mjs|cjs|jsx|ts)\.map$", re.IGNORECASE)
_THIRD_PARTY = re.compile(r"(^|/)(node_modules|bower_components|webpack|vite|\(webpack\)|rollup|parcel)(/|$)|^webpack:///?(webpack|\(webpack\))/",
                          re.IGNORECASE)


def is_source_map(path: str) -> bool:
    """A JavaScript bundle's source map (``main.1a2b3c.js.map``); a stylesheet's (``.css.map``) embeds styles, no settings."""
    return bool(_MAP.search(path))


def own_name(source: str) -> str:
    """A source's name as the bundler wrote it, its ``webpack://<project>/`` or ``./`` prefix dropped."""
    name = source.strip()
    scheme = re.match(r"^[a-z-]+://", name, re.IGNORECASE)
    if scheme:  # webpack://<project>/./src/x.js, webpack:///src/x.js
        name = name[scheme.end():]
        name = name[1:] if name.startswith("/") else name.split("/", 1)[-1]
    while name.startswith(("./", "../")):
        name = name.split("/", 1)[1]
    return name or "source"


def embedded_sources(data: bytes) -> list[tuple[str, str]]:
    """The project's own sources a source map embeds, as (name, text), in the map's order, bounded; [] when the map is not a
    source map with ``sourcesContent``."""
    try:
        doc = safejson.loads(data, max_bytes=MAX_MAP_BYTES)
    except Exception:  # noqa: BLE001 - not JSON, too deep or too large: no source read
        return []
    if not isinstance(doc, dict):
        return []
    sources, contents = doc.get("sources"), doc.get("sourcesContent")
    if not isinstance(sources, list) or not isinstance(contents, list):
        return []
    out: list[tuple[str, str]] = []
    for source, text in zip(sources, contents):
        if len(out) >= MAX_SOURCES:
            break
        if not isinstance(source, str) or not isinstance(text, str) or not text.strip() or _THIRD_PARTY.search(source):
            continue
        if source.startswith("../") and "/src/" not in source:  # (outside the project's folder: the bundler's own files)
            continue
        out.append((own_name(source), text[:MAX_SOURCE_BYTES]))
    return out
