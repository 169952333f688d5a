"""A ``dist/`` folder written by people: packaging sources kept under that name (a Maven module building the distribution, with its
pom.xml, its assembly descriptors and its install scripts; a Docker image's context with its Dockerfile and entrypoint), not what a
build wrote. Told by content: the folder holds a build manifest, a container recipe or a script, and no file a build writes (no
script bundle, stylesheet, source map, page, compiled class, archive or library, nothing minified). Paths only: nothing is read."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_BUILT_EXT = {"js", "mjs", "cjs", "css", "map", "html", "htm", "class", "jar", "war", "ear", "o", "so", "dll", "exe", "pyc", "whl",
              "egg", "a", "dylib", "zip", "tgz", "gz", "tar", "deb", "rpm", "wasm", "apk"}
_BY_PEOPLE = lazy_compile(r"^(?:pom\.xml|build\.gradle(?:\.kts)?|build\.xml|Makefile|(?:Dockerfile|Containerfile)(?:[.-][\w.-]*)?|[\w.-]+\.(?:sh|bat|cmd|ps1))$")
_MINIFIED = lazy_compile(r"[.-]min\.\w+$|[.-][0-9a-f]{8,}\.\w+$", re.I)


def _dist_folder(path: str) -> str | None:
    segs = path.split("/")[:-1]
    return "/".join(segs[: segs.index("dist") + 1]) if "dist" in segs else None


def hand_written_dists(paths: list[str]) -> list[str]:
    """The dist/ folders (their paths, sorted) that hold packaging sources and nothing a build writes (see the module)."""
    folders: dict[str, list[str]] = {}
    for p in paths:
        if (d := _dist_folder(p)) is not None:
            folders.setdefault(d, []).append(p.rsplit("/", 1)[-1])
    return sorted(d for d, names in folders.items()
                  if any(_BY_PEOPLE.match(n) for n in names)
                  and not any((n.rsplit(".", 1)[-1].lower() if "." in n else "") in _BUILT_EXT or _MINIFIED.search(n) for n in names))


def outside(path: str, folder: str) -> str:
    """``path`` as if its dist/ ``folder`` were not a build's folder (the segment left out), to classify it as its kind of file."""
    head = folder[: -len("dist")].rstrip("/")
    rest = path[len(folder) + 1:]
    return f"{head}/{rest}" if head else rest
