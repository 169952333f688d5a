"""Build output told by the build's own words outside the bundlers' configurations (issue 12, s38 fm38):

- the folder a root package.json script deletes before building into it (``"build": "rimraf material && ts-node tools/build"``,
  ``"clean": "rimraf material"``): what the build writes there is rebuilt from the sources each time (mkdocs-material's
  ``material/`` theme, built from ``src/``), not written by people. A library the build copies there under its own name
  (``lunr.multi.min.js``) stays that library's copy; the project's bundles (content-hashed names), templates and modules are the
  build's;
- the files a bundler's asset manifest names (Create React App's ``asset-manifest.json``: ``{"files": {"main.js":
  "/static/js/main.71ef21a1.js", "index.html": …}, "entrypoints": […]}``), with their source maps, and the manifest itself: a
  built front end committed (a deployment repository's). The licence notices the bundler extracts (``main.js.LICENSE.txt``) stay
  the bundled libraries' notices, no licence of the project.

- the file a package.json script writes by its output option (``"build": "tailwindcss -i ./src/css/input.css -o
  ./static/css/output.css --minify"``): the project's compiled stylesheet or script, though its banner names the compiler
  (``/*! tailwindcss v4.1.18 | MIT License */``), no library copied in (issue 12, s44 fi44).

- what a script compiles or copies into a folder: :func:`filled_folders`.

Read as text, never run; bounded: the root package.json or its template (256 KB, 200 scripts of 20 commands) and at most three asset manifests (64 KB each).
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

MANIFEST_BYTES = 256 * 1024
ASSET_BYTES = 64 * 1024
# a deletion of one folder in a script: rimraf X, rm -rf X, del-cli X, shx rm -rf X
_DELETE = lazy_compile(r"(?:^|&&|;|\|\|)\s*(?:npx\s+)?(?:rimraf|del-cli|del|(?:shx\s+)?rm\s+-(?:rf|fr|r))\s+['\"]?(\.?/?[\w][\w.-]{0,80}(?:/[\w.-]{1,80}){0,3})/?['\"]?\s*(?=&&|;|$)")
_CLEAN_SCRIPT = lazy_compile(r"^(?:clean|prebuild|build|build:[\w:-]+)$")
_HASHED = lazy_compile(r"[.-][0-9a-f]{8,}(?:\.min)?\.\w+$", re.I)
_NEVER = {"node_modules", "src", "source", "lib", "docs", "doc", "test", "tests", ".git"}


# the templates a build turns into the root package.json (build.sh: sed "s/%version%/…/" package.json.template > package.json, a
# generated package.json left out of the repository): the manifest the build runs, its scripts and dependencies (issue 12, s48 ff48)
TEMPLATED_PACKAGE_JSON = ("package.json.template", "package.json.tpl", "package.json.tmpl", "package.json.in")


def root_package_path(paths) -> str | None:
    """The root package.json, or when none is committed the template the build writes it from (package.json.template…)."""
    return next((p for p in ("package.json", *TEMPLATED_PACKAGE_JSON) if p in paths), None)


def root_scripts(snap, paths) -> dict:
    """The ``scripts`` of the root package.json (or of its template: :func:`root_package_path`), ``{}`` when none is readable."""
    path = root_package_path(paths)
    if path is None:
        return {}
    try:
        doc = safejson.loads(snap.read_text(path, limit=MANIFEST_BYTES) or "")
    except ValueError:
        return {}
    scripts = doc.get("scripts") if isinstance(doc, dict) else None
    return scripts if isinstance(scripts, dict) else {}


def cleaned_folders(snap, paths: set[str]) -> list[str]:
    """The folders a root package.json script deletes then builds into (a script deleting one folder and going on with ``&&``), or
    that its clean or prebuild script deletes, when the repository holds files there; sorted."""
    scripts = root_scripts(snap, paths)
    if not scripts:
        return []
    out = set()
    for name, command in list(scripts.items())[:200]:
        if not isinstance(command, str) or not isinstance(name, str):
            continue
        for m in _DELETE.finditer(command[:2000]):
            folder = m.group(1).removeprefix("./").strip("/")
            builds_after = command[m.end():].lstrip().startswith("&&")
            if folder and folder not in _NEVER and "." not in folder.split("/")[0][:1] and (builds_after or _CLEAN_SCRIPT.match(name)) \
                    and any(p.startswith(folder + "/") for p in paths):
                out.add(folder)
    return sorted(out)


def asset_manifest_files(snap, paths: set[str]) -> set[str]:
    """The files a bundler's asset manifest (at most one folder down) names, with their maps, and the manifest."""
    out: set[str] = set()
    for path in sorted(p for p in paths if p.rsplit("/", 1)[-1] == "asset-manifest.json" and p.count("/") <= 1)[:3]:
        try:
            doc = safejson.loads(snap.read_text(path, limit=ASSET_BYTES) or "")
        except ValueError:
            continue
        listed = doc.get("files") if isinstance(doc, dict) else None
        if not isinstance(listed, dict):
            continue
        base = path.rpartition("/")[0]
        named = [v for v in list(listed.values())[:500] + list(doc.get("entrypoints") or [])[:100] if isinstance(v, str)]
        held = {p for p in (f"{base}/{v.lstrip('/')}".lstrip("/") for v in named) if p in paths and p.endswith((".js", ".css", ".map"))}
        if not held:
            continue
        out |= {path} | held | {f"{p}.map" for p in held if f"{p}.map" in paths}
    return out


