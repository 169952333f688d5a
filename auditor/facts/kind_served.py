"""What a server renders and what a documentation site documents, read before the kind is decided: FreeMarker templates
(``templates/bo/home/index.ftl``) are the pages a Java server renders, unless they sit in a folder of the mails or PDFs it
sends; a Jinja template of a configuration file (an ENT module's template.j2 of its JSON settings, nginx.conf.j2) is no page; a
documentation site generated at the root (``mkdocs.yml``, Sphinx's ``conf.py``) of a repository publishing a Python
package (a root manifest naming it, its modules in a package folder) documents that package, and so does a site generated in a
folder beside it (its example notebooks' Quarto website, notebooks/_quarto.yml): it is no static site of its own."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

FREEMARKER_EXT = frozenset({"ftl", "ftlh", "ftlx"})
# (a folder of what the server sends or writes rather than serves: templates/mail/, templates/emails/, pdf/, reports/)
_SENT_DIR = lazy_compile(r"(?:^|/)(?:e-?)?(?:mails?|courriels?|notifications?|pdfs?|reports?|rapports?)/", re.I)
# where a server's view resolver finds its pages: Spring Boot's templates/, a Spring MVC application's WEB-INF/ or views/ (a webhook's
# template/login_default.ftl, rendered by its own code into a JSON message, is no page)
_VIEW_DIR = lazy_compile(r"(?:^|/)(?:templates|views|WEB-INF)/")
# the documentation generators configured at the root, or in the documentation folder for Sphinx
_DOC_GENERATORS = frozenset({"mkdocs.yml", "mkdocs.yaml", "zensical.toml", "conf.py", "docs/conf.py", "doc/conf.py", "source/conf.py"})
_PY_MANIFESTS = frozenset({"pyproject.toml", "setup.py", "setup.cfg"})
_SITE_TOOL_DIR = lazy_compile(r"(?:^|(?<=/))\.(?:vuepress|vitepress)/$")  # (the hidden folder of VuePress's or VitePress's configuration)


# what makes a page an interface: a script, a form or a control
_INTERACTIVE = lazy_compile(r"<(?:script|form|input|button|select|textarea|iframe)\b", re.I)
_STATIC_DIRS = frozenset({"public", "static"})
MAX_LANDING_PAGES = 2


def landing_pages(ctx, html: list[str]) -> list[str]:
    """The HTML pages of ``html`` when they are only a server's welcome page: at most two, all in its public/ or static/ folder,
    none running a script or holding a form or control (the page Feathers' generator writes, public/index.html "A FeathersJS
    application", a logo and a link to the framework's documentation). A server framework beside them serves an API, not an
    interface. Empty otherwise (the first 64 KB of each page read)."""
    if not html or len(html) > MAX_LANDING_PAGES or any(not set(p.split("/")[:-1]) & _STATIC_DIRS for p in html):
        return []
    return sorted(html) if all(not _INTERACTIVE.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "<script") for p in html) else []


# where a Java server (Spring Boot's resource handler) serves static files from its classpath, and the page of an API's documentation
# (Swagger UI's or ReDoc's bundle) that such a folder may hold: no interface of the project's own
_CLASSPATH_STATIC = lazy_compile(r"(?:^|/)src/main/resources/(?:static|public|resources|META-INF/resources)/")
_API_DOC_PAGE = lazy_compile(r"SwaggerUIBundle|swagger-ui-bundle|<redoc\b|Redoc\.init", re.I)
MAX_CLASSPATH_PAGES = 5


def classpath_pages(ctx, html: list[str]) -> list[str]:
    """The HTML pages of ``html`` a Java server serves from its classpath's static folder (src/main/resources/static/) that are an
    interface of its own: running a script or holding a form or control (a dashboard's index.html calling the controllers with
    fetch()), not Swagger UI's or ReDoc's page (the first 5 in path order, 64 KB each)."""
    found = sorted(p for p in html if _CLASSPATH_STATIC.search(p))[:MAX_CLASSPATH_PAGES]
    texts = ((p, ctx.snapshot.read_text(p, limit=64 * 1024) or "") for p in found)
    return [p for p, t in texts if _INTERACTIVE.search(t) and not _API_DOC_PAGE.search(t)]


def freemarker_pages(paths: list[str]) -> list[str]:
    """The FreeMarker templates of ``paths`` a server renders as pages: those in a folder of its views (templates/, views/, WEB-INF/),
    not in a folder of mails, PDFs or reports."""
    return sorted(p for p in paths if p.rsplit(".", 1)[-1].lower() in FREEMARKER_EXT and _VIEW_DIR.search(p) and not _SENT_DIR.search(p))


def site_folder(generator: str) -> str:
    """The folder of a site whose generator's configuration is ``generator`` ("notebooks/" for notebooks/_quarto.yml, "docs/" for
    docs/.vitepress/config.mts), "" for a site at the root (mkdocs.yml, .vuepress/config.js) and for the root documentation
    generators of :data:`_DOC_GENERATORS` (docs/conf.py documents the root package)."""
    if generator in _DOC_GENERATORS or "/" not in generator:
        return ""
    return _SITE_TOOL_DIR.sub("", generator.rsplit("/", 1)[0] + "/")


def package_doc_sites(ctx, generators: list[str], manifests: list[dict]) -> list[str]:
    """The documentation generators of ``generators`` (a root mkdocs.yml, a Sphinx conf.py) of a repository publishing a Python
    package: a root pyproject.toml, setup.py or setup.cfg naming a package, and a package folder (``apifoncier/__init__.py`` or
    ``src/<name>/__init__.py``) holding at least two modules that are not tests. Empty otherwise.
    A site generator configured in a sub-folder (notebooks/_quarto.yml, website/hugo.toml, docs/.vitepress/config.js) beside such a
    package, the package outside that folder, is its documentation or the site of its examples too (a PyTorch library's example
    notebooks rendered as a Quarto website): no site of its own."""
    docs = [g for g in generators if g in _DOC_GENERATORS or "/" in g]
    if not docs or not any(m.get("name") and m.get("path") in _PY_MANIFESTS for m in manifests):
        return []
    modules: dict[str, int] = {}
    for p in ctx.snapshot.files:
        parts = p.split("/")
        top = parts[1] if parts[0] == "src" and len(parts) > 2 else parts[0]
        if p.endswith(".py") and len(parts) > 1 and top not in ("docs", "doc", "source") and not is_test(p):
            modules[top] = modules.get(top, 0) + 1
    files = set(ctx.snapshot.files)
    packages = [t for t, n in modules.items() if n >= 2 and ({f"{t}/__init__.py", f"src/{t}/__init__.py"} & files)]

    def beside(g: str) -> bool:  # (a package outside the site's folder: the site's own Python modules make no package beside it)
        if g in _DOC_GENERATORS:
            return bool(packages)
        folder = site_folder(g)
        return bool(folder) and any(not f"{t}/".startswith(folder) and not f"src/{t}/".startswith(folder) for t in packages)
    return [g for g in docs if beside(g)]


# a template of a configuration file, by its name, whatever its engine (settings.json.j2, nginx.conf.j2, app.yml.jinja, a
# Scalingo nginx buildpack's servers.conf.erb, config.yml.ejs), or, for Jinja, by its text: a JSON object or array opening it
# ({ "name": …), where a page template opens with a tag or a Jinja statement
_CONFIG_NAME = lazy_compile(r"\.(?:json|ya?ml|conf|cfg|ini|properties|toml|env|sh|service|sql|txt)"
                            r"\.(?:j2|jinja2?|erb|ejs|hbs|mustache|njk|liquid|eex|mako|tpl|tmpl|template)$", re.I)
_JSON_OPENING = lazy_compile(r"\A\s*[\[{](?![{%#])")
JINJA_EXT = frozenset({"j2", "jinja", "jinja2"})


def config_templates(ctx, paths: list[str]) -> set[str]:
    """Of ``paths``, the templates of configuration files, not pages: named for a configuration format under any template engine's
    extension (servers.conf.erb), or, for Jinja (.j2, .jinja, .jinja2), their text (the first 4 KB of the first 60) opening with
    a JSON object or array."""
    jinja = [p for p in paths if p.rsplit(".", 1)[-1].lower() in JINJA_EXT]
    out = {p for p in paths if _CONFIG_NAME.search(p)}
    out |= {p for p in [p for p in jinja if p not in out][:60] if _JSON_OPENING.match(ctx.snapshot.read_head(p, 4096) or "")}
    return out


# A layout template holding nothing but empty blocks for others to fill ("{% block body %}{% endblock %}" in its <body>, a title
# block's default text at most): the base.html.twig Symfony's twig-bundle recipe writes, which no page extends in an API (API
# Platform's own Swagger UI is rendered by the bundle's templates, not the project's)
_TEMPLATE_BLOCK = lazy_compile(r"\{%-?\s*block\s+\w+\s*-?%\}\s*\{%-?\s*endblock(?:\s+\w+)?\s*-?%\}")
_EXTENDS = lazy_compile(r"\{%-?\s*(?:extends|embed|include)\b|\{\{\s*include\s*\(")
_BODY = lazy_compile(r"<body\b[^>]*>((?:(?!<body\b).)*?)</body\s*>", re.S | re.I)  # (tempered by its opener: linear)
_TEMPLATE_COMMENT = lazy_compile(r"\{#(?:(?!\{#).)*?#\}", re.S)
MAX_SKELETON_TEMPLATES = 2
_RENDERED = lazy_compile(r"""\.(?:twig|jinja2?|j2)['"]|\brender_template\s*\(|->render(?:View)?\s*\(\s*['"]""")
MAX_RENDER_FILES = 400


