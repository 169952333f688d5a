"""What a repository's own declarations say it is, beyond the dependencies it names: a package declared a library (Composer's
``"type": "library"``, a Debian library package, a .NET class library) or a command (Composer's ``bin``), a Cordova mobile
application, a Maven archetype, a GeoNature monitoring protocol; and which folders hold examples or test harnesses rather
than the project (``samples/``, ``TestHttpServer/``), so that the kind is weighed on the project's own files."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

# Folders of examples and demonstrations beside a library (erajs's samples/ with their PHP upload handlers): what they show is
# how to use the project, not what it is
EXAMPLE_DIRS = frozenset({"sample", "samples", "example", "examples", "exemple", "exemples", "demo", "demos", "showcase"})
# A .NET or Java test program's folder by its convention (TestHttpServer/, Erasme.Http.Tests/, HttpClientTest/): a harness
# (or a folder named for the tests' inputs in lower case: queries4test/, data_for_tests/, sql-tests/: what a test runs the tool on)
_HARNESS_DIR = lazy_compile(r"^Test[A-Z0-9]\w*$|^[\w.-]+[._-]Tests?$|^[A-Z]\w*[a-z]Tests?$|^[a-z][a-z0-9]*?(?:4|[._-]for[._-]|[._-])tests?$")


# (or named for its sources: geoportal-sdk's samples-src/ of pages its build turns into the published samples)
_EXAMPLE_SOURCES = lazy_compile(r"^(?:samples?|examples?|exemples?|demos?)[-_](?:src|sources?)$", re.I)
# demonstration folders deeper down (src/playground/ of demo services, a Django project's demo/ app installed in development only)
DEEP_EXAMPLE_DIRS = frozenset({"demo", "demos", "playground", "playgrounds"})
# the folders where a name is a code package's, a namespace rather than a demonstration (src/main/java/com/example/demo/)
_PACKAGE_ROOTS = frozenset({"main", "java", "kotlin", "scala", "groovy", "com", "org", "net", "fr", "io", "eu"})


def aside(path: str) -> bool:
    """A file of an examples folder or of a test program's folder, at the root or one folder down: not what the project is.
    (Deeper, such a name is a code package's, src/main/java/com/example/demo/, which is the project.) Or a file of a demo or
    playground folder at any depth up to five folders, never below a code package's root (main/, java/, com/…)."""
    segs = path.split("/")[:-1]
    if segs[:1] != ["src"] and any(s.lower() in EXAMPLE_DIRS or _HARNESS_DIR.match(s) or _EXAMPLE_SOURCES.match(s) for s in segs[:2]):
        return True
    for i, s in enumerate(segs[:5]):
        if s.lower() in _PACKAGE_ROOTS:
            return False
        if i and s.lower() in DEEP_EXAMPLE_DIRS:
            return True
    return False


def _json(ctx, path: str) -> dict:
    if path not in ctx.snapshot.files:
        return {}
    try:
        doc = safejson.loads(ctx.snapshot.read_text(path, limit=256 * 1024) or "")
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def composer_declared(ctx) -> tuple[str, str] | None:
    """("cli-tool" | "library", what composer.json says) from the root composer.json: commands it installs (``"bin"``: a
    Symfony console application, bin/platau) or its declared ``"type": "library"`` (sdis62/toolbox)."""
    doc = _json(ctx, "composer.json")
    binaries = doc.get("bin")
    binaries = [binaries] if isinstance(binaries, str) else binaries if isinstance(binaries, list) else []
    binaries = [b for b in binaries if isinstance(b, str) and b.lstrip("./") in ctx.snapshot.files]
    if binaries:
        return "cli-tool", binaries[0].lstrip("./")
    if str(doc.get("type") or "").strip().lower() == "library" and doc.get("name"):
        return "library", f"{doc['name']}"[:80]
    return None


_DEB_PACKAGE = lazy_compile(r"^Package:\s*(\S+)", re.M)
_DEB_LIB_SECTION = lazy_compile(r"^Section:\s*(?:libs|libdevel|javascript|oldlibs)\s*$", re.M)


def debian_library(ctx) -> str | None:
    """The binary package name when debian/control builds only library packages (Debian names them lib…: libjs-erajs,
    liberasme-http1.0-cil; or files them in the libs sections), None otherwise."""
    text = ctx.snapshot.read_text("debian/control", limit=64 * 1024) if "debian/control" in ctx.snapshot.files else None
    names = _DEB_PACKAGE.findall(text or "")
    if names and all(n.startswith("lib") and not n.startswith("libre") for n in names):  # (not LibreOffice, LibreNMS, LibreTime)
        return names[0]
    if names and _DEB_LIB_SECTION.search(text or ""):
        return names[0]
    return None


_OUTPUT_TYPE = lazy_compile(r"<OutputType>\s*(\w+)\s*</OutputType>", re.I)


_UNITY_PROJECT = lazy_compile(r"<HintPath>[^<]*\bUnityEngine\.dll</HintPath>|<Reference Include=\"UnityEngine\"|\bUnityProjectGenerator\b")


def dotnet_library(ctx, files) -> str | None:
    """The .csproj of a class library (``<OutputType>Library</OutputType>``) when no other project of the repository's own
    builds a program (test programs set aside)."""
    projects = sorted(e.path for e in files if e.ext.lower() in ("csproj", "vbproj", "fsproj"))[:20]
    texts = {p: ctx.snapshot.read_text(p, limit=128 * 1024) or "" for p in projects}
    # (the projects Unity writes for the editor, Assembly-CSharp.csproj referencing UnityEngine, compile a game's or a
    # visit's scripts into the player Unity builds: no class library, whatever OutputType they give)
    if any(_UNITY_PROJECT.search(t) for t in texts.values()):
        return None
    kinds = {p: (_OUTPUT_TYPE.search(texts[p]) or [None, "Library"])[1].lower() for p in projects}
    libs = [p for p, k in kinds.items() if k == "library"]
    return libs[0] if libs and len(libs) == len(kinds) else None


# (Cordova's layout lives in cordova_layout: the inventory reads it too, and must not import this module, which imports manifests)
from auditor.facts.cordova_layout import CORDOVA_TREES, cordova_configs, cordova_root  # noqa: E402,F401 (re-exported)


def cordova_app(ctx) -> str | None:
    """The config.xml of an Apache Cordova (PhoneGap) application: a mobile application written in HTML, CSS and JavaScript."""
    configs = cordova_configs(ctx.snapshot)
    return configs[0] if configs else None


_ARCHETYPE = lazy_compile(r"<packaging>\s*maven-archetype\s*</packaging>")


def maven_archetype(ctx) -> str | None:
    """The file declaring a Maven archetype (a template from which ``mvn archetype:generate`` creates projects): its pom's
    ``maven-archetype`` packaging or its archetype-metadata.xml."""
    meta = "src/main/resources/META-INF/maven/archetype-metadata.xml"
    if meta in ctx.snapshot.files:
        return meta
    if "pom.xml" in ctx.snapshot.files and _ARCHETYPE.search(ctx.snapshot.read_text("pom.xml", limit=256 * 1024) or ""):
        return "pom.xml"
    return None


# the tree a project template copies into each project it generates: a Maven archetype's archetype-resources/ (beside its
# META-INF/maven/archetype-metadata.xml, or under a pom of maven-archetype packaging), a cookiecutter's {{cookiecutter.x}}/ folder
_ARCHETYPE_TREE = lazy_compile(r"^((?:[^/]+/){0,3}?)src/main/resources/archetype-resources/")
_COOKIECUTTER_DIR = lazy_compile(r"(?:^|/)\{\{\s*cookiecutter\.[^/]*\}\}/")


# (and a code generator's templates/ folder, the files it copies into the project it generates: a Yeoman generator's
# generators/app/templates/ or app/templates/ beside the generator's index.js, a Rails generator's
# lib/generators/<name>/templates/ beside its <name>_generator.rb)
_GENERATOR_TEMPLATES = lazy_compile(r"^((?:[^/]+/){0,3}?([^/]+))/templates/")
_GENERATOR_SCRIPTS = ("index.js", "index.ts", "index.mjs", "index.cjs")


def _yeoman_generator(ctx) -> bool:
    """A Yeoman generator: its package.json named generator-* (Yeoman's rule) or depending on yeoman-generator."""
    doc = _json(ctx, "package.json")
    deps = doc.get("dependencies") if isinstance(doc.get("dependencies"), dict) else {}
    return str(doc.get("name") or "").split("/")[-1].startswith("generator-") or "yeoman-generator" in deps


def _generator_templates(ctx, path: str) -> bool:
    m = _GENERATOR_TEMPLATES.match(path)
    if not m:
        return False
    folder, name = m.group(1), m.group(2)
    files = ctx.snapshot.files
    if f"{folder}/{name}_generator.rb" in files and folder.rsplit("/", 2)[-2:-1] == ["generators"]:
        return True  # (Rails: lib/generators/definition/definition_generator.rb)
    return any(f"{folder}/{s}" in files for s in _GENERATOR_SCRIPTS) and folder.count("/") <= 1 and \
        (folder.count("/") == 0 or folder.startswith("generators/")) and _yeoman_generator(ctx)


def template_tree(ctx, path: str) -> bool:
    """A file of the project a template generates (a Maven archetype's archetype-resources/, a cookiecutter's
    {{cookiecutter.project_slug}}/, a Yeoman or Rails generator's templates/): the generated project's, not what the template
    repository itself is."""
    if _COOKIECUTTER_DIR.search(path) or _generator_templates(ctx, path):
        return True
    m = _ARCHETYPE_TREE.match(path)
    if not m:
        return False
    root = m.group(1)
    if f"{root}src/main/resources/META-INF/maven/archetype-metadata.xml" in ctx.snapshot.files:
        return True
    return f"{root}pom.xml" in ctx.snapshot.files and bool(_ARCHETYPE.search(ctx.snapshot.read_text(f"{root}pom.xml", limit=256 * 1024) or ""))


def monitoring_protocol(ctx) -> str | None:
    """The module.json of a protocol of GeoNature's monitoring module (gn_module_monitoring): a folder (at the root or one
    down) with module.json naming the module (``module_label``, ``module_code``) beside config.json and the site or visit
    forms (site.json, visit.json), installed with ``flask monitorings install``."""
    for p in sorted(p for p in ctx.snapshot.files if p.rsplit("/", 1)[-1] == "module.json" and p.count("/") <= 1)[:10]:
        folder = p[: -len("module.json")]
        doc = _json(ctx, p)
        if {"module_label", "module_code", "module_desc"} & set(doc) and folder + "config.json" in ctx.snapshot.files and \
                any(folder + f in ctx.snapshot.files for f in ("site.json", "visit.json", "observation.json")):
            return p
    return None


# A Python script whose window is drawn by a desktop or touch toolkit (Kivy, Tk, Qt, wx, GTK): a graphical program, no command
# (and the toolkits drawn over Tk: CustomTkinter, ttkbootstrap)
GUI_IMPORT = lazy_compile(r"^[^\S\n]*(?:from|import)\s+(?:kivy|tkinter|Tkinter|customtkinter|ttkbootstrap|PyQt[456]|PySide[26]?|wx|pygame)\b|^[^\S\n]*from\s+gi\.repository\s+import\s+Gtk\b",
                          re.M)


# SQL that only reads (SELECT, WITH … SELECT): the queries a program runs or a report extracts, which define no table, view
# or function of a model. Any statement that creates, changes or fills something makes the file part of a model.
_SQL_COMMENT = lazy_compile(r"--[^\n]*|/\*(?:(?!/\*).)*?\*/", re.S)
_SQL_LITERAL = lazy_compile(r"'(?:[^']|'')*'")
# (whole words only: a column aliased createur, i.created or a drop_date column names no statement)
_SQL_WRITES = lazy_compile(r"\b(?:(?:create|alter|drop|truncate|grant|revoke)\b|insert\s+into|update\s+[\w.\"]+\s+set|delete\s+from|merge\s+into|comment\s+on|"
                           r"copy\s+[\w.\"]+|do\s+\$|\$\$|begin\b\s*;|set\s+search_path)", re.I)
_SQL_READS = lazy_compile(r"\bselect\b", re.I)
# (200 files: a dashboard's views and queries over a park's database, 117 SQL files, were read past the 60th as a model's)
MAX_QUERY_PROBES = 200
QUERY_PROBE_BYTES = 64 * 1024


def query_scripts(ctx, paths: list[str]) -> list[str]:
    """The SQL files, among ``paths``, that only query (at most :data:`MAX_QUERY_PROBES` read, in path order, 64 KB each)."""
    out = []
    for path in sorted(paths)[:MAX_QUERY_PROBES]:
        text = _SQL_LITERAL.sub("''", _SQL_COMMENT.sub(" ", ctx.snapshot.read_text(path, limit=QUERY_PROBE_BYTES) or ""))
        if _SQL_READS.search(text) and not _SQL_WRITES.search(text):
            out.append(path)
    return out


# A package.json script running one of the project's own files with a JavaScript runtime ("cut": "node ./src/cut.js",
# "start": "ts-node src/index.ts"); maintainers' scripts (build, test, lint, release…) are not the program
_RUN_FILE = lazy_compile(r"^\s*(?:node|ts-node|tsx|bun|deno run)\s+(?:--?[\w-]+(?:=\S+)?\s+)*(?:\./)?((?:[\w.@-]+/)*[\w.-]+\.[cm]?[jt]s)\b")
_MAINTAINER_SCRIPT = lazy_compile(r"^(?:pre|post)?(?:build|test|tests|lint|format|prettier|release|prepare|prepublish\w*|install|"
                                  r"version|deploy|clean|watch|dev|serve|docs?|coverage|bench\w*|storybook)(?::[\w:-]+)?$", re.I)
# what a command reads: its arguments (process.argv, an argument parser) or a shebang; what a server or a page does instead
_READS_ARGS = lazy_compile(r"\A#!\S*\b(?:node|env\s+node|ts-node|bun|deno)\b|\bprocess\.argv\b|\brequire\(\s*['\"](?:commander|yargs|meow|cac|minimist)['\"]|"
                           r"\bfrom\s+['\"](?:commander|yargs(?:/\w+)?|meow|cac|minimist)['\"]")
_SERVES_OR_RENDERS = lazy_compile(r"\.listen\s*\(|\bcreateServer\s*\(|\brequire\(\s*['\"](?:express|fastify|koa|react|vue)['\"]|"
                                  r"\bfrom\s+['\"](?:express|fastify|koa|react|vue)['\"]|\bdocument\.|\bwindow\.")


def npm_script_files(ctx) -> list[str]:
    """The project's own files the root package.json's scripts run with a JavaScript runtime (`"preview:serve": "node
    scripts/serve-preview.mjs"`, each command of a `&&` chain), in the scripts' order, at most 40: the project's tooling."""
    scripts = _json(ctx, "package.json").get("scripts")
    out: list[str] = []
    for _, command in sorted(scripts.items())[:40] if isinstance(scripts, dict) else []:
        for part in re.split(r"&&|\|\||;", command)[:10] if isinstance(command, str) else []:
            m = _RUN_FILE.match(part)
            if m and m.group(1) in ctx.snapshot.files and m.group(1) not in out:
                out.append(m.group(1))
    return out[:40]


def npm_commands(ctx) -> list[str]:
    """The project's own scripts that the root package.json runs as commands: a file its ``scripts`` run with node or
    ts-node (not a build, test or lint step) that reads its arguments (process.argv, commander, yargs) or starts with a
    shebang, and serves nothing. A package exporting an interface for others (``bin`` is read elsewhere; ``exports``,
    ``module``, ``types``, or a ``main`` other than those commands) is a library whatever its scripts."""
    doc = _json(ctx, "package.json")
    scripts = doc.get("scripts")
    if not isinstance(scripts, dict) or doc.get("bin") or any(doc.get(k) for k in ("exports", "module", "types", "typings", "browser")):
        return []
    files = ctx.snapshot.files
    run: list[str] = []
    for name, command in sorted(scripts.items())[:40]:
        m = _RUN_FILE.match(str(command)) if isinstance(command, str) and not _MAINTAINER_SCRIPT.match(str(name)) else None
        path = m.group(1) if m else None
        if path and path in files and path not in run and files[path].size <= 512 * 1024:
            text = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
            if _READS_ARGS.search(text) and not _SERVES_OR_RENDERS.search(text):
                run.append(path)
    main = str(doc.get("main") or "").removeprefix("./")
    if main and main not in run:  # (the entry point others would import is none of the commands: a library with a demo script)
        return []
    return sorted(run)[:3]


_BUILD_CONFIGS = ("webpack.config.js", "webpack.config.cjs", "webpack.config.mjs", "webpack.config.ts", "rollup.config.js", "rollup.config.mjs",
                  "vite.config.js", "vite.config.ts", "vite.config.mjs")
# a bundler told to build a library others import: webpack's output.library / libraryTarget, Vite's build.lib, Rollup's UMD or
# CommonJS output (an application's bundle names none of them)
_LIBRARY_BUILD = lazy_compile(r"\blibraryTarget\s*:|\blibrary\s*:\s*(?:\{\s*(?:name|type)\b|['\"][\w.$-]+['\"])|\blib\s*:\s*\{\s*(?:entry|name|formats)\b|"
                              r"\bformat\s*:\s*['\"](?:umd|cjs|commonjs)['\"]")


def bundled_library(ctx, ui_deps) -> tuple[str, str] | None:
    """(bundler config, what it says) when the root package.json, published with its entry built into dist/ or lib/, is
    bundled as a library by its bundler's own settings (webpack ``library: "snapMode", libraryTarget: "umd"``), whatever
    interface framework it lists among its dependencies (a React component for others' maps): a library, not an application."""
    from auditor.facts.manifests import published_npm_package

    doc = published_npm_package(ctx.snapshot)
    deps = doc.get("dependencies") if doc and isinstance(doc.get("dependencies"), dict) else {}
    main = doc.get("main") if doc else None
    if not (isinstance(main, str) and re.match(r"^(\./)?(dist|lib|build|umd)/", main) and any(ui_deps.fullmatch(d) for d in deps)):
        return None
    for path in _BUILD_CONFIGS:
        if path in ctx.snapshot.files and _LIBRARY_BUILD.search(ctx.snapshot.read_text(path, limit=64 * 1024) or ""):
            return path, f"bundled as a library by {path} ({main})"
    return None


# Vite's library mode (vite.config.ts: build: { lib: { entry: './src/index.ts' } }): the build makes a package other code imports;
# the root index.html beside it is Vite's development page, no site
_VITE_CONFIG = lazy_compile(r"^vite\.config\.[cm]?[jt]s$")
_VITE_LIB = lazy_compile(r"\bbuild\s*:\s*\{(?:[^{}]|\{[^{}]*\})*?\blib\s*:\s*\{")


def vite_library(ctx) -> str | None:
    """The root Vite configuration when it builds the project in library mode (``build.lib``), else None."""
    for p in sorted(p for p in ctx.snapshot.files if "/" not in p and _VITE_CONFIG.match(p))[:2]:
        if _VITE_LIB.search(ctx.snapshot.read_text(p, limit=64 * 1024) or ""):
            return p
    return None
