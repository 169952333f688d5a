"""``textscan``: one bounded pass over the text files of the audited commit, matching named signals.

Several checks look for words, URLs, field names or calls in the code (a geo API, an OIDC issuer,
``os.environ`` reads, a hard-coded INSEE code…). Reading every file once per check would be slow,
so this fact reads each text file once and runs the registered :class:`Signal` patterns on it.
A cheap literal prefilter (``hints``) skips a pattern when none of its hints occurs in the file.

Value: ``{"signals": {signal_id: [[path, line, excerpt, file_class], …]}, "scanned": n,
"bytes": n, "skipped": {"too_large": n, "over_count": n, "unreadable": n, "over_bytes": n, "over_data_bytes": n},
"classes": {class: n}, "sql_scripts": [paths], "unread_code": [paths], "unread_large": {"count": n, "paths": [first 5]}}``. Files are read in path order within bounds of size, count and bytes, settings and data
files within a smaller budget of their own (:data:`MAX_DATA_BYTES`); a Jupyter notebook within the per-file bound by its cell
sources, its file read up to a larger fixed size (:data:`CELLS_TOO_LARGE`).
Longer than 400 lines: one pass reads every kind of text file (code, Jupyter notebooks' code cells, R Markdown chunks, SQL without an
extension, build scripts), each kind's reading rule beside the others'.
At most ``PER_FILE`` hits per signal and file and ``PER_SIGNAL`` per signal are kept (the count
of all hits is in ``counts``). Excerpts are the matched text cut to 120 characters; signals that
could match a credential are never registered here (secrets have their own fact).
"""

from __future__ import annotations

import bisect
import functools
import re

from auditor.facts import fact
from auditor.facts.signal_registry import SIGNALS, Signal, generation, load_signals, signal  # noqa: F401 (signal, Signal: re-exported for signal modules)
from auditor.facts.embedded import LITERATE_EXT, NOTEBOOK_MAX_RAW_BYTES, literate_code, notebook_scan
from auditor.facts.indented_markup import INDENTED_MARKUP_EXT, as_html_text
from auditor.facts.text_blobs import blank_blobs
from auditor.facts.generator_head import GENERATOR_BYTES, written_by_generator
from auditor.facts.testdirs import dbt_code_dirs
from auditor.facts.inventory import (DOC_EXT, framework_runtime_cache, parts as path_parts, in_assistant_tooling, PHP_ALIAS_EXT, SQL_EXT, code_ext, inventory_of, is_config_template, looks_like_sql, sql_candidate, is_doc, is_generated, is_test, is_vendored,
                                     opens_as_php)
from auditor.facts.js_family import JS_EXT
from auditor.facts.typoscript_files import TYPOSCRIPT_PATH
from auditor.facts.server_pages import JSP_EXT, TAG_EXT, is_server_page
from auditor.facts.vendored import LANGUAGE_CODES
from auditor.lazyre import lazy_compile

MAX_FILE_BYTES = 512 * 1024
# A Jupyter notebook is bounded by its cell sources (code and Markdown), not by its file, most of whose bytes are its outputs (a
# town's two analysis notebooks of 573 and 872 KB hold 24 and 31 KB of cells): its file is read up to NOTEBOOK_MAX_RAW_BYTES (and
# the snapshot's cap), and it is left unread, and said so, when its cell sources alone weigh more than MAX_FILE_BYTES.
# (the scan's answer for such a notebook: this key, with the cells' size, and no signal)
CELLS_TOO_LARGE = "~cells-too-large"
# code files whose being left unread for their size is worth naming (a 3 MB notebook drawing a map)
UNREAD_CODE_EXT = frozenset({"ipynb", "py", "r", "rmd", "qmd", *JS_EXT, "ts", "php", "java"})
# The project and configuration files of a GIS or data-integration tool, XML text (an FME workspace's published parameters and
# its readers' servers, a QGIS layer definition's WFS address, table and srsname='EPSG:2154', a QGIS project, a QML or SLD style):
# read as settings (class config), up to GIS_MAX_FILE_BYTES each (an FME workspace of 1.1 MB is common; the snapshot reads no
# blob over 2 MB), and named when left unread for their size
GIS_TOOL_EXT = frozenset({"fmw", "fmwt", "qlr", "qml", "qgs", "sld"})
GIS_MAX_FILE_BYTES = 2 * 1024 * 1024
# classes of the files whose being left unread for their size can hide a signal (code, settings, pages): said by the checks
UNREAD_CLASSES = ("code", "config", "template", "other")
MAX_FILES = 20_000
MAX_TOTAL_BYTES = 300 * 1024 * 1024
# Settings and data files (the config and data classes) are read up to this many bytes in all, in path order:
# beyond it they are data exports (thousands of dated JSON snapshots), which the scan reads at about a megabyte
# a second, and no project's settings come near it (of 396 repositories read, two pass 16 MB, both data exports).
MAX_DATA_BYTES = 16 * 1024 * 1024
BUDGETED_CLASSES = ("config", "data")
PER_FILE = 5
# Signals naming a server (a URL's host in group 1): past PER_FILE hits in a file, the first hit of each host not yet kept is
# kept too, up to PER_FILE_HOSTS hits (a one-page map's sixth URL, a place search on api.geonames.org after five URLs of its
# basemaps and WFS, was dropped, and the hosting check never saw that third party)
# (so are the fields of a national data schema, in group 1: an export view names twenty of them, each once or twice)
BY_HOST = {"scaling.url": 1, "scaling.url-relative": 1, "scaling.url-neutral": 1, "data.national-schema": 1,
           "territory.town-domain": 1,  # (and the hosts of a commune's templates, its own domain among them: territory_town_hall)
           # (and the packages an R script loads, in group 1: a Shiny app's nine library() lines were cut to five, and the
           # dependencies check listed five packages, so a DESCRIPTION written from it missed four)
           "code.r-package": 1,
           # (and the SIRENs a SQL list compares, in group 1: nineteen EPCI of a region's programme in one IN list were cut to five)
           "territory.sql-siren": 1}
