"""Hugo's resource cache committed in a Hugo site: ``resources/_gen/`` beside the site's configuration, where ``hugo`` writes what
its asset pipeline makes (``assets/``: the stylesheets compiled from Sass, with their ``.content`` and ``.json`` files; ``images/``:
the resized pictures). Hugo rebuilds it on every build, so it is build output, with one documented exception: a site may commit
the compiled stylesheets so that a Hugo without Sass (not the "extended" edition) can still build it. So the compiled assets are
taken as build output only when the site's own build says it runs the extended edition (a CI workflow's ``extended: true``,
``hugo_extended``, ``hugo-extended``, ``HUGO_EXTENDED``); the resized images always are. A theme's own cache (``themes/<name>/``)
is the theme author's, left as it is. Paths and at most :data:`MAX_CI` CI files of :data:`CI_BYTES` bytes are read, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_CI, CI_BYTES = 10, 256 * 1024
_CONFIG = lazy_compile(r"^(?:hugo|config)\.(?:toml|ya?ml|json)$")
_CI = lazy_compile(r"^(?:\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|netlify\.toml|\.forgejo/workflows/[^/]+\.ya?ml|\.woodpecker\.ya?ml)$")
_EXTENDED = lazy_compile(r"\bextended\s*:\s*['\"]?true\b|\bhugo[_-]extended\b|\bHUGO_EXTENDED\b", re.I)


def hugo_sites(paths: list[str]) -> list[str]:
    """The folders ("" for the root, else ending in "/") holding a Hugo site's configuration beside its content/ or layouts/,
    outside themes/, sorted."""
    dirs = set()
    for p in paths:
        d, _, name = p.rpartition("/")
        d = d + "/" if d else ""
        if _CONFIG.match(name) and "/themes/" not in "/" + d and d.count("/") <= 2:
            dirs.add(d)
    return sorted(d for d in dirs if any(p.startswith((d + "content/", d + "layouts/")) for p in paths))


def hugo_caches(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for the files of a Hugo site's committed resources/_gen/ that its build rewrites (see the module)."""
    paths = sorted(i.path for i in items)
    sites = [s for s in hugo_sites(paths) if any(p.startswith(s + "resources/_gen/") for p in paths)]
    if not sites:
        return {}
    ci = [p for p in sorted(snap.files) if _CI.match(p)][:MAX_CI]
    extended = any(_EXTENDED.search(snap.read_text(p, limit=CI_BYTES) or "") for p in ci)
    out = {}
    for s in sites:
        gen = s + "resources/_gen/"
        for p in paths:
            if p.startswith(gen) and (extended or p.startswith(gen + "images/")):
                out[p] = "build"
    return out
