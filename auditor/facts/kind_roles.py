"""What a file or a dependency does for the project's kind, where its name alone misleads: a Rust crate with only a binary target
(a command), a Clojure namespace its deps.edn runs (a program), a Go module's indirect requirements (its dependencies' libraries, not its own), templates a server only sends as
e-mails or PDFs (no page served), a documentation site's page (docsify's docs/index.html: the documentation, not the project's site)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_doc, is_test
from auditor.lazyre import lazy_compile


def rust_binary(ctx) -> list[str]:
    """A Cargo package at the root building a program and no library (src/main.rs or a ``[[bin]]`` target, no src/lib.rs nor
    ``[lib]``): a command-line tool run by its users, not a crate others import."""
    files = ctx.snapshot.files
    if "Cargo.toml" not in files or "src/lib.rs" in files:
        return []
    text = ctx.snapshot.read_text("Cargo.toml", limit=256 * 1024) or ""
    if not re.search(r"^\[package\]", text, re.M) or re.search(r"^\[lib\]", text, re.M):
        return []
    if "src/main.rs" in files:
        return ["src/main.rs"]
    return ["Cargo.toml"] if re.search(r"^\[\[bin\]\]", text, re.M) else []


# a Clojure program's entry: deps.edn's alias running a namespace (:main-opts ["-m" "core"], run by `clj -M:run`), Leiningen's :main
_CLJ_MAIN_OPTS = lazy_compile(r':main-opts\s*\[\s*"-m"\s+"([\w.*+!?-]{1,120})"')
_LEIN_MAIN = lazy_compile(r"^[^\S\n]*:main\s+\^?(?::skip-aot\s+)?([\w.*+!?-]{1,120})", re.M)


def clojure_main(ctx) -> list[str]:
    """deps.edn (or project.clj) when it runs a namespace of the project's own as a program (``-m core`` for src/core.clj, a
    Leiningen ``:main``): a program its users run, not a library. A namespace of another library (``-m uberdeps.uberjar``, a
    build tool) is no entry of the project's."""
    files = ctx.snapshot.files
    for manifest, rx in (("deps.edn", _CLJ_MAIN_OPTS), ("project.clj", _LEIN_MAIN)):
        if manifest not in files:
            continue
        for ns in rx.findall(ctx.snapshot.read_text(manifest, limit=64 * 1024) or "")[:10]:
            rel = ns.replace(".", "/").replace("-", "_")
            if any(f"{root}{rel}.{ext}" in files for root in ("src/", "src/main/clojure/", "") for ext in ("clj", "cljc")):
                return [manifest]
    return []


_GO_REQUIRE = lazy_compile(r"^[^\S\n]*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}/[^\s]+)\s+v[0-9][^\n]*?(//[^\S\n]*indirect\b)?[^\S\n]*$", re.M)


def go_indirect(ctx) -> set[str]:
    """The requirements every go.mod of the project marks ``// indirect`` (the first 20 go.mod files, 256 KB each): needed by its
    dependencies, not imported by its code (cobra under a Kubernetes operator's controller-runtime)."""
    direct, indirect = set(), set()
    for path in sorted(p for p, e in ctx.snapshot.files.items() if e.name == "go.mod" and not is_test(p))[:20]:
        for m in _GO_REQUIRE.finditer(ctx.snapshot.read_text(path, limit=256 * 1024) or ""):
            (indirect if m.group(2) else direct).add(m.group(1).lower())
    return indirect - direct


# Code rendering templates (Flask's render_template, Jinja's get_template, Django's render/render_to_string/TemplateResponse)
_RENDERS = lazy_compile(r"\b(?:render_template(?:_string)?|get_template|render_to_string|render_to_response|TemplateResponse|render)\s*\(")
# a module that sends or prints documents: mail, e-mail, notification, PDF
_SENDER = lazy_compile(r"(?:^|[/_.-])(?:e?mails?|mailer|mailing|notifications?|pdfs?)(?:[/_.-]|$)", re.I)
MAX_PY, MAX_PY_BYTES = 300, 64 * 1024