PER_FILE_HOSTS = 40
PER_SIGNAL = 1000

CODE_EXT = {"vrt", "py", *JS_EXT, "ts", "tsx", "mts", "cts", "vue", "svelte", "php", "rb", "java", "kt", "go", "rs",  # (vrt: a GDAL virtual dataset's SQL and sources)
            "ex", "exs", "cs", "vb", "scala", "swift", "dart", "groovy", "clj", "lua", "pl", "r", "sh", "bash", "astro",
            "elm",  # Elm: a site written in it holds its pages' text, addresses and embedded maps, calendars and forms in strings
            "ps1", "psm1", "bat", "cmd",  # Windows scripts: a GIS team's download or load script (PowerShell, batch)
            "pp",  # Puppet manifests (a deployment module's packages, hosts and settings)
            "coffee", "litcoffee", "pde", "ino",  # CoffeeScript (process.env reads, hosts), Processing and Arduino sketches
            "c", "cc", "cpp", "cxx", "h", "hh", "hpp",  # C and C++ (an openFrameworks installation's log endpoint, its settings file)
            "asp", "asa",  # classic ASP pages and their global.asa: server code mixed with the page, as PHP (hosts, SQL, forms, secrets)
            *JSP_EXT,  # Java server pages: scriptlets mixed with the page, as PHP (a JCMS plugin's SQL, forms, settings; see server_pages)
            "cshtml", "vbhtml", "razor", "aspx", "ascx", "master",  # ASP.NET pages (Razor views, Blazor components, Web Forms): C# or VB in the page
            "m", "mm"}  # Objective-C (and MATLAB's .m): an iOS app's server address, test position and settings in its @"…" strings
CLASS_EXT = {"java", "kt", "scala", "cs"}  # compiled classes: code whatever their package's name (…/config/SwaggerConfig.java)
TEMPLATE_EXT = {"html", "htm", "twig", "jinja", "jinja2", "j2", "hbs", "handlebars", "ejs", "erb", "njk", "liquid", "mustache", "pug", "blade", "heex", "eex",
                "phtml",  # Zend/Laminas view scripts (a SDIS's application centres its map in one)
                "mst",  # Mustache templates by mviewer's name (a layer's info panel showing {{code_insee}})
                "vm",  # Velocity templates (a Java portal's or a Spring application's pages)
                "ftl",  # FreeMarker templates (a Fluent message file, also .ftl, sits in a locale folder: i18n)
                "xhtml",  # JSF Facelets and XHTML pages (a PDF template loading Chart.js from a CDN, rendered by Flying Saucer)
                "tmpl",  # marker and Go templates (a TYPO3 plugin's players from video platforms); a settings one (config.ini.tmpl) is config
                "slim", "haml"}  # Rails views in Slim or Haml (a Leaflet map loaded and its markers drawn in a view's javascript: block)
# Gradle build scripts (build.gradle, build.gradle.kts): read for the addresses they name only (scaling.hosting), as settings
# of the build (class config); their environment reads and strings are the build's, not the application's settings or secrets
BUILD_SCRIPT_EXT = ("gradle", "kts")
BUILD_SCRIPT_SIGNALS = ("scaling.url",)
# XSLT stylesheets: read for the national standards' own names they write only (a converter's totem2xmlcsv.xsl emitting the SCDL
# budget columns BGT_NATDEC, BGT_SIRET…), as code; their other strings are the documents they transform, not the project's settings
XSLT_EXT = ("xsl", "xslt")
XSLT_SIGNALS = ("data.national-schema", "data.pes", "data.seda", "data.cnig-plu", "data.bal", "data.pcrs", "data.sandre")
STYLE_EXT = {"css", "scss", "sass", "less", "styl"}
DATA_EXT = {"csv", "tsv", "geojson", "topojson", "sql", "ndjson", "jsonl", "gpx", "kml", "xml", "ods"}
CONFIG_EXT = {"yml", "yaml", "toml", "ini", "cfg", "conf", "env", "neon", "properties", "prop", "json", "json5", "tf", "hcl", "xml", "dist", "example", "sample", "tpl", "template", "graphql", "gql", "graphqls", "po", "pot", "arb", "mml"}  # (geosylva.xml.template: an mviewer app's configuration; a CartoCSS/Mapnik project.mml's layers)
TEXT_NAMES = {"dockerfile", "containerfile", "makefile", "justfile", "procfile", "gemfile", "jenkinsfile", "vagrantfile",
              ".env", ".browserslistrc", ".nvmrc", ".htaccess", "nginx.conf"}
