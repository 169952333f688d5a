"""Kinds told from what a repository's files serve or start, read in their content rather than their names:
- plain PHP scripts answering requests with XML or JSON only, writing no HTML and with no page beside them: a data service (an
  OGC CSW catalogue endpoint answering GetCapabilities and GetRecords), not a web application;
- a Jelix module (module.xml in Jelix's namespace, a Lizmap Web Client module) whose web controllers (controllers/*.classic.php)
  answer JSON or XML and write no page (``$this->getResponse('json')``, never ``'html'``): a served API (a REST API's token
  sign-in, projects and observations), whatever documentation site or Swagger UI page sits beside it; unless its listeners
  (events.xml) add it to Lizmap's map page: a plugin of Lizmap Web Client;
- a plain PHP script answering OGC GetCapabilities with a committed capabilities document it reads (cadastre.php echoing
  capabilities.xml, a <WMS_Capabilities>, then relaying GetMap): an OGC web service served (s44 fb44);
- the web root's index.php reading the request and writing a whole HTML document with a form: the page served (s43 fh43);
- a Docker Compose file under a name of its own (scripts/temps_attente.yml): its top-level ``services:`` mapping, one service at least
  naming an ``image:`` or a ``build:``, says what it is whatever its name."""

from __future__ import annotations

import re

from auditor.facts.ogc_answers import served_capabilities
from auditor.lazyre import lazy_compile

# a PHP script's answer in a data format: the Content-Type it sends (application/xml, text/xml, application/json,
# application/geo+json) or the JSON it echoes
_PHP_DATA_OUT = lazy_compile(r"""\bheader\s*\(\s*['"]Content-Type:\s*(?:application|text)/[\w.+-]{0,40}(?:xml|json)\b|\becho\s+json_encode\s*\(""", re.I)
# HTML a PHP file writes (a page's elements; not an XML answer's <csw:Record>, nor a feed's <title> or <link>)
_HTML_OUT = lazy_compile(r"<(?:!doctype\s+html|html|head|body|div|table|form|p|br|h[1-6]|ul|ol|li|span|input|select|button|img|script|iframe)\b", re.I)
# a comment line of PHP (// echo "<pre>";, # …, a docblock's * …): nothing it says is written out
_COMMENT_LINE = lazy_compile(r"^[^\S\n]*(?://|#|\*|/\*)[^\n]*$", re.M)


def php_data_service(ctx, php: list[str], html: list[str], templates: list[str]) -> str | None:
    """The first PHP file (the first 60 in path order, 64 KB each, comment lines left out) that sends XML or JSON
    (``header('Content-Type: application/xml')``, ``echo json_encode(…)``), when the repository has no HTML page and no template
    and none of those PHP files writes HTML: its request handlers serve data, no page. None otherwise."""
    if html or templates or not php:
        return None
    code = {p: _COMMENT_LINE.sub("", ctx.snapshot.read_head(p, 64 * 1024) or "") for p in sorted(php)[:60]}
    if any(_HTML_OUT.search(t) for t in code.values()):
        return None
    return next((p for p in sorted(code) if _PHP_DATA_OUT.search(code[p])), None)


def php_ogc_service(ctx, php: list[str]) -> list[str]:
    """[script, capabilities document] for the first PHP script of ``php`` (the first 60 in path order, 64 KB each) that answers
    OGC GetCapabilities with a committed capabilities document (:func:`auditor.facts.ogc_answers.served_capabilities`): an OGC
    web service served by its own code. Empty otherwise."""
    for p in sorted(php)[:60]:
        if doc := served_capabilities(ctx.snapshot, p, ctx.snapshot.read_head(p, 64 * 1024) or ""):
            return [p, doc]
    return []


# a form sending its fields to a PHP script (<form … action="graph.php">), or a link opening one with its parameters (href="graph.php?geo=…")
_PHP_TARGET = lazy_compile(r"""<form\b[^>]{0,300}?\baction\s*=\s*['"]([\w./-]{1,120}\.php)(?:[?#][^'"]*)?['"]|\bhref\s*=\s*['"]([\w./-]{1,120}\.php)\?[^'"]{1,300}['"]""", re.I)


def php_form_handler(ctx, php: list[str], handlers: list[str]) -> list[str]:
    """[page, handler] when a PHP file (the first 60 of ``php`` in path order, 64 KB each, comment lines left out) sends a form to, or
    links with parameters to, another PHP script of the repository that reads the request (one of ``handlers``): a site's form and
    the page answering it (index.php's search form posting to graph.php, which reads $_POST and $_GET and writes the results page),
    two pages served, whichever of them reads the request. Empty otherwise."""
    wanted = set(handlers)
    for p in sorted(php)[:60]:
        text = _COMMENT_LINE.sub("", ctx.snapshot.read_head(p, 64 * 1024) or "")
        folder = p.rpartition("/")[0]
        for m in _PHP_TARGET.finditer(text):
            target = (m.group(1) or m.group(2)).removeprefix("./")
            if target.startswith("/") or ".." in target:
                continue
            path = f"{folder}/{target}" if folder else target
            if path in wanted and path != p:
                return [p, path]
    return []


# a Jelix module's declaration, and the responses its controllers ask for (``$this->getResponse('json')``; no argument: the
# default response, an HTML page)
_JELIX_MODULE = lazy_compile(r"<module\b[^>]{0,200}\bxmlns\s*=\s*['\"]https?://jelix\.org/ns/module/")
_JELIX_RESPONSE = lazy_compile(r"""\bgetResponse\s*\(\s*(?:['"]([\w.-]{1,30})['"])?\s*[,)]""")
_JELIX_DATA = frozenset({"json", "jsonrpc", "xml", "xmlrpc", "binary", "zip", "text", "redirect", "redirecturl", "rss2.0", "atom1.0", "soap"})


