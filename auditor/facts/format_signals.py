"""Text signals of the open data formats a project reads or writes (``interoperability.data-standards``, and GeoJSON/WKT for
``interoperability.geo``): CSV, GeoJSON, WKT, ODS/XLSX, Excel's binary XLS, GTFS/NeTEx, NetCDF, Parquet, ISO 19139/DCAT, the
State's budget XML, JSON, LAS/LAZ/COPC point clouds, QGIS Processing layers; national standards by their fields (CNIG PLU, BAL). Registered through :data:`auditor.facts.signal_registry.SIGNAL_MODULES` (kept apart from
:mod:`auditor.facts.signals`, which stays under 400 lines)."""

from __future__ import annotations

import re

from auditor.facts.scaling.signals import in_block_comment, in_python_docstring, in_server_directive
from auditor.facts.xls_html import html_table_sent_as_xls
from auditor.facts.media_type_tests import type_tested as _type_tested
from auditor.data import load
from auditor.facts.mention_filters import _PLATFORM_NAME, jvm_import_line, in_account_name, in_attribution, in_json_prose, in_page_link, in_prose_string, platform_name_in_page_text  # noqa: F401 (re-exported)
from auditor.facts.frictionless_words import not_frictionless_prose  # noqa: F401 (re-exported)
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of, imported_name
from auditor.facts.xls_dispatch import _EXTENSION_LIST, read_by_handler
from auditor.facts.xls_tests import xls_tested_not_written
from auditor.lazyre import lazy_compile

CODE = ("code", "template", "config", "other", "style")

# The types a file-upload field lets the user pick (accept=".csv,.xlsx", acceptedFiles: […]): a file picker's filter, not data the
# project reads or writes in that format (a design system's upload component)
# (or set by a call: inputFile.setAttribute('accept', '.pdf,.doc,.xls,.odt,.ods'))
_UPLOAD_FILTER = lazy_compile(r"""\b(?:accept|acceptedFiles|accepted_?types|allowed_?(?:types|extensions|mimes?)|mimeTypes?)\b(?:['"]?\s*[:=]|['"]\s*,)""", re.I)
# a file's extension compared with three or more on one line: an extension → icon or type table (fext === 'ods' || fext === 'xls' ||
# fext === 'xlsx' → 'fa-file-excel'), which names formats and handles none
_EXTENSION_TEST = lazy_compile(r"""[!=]==?\s*['"]\.?\w{2,5}['"]""")


def _not_upload_filter(m) -> bool:
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    return not _UPLOAD_FILTER.search(s[start: end if end != -1 else len(s)][:1000])


_MEDIA_TYPE = lazy_compile(r"""['"](?:application|text|image|audio|video)/[\w.+-]+['"]""")
# a file name tested against a tuple of extensions (filename.endswith((".xls", ".xlsx")) → document_type = "excel"): an upload
# sorted by its type, a family of formats named, none read or written
_EXTENSION_TUPLE = lazy_compile(r"""\.endswith\(\s*\(\s*['"]\.?\w{2,5}['"]\s*,""", re.I)


# a CSS attribute selector matching links by their extension (a[href$=".xls"] {background-image: url(office.png)}, a directory listing's
# icons): a file type named for styling, none read or written (issue 12, s42 fh42 = KeolisAix/MDMKPA)
_CSS_ATTRIBUTE = lazy_compile(r"""\[\s*[\w:-]+\s*[~|^$*]?=\s*$""")


def _quoted_open(m) -> int:
    """Where the quoted string the match ends (its closing quote last) opens, on the match's line; -1 when the match ends no quote."""
    if not m.group(0).endswith(("'", '"')):
        return -1
    return m.string.rfind(m.group(0)[-1], m.string.rfind("\n", 0, m.start()) + 1, m.start())


def _css_selector(m) -> bool:
    start = _quoted_open(m)
    return start >= 0 and bool(_CSS_ATTRIBUTE.search(m.string, max(0, start - 80), start))


def _written_format(m) -> bool:
    """Neither a file picker's filter, nor an extension → icon table, nor an entry of a table of media types (a metadata thesaurus listing application/vnd.ms-excel
    beside twenty others, a library's extension → MIME-type switch: case ".ods": retval = "application/vnd.oasis…") naming formats
    it describes, not one the project writes, nor a commented-out line (# tableName = "….xlsx")."""
    line = _line_of(m)
    return (_not_upload_filter(m) and not line.lstrip().startswith(_COMMENT_START) and len(_EXTENSION_TEST.findall(line[:1000])) < 3
            and not _css_selector(m)
            and not _EXTENSION_TUPLE.search(line[:1000])
            and not (m.group(0).startswith("application/") and (_type_tested(m) or len(_MEDIA_TYPE.findall(m.string, 0, 200_000)) >= 8))
            # (an enum of the few formats a generator writes, CSV("text/csv", "csv") among eleven, is no lookup table)
            and not (_MEDIA_TYPE.search(line) and len(_MEDIA_TYPE.findall(m.string, 0, 200_000)) >= 20))


def _not_commented(m) -> bool:
    """Not on a commented-out line nor in a /* … */ block: a class kept in comments (# df.write_parquet(stream, …)) writes nothing."""
    return not _line_of(m).lstrip().startswith(_COMMENT_START) and not in_block_comment(m)


