"""Text signals of the scaling facts, matched by the one ``textscan`` pass (see
:mod:`auditor.facts.textscan`): URLs and hosts in code and configuration, proprietary services'
hosts and code, database connection strings, restricted data sets, git dependencies cloned from an
account, statistics routes. Built from the data files, so a new service or data set is a data change.

Longer than 400 lines: the scaling facts' signals are one registry, compiled into the single textscan pass, with the accept functions they share.
"""

from __future__ import annotations

import re

from auditor.data import load
from auditor.facts.scaling.common import is_neutral_host
from auditor.facts.scaling.personal_documents import DOCUMENT_QUERY, DOCUMENT_STORE
from auditor.facts.scaling.personal_stored import STORE_WRITE
from auditor.facts.scaling.personal_models import COLUMN_MAP, FIELD_MAP, PARAMETER_LIST, SHEET_API
from auditor.facts.scaling.served_routes import served_route
from auditor.facts.scaling.xml_identifiers import names_an_identifier
from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

RUN = ("code", "template", "config", "other", "style")

# (a tile server's address may open on the map library's subdomain placeholder, Leaflet's {s}. or OpenLayers' {a-c}.: the host follows)
URL = r"""(?<![\w@])https?://(?:\{[a-z](?:-[a-z])?\}\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?::\d{1,5})?(/[^\s"'<>()\[\]{}`\\,;|]*)?"""


_COMMENT = ("#", "//", "*", "/*", "{/*", "<!--", "{#", "--", "\x27" * 3, '"' * 3, ";")


def _line_before(m) -> str:
    s = m.string
    return s[s.rfind("\n", 0, m.start()) + 1: m.start()]


# (and a Jinja or Twig comment, {# … #}: a dbt model's header explaining it, with an example of the GeoJSON it writes — issue 12, s38 fj38)
# (and a JSX comment, {/* … */}: a React page's block of markup commented out, `{/* <div><iframe src="…openstreetmap…"> */}` —
# issue 12, s44 fi44)
# (and a server page's comment, JSP's and ASP.NET's <%-- … --%>, FreeMarker's <#-- … -->, Blade's {{-- … --}}: the licence header of every
# page of a Java web application, "Copyright (C) … http://www.<operator>.fr", is its credits, no server it calls — issue 12, s48 fe48)
_BLOCK_OPEN = lazy_compile(r"(?:^|\s|\{)(?:/\*|<!--|\{#)|(?:^|\s|\{|>)(?:<%--|<#--|\{\{--)")
_BLOCK_CLOSE = ("*/", "-->", "#}", "--%>", "--}}")


def code_note(m) -> bool:
    """The bare word matched ("RGAA") in a code comment ("// Label RGAA pour le tableau" beside an aria-label): a developer's note
    about one element, no accessibility statement."""
    if m.group(0).lower() != "rgaa":
        return False
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()].lstrip()
    return line.startswith(("//", "/*", "<!--", "{#")) or in_block_comment(m)


def in_block_comment(m) -> bool:
    """Inside a /* … */, <!-- … -->, {# … #}, <%-- … --%>, <#-- … --> or {{-- … --}} block opened before it (the lines between
    carry no marker)."""
    s = m.string
    window = s[max(0, m.start() - 4000): m.start()]
    opened = [x.end() for x in _BLOCK_OPEN.finditer(window)]
    if not opened:
        return False
    last_open = opened[-1]
    return max(window.rfind(c) for c in _BLOCK_CLOSE) < last_open


# A web server's configuration (nginx, Apache): the media types it compresses or maps and the paths it proxies are its plumbing
# for whatever it may serve (a deploy role shared by several projects lists application/geo+json and proxies /api/wfs/ for
# all of them), not formats or services the project reads or writes.
_SERVER_FILE = lazy_compile(r"^[^\S\n]*(?:server|http)\s*\{|<VirtualHost\b|^[^\S\n]*(?:proxy_pass|gzip_types)\s", re.M)
_SERVER_DIRECTIVE = lazy_compile(r"[ \t]*(?:gzip_types|brotli_types|sub_filter_types|types|default_type|location|proxy_pass|proxy_redirect|rewrite"
                                 r"|AddType|AddOutputFilterByType|AddOutputFilter|ProxyPass|ProxyPassReverse|<Location|<LocationMatch"
                                 r"|RewriteRule|ExpiresByType|Header)\b")


def in_server_directive(m) -> bool:
    """On a directive line of a web server's configuration (``gzip_types … application/geo+json;``, ``location /api/wfs/ {``)."""
    return bool(_SERVER_DIRECTIVE.match(m.string, m.string.rfind("\n", 0, m.start()) + 1)) and bool(_SERVER_FILE.search(m.string[:200_000]))


def _in_docstring(m) -> bool:
    """Inside a Python docstring (an odd number of triple quotes before): "In nginx: proxy_pass http://192.168.0.1:5001;"."""
    before = m.string[: m.start()]
    return (before.count('"""') + before.count("\'\'\'")) % 2 == 1


def in_python_docstring(m) -> bool:
    """Inside a docstring: a triple-quoted string opened alone on its line, first in the module or just below a ``def`` or ``class``
    header ending with ":" (a string assigned or passed, a query written between triple quotes, stays code)."""
    before = m.string[max(0, m.start() - 20000): m.start()]
    if (before.count('"""') + before.count("'''")) % 2 != 1:
        return False
    q = max(before.rfind('"""'), before.rfind("'''"))
    line_start = before.rfind("\n", 0, q) + 1
    if before[line_start: q].strip(" \t").lower() not in ("", "r", "u"):
        return False
    above = before[:line_start].rstrip()
    # (first in the module: below nothing but its shebang, encoding or licence comment lines)
    first = m.start() < 20000 and all(not ln.strip() or ln.lstrip().startswith("#") for ln in above.splitlines())
    return first or bool(_DEF_HEADER.search(above[-2000:]))


# the rest of a Python import statement after "from module"
_PYTHON_IMPORT = lazy_compile(r"[ \t]+import\b")
# a def or class header ending its (possibly several) lines with ":", parameters nested one level (def f(x=dict(), y=1) -> None:)
_DEF_HEADER = lazy_compile(r"(?:^|\n)[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+\w+\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?\s*(?:->[^:\n]+)?:$")


# A copyright notice's line ("Copyright (C) ${project.inceptionYear} <holder> http://www.<holder>.fr", the licence header template
# a Maven licence plugin stamps on every file): the holder's address is a credit, no server the code calls (issue 12, s48 fe48)
_COPYRIGHT_LINE = lazy_compile(r"[^\S\n]*(?:copyright\b|\(c\)\s|©)", re.I)


