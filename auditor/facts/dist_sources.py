"""A ``dist/`` folder written by people: packaging sources kept under that name (a Maven module building the distribution, with its
pom.xml, its assembly descriptors and its install scripts; a Docker image's context with its Dockerfile and entrypoint), not what a
build wrote. Told by content: the folder holds a build manifest, a container recipe, a script or a stylesheet preprocessor's
sources (Sass, Less: a theme's dist/scss/), and no file a build writes (no
script bundle, stylesheet, source map, page, compiled class, archive or library, nothing minified). Paths only: nothing is read."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_BUILT_EXT = {"js", "mjs", "cjs", "css", "map", "html", "htm", "class", "jar", "war", "ear", "o", "so", "dll", "exe", "pyc", "whl",
              "egg", "a", "dylib", "zip", "tgz", "gz", "tar", "deb", "rpm", "wasm", "apk"}
_BY_PEOPLE = lazy_compile(r"^(?:pom\.xml|build\.gradle(?:\.kts)?|build\.xml|Makefile|(?:Dockerfile|Containerfile)(?:[.-][\w.-]*)?|[\w.-]+\.(?:sh|bat|cmd|ps1))$")
_MINIFIED = lazy_compile(r"[.-]min\.\w+$|[.-][0-9a-f]{8,}\.\w+$", re.I)
# a stylesheet preprocessor's sources (Sass, Less, Stylus): what a build reads, never what it writes (a commune's WordPress theme
# keeping its dist/scss/ partials, compiled to css/main.css whose source map names them, issue 12, s35 d35)
_STYLE_SOURCE_EXT = {"scss", "sass", "less", "styl"}


def dist_folder(path: str) -> str | None:
    segs = path.split("/")[:-1]
    return "/".join(segs[: segs.index("dist") + 1]) if "dist" in segs else None


def hand_written_dists(paths: list[str]) -> list[str]:
    """The dist/ folders (their paths, sorted) that hold packaging sources and nothing a build writes (see the module)."""
    folders: dict[str, list[str]] = {}
    for p in paths:
        if (d := dist_folder(p)) is not None:
            folders.setdefault(d, []).append(p.rsplit("/", 1)[-1])
    return sorted(d for d, names in folders.items()
                  if any(_BY_PEOPLE.match(n) or (n.rsplit(".", 1)[-1].lower() if "." in n else "") in _STYLE_SOURCE_EXT for n in names)
                  and not any((n.rsplit(".", 1)[-1].lower() if "." in n else "") in _BUILT_EXT or _MINIFIED.search(n) for n in names))


def outside(path: str, folder: str) -> str:
    """``path`` as if its dist/ ``folder`` were not a build's folder (the segment left out), to classify it as its kind of file."""
    head = folder[: -len("dist")].rstrip("/")
    rest = path[len(folder) + 1:]
    return f"{head}/{rest}" if head else rest


# A .gitignore line naming one file by its path (npm/react/dist/index.js), no wildcard: the authors chose, file by file, what of
# that folder stays out of the repository
_NAMED_LINE = lazy_compile(r"^/?([^\s*?\[\]!#][^*?\[\]]*/[^/*?\[\]]+)$")


def kept_declarations(snap, paths: list[str]) -> list[str]:
    """The TypeScript declaration files (``*.d.ts``) committed in a dist/ folder whose other files a .gitignore ignores by name
    (issue 12, s26 o4: npm/react/dist/index.d.ts, the hand-maintained types of an npm wrapper whose bundle, dist/index.js, the
    root .gitignore ignores): the authors keep that one file on purpose and edit it with the features, nothing built it. Only a
    folder whose committed files are all declarations (a build that wrote them would have written its bundle there too)."""
    folders: dict[str, list[str]] = {}
    for p in paths:
        if (d := dist_folder(p)) is not None:
            folders.setdefault(d, []).append(p)
    kept = {d: ps for d, ps in folders.items() if all(p.endswith(".d.ts") for p in ps)}
    if not kept:
        return []
    named: set[str] = set()  # the folders of the files the .gitignore files name one by one
    for g in sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == ".gitignore")[:20]:
        base = g.rsplit("/", 1)[0] + "/" if "/" in g else ""
        for line in (snap.read_text(g, limit=64 * 1024) or "").splitlines():
            if (m := _NAMED_LINE.match(line.strip())):
                named.add((base + m.group(1)).rsplit("/", 1)[0])
    return sorted(p for d, ps in kept.items() if d in named for p in ps)