# a file's extension that picks an LLM framework's document loader (LangChain's CSVLoader, JSONLoader, PDFLoader… on its line or the
# next three: `case ".csv": loader = new CSVLoader(path)`): whatever a user uploads is read as text to index for retrieval, no data
# the project exchanges in that format (issue 12, s40 fn40 = CaptainZiboo/anthony: a RAG chatbot's upload route)
_DOCUMENT_LOADER = lazy_compile(r"\b(?:CSV|JSON|JSONLines|PDF|PyPDF|PyMuPDF|Text|Docx2txt|Docx|Unstructured\w*|Directory)Loader\s*\(")


def _not_document_loader(m) -> bool:
    window = m.string[m.end(): m.end() + 600].split("\n")[:4]
    return not _DOCUMENT_LOADER.search("\n".join(window))


signal("format.csv", r"""(text/csv|csv\.writer|csv\.DictWriter|csv\.reader|csv\.DictReader|fputcsv|fgetcsv|league/csv|papaparse|Papa\.parse|json2csv|to_csv\(|read_csv\(|CsvEncoder|send_data.*csv|\.csv['"]|"""
       r"""\bCSV\.(?:read|parse|foreach|generate|generate_line|open)\b|\brequire\s+['"]csv['"]|Exporters::CSV\b|"""  # Ruby's CSV
       # Java's CSV libraries (OpenCSV, Commons CSV), and a file extension checked against "csv" (a plugin importing a CSV it splits itself)
       r"""\bimport\s+(?:com\.opencsv|au\.com\.bytecode\.opencsv|org\.apache\.commons\.csv)\.|\b(?:CSVReader|CSVWriter|CSVPrinter|CSVParser|CSVFormat|JRCsvExporter|JRCsvMetadataExporter)\b|"""  # (JasperReports' CSV export)
       # (or the literal first, Java's guard against a null: if (".CSV".equals(ext.toUpperCase())) the rows are joined with ';')
       r"""(?i:\b\w*(?:exten[st]ion|_ext|format)\w*\s*=\s*['"]csv['"]|\.(?:endsWith|equalsIgnoreCase|equals)\(\s*['"]\.?csv['"]|['"]\.?csv['"]\.(?:equals|equalsIgnoreCase)\())""",
       ("csv",), flags=0, classes=CODE, accept=lambda m: _written_format(m) and _not_document_loader(m))


# CSV read or written by a SQL script: DuckDB's read_csv / read_csv_auto and COPY … TO '….csv' (FORMAT CSV, HEADER TRUE),
# PostgreSQL's COPY … WITH CSV / (FORMAT csv) (issue 12, s39 fl39 = opt-nc/odata-referentiel-metiers: 13 CSV exports of src/duck.sql)
signal("format.csv-sql", r"""\bread_csv(?:_auto)?\s*\(|\(\s*FORMAT\s+['"]?CSV\b|\bCOPY\b[^;]{0,600}?\bWITH\s+(?:\(\s*)?CSV\b|\bCOPY\b[^;]{0,600}?\bTO\s+'[^'\n]{1,200}\.csv'""",
       ("csv",), flags=re.I, exts={"sql"}, classes=("code", "data"), accept=_not_commented)


# a line holding only the format's quoted name: an item of a list of type names (a catalogue page's allowedTypes: "CSV",
# "Shapefile", "GeoJson", "KML", "WFS"…), which names what may be listed, not a format the code reads or writes
_TYPE_NAME_ITEM = lazy_compile(r"""^\s*["']geojson["']\s*,?\s*$""", re.I)
# (nor the name of an option that says the format is not used: a dbt macro's wkt_rather_than_geojson=true, no_geojson, without_geojson)
_NEGATED_NAME = lazy_compile(r"(?i:rather_than|instead_of|\bnot|\bno|without)_$")
# (or a ".json" read by sf's read_sf / st_read, geopandas' read_file: GDAL's GeoJSON driver opens it; read_sf("…/temps_trajet.json"))
signal("format.geojson", r"""(application/geo\+json|FeatureCollection|\.geojson\b|GeoJSON|\boutput_?format=(?:application/json|json)\b|"""  # (a WFS asked JSON; a geometry)
       r"""\b(?:read_sf|st_read|(?:gpd|geopandas)\.read_file)\s*\(\s*(?:dsn\s*=\s*)?["'][^"'\n]{1,200}\.json["']|(?:\[\s*["']geometry["']\s*\]\s*\[\s*["']|\bgeometry\??\.)coordinates\b|"""  # (a feature's geometry's coordinates read from a GeoJSON answer, s44 fd44)
       r"""["']?type["']?\s*:\s*["'](?:Multi)?(?:Point|LineString|Polygon)["']\s*,\s*["']?coordinates["']?\s*:)""", ("geo+json", "featurecollection", "geojson", "coordinates", "outputformat=", "output_format=",
                                                                                                                 "read_sf", "st_read", "read_file"), classes=CODE, accept=lambda m: not in_server_directive(m) and not _TYPE_NAME_ITEM.match(_line_of(m)) and not in_json_prose(m) and not jvm_import_line(m)
                                                                                                                 and not _NEGATED_NAME.search(m.string, max(0, m.start() - 16), m.start()))
