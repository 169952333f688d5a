"""What a project runs, read from its own code where no manifest says it: a PHP framework's front controller committed without
Composer (Symfony 1's web/index.php, Zend Framework 1's public/index.php), a Python interface framework its code imports (a Dash
application with no requirements file), pages that sign people in to a server; and what it does not run: the example page of a
library copied into it (Ext Core's lightbox/index.html), the plugins of a host kept in sub-folders (two SPIP plugins under
spip/plugins/). All reads are bounded and in path order."""

from __future__ import annotations

import posixpath
import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

_LICENCE_FILE = lazy_compile(r"^(licen[cs]e|copying|mit-licen[cs]e|gpl-licen[cs]e)([.-][\w.-]*)?$", re.I)
_SCRIPT_SRC = lazy_compile(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"'?#]+)""", re.I)
_REMOTE = lazy_compile(r"^(?:[a-z][\w+.-]*:|//)", re.I)


def copied_library_pages(ctx, pages: list[str], inv) -> list[str]:
    """The pages that belong to a copy of a library: below the root, inside a folder that keeps that library's licence file beside
    its copied code (ext-core3_0/LICENSE.txt and ext-core.js), and loading only the copy's scripts (the lightbox example loads
    lightbox.js and ../../ext-core-debug.js). A page loading a script of the project's own is the project's. At most 60 pages
    read, 64 KB each."""
    files = ctx.snapshot.files
    folders: dict[str, list[str]] = {}
    for p in files:
        folder, _, name = p.rpartition("/")
        folders.setdefault(folder, []).append(name)
    copies: dict[str, bool] = {}

    def copy_root(folder: str) -> bool:
        if folder not in copies:
            names = folders.get(folder, [])
            copies[folder] = any(_LICENCE_FILE.match(n) for n in names) and any(
                inv.category(p) == "vendored" for p in files if p.startswith(folder + "/") and p.rsplit(".", 1)[-1].lower() in ("js", "css"))
        return copies[folder]

    out = []
    for page in sorted(pages)[:60]:
        folder = page.rpartition("/")[0]
        chain = []
        while folder:
            chain.append(folder)
            folder = folder.rpartition("/")[0]
        if not any(copy_root(f) for f in chain):
            continue
        text = ctx.snapshot.read_text(page, limit=64 * 1024) or ""
        local = [posixpath.normpath(posixpath.join(page.rpartition("/")[0], m.group(1))) for m in _SCRIPT_SRC.finditer(text)
                 if not _REMOTE.match(m.group(1))]
        found = [p for p in local if p in files]
        if found and all(inv.category(p) == "vendored" for p in found):
            out.append(page)
    return out


# a PHP framework's front controller: the one script the web server runs for every request, bootstrapping the framework and
# dispatching (Symfony 1's sfContext::createInstance(…)->dispatch(), Zend Framework 1's new Zend_Application(…), ZF2/Laminas,
# a Symfony or Laravel kernel's handle($request), Yii, CakePHP, CodeIgniter's system/core/CodeIgniter.php)
_DISPATCH = lazy_compile(r"\bsfContext::createInstance\s*\(|\bnew\s+Zend_Application\s*\(|\b(?:Zend|Laminas)\\Mvc\\Application::init\s*\(|"
                         r"\$kernel\s*->\s*handle\s*\(|\bYii::createWebApplication\s*\(|\bnew\s+\\?yii\\web\\Application\s*\(|"
                         r"\$Dispatcher\s*->\s*dispatch\s*\(|core/CodeIgniter\.php")
_DOC_ROOTS = ("", "web", "public", "www", "htdocs", "html", "public_html", "webroot", "app/webroot")
_FRONT_NAMES = ("index.php", "app.php", "frontend.php", "backend.php")
# the pages such a framework renders: Symfony 1's modules/<m>/templates/*Success.php, Zend's views/scripts/*.phtml, Twig, Smarty…
_VIEW = lazy_compile(r"(^|/)(templates|views|layouts)/([^/]+/)*[^/]+\.(php|phtml|twig|tpl|html)$|\.(phtml|tpl|twig|blade\.php|ctp)$", re.I)


