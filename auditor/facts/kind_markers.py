"""What a repository's root files say about its kind: a command's entry points (console scripts, package.json
``bin``, a package's ``__main__.py``), the files that start a web server, a published component library or design
system, a Django application plugged into a host project, a container image of a server with its settings.

Longer than 400 lines: the entry points of every language (Python, npm, PHP, Go…) are read here, each with the cases that
make a script no command."""

from __future__ import annotations

import re

from auditor.facts.host_copies import HOST_IMPORT as _HOST_IMPORT, HOST_IMPORTS, PUBLIK_HOSTS, mirrored  # noqa: F401 (re-exported)
from auditor.facts.inventory import BUILD_TOOL_SCRIPT, classify, inventory_of, is_doc, is_test
from auditor.facts.kind_apps import GUI_IMPORT
from auditor.facts.kind_go import go_mains
from auditor.facts.kind_packages import _DATA_IMPORT
from auditor.facts.script_markers import _ARGV_PARSER, _MAIN_GUARD, TOP_ARGV, usage_example  # (kind_commands reads them here too)
from auditor.lazyre import lazy_compile

# Files that start or route a web server: a page framework declared without any of them renders templates for a command
SERVER_ENTRY_FILES = {"manage.py", "wsgi.py", "asgi.py", "urls.py", "settings.py", "app.py", "server.py", "application.py", "main.py",
                      "server.js", "app.js", "index.js", "server.ts", "app.ts", "index.php", "routes.php", "web.php", "config.ru", "routes.rb"}


def component_library(ctx, ui_deps) -> list[str]:
    """The UI frameworks a published npm package asks of its users (peerDependencies only): a library of components
    for applications (@geo2france/api-dashboard), not an application."""
    from auditor.facts.manifests import published_npm_package

    doc = published_npm_package(ctx.snapshot)
    peers, deps = (doc.get("peerDependencies") or {}, doc.get("dependencies") or {}) if doc else ({}, {})
    if not isinstance(peers, dict) or not isinstance(deps, dict):
        return []
    return sorted(d for d in peers if ui_deps.fullmatch(d) and d not in deps)


# What a package says it is: a design system, a CSS framework or a library of interface components
_UI_LIBRARY_WORDS = lazy_compile(r"\bdesign[ -]?system\b|\bsyst[eè]me de design\b|\bui[ -]?kit\b|\bpattern[ -]library\b|"
                                 r"\bweb[ -]?components?\b|\bcomponents?[ -]librar(y|ies)\b|\bbiblioth[eè]que de composants\b|"
                                 r"\bcss[ -]framework\b|\bframework css\b", re.I)
# where a package's built entry lives (the components compiled by the library's build)
_BUILT_ENTRY = lazy_compile(r"^(\./)?([\w.-]+/)*(dist|build|lib|es|esm|umd|cjs)/", re.I)