# Well-Known Text (OGC Simple Features): geometries parsed or written as WKT are an open geographic format too
signal("format.wkt", r"""\b(parseWKT|wktToGeoJSON|ol\.format\.WKT|format/WKT|Terraformer\.WKT|terraformer-wkt-parser|wellknown|shapely\.wkt|from shapely import wkt|"""
       r"""wkt\.(?:loads|dumps|parse|stringify)|WKTReader|WKTWriter|"""
       r"""geom_from_wkt|asWkt|fromWkt|"""  # (QGIS's: an expression's geom_from_wkt('…'), QgsGeometry's asWkt() and fromWkt(…))
       r"""ST_AsText|ST_(?:Geom|Geometry|Point|Line|Polygon|MPoint|MLine|MPoly)FromText|ST_AsEWKT|ST_GeomFromEWKT|st_as_sfc|st_as_text)\b""",
       ("wkt", "wellknown", "astext", "fromtext", "st_as_sfc", "st_as_text"), flags=0, classes=CODE, accept=_not_commented)
signal("format.ods", r"""(application/vnd\.oasis\.opendocument\.spreadsheet|\.ods['"]|odfpy|pyexcel-ods|OpenSpout|phpoffice/phpspreadsheet|PhpSpreadsheet|openpyxl|\bXLSX\.(?:read|readFile|utils|write|writeFile)\b|['"]xlsx['"]\s*\)|\bfrom\s+['"]xlsx['"]|\.xlsx['"]|\bSheetJS\b|\bJR(?:Ods|Xlsx)Exporter\b)""",  # (JasperReports' ODS and XLSX exports)
       ("opendocument", ".ods", "odfpy", "pyexcel", "openspout", "phpspreadsheet", "openpyxl", "xlsx", "sheetjs", "jrodsexporter"), classes=CODE,
       accept=_written_format)
# Excel's binary format (xls), written or read by the code: data handled in a closed format (ODS, XLSX or CSV are open)
# (Excel's media type sent with a file the code names .csv or .txt, CsvReport's getExtension() ".csv" beside getContentType()
# "application/vnd.ms-excel", PHP's header("Content-Type: application/vnd.ms-excel") before filename="export.csv": a text export a
# browser opens in a spreadsheet, not the binary format, as is an upload accepting CSV files a browser labels so; a file also naming
# .xls, an "xls" export type or an XLS writer keeps it)
_TEXT_EXPORT = lazy_compile(r"""\.(?:csv|txt|tsv)['"]|\btext/csv\b""", re.I)
_XLS_NAMED = lazy_compile(r"""['"]\.?xls['"]|\bxlwt\b|\bHSSFWorkbook\b|\bJRXlsExporter\b""", re.I)  # (an export type "xls" beside "csv" keeps it)


# a .xls file the code reads or fetches, someone else's publication (INSEE's Intercommunalite_Metropole_au_01-01-2018.xls given to
# read_excel, pandas' read_excel, xlrd's open_workbook, PhpSpreadsheet's IOFactory::load, SheetJS's readFile, a download), and xlrd,
# a reader only: no closed format the project writes (s24 o2, a métropole's R training)
_XLS_READ = lazy_compile(r"""\b(?:read_excel|read_xlsx?|read\.xlsx?|readxl|excel_sheets|open_workbook|load_workbook|ExcelFile|IOFactory::load|readFile|"""
                         r"""read_workbook|loadWorkbook|WorkbookFactory\.create|FileInputStream|download\.file|urlretrieve|wget|curl|fetch|urlopen|"""
                         # (or picked in a file-open dialog, its filter "Excel (*.xls)": a file the user gives it to read)
                         r"""getOpenFileNames?|askopenfilenames?|showOpenDialog)\b""", re.I)


# an HTML table sent under Excel's media type (window.open('data:application/vnd.ms-excel;base64,' + btoa(table.outerHTML))): the
# HTML-table export a spreadsheet opens, not the binary format (issue 12, s42 fh42 = KeolisAix/MDMKPA)
_HTML_TABLE = lazy_compile(r"""\.(?:outer|inner)HTML\b|<table\b""", re.I)
# an http(s) address ending in .xls: someone's publication the code downloads (const url = 'https://…/data.xls'; fetch(url)), no code
# writes to an address (issue 12, s42 fh42 = SemKeromanLorient/AppWeb)
_WEB_ADDRESS = lazy_compile(r"""(?:https?:)?//""", re.I)


def _xls_written(m) -> bool:
    if m.group(0).endswith(("'", '"')) and (in_python_docstring(m) or in_block_comment(m)):
        return False  # (an export named in a docstring's prose: "un export Decalog (\"Liste des notices...xls\")")
    if xls_tested_not_written(m):
        return False
    if m.group(0).startswith("application/") and _TEXT_EXPORT.search(m.string, 0, 200_000) and not _XLS_NAMED.search(m.string, 0, 200_000):
        return False
    if m.group(0).startswith("application/") and _HTML_TABLE.search(m.string, max(0, m.start() - 600), m.end() + 600) or html_table_sent_as_xls(m.string):
        return False  # (or a page's HTML table sent under Excel's media type and an .xls name, $export .= '<table>…': s43 fh43)
    start = _quoted_open(m)
    if start >= 0 and _WEB_ADDRESS.match(m.string, start + 1):
        return False
    if "xlrd" in m.group(0):
        return False  # (xlrd reads .xls files, it writes none)
    line = _line_of(m)
    before = line[: max(0, m.start() - (m.string.rfind("\n", 0, m.start()) + 1))][-300:]
    if m.group(0).endswith(("'", '"')) and _XLS_READ.search(before):
        return False
    start = m.start() - (m.string.rfind("\n", 0, m.start()) + 1)
    if m.group(0).endswith(("'", '"')) and (any(e.start() <= start < e.end() for e in _EXTENSION_LIST.finditer(line[:1000])) or read_by_handler(m, _XLS_READ)):
        return False  # (an item of a list of extensions, or a dispatch table's key whose handler reads the workbook: none written)
    return _written_format(m)