def php_front_controller(ctx, files, guards: set[str]) -> tuple[str, bool] | None:
    """(path, serves pages) of a PHP framework's front controller in the document root (or in the one folder the application is
    kept in, app_0.11/index.php), and whether the framework renders pages of the project's (two view templates or more, or one
    whole HTML page or form) rather than answering an API. ``guards``: the project's folder guards (:func:`directory_guards`,
    found once by the caller), no views."""
    names = {e.path for e in files}
    candidates = [f"{root}/{name}" if root else name for root in _DOC_ROOTS for name in _FRONT_NAMES]
    candidates += sorted(p for p in names if p.count("/") == 1 and p.rsplit("/", 1)[1] in _FRONT_NAMES and p not in candidates)
    for path in candidates:
        if path in names and _DISPATCH.search(ctx.snapshot.read_text(path, limit=64 * 1024) or ""):
            views = [e.path for e in files if _VIEW.search(e.path) and e.path not in guards]
            return path, len(views) >= 2 or any(_WHOLE_PAGE.search(ctx.snapshot.read_text(v, limit=64 * 1024) or "") for v in views[:1])
    return None


_WHOLE_PAGE = lazy_compile(r"<(?:html|body|form)\b", re.I)
# a folder's guard: a tiny index.html a PHP framework keeps in each folder so the web server lists none (CodeIgniter's "403 Forbidden
# … Directory access is forbidden.", Joomla's empty <body>): bare markup, no script, style or link, and no text but that refusal
_GUARD_TAGS = lazy_compile(r"<(?!/?(?:html|head|title|body|p|h[1-6]|center|hr|br|!doctype|meta\s+charset)\b)[^>]*>", re.I)
_GUARD_TEXT = lazy_compile(r"(?:403|forbidden|directory access is forbidden|access (?:is )?denied|silence is golden|[\s.!:-])*", re.I)
_TAG = lazy_compile(r"<[^>]*>")
_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
GUARD_MAX_BYTES = 1024
GUARD_PROBES = 200


def directory_guards(ctx, pages: list[str]) -> list[str]:
    """The pages (first 200 in path order, 1 KB at most each) that only forbid listing their folder: no page of a site."""
    out, empty = [], []
    for p in pages[:GUARD_PROBES]:
        entry = ctx.snapshot.files.get(p)
        if entry is None or entry.size > GUARD_MAX_BYTES:
            continue
        text = _COMMENT.sub("", ctx.snapshot.read_text(p, limit=GUARD_MAX_BYTES) or "")
        if not _GUARD_TAGS.search(text) and _GUARD_TEXT.fullmatch(words := _TAG.sub(" ", text)):
            # a page saying the refusal is a guard; an empty page only among others of its kind (Joomla's guards in every
            # folder): one empty shell is a single-page app's (<body ng-app="viewer"></body>)
            (out if words.strip(" \t\r\n.!:-") else empty).append(p)
    return sorted(out + empty) if len(empty) >= 2 else out


# Python interface frameworks: importing one builds pages (a Dash or Streamlit application, served by its own server or gunicorn)
UI_IMPORTS = ("dash", "streamlit", "gradio", "nicegui", "shiny")
_UI_IMPORT = lazy_compile(r"^[ \t]*(?:from|import)[ \t]+(" + "|".join(UI_IMPORTS) + r")\b", re.M)


def imported_ui(ctx, files, third_party: list[str]) -> tuple[list[str], list[str]]:
    """(frameworks, files importing them) of the Python interface frameworks the project's code imports as third-party modules
    (the python_imports fact), for a project whose manifests do not declare them (a Dash application with no requirements file).
    At most 80 Python files read, 64 KB each."""
    wanted = set(UI_IMPORTS) & set(third_party)
    if not wanted:
        return [], []
    found: set[str] = set()
    paths = []
    for p in sorted(e.path for e in files if e.ext.lower() == "py")[:80]:
        hits = {m.group(1) for m in _UI_IMPORT.finditer(ctx.snapshot.read_text(p, limit=64 * 1024) or "")} & wanted
        if hits:
            found |= hits
            paths.append(p)
    return sorted(found), paths