CONFIG_DIRS = {"config", "conf", "settings", "configuration", "deploy", "deployment", "k8s", "kubernetes", "helm", "charts",
               ".github", ".gitlab", "ansible", "terraform", "infra", "ops", ".circleci", "docker", "environments"}
DATA_DIRS = {"data", "datas", "dataset", "datasets", "seeds", "seed", "seeders", "dump", "dumps", "sample-data", "sample_data",
             "fixtures", "datafixtures", "geodata", "resources-data", "initial_data", "referentiels", "referentiel"}
I18N_DIRS = {"locale", "locales", "translations", "lang", "langs", "i18n", "l10n", "messages"}
TEST_NAMES = lazy_compile(r"^(conftest\.py|factories\.py|.*_factories\.py|.*\.(?:stories|story)\.(?:[cm]?[jt]sx?|vue|svelte|mdx)|.*\.cy\.[jt]s|setupTests\.[jt]s|jest\.setup\.[jt]s)$")
# (a "declaration" page, declaration-accessibilite.html, DeclarationAccessibilite.vue: not a class named for what it declares,
# DeclarationSalairesPourMDFJob.java, which is code)
LEGAL_PAGE = lazy_compile(r"(?<![a-z])(mentions[-_]?legales|mentions[-_]?rgpd|rgpd|gdpr|legal[-_]?notice|legal|cgu|conditions[-_]generales|privacy|confidentialite|donnees[-_]personnelles|accessibilite|accessibility|declaration(?![a-z])|declaration[-_]?(?:d[-_]?)?accessibilit\w*|credits|a[-_]propos|about)[^/]*(/[^/]*)?$", re.I)
EXAMPLE_DIRS = {"demo", "demos", "example", "examples", "exemple", "exemples", "sample", "samples", "sandbox", "playground", "factories", "stories", "storybook", ".storybook", "mocks", "mock", "fakes", "stubs",
                "explorations", "exploration", "notebooks", "notebook", "benchmarks", "benchmark", "bench", "perf"}
DEMO_DIR = re.compile(r"(?<=[a-z])demo$|^demo[-_]|[-_]demo$")  # lizmapdemo/, demo-app/, qgis_demo/: a demonstration module
CONFIG_NAMES = lazy_compile(r"^(settings|config|configuration|conf|constants?|env|environment|parameters|params|defaults?)([._-][\w.-]*)?\.(py|js|ts|mjs|cjs|php|rb|json|ya?ml)$|\.config\.[cm]?[jt]s$|^next\.config|^nuxt\.config|^vite\.config|^webpack", re.I)


# TYPO3's TypoScript and TSconfig (issue 12, s41 fb41 = CDG47-Dev/t3_Serignac: a commune's site template hard-coding its région's and
# département's links in Configuration/TypoScript/setup.txt): the files of an extension's Configuration/TypoScript/, PageTS/, TsConfig/
# (.txt, .typoscript, .tsconfig, .ts), its ext_typoscript_setup.txt, and any .typoscript or .tsconfig file; not its constants (settings)
_TYPOSCRIPT = TYPOSCRIPT_PATH  # (auditor.facts.typoscript_files: one rule with the documentation facts)
_TS_CONSTANTS = lazy_compile(r"constants?(?:\.[\w-]+)?\.(?:txt|typoscript|t3s)$|^ext_typoscript_constants\.")


_SETTINGS_FILE = lazy_compile(r"^(?:config|configuration|settings)(?:[._-][\w-]+)?\.(?:ya?ml|json|toml)$")


_LOCALE_DIR = lazy_compile(r"^([a-z]{2})(?:[-_][a-z]{2,4})?$")  # a folder named after a locale (fr, en-us, zh_hant)


def _locale_dir(d: str) -> bool:
    """A folder named after a locale, whose language code is one (fr/, en-us/; not src/ nor js/)."""
    m = _LOCALE_DIR.match(d)
    return bool(m) and m.group(1) in LANGUAGE_CODES


# Java/Spring message bundles (messages_fr.properties), a JCMS plugin's languages/fr.prop: texts shown to people, like a .po file.
_MESSAGES = lazy_compile(r"^messages([_-][a-z]{2,3}([_-][a-z]{2})?)?\.properties$", re.I)
LANGUAGE_FILE = lazy_compile(r"(^|/)languages/[a-z]{2}(?:[_-][a-z]{2})?\.(?:prop|properties|json|ya?ml|php|xml)$", re.I)


# A Java web application's settings files, XML though they are (Tomcat's context.xml with its datasource, web.xml, Spring's contexts)
_JAVA_EE_SETTINGS = lazy_compile(r"^(?:context|web|server|applicationcontext|persistence|beans|struts|faces-config|hibernate\.cfg|[\w-]+-servlet)\.xml$")