signal("format.xls", r"""(\bimport\s+xlwt\b|\bimport\s+xlrd\b|\bfrom\s+xlwt\b|\bxlwt\.Workbook\(|application/vnd\.ms-excel\b|\.xls['"]|\bJRXlsExporter\b)""",
       ("xlwt", "xlrd", "ms-excel", ".xls", "jrxlsexporter"), flags=0, classes=CODE, accept=_xls_written)
signal("format.gtfs", r"""(?<![A-Za-z0-9])(GTFS(?:-RT)?|gtfs|NeTEx|netex)(?![A-Za-z0-9])|\b(SIRI|stop_times(?:\.txt)?)\b""", ("gtfs", "netex", "siri", "stop_times"), flags=0, classes=CODE + ("data",))
# Scientific open formats: NetCDF (climate and weather data, CF conventions, an OGC standard) and Parquet.
def _nc_file(m) -> bool:
    """A NetCDF file named in code (a folder, an underscore or a digit in its name), not a New Caledonian
    host ("https://data.gouv.nc")."""
    token = m.group(0)
    if not token.lower().endswith((".nc", ".nc4")):
        return True  # a library or a pattern (ncdf4, xarray.open_dataset, "\\.nc$")
    rest = token[2:] if token.startswith("//") else token
    name = rest.rsplit("/", 1)[-1]
    return ("/" in rest or "_" in name or any(c.isdigit() for c in name)) and not re.fullmatch(r"(?:[a-z0-9-]+\.){2,}[a-z-]+\.nc", name)  # (srv0.site-mairie.noumea.nc: a host)


signal("format.netcdf", r"""(?:[\w./-]*\.nc4?(?=["'`)\s])|\\\.nc4?\$|\bnetCDF4\b|\bncdf4\b|xarray\.open_(?:mf)?dataset|\bnc_open\(|\bncvar_get\(|\bNetCDF\b)""",
       (".nc", "netcdf", "ncdf4", "open_dataset", "open_mfdataset", "nc_open", "ncvar_get"), flags=0, classes=CODE,
       accept=lambda m: _nc_file(m) and _not_commented(m))
signal("format.parquet", r"""(\.parquet\b|read_parquet\(|to_parquet\(|pyarrow\.parquet|arrow::read_parquet|write_parquet\()""",
       ("parquet",), flags=0, classes=CODE, accept=_not_commented)
# Metadata written to a public standard: ISO 19139 (INSPIRE), DCAT / DCAT-AP
# (and a metadata editor's or catalogue reader's own code: the ISO 19115 code lists it fills, MD_TopicCategoryCode, CI_RoleCode, the INSPIRE
# profile's MD_InspireRestrictionCode, gco:CharacterString elements; the OGC Catalogue Service's requests, GetRecords/GetRecordById,
# which exchange ISO 19139 or Dublin Core records — cigalsace/mdedit, cswReaderJS)
signal("format.metadata", r"""(isotc211\.org/2005/gmd|gmd:MD_Metadata|\biso19139\b|ISO 19139|dcat:(?:Dataset|Catalog|Distribution)|DCAT-AP|www\.w3\.org/ns/dcat|"""
       r"""\b(?:CI_(?:RoleCode|DateTypeCode|OnLineFunctionCode|PresentationFormCode)|MD_(?:Inspire)?(?:TopicCategoryCode|KeywordTypeCode|ScopeCode|"""
       r"""RestrictionCode|CharacterSetCode|MaintenanceFrequencyCode|SpatialRepresentationTypeCode|ClassificationCode|ProgressCode))\b|"""
       r"""\bgco:CharacterString\b|\bcsw:GetRecords?(?:ById)?\b|\brequest=GetRecords?(?:ById)?\b|[?&]service=CSW\b)""",
       ("isotc211", "gmd:md_metadata", "iso19139", "iso 19139", "dcat", "rolecode", "datetypecode", "onlinefunctioncode", "presentationformcode",
        "categorycode", "keywordtypecode", "scopecode", "restrictioncode", "charactersetcode", "frequencycode", "representationtypecode",
        "classificationcode", "progresscode", "gco:characterstring", "csw:getrecord", "getrecord", "service=csw"), classes=CODE + ("data",))
# Budget documents of French local authorities in the State's XML (DocumentBudgetaire, schema published by the DGFiP and
# the DGCL, written by TOTEM): the national standard of their budgets and accounts
signal("format.budget", r"""(\bDocumentBudgetaire\b|minefi\.gouv\.fr/cp/demat/docbudgetaire|\bdocbudgetaire\b|\bTOTEM\b|\bactes[-_]budgetaires\b)""",
       ("documentbudgetaire", "docbudgetaire", "totem", "actes-budgetaires", "actes_budgetaires"), flags=0, classes=CODE + ("data",))
