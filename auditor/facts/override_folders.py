"""Folders of per-deployment variants that a build script chooses by a variable (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent:
``OVERRIDE_SRC="overrides/$OVERRIDE_NAME"`` in build.sh, overrides/ holding one folder per customer territory beside
overrides/default/): each variant is one territory's settings, picked at build time, not values hard-coded in the product.

A folder counts when a root build file (shell scripts at the root or one folder down, Makefile, Jenkinsfile, Dockerfile, the root
package.json or its template) names ``<folder>/$VAR`` (or ``${VAR}``), the folder holds at least :data:`MIN_VARIANTS` sub-folders
and one of them is the neutral base (``default``, ``base``, ``common``, ``generic``). The variants are every sub-folder but the
base. Read as text, never run; bounded: :data:`MAX_FILES` files of :data:`MAX_BYTES` each, in path order."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES = 20, 256 * 1024
MIN_VARIANTS = 3
BASE_NAMES = ("default", "base", "common", "generic")
_BUILD_FILE = lazy_compile(r"^(?:[^/]+/)?[^/]+\.(?:sh|bash)$|^(?:Makefile|Jenkinsfile|Dockerfile|package\.json(?:\.template|\.tpl|\.tmpl|\.in)?)$")
_CHOSEN = lazy_compile(r"(?<![\w/$.-])([A-Za-z_][\w.-]{0,60}(?:/[\w.-]{1,60}){0,2})/\$\{?[A-Za-z_]\w*\}?(?=[\"'/\s;)]|$)", re.M)


def chosen_variant_folders(paths, read) -> list[tuple[str, str, list[str]]]:
    """``(folder, build file naming it, variant sub-folders)`` for each folder of variants a build file chooses by a variable,
    sorted; ``read(path)`` gives a file's text (or None)."""
    subs: dict[str, set[str]] = {}
    for p in paths:
        segs = p.split("/")
        for k in range(1, min(len(segs) - 1, 3) + 1):
            subs.setdefault("/".join(segs[:k]), set()).add(segs[k])
    out: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(p for p in paths if _BUILD_FILE.match(p))[:MAX_FILES]:
        for m in _CHOSEN.finditer(read(path) or ""):
            folder = m.group(1).removeprefix("./")
            kids = subs.get(folder, set())
            base = [b for b in BASE_NAMES if b in kids]
            if folder not in out and len(kids) >= MIN_VARIANTS and base:
                out[folder] = (path, sorted(kids - set(base)))
    return [(f, out[f][0], out[f][1]) for f in sorted(out)]


@fact("override_folders", version=1, public=False)
def override_folders(ctx) -> list[dict]:
    """The folders of per-deployment variants a build script chooses (:func:`chosen_variant_folders`): ``[{"folder", "file",
    "variants"}]``."""
    snap = ctx.snapshot
    paths = sorted(p for p, e in snap.files.items() if e.kind in ("file", "executable"))
    return [{"folder": f, "file": by, "variants": v}
            for f, by, v in chosen_variant_folders(paths, lambda p: snap.read_text(p, limit=MAX_BYTES))]