def in_comment_or_link(m) -> bool:
    """A URL in a comment, or the target of a link (``href=``, Markdown ``](``), is not something the
    code loads: a person may follow it, the service does not depend on it."""
    before = re.sub(r"(https?:)?//[\w.-]*$", "", _line_before(m))  # a host match inside a URL: what precedes the URL
    if before.lstrip().startswith(_COMMENT) or before.rstrip().endswith(">"):  # a comment, or an element's text
        return True
    if in_block_comment(m) or _COPYRIGHT_LINE.match(before):
        return True
    if document_store(m):  # (the folder the service's own records' files are opened from: a dependency, whoever opens them)
        return False
    # (an element written in a string of the code, "<a href=\\"https://…\\">", escapes its quote; a whole name: stations_auto = …)
    if re.search(r"""\b(href|xlink:href|to)\s*=\s*\{?\s*\\?["'`]?$|\]\($""", before[-30:], re.I):
        return not _loaded_by_page(m, before)
    if _PERSON_OPENS.search(before[-80:]) or _PLACEHOLDER_ATTR.search(before[-60:]):
        return True
    if _COMPOSE_LINK.match(re.sub(r"^(?:https?:)?//", "", m.string[m.start(): m.start() + 200])):
        return True
    return _in_prose(m, before)


# A document store the service opens its records' files from (issue 12, s44 fb44 = Buralis/archives: window.open('http://archives.
# <commune>.fr/application/pdf/' + the file name its own search answered)): a URL literal whose path ends in a folder of documents
# (…/pdf/, /documents/, /fichiers/, /uploads/, /pieces-jointes/…) joined with a value (' + name, ' . $fichier, ${doc}, <?= $f ?>,
# {{ f }}): the files the service lists are kept on that server, which it depends on, though a person's browser opens them
_DOC_FOLDER = lazy_compile(r"/(?:pdfs?|docs?|documents?|fichiers?|files?|uploads?|medias?|pi[eè]ces(?:[_-]jointes)?|pj|attachments?|"
                           r"archives?|scans?|t[ée]l[ée]chargements?|downloads?)/$", re.I)
_URL_PART = lazy_compile(r"""[^"'`\s]{0,300}?(?=\$\{|<\?|\{\{|["'`])""")
_JOINED = lazy_compile(r"""(?:\$\{|<\?|\{\{)|["'`]\s*(?:\+|\.\s*\$)""")


def document_store(m) -> bool:
    """The URL at ``m`` (a host matched inside it, or the whole URL) is a folder of documents joined with a value."""
    u = _URL_PART.match(m.string, m.start())
    return u is not None and "/" in u.group(0).split("//", 1)[-1] and bool(_DOC_FOLDER.search(u.group(0))) \
        and _JOINED.match(m.string, u.end()) is not None


# A form field's hint (placeholder="https://drive.google.com/…"): text shown to the person who fills the form, nothing loaded
_IN_PLACEHOLDER = lazy_compile(r"""\bplaceholder["']?\s*[:=]\s*["'`][^"'`\n]{0,80}$""", re.I)  # (its value, after a word: "ex: 10.3.12.55")
_PLACEHOLDER_ATTR = lazy_compile(r"""\bplaceholder["']?\s*[:=]\s*(?:_\(\s*|gettext\(\s*)?["'`]$""", re.I)
# An "add to my calendar" link (calendar.google.com/calendar/render?action=TEMPLATE…, Outlook's deeplink/compose): the page
# sends the person to their own calendar with the event filled in; the service calls no calendar API
_COMPOSE_LINK = lazy_compile(r"[\w.-]*/calendar/(?:u/\d+/)?(?:render|event|r/eventedit)\b|[\w.-]*/calendar/(?:\d+/)?(?:deeplink|action)/compose\b")


# A page a person opens: given to the browser (window.open, an app's openLink, R's browseURL), or built into a variable named
# as a link (CEREMA/cartofriches: link_mapillary <- glue("https://www.mapillary.com/app/?lat={lat}…"), shown as <a href>)
_PERSON_OPENS = lazy_compile(r"""(?:\b(?:window\.open|openLink|open_link|browseURL|webbrowser\.open(?:_new_tab)?)\s*\(\s*|"""
                             r"""\b(?:link|lien|href)\w*\s*(?:<-|:?=)\s*(?:glue|paste0?|sprintf|str_glue|f)?\s*\(?\s*)["'`]$""", re.I)


# <link rel="stylesheet" href="…">: the browser fetches it with the page (a style guide, a font, an icon), a person follows no link
_LOADED_LINK = lazy_compile(r"""\brel\s*=\s*["']?(?:stylesheet|preload|modulepreload|prefetch|icon|shortcut icon|apple-touch-icon|manifest)\b""", re.I)


def _loaded_by_page(m, before: str) -> bool:
    tag_start = before.rfind("<")
    if tag_start == -1 or not re.match(r"<link\b", before[tag_start:], re.I):
        return False
    s = m.string
    end = s.find(">", m.end())
    return bool(_LOADED_LINK.search(before[tag_start:] + s[m.end(): end if end != -1 else m.end()]))


def _in_prose(m, before: str) -> bool:
    # A URL alone on its line sits in a docstring or a text block (code cannot call it there): prose, as above.
    if not before.strip():
        s, end = m.string, m.string.find("\n", m.end())
        if not s[m.end(): end if end != -1 else len(s)].strip(" \t\r.,;:)'\""):
            return True
    # XML identifiers: a namespace, a DTD, a schema location name a vocabulary, nothing is fetched from them at run time.
    # (and a JAXB binding's namespace = "http://xml.insee.fr/schema", new QName("http://…", "SIREN"), an XSD's targetNamespace="…")
    if re.search(r"""(xmlns(:[\w-]+)?\s*=\s*["']|(?:target)?namespace\s*=\s*["']|\bQName\(\s*["']|<!DOCTYPE[^>]*|schemaLocation\s*=\s*["'][^"']*)$""", before, re.I):
        return True
    # an XML parser's feature or property named by its URI (factory.setFeature("http://xml.org/sax/features/external-general-entities",
    # false), setProperty("http://apache.org/xml/properties/…"), Python's feature_external_ges): a switch of the parser, nothing fetched
    if _PARSER_FEATURE.search(before):
        return True
    # Prose that points somewhere ("See https://…", "Website: …", "Generated by Plugin Builder: …").
    # (and an example given in a help text or a message: help="URL de base du site (ex: https://…)", "e.g. https://…")
    return bool(re.search(r"\b(see|voir|cf\.?|info|website|site web|docs?|documentation|homepage|author|auteur|generated by|ex|e\.g|par exemple|for example|"
                          r"more at|plus d'infos?|source|credits?|cr[ée]dits?|licen[cs]e)\b[^\"'=(]{0,30}:?\s*$", before, re.I))


_PARSER_FEATURE = lazy_compile(r"""\b(?:set|get)(?:Feature|Property|Attribute)\s*\(\s*["']$""")


# a link given as an object's property ({ href: 'https://cc.partner.fr/' }); an HTML <link href="…"> loads a stylesheet
_LINK_KEY = re.compile(r"""\b(?:href|website|homepage|site_?web)["']?\s*:\s*["'`]$""", re.I)
_SCHEMA_REF = re.compile(r"""(?:["']\$schema["']\s*:\s*["']|\$schema=)$""")  # "$schema": "…", # yaml-language-server: $schema=…
# an editor's schema map (VS Code's json.schemas: {"fileMatch": [...], "url": "https://…/devContainerFeature.schema.json"})
_SCHEMA_MAP = re.compile(r"""["']fileMatch["']\s*:\s*\[[^\]]{0,300}\]\s*,\s*["']url["']\s*:\s*["']$""")