signal("format.json-api", r"""(application/json|(?<![A-Za-z0-9_])JsonResponse|res\.json\(|jsonify\(|JSONRenderer|->json\(|new JsonResponse|MediaType\.APPLICATION_JSON|^[^\S\n]*@RestController\b"""
       # JSON read or written through a JSON library (Java's Jackson, json-lib, org.json, Gson, JSON-P; .NET's Json.NET; PHP's
       # json_decode of an answer; Kotlin's Moshi and kotlinx.serialization, an Android app's models of its API): a Lutece plugin mapping the OpenAgenda API's JSON, Kibana's saved objects read as JSON
       r"""|^[ \t]*import\s+(?:com\.fasterxml\.jackson|org\.codehaus\.jackson|net\.sf\.json|org\.json|com\.google\.gson|javax\.json|jakarta\.json|com\.squareup\.moshi|kotlinx\.serialization\.json)\.|"""
       r"""^[ \t]*using\s+(?:Newtonsoft\.Json|System\.Text\.Json)\b|\bjson_decode\s*\(|\b(?:Gson|Jackson|Moshi)ConverterFactory\b"""
       # an Express answer or body parser (res.status(400).json(msg), app.use(express.json())), an HTTP client's JSON answer read
       # (requests' or fetch's response.json(): OpenWeather's forecast read by a commune's site)
       # (and an object sent as the answer, res.status(400).send({ "text": errorMessage }), reply.send({…}), or its JSON string:
       # Express and Fastify serialise an object as application/json; issue 12, s36 r36 = remifroger/apur-api)
       r"""|\bres\.status\([^()\n]{0,40}\)\.json\(|\bexpress\.json\(\)|\b(?:response|resp|reponse|res|r)\.json\(\)"""
       r"""|\b(?:res|reply)\.(?:(?:status|code)\([^()\n]{0,40}\)\.)?send\([^\S\n]*(?:\{|JSON\.stringify\())"""
       # (and Play's JSON library, Scala's: import play.api.libs.json._, an answer Ok(Json.toJson(…)), a body parsed by parse.json[T],
       # Json.parse, Json.obj; in its own case, never JavaScript's JSON.parse, everyday plumbing)
       r"""|^[ \t]*import\s+play\.api\.libs\.json\.|(?-i:\bJson\.(?:toJson|fromJson|parse|obj|arr|stringify|prettyPrint)\b)\s*[(\[]|(?-i:\bparse\.json\b)"""
       # (and Drupal's own JSON writers, a Drupal site's module answering its page's script: Drupal 6's drupal_json($matches), Drupal 7's
       # drupal_json_output(…), later Drupal's JsonResponse above; issue 12, s44 fp44 = DuaelFr/finistere)
       r"""|\bdrupal_json(?:_output)?\s*\(""",
       ("application/json", "drupal_json", "play.api.libs.json", "json.tojson", "json.fromjson", "json.parse", "json.obj", "json.arr", "json.stringify",
        "json.prettyprint", "parse.json", "jsonresponse", "res.json(", "jsonify(", "jsonrenderer", "->json(", "application_json", "@restcontroller", ").json(",
        "express.json(", ".json()", ".send(",
        "jackson", "net.sf.json", "org.json", "gson", "javax.json", "jakarta.json", "newtonsoft.json", "system.text.json", "json_decode", "converterfactory",
        "squareup.moshi", "kotlinx.serialization.json"),
       # (not a method named after it, a web-service client's getJSONResponse(bean, url): the partner's answer it reads, s48 fc48)
       flags=re.I | re.M, classes=CODE,  # (Spring, JAX-RS; an import of JsonResponse alone, PHP's `use …\JsonResponse;`, reads no JSON)
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and not imported_name(m))
# JSON read or written by Ruby's standard library (JSON.parse(res.body) of a provider's answer, JSON.generate, .to_json): a
# Sinatra or Rails service exchanging JSON (in JavaScript, JSON.parse is everyday plumbing: localStorage, a config); a Rails controller's
# `render json: @documents` answers in JSON
signal("format.json-ruby", r"""\bJSON\.(?:parse|generate|pretty_generate)\s*[(\s]|\.to_json\b|\brender[ \t]*\(?[ \t]*json:""", ("json",), flags=0, exts={"rb"}, classes=CODE,
       accept=lambda m: not _line_of(m).lstrip().startswith("#"))
# XML written by the code as text, its declaration in a string ("<?xml version=\"1.0\"?>\n" then the tags concatenated): a document another
# program reads (a list server's input file, a feed), in the W3C's open format (not a CI script's report for its quality tools, run-sonar-swift.sh's
# "<?xml …?><testsuites …>", a Cobertura "<!DOCTYPE coverage …><coverage>": the tools' format, no data of the software)
_TOOL_REPORT = re.compile(r"<\?xml[^>]*\?>\s*(?:<!DOCTYPE[^>]*>\s*)?<(?:testsuites|testsuite|checkstyle|coverage|pmd|issues)\b")
signal("format.xml-written", r"""["'`]<\?xml\s+version\s*=""", ("<?xml",), flags=0, classes=("code",),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and not _TOOL_REPORT.search(_line_of(m)))
# XML parsed by the code (R's xml2::read_xml of an OGC WPS's answer, lxml, ElementTree, PHP's simplexml_load_*): the open format, read (s43 fg43)
signal("format.xml-read", r"""\b(?:xml2::)?read_xml\s*\(|\bxml_find_(?:all|first)\s*\(|\bxml(?:Tree)?Parse\s*\(|\b(?:etree|ElementTree|ET)\.(?:parse|fromstring|XML)\s*\(|\bxmltodict\.parse\s*\(|\bsimplexml_load_(?:file|string)\s*\(""",
       ("read_xml", "xml_find", "parse(", "fromstring", "xml(", "simplexml_load"), flags=0, classes=("code",), exts={"r", "rmd", "py", "php"}, accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))