def ui_library(ctx, ui_deps) -> tuple[str, str] | None:
    """(manifest, what it says) when the root package.json declares a library of interface components rather than an
    application: a design system or components library by its name, description or keywords ("Design system for the
    département's websites", keywords ``web-components``), or a published package whose UI framework is only a build
    tool (Svelte/Lit compiled into web components, ``main`` in ``dist/``)."""
    from auditor import safejson
    from auditor.facts.manifests import published_npm_package

    if "package.json" not in ctx.snapshot.files:
        return None
    try:
        doc = safejson.loads(ctx.snapshot.read_text("package.json", limit=512 * 1024) or "")
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    deps = doc.get("dependencies") if isinstance(doc.get("dependencies"), dict) else {}
    published = published_npm_package(ctx.snapshot)
    entries = [published.get(k) for k in ("main", "module")] if published else []
    built_entry = next((e for e in entries if isinstance(e, str) and _BUILT_ENTRY.match(e)), None)
    if built_entry and (published.get("publishConfig") or published.get("types") or published.get("typings")) and published.get("exports") \
            and any(ui_deps.fullmatch(d) for d in deps):  # components built into dist/ with their types, published to a registry
        return "package.json", f"components published as a package ({built_entry})"
    if any(ui_deps.fullmatch(d) for d in deps):  # the framework ships with it: an application (or a peer-dependency library)
        return None
    keywords = [k for k in doc.get("keywords") or [] if isinstance(k, str)][:30] if isinstance(doc.get("keywords"), list) else []
    # the description's first words say what the package is ("Design system for…"), not what it is built with
    said = [str(doc.get("name") or "").replace("-", " "), " ".join(str(doc.get("description") or "")[:300].split()[:5])] + keywords
    hit = next((s for s in said if _UI_LIBRARY_WORDS.search(s)), None)
    if hit:
        return "package.json", hit
    dev = doc.get("devDependencies") if isinstance(doc.get("devDependencies"), dict) else {}
    built = [d for d in dev if ui_deps.fullmatch(d)] if "electron" not in dev else []  # an Electron application builds into dist/ too
    if built and any(isinstance(e, str) and _BUILT_ENTRY.match(e) for e in entries):
        return "package.json", f"{sorted(built)[0]} compiled into {next(e for e in entries if isinstance(e, str) and _BUILT_ENTRY.match(e))}"
    return None


# Static file servers: an image FROM them serves the repository's pages (a static site); any other base is a server
_STATIC_SERVER = lazy_compile(r"(nginx|nginx-unprivileged|httpd|apache2?|caddy|lighttpd|static-web-server|busybox)", re.I)
_FROM = lazy_compile(r"^[^\S\n]*FROM\s+(?:--platform=\S+\s+)?(\S+)", re.I | re.M)


def packaged_servers(ctx, images: list[str], own_code: list[str]) -> list[str]:
    """The container images (Dockerfiles) whose last stage is built FROM a server other than a static file server, and that
    copy every file of code the repository has into the image by name (its theme, its hooks): the repository packages that
    server with its settings (a MapProxy tile cache FROM picnat/mapproxy; Lufi fetched into debian:12-slim with Mégalis's
    theme); any page beside it is the server's demonstration page."""
    from auditor.facts.install import copied_sources

    out = []
    for path in images[:10]:
        text = ctx.snapshot.read_text(path, limit=64 * 1024) or ""
        bases = _FROM.findall(text)
        if not bases:
            continue
        name = bases[-1].split("@")[0].rsplit("/", 1)[-1].split(":")[0]
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        copied = [re.sub(r"^(\./)+", "", base + s.removeprefix("./")).rstrip("/") for s in copied_sources(text)]
        copied = [c for c in copied if c and c != "." and c != base.rstrip("/")]  # "COPY . /app" names no file
        covered = all(any(p == c or p.startswith(c + "/") for c in copied) for p in own_code)
        if covered and not _STATIC_SERVER.fullmatch(name) and name.lower() != "scratch":
            out.append(path)
    return out


_CMD = lazy_compile(r"^[^\S\n]*(?:CMD|ENTRYPOINT)\s+(.+)$", re.I | re.M)
_BARE_BASE = lazy_compile(r"(debian|ubuntu|alpine|centos|rockylinux|almalinux|fedora|python|node|ruby|perl|bash|gdal|uv)", re.I)  # (uv: Astral's Python images)
_FETCH = lazy_compile(r"\bgit\s+clone\b|\bwget\b|\bcurl\b")


