"""Bundles a repository's own build script writes by joining the project's sources into one file (a Python script
``python/minified.py`` naming ``js/src/helpers.js``, ``js/src/config.js``… and ``js/metadata.js``, ``js/metadata.min.js``): the
joined file and its minified twin are build output, not a second copy of the project's code to measure. Read as text,
nothing is run.

A script is read when its name says it builds (build, minify, concat, bundle, compile, combine, pack, merge, dist, release;
Gruntfile, gulpfile, Makefile), at most :data:`MAX_SCRIPTS` of them, 64 KB each. The paths it quotes that are committed
files are grouped by extension (.js, .css): the sources are the folder naming at least two of them; a named file outside that
folder is the bundle when its size is at least half the named sources' (a concatenation holds them all: a library's copy
named beside them, lib/jquery.min.js, is far smaller) and no more than three times it; a minified twin of it (``x.min.js``)
named or committed beside it is the build's too."""

from __future__ import annotations

import itertools
import re

from auditor.lazyre import lazy_compile

MAX_SCRIPTS = 20
SCRIPT_BYTES = 64 * 1024
_SCRIPT_EXT = ("py", "sh", "bash", "js", "mjs", "cjs", "rb", "pl", "php", "bat", "cmd", "ps1")
_BUILDER = lazy_compile(r"build|minif|uglif|concat|bundle|compil|combin|pack|merge|dist|release|^gruntfile|^gulpfile|^makefile$|^make\b", re.I)
_QUOTED = lazy_compile(r"""['"]\.?/?([\w@.-]{1,80}(?:/[\w@.-]{1,80}){0,8}\.(?:js|css))['"]""")
_BUNDLED_EXT = ("js", "css")
# a line that gives the build a file to read: a bundler's entry (Webpack Encore's .addEntry('app', './assets/app.js'), webpack's entry:,
# Rollup's input:), a gulp.src(), a require or an import; the files quoted there are sources, never the bundle (issue 12, s20)
_READS = lazy_compile(r"\b(?:add(?:Style)?Entry|createSharedEntry|entry|entries|input|src|require|import)\b", re.I)
_STRINGS = lazy_compile(r"""'[^'\n]*'|"[^"\n]*"|`[^`\n]*`""")


# a list written over several lines ("var pluginsJsFiles = [\n 'vendors/…/leaflet.markercluster-src.js',\n …];" then
# gulp.src(pluginsJsFiles); gulp.src([\n 'js/a.js',\n …])): its files are read when the list opens on a reading line or its
# variable is given to one (issue 12, s35 e35: a copied plugin listed among a gulpfile's inputs is no bundle)
_LIST = lazy_compile(r"""(?:\b(?:var|let|const)[ \t]+(\w+)[ \t]*=[ \t]*)?\[([^\[\]]{1,8000})\]""")


def _read_files(text: str) -> set[str]:
    """The files a build script's lines name for reading (see :data:`_READS`), and those of a list given to such a line."""
    read = {m.group(1) for line in text.splitlines() if _READS.search(_STRINGS.sub("", line)) for m in _QUOTED.finditer(line)}
    reading = [_STRINGS.sub("", line) for line in text.splitlines() if _READS.search(_STRINGS.sub("", line))]
    for m in itertools.islice(_LIST.finditer(text), 200):
        opened = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        if _READS.search(_STRINGS.sub("", opened)) or (m.group(1) and any(re.search(rf"\b{m.group(1)}\b", line) for line in reading)):
            read |= {q.group(1) for q in _QUOTED.finditer(m.group(2))}
    return read


def _minified_twin(path: str) -> str:
    stem, _, ext = path.rpartition(".")
    return f"{stem}.min.{ext}"


def script_bundles(snap, entries) -> list[tuple[str, str, list[str]]]:
    """``(script, bundle, [its minified twin])`` for each bundle a build script of the repository writes from the project's
    sources, in script then bundle order."""
    sizes = {e.path: e.size for e in entries}
    scripts = sorted(p for p in sizes if p.rsplit(".", 1)[-1].lower() in _SCRIPT_EXT + ("",) or "." not in p.rsplit("/", 1)[-1])
    scripts = [p for p in scripts if _BUILDER.search(p.rsplit("/", 1)[-1]) and sizes[p] <= SCRIPT_BYTES
               and not any(d in ("node_modules", "vendor", "lib", "libs") for d in p.split("/")[:-1])][:MAX_SCRIPTS]
    out: list[tuple[str, str, list[str]]] = []
    seen: set[str] = set()
    for script in scripts:
        text = snap.read_text(script, limit=SCRIPT_BYTES) or ""
        named = sorted({m.group(1) for m in _QUOTED.finditer(text)} & set(sizes))
        read = _read_files(text)
        for ext in _BUNDLED_EXT:
            files = [p for p in named if p.endswith("." + ext) and not p.endswith(".min." + ext)]
            folders: dict[str, list[str]] = {}
            for p in files:
                folders.setdefault(p.rpartition("/")[0], []).append(p)
            if not folders:
                continue
            src_dir, sources = max(sorted(folders.items()), key=lambda kv: len(kv[1]))
            if len(sources) < 2:
                continue
            total = sum(sizes[p] for p in sources)
            for p in files:
                if p.rpartition("/")[0] == src_dir or p in seen or p in read or not (total / 2 <= sizes[p] <= total * 3):
                    continue
                twin = _minified_twin(p)
                out.append((script, p, [twin] if twin in sizes else []))
                seen.add(p)
    return out


def bundled_paths(snap, entries) -> dict[str, str]:
    """``{path: "build"}`` for the bundles and their minified twins (see :func:`script_bundles`)."""
    return {p: "build" for _, bundle, twins in script_bundles(snap, entries) for p in [bundle, *twins]}
