"""The project's own bundles, committed beside the sources they are built from: files named after the project that a bundler
wrote (``js/intranetagglo.js`` and ``css/intranetagglo.css``, the vue-cli output of a Nextcloud app's ``src/``) or that
concatenate its sources (``mdjs.js`` holding ``src/Metadata.js``, ``src/XmlDoc.js``… and its minified ``mdjs.min.js``).

They are neither a library copied in (no one else's name) nor the project's code to measure (each function would be counted
twice, once in ``src/`` and once in the bundle): build output. A file named after the project is one of them only when the
project has sources of its own elsewhere, and when it is minified or bundled (a long first line, a bundler's runtime) or holds the
text of at least :data:`MIN_SOURCES` of those sources; a one-file library named after the project (``mdjs.js`` alone) stays its
code. A minified script of any name opening on the definition of a global named after the project (``scripts/main.js``:
``window.atlaas={Models:{},Collections:{},Views:{},…,CONFIG:{…}}`` in a site's gh-pages branch) is its application minified by its
build, even with no sources beside it (they live on another branch): no library copied in. Bounded: at most :data:`MAX_CANDIDATES`
candidates and :data:`MAX_SOURCES` sources read, in path order.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

MAX_CANDIDATES = 20
MAX_SOURCES = 20
MIN_SOURCES = 2
MIN_NAME = 4
READ_LIMIT = 2 * 1024 * 1024
SLICE = 200
_OUTPUT_EXT = ("js", "mjs", "css")
_SOURCE_EXT = ("js", "mjs", "ts", "vue", "jsx", "tsx", "svelte")
_THIRD_PARTY = {"node_modules", "vendor", "vendors", "bower_components", "third_party", "third-party", "lib", "libs", "external"}
_APP_ID = lazy_compile(r"<id>\s*([\w.-]{2,80})\s*</id>")
_MIN_SUFFIX = lazy_compile(r"[.-]min$", re.I)


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def project_names(snap, readme_title: str, names: tuple[str, ...]) -> set[str]:
    """The project's names, squeezed, of at least :data:`MIN_NAME` characters: its README's title, its root package.json's name
    (without a scope), a Nextcloud app's id (appinfo/info.xml), the repository's name."""
    out = {readme_title, *(_squeeze(n.rsplit("/", 1)[-1]) for n in names)}
    files = snap.files
    if "package.json" in files:
        try:
            name = safejson.loads(snap.read_text("package.json", limit=256 * 1024) or "{}").get("name")
        except (ValueError, AttributeError):
            name = None
        if isinstance(name, str):
            out.add(_squeeze(name.rsplit("/", 1)[-1]))
    if "appinfo/info.xml" in files:
        m = _APP_ID.search(snap.read_text("appinfo/info.xml", limit=64 * 1024) or "")
        if m:
            out.add(_squeeze(m.group(1)))
    return {n for n in out if len(n) >= MIN_NAME}


def _bundled(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    return len(first) > 1000 or bool(re.match(r"\(function\(\w+\)\{var \w+=\{\};function \w+\(\w+\)\{", text.lstrip()[:200]))


# a bundler's runtime in a file's first lines (webpack 4's "/******/ (function(modules) { // webpackBootstrap")
_RUNTIME_HEAD = lazy_compile(r"webpackBootstrap|__webpack_require__|^[^\S\n]*\(self\.webpackChunk", re.M)
MAX_OWN_SOURCES, SOURCE_LIMIT, MIN_OWN_LINES, MAX_HEAD_READS = 60, 64 * 1024, 5, 400


def _distinct_lines(text: str) -> set[str]:
    """The lines of a source that a compiler keeps as written (a comment, a call with its strings): 30 to 200 characters, stripped."""
    return {t for line in text.splitlines()[:3000] if 30 <= len(t := line.strip()) <= 200
            and not t.startswith(("import ", "export ", "from ", "require(")) and sum(c.isalpha() for c in t) >= 20}


def _runtime_bundles_of_own_code(snap, candidates: list[str], sources: list[str]) -> set[str]:
    """The bundles among ``candidates`` (a bundler's runtime in their head) holding at least :data:`MIN_OWN_LINES` lines of the
    project's own sources (the first :data:`MAX_OWN_SOURCES`, in path order; at most :data:`MAX_HEAD_READS` heads read): TypeScript compiled by webpack keeps the comments and
    most statements of app.ts and its modules. A library's bundle copied in holds none of them."""
    heads = [p for p in candidates[:MAX_HEAD_READS] if _RUNTIME_HEAD.search((snap.read_bytes(p, limit=READ_LIMIT) or b"")[:4096].decode("utf-8", "replace"))][:MAX_CANDIDATES]
    if not heads:
        return set()
    own: set[str] = set()
    for s in sources[:MAX_OWN_SOURCES]:
        own |= _distinct_lines((snap.read_bytes(s, limit=READ_LIMIT) or b"")[:SOURCE_LIMIT].decode("utf-8", "replace"))
    out = set()
    for p in heads:
        lines = {t.strip() for t in (snap.read_bytes(p, limit=READ_LIMIT) or b"").decode("utf-8", "replace").splitlines()}
        if len(own & lines) >= MIN_OWN_LINES:
            out.add(p)
    return out


# a quoted name in a bundle ("collaborativewall") and a class's dotted name (net.atos.entng.collaborativewall.controllers.WallController)
_QUOTED_NAME = lazy_compile(r"""["']([A-Za-z][\w-]{3,60})["']""")
_DOTTED_CLASS = lazy_compile(r"\b((?:[a-z][a-z0-9_]*\.){2,12}[A-Z]\w{2,80})\b")
_CLASS_EXT = (".java", ".kt", ".groovy", ".scala")


def bundles_naming_the_project(snap, items: list, names: set[str], known_file) -> set[str]:
    """The scripts the inventory took for copied libraries (``items``: its (path, category)) that are bundles of the project's own
    code naming the project (see :func:`_bundles_naming_the_project`): the inventory calls them generated (no library, no build
    output beside its sources either: their source is not committed)."""
    if not names:
        return set()
    unnamed = [i.path for i in items if i.category == "vendored" and i.path.rsplit(".", 1)[-1].lower() in ("js", "mjs")
               and not {s.lower() for s in i.path.split("/")[:-1]} & _THIRD_PARTY and not known_file.match(i.path.rsplit("/", 1)[-1])]
    return _bundles_naming_the_project(snap, unnamed, names, {i.path for i in items if i.category == "source"}) if unnamed else set()


def _bundles_naming_the_project(snap, candidates: list[str], names: set[str], paths: set[str]) -> set[str]:
    """The bundles among ``candidates`` (a bundler's runtime in their head) that name the project itself: a quoted string that is
    one of its ``names`` (an ENT module's behaviours.js, ``Behaviours.register("collaborativewall", …)``) or the dotted name of a
    class of its own, whose source is among ``paths`` (the rights of net.atos.entng.collaborativewall.controllers.
    CollaborativeWallController): its own code built, its TypeScript source no longer committed, no library copied in (issue 12,
    s47 fh47 = OPEN-ENT-NG/collaborative-wall). At most :data:`MAX_HEAD_READS` heads and :data:`MAX_CANDIDATES` bundles read."""
    heads = [p for p in candidates[:MAX_HEAD_READS] if _RUNTIME_HEAD.search((snap.read_bytes(p, limit=READ_LIMIT) or b"")[:4096].decode("utf-8", "replace"))][:MAX_CANDIDATES]
    if not heads:
        return set()
    tails = set()  # (each class's path by its last 3 segments or more: net/atos/…/CollaborativeWallController, as a dotted name gives it)
    for c in sorted(p.rsplit(".", 1)[0] for p in paths if p.endswith(_CLASS_EXT))[:5000]:
        segs = c.split("/")
        tails.update("/".join(segs[-k:]) for k in range(3, min(len(segs), 13) + 1))
    out = set()
    for p in heads:
        text = (snap.read_bytes(p, limit=READ_LIMIT) or b"").decode("utf-8", "replace")
        if any(_squeeze(m.group(1)) in names and m.group(1).lower() == _squeeze(m.group(1)) for m in _QUOTED_NAME.finditer(text)):
            out.add(p)
        elif tails and any(m.group(1).replace(".", "/") in tails for m in _DOTTED_CLASS.finditer(text)):
            out.add(p)
    return out


# the first statement of a script defining a global (window.atlaas={…}, var atlaas=…), after a directive
_GLOBAL_HEAD = lazy_compile(r"""\A\ufeff?\s*(?:(?:["']use strict["'])\s*;?\s*)?(?:window\.|self\.|var\s+|let\s+|const\s+)?([A-Za-z_$][\w$]{3,60})\s*=[^=]""")


def _namespace_bundles(snap, paths: list[str], names: set[str]) -> set[str]:
    """The minified scripts among ``paths`` (a first line over 1000 characters) whose first statement defines a global named after
    the project (see the module's docstring); at most :data:`MAX_CANDIDATES` heads read, in path order."""
    out = set()
    for path in paths[:MAX_CANDIDATES]:
        head = (snap.read_bytes(path, limit=READ_LIMIT) or b"")[:4096].decode("utf-8", "replace")
        m = _GLOBAL_HEAD.match(head)
        if m and _squeeze(m.group(1)) in names and _bundled(head):
            out.add(path)
    return out


# a file's leading comments: /* … */ blocks and runs of // lines, before its first statement
_LEADING_COMMENT = lazy_compile(r"\A\ufeff?(?:\s*/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|\s*//[^\n]*)+")


def own_bundles(snap, items: list, names: set[str], known_file) -> set[str]:
    """The paths of the project's own bundles (see the module's docstring). ``items``: the inventory's (path, category);
    ``names``: :func:`project_names`; ``known_file``: the pattern of well-known libraries' file names (never the project's)."""
    if not names:
        return set()
    candidates: list[str] = []
    unnamed: list[str] = []  # (a bundler's output of another name: an ENT module's public/js/application.js, behaviours.js)
    for i in items:
        if i.category not in ("source", "vendored") or i.path.rsplit(".", 1)[-1].lower() not in _OUTPUT_EXT:
            continue
        segs = i.path.split("/")
        if {s.lower() for s in segs[:-1]} & _THIRD_PARTY or known_file.match(segs[-1]):
            continue
        stem = _squeeze(_MIN_SUFFIX.sub("", segs[-1].rsplit(".", 1)[0]))
        if any(stem.startswith(n) for n in names):
            candidates.append(i.path)
        elif i.category == "vendored" and i.path.rsplit(".", 1)[-1].lower() in ("js", "mjs") and not _MIN_SUFFIX.search(segs[-1].rsplit(".", 1)[0]):
            unnamed.append(i.path)
    minified_own = _namespace_bundles(snap, unnamed, names)  # (whether or not the project has sources beside it)
    if not candidates and not unnamed:
        return set()
    chosen = set(candidates[:MAX_CANDIDATES])
    sources = [i.path for i in items if i.category == "source" and i.path not in chosen
               and i.path.rsplit(".", 1)[-1].lower() in _SOURCE_EXT][:MAX_SOURCES]
    # (the readable file a minified candidate is built from, beside it, is a source of the project's own too: a WordPress plugin's
    # admin/js/<name>-admin.js beside <name>-admin.min.js, with no other script of its own once the copied plugins are told apart)
    paths = {i.path: i.category for i in items}
    twins = [t for p in chosen if _MIN_SUFFIX.search(p.rsplit(".", 1)[0])
             and paths.get(t := _MIN_SUFFIX.sub("", p.rsplit(".", 1)[0]) + "." + p.rsplit(".", 1)[1]) == "source"]
    if len(sources) + len(twins) < MIN_SOURCES:
        return minified_own  # no sources of its own elsewhere: a file named after the project is its code
    out = minified_own | _runtime_bundles_of_own_code(snap, unnamed, [i.path for i in items if i.category == "source"
                                                                      and i.path.rsplit(".", 1)[-1].lower() in _SOURCE_EXT])
    slices = None
    for path in sorted(chosen):
        text = (snap.read_bytes(path, limit=READ_LIMIT) or b"").decode("utf-8", "replace")
        if not text:
            continue
        if _bundled(text):
            out.add(path)
            continue
        if slices is None:
            slices = []
            for s in sources:
                # (from below its leading comment: the licence header every file of the project carries is in each of them, and a
                # short script's middle third falls in it, which a hand-written script with the same header holds too)
                body = _LEADING_COMMENT.sub("", (snap.read_bytes(s, limit=READ_LIMIT) or b"").decode("utf-8", "replace"), count=1)
                if len(body) >= 2 * SLICE:
                    start = len(body) // 3
                    slices.append(body[start:start + SLICE])
        if sum(1 for piece in slices if piece in text) >= MIN_SOURCES:
            out.add(path)
    # and the minified twin of such a bundle (mdjs.min.js beside mdjs.js), whatever its banner
    out |= {p for p in chosen if _MIN_SUFFIX.search(p.rsplit(".", 1)[0]) and _MIN_SUFFIX.sub("", p.rsplit(".", 1)[0]) + "." + p.rsplit(".", 1)[1] in out}
    return out