# An application card of a portal (applis.conf: {"name": "Ressources Humaines", "icon": "./img/ciril.png", "desc": "Logiciel RH",
# "url": "http://10.0.0.52:83/"}): a link the portal shows its users, not a server the portal loads from. A map layer's card
# ({"name": …, "icon": …, "url": "https://…/wms"}) is loaded: an address naming a service (WMS, an API, a JSON file) is kept.
_CARD_URL_KEY = lazy_compile(r"""["']?(?:url|link|lien|href|adresse|address)["']?\s*[:=]\s*["'](?:https?://)?$""", re.I)
_CARD_NAME = lazy_compile(r"""["']?(?:name|nom|title|titre|label|libelle)["']?\s*[:=]""", re.I)
_CARD_ICON = lazy_compile(r"""["']?(?:icon|icone|logo|image|img|picto|pictogramme)["']?\s*[:=]""", re.I)
_CARD_SERVICE = lazy_compile(r"wms|wfs|wmts|ows\b|/api\b|geoserver|mapserv|arcgis|/tiles?/|\{[xyz]\}|\.(?:json|geojson|xml|pbf|csv|js)\b", re.I)


def app_card_link(m) -> bool:
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    if not _CARD_URL_KEY.search(s[start: m.start()]) or _CARD_SERVICE.search(s[m.start(): end if end != -1 else len(s)]):
        return False
    opened, closed = _enclosing(s, m.start(), -1), _enclosing(s, m.end(), 1)
    if opened is None or closed is None:
        return False
    card = s[opened: closed]
    return bool(_CARD_NAME.search(card) and _CARD_ICON.search(card))


def _enclosing(s: str, i: int, step: int, reach: int = 2000) -> int | None:
    """The position of the brace opening (step -1) or closing (step 1) the object around ``i``, nested objects skipped,
    within ``reach`` characters."""
    depth, stop = 0, (max(-1, i - reach) if step < 0 else min(len(s), i + reach))
    inner, outer = ("}", "{") if step < 0 else ("{", "}")
    j = i - 1 if step < 0 else i
    while j != stop:
        c = s[j]
        if c == inner:
            depth += 1
        elif c == outer:
            if depth == 0:
                return j
            depth -= 1
        j += step
    return None


def _interesting_url(m) -> bool:
    host = m.group(1).lower()
    if "${" in m.group(0) or "{{" in m.group(0):
        return False
    if app_card_link(m):
        return False
    if _SCHEMA_REF.search(m.string, max(0, m.start() - 40), m.start()) or _LINK_KEY.search(m.string, max(0, m.start() - 40), m.start()) \
            or _SCHEMA_MAP.search(m.string, max(0, m.start() - 400), m.start()):
        return False  # the JSON Schema an editor validates the file with, or a link a visitor may follow: nothing the service loads
    if _COMPARED.match(m.string, m.end(), m.end() + 40) or names_an_identifier(m):
        return False  # an identifier compared ("http://xml.insee.fr/schema".equals(ns)) or declared (xmlns:cc="…"): nothing fetched
    # (a reference in a docstring, "FMI: https://gist.github.com/…" under a Celery task's after_return: read, not loaded)
    return not is_neutral_host(host, m.group(2) or "") and not in_comment_or_link(m) and not in_python_docstring(m)


_COMPARED = lazy_compile(r"[^\s\"']*[\"']\s*(?:\.equals(?:IgnoreCase)?\(|===?|!==?)")


signal("scaling.url", URL, ("http://", "https://"), classes=RUN, accept=_interesting_url)

# An address SQL fetches from (a file_fdw table's program 'wget -q -O - "https://…"', COPY … FROM PROGRAM 'curl …', ogr_fdw's
# datasource 'WFS:https://…', pgsql-http's http_get('https://…')): SQL files are data to the scan, but this line is code that runs.
_SQL_FETCH = lazy_compile(r"\b(?:program|datasource|http_(?:get|post|put)|curl|wget)\b|\burl\s+'", re.I)


# (or an element a view writes into the HTML it builds, '<img src="http://geo.example.fr/documents/cms/legende.png" alt="">'::text AS
# leg_avap: the page or the map viewer's info panel showing the column loads it from that server; a link's href a visitor may
# follow is no load, as in code)
_SQL_HTML_LOAD = lazy_compile(r"""<(?:img|script|iframe|embed|source|video|audio|track)\b[^<>'\n]{0,200}?\bsrc\s*=\s*["]?$|<object\b[^<>'\n]{0,200}?\bdata\s*=\s*["]?$""", re.I)


def _fetched_by_sql(m) -> bool:
    s = m.string
    statement = s[max(0, s.rfind(";", 0, m.start()) + 1, m.start() - 400): m.start()]
    loads = _SQL_FETCH.search(statement) or _SQL_HTML_LOAD.search(_line_before(m)[-240:])
    return bool(loads) and not in_comment(m) and not in_block_comment(m) and not is_neutral_host(m.group(1))


signal("scaling.sql-fetch", URL, ("http://", "https://"), exts={"sql", "pgsql", "plpgsql", "psql"}, accept=_fetched_by_sql)

# a table row whose first cell is a column's name and whose other cells give its SQL type (not a component's options table)
from auditor.facts.scaling.dictionary_rows import COLUMN_LIST, COLUMN_WORDS, DICTIONARY_ROW, DICTIONARY_TYPES, options_row  # noqa: E402

# Database and service connection strings (the host is group 2), private addresses.
signal("scaling.dburl", r"""\b(postgres(?:ql)?|postgis|mysql|mariadb|mongodb(?:\+srv)?|redis|oracle|mssql|sqlserver|ldaps?|jdbc:[a-z0-9:]+)://(?:[^\s@'"/]*@)?([a-z0-9][a-z0-9._-]*)""",  # (a Compose container's name may hold "_": navitia_database)
       ("://",), classes=RUN, accept=lambda m: not is_neutral_host(m.group(2)) and m.group(2).lower() not in ("db", "database", "postgres", "postgresql", "mysql", "redis", "mongo", "mongodb", "host", "hostname", "user", "localhost")
       and not (in_comment(m) or in_block_comment(m)))  # (#DB2_URL=jdbc:as400://noumea: a former server, commented out)
# SQL tables created inside the strings of code (a Node service's `CREATE TABLE IF NOT EXISTS ${TBL_USERS} (` + …): read by personal_data
signal("personal.sql-in-code", r"\bcreate\s+(?:unlogged\s+|temporary\s+|temp\s+)?table\b", ("create table", "create temp", "create unlogged"),
       classes=("code", "config"))  # (config: the text scan's class of a migrations/ folder; personal_data keeps its code files)