_SENT_DIR = lazy_compile(r"(^|/)(?:mails?|e-?mails?|courriels?|pdfs?)/", re.I)
_PARTIAL_DIR = lazy_compile(r"(^|/)(?:fragments?|partials?|includes?)/", re.I)
_MJML = lazy_compile(r"\.mjml(?:\.\w+)?$", re.I)  # MJML, the markup of responsive e-mails (footer.mjml, footer.mjml.ejs)


def sent_templates(ctx, files, paths: list[str]) -> set[str]:
    """Of ``paths`` (template and HTML files), those the server does not serve as pages: Alembic's migration template
    (script.py.mako), and, when every module of the project's Python code that renders a template is a mail or PDF helper
    (app/helpers/mail.py, app/helpers/pdf/), the templates of a templates/ folder (e-mails and PDFs it sends)."""
    out = {p for p in paths if p.rsplit("/", 1)[-1] == "script.py.mako"}
    # (templates kept in mails/ and pdfs/ folders, beside the fragments they include, and nothing else: a Play API's
    # app/views/mails/, app/views/pdfs/ and app/views/fragments/, what it sends, no page)
    rest = [p for p in paths if p not in out]
    if any(_SENT_DIR.search(p) for p in rest) and all(_SENT_DIR.search(p) or _PARTIAL_DIR.search(p) for p in rest):
        return out | set(rest)
    # (each template of a mails/ or pdfs/ folder, and each MJML e-mail, whatever else the project holds: a Feathers API's
    # src/emails/commun/footer.mjml.ejs beside its framework's welcome page is an e-mail it sends, no page)
    out |= {p for p in rest if _SENT_DIR.search(p) or _MJML.search(p)}
    in_templates = [p for p in paths if "templates/" in p and p not in out]
    if not in_templates:
        return out
    py = sorted(e.path for e in files if e.ext.lower() == "py" and not is_test(e.path))[:MAX_PY]
    renderers = [p for p, text in ctx.snapshot.iter_text(py, limit=MAX_PY_BYTES) if _RENDERS.search(text or "")]
    if renderers and all(_SENDER.search(p) for p in renderers):
        out |= set(in_templates)
    return out


# a program printing pages to PDF documents: a headless browser's Page.printToPDF (Selenium, Chrome DevTools), Puppeteer's or
# Playwright's page.pdf(), WeasyPrint's write_pdf, pdfkit, xhtml2pdf's pisa, wkhtmltopdf
_PRINTS_PDF = lazy_compile(r"printToPDF|\.write_pdf\s*\(|\bpdfkit\.from_(?:string|file|url)\s*\(|\bpisa\.CreatePDF\s*\(|\bwkhtmltopdf\b|\bpage\.pdf\s*\(")
# a program serving requests itself (Flask, FastAPI, Django's URLs, an HTTP server, Express): its templates may be pages it serves
_SERVES = lazy_compile(r"\bFlask\s*\(|@\w+\.(?:route|get|post)\s*\(|\bFastAPI\s*\(|\burlpatterns\b|\bHTTPServer\b|\.listen\s*\(|"
                       r"\bcreateServer\s*\(|\bexpress\s*\(\s*\)|\bapp\.run\s*\(")
_TEMPLATE_MARK = lazy_compile(r"\{\{[^{}\n]{1,200}\}\}|\{%-?\s*\w")
_PROGRAM_EXT = frozenset({"py", "js", "mjs", "cjs", "ts"})