# GBFS, the General Bikeshare Feed Specification (MobilityData; the format of transport.data.gouv.fr's shared bikes and scooters):
# its discovery file gbfs.json and its feeds (station_information.json, free_bike_status.json…), or a GBFS library (org.entur.gbfs,
# org.mobilitydata.gbfs, gbfs-client): the public schema of the vehicles and stations a service reads or serves
signal("format.gbfs", r"""(?<![A-Za-z0-9])(GBFS|gbfs)(?![A-Za-z0-9])|\b((?:station_information|station_status|free_bike_status|vehicle_status|"""
       r"""system_information|geofencing_zones|vehicle_types)\.json)\b""", ("gbfs", ".json"), flags=0, classes=CODE)
# InfluxDB's line protocol, written by its client libraries (influxdb-client's Point(…).tag(…).field(…), InfluxDBClient, the Arduino
# InfluxDbClient) or posted to its /write endpoint: a documented, open time-series format (measurements of sensors)
signal("format.influx-line", r"""\b(InfluxDBClient|InfluxDbClient|influxdb_client|influxdb-client|from\s+influxdb\s+import|"""
       r"""@influxdata/influxdb-client|github\.com/influxdata/influxdb[\w-]*|line[_ ]protocol|/api/v2/write\b|/write\?db=)""",
       ("influx", "line_protocol", "line protocol", "/api/v2/write", "/write?db="), flags=0, classes=CODE)
# The CNIG's national exchange standard of town-planning documents (PLU, PLUi, carte communale: the tables DOC_URBA, ZONE_URBA,
# PRESCRIPTION, INFORMATION the Géoportail de l'Urbanisme receives) by its own field names: idurba, typezone, libelong, destdomi,
# formdomi, typepsc/stypepsc, typeinf/stypeinf — a data model or a viewer's layers built on the standard (the check asks for three)
signal("data.cnig-plu", r"""(?<![\w.-])(idurba|typezone|libelong|destdomi|formdomi|s?typepsc|s?typeinf)(?![\w-])""",
       ("idurba", "typezone", "libelong", "destdomi", "formdomi", "typepsc", "typeinf"), classes=CODE + ("data",))
# The national Base Adresse Locale exchange format (BAL 1.3/1.4, AITF; the format the Base Adresse Nationale takes in:
# https://doc.adresse.data.gouv.fr/mettre-a-jour-sa-base-adresse-locale/le-format-base-adresse-locale, schema.data.gouv.fr
# BaseAdresseNationale/schema-bal) by its own column names — an export view or a table built on it (the check asks for three)
signal("data.bal", r"""(?<![\w.-])(cle_interop|uid_adresse|lieudit_complement_nom|commune_deleguee_(?:insee|nom)|cad_parcelles|date_der_maj|"""
       r"""certification_commune|id_ban_(?:commune|toponyme|adresse))(?![\w-])""",
       ("cle_interop", "uid_adresse", "lieudit_complement_nom", "commune_deleguee_", "cad_parcelles", "date_der_maj", "certification_commune",
        "id_ban_"), classes=CODE + ("data",))
# The national data schemas of schema.data.gouv.fr by their own field names (auditor/data/national_schemas.yml: the cycling
# infrastructure and bicycle parking schemas, IRVE, SCDL…), the field in group 1 — an export view or a model built on one (the
# check asks for several fields of one schema in one file; a field before a dot is a column: t.ame_d)
_SCHEMA_FIELDS = sorted({str(f).lower() for s in load("national_schemas.yml")["schemas"] for f in s["fields"]}, key=lambda f: (-len(f), f))
signal("data.national-schema", r"(?<![\w-])(" + "|".join(map(re.escape, _SCHEMA_FIELDS)) + r")(?![\w-])", tuple(_SCHEMA_FIELDS),
       classes=CODE + ("data",))
# The DGFiP's PES v2 (Protocole d'échange standard, Hélios): the national exchange format of local public accounting, the XML flows
# (PES_Aller: PES_DepenseAller, PES_RecetteAller, PES_PJ, its EnTetePES and bordereaux) an authority signs in XAdES and sends to its
# public accountant — a parapheur reading and signing them, a tool writing them (the check asks for three of its own names)
signal("data.pes", r"""(?<![\w-])(PES_(?:Aller|Retour|DepenseAller|RecetteAller|PJ|Facture|BudgetAller|Acquit|ACK|Ack)|EnTetePES|BlocBordereau|"""
       r"""LibelleColBud|cp/helios/pes_v2|xades-pes)(?!\w)""",  # (PHP's $xml->PES_DepenseAller->Bordereau)
       ("pes_", "entetepes", "blocbordereau", "libellecolbud", "cp/helios", "xades-pes"), flags=0, classes=CODE + ("data",))
# The Sandre's exchange scenarios (Service d'administration nationale des données et référentiels sur l'eau, OFB): the national XML
# formats of the water information system, each scenario's namespace http://xml.sandre.eaufrance.fr/scenario/<code>/<version>
# (fct_assain/3, the self-monitoring of waste-water plants; quesu/2, surface-water quality; referentiel/4, the referentials the
# Sandre's API serves: its answers declare that namespace and its sandre_sc_*.xsd) — a tool reading or writing such files, or one
# committed, implements the standard (issue 12, s35 ab35 = MaelREBOUX/spmd, a métropole's script reading two scenarios)
signal("data.sandre", r"""(?<![\w.-])(xml\.sandre\.eaufrance\.fr/scenario/[\w-]{2,40}/\d{1,2}(?:\.\d{1,2})?)(?![\w.])""",
       ("xml.sandre.eaufrance.fr/scenario",), classes=CODE + ("data",), group=1, accept=_not_commented)