# a file a script writes by its output option (tailwindcss -i ./src/css/input.css -o ./static/css/output.css, postcss … -o x.css,
# esbuild … --outfile=x.js, terser … --output x.min.js): a stylesheet or script compiled from the project's sources (issue 12, s44 fi44)
_OUTPUT_OPTION = lazy_compile(r"(?:^|\s)(?:-o|--output|--outfile|--out-file)(?:\s+|=)['\"]?(\.?/?[\w@][\w@.-]{0,80}(?:/[\w@.-]{1,80}){0,6}\.(?:css|js|mjs))['\"]?(?=\s|&|;|$)")


def script_outputs(snap, paths: set[str]) -> set[str]:
    """The committed .css/.js files a root package.json script writes by its output option (``-o``, ``--output``, ``--outfile``):
    the project's own build output (a Tailwind stylesheet compiled into static/css/output.css), whatever its banner says."""
    scripts = root_scripts(snap, paths)
    out = set()
    for command in list(scripts.values())[:200]:
        if isinstance(command, str):
            out |= {p for m in _OUTPUT_OPTION.finditer(command[:2000]) if (p := re.sub(r"^(?:\./)+", "", m.group(1))) in paths}
    return out


# a script's commands one by one (a && b; c || d | e), then its words, quotes dropped
_COMMANDS = lazy_compile(r"&&|\|\||;|\|")
_STYLE_COMPILERS = {"sass", "node-sass", "dart-sass", "lessc", "stylus"}
_STYLE_SOURCE = (".scss", ".sass", ".less", ".styl")
_COPIERS = {"cpr", "ncp", "cpx", "copyfiles"}  # (and cp with -r, -R or -a)
_PROSE = ("md", "markdown", "rst", "adoc")  # the project's own pages, kept as its documentation wherever a copy lands
_NOT_OUTPUT = {"", ".", "node_modules", "src", "source", ".git"}


def _words(command: str) -> list[str]:
    words = [w.strip("'\"") for w in command.split()]
    while words and (words[0] in ("npx", "exec") or "=" in words[0] and not words[0].startswith("-")):  # (npx sass, VAR=x cpr)
        words = words[1:]
    return words


def _folder(word: str) -> str:
    return re.sub(r"^(?:\./)+", "", word).rstrip("/")