# and queries selecting columns there ("SELECT s.observateurs … FROM synthese.syntheseff s"): what the code reads and shows
# (not the English of a comment or a docstring, "It allows you to select the layers you want …", nor a span ending on the FROM of a
# Python import, the docstring closed and "from qgis.core import QgsProject" below it)
signal("personal.sql-select-in-code", r"\bselect\s+(?:distinct\s+)?[\w.(*`\"\[][^;]{0,1500}?\bfrom\s+[`\"\[]?[\w.]+", ("select",), classes=("code",),
       accept=lambda m: not (in_comment(m) or in_python_docstring(m) or _PYTHON_IMPORT.match(m.string, m.end())))
# fields a GIS script adds to the feature class it creates (arcpy.AddField_management(nomFC, "courriel", "TEXT", …)), and the typed
# rows of a data dictionary in Markdown (| ct_courriel | Courriel du référent | varchar(200) |): tables read by personal_data
# Kotlin data classes (data class User(val email: Email, val name: String)): a Kotlin service's model, wherever its file sits
signal("personal.kotlin-data-class", r"\bdata\s+class\s+\w+", ("data class",), flags=0, exts={"kt"}, classes=("code",))
# Python data classes (@dataclass then class EmailMessage: sender: str, recipients: List[str]): a Python program's records
signal("personal.python-dataclass", r"^[ \t]*@(?:dataclasses\.)?dataclass\b|^[ \t]*class[ \t]+\w+[ \t]*\([^)\n]*\b(?:BaseModel|SQLModel|TypedDict)\b",
       ("@dataclass", "@dataclasses.dataclass", "basemodel", "sqlmodel", "typeddict"), flags=re.M, exts={"py"}, classes=("code",))
# a code file writing to the browser's storage (localStorage.setItem, an IndexedDB object store's put): the record types it declares are
# what the application keeps, read by personal_data (issue 12, s44 fg44 = a town's clock-in page keeping each agent's IP and position)
signal("personal.browser-store", STORE_WRITE, ("setitem", "objectstore"), flags=0, exts={"js", "ts", "tsx", "jsx", "vue", "svelte"}, classes=("code",))
# a JVM code file writing documents to MongoDB (mongo.insert(collection, feed, …)): the documents it builds are what the service keeps,
# read by personal_data (issue 12, s47 fc47 = OPEN-ENT-NG/rss: each channel's owner, {userId, displayName})
signal("personal.document-store", DOCUMENT_STORE, ("mongo",), flags=0, exts={"java", "kt", "groovy", "scala"}, classes=("code",))
# a program asking a document store for the documents of one type and some of their fields (couchdb_find({"@class": "…Contact"},
# fields=["_id", "nom", "prenom"])): those documents' model, read by personal_data (issue 12, s47 fc47 = TechCabbalr/sirs_import)
signal("personal.document-query", DOCUMENT_QUERY, ("fields",), flags=0, exts={"py", "js", "ts", "mjs", "cjs"}, classes=("code",))
# a SQLAlchemy declarative class (__tablename__ = "logs" in its body: Column/mapped_column attributes), a database model wherever its
# module sits (backend/app/logging/psql_logger.py's Log), read by personal_data as models.py is (issue 12, s40 fm40 = georchestra/maelstro)
signal("personal.sqlalchemy-model", r"^[ \t]+__tablename__[ \t]*=", ("__tablename__",), flags=re.M, exts={"py"}, classes=("code",))
# a spreadsheet's column map in code (an Apps Script's CONFIG.COLS = {DATE_NAISSANCE: 3, EMAIL: 5, NOM_PRENOM: 7}, one index or column
# letter a field): the model of the sheet it keeps its records in, read by personal_data (issue 12, s32 j32)
signal("personal.column-map", COLUMN_MAP, ("col", "idx"), flags=0, exts={"js", "gs", "ts", "mjs", "cjs", "py"}, classes=("code", "config"))
# a field mapping in code (an importer's mapping = {"date_min": "date_debut", "observers": "observateurs", …}, one column given another
# a line): the columns of the records a program moves between two services, read by personal_data (issue 12, s35 v35)
signal("personal.field-map", FIELD_MAP, ("map", "field"), flags=re.M, exts={"js", "ts", "mjs", "cjs", "py"}, classes=("code", "config"))
# a request's parameters listed with their types in Python (a Flask route's required_parameters = [("user_email_address", [str]), …]):
# the fields a service takes in, read by personal_data (issue 12, s35 ab35)
signal("personal.parameter-list", PARAMETER_LIST, ("param", "argument", "field"), flags=re.M, exts={"py"}, classes=("code",))
# code calling a spreadsheet's API (the Sheets REST URL, gapi.client.sheets, SpreadsheetApp, gspread): the rows it reads into named
# fields and writes are a sheet's, read by personal_data (issue 12, s36 n36 = DSI-Maurepas/2026's AUDIT_LOG of the agents' e-mails)
signal("personal.sheet-api", SHEET_API, ("sheets.googleapis", "gapi.client.sheets", "spreadsheets.values", "spreadsheetapp", "gspread", "googlespreadsheet"),
       flags=re.M, exts={"js", "gs", "ts", "mjs", "cjs", "jsx", "tsx", "py"}, classes=("code",))
# a module of peewee models (from peewee import *; class Agent(BaseModel): email = CharField()): read by personal_data wherever it sits
signal("personal.peewee-model", r"^[^\S\n]*(?:from\s+peewee\s+import\b|import\s+peewee\b)", ("peewee",), flags=re.M, exts={"py"}, classes=("code",))
# identity documents and proofs, and the OCR reading them (an OCR of identity cards, driving licences, RIBs and tax notices: OcrCniProvider,
# DriverLicence, TaxAssessment; "justificatif de domicile"): personal data of the most sensitive kind, read by scaling.personal-data
signal("personal.identity-document", r"""((?i:carte[ _-]?(?:nationale[ _-]?)?d['’ _-]?identit[ée]|permis[ _-]de[ _-]conduire|avis[ _-]d['’ _-]?imposition|"""
       r"""justificatif[ _-](?:de[ _-])?domicile|justificatif[ _-]d['’ _-]?identit[ée]|relev[ée][ _-]d['’ _-]?identit[ée][ _-]bancaire|driv(?:er|ing)[ _-]?licen[cs]e|identity[ _-]?card|"""
       r"""tax[ _-]?assessment)|\bCNI\b|\bCni[A-Z]\w*|\bRIB\b|\bRib(?:Provider|Ocr|Document|Number|Image)\b|\bMRZ\b|"""
       r"""\b(?:Ocr[A-Z]\w*|OCR[A-Z]\w*|[Tt]esseract\w*|easyocr|pytesseract|paddleocr)\b)""",  # (and the OCR that reads them)
       ("identit", "permis", "imposition", "justificatif", "licen", "identity", "assessment", "cni", "rib", "mrz", "ocr", "tesseract"), flags=0,
       classes=("code", "config"))
