"""Build output a repository's own build writes outside the usual folders (``dist/``, ``build/``, ``target/``: see
:mod:`auditor.facts.inventory`), found from the build's own words, read as text (nothing is run):

- the output folder a bundler's configuration declares: Webpack Encore's ``.setOutputPath('public/assets')``,
  Webpack's ``output: {path: path.resolve(__dirname, 'public/js')}``, Vite's ``outDir``, Rollup's ``output.dir``,
  Angular's ``"outputPath"``; or the folder where Webpack Encore wrote its ``entrypoints.json``, whatever the configuration
  says now. Inside it, the compiled scripts and styles, their source maps, the files the bundler names with a content hash
  (``fontawesome-webfont.674f50d2.eot``) and its manifests are the build's, not the project's sources (a Symfony app's
  ``public/assets/app.js``, 36 files committed);
- a minified copy of one of the project's own readable files, under the same name in another folder
  (``js/esciti.js`` written by a yuicompressor script from ``src/esciti.js``);
- a compiler's intermediate files: object files (``*.o``) wherever they are, the ``*.d`` dependency files ``gcc -MMD``
  writes beside them, a compiler's intermediate folder (``obj/Release/``, ``obj/linux64/Release/``, ``obj/Debug/net6.0/``)
  — not ``*.obj`` alone, which is also a 3D model —, and the program a project builds into its ``bin/`` folder under the
  project's own name (``App/bin/App``, ``App/bin/AppDebug.app/`` beside ``App/Makefile``);
- everything in the ``bin/`` and ``obj/`` folders beside a .NET project file (``.csproj``, ``.vbproj``, ``.fsproj``): MSBuild's
  output and intermediate folders, the program with the packages' DLLs it copies there (``bin/Debug/net6.0/``) and NuGet's
  restore files (``obj/project.assets.json``, ``obj/*.nuget.cache``), none of them copied by people;
- a stylesheet compiled beside its source map from one of the project's Sass/Less sources (``css/main.css`` and ``main.css.map``
  from ``sass/main.scss``);
- a Hugo site's resource cache (``resources/_gen/``: :mod:`auditor.facts.hugo_cache`);
- the web archives (.war, .ear) named after one of the project's own Maven or Gradle modules, wherever they are committed
  (a release folder ``src/site/resources/war/1.0/visusal##1.0.war`` of the artifact ``visusal``), and the zip a QGIS plugin or an npm
  package is packaged into, named after its own ``name`` (``MitiConnect.zip`` beside the metadata.txt saying ``name=MitiConnect``:
  the release uploaded to the plugin repository);
- a static site generator's output folder beside its configuration (MkDocs' ``site/``, Jekyll's ``_site/``:
  :mod:`auditor.facts.generator_sites`), as a built site's;
- the test-coverage data a test run writes (coverage.py's ``.coverage`` and ``coverage.json``, ``coverage.xml``, ``lcov.info``…),
  known by name and format wherever they are committed (:mod:`auditor.facts.coverage_outputs`); a .js beside its .coffee (:mod:`.coffee_outputs`).

Bounded: at most :data:`MAX_CONFIGS` configurations and :data:`MAX_PROBES` file heads are read, in path order.
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts.build_archives import own_archives, source_archives
from auditor.facts.coffee_outputs import coffee_outputs
from auditor.facts.coverage_outputs import coverage_outputs
from auditor.facts.cra_outputs import cra_outputs
from auditor.facts.generator_sites import generator_sites
from auditor.facts.gulp_outputs import gulp_outputs
from auditor.facts.hugo_cache import hugo_caches
from auditor.facts.mix_outputs import mix_outputs
from auditor.facts.platform_outputs import platform_pages
from auditor.facts.precompiled_assets import precompiled_assets
from auditor.facts.script_bundles import bundled_paths
from auditor.facts.unity import unity_caches
from auditor.lazyre import lazy_compile
from auditor.textlines import line_breaks

MAX_CONFIGS, MAX_PROBES = 20, 200
HEAD_BYTES = 1024
CONFIG_BYTES = 256 * 1024

_CONFIG_NAME = lazy_compile(r"^(?:webpack(?:\.[\w-]+)*\.config|webpack\.(?:common|prod|production|dev|development)|vite\.config|"
                            r"rollup\.config)\.(?:js|cjs|mjs|ts)$|^angular\.json$", re.I)
_STR = r"""['"`]([^'"`\n$]{1,200})['"`]"""
_DECLARED = [
    lazy_compile(r"\.setOutputPath\(\s*" + _STR),  # Webpack Encore
    lazy_compile(r"\bpath\s*:\s*path\.(?:resolve|join)\(\s*__dirname\s*,\s*((?:" + _STR + r"\s*,?\s*){1,4})\)"),  # Webpack output.path
    lazy_compile(r"\boutDir\s*:\s*" + _STR),  # Vite
    lazy_compile(r"\bdir\s*:\s*" + _STR),  # Rollup output.dir
    lazy_compile(r'"outputPath"\s*:\s*"([^"\n]{1,200})"'),  # Angular
    # Angular 17's application builder: outputPath as an object, {"base": "docs", "browser": ""} (its browser/ sub-folder
    # emptied to write the site at the base, as for GitHub Pages) — https://angular.dev/reference/configs/workspace-config
    lazy_compile(r'"outputPath"\s*:\s*\{\s*"base"\s*:\s*"([^"\n]{1,200})"'),
]
_ARG = lazy_compile(_STR)
_HASHED = lazy_compile(r"[.-][0-9a-f]{8,}\.\w+$", re.I)
_LOADED = lazy_compile(r"""<(?:script|link)\b[^>]{0,300}?\b(?:src|href)\s*=\s*["']([^"'\s>]{1,300})["']""", re.I)
_BUILD_FILES = {"manifest.json", "entrypoints.json", "asset-manifest.json", "stats.json", "3rdpartylicenses.txt"}
_BUILT_EXT = {"js", "mjs", "cjs", "css", "map"}
_KEEP = {"build", "test", "documentation", "lockfile"}


def _folder(config: str, value: str) -> str | None:
    """The repository folder a configuration's relative output path names, or None (the root, outside the tree, absolute)."""
    if value.startswith("/") or "://" in value:
        return None
    base = posixpath.dirname(config)
    path = posixpath.normpath(posixpath.join(base, value)).strip("/")
    if path in ("", ".") or path.startswith("..") or path == base:
        return None
    return path


def declared_folders(snap, entries: list) -> list[str]:
    """The output folders the bundlers' configurations declare, sorted."""
    folders: set[str] = set()
    configs = [e for e in entries if e.kind == "file" and _CONFIG_NAME.match(e.name) and "node_modules" not in e.path.split("/")]
    for e in configs[:MAX_CONFIGS]:
        text = snap.read_text(e.path, limit=CONFIG_BYTES) or ""
        text = re.sub(r"^[^\S\n]*//.*$", "", text, flags=re.M)  # a commented-out line declares nothing
        for n, rx in enumerate(_DECLARED):
            for m in rx.finditer(text):
                value = "/".join(a.strip("/") for a in _ARG.findall(m.group(1))) if n == 1 else m.group(1)  # path.resolve(__dirname, 'a', 'b')
                folder = _folder(e.path, value)
                if folder:
                    folders.add(folder)
    return sorted(folders)


# Webpack Encore's entrypoints.json: the scripts and styles each entry loads, written by every build into its output folder
# ({"entrypoints": {"app": {"js": ["/assets/runtime.js", …], "css": […]}}}), whatever output path the configuration says now
_ENTRYPOINTS = lazy_compile(r'^\s*\{\s*"entrypoints"\s*:\s*\{\s*"[^"\n]{1,200}"\s*:\s*\{\s*"(?:js|css)"\s*:\s*\[')


def encore_folders(snap, entries: list) -> list[str]:
    """The folders holding Webpack Encore's ``entrypoints.json`` (read, 4 KB): the output folder of a build, even when the
    configuration now declares another one (a Symfony app's ``public/assets/`` committed while webpack.config.js says
    ``.setOutputPath('public/build')``)."""
    found = [e.path for e in entries if e.kind == "file" and e.name == "entrypoints.json" and "/" in e.path
             and "node_modules" not in e.path.split("/")][:MAX_CONFIGS]
    return sorted(p.rsplit("/", 1)[0] for p in found if _ENTRYPOINTS.match(snap.read_head(p, 4096) or ""))


def _head(snap, path: str) -> str:
    return (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")


def _minified(head: str) -> bool:
    return len(head) >= HEAD_BYTES and line_breaks(head) <= 1  # (CR alone ends a line too: old Mac line ends)


def _library_copy(item, library_dirs: set[str], known_names) -> bool:
    """A copied library in a library folder (js/lib/slick.js, lib/olms/8.2.1/olms.js) or under a known library's name: its
    readable twin is a copy too."""
    segs = {s.lower() for s in item.path.split("/")[:-1]}
    name = item.path.rsplit("/", 1)[-1].lower()
    return item.category == "vendored" and (bool(segs & library_dirs) or re.split(r"[.-]", name, maxsplit=1)[0] in known_names)


# A bundler's chunk named by its content hash (Angular's 439.4f95bf419d67fc25.js, webpack's main.3a4f9c1e2b7d.js): nobody writes these
_CHUNK = lazy_compile(r"^[\w-]*\.[0-9a-f]{12,20}\.(?:js|css)$", re.I)
# esbuild's [name]-[hash] names, an 8-letter base-32 hash in capitals (Angular 17's application builder: main-FZDPMYYW.js,
# chunk-54LED5YI.js, styles-UEDFKBME.css)
_ESBUILD_CHUNK = lazy_compile(r"^[a-z][\w]*-[A-Z2-7]{8}\.(?:js|css)$")


# Vite's [name]-[hash] names, an 8-character base64url hash (index-DFMnEOiS.js): 2 capitals at least and a small letter or digit
_VITE_NAME = lazy_compile(r"^[\w.-]{1,100}-([A-Za-z0-9_-]{8})\.(?:js|mjs|css)$")


def _vite_hashed(name: str) -> bool:
    m = _VITE_NAME.match(name)
    h = m.group(1) if m else ""
    upper, lower, digit = (sum(c.isupper() for c in h), sum(c.islower() for c in h), sum(c.isdigit() for c in h))
    return bool(m) and upper >= 2 and lower + digit >= 1


def page_folders(items: list) -> list[str]:
    """Folders holding an index.html beside an assets/ folder with a Vite-hashed bundle (frontend/docs/assets/index-DFMnEOiS.js) or
    Create React App's static/js/ one (docs/static/js/main.1a2b3c4d.js): candidates for :func:`built_sites`, at most :data:`MAX_CONFIGS`."""
    paths = {i.path for i in items}
    out = {i.path.rsplit("/assets/", 1)[0] for i in items if "/assets/" in i.path and _vite_hashed(i.path.rsplit("/", 1)[-1]) and "node_modules/" not in i.path}
    out |= {i.path[:m.start()] for i in items if (m := re.search(r"/static/(?:js|css)/[^/]+$", i.path)) and _HASHED.search(i.path) and "node_modules/" not in i.path}
    return sorted(f for f in out if f + "/index.html" in paths)[:MAX_CONFIGS]


def chunk_folders(items: list) -> list[str]:
    """Folders a bundler wrote whatever its configuration says (an Angular build copied beside the server that serves it): five
    content-hashed chunks or more, or Angular's 3rdpartylicenses.txt beside one."""
    chunks: dict[str, int] = {}
    licences = set()
    for i in items:
        folder, _, name = i.path.rpartition("/")
        if _CHUNK.match(name) or _ESBUILD_CHUNK.match(name):
            chunks[folder] = chunks.get(folder, 0) + 1
        elif name == "3rdpartylicenses.txt":
            licences.add(folder)
    return sorted(f for f, n in chunks.items() if n >= 5 or f in licences)


# a build configuration or platform folder under obj/ (make, MSBuild, openFrameworks' makefiles)
_OBJ_CONFIG = {"debug", "release", "x64", "x86", "win32", "win64", "arm64", "linux", "linux64", "linuxarmv6l", "linuxarmv7l", "osx",
               "macos", "android", "emscripten", "vs", "msys2"}
_PROGRAM_SUFFIX = lazy_compile(r"^(?:_?debug|_?release)?(?:\.exe|\.app)?$", re.I)

_BUILD_RECIPES = {"makefile", "gnumakefile", "cmakelists.txt", "config.make", "meson.build", "sconstruct"}
_BUILD_PROJECT_EXT = ("sln", "xcodeproj", "vcxproj", "csproj", "vbproj", "pro", "qbs")


# A .NET project (C#, Visual Basic, F#): MSBuild writes its program and the packages it references into bin/ (OutputPath,
# bin/$(Configuration)/) and its intermediate files into obj/ (BaseIntermediateOutputPath: NuGet's restore output
# project.assets.json and *.nuget.*, the compiler's obj/Debug/), both beside the project file
# (https://learn.microsoft.com/en-us/visualstudio/msbuild/common-msbuild-project-properties, read 2026-12-04)
_MANAGED_PROJECT_EXT = ("csproj", "vbproj", "fsproj")


def _in_msbuild_output(segs: list[str], projects: set[str]) -> bool:
    """Whether the path ``segs`` lies in the bin/ or obj/ folder beside one of the .NET project files' folders ``projects``."""
    for k, seg in enumerate(segs[:-1]):
        if seg.lower() in ("bin", "obj") and "/".join(segs[:k]) in projects:
            return True
    return False


# Gradle's build directory (``build/`` beside a build.gradle or build.gradle.kts: https://docs.gradle.org/current/userguide/
# organizing_gradle_projects.html, read 2026-12-06) and the Android Gradle plugin's (its build/intermediates/, written by every
# Android build, even where the module's build script was not committed), and Gradle's project cache (``.gradle/<version>/``,
# ``.gradle/buildOutputCleanup/``…): everything there is the build's, the resources and images it merges too (an Android app's
# build/intermediates/res/ of 700 XML files and PNGs were read as its configuration and images).
_GRADLE_SCRIPTS = ("build.gradle", "build.gradle.kts")
_GRADLE_CACHE_CHILD = lazy_compile(r"^(?:\d+(?:\.\d+){1,2}(?:-[\w.-]+)?|buildOutputCleanup|vcs-\d+|checksums|configuration-cache|"
                                   r"file-system\.probe|noVersion|kotlin)$")


def gradle_dirs_of(paths) -> set[str]:
    """The folders Gradle builds in (``""`` for the root): those holding a build script, and those whose ``build/`` holds the Android
    plugin's ``intermediates/`` folder."""
    out = set()
    for path in paths:
        segs = path.split("/")
        if segs[-1] in _GRADLE_SCRIPTS:
            out.add("/".join(segs[:-1]))
        for k in range(len(segs) - 2):
            if segs[k] == "build" and segs[k + 1] == "intermediates":
                out.add("/".join(segs[:k]))
    return out


def gradle_output_folder(segs: list[str], gradle_dirs: set[str]) -> str | None:
    """The Gradle build or cache folder the path ``segs`` lies in (``app/build``, ``.gradle``), the outermost, or None: the
    ``build`` folder of one of the folders Gradle builds in ``gradle_dirs`` (:func:`gradle_dirs_of`), a ``.gradle`` folder holding a
    version's or a known cache's folder."""
    for k, seg in enumerate(segs[:-1]):
        if seg == "build" and "/".join(segs[:k]) in gradle_dirs:
            return "/".join(segs[: k + 1])
        if seg == ".gradle" and k + 1 < len(segs) - 1 and _GRADLE_CACHE_CHILD.match(segs[k + 1]):
            return "/".join(segs[: k + 1])
    return None


def _binary(snap, path: str) -> bool:
    """A program's bytes (a NUL in its head), or a blob the snapshot cannot read: not a script someone wrote (bin/<name> of a CLI)."""
    data = snap.read_bytes(path, limit=snap.max_blob)  # (None: over the cap, or missing from the clone)
    return data is None or b"\x00" in data[:8000]


def compiled_files(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for a compiler's intermediate files and the program a project builds into its own ``bin/`` (the
    project's folder holds a build recipe: a Makefile, CMakeLists.txt, a Visual Studio or Xcode project)."""
    out: dict[str, str] = {}
    objects = {i.path[:-2] for i in items if i.path.endswith(".o")}
    recipes = {i.path.rsplit("/", 1)[0] for i in items if "/" in i.path and (i.path.rsplit("/", 1)[1].lower() in _BUILD_RECIPES
                                                                             or i.path.rsplit(".", 1)[-1].lower() in _BUILD_PROJECT_EXT)}
    managed = {i.path.rsplit("/", 1)[0] if "/" in i.path else "" for i in items if i.path.rsplit(".", 1)[-1].lower() in _MANAGED_PROJECT_EXT}
    gradle = gradle_dirs_of(i.path for i in items)
    for i in items:
        segs = i.path.split("/")
        if managed and i.category != "build" and _in_msbuild_output(segs, managed):
            out[i.path] = "build"
            continue
        if i.category != "build" and ("build" in segs or ".gradle" in segs) and gradle_output_folder(segs, gradle):
            out[i.path] = "build"
            continue
        if i.category in _KEEP:
            continue
        name = segs[-1]
        if name.endswith(".o") or (name.endswith(".d") and i.path[:-2] in objects):
            out[i.path] = "build"
        elif any(seg == "obj" and k + 2 < len(segs) and segs[k + 1].lower() in _OBJ_CONFIG for k, seg in enumerate(segs[:-1])):
            out[i.path] = "build"
        elif "bin" in segs[1:-1] and "/".join(segs[:segs.index("bin", 1)]) in recipes:
            k = segs.index("bin", 1)
            project, built = segs[k - 1], segs[k + 1]
            if not (built.lower().startswith(project.lower()) and _PROGRAM_SUFFIX.match(built[len(project):])):
                continue
            if built.lower().endswith(".app") or (k + 2 == len(segs) and (built.lower().endswith(".exe") or _binary(snap, i.path))):
                out[i.path] = "build"
    return out


MAX_TSCONFIGS = 100
_OUT_FILE = lazy_compile(r'"outFile"\s*:\s*"([^"\n]{1,200})"')


def tsc_outputs(snap, entries: list) -> dict[str, str]:
    """What the TypeScript compiler wrote beside the sources it compiled: the bundle a ``tsconfig.json`` names as its
    ``"outFile"`` (era/era.js) with its source map and declarations (era.js.map, era.d.ts), and a script compiled next to its
    own .ts source with its source map (samples/graph/main.js beside main.ts and main.js.map)."""
    paths = {e.path for e in entries}
    out: dict[str, str] = {}
    for cfg in sorted(p for p in paths if p.rsplit("/", 1)[-1] == "tsconfig.json")[:MAX_TSCONFIGS]:
        m = _OUT_FILE.search(snap.read_text(cfg, limit=64 * 1024) or "")
        target = _folder(cfg, m.group(1)) if m else None
        if target and target.endswith(".js") and target in paths:
            stem = target[:-3]
            out.update({p: "build" for p in (target, target + ".map", stem + ".d.ts") if p in paths})
    for p in sorted(paths):
        if p.endswith(".js") and p + ".map" in paths and p[:-3] + ".ts" in paths:
            out.update({p: "build", p + ".map": "build"})
    return out


_STYLE_SOURCES = ("scss", "sass", "less", "styl")


def stylesheet_outputs(items: list) -> dict[str, str]:
    """What a stylesheet compiler wrote: a CSS file beside its source map (main.css and main.css.map) whose name is one of the
    project's own Sass, Less or Stylus sources (sass/main.scss, with or without a partial's underscore): compiled, not written.
    A copied library's compiled stylesheet stays the library's."""
    own = {i.path: i.category for i in items if i.category not in ("vendored", *_KEEP)}
    sources = {p.rsplit("/", 1)[-1].rsplit(".", 1)[0].lstrip("_").lower() for p, c in own.items()
               if c == "source" and "." in p.rsplit("/", 1)[-1] and p.rsplit(".", 1)[-1].lower() in _STYLE_SOURCES}
    out: dict[str, str] = {}
    for p in sorted(own):
        if sources and p.endswith(".css") and p + ".map" in own and p.rsplit("/", 1)[-1][:-4].lower() in sources:
            out.update({p: "build", p + ".map": "build"})
    return out


def built_sites(snap, items: list, folders: list[str]) -> tuple[str, ...]:
    """The bundler output folders (``docs/``) whose top page ``index.html`` loads one of the folder's content-hashed bundles
    (``<script src="main-FZDPMYYW.js">``): a page the bundler wrote, so the folder is a built site — its pages, fonts and
    pictures are what the build copied there (Angular and Vite empty their output folder at each build), not the project's
    documentation or sources, even in a folder named docs/ for GitHub Pages."""
    paths = {i.path for i in items}
    out = []
    for f in sorted(set(folders)):
        page = f + "/index.html"
        if page not in paths:
            continue
        for ref in _LOADED.findall(snap.read_text(page, limit=256 * 1024) or ""):
            name = ref.split("?", 1)[0].split("#", 1)[0]
            target = _in_folder(f, name, paths)  # (main-X.js, ./main-X.js, /assets/index-X.js, /dembeni/assets/index-X.js)
            base = target.rsplit("/", 1)[-1]
            if "://" not in ref and target in paths and (_CHUNK.match(base) or _ESBUILD_CHUNK.match(base) or _HASHED.search(base)
                                                         or _vite_hashed(base)):
                out.append(f + "/")
                break
    return tuple(out)


def _in_folder(folder: str, name: str, paths: set[str]) -> str:
    """The file of ``folder`` a page's reference ``name`` loads: relative to the folder, or, for an absolute one carrying the
    site's base path (Vite's ``base: '/dembeni/'``, a GitHub Pages project's path: /dembeni/assets/index-X.js), after its leading
    segments dropped one by one until it names a file of the folder."""
    target = posixpath.normpath(posixpath.join(folder, name.lstrip("/")))
    segs = name.lstrip("/").split("/")
    for k in range(1, min(len(segs) - 1, 4) + 1):
        if target in paths or not name.startswith("/"):
            break
        target = posixpath.normpath(posixpath.join(folder, "/".join(segs[k:])))
    return target


def build_outputs(snap, entries: list, items: list, library_dirs: set[str], known_names) -> dict[str, str]:
    """``{path: "build"}`` (``"site"`` in a built site: :func:`built_sites`) for the files a declared output folder holds, the project's own web archives and the minified
    copies of the project's own files (a vendored file in one of ``library_dirs`` or named after one of ``known_names`` stays
    a library's)."""
    out: dict[str, str] = compiled_files(snap, items) | own_archives(snap, entries) | source_archives(snap, items)  # (and an archive of the repository's own files)
    out.update(tsc_outputs(snap, entries))
    out.update(stylesheet_outputs(items))  # (a Symfony bundle's src/css/main.css and .map compiled from src/sass/main.scss)
    out.update(unity_caches(items) | cra_outputs(snap, entries))  # (and a Create React App's build/: its bundles, copies of public/)
    out.update(hugo_caches(snap, items))  # (a Hugo site's resources/_gen/ when its build runs the extended edition)
    out.update(bundled_paths(snap, entries))  # (a bundle a build script of the repository joins from the project's sources)
    out.update(gulp_outputs(snap, entries))  # (what a gulpfile's pipelines write: a WordPress theme's assets/styles.css)
    out.update(mix_outputs(snap, entries))  # (what a Laravel project's webpack.mix.js writes: public/js/app.js, public/css/app.css)
    out.update(coverage_outputs(snap, items) | coffee_outputs(snap, items))  # (a test run's .coverage, lcov.info; a .js compiled from its .coffee twin)
    out.update(precompiled_assets(items, _KEEP))  # (a Rails app's public/assets/ beside the manifest rake assets:precompile wrote)
    copied = {i.path for i in items if i.category == "vendored"}  # (MkDocs' site/, Jekyll's _site/, vercel.json's pages; not a library copied in)
    out.update({p: v for p, v in (generator_sites(snap, items) | platform_pages(snap, items)).items() if p not in copied})
    folders = declared_folders(snap, entries) + encore_folders(snap, entries) + chunk_folders(items)
    sites = built_sites(snap, items, folders + page_folders(items))
    for i in items:
        if i.category not in ("test", "lockfile", "community") and i.path.startswith(sites):
            out[i.path] = "site"  # (a built site's file: the inventory's site_paths, left out of the documentation)
            continue
        if i.category in _KEEP or not any(i.path.startswith(f + "/") for f in folders):
            continue
        name = i.path.rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if ext in _BUILT_EXT or _HASHED.search(name) or name in _BUILD_FILES:
            out[i.path] = "build"
    # a minified script or style beside, under the same name, a readable one of the project's own, in another folder
    by_name: dict[str, list] = {}
    for i in items:
        if i.path not in out and i.path.rsplit(".", 1)[-1].lower() in ("js", "css") and i.category in ("source", "vendored"):
            by_name.setdefault(i.path.rsplit("/", 1)[-1], []).append(i)
    probes = 0
    for name in sorted(by_name):
        group = by_name[name]
        if len(group) < 2 or not any(i.category == "source" for i in group):
            continue
        if probes + len(group) > MAX_PROBES:
            break
        probes += len(group)
        heads = {i.path: _head(snap, i.path) for i in group}
        readable = [i for i in group if i.category == "source" and not _minified(heads[i.path])]
        if not readable:
            continue
        for i in group:
            if _minified(heads[i.path]) and heads[i.path].strip() and not _library_copy(i, library_dirs, known_names):
                out[i.path] = "build"
    return out