def image_command_scripts(ctx, images: list[str]) -> list[tuple[str, str]]:
    """(image, script) for a container image built FROM a bare system or language image (or Astral's uv), whose command runs a
    script of the project it copies in, a program or, when the image fetches nothing (no other application), any script
    (geOrchestra's vrt-bot: debian:sid, gdal-bin, CMD ["/home/app/vrt.sh"]; a batch job's CMD ["python", "main.py"] beside the
    Oracle client it downloads): the project is that program, packaged to run anywhere, not a server packaged with its settings."""
    from auditor.facts.install import copied_sources

    out = []
    for path in images[:10]:
        text = ctx.snapshot.read_text(path, limit=64 * 1024) or ""
        bases = _FROM.findall(text)
        if not bases:
            continue
        name = bases[-1].split("@")[0].rsplit("/", 1)[-1].split(":")[0]
        commands = " ".join(m.group(1) for m in _CMD.finditer(text))
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        own = [base + c.removeprefix("./") for c in copied_sources(text) if "/" not in c.removeprefix("./").rstrip("/")]
        runs = [c for c in own if c in ctx.snapshot.files and re.search(rf"(?<![\w.-]){re.escape(c.rsplit('/', 1)[-1])}\b", commands)]
        # (an image that downloads something, git clone or wget, runs it through a shell script of the project's: a server packaged
        # with its start script; one running the project's own program, python main.py, may fetch a client library it needs)
        if _BARE_BASE.fullmatch(name) and runs and not (_FETCH.search(text) and not runs[0].endswith((".py", ".js", ".mjs", ".rb", ".pl", ".php"))):
            out.append((path, runs[0]))
    return out


# A Django application with no project of its own (no manage.py, settings or WSGI entry): installed into a host
# project's INSTALLED_APPS. The Publik suite's hosts, named when the code imports them (a Passerelle connector).
DJANGO_PROJECT_FILES = {"manage.py", "settings.py", "wsgi.py", "asgi.py"}
DJANGO_APP_FILES = {"models.py", "apps.py", "admin.py"}
# the interface frameworks built on Django (a CMS, a design system's templates): a reusable application's host runs them
DJANGO_HOSTED_UI = frozenset({"django", "wagtail", "django-cms", "mezzanine", "django-dsfr"})
_PUBLIK_IMPORT = lazy_compile(r"^[^\S\n]*(?:from|import)\s+(passerelle|combo|wcs|authentic2|hobo|chrono|lingo|welco|fargo|bijoe)\b", re.M)


def django_app(ctx, files, deps: set[str]) -> tuple[str, str | None] | None:
    """(a file of the application, the host it plugs into or None) for a reusable Django application: django declared,
    models/apps/admin modules, and none of a project's files (manage.py, settings.py, wsgi.py, asgi.py); not the applications
    of one site (:func:`site_apps`)."""
    if "django" not in deps or any(e.name in DJANGO_PROJECT_FILES for e in files):
        return None
    app = sorted(e.path for e in files if e.name in DJANGO_APP_FILES and e.path.removeprefix("src/").count("/") <= 2)  # (src/pkg/app/apps.py too)
    if not app:
        return None
    for path in sorted(e.path for e in files if e.ext == "py" and e.path.count("/") <= 2)[:40]:
        m = _PUBLIK_IMPORT.search(ctx.snapshot.read_text(path, limit=64 * 1024) or "")
        if m:
            return path, PUBLIK_HOSTS[m.group(1)]
    return None if site_apps(files) else (app[0], None)


def site_apps(files) -> list[str]:
    """The URL modules (``<app>/urls.py``) of the Django applications side by side at the root (or under src/), when two or more
    of them route requests: the applications of one site whose project (settings, manage.py) is kept elsewhere, not an
    application others add to their INSTALLED_APPS (a regional data platform's idgo_admin/, api/, server_cas/, each with its
    urls.py; a reusable application is one package, its sub-applications inside it, allauth/account/). Test and example
    folders are left out."""
    from auditor.facts.kind_apps import aside

    apps = {e.path.removeprefix("src/").split("/", 1)[0] for e in files if e.name in DJANGO_APP_FILES
            and e.path.removeprefix("src/").count("/") == 1 and not is_test(e.path) and not aside(e.path)}
    urls = sorted(e.path for e in files if e.name == "urls.py" and e.path.removeprefix("src/").count("/") == 1
                  and e.path.removeprefix("src/").split("/", 1)[0] in apps)
    return urls if len(urls) >= 2 else []