# Python server frameworks and the application object each one's code builds (`app = FastAPI(...)`, `app = Flask(__name__)`)
PY_SERVERS = {"fastapi": "FastAPI", "flask": "Flask", "starlette": "Starlette", "quart": "Quart", "sanic": "Sanic", "bottle": "Bottle"}
_PY_SERVER_IMPORT = lazy_compile(r"^[ \t]*(?:from|import)[ \t]+(" + "|".join(PY_SERVERS) + r")\b", re.M)
_PY_APP_BUILT = lazy_compile(r"^[ \t]*\w+[ \t]*(?::[ \t]*\w+[ \t]*)?=[ \t]*(?:(?:" + "|".join(PY_SERVERS) + r")\.)?("
                             + "|".join(PY_SERVERS.values()) + r")[ \t]*\(", re.M)


def imported_python_servers(ctx, files, third_party: list[str]) -> tuple[list[str], list[str]]:
    """(frameworks, files) of the Python server frameworks the project's own code imports and builds its application with
    (``from fastapi import FastAPI`` and ``app = FastAPI(...)`` in one module), for a project whose manifests do not declare them:
    a FastAPI service whose requirements.txt names neither fastapi nor uvicorn, its Dockerfile running ``uvicorn src.api.main:app``
    (Arno37/assistant-faq-collectivite). A module that only imports the framework (its exception or its types) builds no server;
    tests are not the program. At most 80 Python files read, shallowest first, 64 KB each."""
    wanted = set(PY_SERVERS) & set(third_party)
    if not wanted:
        return [], []
    found: set[str] = set()
    paths = []
    for p in sorted((e.path for e in files if e.ext.lower() == "py" and not is_test(e.path)), key=lambda p: (p.count("/"), p))[:80]:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        hits = {m.group(1) for m in _PY_SERVER_IMPORT.finditer(text)} & wanted
        built = {m.group(1) for m in _PY_APP_BUILT.finditer(text)} if hits else set()
        hits = {h for h in hits if PY_SERVERS[h] in built}
        if hits:
            found |= hits
            paths.append(p)
    return sorted(found), paths


# Node.js server frameworks: a script requiring one serves HTTP (pages when the project has them, an API otherwise)
NODE_SERVERS = ("express", "koa", "fastify", "hono", "@nestjs/core")
_NODE_SERVER_USE = lazy_compile(r"""\brequire\s*\(\s*["'](""" + "|".join(re.escape(n) for n in NODE_SERVERS)
                                + r""")["']\s*\)|^[ \t]*import\b[^;\n]*?\bfrom\s*["'](""" + "|".join(re.escape(n) for n in NODE_SERVERS) + r""")["']""", re.M)
MAX_SERVER_SCRIPTS = 80


def required_node_servers(ctx, files) -> tuple[list[str], list[str]]:
    """(frameworks, files requiring them) of the Node.js server frameworks the project's own scripts require or import
    (``express = require('express')``), for a project whose manifests do not declare them (Express committed in a node_modules/
    folder with no package.json naming it: a Raspberry Pi player's WebServer/WebServer.js serving its pages). At most
    :data:`MAX_SERVER_SCRIPTS` scripts read, the shallowest first, 64 KB each."""
    found: set[str] = set()
    paths = []
    scripts = sorted((e.path for e in files if e.ext.lower() in ("js", "mjs", "cjs", "ts")), key=lambda p: (p.count("/"), p))
    for p in scripts[:MAX_SERVER_SCRIPTS]:
        hits = {a or b for a, b in _NODE_SERVER_USE.findall(ctx.snapshot.read_text(p, limit=64 * 1024) or "")}
        if hits:
            found |= hits
            paths.append(p)
    return sorted(found), paths


_PASSWORD_FIELD = lazy_compile(r"""<input\b[^>]*\btype\s*=\s*["']?password\b""", re.I)
_REQUEST = lazy_compile(r"\bfetch\s*\(|\bXMLHttpRequest\b|\baxios\b|\$\.(?:ajax|post)\s*\(")
_SENDS_PASSWORD = lazy_compile(r"\bpass(?:word|wd)\b", re.I)