# a metadata record's contact named as a person (ISO 19139 gmd:individualName, ISO 19115-3 cit:individualName): read by personal_records
signal("personal.iso-contact", r"""<(?:gmd|cit):individualName>|"individualName"\s*:""", ("individualname",), flags=0)  # (or a JSON model of it)
# the fields a form collects (<input name="email">, SPIP's _request('prenom'), $_POST['telephone']): read by personal_data
# (and an Angular or Ionic form's controls: <ion-input formControlName="email">, [(ngModel)]="user.prenom", an Ionic app's report form
# asking the citizen's name and e-mail; issue 12, s37 fi37 = Romain64290/ecoute_domaine_public)
# (and a React form library's fields: react-final-form's, Formik's or redux-form's <Field name="email" …>, react-admin's
# <TextInput source="pair:e-mail" …> whose source is a record's property, an RDF one with its prefix — a semantic app's contact
# dialog and organisation form; issue 12, s40 fk40 = data-players/PETR_MSB_tiers-lieux)
signal("personal.form-field", r"""(?:<(?:ion-)?input\b[^>]{0,200}?\bname\s*=\s*["']|\b_request\(\s*['"]|\$_(?:POST|REQUEST|GET)\[\s*['"]|"""
       r"""\bformControlName\s*=\s*["']|\[\(ngModel\)\]\s*=\s*["'](?:\w+\.){0,3}|"""
       r"""<Field\b[^<>]{0,200}?\bname\s*=\s*["']|<(?-i:[A-Z]\w*Input)\b[^<>]{0,200}?\bsource\s*=\s*["'](?:[a-z][\w-]{0,15}:)?)([A-Za-z][\w-]{1,40})""",
       ("<input", "<ion-input", "_request(", "$_post", "$_request", "$_get", "formcontrolname", "[(ngmodel)]", "<field", "input"), classes=("code", "template"), group=1)  # (a Mustache or Twig page's form too)
# ... or a field of Laravel's form builder in a Blade view ({{ Form::text('nom') }}, {!! Form::email('email', null, [...]) !!},
# Form::input('tel', 'telephone'): Laravel 4's Form facade, laravelcollective/html), not on a commented-out line or in a <!-- --> or
# {{-- --}} block (a contact form left in a comment collects nothing; issue 12, s42 fo42 = Exilz/linea-gap)
signal("personal.form-builder", r"""\bForm::(?:(?:text|email|tel|textarea|number|date|password|hidden|select|checkbox|radio)\(\s*|"""
       r"""input\(\s*["'][\w-]{1,20}["']\s*,\s*)["']([A-Za-z][\w-]{1,40})["']""",
       ("form::",), flags=0, classes=("code", "template"), group=1,
       accept=lambda m: not in_comment(m) and not in_block_comment(m) and "{{--" not in m.string[max(0, m.start() - 200):m.start()].rsplit("--}}", 1)[-1])
# ... or an input asking for a person's first and last name (placeholder="Prénom Nom", "Nom et prénom", "John Doe"), named in an HTML
# input, a Jinja page rendering a WTForms field ({{ form.proprietaire_d(size=18, placeholder="Prénom Nom") }}) or the form class's
# render_kw: the field it fills holds a person's name, whatever its name (a livestock owner's proprietaire, issue 12, s36 h36 =
# PnEcrins/GeoConstats); personal_data reads a model's column of that name, unknown to the vocabulary, as a person's name
_PERSON_PLACEHOLDER = (r"""placeholder["']?\s*[=:]\s*["'](?:ex(?:emple)?\s*:?\s*|e\.g\.\s*)?"""
                       r"""(?:pr[ée]nom\s+(?:et\s+)?nom|nom\s*,?\s*(?:et\s+)?pr[ée]nom|first[ _-]?(?:name)?\s+last[ _-]?(?:name)?|jean\s+dupont|john\s+doe)\b""")
signal("personal.name-input", r"""(?:<input\b(?=[^>]{0,300}?\b""" + _PERSON_PLACEHOLDER + r""")[^>]{0,300}?\bname\s*=\s*["']|"""
       r"""\bform\.(?=\w+\([^()\n]{0,200}?\b""" + _PERSON_PLACEHOLDER + r""")|"""
       r"""^[ \t]*(?=\w+\s*=\s*\w*Field\([^\n]{0,300}?\brender_kw\s*=\s*\{[^}\n]{0,200}?""" + _PERSON_PLACEHOLDER + r"""))([A-Za-z]\w{1,40})""",
       ("placeholder",), flags=re.I | re.M, classes=("code", "template"), group=1)
# ... or an R Shiny form's text input asking a person's name by its value or placeholder (textInput("indiv", label = "Personne
# référente", value = "Nom, Prénom")): its id, read by the server as input$indiv and stored in a row (shiny_inputs; issue 12,
# s45 fa45 = Clement-Bader-bzh/ShinyApp---Perequation_Formulaire_Deploiement)
signal("personal.shiny-name-input", r"""\b(?:textInput|textAreaInput)\(\s*(?:inputId\s*=\s*)?["']([A-Za-z][\w.]{0,40})["'](?=[^()]{0,300}?\b(?:value|placeholder)\s*=\s*["']"""
       r"""(?:ex(?:emple)?\s*:?\s*|e\.g\.\s*)?(?:pr[ée]nom\s+(?:et\s+)?nom|nom\s*,?\s*(?:et\s+)?pr[ée]nom|first[ _-]?(?:name)?\s+last[ _-]?(?:name)?|"""
       r"""jean\s+dupont|john\s+doe)\b)""",
       ("textinput", "textareainput"), flags=re.I, classes=("code",), group=1)
# ... or a field filled from the identity token's first and last names (`form.value.responsable = `${tokenData.given_name}
# ${tokenData.family_name}``, `demandeur: user.given_name + ' ' + user.family_name`): the signed-in person's name, whatever the
# field's name (a request's responsable, issue 12, s39 fi39 = CACEM-TEAM/Avc_lapu)
# (not a template's attribute bound to it, Vue's `:value="user?.givenName"` showing the name: an input's value, no field; s42 fk42)
signal("personal.token-name", r"""(?<!:)\b([A-Za-z]\w{1,40})["']?[ \t]*(?<![=!<>])[=:](?!=)[ \t]*`?(?:\$\{[ \t]*)?[\w.?\[\]'"]{1,80}?\.(?:given_name|family_name|givenName|familyName)\b""",
       ("given_name", "family_name", "givenname", "familyname"), flags=0, classes=("code", "template"), group=1)