@functools.lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def file_class(path: str) -> str:
    """Where a file sits for people: code, template, style, config, data, i18n, doc, test or other."""
    segs = path.split("/")
    name = segs[-1]
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low[1:] else ""
    dirs = {s.lower() for s in segs[:-1]}
    if low.endswith(".d.ts"):
        return "types"
    if LEGAL_PAGE.search(path):
        return "legal"
    if is_test(path) or TEST_NAMES.match(name) or dirs & EXAMPLE_DIRS & {"factories"}:
        return "test"
    # A copy-me file (changeHomeIconUrl.js.example) is an example; a settings template every deployment copies
    # (.env.example, config.py.example, settings.ini.sample) lists the settings (config).
    if is_config_template(path) and not dirs & EXAMPLE_DIRS:
        return "config"
    if dirs & EXAMPLE_DIRS or any(DEMO_DIR.search(d) for d in dirs) or low.startswith(("example", "exemple", "sample", "demo")) or \
            (low.endswith((".example", ".sample")) and not (low.startswith(".env") or ".env." in low or low.endswith(".env.example"))):
        return "example"
    if _TYPOSCRIPT.search(path) and not _TS_CONSTANTS.search(low):  # (a TYPO3 extension's TypoScript and TSconfig, .txt though they
        return "code"  # may be named: its code; its constants, settings each site sets in TYPO3's editor, keep their class, as host_settings reads them)
    # (a program named after the page it renders, vues/licence_clique.php, the dialog of a site's conditions of use, is code: only a
    # text file so named is the licence or the README; issue 12, s43 fe43 = Buralis/archives)
    if ext in DOC_EXT or is_doc(path) or low.startswith(("readme", "changelog", "contributing", "license", "licence")) and ext not in CODE_EXT:
        return "doc"
    if dirs & I18N_DIRS or ext in ("po", "pot", "xlf", "xliff", "arb") or _MESSAGES.match(low) or LANGUAGE_FILE.search(path) \
            or ext == "ftl" and any(_locale_dir(d) for d in dirs):  # (Fluent's en-US/main.ftl; a FreeMarker page is a template)
        return "i18n"
    if dirs & DATA_DIRS and not _SETTINGS_FILE.match(low) and ext not in CLASS_EXT or ext in DATA_EXT and not _JAVA_EE_SETTINGS.match(low):  # (data/config.yml: the
        # app's settings, not data; nor a web application's context.xml; nor a class of a data package: fr/x/data/model/Auth.kt)
        return "data"
    if low.startswith(".env") or low.endswith((".env", ".env.example", ".env.dist", ".env.sample")) or CONFIG_NAMES.search(low) or dirs & CONFIG_DIRS and ext not in CLASS_EXT \
            or "migrations" in dirs:  # (a Java class of a package named config, Spring's @Configuration beans, is code)
        return "config"
    if ext in CODE_EXT or ext in TAG_EXT and is_server_page(path):  # (a JSP tag file under WEB-INF/tags/)
        return "code"
    if ext in TEMPLATE_EXT:
        return "template"
    if ext in STYLE_EXT:
        return "style"
    if ext in CONFIG_EXT or ext in GIS_TOOL_EXT or low in TEXT_NAMES or low.startswith(("dockerfile", "makefile")):
        return "config"
    return "other"


def is_scannable(entry, tooling: bool = False) -> bool:
    """A text file the scan reads; with ``tooling``, a coding assistant's folder too (.claude/…: tooling, but the secrets scan reads it)."""
    if (entry.kind not in ("file", "executable") or (is_vendored(entry.path) and not (tooling and in_assistant_tooling(entry.path)))
            or is_generated(entry.path)):
        return False
    if entry.path in (".auditor.yml", ".auditor.yaml"):
        return False  # what the project declares is shown as declared (declarations fact), never taken as found in the code
    low = entry.name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low[1:] else ""
    if ext in ("map", "lock", "svg", "min"):
        return False
    return (ext in CODE_EXT or ext in TEMPLATE_EXT or is_server_page(entry.path) or ext in STYLE_EXT or ext in DOC_EXT or ext in DATA_EXT
            or ext in ("typoscript", "tsconfig")
            or ext in CONFIG_EXT or ext in GIS_TOOL_EXT or low in TEXT_NAMES or low.startswith((".env", "dockerfile", "makefile")))


def max_bytes(entry, cap: int | None = None) -> int:
    """The largest file of this kind the scan reads: GIS tool files (GIS_TOOL_EXT) up to GIS_MAX_FILE_BYTES, Jupyter notebooks up to
    NOTEBOOK_MAX_RAW_BYTES or ``cap`` (the snapshot's largest blob), whichever is smaller (their cell sources are bounded to
    MAX_FILE_BYTES once read: see :func:`scan`), others MAX_FILE_BYTES."""
    ext = entry.ext.lower()
    if ext == "ipynb":
        return min(NOTEBOOK_MAX_RAW_BYTES, cap) if cap else NOTEBOOK_MAX_RAW_BYTES
    return GIS_MAX_FILE_BYTES if ext in GIS_TOOL_EXT else MAX_FILE_BYTES