def printed_templates(ctx, files, paths: list[str]) -> tuple[list[str], set[str]]:
    """(programs, templates): of ``paths`` (template and HTML files), those written in a template language (``{{ v["nom"] }}``)
    that the project's own programs fill and print to PDF documents (a Jinja environment loading the templates' folder, each
    view rendered then printed by a headless browser's Page.printToPDF, WeasyPrint, pdfkit…), when every program of the project
    rendering templates prints them so and none serves requests: the templates of printed documents, no page of a site (issue
    12, s45 fh45). A program names the template's file or its folder in a string (``FileSystemLoader(r'…\\templates')``).
    The first :data:`MAX_PY` programs in path order are read, :data:`MAX_PY_BYTES` each; ([], set()) otherwise."""
    programs = sorted(e.path for e in files if e.ext.lower() in _PROGRAM_EXT and not is_test(e.path))[:MAX_PY]
    renderers = [(p, text or "") for p, text in ctx.snapshot.iter_text(programs, limit=MAX_PY_BYTES) if _RENDERS.search(text or "")]
    if not renderers or any(not _PRINTS_PDF.search(text) or _SERVES.search(text) for _, text in renderers):
        return [], set()
    printed: set[str] = set()
    for p in sorted(paths)[:200]:
        name, folder = p.rsplit("/", 1)[-1], (p.rsplit("/", 1)[0].rsplit("/", 1)[-1] if "/" in p else "")
        named = re.compile(r"""["'](?:[^"'\n]*[/\\])?""" + re.escape(name) + r"""["']""")
        in_folder = re.compile(r"""["'](?:[^"'\n]*[/\\])?""" + re.escape(folder) + r"""[/\\]?["']""") if folder else None
        if any(named.search(text) or (in_folder and in_folder.search(text)) for _, text in renderers) \
                and _TEMPLATE_MARK.search(ctx.snapshot.read_text(p, limit=64 * 1024) or ""):
            printed.add(p)
    return ([p for p, _ in renderers] if printed else []), printed


# A documentation site's single page, its generator loaded in the browser (docsify, docute): the documentation
_DOC_SITE = lazy_compile(r"window\.\$docsify\b|/docsify(?:@[\w.^~-]+)?/|new\s+Docute\s*\(|/docute(?:@[\w.^~-]+)?/", re.I)


def doc_site_pages(ctx, html: list[str]) -> list[str]:
    """The pages of ``html`` in a documentation folder that load a documentation generator (docs/index.html of docsify)."""
    return [p for p in html[:50] if is_doc(p) and _DOC_SITE.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]


# a Chef cookbook's metadata.rb: its name, and the cookbooks it depends on (`name 'tefenua'`, `depends 'apt'`)
_CHEF_METADATA = lazy_compile(r"""^[ \t]*(?:name|depends)[ \t(]+['"][\w.-]+['"]""", re.M)


def chef_cookbooks(ctx, paths: list[str]) -> list[str]:
    """A Chef cookbook's files, the project's own ``paths``: a ``metadata.rb`` declaring the cookbook's name or its dependencies beside
    a ``recipes/`` folder of Ruby recipes, at the root or in a folder (``cookbooks/frontal/``): the code Chef runs on the nodes it
    deploys, deployment infrastructure like an Ansible role or a Puppet module (issue 12, s40 fo40). [] otherwise (a Ruby gem:
    gemspec and lib/, no metadata.rb beside recipes). Its metadata.rb, recipes and attributes, at most 30, the first 20 metadata read."""
    own = set(paths)
    metadata = sorted((p for p in own if p.rsplit("/", 1)[-1] == "metadata.rb" and p.count("/") <= 2), key=lambda p: (p.count("/"), p))[:20]
    out: list[str] = []
    for m in metadata:
        root = m[: -len("metadata.rb")]
        recipes = sorted(p for p in own if p.startswith(root + "recipes/") and p.endswith(".rb") and p.count("/") == root.count("/") + 1)
        if not recipes or not _CHEF_METADATA.search(ctx.snapshot.read_text(m, limit=64 * 1024) or ""):
            continue
        attributes = sorted(p for p in own if p.startswith(root + "attributes/") and p.endswith(".rb"))
        out += [m] + recipes + attributes
    return out[:30]