# ... or by the type of its input, whatever its name: an e-mail or a phone field (<input type="email" v-model="userEmail"> of a
# single-page app sending a report by e-mail, a survey's <input type="email"> in a Mustache template)
signal("personal.form-type", r"""<(?:ion-)?input\b[^>]{0,200}?\btype\s*=\s*["'](email|tel)["']""", ("<input", "<ion-input"), classes=("code", "template"), group=1)
# ... or an item of a JavaScript widget toolkit's form (ExtJS / Sencha: `{fieldLabel: this.tr("rmtr.form.email"), name: "email",
# vtype: "email"}` in a form's items, a geOrchestra add-on posting an extraction request with the requester's name, e-mail and
# phone; issue 12, s35 ae35 = sigrennesmetropole/rmtr): a name beside a fieldLabel in the same object, or Ext's e-mail validation
# type. A name alone in a JS object (a layer's, a store field's) is no form field
signal("personal.form-item", r"""(?:\bfieldLabel\s*:[^{}\[\]]{0,300}?\bname\s*:\s*|\bvtype\s*:\s*|"""
       r"""\bname\s*:\s*(?=["'][A-Za-z][\w-]{1,40}["'][^{}\[\]]{0,300}?\bfieldLabel\s*:))["']([A-Za-z][\w-]{1,40})["']""",
       ("fieldlabel", "vtype"), classes=("code", "template"), group=1)
# a CKAN portal's ckanext-scheming schema wherever its file sits (ckanext/…/scheming/…_dataset_schema.yaml): read by personal_data
# (by its version or its lists of dataset or resource fields: a schema whose version key is misspelt, tscheming_version, is one still)
signal("personal.scheming-schema", r"""^[^\S\n]*["']?(?:scheming_version|dataset_fields|resource_fields)["']?\s*:""",
       ("scheming_version", "dataset_fields", "resource_fields"), flags=re.M, exts={"yaml", "yml", "json"})
# a zod, yup or Joi object schema: the records a service validates (a contact form's payload, then sent to a CRM): read by personal_data
signal("personal.validation-schema", r"""\b(?:z|zod|yup|Yup|Joi)\.object\(\s*(?:\{|\)\.(?:shape|keys)\(\s*\{)""", ("z.object", "zod.object", "yup.object", "joi.object"),
       flags=0, exts={"js", "ts", "jsx", "tsx", "mjs", "cjs"}, classes=("code",))
# a JPA entity wherever its file sits (fr/recia/ws/bourse/ShibBean.java, not in a model/ or entity/ folder): read by personal_data
signal("personal.jpa-entity", r"^[^\S\n]*@Entity\b", ("@entity",), flags=re.M, exts={"java", "kt"}, classes=("code",))
# a Java bean bound to a CSV file's columns by OpenCSV (@CsvBindByName(column = …) private String _strFirstNameValue;): the records imported or exported
signal("personal.csv-bean", r"^[^\S\n]*@Csv(?:Custom)?Bind(?:ByName|ByPosition|AndSplitByName|AndJoinByName)\b", ("@csv",), flags=re.M, exts={"java", "kt"}, classes=("code",))
signal("personal.mongoose-schema", r"\bnew\s+(?:mongoose\.)?Schema\s*\(", ("schema",), exts={"js", "ts", "mjs", "cjs"}, classes=("code",))
signal("personal.gis-field", r"\bAddField(?:_management)?\s*\(", ("addfield",), flags=0, classes=("code",))
signal("personal.dictionary-row", DICTIONARY_ROW, DICTIONARY_TYPES, flags=re.I | re.M, exts={"md", "markdown"}, classes=("doc", "other"),
       accept=lambda m: not options_row(m))
# a data model's bulleted column list in Markdown (**Colonnes**: then "- SaisiPar: Email utilisateur"): read by personal_data
signal("personal.column-list", COLUMN_LIST, COLUMN_WORDS, flags=re.I | re.M, exts={"md", "markdown"}, classes=("doc", "other"))
# A version number (mvn install:install-file -Dversion=10.2.0.3, Oracle's driver) and a network range (an allow-list
# actuator-authorized-ip:172.16.0.0/16, a subnet) name no server to connect to.
_IP_VERSION_BEFORE = lazy_compile(r"(?:version|ver|release)\s*[=:]\s*['\"]?$|\bv$", re.I)


def _an_address(m) -> bool:
    s = m.string
    if any(int(b) > 255 for b in m.group(1).split(".")):  # digits of an SVG path (10.134.321.181 in a logo's d="…"): no address
        return False
    return not (_IP_VERSION_BEFORE.search(s[max(0, m.start() - 24): m.start()]) or re.match(r"/\d{1,2}(?!\d)", s[m.end(): m.end() + 3]))


# A sample record a test helper writes (testUtils.ts' `const testData = { ip: '192.168.1.100', type: 'entree', timestamp: … }`, issue 12,
# s35 n35 = laatirisedki93/pointage-app-firebase-source): the address is a field's value recorded, in an object named as test data
# (test, mock, sample, fake, dummy, fixture, stub), no server connected to; an address in a URL or an object of settings stays one
_SAMPLE_WORDS = frozenset({"test", "mock", "sample", "fake", "dummy", "fixture", "stub"})
_FIELD_BEFORE = lazy_compile(r"""(?:^|[\s{,(])["']?[A-Za-z_$][\w$]{0,40}["']?[ \t]*(?::|=>?)[ \t]*$""")
_OBJECT_NAMED = lazy_compile(r"""(?:^|[^\w$])([A-Za-z_$][\w$]{0,60})["']?[ \t]*(?::[ \t]*[\w$.<>\[\]| ]{1,60})?[ \t]*(?:=|:)[ \t]*$""")