def scan_class(path: str, ext: str) -> str:
    """The class a file's hits are filed under: its :func:`file_class`, except that an R Markdown or Quarto document
    found nowhere in particular is code (its chunks are what is scanned); one under tests/ or examples/ stays there."""
    cls = file_class(path)
    return "code" if ext in LITERATE_EXT and cls == "other" else cls


def _literate(entry) -> bool:
    """An R Markdown or Quarto document (its chunks are scanned as code), not a copied or generated one."""
    return entry.kind in ("file", "executable") and entry.ext in LITERATE_EXT and not (is_vendored(entry.path) or is_generated(entry.path))


def _notebook(entry) -> bool:
    """A Jupyter notebook (its code cells are scanned as Python code), not a copied or generated one, nor Jupyter's autosave."""
    return entry.kind in ("file", "executable") and entry.ext.lower() == "ipynb" and not (is_vendored(entry.path) or is_generated(entry.path))


def script(entry) -> bool:
    """An executable script without an extension (a container's entrypoint run-mapnik, bin/deploy): code, read as a shell script
    (a small one only: a compiled program committed as executable is no text)."""
    return entry.kind == "executable" and "." not in entry.name and 0 < entry.size <= 64 * 1024 \
        and not (is_vendored(entry.path) or is_generated(entry.path))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


MAX_LINE = 4000
_LONG_LINE = lazy_compile(r"[^\n]{%d,}" % MAX_LINE)
_OPENER = lazy_compile(r"""(?:['"`]|>)?\s*""")  # what opens a match before its value: a quote or a tag's ">", then white space


_PLANS: dict[tuple, tuple[list, list[str]]] = {}


def _plan(ext: str, cls: str, signals=None) -> tuple[list, list[str]]:
    """The signals that apply to files of this extension and class (in registration order) and the
    hints they name: computed once per kind of file instead of once per file."""
    if signals is not None:
        sigs = [s for s in signals if (s.exts is None or ext in s.exts) and (s.classes is None or cls in s.classes)]
        return sigs, sorted({h for s in sigs for h in s.hints})
    key = (ext, cls, generation())
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 4096:  # extensions are the repository's: bounded
            _PLANS.clear()
        plan = _PLANS[key] = _plan(ext, cls, list(SIGNALS.values()))
    return plan


# A keyword table: lines holding only three or more short quoted words (no dot, slash or colon: no address, no module path), a
# classifier's vocabulary ("authentif", "oidc", "saml", / "=gtfs", "=netex", "postgis",), many of them in one code file (a label
# classifier's 190 such lines); and the values a JSON Schema's "enum" lists ("oauth2", "saml" as what a catalogue's field may hold).
# Words named there are topics matched or allowed, not a use: their hits are left out, except a territory's (a list of department
# codes or communes is the territory it serves).
_WORD = lazy_compile(r"""[ \t]*(?:"[^"\\\n/:.]{1,40}"|'[^'\\\n/:.]{1,40}')[ \t]*""")
# the line once each word is a NUL and its blanks gone: words between commas and brackets only (a category and its words on one
# line, ("Transport", ["gtfs", "netex"]), too)
_WORDS_ONLY = lazy_compile(r"[\[(]{0,2}\x00(?:[\])]{0,2},[\[(]{0,2}\x00)*,?[\])]{0,3},?")
KEYWORD_TABLE_LINES = 50
_SCHEMA_ENUM = lazy_compile(r'"enum"\s*:\s*\[[^\]]{0,20000}\]')


def vocabulary_lines(text: str, cls: str, ext: str, starts: list[int]) -> set[int]:
    """The lines (1-based) of quoted words only in a code file holding at least :data:`KEYWORD_TABLE_LINES` lines of three or more
    (a keyword table), and those of a JSON file's ``"enum"`` arrays when it is a JSON Schema (``"$schema"`` in its first 4 KB)."""
    lines: set[int] = set()
    if cls == "code" and text.count(", ") >= 2 * KEYWORD_TABLE_LINES:
        words = {}  # line -> number of words, for the lines of words only
        for n, line in enumerate(text.split("\n"), 1):
            if ('"' in line or "'" in line) and _WORDS_ONLY.fullmatch(shape := _WORD.sub("\x00", line).strip().replace(" ", "").replace("\t", "")):
                words[n] = shape.count("\x00")
        if sum(1 for c in words.values() if c >= 3) >= KEYWORD_TABLE_LINES:
            lines.update(words)  # (then its shorter lines too: "=metadata", "=geojson"]), closing a category's list)
    if ext == "json" and '"enum"' in text and '"$schema"' in text[:4096]:
        for m in _SCHEMA_ENUM.finditer(text):
            lines.update(range(bisect.bisect_right(starts, m.start()), bisect.bisect_right(starts, m.end() - 1) + 1))
    return lines