# Point clouds in LAS/LAZ (ASPRS LAS 1.4, an OGC Community Standard: https://www.ogc.org/standard/LAS/) or COPC (Cloud Optimized Point
# Cloud, LAZ 1.4 ordered in an octree) read or written by the code: a file name in a string ("out.laz", '.copc.laz'), PDAL's stages
# (readers.las, writers.copc) or laspy's calls
signal("format.point-cloud", r"""(['"][\w./*-]{0,200}\.(?:copc\.)?la[sz]['"]|\b(?:readers|writers)\.(?:las|copc)\b|\blaspy\.(?:read|open|create|LasData)\b)""",
       (".las", ".laz", "readers.", "writers.", "laspy"), classes=CODE, accept=_not_commented)
# A QGIS Processing algorithm's layer parameters and outputs: the user's layers, read and written through QGIS's data providers
# (GDAL/OGR: GeoPackage, Shapefile, GeoTIFF…), whatever their format, chosen when the algorithm runs (an example file too: QGIS's
# script template is named example_processing_algorithm.py, and plugins keep the name; the check decides)
signal("geo.qgis-processing-io", r"""\b(QgsProcessingParameter(?:FeatureSource|VectorLayer|RasterLayer|MeshLayer|PointCloudLayer|MapLayer|MultipleLayers|"""
       r"""FeatureSink|VectorDestination|RasterDestination|PointCloudDestination))\b""", ("qgsprocessingparameter",), flags=0, classes=("code", "example"),
       accept=_not_commented)
# the word of the common project schema that is also everyday French ("leviers"): a field only as a key, a column or a property
# ("leviers": […], leviers: […], projet.leviers, leviers TEXT), not in a page's sentence ("planning, budget, freins, leviers…")
_FIELD_AFTER = lazy_compile(r"""['"`]?[ \t]*(?::|=>|=(?!=)|[ \t]+(?:text|varchar|character|jsonb?|integer|int|string)\b)""", re.I)


def field_not_prose(m) -> bool:
    if m.group(1) != "leviers":
        return True
    before = m.string[max(0, m.start() - 2): m.start()]
    return before[-1:] in ("'", '"', "`", ".", "[") or before == "->" or bool(_FIELD_AFTER.match(m.string, m.end()))


# a mobile application's accessibility tests: Espresso's accessibility checks and Google's Accessibility Test Framework, XCUITest's
# audit, Flutter's guidelines, React Native's accessibility lint (in its tests or its package.json; a Gradle build is not scanned)
signal("a11y.mobile-tooling", r"""(espresso-accessibility|accessibility-test-framework|AccessibilityChecks\.enable|performAccessibilityAudit|"""
       r"""eslint-plugin-react-native-a11y|meetsGuideline)""",
       ("espresso-accessibility", "accessibility-test-framework", "accessibilitychecks", "performaccessibilityaudit", "react-native-a11y",
        "meetsguideline"), classes=("code", "config", "other", "test"), accept=lambda m: not in_prose_string(m))


# The sign-in page of an identity provider the project themes or configures (issue 12, s15: a Keycloak theme's login.ftl posting to
# ${url.loginAction}, its register/reset pages; Apereo CAS's login view (casLoginView, its screen.welcome.* labels); a LemonLDAP::NG
# portal's HTML::Template skin with AUTH_URL/AUTH_ERROR): the identity provider's own form, where people sign in for the applications it
# serves by OpenID Connect, SAML or CAS. A password field there is no local account of the project (auth.local), it is a federation (auth.oidc).
IDP_PAGE = (r"""\$\{url\.(?:loginAction|registrationAction|loginResetCredentialsUrl|loginRestartFlowUrl)\}|<@layout\.registrationLayout\b|"""
            r"""\$\{properties\.kc[A-Z]\w{0,40}|\bscreen\.welcome\.label\.(?:netid|password)\b|\bcasLoginView\b|"""
            r"""<TMPL_VAR\s+NAME=["']?AUTH_(?:URL|ERROR)\b""")
_IDP_PAGE = lazy_compile(IDP_PAGE)


def not_idp_page(m) -> bool:
    """False when the matched file is an identity provider's sign-in page (a Keycloak theme, a CAS view, a LemonLDAP::NG skin)."""
    return not _IDP_PAGE.search(m.string)


def local_sign_in(m) -> bool:
    """auth.local's hit, neither on an identity provider's page nor on a commented-out line (Rails' generated Gemfile:
    "# Use ActiveModel has_secure_password", "# gem 'bcrypt', '~> 3.1.7'": no sign-in)."""
    return not_idp_page(m) and not _line_of(m).lstrip().startswith(_COMMENT_START)


# IGN's reference data sets named in a documentation table's row (a GIS kit's layer table: "| geo_bdtopo_surface_hydro | Surface
# hydrographique | BDTopo IGN | plan_light_hydro.sld |"): the source of a kit's layers, which has no code to name it
# (interoperability.geo reads it for a GIS kit or a data model only). BD TOPO, BD ORTHO, BD CARTO, BD PARCELLAIRE, RGE ALTI,
# ADMIN EXPRESS, PCI vecteur/image (the cadastral plan), Parcellaire Express.
signal("geo.ign-doc-table",
       r"""^[ \t]*\|[^\n]{0,600}?((?<![a-z0-9])(?:bd[-_ ]?(?:topo|ortho|carto|parcellaire)|rge[-_ ]?alti|admin[-_ ]?express|pci[-_ ]?(?:vecteur|image|express|v(?![a-z]))|"""
       r"""parcellaire[-_ ]?express)(?![a-z]))""",
       ("topo", "ortho", "carto", "parcellaire", "alti", "express", "pci"), flags=re.I | re.M, exts={"md", "markdown", "rst", "txt"},
       classes=("doc", "other"), group=1)
