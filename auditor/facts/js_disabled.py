"""``disabled_modules``: the project's JavaScript modules the code stopped loading — every ``require``/``import`` naming one sits in a
comment (``//const recast = require('./botlogic/recast.js');``, ArnaudFavier/Chatbot-GrandLyon's chatbot once on Recast.AI, now on
API.AI), no live line names it, and no manifest or page loads it by its file name. Such a module is left code: the packages only it
requires are not used (``unimported_packages``), the service it calls is no dependency (``vendor_lockin``).

Decided only on positive evidence, conservatively: at least one commented reference resolving to the module (by its path, or, when
the written path leads nowhere, by a file name no other module shares), and no live reference to it by path or by name. A module
no one names (an entry point, a script run by hand) is never disabled. Bounded: the first MAX_FILES own scripts in path order,
MAX_BYTES each, and the first MAX_PAGES manifests and pages.

Value: ``{"modules": [paths], "read": n}``."""

from __future__ import annotations

import posixpath
import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_PAGES = 400, 256 * 1024, 200
_SCRIPT_EXT = ("js", "mjs", "cjs", "jsx", "ts", "tsx")
_OTHER_CATEGORIES = ("vendored", "generated", "build", "documentation", "lockfile", "data", "asset")
# a relative module path required or imported (require('./x'), import x from '../x', import('./x'), export … from './x')
_REFERENCE = lazy_compile(r"""\brequire\s*\(\s*(['"])(\.{1,2}/[^'"\n]{1,300})\1|\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}/[^'"\n]{1,300})\3""")
# a block comment opened at the start of a line (its `/*` alone before it: no string's "src/**/*.js")
_BLOCK = lazy_compile(r"^[ \t]*/\*(?:(?!/\*).)*?\*/", re.M | re.S)  # (tempered by its opener: linear on a file of bare "/*")


def _commented(text: str, start: int, blocks: list[tuple[int, int]]) -> bool:
    line = text[text.rfind("\n", 0, start) + 1: start].lstrip()
    return line.startswith(("//", "*")) or any(a <= start < b for a, b in blocks)


def _resolve(referrer: str, ref: str, modules: set[str]) -> str | None:
    base = posixpath.normpath(posixpath.join(posixpath.dirname(referrer), ref))
    for cand in (base, *(f"{base}.{e}" for e in _SCRIPT_EXT), *(f"{base}/index.{e}" for e in _SCRIPT_EXT)):
        if cand in modules:
            return cand
    return None


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if name.rsplit(".", 1)[-1] in _SCRIPT_EXT else name


@fact("disabled_modules", version=1, public=False)
def disabled_modules(ctx) -> dict:
    inv = inventory_of(ctx)
    own = [i.path for i in inv.items if i.category not in _OTHER_CATEGORIES]
    scripts = sorted(p for p in own if p.rsplit(".", 1)[-1].lower() in _SCRIPT_EXT)
    if not scripts or len(scripts) > MAX_FILES:
        return {"modules": [], "read": 0}  # (too many to read them all: a reference unread may be live)
    modules = set(scripts)
    by_stem: dict[str, list[str]] = {}
    for p in scripts:
        by_stem.setdefault(_stem(p), []).append(p)
    live: set[str] = set()
    live_stems: set[str] = set()
    commented: set[str] = set()
    for p in scripts:
        text = ctx.snapshot.read_text(p, limit=MAX_BYTES) or ""
        if "require" not in text and "import" not in text and "from" not in text:
            continue
        blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text)] if "/*" in text else []
        for m in _REFERENCE.finditer(text):
            ref = m.group(2) or m.group(4)
            target = _resolve(p, ref, modules)
            stem = _stem(ref.rstrip("/"))
            if target is None and len(by_stem.get(stem, ())) == 1 and stem != "index":
                target = by_stem[stem][0]  # (a path that leads nowhere, written before a move: the one module of that name)
            if _commented(text, m.start(), blocks):
                if target:
                    commented.add(target)
            elif target:
                live.add(target)
            else:
                live_stems.add(stem)
    candidates = sorted(t for t in commented - live if _stem(t) not in live_stems)
    if candidates:  # (a manifest's main or scripts, a page's <script src>: loaded by its file name)
        names = {t: t.rsplit("/", 1)[-1] for t in candidates}
        pages = sorted(p for p in own if p.rsplit("/", 1)[-1] in ("package.json", "Procfile") or p.rsplit(".", 1)[-1].lower() in ("html", "htm"))
        for page in pages[:MAX_PAGES]:
            text = ctx.snapshot.read_text(page, limit=MAX_BYTES) or ""
            candidates = [t for t in candidates if names[t] not in text]
            if not candidates:
                break
    return {"modules": candidates, "read": len(scripts)}


def disabled(ctx) -> frozenset[str]:
    """The paths of the project's disabled modules (see the module's docstring)."""
    return frozenset((ctx.fact("disabled_modules") or {}).get("modules") or [])