def imported_host(ctx, files) -> tuple[str, str] | None:
    """(the first file importing it, the host) when the project's Python code imports a host application's modules
    (``from geotrek.common.parsers import Parser``) and is not that application itself (no folder of that package,
    no Django project of its own)."""
    if any(e.name in DJANGO_PROJECT_FILES for e in files):
        return None
    tops = {e.path.split("/", 1)[0] for e in files if "/" in e.path}
    paths = {e.path for e in files}
    for path in sorted(e.path for e in files if e.ext == "py" and e.path.count("/") <= 2)[:40]:
        text = ctx.snapshot.read_text(path, limit=64 * 1024) or ""
        m = _HOST_IMPORT.search(text)
        if m and m.group(1) not in tops and not mirrored(path, text, paths):  # (a copy of the host's package: host_copies)
            return path, HOST_IMPORTS[m.group(1)]
    return None


def entry_points(ctx) -> list[str]:
    """Manifests that declare a command (console scripts, package.json ``bin``)."""
    from auditor import safejson

    out = []
    for path in ("pyproject.toml", "setup.cfg", "setup.py", "package.json"):
        if path not in ctx.snapshot.files:
            continue
        text = ctx.snapshot.read_text(path, limit=512 * 1024) or ""
        if path == "package.json":
            try:
                doc = safejson.loads(text)
            except ValueError:
                continue
            if isinstance(doc, dict) and doc.get("bin"):
                out.append(path)
            elif isinstance(doc, dict) and isinstance(doc.get("scripts"), dict) and CLI_START.search(str(doc["scripts"].get("start") or "")):
                out.append(path)  # "start": "node dist/cli.js": the package is run as a command (http-reaper <url>), not imported
        elif re.search(r"^\[project\.scripts\]|^\[tool\.poetry\.scripts\]|console_scripts", text, re.M):
            out.append(path)
    # a package run as "python -m dematik": its __main__.py (dematik/__main__.py, src/pkg/__main__.py)
    out += sorted(p for p, e in ctx.snapshot.files.items() if e.name == "__main__.py" and p.count("/") <= 2 and not is_test(p))[:3]
    # a Python script at the root or in a scripts folder parsing its own arguments and run as a program (validation.py:
    # argparse, then `if __name__ == "__main__": main()`; scripts/cswbot.py: getopt): a command, even when not committed executable
    # (a package's scripts/bump_version.py is a maintainer's tool: scripts folders count only without a package manifest)
    packaged = any(m in ctx.snapshot.files for m in ("pyproject.toml", "setup.py", "setup.cfg", "package.json"))
    pages = any(e.ext in ("html", "htm") and not is_doc(p) for p, e in ctx.snapshot.files.items())  # (a committed Sphinx build is no page)
    notebook = any(e.ext == "ipynb" for e in ctx.snapshot.files.values())
    for p in sorted(p for p, e in ctx.snapshot.files.items() if e.ext == "py" and e.name not in NOT_COMMANDS and (
            "/" not in p or (not packaged and p.count("/") == 1 and p.split("/")[0] in SCRIPT_DIRS)))[:10]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        # (nor a test module run by unittest.main(), test.py; nor a library's usage example importing its package, example.py)
        if (_MAIN_GUARD.search(text) or TOP_ARGV.search(text)) and p not in out and not GUI_IMPORT.search(text) and not _analysis_script(text, notebook) and (  # (a Kivy or Tk window is no command)
                _ARGV_PARSER.search(text) or not (_PY_PACKAGE.intersection(ctx.snapshot.files) or pages)) \
                and not is_test(p) and not usage_example(ctx.snapshot.files, p, text):
            out.append(p)  # (without a package manifest, a root script run as a program: main.py's `if __name__ == "__main__":`;
            # beside HTML pages, a script preparing the page's data: the page decides)
    # a Go program: `package main` with its `func main()` at the root of a Go module or in cmd/<name>/ under it (an exporter, a batch,
    # a daemon in server/ beside its mobile clients): run, not imported
    out += [p for p in go_mains(ctx)[:1] if p not in out]
    # a PHP script at the root run from the command line (a php shebang, $argv or getopt() read) and answering no request
    # (extract_raster.php index=… src=…, launched by a .bat beside it)
    for p in sorted(p for p, e in ctx.snapshot.files.items() if "/" not in p and e.ext == "php")[:10]:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if _PHP_CLI.search(text) and not _PHP_REQUEST.search(text) and p not in out:
            out.append(p)
    # a script committed executable at the root or in bin/ opening on its interpreter line (./standardize_csv.py, "#!/usr/bin/env python"):
    # a command (not manage.py, setup.py; nor a library copied into tools/lib/). The executable bit alone is none: a commune's website committed
    # without modes has 66 of 77 root files executable, pages, Gruntfile.js and elm.js alike (issue 12, s24 o3). 20 heads read at most.
    inv = inventory_of(ctx)
    out += [p for p in sorted(p for p, e in ctx.snapshot.files.items() if e.kind == "executable" and e.ext in ("py", "js", "mjs", "rb", "pl") and e.name not in NOT_COMMANDS
            and (p.count("/") == 0 or p.split("/")[0] in SCRIPT_DIRS) and not is_test(p) and inv.category(p) != "vendored")[:20]
            if (head := (ctx.snapshot.read_bytes(p, limit=ctx.snapshot.max_blob) or b""))[:2] == b"#!"
            and not (p.endswith(".py") and usage_example(ctx.snapshot.files, p, head.decode("utf-8", "replace")))][:3]  # (example.py: a library's demonstration)
    return out