def scan_text(path: str, text: str, cls: str, ext: str, signals=None) -> dict[str, list]:
    """Hits of the signals in one text: {signal id: [[path, line, excerpt, class], …]}.

    Lines of 4,000 characters or more (minified or generated code, data) are blanked first, line
    numbers kept: no pattern then meets input long enough to make it slow; so is base64 content (a data: URI's image,
    :mod:`auditor.facts.text_blobs`), in which any word may turn up by chance."""
    if len(text) >= MAX_LINE and _LONG_LINE.search(text):
        text = _LONG_LINE.sub("", text)
    text = blank_blobs(text)  # an image or a font embedded in base64 is bytes, no words (line numbers kept)
    low = text.lower()
    out: dict[str, list] = {}
    starts = None
    sigs, hints = _plan(ext, cls, signals)
    present = {h for h in hints if h in low}  # each literal looked for once, not once per signal naming it
    vocab = None
    for sig in sigs:
        if sig.hints and present.isdisjoint(sig.hints):
            continue
        hits = []
        keyed = BY_HOST.get(sig.id)
        hosts: set[str] = set()
        for m in sig.regex.finditer(text):
            if keyed is not None and len(hits) >= PER_FILE:
                host = (m.group(keyed) or "").lower()
                if host in hosts:
                    continue  # past the first five: only a host not yet kept
            if sig.accept is not None and not sig.accept(m):
                continue
            if starts is None:
                starts = _line_starts(text)
            # (the line where the value begins: a tag's text opening on the line after its ">" — <a …>\n  Mairie de Crolles\n</a> — is
            # cited at the name's line, one with the other signals reading that name; issue 12, s38 fp38)
            line = bisect.bisect_right(starts, m.start() + len(_OPENER.match(text, m.start(), m.end()).group(0)))
            if vocab is None:
                vocab = vocabulary_lines(text, cls, ext, starts)
            if line in vocab and not sig.id.startswith("territory."):
                continue  # (a classifier's keyword, a schema's allowed value: see vocabulary_lines)
            excerpt = (m.group(sig.group) or "")[:120]
            hits.append([path, line, excerpt, cls])
            if keyed is not None:
                hosts.add((m.group(keyed) or "").lower())
            if len(hits) >= (PER_FILE_HOSTS if keyed is not None else PER_FILE):
                break
        if hits:
            out[sig.id] = hits
    return out


def scan(path: str, text: str | None, options: dict | None = None) -> dict[str, list] | None:
    """The signals in one file (None when unreadable): a task of ``ctx.map_blobs``, run in a worker
    process or here. ``options``: ``{"code_sql": [folders]}``, the folders whose SQL is code (a dbt project's models and macros)."""
    if text is None:
        return None
    load_signals()  # in a worker process too

    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name[1:] else ""  # as FileEntry.ext
    if options and ext == "sql" and path.startswith(tuple(options.get("code_sql") or ())) and file_class(path) in ("data", "config", "other"):
        return scan_text(path, text, "code", ext)  # (a dbt model: SQL with Jinja that dbt compiles and runs, the pipeline's code)
    if ext in LITERATE_EXT:  # an R Markdown or Quarto document: its chunks are code of their language, its prose is not scanned
        out: dict[str, list] = {}
        cls = scan_class(path, ext)
        for lang, code in literate_code(text).items():
            for sid, found in scan_text(path, code, cls, lang).items():  # (a host-keyed signal keeps its hosts as in one file)
                out[sid] = sorted(out.get(sid, []) + found, key=lambda h: h[1])[:PER_FILE_HOSTS if sid in BY_HOST else PER_FILE]
        return out
    if ext == "ipynb":  # a Jupyter notebook: its code cells are code of its kernel's language (an R notebook's library(sf) as an .R
        # script's), on the lines of the file holding them (outputs and prose not read)
        code, cell_bytes, lang = notebook_scan(text, MAX_FILE_BYTES)  # (bounded by its cells, code and Markdown, not by its outputs)
        if cell_bytes is not None and cell_bytes > MAX_FILE_BYTES:
            return {CELLS_TOO_LARGE: [cell_bytes]}
        cls = file_class(path)
        return scan_text(path, code, "code" if cls == "other" else cls, lang) if code is not None else {}
    if ext in PHP_ALIAS_EXT:  # a Drupal module's .module, .inc, .install… is PHP when it opens as PHP, and nothing read otherwise
        return scan_text(path, text, file_class(path + ".php"), "php") if opens_as_php(name, text) else {}
    if sql_candidate(path) and looks_like_sql(text):  # a SQL script without a language's extension (as the inventory tells it)
        return scan_text(path, text, file_class(path + ".sql"), "sql")
    if not ext and _SHELL_SHEBANG.match(text):  # an executable shell script without an extension (a container's entrypoint)
        return scan_text(path, text, file_class(path + ".sh"), "sh")
    if ext in BUILD_SCRIPT_EXT:  # a Gradle build script: only the addresses it names (an app's API server in a buildConfigField)
        return scan_text(path, text, "config", ext, [SIGNALS[s] for s in BUILD_SCRIPT_SIGNALS if s in SIGNALS])
    if ext in XSLT_EXT:  # an XSLT stylesheet: only the national standards' names it writes
        return scan_text(path, text, "code", ext, [SIGNALS[s] for s in XSLT_SIGNALS if s in SIGNALS])
    cls = file_class(path)
    if ext in INDENTED_MARKUP_EXT:  # a HAML, Slim or Pug template: its text lines read as an HTML page's text (line numbers kept)
        text = as_html_text(text, ext)
    if ext == "xml" and cls == "data" and _VIEWER_APP.search(text, 0, 64 * 1024):
        cls = "config"  # a map viewer's application, not data (its search service, its layers' WMS addresses, its filters)
    elif ext == "json" and cls == "config" and not CONFIG_NAMES.search(name.lower()) and _DATA_LAYER.match(text) \
            and "coordinates" in text[:64 * 1024]:
        cls = "data"  # a layer of features (a FeatureCollection, an array of records with their geometries): data, not settings
    elif ext == "xml" and cls == "data" and _ANDROID_LAYOUT.search(path):
        cls = "template"  # an Android screen's layout (res/layout/…: its fields, a password field of a sign-in form), not data
    elif ext == "xml" and cls == "data" and {d.lower() for d in path.split("/")[:-1]} & {"templates", "template"} \
            and _XML_TEMPLATE.search(text, 0, 64 * 1024):
        cls = "template"  # an XML answer the server fills (a Flask TJS server's templates/getcapabilities.xml), not data
    return scan_text(path, text, cls, ext)