def _in_sample_record(m) -> bool:
    s = m.string
    quote = s[m.start() - 1: m.start()]
    if quote not in ("'", '"', "`") or s[m.end(): m.end() + 1] != quote or not _FIELD_BEFORE.search(_line_before(m)[:-1][-80:]):
        return False
    depth, i, floor = 0, m.start() - 1, max(0, m.start() - 3000)
    while i > floor:  # (the brace opening the object the value is in)
        i -= 1
        c = s[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                break
            depth -= 1
    else:
        return False
    head = s[s.rfind("\n", 0, i) + 1: i].rstrip()
    named = _OBJECT_NAMED.search(head[-120:])
    words = re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+", named.group(1)) if named else []
    return any(w.lower() in _SAMPLE_WORDS for w in words) or _marked_sample(s, i)


# a field marking a record as made-up data (`_mock: true`, `isFake: true`, "dummy": true), in the object or the one around it: a mock
# host a demonstration mode answers (`interfaces: [{ ip: "192.168.1.1" }]` beside `_mock: true`; s38 fh38 = RAYAN-DOB/Server-Supervision)
_SAMPLE_MARK = lazy_compile(r"""(?:^|[\s{,])["']?_?(?:is_?)?(?:mock|mocked|fake|dummy|sample|stub)["']?[ \t]*:[ \t]*true\b""", re.I)


def _marked_sample(s: str, brace: int) -> bool:
    """The object opening at ``brace``, or the one around it, holds a :data:`_SAMPLE_MARK` field (3,000 characters each way)."""
    depth, i, floor = 0, brace, max(0, brace - 3000)
    while i > floor:  # (the brace of the object around it)
        i -= 1
        if s[i] == "}":
            depth += 1
        elif s[i] == "{":
            if depth == 0:
                break
            depth -= 1
    outer = i if i > floor or s[i:i + 1] == "{" else brace
    depth, j, ceiling = 0, outer, min(len(s), outer + 6000)
    while j < ceiling:  # (its closing brace)
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                break
        j += 1
    return bool(_SAMPLE_MARK.search(s[outer:j + 1]))


# A message a script or a Makefile prints for the person running it (`echo "Pass IP as follow : make external IP=192.168.64.1"`, a
# usage line, printf, print(…), puts, console.log): an example of their own machine's address, no connection (issue 12, s37 fg37 =
# OpenSourcePolitics/decidim-lyon). Not a message written into a file (echo "host=10.0.0.5" > app.ini, | tee -a /etc/hosts): a setting.
_PRINTED_OPEN = lazy_compile(r"""(?:^|[;&|({]|\bthen|\bdo|\belse|@)[ \t]*(?:echo|printf|print|puts|console\.(?:log|error|warn|info))\b"""
                             r"""(?:[ \t]+-[neE]{1,3})*[ \t]*\(?[ \t]*f?(["'`])(?:(?!\1)[^\n])*$""")
_TO_A_FILE = lazy_compile(r""">|\btee\b""")


def _printed_text(m) -> bool:
    """The address is in the text of a message printed to the person (see above)."""
    opened = _PRINTED_OPEN.search(_line_before(m).lstrip())
    if not opened:
        return False
    s = m.string
    end = s.find("\n", m.end())
    rest = s[m.end(): end if end != -1 else len(s)]
    close = rest.find(opened.group(1))
    return close != -1 and not _TO_A_FILE.search(rest[close + 1:])


# A made-up address a comment just above calls so ("// IP et GPS mock" over `setIp('192.168.1.100')`, a stand-in value shown in a form
# until the real one is read; "# fake device", "// valeur factice"): a mock of the data, no server the code connects to (issue 12, s45
# fj45 = D-OTIsud/badgeuse_oti). The comment is on the line itself or one of the three lines above, with no blank line between.
_MOCK_NOTE = lazy_compile(r"""^[ \t]*(?://|#|/\*|\*|--|\{/\*)[^\n]*\b(?:mock(?:ed|s|é|ée|ees|ées)?|fake|dummy|stub|simul(?:e|é|ee|ée|es|és|ees|ées|ated)|factices?|fictive?s?|bidon)\b""", re.I)
_TRAILING_MOCK = lazy_compile(r"""(?://|#|/\*)[^\n'"`]*\b(?:mock(?:ed)?|fake|dummy|stub|simul(?:e|é|ee|ée|es|és|ees|ées|ated)|factices?|fictive?s?)\b[^\n'"`]*$""", re.I)


def _mock_noted(m) -> bool:
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    if _TRAILING_MOCK.search(s[m.end(): end if end != -1 else len(s)]):
        return True
    for _ in range(3):
        if start == 0:
            return False
        prev = s.rfind("\n", 0, start - 1) + 1
        line = s[prev: start - 1]
        if not line.strip():
            return False
        if _MOCK_NOTE.search(line):
            return True
        start = prev
    return False


signal("scaling.private_ip", r"(?<![\d.])(10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3})(?![\d.])",
       ("10.", "192.168.", "172."), classes=RUN,
       accept=lambda m: not (in_comment(m) or in_trailing_comment(m) or in_block_comment(m) or _in_docstring(m) or app_card_link(m) or _IN_PLACEHOLDER.search(_line_before(m)[-120:]))
       and _an_address(m) and not _in_sample_record(m) and not _printed_text(m) and not _mock_noted(m))  # a comment or a docstring names no connection; nor a form field's example (placeholder="ex: 10.3.12.55")

# Git dependencies fetched from an account: `git clone` in scripts and Dockerfiles, git+ URLs in manifests.
def _not_metadata(m) -> bool:
    s = m.string
    end = s.find("\n", m.end())
    line = s[s.rfind("\n", 0, m.start()) + 1: end if end != -1 else len(s)]
    return not re.search(r'"(url|repository|homepage|bugs)"\s*:', line) and not in_comment_or_link(m)


signal("scaling.gitclone", r"""(?:\bgit\s+clone\s+(?:-{1,2}[\w-]+(?:[ =]\S+)?\s+)*|\bgit\+|["']github:)(?:https?://|ssh://git@|git@)?((?:github\.com|gitlab\.com|framagit\.org|bitbucket\.org)[:/][\w.-]+/[\w.-]+)""",
       ("git clone", "git+", "github:"), classes=RUN, group=1, accept=_not_metadata)

# Statistics and impact pages served by the application.
signal("scaling.stats_route", r"""(?:["'`](?:/[\w-]+)*/(stats|statistiques|statistics|impact|impacts|indicateurs|mesure-d-impact|mesure-impact|kpis?|chiffres-cles|tableau-de-bord-public)/?["'`]|\bpath\(\s*["']\^?(stats|statistiques|statistics|impact|indicateurs)/?["'])""",
       ("stat", "impact", "indicateur", "kpi", "chiffres"), classes=("code", "template", "config"),
       # a commented-out line serves nothing (a stock Telegraf sample's '#   ##   additional_commands = ["/l3fwd-power/stats"]')
       accept=lambda m: not _line_before(m).lstrip().startswith(_COMMENT) and not in_block_comment(m))


def _services() -> list[dict]:
    return load("proprietary_services.yml")["services"]


def _host_regex(hosts: list[str]) -> str:
    alts = "|".join(re.escape(h.lower()) for h in sorted(set(hosts), key=lambda h: (-len(h), h)))
    return r"(?<![\w.-])((?:[a-z0-9-]+\.)*(?:" + alts + r"))(?![\w-])"


def in_comment(m) -> bool:
    return re.sub(r"(https?:)?//[\w.-]*$", "", _line_before(m)).lstrip().startswith(_COMMENT)


_TRAILING_MARK = lazy_compile(r"""(?<=\s)(?:#|//)(?=\s)""")


def in_trailing_comment(m) -> bool:
    """After a comment mark that ends the code of the line, outside any string (``$ldap_host="…";  # Exemple : localhost,
    192.168.1.1``): a note for the reader, no connection."""
    before = _line_before(m)
    for mark in _TRAILING_MARK.finditer(before):
        head = before[: mark.start()]
        if head.strip() and head.count('"') % 2 == 0 and head.count("'") % 2 == 0:
            return True
    return False


def in_code_note(m) -> bool:
    """In a comment of the code — its own line, a /* … */ block, a docstring, or after the code of the line ("// Contour (source :
    geo.api.gouv.fr)" over a copy of the API's answer): a service named for the reader, not called."""
    return in_comment(m) or in_block_comment(m) or _in_docstring(m) or in_trailing_comment(m)


def _named_not_called(m) -> bool:
    """A bare registrable domain in a string ("amazonaws.com" in a list of bot domains) names the company; an
    address the code calls has a scheme or a service sub-domain ("https://tally.so/r/…", "api.mapbox.com")."""
    host = m.group(1)
    before = m.string[max(0, m.start() - 3): m.start()]
    return host.count(".") == 1 and not before.endswith(("//", "@"))


def _form_link(m) -> bool:
    return not in_comment(m) and not _named_not_called(m)


_PROSE_ITEM = lazy_compile(r"""^[\s'"`(+]*(?:[-*]\s|\d+[.)]\s)|['"`][-*]\s|\*\*\w""")


def _in_prose_text(m) -> bool:
    """A host named, without a scheme, in a Markdown list item or bold text held in a string (a help page's
    "- **IA du chatbot** : Mistral AI (api.mistral.ai)"): the page tells people about the service, the code calls nothing."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    line = s[start: end if end != -1 else len(s)]
    return not s[max(0, m.start() - 3): m.start()].endswith(("//", "@")) and bool(_PROSE_ITEM.search(line))


# a string a URL is compared with: `url.slice(8, 22) === "api.mapbox.com"`, `url.startsWith("https://tiles.…")`, `"x.com" in url`,
# `case "…":` (before the string's opening quote, or after its closing one)
_HOST_COMPARED_BEFORE = lazy_compile(r"""(?:[=!]==?|\bin|\bcase|\.(?:startswith|endswith|startsWith|endsWith|contains|includes|indexOf|lastIndexOf"""
                                     r"""|equals|equalsIgnoreCase|match|test)\()\s*\(?\s*$""")
_HOST_COMPARED_AFTER = lazy_compile(r"""\s*(?:[=!]==?(?!>)|(?:not\s+)?in\b|\)?\s*\.(?:test|equals|equalsIgnoreCase)\()""")


def host_compared(m) -> bool:
    """The host written in a string the code compares a URL with (Mapbox's ``transformRequest`` template, copied into maps
    that load no Mapbox resource: ``url.slice(8, 22) === "api.mapbox.com"`` to tag the requests it would make): a test, no
    request. (The same host called elsewhere in the project is found there.)"""
    s = m.string
    before = s[s.rfind("\n", 0, m.start()) + 1: m.start()]
    quote = max(before.rfind('"'), before.rfind("'"), before.rfind("`"))
    if quote < 0 or any(c.isspace() for c in before[quote + 1:]):
        return False
    q = before[quote]
    end = s.find("\n", m.end())
    after = s[m.end(): end if end >= 0 else len(s)][:300]
    close = after.find(q)
    if close < 0 or any(c.isspace() for c in after[:close]):
        return False
    return bool(_HOST_COMPARED_BEFORE.search(before[:quote])) or bool(_HOST_COMPARED_AFTER.match(after, close + 1))


def _service_host(m) -> bool:
    return not in_comment_or_link(m) and not _named_not_called(m) and not _in_prose_text(m) and not host_compared(m)


def _not_commented(m) -> bool:
    """A service's code on a comment line (a settings file's "# e.g. mssql: jdbc:sqlserver://localhost:3280" beside the
    MySQL URL it uses, a commented-out import) or in a block comment is an example or a former use, not a dependency.
    (A vendor's own copyright banner, "//-- Copyright 2009 AT Internet", names the tag the file is.)"""
    before = _line_before(m).lstrip()
    if m.group(0).startswith("AT Internet"):
        return True
    # a default naming its placeholder (Laravel's 'https://sqs.us-east-1.amazonaws.com/your-account-id'): a driver left as shipped
    end = m.string.find("\n", m.end())
    if _PLACEHOLDER.search(m.group(0) + m.string[m.end():end if end >= 0 else len(m.string)]):
        return False
    return not (before.startswith(_COMMENT) or in_block_comment(m))


_PLACEHOLDER = re.compile(r"[/'\"]your[-_](?:account|queue|project|bucket|region|key|app|tenant)[-_\w]*|\.(?:your[-_]?)?region\.amazonaws\.com\b"
                          r"|\.com/\d{1,6}/(?:queue|bucket|topic|table|stream)[-_]?name\b", re.I)  # (Grouper's sqs.region…/1234/queue_name)


def _not_a_site_link(site_links: str | None, open_files: str | None = None, public_files: str | None = None, identity_paths: str | None = None):
    """An address of the vendor's host shaped like a page of its site a person opens (a search on Google Maps,
    ``https://maps.google.com/?q=lat,lon`` handed to the phone's maps app or browser), like an open library's file its CDN
    serves (``open_files``: Mapbox GL JS 1.x) or a plain file hot-linked from a public bucket (``public_files``: a picture), or
    like the vendor's sign-in and key endpoints that every one of its APIs shares (``identity_paths``: a service account's
    certificate URL, www.googleapis.com/oauth2/v1/certs), not its API the code calls."""
    shapes = "|".join(f"(?:{s})" for s in (site_links, open_files, public_files, identity_paths) if s)
    if not shapes:
        return _service_host
    shape = re.compile(shapes, re.I)
    return lambda m: _service_host(m) and not shape.match(m.string, m.end(), m.end() + 80)


for _s in _services():
    if _s.get("hosts"):
        # A link to a form service is the service's dependency (users fill it in); a link elsewhere is not.
        signal(f"scaling.svc.{_s['id']}.host", _host_regex(_s["hosts"]), tuple(_s["hosts"]), classes=RUN,
               accept=_form_link if _s.get("category") == "forms" else _not_a_site_link(_s.get("site_links"), _s.get("open_files"),
                                                                                                  _s.get("public_files"), _s.get("identity_paths")))
    for _i, _c in enumerate(_s.get("code") or []):
        # (a pattern may say which classes of files it reads: a product's bare name is a dependency in code, only a label in a
        # configuration listing the town's applications with their names, icons and links)
        signal(f"scaling.svc.{_s['id']}.code{_i}", _c["re"], tuple(_c.get("hints") or ()), classes=tuple(_c.get("classes") or RUN),
               accept=(lambda m: _not_commented(m) and not served_route(m)) if _c.get("unless_served") else _not_commented)  # (a route it serves)
    for _i, _pat in enumerate(_s.get("host_patterns") or []):
        signal(f"scaling.svc.{_s['id']}.path{_i}", _pat, ("/api/",), classes=RUN)

# a caption or a note crediting the source of a published figure: "Source : SNDS, …", "Sources des données : INSEE, SNDS" (the
# words after the colon, no path, quote or assignment: `source: '/data/snds/…'` is the data the code reads)
_SOURCE_CREDIT = lazy_compile(r"\bsources?(?:\s+(?:des\s+)?donn[ée]es)?\s*:\s*[^:;/'\"`=(){}\[\]]{0,60}$", re.I)


def _not_a_credit(m) -> bool:
    """A restricted data set named in a map layer's attribution (``attribution="SNIIRAM… Exploitation ORS"``) is the
    source credited for the published layer the service displays from another server, not data the service reads; so is one a
    caption credits as the source of a published indicator (``st.caption("Source : SNDS, …")`` under the DREES's open APL
    indicator, s35 c35)."""
    before = _line_before(m)
    return not re.search(r"\battributions?\b", before, re.I) and not _SOURCE_CREDIT.search(before)


for _r in load("hosting.yml").get("restricted_data") or []:
    signal(f"scaling.restricted.{_r['id']}", _r["regex"], tuple(_r.get("hints") or ()), classes=None, accept=_not_a_credit)