# a start script that runs the package's own command-line module (node dist/cli.js, ts-node src/cli.ts)
CLI_START = re.compile(r"^\s*(?:node|ts-node|tsx|deno run|bun)\s+(?:--\S+\s+)*(?:\./)?(?:[\w.-]+/)*cli\.[cm]?[jt]s\b")

_PHP_CLI = lazy_compile(r"""\A#!\S*\bphp\b|\$argv\b|\bgetopt\s*\(|\$_SERVER\[['"]argv['"]\]|php_sapi_name\(\)\s*===?\s*['"]cli['"]""")
_PHP_REQUEST = lazy_compile(r"\$_(?:GET|POST|REQUEST|SESSION|FILES|COOKIE)\b")
SCRIPT_DIRS = ("bin", "scripts", "cli", "tools")  # folders of commands
_PY_PACKAGE = frozenset({"pyproject.toml", "setup.py", "setup.cfg"})
_PLOT_IMPORT = lazy_compile(r"^[ \t]*(?:from|import)[ \t]+(?:matplotlib|seaborn|plotly|bokeh|altair|plotnine)\b", re.M)
_SYS_ARGV = lazy_compile(r"\bsys\.argv\b")


def _analysis_script(text: str, notebook: bool) -> bool:
    """A script whose main guard runs an analysis, no command (issue 12, s25 t25: dataviz.py plotting with seaborn, process_data.py
    preparing a notebook's table): it reads no argument (no parser, no sys.argv) and handles tables with a data library, beside
    a notebook or drawing charts itself."""
    return not _ARGV_PARSER.search(text) and not _SYS_ARGV.search(text) and bool(_DATA_IMPORT.search(text)) \
        and (notebook or bool(_PLOT_IMPORT.search(text)))


NOT_COMMANDS = frozenset({"manage.py", "setup.py", "conftest.py", "wsgi.py", "asgi.py", "app.py", "server.py", "server.js", "index.js",
                          "main.js", "gulpfile.js", "webpack.config.js", "Rakefile"})