# A JSON file of features: a GeoJSON FeatureCollection or Feature, or an array of records (the communes of a map's layer, each with
# its insee_com and its geometry) that the pages load as data
_DATA_LAYER = lazy_compile(r"""\ufeff?\s*(?:\[\s*\{|\{\s*"type"\s*:\s*"Feature(?:Collection)?")""")

# An Android application's layouts (src/main/res/layout/, res/layout-land/): the screens, as a web page's template is
_ANDROID_LAYOUT = lazy_compile(r"(?:^|/)res/layout(?:-[\w-]+)?/[^/]+\.xml$")

# The markup of a Jinja or Django template ({{ conf.ServiceTitle }}, {% for framework in frameworks %}) in an XML file of a templates/
# folder: the server's answer it renders (an OGC service's capabilities, a sitemap), as its HTML pages are
_XML_TEMPLATE = lazy_compile(r"\{\{-?[ \t]*[A-Za-z_]\w*|\{%-?[ \t]*(?:for|if|block|extends|include|set|macro|with)\b")


# An mviewer application's XML configuration (<config> with <mapoptions>, its themes and layers, <olscompletion url=…> for the
# address search): the settings of the map the viewer shows, as the project fact reads it (kind static-site), not a data file
_VIEWER_APP = lazy_compile(r"<mapoptions\b")


_SHELL_SHEBANG = lazy_compile(r"#![ \t]*/(?:usr/)?bin/(?:env[ \t]+)?(?:ba|da|k|z)?sh\b")


