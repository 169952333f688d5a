"""The JavaScript the Elm compiler wrote from a repository's own Elm sources, told by its first bytes (nothing is run).

Elm is compiled to one JavaScript file per program (``elm-make src/Main.elm --output js/main.js``, ``elm make``): a site
written in Elm commits its pages' sources (``src/Agriculture.elm``) and, to be served as they are, their compiled scripts
(``js/agriculture.js``, often minified, one long line). Those scripts are the project's build output, not libraries copied in:
Elm's packages are distributed as Elm sources (``elm-stuff/``, the package cache, is vendored by the inventory), never as
JavaScript one copies. Each compiler release opens its output the same way:

- Elm 0.15 and 0.16: the global runtime object, ``var Elm = Elm || { Native: {} };`` (kept by a minifier:
  ``var Elm=Elm||{Native:{}};``);
- Elm 0.17 and 0.18: ``(function() {`` ``'use strict';`` then the runtime's ``function F2(fun)``;
- Elm 0.19: ``(function(scope){`` ``'use strict';`` then ``function F(arity, fun, wrapper) {``.

Only in a repository holding Elm sources of its own (a ``.elm`` file outside third-party folders): without them, a compiled
Elm program is someone else's. Bounded: at most :data:`MAX_PROBES` scripts, :data:`HEAD_BYTES` each, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 400
HEAD_BYTES = 256
_ELM_OUTPUT = lazy_compile(r"\A\s*(?:var[ \t]+Elm[ \t]*=[ \t]*Elm[ \t]*\|\|[ \t]*\{[ \t]*Native[ \t]*:[ \t]*\{[ \t]*\}[ \t]*\}"
                           r"|\([ \t]*function[ \t]*\([ \t]*(?:scope)?[ \t]*\)[ \t]*\{\s*(['\"])use strict\1;?\s*"
                           r"function[ \t]+F2?[ \t]*\()")
_SKIP = {"test", "documentation", "lockfile", "build"}


def is_elm_output(head: str) -> bool:
    """Whether a script's first bytes are the Elm compiler's output (any release from 0.15 to 0.19)."""
    return bool(_ELM_OUTPUT.match(head))


def elm_outputs(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for the scripts the Elm compiler wrote, when the repository holds Elm sources of its own. ``items``
    are the inventory's items outside third-party folders (the caller leaves out node_modules/, elm-stuff/…)."""
    if not any(i.path.endswith(".elm") and i.category == "source" for i in items):
        return {}
    scripts = sorted(i.path for i in items if i.path.lower().endswith(".js") and i.category not in _SKIP)[:MAX_PROBES]
    out: dict[str, str] = {}
    for path in scripts:
        head = (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        if is_elm_output(head):
            out[path] = "build"
    return out