def skeleton_layouts(ctx, templates: list[str]) -> list[str]:
    """The templates of ``templates`` when they are only a framework's empty layout: at most two Twig or Jinja files, none extending
    or including another, each with a <body> holding only empty blocks (the first 64 KB read). A server framework beside them serves
    no page of its own. Empty otherwise."""
    if not templates or len(templates) > MAX_SKELETON_TEMPLATES or any(p.rsplit(".", 1)[-1].lower() not in ("twig", "jinja", "jinja2", "j2") for p in templates):
        return []
    for p in templates:
        text = _TEMPLATE_COMMENT.sub("", ctx.snapshot.read_text(p, limit=64 * 1024) or "")
        body = _BODY.search(text)
        if not body or _EXTENDS.search(text) or _TEMPLATE_BLOCK.sub("", body.group(1)).strip():
            return []
    # (nor when the code renders a template by name, a controller's $this->render('default/index.html.twig'): pages it serves, their
    # files perhaps not committed; the first MAX_RENDER_FILES PHP or Python files in path order, 64 KB each)
    code = sorted(p for p, e in ctx.snapshot.files.items() if getattr(e, "kind", "file") in ("file", "executable") and p.rsplit(".", 1)[-1].lower() in ("php", "py"))
    if any(_RENDERED.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "") for p in code[:MAX_RENDER_FILES]):
        return []
    return sorted(templates)