# Server frameworks a command-line tool, a library or an analysis may also start (ckanserviceprovider: the web job service CKAN
# calls, DataPusher): "two applications sharing one code", a CLI
# and a small bottle server of the same reports (sdi-cc-report). Template engines alone (jinja2, twig) serve nothing.
SERVER_DEPS = lazy_compile(r"django|flask|ckanserviceprovider|bottle|cherrypy|pyramid|tornado|falcon|aiohttp|sanic|fastapi|starlette|quart|web\.py|"
                           r"express|fastify|koa|hono|@nestjs/core|symfony/framework-bundle|symfony/symfony|laravel/framework|slim/slim|rails|sinatra|"
                           r"org\.springframework\.boot:.*|gin-gonic/gin|github\.com/gin-gonic/gin|github\.com/labstack/echo.*|actix-web|axum")
# what starts or routes the server in the project's own code: a route declared on an application object or by a decorator
# (self._app.route('/reports', …), @app.get("/"), router.post('/x', …)), a server run, a Django URL table
_SERVES = lazy_compile(r"(?:^[ \t]*@[\w.]*|\b_?(?:app|application|api|router|server|bp|blueprint)\.)(?:route|get|post|put|delete|patch)"
                       r"\s*\(\s*['\"]/|\b(?:bottle\.run|uvicorn\.run|waitress\.serve|web\.run_app|make_server|run_simple)\s*\(|"
                       r"^[ \t]*urlpatterns\s*=", re.M)
SERVER_START_FILES = frozenset({"wsgi.py", "asgi.py", "passenger_wsgi.py"})
_SERVER_CODE_EXT = ("py", "js", "mjs", "cjs", "ts", "rb", "php", "go", "java", "kt", "rs")