def filled_folders(snap, paths: set[str]) -> dict[str, str]:
    """What a root package.json script (or its template) writes into the repository's folders besides its output option: the
    stylesheet a Sass or Less compiler writes to its second positional argument (``sass --source-map scss/index.scss
    docs/index.css``), with its source map, and the copies a copy command makes into a folder (``cpr assets/ docs/ -o``, ``cp -r
    …``, ``copyfiles``): the files of the destination found under the same relative path in the committed source folder, and,
    when the source is not committed (a dependency's files, ``cpr node_modules/<package>/assets/ docs/``), every file of the
    destination but the project's own pages (Markdown, reStructuredText, AsciiDoc). A folder named docs/ filled that way is a
    development build, its fonts, pictures and compiled CSS no documentation (issue 12, s48 ff48). ``{path: "site"}``: the
    build's, left out of the documentation as a built site's files are (the inventory's ``site_paths``)."""
    out: dict[str, str] = {}
    by_folder: dict[str, list[str]] = {}
    for name, script in list(root_scripts(snap, paths).items())[:200]:
        if not isinstance(script, str) or not isinstance(name, str):
            continue
        for command in _COMMANDS.split(script[:2000])[:20]:
            words = _words(command)
            if not words:
                continue
            tool, args = words[0].rsplit("/", 1)[-1], words[1:]
            positional = [w for w in args if not w.startswith("-") and "$" not in w and "*" not in w]
            if tool in _STYLE_COMPILERS:
                for i, w in enumerate(positional):
                    target = None
                    if ":" in w and w.split(":", 1)[0].endswith(_STYLE_SOURCE):  # (sass in.scss:out.css)
                        target = w.split(":", 1)[1]
                    elif w.endswith(_STYLE_SOURCE) and i + 1 < len(positional) and positional[i + 1].endswith(".css"):
                        target = positional[i + 1]
                    if target and (target := _folder(target)) in paths:
                        out[target] = "site"
                        if target + ".map" in paths:
                            out[target + ".map"] = "site"
            elif (tool in _COPIERS or tool == "cp" and any(re.match(r"^-\w*[rRa]", w) for w in args)) and len(positional) >= 2:
                source, dest = _folder(positional[-2]), _folder(positional[-1])
                if dest.split("/")[0] in _NOT_OUTPUT or dest == source or source.startswith(dest + "/") or dest.startswith(source + "/"):
                    continue
                by_folder.setdefault(dest, []).append(source)
    for dest in sorted(by_folder):
        held = [p for p in sorted(paths) if p.startswith(dest + "/")]
        for source in sorted(set(by_folder[dest])):
            committed = any(p.startswith(source + "/") for p in paths) and not source.startswith("node_modules")
            for p in held:
                rel = p[len(dest) + 1:]
                if (source + "/" + rel in paths) if committed else p.rsplit(".", 1)[-1].lower() not in _PROSE:
                    out[p] = "site"
    return out


KEEP = {"build", "test", "documentation", "lockfile"}  # (as build_outputs': what a build folder may hold of the project's own)


def cleaned_outputs(snap, items: list, keep: set[str] = KEEP) -> dict[str, str]:
    """``{path: "build"}`` for the files of :func:`cleaned_folders` (but a library copied under its own name, no content hash) and
    those of :func:`asset_manifest_files` and :func:`script_outputs`."""
    paths = {i.path for i in items}
    folders = tuple(f + "/" for f in cleaned_folders(snap, paths))
    out = {p: "build" for p in asset_manifest_files(snap, paths) | script_outputs(snap, paths)}
    # (what a script compiles or copies into a folder, whatever that folder's name says: its documentation category yields)
    categories = {i.path: i.category for i in items}
    out.update({p: v for p, v in filled_folders(snap, paths).items() if categories.get(p) not in ("test", "lockfile", "community")})
    for i in items:
        if folders and i.path.startswith(folders) and i.category not in keep \
                and not (i.category == "vendored" and not _HASHED.search(i.path.rsplit("/", 1)[-1])):
            out[i.path] = "build"
    return out