@fact("textscan", version=433, public=False, ahead=1)
def textscan(ctx) -> dict:
    load_signals()

    snap = ctx.snapshot
    # The inventory's classification, not only path rules: a library copied into js/lib/ with a banner or a
    # versioned name is third-party code, and what it contains is not the project's.
    inv = inventory_of(ctx)
    entries = sorted((e for e in snap.files.values() if (is_scannable(e) or _literate(e) or _notebook(e) or script(e) or code_ext(e, inv) in ("php", "sql")
                                                         or (e.kind == "file" and e.ext.lower() in BUILD_SCRIPT_EXT + XSLT_EXT))
                      and inv.category(e.path) not in ("vendored", "lockfile")
                      # (nor a framework's compiled templates and caches, Laravel's storage/framework/views/<sha1>.php: PHP, but not
                      # the project's — its texts are the Blade templates', already read: s45 fb45)
                      and not framework_runtime_cache(path_parts(e.path))
                      # (a notebook's committed render repeats its document, read as such, with the renderer's own libraries)
                      and e.path not in inv.render_paths),
                     key=lambda e: e.path)
    result: dict[str, list] = {}
    counts: dict[str, int] = {}
    classes: dict[str, int] = {}
    skipped = {"too_large": 0, "over_count": 0, "unreadable": 0, "over_bytes": 0, "over_data_bytes": 0}
    total = data_total = 0
    scanned = 0
    # (a dbt project's models, macros, snapshots and analyses: its code, SQL with Jinja that `dbt run` compiles and runs, read as code
    # — its GeoJSON built by json_build_object('type', 'Feature', …), its code_insee fields —, not as data: issue 12, s38 fj38)
    code_sql = tuple(dbt_code_dirs(snap, lambda p: inv.category(p) == "vendored"))
    options = {"code_sql": list(code_sql)} if code_sql else None
    budgeted = [file_class(e.path) in BUDGETED_CLASSES and not (code_sql and e.ext == "sql" and e.path.startswith(code_sql)) for e in entries]
    cap = snap.max_blob  # (a notebook over the snapshot's cap is never read: unread for its size, as a file over the scan's bound)
    found_by_path: dict[str, dict | None] = {}

    def found_for(i: int) -> dict | None:
        """The scan of ``entries[i]``; computed with those that follow it which would fit the bounds
        if all were readable (an unreadable file leaves room: a later round adds the next ones)."""
        if entries[i].path not in found_by_path:
            batch, t, d, n = [], total, data_total, scanned
            for e, b in zip(entries[i:], budgeted[i:]):
                if n >= MAX_FILES:
                    break
                if e.size > max_bytes(e, cap) or t + e.size > MAX_TOTAL_BYTES or (b and d + e.size > MAX_DATA_BYTES):
                    continue
                batch.append(e)
                t, d, n = t + e.size, d + e.size * b, n + 1
            found_by_path.update(ctx.map_blobs("textscan", 35, batch, scan, limit=max(GIS_MAX_FILE_BYTES, NOTEBOOK_MAX_RAW_BYTES),  # (each file's own bound checked above)
                                               options=options))
        return found_by_path[entries[i].path]

    unread_large: list[str] = []  # files that could carry a signal (code, settings, pages) left unread for their size
    unread_cells: set[str] = set()  # notebooks read whose cell sources alone are over MAX_FILE_BYTES (left unread as a file over it)
    for i, e in enumerate(entries):
        if scanned >= MAX_FILES:
            skipped["over_count"] += 1
            continue
        too_large = e.size > max_bytes(e, cap)
        if not too_large and e.ext.lower() == "ipynb" and total + e.size <= MAX_TOTAL_BYTES \
                and not (budgeted[i] and data_total + e.size > MAX_DATA_BYTES):
            too_large = CELLS_TOO_LARGE in (found_for(i) or {})
            if too_large:
                unread_cells.add(e.path)
        if too_large:
            skipped["too_large"] += 1
            # (nor a file a generator wrote, its first bytes saying so: Qt's resource compiler's resources.py, a QGIS plugin's icons as
            # bytes, s43 fg43; the first 50 such files probed)
            if scan_class(e.path, e.ext.lower()) in UNREAD_CLASSES and inv.category(e.path) not in ("test", "generated", "build") \
                    and not (skipped["too_large"] <= 50 and written_by_generator(ctx.snapshot.read_head(e.path, GENERATOR_BYTES) or "")):
                unread_large.append(e.path)
            continue
        if total + e.size > MAX_TOTAL_BYTES:
            skipped["over_bytes"] += 1
            continue
        if budgeted[i] and data_total + e.size > MAX_DATA_BYTES:
            skipped["over_data_bytes"] += 1
            continue
        found = found_for(i)
        if found is None:
            skipped["unreadable"] += 1
            continue
        scanned += 1
        total += e.size
        data_total += e.size * budgeted[i]
        cls = scan_class(e.path + ".php", "php") if e.ext in PHP_ALIAS_EXT else scan_class(e.path + ".sql", "sql") \
            if code_ext(e, inv) == "sql" and e.ext != "sql" else scan_class(e.path + ".sh", "sh") if script(e) \
            else scan_class(e.path, e.ext)  # (PHP under a host's extension, SQL without one, a script without an extension)
        cls = "code" if code_sql and e.ext == "sql" and e.path.startswith(code_sql) and cls in ("data", "config", "other") else cls
        if cls != "test" and inv.category(e.path) == "test":  # a test folder its runner's configuration names
            cls = "test"
            found = {sid: [[*h[:3], "test", *h[4:]] for h in hs] for sid, hs in found.items()
                     if SIGNALS[sid].classes is None or "test" in SIGNALS[sid].classes}  # as a scan of a test file
        classes[cls] = classes.get(cls, 0) + 1
        for sid, hits in found.items():
            counts[sid] = counts.get(sid, 0) + len(hits)
            kept = result.setdefault(sid, [])
            if len(kept) < PER_SIGNAL:
                kept.extend(hits[: PER_SIGNAL - len(kept)])
    # (SQL scripts without a .sql name, as the inventory tells them by their text: checks reading SQL hits ask sql_path)
    sql_scripts = sorted(e.path for e in entries if e.ext not in SQL_EXT and code_ext(e, inv) == "sql")
    # the project's code files (a notebook, a script) too large for the scan, which therefore read nothing in them (the first 5)
    unread_code = sorted(e.path for e in snap.files.values() if (e.size > max_bytes(e, cap) or e.path in unread_cells)
                         and e.path.rsplit(".", 1)[-1].lower() in UNREAD_CODE_EXT | GIS_TOOL_EXT
                         and not is_vendored(e.path) and not is_test(e.path) and not is_generated(e.path)
                         and inv.category(e.path) not in ("vendored", "generated", "build", "test", "lockfile"))[:5]  # (a copied plugin's large files)
    return {"signals": result, "counts": counts, "scanned": scanned, "bytes": total, "skipped": skipped, "classes": classes,
            "sql_scripts": sql_scripts, "unread_code": unread_code, "unread_large": {"count": len(unread_large), "paths": unread_large[:5]}}


SQL_NAMES = (".sql", ".pgsql", ".plpgsql", ".psql")


def sql_path(scan: dict, path: str) -> bool:
    """A hit's file is SQL: named so, or a script the inventory reads as SQL by its text (the textscan's ``sql_scripts``)."""
    return path.lower().endswith(SQL_NAMES) or path in (scan.get("sql_scripts") or ())


def hits(ctx, *ids: str, classes: tuple[str, ...] | None = None) -> list[list]:
    """Hits of the given signals, optionally only in files of the given classes."""
    sig = ctx.fact("textscan")["signals"]
    out = []
    for sid in ids:
        for h in sig.get(sid, []):
            if classes is None or h[3] in classes:
                out.append(h)
    return out