def signing_pages(ctx, pages: list[str], scripts: list[str]) -> list[str]:
    """A page asking for a password and a script of the project's sending it to a server (fetch, XMLHttpRequest, axios, jQuery):
    people sign in to an application, whose front end these static files are. At most 60 pages and 60 scripts read, 64 KB each."""
    form = next((p for p in sorted(pages)[:60] if _PASSWORD_FIELD.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")), None)
    if form is None:
        return []
    for s in sorted(scripts)[:60]:
        text = ctx.snapshot.read_text(s, limit=64 * 1024) or ""
        if _REQUEST.search(text) and _SENDS_PASSWORD.search(text):
            return [form, s]
    return []


def nested_host_plugins(ctx, files, declarations) -> tuple[str, str] | None:
    """(first declaration, host) when the project's code lies in plugins of a host kept in sub-folders, one to three folders down
    (spip/plugins/<name>/paquet.xml, an Odoo repository's <module>/__manifest__.py): the folders holding a host's declaration
    hold most of the project's own code. ``declarations`` is the table (file name, pattern, host) of the root's declarations; a
    name ``*.<suffix>`` stands for ``<folder>/<folder>.<suffix>``, an extension named as its folder (Drupal's
    custom/<module>/<module>.info.yml, <theme>/<theme>.info.yml)."""
    code = [e.path for e in files if e.ext.lower() in ("php", "py", "rb", "java", "js", "html", "xml", "module", "theme", "inc", "twig")]
    by_name = {name: (rx, host) for name, rx, host in declarations if "/" not in name}

    def declaration(e) -> str | None:
        if e.name in by_name:
            return e.name
        folder = e.path.rsplit("/", 2)[-2]
        return next((n for n in by_name if n.startswith("*.") and e.name == folder + n[1:]), None)
    found: dict[str, list[str]] = {}
    for p, name in sorted((e.path, n) for e in files if 1 <= e.path.count("/") <= 3 and (n := declaration(e)))[:20]:
        rx, host = by_name[name]
        if rx.search(ctx.snapshot.read_text(p, limit=64 * 1024) or ""):
            found.setdefault(host, []).append(p)
    for host in sorted(found, key=lambda h: (-len(found[h]), h)):
        roots = tuple(p.rpartition("/")[0] + "/" for p in found[host])
        if code and 2 * sum(1 for p in code if p.startswith(roots)) >= len(code):
            return found[host][0], host
    return None


# a Symfony bundle's own screens: Twig templates in its Resources/views/ (Symfony 2–3) or templates/ (Symfony 4+) that its controllers
# render; a bundle shipping them delivers a web interface (a back office plugged into a host portal), not code alone
_BUNDLE_VIEW = lazy_compile(r"^(?:Resources/views|templates)/(?:[^/]+/)*[^/]+\.twig$")
_BUNDLE_CONTROLLER = lazy_compile(r"^(?:src/)?Controller/(?:[^/]+/)*[^/]+Controller\.php$")
_BUNDLE_TYPE = lazy_compile(r"""["']type["']\s*:\s*["']symfony-bundle["']""")


def bundle_screens(ctx, files) -> list[str]:
    """The Twig screens of a Symfony bundle (composer.json "type": "symfony-bundle") rendered by controllers of its own: two or
    more, the first 50 in path order, pages first; none when the bundle has no controller (a bundle of form themes or services)."""
    if "composer.json" not in ctx.snapshot.files or not _BUNDLE_TYPE.search(ctx.snapshot.read_text("composer.json", limit=64 * 1024) or ""):
        return []
    paths = sorted(e.path for e in files)
    if not any(_BUNDLE_CONTROLLER.match(p) for p in paths):
        return []
    views = [p for p in paths if _BUNDLE_VIEW.match(p)][:50]  # (pages first: edit.html.twig before a stylesheet's bootstrap.less.twig)
    return sorted(views, key=lambda p: (not p.endswith(".html.twig"), p)) if len(views) >= 2 else []


# A Java web application's descriptors outside WEB-INF/: JSF's faces-config.xml (not a component library's META-INF/ one), a web.xml
# template a build copies into the archive (webpages/web.example.xml, web.xml.dist: its <web-app>)
_WEB_TEMPLATE = lazy_compile(r"^web[\w.-]{0,40}\.xml(?:\.\w{1,10})?$", re.I)
_WEB_APP = lazy_compile(r"<web-app\b")
_FACES_CONFIG = lazy_compile(r"<faces-config\b")
SERVER_PAGE_EXT = ("jsp", "jspx", "xhtml")


def java_web_descriptors(ctx, files) -> list[str]:
    """The descriptors of a Java web application kept outside WEB-INF/ (a JSF application built by Ant from application/webpages/,
    whose build copies web.example.xml to web.xml and faces-config.xml into the war), then the server pages (JSP, JSF's .xhtml)
    in their folders: a server-side web application, whatever HTML help pages sit beside it. At most 20 descriptors read, 64 KB
    each; the paths sorted."""
    candidates = sorted(e.path for e in files if (e.name == "faces-config.xml" or _WEB_TEMPLATE.match(e.name))
                        and "WEB-INF/" not in e.path and "META-INF/" not in e.path)[:20]
    found = [p for p in candidates if (_FACES_CONFIG if p.rsplit("/", 1)[-1] == "faces-config.xml" else _WEB_APP).search(
        ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
    if not found:
        return []
    roots = sorted({p.rpartition("/")[0] + "/" if "/" in p else "" for p in found})
    pages = sorted(e.path for e in files if e.ext.lower() in SERVER_PAGE_EXT and any(e.path.startswith(r) for r in roots))
    return found + pages


# A Kotlin/JS program built for the browser: a Gradle build declaring a js target with browser() and an executable binary (an
# operations wall's Compose-for-Web interface, ui/build.gradle.kts, beside its Spring backend); a Kotlin multiplatform library's
# js { browser() } without binaries.executable() builds no application
_KOTLIN_JS_BROWSER = lazy_compile(r"\bjs\s*(?:\(\s*(?:IR|LEGACY|BOTH)?\s*\))?\s*\{[^{}]*?\bbrowser\s*(?:\(\s*\)|\{)")
_KOTLIN_EXECUTABLE = lazy_compile(r"\bbinaries\s*\.\s*executable\s*\(\s*\)")


def kotlin_browser_apps(ctx, files) -> list[str]:
    """The Gradle build files (build.gradle.kts or build.gradle, at most three folders down, the first 20 in path order, 64 KB
    each) building a Kotlin/JS browser application."""
    builds = sorted(e.path for e in files if e.name in ("build.gradle.kts", "build.gradle") and e.path.count("/") <= 3)[:20]
    out = []
    for p in builds:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if _KOTLIN_JS_BROWSER.search(text) and _KOTLIN_EXECUTABLE.search(text):
            out.append(p)
    return out


# a CodeIgniter 4 application's own layout (issue 12, s35 p35, cseoneohs/ficheTerritoire): app/Config/Routes.php filling the route
# collection ($routes->get('/', 'Home::index')), app/Config/Paths.php naming the framework's system folder, its controllers in
# app/Controllers/ (namespace App\Controllers); the framework itself (vendor/codeigniter4/framework/system) is installed by
# Composer and rarely committed, and composer.json sometimes not either: its folder layout says what it is
_CI4_ROUTES = lazy_compile(r"\$routes\s*->\s*(?:get|post|add|match|group|resource|presenter|cli|setDefaultController)\s*\(")
_CI4_PATHS = lazy_compile(r"\$systemDirectory\s*=")
_CI4_CONTROLLER = lazy_compile(r"^[^\S\n]*namespace\s+App\\Controllers\b", re.M)


def codeigniter4_app(ctx, files) -> tuple[str, list[str], list[str]] | None:
    """(the routes file, the controllers, the views) of a CodeIgniter 4 application: ``app/Config/Routes.php`` adding routes and
    ``app/Config/Paths.php`` setting ``$systemDirectory``, at the root or one folder down, with two controllers or more in
    ``app/Controllers/`` declaring ``namespace App\\Controllers`` (the first 20 read, 64 KB each). None otherwise."""
    names = {e.path for e in files}
    for routes in sorted(p for p in names if p.endswith("app/Config/Routes.php") and p.count("/") <= 3):
        root = routes[: -len("app/Config/Routes.php")]
        if root.count("/") > 1 or root + "app/Config/Paths.php" not in names:
            continue
        if not (_CI4_ROUTES.search(ctx.snapshot.read_text(routes, limit=64 * 1024) or "")
                and _CI4_PATHS.search(ctx.snapshot.read_text(root + "app/Config/Paths.php", limit=64 * 1024) or "")):
            continue
        controllers = [p for p in sorted(n for n in names if n.startswith(root + "app/Controllers/") and n.endswith(".php"))[:20]
                       if _CI4_CONTROLLER.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
        if len(controllers) >= 2:
            views = sorted(n for n in names if n.startswith(root + "app/Views/") and n.endswith(".php"))
            return routes, controllers, views
    return None