def served_side(ctx, files, deps: set[str], has_pages: bool) -> tuple[str, list[dict]] | None:
    """(kind, evidence) of the web side of a project whose main kind serves nothing (a command-line tool, a library): a server
    framework it declares for running (not for development) and the project's own code starting or routing that server (a WSGI
    entry, routes on an application object). The side is a web application when the project has pages or templates of its own,
    an API service otherwise. The first 80 code files in path order are read, 64 KB each."""
    servers = sorted(d for d in deps if SERVER_DEPS.fullmatch(d))
    if not servers:
        return None
    started = sorted(e.path for e in files if e.name in SERVER_START_FILES or e.ext.lower() == "wsgi")[:3]  # (a mod_wsgi script)
    if not started:
        code = sorted(e.path for e in files if e.ext.lower() in _SERVER_CODE_EXT)[:80]
        started = [p for p in code if _SERVES.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")][:3]
    if not started:
        return None
    reason = "server framework " + ", ".join(servers[:3])
    return ("web-application" if has_pages else "api-service"), [{"path": p, "reason": reason + " started or routed here"} for p in started]


# REST resources a host's plugin declares for the host to serve (a Jalios JCMS plugin.xml: <openapi><resource uriTemplate="/plugins/…"/>)
_REST_RESOURCE = lazy_compile(r"""<resource\b[^>]*\buriTemplate\s*=\s*["']([^"']+)""")


def plugin_rest_resources(ctx, manifest: str) -> list[str]:
    """The URI templates of the REST resources a plugin's declaration file declares (comments left out), the first 50."""
    text = re.sub(r"<!--(?:(?!<!--).)*?-->", "", ctx.snapshot.read_text(manifest, limit=256 * 1024) or "", flags=re.S)
    return [m.group(1) for m in _REST_RESOURCE.finditer(text)][:50] if "<openapi" in text else []


# JAX-RS resources in Java code (a Lutece module's rs/CkanRest.java: `@Path(…)` on the class, `@GET` methods): REST resources the
# host's JAX-RS runtime serves, though no JAX-RS library is declared (the host brings it)
_JAXRS_PATH = lazy_compile(r"^[ \t]*@(?:javax\.ws\.rs\.|jakarta\.ws\.rs\.)?Path\s*\(", re.M)
_JAXRS_VERB = lazy_compile(r"^[ \t]*@(?:javax\.ws\.rs\.|jakarta\.ws\.rs\.)?(?:GET|POST|PUT|DELETE|PATCH)\b", re.M)


def jaxrs_resources(ctx, files) -> list[str]:
    """The Java files (not tests; the first 300 in path order, 128 KB each) declaring JAX-RS resources: a ``@Path`` and an HTTP verb."""
    from auditor.facts.inventory import is_test, is_vendored

    cands = sorted(e.path for e in files if e.ext == "java" and not is_test(e.path) and not is_vendored(e.path))[:300]
    out = []
    for p in cands:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if "@" in text and _JAXRS_PATH.search(text) and _JAXRS_VERB.search(text):
            out.append(p)
    return out


# HTTP routes a Python package declares on a Flask blueprint or a FastAPI router (a GeoNature module's blueprint.py serving
# /territories, /taxons…): an API its host application serves
_PY_ROUTER = lazy_compile(r"\b(?:Blueprint|APIRouter)\s*\(")
_PY_ROUTE = lazy_compile(r"""^[ \t]*@\w+\.(?:route|get|post|put|patch|delete)\(\s*['"]/""", re.M)


def python_route_files(ctx, files) -> list[str]:
    """The Python files (not tests; the first 300 in path order, 128 KB each) declaring HTTP routes on a blueprint or router, or,
    beside a Django urls.py, views answering JSON (JsonResponse, Django REST framework's views: issue 12, s37 vf37, DataSud's
    IDGO store app routing its own JSON endpoint)."""
    from auditor.facts.inventory import is_test, is_vendored

    cands = sorted(e.path for e in files if e.ext == "py" and not is_test(e.path) and not is_vendored(e.path))[:300]
    django = any(p == "urls.py" or p.endswith("/urls.py") for p in cands)
    out = []
    for p in cands:
        text = ctx.snapshot.read_text(p, limit=128 * 1024) or ""
        if _PY_ROUTER.search(text) and _PY_ROUTE.search(text) or django and _DJANGO_JSON.search(text):
            out.append(p)
    return out


_DJANGO_JSON = lazy_compile(r"\bJsonResponse\s*\(|^[ \t]*@api_view\s*\(|\bclass\s+\w+\s*\([^)\n]{0,80}\b(?:APIView|ViewSet|ModelViewSet|GenericAPIView)\b", re.M)


# A program written in C# that is its own HTTP server (a class deriving from an HttpServer, an HttpListener, ASP.NET Core's host,
# Nancy modules): a web application or API, whatever static pages it serves beside (erasme/kjing's share/www)
_DOTNET_SERVER = lazy_compile(r"\bclass\s+\w+\s*:\s*[\w.]*\bHttp(?:Server|Listener)\b|\bnew\s+HttpListener\s*\(|\bWebHost\.CreateDefaultBuilder\b|"
                              r"\bWebApplication\.Create(?:Builder)?\s*\(|:\s*NancyModule\b")


def dotnet_servers(ctx, files) -> list[str]:
    """The C# files (not tests; the first 300 in path order, 128 KB each) making the program its own HTTP server."""
    from auditor.facts.inventory import is_test, is_vendored

    cands = sorted(e.path for e in files if e.ext == "cs" and not is_test(e.path) and not is_vendored(e.path))[:300]
    return [p for p in cands if _DOTNET_SERVER.search(ctx.snapshot.read_text(p, limit=128 * 1024) or "")]


# A QGIS Deployment Toolbelt profile (profiles/<name>/profile.json: QGIS versions, plugins to install; QGIS/QGIS3.ini beside it)
_QDT_PROFILE = lazy_compile(r'"\$schema"\s*:\s*"[^"]*qgis-deployment[^"]*"|"qgisMinimumVersion"\s*:')


def qdt_profiles(ctx, files) -> list[str]:
    """The QGIS Deployment Toolbelt profiles a repository holds (the profile.json files of a QGIS configuration that QDT
    deploys to a service's desktops): the first 20 in path order, 64 KB each."""
    cands = sorted(e.path for e in files if e.name == "profile.json")[:20]
    return [p for p in cands if _QDT_PROFILE.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]


# An extension of MapStore (geOrchestra's map viewer): code importing the host's modules through its "@mapstore/" alias, built
# inside the host's tree (geor_MapstoreExtension, MapStoreExtension's "ext:build"), with its plugins/Extension.jsx entry
_MAPSTORE_IMPORT = lazy_compile(r"""(?:\bfrom\s+|\bimport\s+|\brequire\(\s*)["']@mapstore/""")
_EXTENSION_ENTRY = lazy_compile(r"(^|/)Extension\.[jt]sx?$")
_EXTENSION_SCRIPTS = lazy_compile(r'"ext:[\w-]+"\s*:')


def mapstore_extension(ctx, files) -> str | None:
    """The file of a MapStore extension importing the host's modules, None for anything else (a MapStore project, an application
    with its own package.json, imports the same alias but is no extension): the extension's entry (plugins/Extension.jsx) or
    MapStoreExtension's ext: scripts are required beside a package.json. The entries and the first 60 scripts in path order are read."""
    entries = sorted(e.path for e in files if _EXTENSION_ENTRY.search(e.path))[:5]
    if "package.json" in ctx.snapshot.files and not entries and \
            not _EXTENSION_SCRIPTS.search(ctx.snapshot.read_text("package.json", limit=256 * 1024) or ""):
        return None
    scripts = sorted(e.path for e in files if e.ext.lower() in ("js", "jsx", "ts", "tsx") and not is_test(e.path))[:60]
    found = next((p for p in entries + scripts if _MAPSTORE_IMPORT.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")), None)
    # (an extension kept in one sub-project folder holding less than half of the code, beside a server and an application of the
    # repository's own, is one part of it: the repository is no extension. Its sources only: not the build tools' settings and scripts,
    # MapStoreExtension's webpack, karma and proxy configurations at the root and its build/extension/ folder, serving nothing)
    # (the extension's own tree, plugins/ beside components/ and epics/, is one folder only where it sits below the root: js/extension/)
    root = found.rsplit("plugins/", 1)[0] if found in entries and "plugins/" in found else found
    if found and "/" in root:
        top = root.split("/", 1)[0] + "/"
        code = [e.path for e in files if e.ext.lower() in _PART_CODE_EXT and classify(e.path)[0] == "source" and not BUILD_TOOL_SCRIPT.search(e.name)]
        if 2 * sum(p.startswith(top) for p in code) < len(code):
            return None
    return found


_PART_CODE_EXT = frozenset({"js", "jsx", "ts", "tsx", "vue", "java", "kt", "py", "php", "cs", "go", "rb", "scala"})


# a Java build naming the class it runs (the jar manifest's, an assembly's or exec plugin's <mainClass>; Gradle's application
# mainClass): a program run as a command or a batch (a deaths register exported each night, a Slack bot), not a library
_JAVA_MAIN = lazy_compile(r"<mainClass>\s*[\w.$]+\s*</mainClass>|<Main-Class>\s*[\w.$]+|^[^\S\n]*(?:mainClass(?:Name)?\s*(?:=|\.set\()|"
                          r"mainClass\.set\()", re.M)


def java_main(ctx) -> list[str]:
    """Root build files (pom.xml, build.gradle[.kts]) that name a main class to run."""
    out = []
    for path in ("pom.xml", "build.gradle", "build.gradle.kts"):
        if path in ctx.snapshot.files and _JAVA_MAIN.search(ctx.snapshot.read_text(path, limit=512 * 1024) or ""):
            out.append(path)
    return out