# GDAL's and OGR's command lines (gdal_translate -of COG, ogr2ogr -f "ESRI Shapefile", gdalwarp … -of GTiff … out.tif): the formats a
# geodata processing chain reads and writes, by the driver its -of/-f option names or by a file name's extension, on a line running a
# GDAL/OGR program (a métropole's batch file degrading its orthophotographs: a GeoPackage of zones in, GeoTIFF and COG out). The
# driver names are GDAL's (https://gdal.org/en/stable/drivers/raster/index.html, …/vector/index.html, read 2026-12-05); a database
# (PostgreSQL, MSSQLSpatial) is no file format, an unknown name is not counted.
GDAL_DRIVERS = {"gtiff": "GeoTIFF", "cog": "COG (Cloud Optimized GeoTIFF)", "gpkg": "GeoPackage", "geojson": "GeoJSON", "geojsonseq": "GeoJSON",
                "esri shapefile": "Shapefile", "flatgeobuf": "FlatGeobuf", "csv": "CSV", "kml": "KML", "libkml": "KML", "gml": "GML",
                "netcdf": "NetCDF", "parquet": "Parquet", "jp2openjpeg": "JPEG 2000", "mbtiles": "MBTiles", "pmtiles": "PMTiles",
                # (OGR's SQLite driver, SpatiaLite with -dsco SPATIALITE=YES: an open, documented geographic database file — s45 fd45)
                "sqlite": "SQLite/SpatiaLite"}
GDAL_EXTENSIONS = {"tif": "GeoTIFF", "tiff": "GeoTIFF", "gpkg": "GeoPackage", "geojson": "GeoJSON", "shp": "Shapefile", "fgb": "FlatGeobuf",
                   "jp2": "JPEG 2000", "kml": "KML", "gml": "GML", "parquet": "Parquet", "csv": "CSV", "sqlite": "SQLite/SpatiaLite"}
_GDAL_COMMAND = lazy_compile(r"(?:^|[\s;|&(`$\"'\\/])(?:ogr2ogr|gdalwarp|gdal_translate|gdalbuildvrt|gdaldem|gdal_rasterize|gdal_merge|gdal_calc|gdal_grid"
                             r"|gdal_contour|gdal_polygonize|gdal_fillnodata|gdal_sieve|gdal_retile|gdaladdo)(?:\.py|\.exe)?(?=[\s\"']|$)", re.I)


def gdal_format(excerpt: str) -> str | None:
    """The format a GDAL command line's hit names (``-of COG`` -> "COG (Cloud Optimized GeoTIFF)", ``out.tif`` -> "GeoTIFF"), or None."""
    m = re.match(r"""-(?:of|f)\s+["']?([^"'\n]{1,40}?)["']?$""", excerpt.strip())
    if m:
        return GDAL_DRIVERS.get(m.group(1).strip().lower())
    return GDAL_EXTENSIONS.get(excerpt.rsplit(".", 1)[-1].lower()) if "." in excerpt else None


def _on_gdal_line(m) -> bool:
    """On a line running a GDAL/OGR program, not commented out (REM, ::, #), naming a known format."""
    line = _line_of(m)
    stripped = line.lstrip().lower()
    return (bool(_GDAL_COMMAND.search(line[:2000])) and not stripped.startswith(("rem ", "::", "#", "//"))
            and gdal_format(m.group(1)) is not None)


# GDAL's drivers named in code, through its Python API or the libraries built on it: gdal.GetDriverByName('GTiff').Create(…) (a
# vegetation-index script writing its NDVI as GeoTIFF), ogr.GetDriverByName("GPKG"), rasterio.open(…, driver="GTiff"), geopandas'
# to_file(…, driver="GPKG"), fiona.open(…, driver="ESRI Shapefile"): the format the code reads or writes, by GDAL's driver names above
# (an unknown name is not counted; CSV is no geographic format: the check reads the name)
def _gdal_driver(m) -> bool:
    return gdal_format("-of " + m.group(1)) is not None and _not_commented(m)


signal("format.gdal-driver", r"""(?:\bGetDriverByName\(\s*|\bdriver\s*=\s*)['"]([A-Za-z][\w -]{1,30})['"]""", ("getdriverbyname", "driver"),
       flags=0, classes=CODE, group=1, accept=_gdal_driver)
signal("format.gdal", r"""(?<![^\s"'=(])(-(?:of|f)[^\S\n]+(?:"[^"\n]{1,40}"|'[^'\n]{1,40}'|[A-Za-z][\w-]{0,30})|[^\s"'<>|]{0,300}\.(?:tiff?|gpkg|geojson|shp|fgb|jp2|kml|gml|parquet|csv|sqlite)(?![\w.]))""",
       ("gdal", "ogr2ogr"), flags=0, classes=CODE, accept=_on_gdal_line)
# A JSON file the code imports as a module (`import data from './tableauComune.json'`, require('./communes.json')): read as content,
# its records the project's data when it is a list of them (auditor.facts.json_records; issue 12, s44 fi44)
signal("data.json-import", r"""(?:\bimport\s+[\w$]+\s+from\s+|\brequire\(\s*)["'](\.{1,2}/[^"'\n]{1,200}?\.json)["']""", ("json",), flags=0,
       exts={"js", "jsx", "ts", "tsx", "mjs", "vue", "svelte"}, classes=("code", "template"), group=1)