def _jelix_modules(snap, paths) -> list[str]:
    """The folders ("" at the root) of the Jelix modules among ``paths`` (module.xml in Jelix's namespace, two folders down at most;
    the first 10 in path order)."""
    modules = [p[: -len("module.xml")] for p in paths if (p == "module.xml" or p.endswith("/module.xml")) and p.count("/") <= 2]
    return [m for m in sorted(modules)[:10] if _JELIX_MODULE.search(snap.read_head(m + "module.xml", 4096) or "")]


# Lizmap Web Client's events of its map page that a module's listener answers (events.xml): "getMapAdditions" adds the module's
# scripts and styles to the page, "mapDockable", "mapMiniDockable"… its panels (an address-editing dock)
_LIZMAP_MAP_EVENT = lazy_compile(r"""<event\s+name\s*=\s*['"](?:getMapAdditions|map(?:Mini|Right|Bottom)?Dockable)['"]""")


def lizmap_map_module(snap, paths) -> str | None:
    """The events.xml (64 KB read) of a Jelix module among ``paths`` that listens to Lizmap's map page to add its interface there: a
    plugin of Lizmap Web Client, whatever its controllers answer (the JSON its own scripts ask for)."""
    return next((m + "events.xml" for m in _jelix_modules(snap, paths) if m + "events.xml" in paths
                 and _LIZMAP_MAP_EVENT.search(snap.read_text(m + "events.xml", limit=64 * 1024) or "")), None)


def jelix_data_module(snap, paths: list[str]) -> list[str]:
    """The web controllers (``controllers/*.classic.php`` and their base classes, never ``*.cmdline.php``, beside a ``module.xml`` in Jelix's namespace, among ``paths``; the first
    40 in path order, 64 KB each, comment lines left out) of Jelix modules that answer JSON or XML and never a page: every
    response they ask for is data (JSON, XML, a file, a redirection), one at least JSON or XML. Empty otherwise (a module
    rendering its screens, ``getResponse('html')``, is an application's pages)."""
    modules = _jelix_modules(snap, paths)
    controllers = sorted(p for p in paths if p.endswith(".php") and not p.endswith(".cmdline.php") and any(p.startswith(m + "controllers/") for m in modules))[:40]
    kinds = {p: {(k or "html").lower() for k in _JELIX_RESPONSE.findall(_COMMENT_LINE.sub("", snap.read_text(p, limit=64 * 1024) or ""))}
             for p in controllers}
    answered = set().union(*kinds.values()) if kinds else set()
    if not answered or not answered <= _JELIX_DATA or not answered & {"json", "jsonrpc", "xml", "xmlrpc"}:
        return []
    return [p for p in controllers if kinds[p] & {"json", "jsonrpc", "xml", "xmlrpc"}]


_SERVICES = lazy_compile(r"^services[^\S\n]*:[^\S\n]*(?:#[^\n]*)?$", re.M)
_YAML_NAME = lazy_compile(r"\.ya?ml$", re.I)
MAX_COMPOSE_READ = 256 * 1024


def compose_by_content(snap, paths: list[str]) -> list[str]:
    """The YAML files among ``paths`` (the first 40 in path order, outside hidden folders; 256 KB each, read as YAML) that are
    Docker Compose files: a top-level ``services`` mapping whose services are mappings, one at least naming an ``image`` or a
    ``build``, and no Kubernetes ``apiVersion``/``kind``. A GitLab CI file's ``services:`` is a list: no compose file."""
    from auditor import safeyaml

    out = []
    for p in sorted(p for p in paths if _YAML_NAME.search(p) and not any(d.startswith(".") for d in p.split("/")[:-1]))[:40]:
        text = snap.read_text(p, limit=MAX_COMPOSE_READ) or ""
        if not _SERVICES.search(text):
            continue
        try:
            data = safeyaml.load(text)
        except Exception:  # noqa: BLE001 (a file that is no YAML is no compose file)
            continue
        services = data.get("services") if isinstance(data, dict) and not {"apiVersion", "kind"} & set(data) else None
        if isinstance(services, dict) and services and all(isinstance(s, dict) for s in services.values()) \
                and any("image" in s or "build" in s for s in services.values()):
            out.append(p)
    return out


# a whole HTML document a PHP file writes (its doctype or its <html> element) and a form in it (issue 12, s43 fh43)
_HTML_DOCUMENT = lazy_compile(r"<!doctype\s+html\b|<html[\s>]", re.I)
_FORM = lazy_compile(r"<form\b", re.I)
_WEB_ROOT_INDEX = lazy_compile(r"^(?:(?:public|web|www|htdocs|public_html)/)?index\.php$")


def php_self_page(ctx, handlers: list[str]) -> list[str]:
    """[index.php] when the one PHP script reading the request (``handlers``) is the web root's index.php and writes a whole HTML
    document holding a form (comment lines left out, 64 KB read): the page served, its forms and menu posting back to it (a stock
    and loans tool's index.php, index.php?menu=1…5, PDO queries, no framework). Empty otherwise: a script answering JSON, or the
    same page in an examples folder."""
    if len(handlers) != 1 or not _WEB_ROOT_INDEX.match(handlers[0]):
        return []
    text = _COMMENT_LINE.sub("", ctx.snapshot.read_head(handlers[0], 64 * 1024) or "")
    return list(handlers) if _HTML_DOCUMENT.search(text) and _FORM.search(text) else []
