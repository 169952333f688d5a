"""More text signals (registered, after :mod:`auditor.facts.signals`', by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`).

``code.r-package``: an R script or Shiny application without a DESCRIPTION or renv.lock declares its packages where it loads them
(``library(leaflet)``, ``require(sf)``, ``pacman::p_load(dplyr)``): the licensing checks then know that packages are
used, and that none of them is declared where their licences could be read. ``ident.csv-header``: communes' INSEE codes as a
table's column names. ``api.template-json``: a SPIP squelette answering JSON, an API its site serves.

Longer than 400 lines: one list of signal declarations, each pattern with the case that justifies it; split, the same registry would only be spread over more files.
"""

from __future__ import annotations

import functools
import re

from auditor.facts.content_records import in_content_record
from auditor.facts.login_switch import switched_off
from auditor.facts.scaling.signals import in_block_comment, in_comment
from auditor.facts.settings_blocks import names_block
from auditor.facts.settings_shapes import FILL_IN_COMMENT
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of, imported_name
from auditor.facts.a11y_cues import a11y_statement_cue, statement_link
from auditor.lazyre import lazy_compile
from auditor.facts.legal_crs import FOREIGN, FOREIGN_LEGAL_CRS, FRANCE as LEGAL  # noqa: F401 (FOREIGN_LEGAL_CRS: re-exported)


def _r_line_state(m) -> str | None:
    """What a match follows on its line: "#" after a comment's ``#`` outside any string, the open quote inside a string, None in
    code."""
    s = m.string
    quote = None
    for c in s[s.rfind("\n", 0, m.start()) + 1: m.start()]:
        if quote:
            quote = None if c == quote else quote
        elif c in "\"'`":
            quote = c
        elif c == "#":
            return "#"
    return quote


def _r_commented(m) -> bool:
    """After a ``#`` outside any string of its line (``# library(xlsx)``, ``x <- 1  # require(sf)``): R loads nothing there, the
    line is a package set aside (issue 12, s44 fe44: a Shiny app's ``# library(tidyverse)`` counted among the packages loaded)."""
    return _r_line_state(m) == "#"


def _r_in_string(m) -> bool:
    """Inside a string of its line (``cppFunction("std::vector<int> …")``, ``"see readr::read_csv"``): no call R makes."""
    return _r_line_state(m) not in (None, "#")


_R_PKG = r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]"
# (and a call through the package's namespace, readr::read_csv(…), DT::datatable(…): R loads the package as library() would, so
# it is to install and declare all the same — an R Markdown page's evaluated chunks calling two packages that way, their names
# missing from the packages counted "declared nowhere", issue 12, s46 fm46)
signal("code.r-package",
       r"""(?:(?<![\w.$])(?:library|require|requireNamespace|p_load)\(\s*["']?(?=""" + _R_PKG + r"""["']?\s*[,)])"""
       r"""|(?<![\w.$:@])(?=""" + _R_PKG + r""":::?[A-Za-z.]))(""" + _R_PKG + r""")""",
       ("library(", "require(", "requirenamespace(", "p_load(", "::"), flags=0, exts={"r"}, classes=("code", "data"), group=1,
       accept=lambda m: not _r_commented(m) and not _r_in_string(m))
# (an .R script in a data/ folder is of the data class, the script preparing the data the app reads: its packages are loaded too)

# An open geographic R package an R package's code imports through roxygen (`#' @import sf`, `#' @importFrom rmapshaper ms_simplify`,
# written to NAMESPACE) or calls by its namespace (`sf::st_read(…)`, `terra::rast(…)`): the maps and geometries it handles go through it
# (library(sf) is geo.library-code's; the packages a DESCRIPTION declares are the manifests')
_R_GEO = r"sf|sp|terra|raster|stars|lwgeom|s2|rgdal|rgeos|leaflet(?:\.[\w.]+)?|leafem|mapview|tmap|mapsf|cartography|rmapshaper|osmdata|happign|geojsonio"
signal("geo.r-import", r"""(?:^[ \t]*#'[ \t]*@import(?:From)?[ \t]+(?=(?:""" + _R_GEO + r""")\b(?!\.))|(?<![\w.])(?=(?:""" + _R_GEO
       + r""")::[A-Za-z.]))(""" + _R_GEO + r""")""", ("@import", "::"), flags=re.M, exts={"r", "rmd", "qmd"}, classes=("code",), group=1)

# An accessibility statement published at an address the interface links to (CEREMA/cartofriches' footer: "Accessibilité" opening
# https://artificialisation.developpement-durable.gouv.fr/accessibilite, the statement of the portal the service belongs to)
signal("a11y.statement-link",
       r"""https?://[\w.-]+(?:/[\w.-]+)*/(?:d[ée]claration[-_])?accessibilit[ée](?:[-_][\w-]*)?(?:\.html?)?/?(?=["'`\s)<]|$)""",
       ("accessibilit",), classes=("code", "template", "config"), accept=statement_link)  # (never a study's accessibilite-aux-soins-…)

# What an accessibility statement says of the service, beyond the RGAA's name (a11y.declaration): the WCAG, digital accessibility,
# the Défenseur des droits of its remedies section, an accessibility statement, the site's conformity or its evaluation under way
# ("Le site est en cours d'évaluation"). A page named by the bare word "accessibilité" is the statement only when its text says one
# of these or a11y.declaration's strong words: a transport network's GIS analysis "Analyse d'accessibilité" (isochrones, distance to
# the stops) is spatial accessibility (issue 12, s38 fd38)
signal("a11y.statement-text",
       r"""(\bWCAG\b|accessibilit[ée] num[ée]rique|digital accessibility|accessibility statement|D[ée]fenseur des droits|"""
       r"""\b(?:site|service|application|plateforme|portail|website)\b[^\n<>.;]{0,80}?(?:\b(?:non |partiellement |totalement )?conforme\b|"""
       r"""\bconformit[ée]|\bcompliant\b|\bcompliance\b|en cours d['’][ée]valuation|not yet (?:been )?(?:evaluated|audited)))""",
       ("wcag", "accessibilit", "accessibility", "fenseur", "conform", "compli", "valuation", "evaluated", "audited"), accept=a11y_statement_cue,
       classes=("code", "template", "config", "doc", "other", "legal"))

# GML, KML or GPX read or written through a mapping library's format (geobretagne/profile: `new OpenLayers.Format.GML().read(gmlText)`
# loads the user's GML line): an open geographic format the service exchanges, for the geo check (not a data standard of its own)
signal("format.gml-kml",
       r"""\b((?:OpenLayers\.Format|ol\.format)\.(?:GML\d*|KML|GPX))\b""",
       ("format.gml", "format.kml", "format.gpx"), flags=0, classes=("code",))

# An add-on's manifest carrying its messages per language (a geOrchestra mapfishapp add-on's manifest.json: "i18n": {"en": {…},
# "fr": {…}}): translated texts, like locale files
signal("i18n.manifest-messages",
       r""""i18n"\s*:\s*\{\s*"[a-z]{2}(?:[-_][A-Z]{2})?"\s*:\s*\{""",
       ('"i18n"',), flags=0, exts={"json"}, classes=("config", "code", "other", "data"))

# A GeoPackage (an OGC standard, open geographic format) written or read by the code: sf's st_write(x, "out.gpkg"), ogr2ogr's
# f = "GPKG" / -f GPKG, geopandas' to_file(…, driver="GPKG"), a tempfile(fileext = ".gpkg") (an R Markdown integration script)
signal("format.geopackage",
       r"""(\.gpkg\b|(?:driver|format|f)\s*=\s*["']GPKG["']|-f\s+["']?GPKG\b|\bGeoPackage\b)""",
       ("gpkg", "geopackage"), classes=("code",))

# A settings file the code opens by its name (geobretagne/profile's WPS process: open(os.environ["PYWPS_PROCESSES"] + "/config.json"),
# fs.readFileSync("./config/settings.yml")): committed beside the code with its values, it is the configuration a deployment adapts
signal("config.file-read",
       r"""["'/]((?:[\w.-]+/)*[a-z]{0,8}(?:config|settings|configuration|parameters|params|conf)[\w-]*\.(?:json|ya?ml|toml|ini|cfg|conf|properties))["']""",
       ("config", "settings", "param", "conf"), classes=("code",), group=1)

# A block of settings written in the code under a heading comment (erasme/musicall's player.py: `# CONFIG` then the sensors' notes,
# the serial devices): settings a second installation changes by editing the code; not a block only naming things (settings_blocks)
signal("config.code-block",
       r"""^[ \t]*(?:#+|//+|--|;+)[ \t]*((?i:config(?:uration)?|param(?:eters|[eèé]tres)|settings|r[eé]glages))[ \t]*:?[ \t]*(?:#+|=+|-+|/+)?[ \t]*$""",
       ("config", "param", "setting", "glage"), flags=re.M, classes=("code",), group=1, accept=lambda m: not names_block(m.string, m.end()))

# The mail server a program sends through, its host written in the code as a literal (a commune site's contact form: nodemailer's
# createTransport({ host: 'smtp-relay.<provider>.com', port: 587, auth: { user: process.env.X, … } }); Python's smtplib.SMTP('smtp.…');
# PHPMailer's $mail->Host = 'smtp.…'; JavaMail's props.put("mail.smtp.host", "smtp.…")): a deployment's setting that another
# territory changes by editing the code, its account read from the environment or not (issue 12, s46 ff46 = villerslelac/website).
# A host with a domain only (not localhost, a test's), not an example's.
signal("config.mail-server",
       r"""(?:\bhost\s*:\s*|\bsmtplib\.SMTP(?:_SSL)?\s*\(\s*(?:host\s*=\s*)?|->\s*Host\s*=\s*"""
       r"""|\bmail\.smtp\.host['"]\s*,\s*)(['"])((?:smtp|mail|relay|ssl|mx|email|out)[\w-]*(?:\.[\w-]+)+\.[a-z]{2,})\1""",
       ("createtransport", "smtplib", "->host", "mail.smtp.host"), flags=0, classes=("code",), group=2,
       accept=lambda m: not re.search(r"\b(?:example|exemple|domain|domaine|your|votre)\b", m.group(2))
       and (not m.group(0).startswith("host") or bool(re.search(r"\bcreateTransport\s*\(\s*\{[^{}]{0,300}$", m.string[max(0, m.start() - 320):m.start()]))))

# A setting left in the code for the installer to replace (a PHP tool's classes/connect.php: new PDO('mysql:host=your-host;
# dbname=your-dbname', 'your-name', 'your-password'); $upload_dir = '/your/upload/directory/'): a value given as an argument or
# assigned, naming what to put there. Not a key read from a form ($_POST['your-name']), a CSS selector, nor an HTML attribute.
signal("config.placeholder",
       r"""(?:[=(,]|=>)[ \t]*(['"])((?![#.])[^'"\s]*?(?<![A-Za-z0-9])(?:(?:your|votre)[-_]?(?:host|hote|server|serveur|db|dbname|database|base"""
       r"""|name|user|username|login|utilisateur|identifiant|password|passwd|pass|pwd|mdp|mot[-_]de[-_]passe|api[-_]?key|key|cle|token|secret"""
       r"""|domain|domaine|url|site|email|mail|bucket|account|client[-_]?id)\b|/(?:your|votre)/"""
       # (or in capitals without a separator, the word and what it holds run together: YOURHOSTID, YOURDBNAMEID, YOURUSERID)
       r"""|(?-i:(?:YOUR|VOTRE)(?:HOST|HOTE|SERVER|SERVEUR|DBNAME|DB|DATABASE|BASE|USERNAME|USER|NAME|LOGIN|UTILISATEUR|IDENTIFIANT|PASSWORD"""
       r"""|PASSWD|PASS|PWD|MDP|APIKEY|KEY|CLE|TOKEN|SECRET|DOMAINE|DOMAIN|URL|SITE|EMAIL|MAIL|BUCKET|ACCOUNT|CLIENTID)[A-Z0-9]{0,10})(?![A-Za-z0-9]))[^'"\s]*)\1""",
       ("your", "votre"), classes=("code",), group=2,
       accept=lambda m: not re.search(r"\b(?:name|id|class|for|value|placeholder|type|href|action)[ \t]*$", m.string[max(0, m.start() - 20):m.start()], re.I))

# A setting left to fill in C-like code (issue 12, s40 fk40 = AtmoSud Module_Air's sketch: char apn[] = "****"; // A renseigner en
# fonction de votre opérateur, char url2[100] = "http://...........:9876/import?"; // URL (a completer); a firmware's #define APN
# "your_apn"): a masked value ("****", "XXXX"), a host of dots, or a "your_…" word, assigned to a variable or #defined, with a comment
# on its line telling what to put there, or under a setting's name (apn, pin, ssid, password, url, token…). Not a mask a program
# prints ("****" given to a function), nor a value whose name and line say nothing of a setting.
_SETTING_NAME = lazy_compile(r"""(?:^|_)(?:apn|pin|ssid|wifi|user(?:_?name)?|login|pass(?:word|wd)?|pwd|mdp|host|server|serveur|url\d?|uri|"""
                             r"""endpoint|api_?key|key|token|secret|domain|broker|mqtt\w*)$""", re.I)


def _fill_in(m) -> bool:
    name = m.group(1) or m.group(2)
    return bool(FILL_IN_COMMENT.search(m.group(0)) or _SETTING_NAME.search(name))


signal("config.fill-in",
       r"""^[ \t]*(?:\#[ \t]*define[ \t]+(\w+)[ \t]+|(?:[\w:<>*&]+[ \t]+)*\**(\w+)[ \t]*(?:\[[ \t]*\w*[ \t]*\][ \t]*)?=[ \t]*)"""
       r""""(\*{3,}|X{3,}|x{3,}|(?:your|votre)[-_][\w-]{2,30}|[\w:/]*\.{5,}[^"\s]*)"[^\n]{0,100}""",
       ("****", "xxx", "your", "votre", "....."), flags=re.M, classes=("code",), accept=_fill_in)

# A constant of a service's address or key left blank for the installer to fill (an iOS app's Constants.swift: static let
# apiBaseUrl = env(dev: "", stg: "", prod: ""), static let clientID = "", URL(string: "")!): a constant, never reassigned, so no
# value built later; a variable initialised empty (let url = "") is not one. Counted where a file holds two at least (placeholders).
signal("config.blank-constant",
       r"""^[ \t]*(?:(?:public|private|internal|export|fileprivate)[ \t]+)*(?:static[ \t]+(?:let|final[ \t]+String|readonly[ \t]+string)|const(?:[ \t]+val)?)"""
       r"""[ \t]+(\w*(?:url|uri|endpoint|token|api_?key|client_?id|secret|host|password)\w*)[ \t]*(?::[ \t]*[\w.?]+)?[ \t]*=[ \t]*"""
       r"""(?:\w+\([ \t\n]*(?:\w+:[ \t]*)?)?(["'])\2""",
       ("static", "const"), flags=re.M | re.I, classes=("code",), group=1)

# A setting read through a helper named for the environment (smart_watch's self.get_env_var("CSV_URL_…"), getEnvVar("API_KEY")),
# or a Java system property given at launch (slack-birthday-BOT's `-DgiphyApiKey=…`: System.getProperty("giphyApiKey")), not one
# of the JVM's own (user.home, os.name, java.io.tmpdir, line.separator)
signal("env.read-helper",
       r"""(?:(?i:\b(?:get|read|fetch|load|require)_?env_?var(?:iable)?|\benv_?var)\(\s*['"]|System\.getProperty\(\s*"|"""
       # (or a project's own wrapper named get_env / getEnv / read_env, raising when a setting is missing: a Django settings.py's
       # get_env("DATABASE_NAME"); or falling back on a value, a Java EnvUtils.getEnvOrDefault("ADMIN_LOGIN", "admin") whose body
       # is System.getenv(name), get_env_or_default, getEnvOrElse; not the C and PHP getenv(), which env.read reads)
       r"""\b(?:get|read|fetch|load|require)(?:_env|Env|_ENV)(?:_?(?:Or|or|OR)_?[A-Za-z]{1,20})?\(\s*['"])"""
       r"""(?!(?:java|javax|jdk|sun|user|os|line|file|path|awt|https?|jna|log4j|org|com|net)\.)([A-Za-z][\w.]{1,60})["']""",
       ("env", "getproperty"), flags=0, classes=("code", "config"), group=1)  # (src/…/config/llm_config.py is "config")

# A setting read through a local name of the environment (idgo-extractor's common.py: `env = os.environ` then env.get("CELERY_BROKER_URL"),
# env.get("EXTRACT_SERVICE_CONF", "/etc/…"); `from os import environ as env`; a JavaScript `const env = process.env` then env.DB_HOST):
# read only where the file binds that name to the environment itself (a dict or a settings object named env reads no variable)
_ENV_ALIAS = lazy_compile(r"""^[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]{0,30})[ \t]*=[ \t]*(?:os\.environ(?:\.copy\(\))?|process\.env)[ \t]*;?[ \t]*(?:#.*|//.*)?$"""
                          r"""|^[ \t]*from[ \t]+os[ \t]+import[ \t]+(?:[\w \t]+,[ \t]*)?environ[ \t]+as[ \t]+(\w{1,31})""", re.M)
# (and Vite's loadEnv(mode, root), the variables of the environment and the .env files of the mode, or an object spreading
# the environment with them — `const envFile = loadEnv(mode, process.cwd()); const envs = { ...process.env, ...envFile }` then
# envs.VITE_RECETTE in vite.config.ts: issue 12, s47 fg47 = OPEN-ENT-NG/ressource-aggregator, "no setting read from the environment")
_VITE_LOAD_ENV = lazy_compile(r"""\bimport[ \t]*\{[^}]{0,300}\bloadEnv\b[^}]{0,300}\}[ \t]*from[ \t]*['"]vite['"]|\brequire\([ \t]*['"]vite['"][ \t]*\)""")
_LOAD_ENV_ALIAS = lazy_compile(r"""^[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]{0,30})[ \t]*=[ \t]*(?:vite\.)?loadEnv\(""", re.M)
_SPREAD_ALIAS = lazy_compile(r"""^[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]{0,30})[ \t]*=[ \t]*\{((?:[ \t]*\.\.\.[A-Za-z_$][\w$.]{0,40}[ \t]*,)*[ \t]*\.\.\.[A-Za-z_$][\w$.]{0,40}[ \t]*,?)[ \t]*\}[ \t]*;?[ \t]*(?://.*)?$""", re.M)
_ENV_ALIAS_WRITE = lazy_compile(r"""['"]?[ \t]*(?:\][ \t]*)?(?:\?\?|\|\||&&)?=(?![=~>])""")


@functools.lru_cache(maxsize=16)
def _env_aliases(text: str) -> frozenset[str]:
    """The names a file binds to the process's environment (``env = os.environ``), ``environ`` and ``process`` aside."""
    text = text[:512 * 1024]
    names = {n for m in _ENV_ALIAS.finditer(text) for n in m.groups() if n and n not in ("environ", "os", "process")}
    if "loadEnv" in text and _VITE_LOAD_ENV.search(text):
        names |= {m.group(1) for m in _LOAD_ENV_ALIAS.finditer(text)}
    for m in _SPREAD_ALIAS.finditer(text):  # ({ ...process.env, ...envFile }: every spread the environment or a name bound to it)
        spread = [x.strip().lstrip(".").strip() for x in m.group(2).split(",") if x.strip()]
        if spread and all(x == "process.env" or x in names for x in spread):
            names.add(m.group(1))
    return frozenset(n for n in names if n not in ("environ", "os", "process"))


def _environ_alias_read(m) -> bool:
    """The name read is one the file bound to the environment; not on a comment line, not a write (env["TZ"] = "UTC")."""
    return m.group(1) in _env_aliases(m.string) and not _line_of(m).lstrip().startswith(_COMMENT_START) \
        and not _ENV_ALIAS_WRITE.match(m.string, m.end())


signal("env.read-alias",
       r"""(?<![\w.$])([A-Za-z_$][\w$]{0,30})(?:\.get\(\s*['"][A-Z][A-Z0-9_]{1,60}['"]|\[\s*['"][A-Z][A-Z0-9_]{1,60}['"]|\.[A-Z][A-Z0-9_]{1,60}\b(?!\())""",
       ("environ", "process.env", "loadenv"), flags=0, classes=("code", "config"), accept=_environ_alias_read)

# A setting read through a named constant (System.getenv(apiKEYname), os.getenv(TOKEN_VAR), os.Getenv(envKey)): env_constants resolves
# the constant's value in the same file
signal("env.read-constant",
       r"""(?:(?<![\w.])(?:System\.getenv|os\.getenv|os\.Getenv|os\.LookupEnv|os\.environ\.get|getenv)\(|(?:os\.environ|process\.env)\[)"""
       r"""[ \t]*([A-Za-z_]\w{0,60})[ \t]*[,)\]]""",
       ("getenv", "environ", "process.env", "lookupenv"), flags=0, classes=("code",), group=1,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# A settings-like file the code writes (datatlas_back: fs.writeFile('data/KeplerConfiguration.json', …), json.dump into
# open("state.json", "w")): the program's state or output, not settings a deployment adapts (config.file-read's names less these)
signal("config.file-write",
       r"""(?:\b(?:writeFile(?:Sync)?|createWriteStream|(?:output|write)Json(?:Sync)?|appendFile(?:Sync)?)\(\s*|"""
       r"""\bopen\(\s*(?=['"][^'"\n]+['"]\s*,\s*['"][wa]))['"]((?:\.{0,2}/)?(?:[\w.-]+/)*[\w.-]+\.(?:json|ya?ml|toml|ini|cfg|conf|properties))['"]""",
       ("write", "open(", "output", "append"), flags=0, classes=("code",), group=1)

# A page or text file the code writes (a daily pipeline's open("data/index.md", "w") of the notices it lists, its
# open("data/build_info.txt", "w") build stamp): the program's output, no document people wrote (licensing.data-and-docs)
signal("doc.file-write",
       r"""(?:\b(?:writeFile(?:Sync)?|createWriteStream|appendFile(?:Sync)?)\(\s*|"""
       r"""\bopen\(\s*(?=['"][^'"\n]+['"]\s*,\s*['"][wa]))['"]((?:\.{0,2}/)?(?:[\w.-]+/)*[\w.-]+\.(?:md|markdown|txt|html?|rst|adoc))['"]""",
       ("write", "open(", "append"), flags=0, classes=("code",), group=1)

# A script's parameters, given on its command line: a PowerShell script's param ( [Parameter(Mandatory=$true)] [string]$Mailbox … )
# (DSI-Ville-Noumea/exchange_management), Perl's GetOptions(…), R's commandArgs(…), a shell script's getopts (config.cli-options
# has argparse, click, getopt…): the settings of a tool run by hand
# (+ a C# or Java program's Main(string[] args) comparing its arguments with its options' names, `if (args[i] == "-u")`,
# `args[0].equals("--port")` (syukoGit/SDIS37Stats: the web service's user and password, -u / -p): options read by hand)
signal("config.cli-params",
       r"""^[^\S\n]*\[Parameter\(|\bGetOptions\s*\(|\bcommandArgs\s*\(|\bgetopts\s+["']|"""
       r"""\bargs\[\w{1,20}\][ \t]{0,3}(?:==|\.equals\()[ \t]{0,3}@?"-{1,2}[a-z][\w-]{0,30}\"|"""
       # (+ a Python or Node script's arguments compared by hand with the values it accepts: `sys.argv[1] in ["famille", "individu"]`,
       # `sys.argv[1] == "--help"`, `"--dry-run" in sys.argv`, `process.argv[2] === 'import'`, `process.argv.includes('--force')`
       # (GIP-RECIA/Noethysweb-data-generator's mode and --help, issue 12, s37 fg37): options read by hand; not an argument only
       # passed on, open(sys.argv[1]), which names a file)
       r"""\b(?:sys\.argv|process\.argv)\[\d\][ \t]{0,3}(?:===?|!==?|(?:not[ \t]+)?in\b)[ \t]{0,3}[\[(]?[ \t]{0,3}["'`][^"'`\n]{1,40}["'`]|"""
       r"""["'][^"'\n]{1,40}["'][ \t]{0,3}(?:not[ \t]+)?in[ \t]{0,3}sys\.argv\b|\bprocess\.argv(?:\.slice\(\d\))?\.includes\([ \t]{0,3}["'`][^"'`\n]{1,40}["'`]|"""
       # (+ a positional argument read as a value, converted to a number: C#'s `int.Parse(args[2])` after Environment.GetCommandLineArgs(),
       # Java's `Integer.parseInt(args[0])`, Python's `int(sys.argv[1])`, Node's `parseInt(process.argv[2])` (issue 12, s39 fi39 =
       # MickaelLehayPaysDeLaLoire/DisplayTimeOut: the countdown's minutes and seconds, "DisplayTimeOut.exe 25 20"), as R's commandArgs)
       r"""\b(?:int|long|double|float|decimal|Int32|Int64|Double|Convert\.ToInt32|Convert\.ToDouble|Integer|Long|Float|TimeSpan)"""
       r"""(?:\.(?:Parse|parseInt|parseLong|parseDouble|parseFloat|valueOf|FromMinutes|FromSeconds))?\([ \t]{0,3}(?:args|sys\.argv)\[\d\]|"""
       r"""\b(?:parseInt|parseFloat|Number)\([ \t]{0,3}process\.argv\[\d\]""",
       ("[parameter(", "getoptions", "commandargs", "getopts", "args[", "argv"), flags=re.I | re.M, classes=("code",))

# The legal reference system of another country (a Swiss town's data model in CH1903+/LV95, EPSG:2056; Belgium's Lambert 72 or
# 2008; Luxembourg's LUREF): what the law of that territory asks, where France's décret 2006-272 does not apply
# (not CH1903/LV03, EPSG:21781: the Ordinance on Geoinformation replaced it by LV95, federal data by 2016, the cantons' by 2020).
# New Caledonia and French Polynesia set their own geodetic references (issue 12, s15): RGNC91-93 / Lambert New Caledonia (EPSG:3163,
# gouv-nc-data's data sets) and its UTM 57-59 S zones (3169-3171); RGPF / UTM 5-7 S (3296-3298) — IGN, Service de Géodésie, "Systèmes de
# Référence de Coordonnées usités en France" (EPSG 10.078 equivalence table), and the EPSG registry's names. The décret's overseas
# systems (RGAF09 5490, RGFG95 2972, RGR92 2975, RGM04 4471, RGSPM06 4467) and RGF93 v2b (Lambert-93 9794, CC42-50 9842-9850) are France's.
_FOREIGN_CRS = "(" + FOREIGN + ")"
signal("geo.foreign-legal-crs", r"""((?:EPSG|ESRI)\s*[:=]?\s*['"]?""" + _FOREIGN_CRS + r"""\b|\b(?:ST_\w+\(|geometry\s*\(\s*\w+\s*)[^;\n]{0,160}?,\s*"""
       + _FOREIGN_CRS + r"""\s*\))""", ("epsg", "esri", "st_", "geometry"), classes=("code", "template", "config", "other", "data"))


def foreign_legal_crs(text: str) -> tuple[str, tuple[str, str]] | None:
    """``(code, (French, English name of the country))`` of the first foreign legal reference system a value names."""
    m = re.search(r"(?<!\d)" + _FOREIGN_CRS + r"(?!\d)", str(text))
    return (m.group(1), FOREIGN_LEGAL_CRS[m.group(1)]) if m else None


# A wide table whose header row is a list of communes' INSEE codes (Observatoire-economie-paris' map1Data.csv: "75101;75102;…;92002;…",
# one column per commune): the data is keyed by the official geographic code, an identifier used as such (interoperability.identifiers).
# A code is a département's (01–95, 2A, 2B, 971–976) and a commune number (never 000: "10000;20000;…" are amounts); an optional first
# cell labels the rows; five codes or more.
_COMMUNE = r'''"?(?:(?:0[1-9]|[1-8]\d|9[0-5]|2[AB])(?!000)\d{3}|97[1-6](?!00)\d{2})"?'''
signal("ident.csv-header",
       rf"""\A\ufeff?(?:(?:[^\d\n;,\t][^\n;,\t]{{0,60}})?[;,\t])?((?:{_COMMUNE}[;,\t]){{4,}}{_COMMUNE})(?=[;,\t\r\n]|\Z)""",
       (";", ",", "\t"), flags=0, exts={"csv", "tsv"}, group=1)

# A list of communes, one a row, starting the file ("29001;ARGOL", "29011;BOHARS"…, a QGIS plugin's commune picker's config/DEPCO.csv):
# a reference list of official geographic codes shipped with the project (three rows or more, after an optional header)
# (or its names first, under a header naming the codes: "commune,code_insee" then "Aix-en-Provence,13001", a métropole's communes
# a pipeline's code reads to check the addresses it parses; without that header a label and a five-digit amount are no commune)
signal("ident.commune-rows",
       rf"""\A\ufeff?(?:[^\d\n][^\n]{{0,200}}\n)?((?:{_COMMUNE}[;,\t][^\d\n;,\t][^\n;,\t]{{0,60}}(?:[;,\t][^\n]{{0,200}})?\r?\n){{2}}{_COMMUNE}[;,\t][^\d\n;,\t])"""
       rf"""|\A\ufeff?(?=[^\n]{{0,200}}(?i:insee|cog\b|codgeo|code_?geo|depcom))[^\d\n][^\n]{{0,200}}\n((?:[^\d\n;,\t][^\n;,\t]{{0,60}}[;,\t]{_COMMUNE}(?:[;,\t][^\n]{{0,200}})?\r?\n){{2}}[^\d\n;,\t][^\n;,\t]{{0,60}}[;,\t]{_COMMUNE}(?![\d]))""",
       (";", ",", "\t"), flags=0, exts={"csv", "tsv", "txt"}, group=1)

# Shapefiles read or written by the code (datatests: glob.glob(workspace + "/" + "*.shp") opened with OGR, "ESRI Shapefile" driver):
# a published geographic format, as the .shp files the geo check counts
signal("format.shapefile", r"""(\*\.shp\b|["'][\w./-]*\.shp["']|ESRI Shapefile|\bshapefiles?\b|\bst_write\([^)\n]*\.shp\b)""",
       ("shp", "shapefile"), classes=("code",), accept=lambda m: _uncommented(m))  # (a commented-out to_file(…, driver='ESRI Shapefile') writes none)
# a shapefile a project's configuration names as a layer's source (a CartoCSS project.mml's "file": "C:\\data\\…\\ADRESSES.shp")
signal("format.shapefile-layer", r"""["'](?:file|path|source|datasource|url|src)["']\s*:\s*["']([^"'\n]{1,260}\.shp)["']""", ("shp",),
       classes=("config", "other", "code"), group=1)


def _uncommented(m) -> bool:
    return not _line_of(m).lstrip().startswith(_COMMENT_START)


def shapefile_uses(sig: dict) -> list:
    """The hits of Shapefiles the project reads or writes (OGR's "ESRI Shapefile" driver, a *.shp glob, a layer's .shp source),
    not the bare word "shapefile" in a label or a message: the published geographic format, open to any tool."""
    return [h for sid in ("format.shapefile", "format.shapefile-layer", "format.shapefile-gsconfig") for h in sig.get(sid, [])
            if h[3] in ("code", "template", "config", "other") and (".shp" in h[2].lower() or "esri shapefile" in h[2].lower()
                                                                    or "shapefile_and_friends" in h[2].lower())]


# gsconfig's shapefile_and_friends(path): the .shp/.shx/.dbf/.prj set a harvester publishes to GeoServer (data-standards' formats;
# interoperability.geo, which judges maps and reference systems, reads GeoServer's REST calls themselves)
signal("format.shapefile-gsconfig", r"""\b(shapefile_and_friends)\s*\(""", ("shapefile_and_friends",), classes=("code",), group=1)


# SLD styles the code publishes (gsconfig's catalog.create_style(name, sld_f.read()), a style's "….sld" file it reads or writes):
# an OGC encoding handled by the code, not only committed (interoperability.data-standards, interoperability.geo)
signal("format.sld-code", r"""(\bcreate_style\s*\(|["'][\w./-]*\.sld["'])""", ("create_style", ".sld"), classes=("code",),
       accept=lambda m: _uncommented(m) and ("sld" in m.group(1).lower() or "sld" in m.string[m.end():m.end() + 200].lower()))

# A PHP script that writes a page (<html>, <body>, <!DOCTYPE html> at the start of a line: a park's weekly map page, a stats table):
# an interface of its own, whatever folder it sits in (the views/ rule of MVC back offices does not see it)
signal("ui.php-page", r"""^[^\S\n]*<(?:!DOCTYPE\s+html|html|body)\b""", ("<html", "<body", "<!doctype"), flags=re.I | re.M, exts={"php"},
       classes=("code", "template"))

from auditor.facts.territory_overseas import OVERSEAS_KEYS, OVERSEAS_NAMES  # noqa: E402

# A SQL filter on one region's name, present or former (`lb_adm_tr ILIKE ANY (array['Auvergne','%Rhône-Alpes%'])`, `region = 'Bretagne'`,
# `nom_reg IN ('Normandie')`): the queries select one territory's data (reusability.territory-neutral), in SQL files and in code's strings
_REGION_NAMES = (r"Auvergne-Rh[ôo]ne-Alpes|Bourgogne-Franche-Comt[ée]|Nouvelle-Aquitaine|Hauts-de-France|Provence-Alpes-C[ôo]te d['’]Azur|"
                 r"Centre-Val de Loire|Pays de la Loire|[ÎI]le-de-France|Grand[- ]Est|Occitanie|Normandie|Bretagne|Corse|Auvergne|"
                 r"Rh[ôo]ne-Alpes|Limousin|Poitou-Charentes|Aquitaine|Midi-Pyr[ée]n[ée]es|Languedoc-Roussillon|Alsace|Lorraine|"
                 r"Champagne-Ardenne|Picardie|Nord-Pas-de-Calais|Bourgogne|Franche-Comt[ée]|Haute-Normandie|Basse-Normandie|"
                 # (the overseas regions and départements, and the overseas collectivities: territories as much as the mainland's; bare
                 # "Réunion" is also a meeting, "salle de réunion": only "La Réunion" here, a body's "… Réunion" in territory_overseas)
                 + OVERSEAS_NAMES)
# (a filter, in a clause: a WHERE, a JOIN's ON, a CASE's WHEN on the line or open in the statement a few lines above, or SQL's own
# LIKE or ANY (array[…]); a TypeScript enum's member `BRETAGNE = 'Bretagne'`, the list of regions a multi-region front serves, or
# a code's assignment `region = 'Bretagne'` compares nothing in SQL)
_SQL_LINE_CLAUSE = lazy_compile(r"\b(?:where|and|or|on|having|when|set)\b", re.I)
_SQL_OPEN_CLAUSE = lazy_compile(r"\b(?:where|having|when|join)\b", re.I)


def _in_sql_clause(m) -> bool:
    """The region's name is compared in a SQL clause: with LIKE or ANY (array[…]), after a clause's word on its line, or under a
    WHERE, JOIN, HAVING or WHEN opened in the same statement up to four lines above (no ';', '{' or '}' between)."""
    if any(w in m.group(0).lower() for w in ("like", "similar", "array")):
        return True
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    if _SQL_LINE_CLAUSE.search(s[start: m.start()]):
        return True
    above = "\n".join(s[max(0, start - 600): start].split("\n")[-5:])
    return bool(_SQL_OPEN_CLAUSE.search(above[max(above.rfind(c) for c in ";{}") + 1:]))


signal("territory.sql-region",
       r"""(?i:\b(?:i?like|similar\s+to)\s+(?:any\s*\(\s*array\s*\[\s*)?|(?<![<>!=])=\s*(?:any\s*\(\s*array\s*\[\s*)?|\bin\s*\(\s*)"""
       r"""(?:'[^'\n]{0,60}'(?:::\w+)?\s*,\s*){0,8}'%?(""" + _REGION_NAMES + r""")%?'""",
       ("auvergne", "rhône", "rhone", "bretagne", "normandie", "occitanie", "aquitaine", "corse", "alsace", "lorraine", "picardie",
        "limousin", "bourgogne", "provence", "loire", "île-de", "ile-de", "grand est", "grand-est", "hauts-de", "nord-pas", "champagne",
        "languedoc", "midi-py", "poitou", "franche", *OVERSEAS_KEYS),
       flags=0, exts={"sql", "pgsql", "plpgsql", "py", "r", "js", "ts", "php", "java"}, classes=("code", "data"), group=1,
       accept=_in_sql_clause)

# A region's name, present or former, in a sentence of the code or a template, after "en" or "région" (a platform's invitation mail,
# title = "Rejoindre la plate-forme d'échanges solidaires en Auvergne"; <h2>… de la Région Auvergne-Rhône-Alpes</h2>; "La commande de
# kit est uniquement disponible en Nouvelle-Aquitaine"): the territory the application was written for, a text a second region edits.
# (A university's or a company's name holding a region's follows no such word; a file naming three regions or more speaks of several
# — a list of France's universities, a national map's labels —, none of them the one the code was written for.)
_REGION_WORD = lazy_compile(r"(?<![\w-])(?:" + _REGION_NAMES + r")(?![\w-])")
_REGION_FLAT = str.maketrans("ÎÔÉÈîôéè’", "IOEEioee'")


def _regions_named(text: str) -> int:
    """How many distinct regions' names (present or former, accents aside) a text holds as whole words."""
    return len({r.group(0).translate(_REGION_FLAT).lower().replace(" ", "-") for r in _REGION_WORD.finditer(text[:200_000])})


def _in_code_text(m) -> bool:
    """The match is a value of the code or a template: not in a comment (its line's, a trailing one, a block), an example, a
    docstring, nor on an author's, a package's or a copyright holder's line."""
    from auditor.facts.territory_values import _AUTHORSHIP, _TRAILING_COMMENT, in_code, is_package_metadata

    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return in_code(m) and not is_package_metadata(m) and not _TRAILING_COMMENT.search(before) and not _AUTHORSHIP.search(before)


# (not the page's meta description where the site's maker presents itself, its name opening the text as the meta author or publisher
# gives it: <meta name="description" content="Kaiartsu est une agence web basée en Hauts-de-France…"> beside <meta name="author"
# content="Kaiartsu">, the web agency's words left in the template it sold, not the territory the site serves; issue 12, s46 fd46 =
# LexaeART/villeinfo)
_META_DESCRIPTION = lazy_compile(r"""<meta\b[^>\n]*?\b(?:name|property)\s*=\s*["'](?:og:|twitter:)?description["'][^>\n]*?\bcontent\s*=\s*"""
                                 r"""(["'])\s*([^"'\n]{0,200})|<meta\b[^>\n]*?\bcontent\s*=\s*(["'])\s*([^"'\n]{0,200})\3[^>\n]*?"""
                                 r"""\b(?:name|property)\s*=\s*["'](?:og:|twitter:)?description["']""", re.I)
_META_MAKER = lazy_compile(r"""<meta\b[^>\n]*?\bname\s*=\s*["'](?:author|publisher|copyright|designer|creator|web_author)["'][^>\n]*?"""
                           r"""\bcontent\s*=\s*["']\s*([^"'\n]{2,80}?)\s*["']|<meta\b[^>\n]*?\bcontent\s*=\s*["']\s*([^"'\n]{2,80}?)\s*["']"""
                           r"""[^>\n]*?\bname\s*=\s*["'](?:author|publisher|copyright|designer|creator|web_author)["']""", re.I)
_MAKER_FLAT = str.maketrans("", "", " -_.'’")
_BUSINESS = lazy_compile(r"\b(?:agences?|soci[ée]t[ée]|entreprises?|studio|freelance|ind[ée]pendant|d[ée]veloppeu(?:r|se)|graphiste|designer|"
                         r"prestataire|cabinet|sarl|sas|eurl|agency|company|firm|developer)\b", re.I)


def in_makers_description(m) -> bool:
    """The match is in a page's meta description that opens on the name its meta author, publisher or designer gives and presents a
    business (an agency, a company, a freelance: the site's maker describing itself), read in the first 20,000 characters of the page."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    line = s[start:len(s) if end == -1 else end]
    d = _META_DESCRIPTION.search(line)
    if not d or not (start + d.start() <= m.start() < start + d.end() + 200):
        return False
    opening = (d.group(2) if d.group(2) is not None else d.group(4) or "").lower().translate(_MAKER_FLAT)
    makers = {(x.group(1) or x.group(2) or "").lower().translate(_MAKER_FLAT) for x in _META_MAKER.finditer(s[:20_000])}
    text = d.group(2) if d.group(2) is not None else d.group(4) or ""
    return bool(_BUSINESS.search(text)) and any(len(maker) >= 3 and opening.startswith(maker) for maker in makers)


# (and a region's name as a part of a page's title, "Accueil | Mairie de … | Hauts-de-France": the territory the site serves, s46 fd46)
signal("territory.region-text", r"""(?:(?<![\w'’-])(?i:en|r[ée]gion)[^\S\n]+|(?i:<title>)[^<\n]{0,150}?(?:[|–—]| -)[^\S\n]*)("""
       + _REGION_NAMES + r""")(?![\w'’-])""",
       ("en ", "région", "region", "<title"), flags=0, classes=("code", "template"), group=1,
       accept=lambda m: _in_code_text(m) and _regions_named(m.string) < 3 and not in_content_record(m)  # (a book's summary in a list of books, s42 fp42)
       and not in_makers_description(m))

# ... and a regional platform named after its region, present or former ("Géo" + the region: GéoPicardie, GéoBretagne, GéoGrandEst),
# in a string of the code: the menu, the window title and the messages of a platform's QGIS plugin, the address of the resources
# tree it downloads by default (…/master/geopicardie.json): the platform and the territory the code was written for, which each
# later platform renamed in a copy of the code (issue 12, s37 fe37 = vfabry/geopicardie-qgis-plugin). Not its package's name in an
# import (no string), a comment or a docstring; a file naming three platforms or more lists them (the check's reference tables).
_REGION_JOINED = re.sub(r"[- ]", "[- ]?", _REGION_NAMES.replace("[- ]", "\x00")).replace("\x00", "[- ]?")  # (geograndest, Géo Grand-Est)


def _platform_in_string(m: re.Match) -> bool:
    from auditor.facts.territory_values import _in_string

    return _in_string(m) and _in_code_text(m)


signal("territory.region-platform", r"""(?<![\w-])(g[ée]o[- ]?(?:""" + _REGION_JOINED + r"""))(?![\w-])""", ("geo", "géo"), flags=re.I,
       classes=("code", "template"), group=1, accept=_platform_in_string)

# ... and an e-mail address of the code on a domain carrying a region's name (sender = "contact@echanges-solidaires-auvergne.fr", the
# address a platform's notifications come from): a second territory's platform sends from its own (the match opens on "@": an
# author's address in a module's metadata, __email__ = "…@grandest.fr", is none)
_REGION_SLUGS = ("auvergne", "bretagne", "normandie", "occitanie", "aquitaine", "alsace", "lorraine", "picardie", "limousin", "bourgogne",
                 "corse", "ile-de-france", "iledefrance", "grand-est", "grandest", "hauts-de-france", "hautsdefrance", "pays-de-la-loire",
                 "paysdelaloire", "centre-val-de-loire", "rhone-alpes", "auvergnerhonealpes", "nouvelleaquitaine", "midi-pyrenees",
                 "languedoc-roussillon", "poitou-charentes", "champagne-ardenne", "franche-comte", "nord-pas-de-calais",
                 "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "nouvelle-caledonie", "nouvellecaledonie", "polynesie-francaise",
                 "polynesiefrancaise", "saint-pierre-et-miquelon", "wallis-et-futuna", "saint-barthelemy")


def _region_domain(m) -> bool:
    labels = "-" + m.group(1).lower().replace(".", "-") + "-"
    return any(f"-{slug}-" in labels for slug in _REGION_SLUGS) and _in_code_text(m) and _regions_named(m.string) < 3


signal("territory.region-mail", r"""(?<=[\w+-])@((?:[a-z0-9-]{1,63}\.){1,4}(?:fr|com|org|net|eu|bzh|corsica|alsace))(?![\w.-])""",
       tuple({s.split("-")[0] for s in _REGION_SLUGS}), flags=re.I, classes=("code", "template"), group=1, accept=_region_domain)

# ... or a SQL LIKE pattern naming a large commune or a region inside a longer text (an owner classification's
# `obl_nom like '%STE EAU DE MARSEILLE%'`, `'%REGION PROVENCE-ALPES-COTE%'`): one territory's bodies, which a second one rewrites
from auditor.facts.territory_hosts import CITY_NAMES  # noqa: E402
from auditor.facts.territory_values import in_sql  # noqa: E402

_LIKE_PLACES = "|".join(sorted({n.replace("-", "[- ]") for n in CITY_NAMES}, key=len, reverse=True)) + "|" + _REGION_NAMES + r"|Provence-Alpes-C[ôo]te"
signal("territory.sql-like-place",
       r"""(?i:\b(?:i?like|similar\s+to)\s+'%[^'%\n]{0,60}?(?<![\w-])(""" + _LIKE_PLACES + r""")(?![\w])[^'\n]{0,60}')""",
       ("like", "similar"), flags=0, exts={"sql", "pgsql", "plpgsql", "psql"}, classes=("code", "data", "config", "other"), group=1, accept=in_sql)

# One conic conformal zone of RGF93 (CC42 to CC50, EPSG:3942 to 3950: one 2° band of latitude) fixed as the SRID of a PostGIS
# model: its geometry columns (the_geom geometry(Point,3943)), the functions it transforms into (ST_Transform(g, 3943)), an srid
# setting. Legal in France, but the band of one territory (a transport syndicate's schema tied to Toulouse's): a reuser elsewhere
# changes every column and function, as with the EPSG:39xx written in other code (territory.cc-zone). A bare number elsewhere on
# a line (an id 3943 inserted) is none; a script defining three zones or more handles them all.
_SRID_CONTEXT = lazy_compile(r"\bgeometry[^\S\n]*\([^\S\n]*\w+[^\S\n]*,[^\S\n]*39|\bST_(?:Transform|SetSRID|SRID|GeomFromText|GeomFromEWKT|GeomFromWKB|"
                             r"MakeEnvelope|Point)\b|\bAddGeometryColumn\b|\bsrid\b", re.I)
_SQL_ZONES = lazy_compile(r"(?<![\w:.-])(39(?:4[2-9]|50))(?!\d)")


def _cc_srid(m) -> bool:
    from auditor.facts.territory_values import _line_of

    line = _line_of(m)
    return in_sql(m) and bool(_SRID_CONTEXT.search(line)) and not line.lstrip().startswith("--") and len(set(_SQL_ZONES.findall(m.string))) < 3


signal("territory.cc-srid", r"""(?<![\w:.-])(39(?:4[2-9]|50))(?!\d)""", ("394", "3950"), exts={"sql", "pgsql", "plpgsql", "psql"},
       classes=("code", "data", "config", "other"), group=1, accept=_cc_srid)

# A legal French reference system among the projections a viewer or add-on declares by number (a geOrchestra add-on's manifest.json
# "supported_srs": [3948, 2154, 4326], an OpenLayers app's projections: ['EPSG:3948', …]): the maps it draws are in that system
# (or a form's field for the system, its default a legal code: Symfony's ->add('srid', 'text', array(… 'data' => '3943')))
signal("geo.legal-crs-list",
       r"""(?:["']?(?:supported_?)?(?:srs|crs|projections?|epsg_?codes?)["']?\s*[:=]\s*\[\s*(?:['"]?(?:EPSG:)?\d{4,6}['"]?\s*,\s*){0,8}"""
       r"""|['"](?:srid|srs|crs|epsg|projection)['"]\s*,[^;]{0,300}?['"]?(?:data|default_?value|defaultValue|value|empty_data|initial)['"]?\s*(?:=>|:|=)\s*)"""
       r"""['"]?(?:EPSG:)?(""" + LEGAL + r""")\b""",
       ("srs", "crs", "projection", "epsg", "srid"), classes=("code", "template", "config", "other"), group=1)


# A legal French reference system asked of a service in its URL or request parameters (issue 12, s15: Lambert-93 endpoints): a WFS's
# srsName=urn:ogc:def:crs:EPSG::2154 or EPSG%3A2154, an OGC API's crs=http://www.opengis.net/def/crs/EPSG/0/2154, an ArcGIS REST
# query's outSR=2154 or a spatialReference's wkid, a tile service's /2154/ path segment: the data asked for are in that system
_LEGAL_CODES = "(" + LEGAL + ")"
signal("geo.legal-crs-url",
       r"""(?:EPSG(?:%3A|::|/0/|/)|\b(?:srs_?name|srs|crs|bbox-crs|out_?sr|in_?sr|bbox_?sr|image_?sr|wkid|latest_?wkid)['"]?\s*(?:=|:(?!:))\s*['"]?(?:EPSG(?::|%3A))?)"""
       + _LEGAL_CODES + r"""(?![\d.])|://[^\s'"`<>]{1,200}?/""" + _LEGAL_CODES + r"""(?=/)""",
       ("epsg", "srs", "crs", "sr=", "wkid", "sr\"", "sr'", "://"), classes=("code", "template", "config", "other", "data"),
       accept=lambda m: "://" not in m.group(0) or bool(_GEO_URL.search(m.group(0))))
_GEO_URL = re.compile(r"wm[ts]s|wfs|tiles?\b|tms|geo|carto|map|sig\b|ign|epsg|lambert|l93|ortho|cadastr", re.I)


# A database's superuser given the ADMIN_* variables that auth.local reads as an application's admin sign-in (issue 12, s15: a compose
# file's POSTGRES_PASSWORD: ${ADMIN_PASSWORD}, a .env's ADMIN_USER=postgres): a database connection, no person signing in.
signal("auth.db-admin",
       r"""\b(?:POSTGRES|PG|MYSQL|MARIADB|MONGO_INITDB_ROOT|DB|DATABASE|SQL)_?\w{0,20}?PASS\w{0,10}['"]?\s*[:=]\s*['"]?\$\{?(ADMIN_(?:PASSWORD|PASS|TOKEN|SECRET)\d?)\b"""
       r"""|\b(ADMIN)_USER(?:NAME)?['"]?\s*[:=]\s*['"]?(?:postgres|root|sa|mysql|sys)['"]?(?![\w-])""",
       ("admin_",), flags=0, classes=("code", "config", "template", "other"))


# JSON answered through a host's routes or a servlet container, with no web framework among the dependencies: a Drupal module's
# *.routing.yml route with `_format: json`, a servlet writing `application/json` (a Lutece module's webhook). An API served,
# described nowhere unless a specification is committed. (A JCMS plugin's <openapi> REST resources: kind_markers.plugin_rest_resources.)
# The content type may be a constant named so (response.setContentType( EXTENSION_APPLICATION_JSON ), MediaType.APPLICATION_JSON_VALUE),
# and a Lutece MVC view may answer JSON through its helper (return responseJSON( json )).
signal("api.served-json", r"""^[^\S\n]+_format:\s*['"]?json\b|\.set(?:ContentType\(\s*|Header\(\s*"Content-Type"\s*,\s*)"""
       r"""(?:"application/json|(?:\w{1,40}\.)?[A-Z_]{0,40}JSON[A-Z_]{0,20}\s*\))|\breturn\s+responseJSON\s*\(|"""
       # a JAX-RS resource method answering JSON, its runtime brought by the host (a Lutece plugin's rs/ShelterRest.java)
       r"""^[^\S\n]*@Produces\s*\(\s*\{?\s*(?:MediaType\.APPLICATION_JSON|"application/json)""",
       ("_format", "application/json", "application_json", "setcontenttype", "responsejson"), flags=re.I | re.M, exts={"yml", "yaml", "java"},
       classes=("code", "config"))

# A Spring MVC / WebFlux REST controller (megalis-bretagne/myec3-socle: `@RestController` classes with `@GetMapping`/`@PostMapping`
# methods): HTTP endpoints answering data, an API served, whatever REST library the build declares (interoperability.api-spec)
signal("api.spring-rest", r"""^[ \t]*@(?:org\.springframework\.web\.bind\.annotation\.)?RestController\b""",
       ("@restcontroller", "annotation.restcontroller"), flags=re.M, exts={"java", "kt", "groovy"}, classes=("code",))

# An ENT module's routes on the ODE web-utils framework over Vert.x (OPEN-ENT-NG/appointments: `@Get("/appointments")` from fr.wseduc.rs,
# `renderJson(request, …)`, `arrayResponseHandler(request)` of entcore's controllers): HTTP endpoints answering JSON, served by the
# ENT platform to the module's front end and any client (interoperability.api-spec). Only in a file importing the route annotations.
_WEBUTILS_ROUTES = lazy_compile(r"^import\s+fr\.wseduc\.rs\.", re.M)
signal("api.webutils-json", r"""\b(renderJson|(?:array|default|notEmpty)ResponseHandler)\s*\(\s*request\b""",
       ("renderjson", "responsehandler"), flags=0, exts={"java"}, classes=("code",), group=1,
       accept=lambda m: _WEBUTILS_ROUTES.search(m.string) is not None)
# ... or through entcore's CRUD controller its routes extend (`class FoldersController extends MongoDbControllerHelper`, a route calling
# `super.list(request)` or `create(request)`: the inherited CRUD answers JSON through defaultResponseHandler), or through a helper class of
# the project (helpers/EventHelper.java answering arrayResponseHandler(request), no route of its own) that a route file imports: the import
# lines of route files and the JSON answers of files declaring no route are kept, interoperability.api-spec joins them (issue 12, s42 fo42
# = OPEN-ENT-NG/timeline-generator)
_CRUD_HELPER = lazy_compile(r"^[ \t]*public\s+(?:abstract\s+)?class\s+\w+\s+extends\s+(?:MongoDb|Sql)?ControllerHelper\b", re.M)
signal("api.webutils-crud", r"""(?:\bsuper\.|(?<![\w.]))(create|retrieve|update|delete|list)\(\s*request\s*\)""",
       ("request)",), flags=0, exts={"java"}, classes=("code",), group=1,
       accept=lambda m: _WEBUTILS_ROUTES.search(m.string) is not None and _CRUD_HELPER.search(m.string) is not None)
signal("api.webutils-import", r"""^import\s+((?!(?:java|javax|io\.vertx|fr\.wseduc|org\.entcore)\.)[a-z][\w]*(?:\.[a-z_][\w]*)+\.[A-Z]\w*)\s*;""",
       ("import",), flags=re.M, exts={"java"}, classes=("code",), group=1,
       accept=lambda m: _WEBUTILS_ROUTES.search(m.string) is not None)
signal("api.webutils-json-helper", r"""\b(renderJson|(?:array|default|notEmpty)ResponseHandler)\s*\(\s*request\b""",
       ("renderjson", "responsehandler"), flags=0, exts={"java"}, classes=("code",), group=1,
       accept=lambda m: _WEBUTILS_ROUTES.search(m.string) is None)

# A mobile application's own sign-in screen: a password field of React Native (secureTextEntry), Flutter (obscureText: true), an Android
# layout or view (inputType textPassword, TYPE_TEXT_VARIATION_PASSWORD, Compose's PasswordVisualTransformation), SwiftUI's SecureField,
# UIKit's isSecureTextEntry (jpouderoux/bdovore's LoginScreen.js posting user_password to its API): accounts of its own service
signal("auth.mobile-password",
       r"""\bsecureTextEntry(?:\s*=\s*\{\s*true\s*\}|(?=[\s/>]))|\bobscureText\s*:\s*true\b|\binputType\s*=\s*"(?:textPassword|textWebPassword|numberPassword)"|"""
       r"""\bTYPE_TEXT_VARIATION_(?:WEB_)?PASSWORD\b|\bPasswordVisualTransformation\(|\bSecureField\s*\(|\bisSecureTextEntry\s*=\s*true\b""",
       ("securetextentry", "obscuretext", "password", "securefield"), flags=0,
       exts={"js", "jsx", "ts", "tsx", "dart", "xml", "java", "kt", "swift"}, classes=("code", "template", "config", "other"))

# A Spring Boot application's settings declared as classes (GIP-RECIA/esidoc-api: @ConfigurationProperties(prefix = "esidoc") on
# EsidocProperties, bound from application.yml or the environment, ESIDOC_PRETSURI): the settings exist, in code, without a template
signal("config.spring-properties",
       r"""^[ \t]*@ConfigurationProperties\(\s*(?:(?:prefix|value)\s*=\s*)?"([\w.-]+)"\s*[,)]""",
       ("@configurationproperties",), flags=re.M, exts={"java", "kt"}, classes=("code", "config"), group=1)  # (config/bean/ is "config")

# An answer to an OGC request written by the code itself (a PHP CSW catalogue building '<csw:GetRecordsResponse xmlns:csw=…>', a
# script writing a WMS GetCapabilities document): the project serves an OGC web service (interoperability.api-spec). The root
# elements of answers only, never of requests (<csw:GetRecords>, <wfs:GetFeature> are what a client sends).
signal("api.ogc-response",
       r"""<((?:csw|wfs|wps|wcs|sos|tjs)\d*:(?:Capabilities|WFS_Capabilities|GetRecordsResponse|GetRecordByIdResponse|DescribeRecordResponse|"""
       r"""TransactionResponse|HarvestResponse|ExecuteResponse|ProcessDescriptions|CoverageDescriptions|FrameworkDescriptions|DatasetDescriptions|"""
       r"""DataDescriptions|JoinAbilities|GDAS)|WMS_Capabilities|WMT_MS_Capabilities|"""
       r"""WFS_Capabilities)(?=[\s>/])""",
       ("capabilities", "response", "descriptions", "gdas", "joinabilities"), flags=0, classes=("code", "template"), group=1,
       accept=lambda m: _uncommented(m) and not in_block_comment(m))  # (a commented-out answer, # xml[0] = '<csw:…Response…', writes none)

# A bounding box in the encodings of OGC web services and ISO 19139 metadata (a CSW record's ows:BoundingBox, gmd:EX_GeographicBoundingBox
# with its westBoundLongitude…, a GML envelope): geographic extents exchanged in open standards (interoperability.geo)
signal("format.ogc-bbox",
       r"""\b((?:ows\d*:(?:WGS84)?BoundingBox|(?:gmd|gex):EX_GeographicBoundingBox|gml\d*:Envelope))\b""",
       ("boundingbox", "envelope"), flags=0, classes=("code", "template", "config", "other"), group=1)

# An API answered through a PHP or Java host's own server classes and helpers, with no REST framework among the dependencies: Zend
# Framework 1's REST and JSON-RPC servers (new Zend_Rest_Server, a subclass such as Xyz_Rest_Server, its setClass()->handle()),
# a Zend controller's JSON helper ($this->_helper->json(…)), an ownCloud or Nextcloud app's AJAX endpoints (new JSONResponse(…),
# OC_JSON::success(…)), a Lutece plugin's AJAX answers (JsonUtil.buildJsonResponse(…)): an API served (interoperability.api-spec)
signal("api.host-json",
       r"""\bnew\s+\\?(?:[A-Za-z][A-Za-z0-9]*_)*(?:Rest|Json)_Server\b|\bextends\s+\\?Zend_(?:Rest|Json)_Server\b|\\(?:Zend|Laminas)\\Json\\Server\\Server\b|"""
       r"""\$this->_helper->json(?:->sendJson)?\s*\(|\bnew\s+(?:\\?OCP\\AppFramework\\Http\\)?JSONResponse\s*\(|"""
       # Symfony's HttpFoundation answer and its controllers' helper (return new JsonResponse($out); return $this->json($data)),
       # Laravel's response()->json(…)
       r"""\bnew\s+(?:\\?Symfony\\Component\\HttpFoundation\\)?JsonResponse\s*\(|\$this->json\s*\(|\bresponse\(\s*\)->json\s*\(|"""
       r"""\\?\b(?:OC_JSON|OCP\\JSON)::(?:success|error|encodedPrint)\s*\(|\bJsonUtil\.buildJsonResponse\s*\(|"""
       r"""\bregister_rest_route\s*\(""",  # (a WordPress plugin's routes under /wp-json/: the REST API of its host, opened to any client)
       ("_server", "json\\server", "_helper->json", "jsonresponse", "->json(", "oc_json", "ocp\\json", "buildjsonresponse", "register_rest_route"), flags=0,
       exts={"php", "java"}, classes=("code",),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))  # (`// return new JsonResponse($data);` answers nothing)

# JSON answered to the AJAX calls of the site's own pages through WordPress's admin-ajax (wp_send_json_success(…) in the handler of a
# wp_ajax_* action, behind the page's nonce): code answering JSON, to its own pages rather than to other clients (interoperability.api-spec)
signal("api.ajax-json", r"""\b(wp_send_json(?:_success|_error)?)\s*\(""", ("wp_send_json",), flags=0, exts={"php"}, classes=("code",), group=1)
# a PHP file telling its own page's XMLHttpRequest by the header the page's script sets (X-Requested-With), and the user's session it
# keeps: the JSON it echoes answers that page (an upload form's progress and redirect), no API opened to other clients (api-spec)
signal("api.xhr-page", r"""\bHTTP_X_REQUESTED_WITH\b""", ("http_x_requested_with",), flags=0, exts={"php"}, classes=("code",))
signal("api.php-session", r"""\$_SESSION\s*\[""", ("$_session",), flags=0, exts={"php"}, classes=("code",))
# a PHP script the project's own pages call from their scripts ($.post('controlers/liste.php', …), $.ajax({url: 'x.php'}), fetch('x.php')):
# the JSON it echoes feeds those pages, no data set published (interoperability.data-standards; issue 12, s45 ff45 = LexaeART/villeinfo)
signal("api.page-call", r"""(?:\$\.(?:post|get|getJSON|ajax)|\bfetch|\baxios\.(?:get|post))\(\s*['"]([^'"\s?#]{1,200}\.php)(?=[?#'"])|"""
       r"""\burl\s*:\s*['"]([^'"\s?#]{1,200}\.php)(?=[?#'"])""", (".php",), flags=0, exts={"js", "html", "htm", "php"},
       classes=("code", "template"), group=0)

# GeoServer driven through its REST API (gsconfig's geoserver.catalog.Catalog, geoserver-rest's Geoserver, GeoSolutions'
# GeoServerRESTPublisher, a request to …/geoserver/rest/… or /rest/workspaces): layers published, styled and checked as the OGC
# services (WMS, WFS, WMTS) of an open server (interoperability.geo)
signal("geo.geoserver-rest",
       r"""(\bfrom\s+geoserver(?:\.catalog)?\s+import\b|\bimport\s+geoserver\.catalog\b|\bgeoserver\.catalog\.Catalog\b|\bfrom\s+geo\.Geoserver\s+import\b|"""
       r"""\bGeoServerREST(?:Publisher|Reader|Manager)\b|geoserver[\w./-]*/rest/|/rest/(?:workspaces|layergroups|datastores|coveragestores|featuretypes)\b)""",
       ("geoserver", "/rest/"), flags=0, classes=("code", "template", "config", "other"), group=1)

# a map server's REST catalogue asked for a resource by the name its REST API gives it ("workspaces.xml", "layergroups.json": GeoServer's
# REST API, and MapServer's MRA which copies it), its base address in a setting (mra_settings["URL"] + "workspaces.xml"), in a file
# naming the OGC services it serves (the WMS addresses a script builds for each workspace, OWS_URL_PATTERN): the OGC services of an open
# map server (interoperability.geo; issue 12, s42 fc42 = neogeo-technologies/idgo-mviewerstudio-proxy)
_OGC_WORD = lazy_compile(r"(?<![A-Za-z])(?:wms|wfs|wmts|wcs|ows|ogc|mapserver|geoserver)(?![A-Za-z])", re.I)
signal("geo.map-rest",
       r"""["'](?:[\w.:/-]*/)?((?:workspaces|layergroups|datastores|coveragestores|featuretypes)\.(?:xml|json))["']""",
       ("workspaces.", "layergroups.", "datastores.", "coveragestores.", "featuretypes."), flags=0, classes=("code",), group=1,
       accept=lambda m: bool(_OGC_WORD.search(m.string)))

# Mapbox GL JS before 2.0 (BSD-3-Clause; its licence became proprietary at 2.0), loaded by its release's address from Mapbox's CDN
# (api.tiles.mapbox.com/mapbox-gl-js/v1.1.1/mapbox-gl.js, as Mapbox's documentation gave it) or from an npm CDN
# (unpkg.com/mapbox-gl@1.13.0/dist/mapbox-gl.js): an open mapping library, named with its release (group 1)
signal("geo.mapbox-gl-open",
       r"""(?:\bapi(?:\.tiles)?\.mapbox\.com/mapbox-gl-js/v|\bunpkg\.com/mapbox-gl@|\bcdn\.jsdelivr\.net/npm/mapbox-gl@|"""
       r"""\bcdnjs\.cloudflare\.com/ajax/libs/mapbox-gl/)([01]\.\d+\.\d+)/(?:dist/)?mapbox-gl(?:-csp|-dev)?\.js""",
       ("mapbox-gl",), classes=("code", "template", "config"), group=1)

# A map library reached through the global its page script installs (Leaflet's L.map(…), L.geoJSON(…), OpenLayers' ol.Map,
# maplibregl.Map): the code uses the library without importing its package (interoperability.geo keeps such a declared package only
# then; a package.json leftover no code reaches draws no map)
signal("geo.map-global",
       r"""(?<![\w$.])(L\.(?:map|tileLayer|geoJSON|geoJson|GeoJSON|marker|circleMarker|circle|polygon|polyline|rectangle|layerGroup|featureGroup|"""
       r"""control|latLng|latLngBounds|icon|divIcon|Map|TileLayer|Marker|CRS|Util|DomUtil|markerClusterGroup|heatLayer)|"""
       r"""ol\.(?:Map|View|layer|source|proj|Feature|format|style|geom|control|interaction)|maplibregl\.[A-Za-z]\w*|mapboxgl\.[A-Za-z]\w*)\b""",
       ("l.map", "l.tilelayer", "l.geojson", "l.marker", "l.circle", "l.polygon", "l.polyline", "l.rectangle", "l.layergroup", "l.featuregroup",
        "l.control", "l.latlng", "l.icon", "l.divicon", "l.crs", "l.util", "l.domutil", "l.heatlayer", "ol.map", "ol.view", "ol.layer",
        "ol.source", "ol.proj", "ol.feature", "ol.format", "ol.style", "ol.geom", "ol.control", "ol.interaction", "maplibregl.", "mapboxgl."),
       flags=0, classes=("code", "template"), group=1)

# a bean's accessor of a GeoJSON string (proposal.getGeoJson(), setGeoJson(…)): where the application's own records keep their
# location, copied from one of its objects to another; its storage, no GeoJSON it publishes (interoperability.data-standards)
signal("format.geojson-accessor", r"""\b[gs]et(?:[A-Z]\w{0,30})?Geo_?Json\s*\(""", ("geojson",), flags=re.I, classes=("code", "template"))

# A map library a host platform's plugin brings to a server page, called through that plugin's template macro (a CMS module's
# Freemarker admin page including <@leaflet_map_includes/> and then drawing its map with the plugin's functions): the page draws a
# map with that open library though no manifest, <script> nor import of the module names it (issue 12, s48 fc48)
signal("geo.platform-map", r"""<@((?:leaflet|openlayers|maplibre)\w{0,60})(?=[\s/>])""", ("<@leaflet", "<@openlayers", "<@maplibre"),
       flags=re.I, classes=("template", "code"), group=1)

# A table the code creates itself in a SQL string (a PHP page's PDO prepare('CREATE TABLE IF NOT EXISTS "games" (…'), a script's
# sqlite3 execute): the application's own database model, written in its code rather than in a .sql file (interoperability.data-standards)
# (a program's file in a data/ folder, data/DataBaseConnection.php, is still code: read by language, never a .sql script)
signal("data.sql-in-code", r"""\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"\[]?(\w+)""", ("create",), flags=re.I, classes=("code", "data"), group=1,
       exts={"php", "py", "js", "mjs", "cjs", "ts", "java", "kt", "rb", "go", "cs", "vb", "asp", "pl", "r", "dart", "swift", "groovy", "scala"})


# (or rows the code writes into tables it names, INSERT INTO Observation(…), INSERT INTO lieu VALUES(…): a database of its own, whoever
# created its tables; issue 12, s39 fe39 = elucas0/SAE-PNR, a desktop program recording sightings in eleven tables)
signal("data.sql-insert-in-code", r"""\bINSERT\s+INTO\s+[`"\[]?([A-Za-z_]\w*)(?=[`"\]]?\s*(?:\(|VALUES\b|SELECT\b))""", ("insert",), flags=re.I,
       classes=("code",), group=1,
       exts={"php", "py", "js", "mjs", "cjs", "ts", "java", "kt", "rb", "go", "cs", "vb", "asp", "pl", "r", "dart", "swift", "groovy", "scala"})


# A SPIP squelette answering JSON (#HTTP_HEADER{Content-type: application/json} before its loops): an API the site serves
signal("api.template-json", r"""#HTTP_HEADER\s*\{\s*Content-type\s*:\s*(?:application|text)/(?:json|geo\+json|javascript)""", ("#http_header",),
       flags=re.I, exts={"html", "htm"}, classes=("template", "code"))


# Code answering JSON through a web framework's own helpers (interoperability.api-spec: a web application whose code answers no JSON
# serves pages only): Django's JsonResponse or a JSON content type, Wagtail's API, a serializer's JSON; Flask's jsonify; Express's
# res.json(data) (whatever the answer's name: reponse.json(donnees)), res.send({…}); a Flask view returning a dict; Laravel's API resources, toJson(),
# Laravel 4's Response::json(…) facade, a route of routes/api.php; Rails' render json:, format.json, respond_to :json.
# (A client's response.json() reads JSON: the helper must be given what it answers.)
signal("api.json-answer",
       r"""\bJsonResponse\b|\bjsonify\s*\(|(?:content_type|mimetype|media_type)\s*=\s*['"]application/(?:geo\+)?json|\bwagtail\.api\b|"""
       r"""\bserialize\(\s*['"](?:geo)?json['"]|\b[A-Za-z_$][\w$]*\s*\.\s*(?:status\(\s*\d+\s*\)\s*\.\s*)?jsonp?\s*\(\s*[^)\s]|\.(?:send|end)\(\s*(?:\{|JSON\.stringify\()|^[^\S\n]*return\s+\{\s*['"]|"""
       r"""\bres\s*\.\s*(?:type|contentType)\(\s*['"](?:json|application/json)['"]|['"]Content-[Tt]ype['"]\s*[,:]\s*['"]application/json|\bjson_response\s*\(|"""
       r"""(?<!\$table)->json\s*\(|\bResponse::jsonp?\s*\(|->toJson\s*\(|\bextends\s+(?:JsonResource|ResourceCollection)\b|\bRoute::(?:get|post|put|patch|delete|any|match|apiResource|resource)\s*\(|"""
       r"""\brender\s*\(?\s*:?json\s*(?::|=>)|\bformat\.json\b|\brespond_to\s+:json\b|\bheader\(\s*['"]Content-Type:\s*application/json""",
       ("jsonresponse", "jsonify", "json_response", "application/json", "application/geo+json", "wagtail.api", "serialize(", "json(", "jsonp(", ".type(", "contenttype(",
        "->json", "->tojson", ".send(", ".end(", "return", "jsonresource", "resourcecollection", "route::", "json:", "json =>", ":json", "format.json"),
       flags=re.M, exts={"py", "js", "mjs", "cjs", "ts", "php", "rb"}, classes=("code",),
       # (a `use …\JsonResponse;` or `from django.http import JsonResponse` line only imports the class: an unused import answers nothing)
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and not imported_name(m) and not _template_context(m))

# A Next.js route handler built by an authentication library, not by the project: NextAuth's catch-all (`const handler =
# NextAuth(authOptions); export { handler as GET, handler as POST }` in app/api/auth/[...nextauth]/route.js, Auth.js's `export const
# { GET, POST } = handlers`), Better Auth's toNextJsHandler(auth), Auth0's handleAuth(): the library's sign-in endpoints, no API of
# the project's own to describe (a credentials provider posting to the project's back end answers nothing itself; issue 12, s45 fj45
# = Borkil/atd16-projectmanager)
signal("api.auth-library-handler",
       r"""\bNextAuth\s*\(|^[^\S\n]*export\s+const\s*\{\s*(?:GET|POST)\s*,\s*(?:GET|POST)\s*\}\s*=\s*handlers\b|\btoNextJsHandler\s*\(|\bhandleAuth\s*\(""",
       ("nextauth", "handlers", "tonextjshandler", "handleauth"), flags=re.M, exts={"js", "mjs", "cjs", "ts", "jsx", "tsx"}, classes=("code",),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# A Google Apps Script web app answering JSON: its doGet/doPost returning ContentService.createTextOutput(JSON.stringify(…)) set to
# ContentService.MimeType.JSON (issue 12, s40 fa40 = Cedrico59/signalement_travaux's Code.gs, a commune's works-reporting server)
signal("api.apps-script-json", r"""\bsetMimeType\([^\S\n]*ContentService[^\S\n]*\.[^\S\n]*MimeType[^\S\n]*\.[^\S\n]*JSON\b""", ("contentservice",),
       flags=0, exts={"gs", "js"}, classes=("code",), accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))


def _template_context(m) -> bool:
    """A dict returned by a Flask context processor (``@app.context_processor`` above its ``def``): variables given to every
    template the application renders, no JSON answered."""
    if not m.group(0).lstrip().startswith("return"):
        return False
    lines = m.string[max(0, m.start() - 4000): m.start()].splitlines()
    for n in range(len(lines) - 1, -1, -1):
        if lines[n].lstrip().startswith(("def ", "async def ")):
            above = [ln.strip() for ln in lines[max(0, n - 3): n]]
            return any(ln.startswith("@") and ln.endswith(("context_processor", "context_processor()")) for ln in above)
    return False


# A Go HTTP handler rendering a page (Fiber's or Echo's c.Render, Gin's c.HTML, html/template's Execute/ExecuteTemplate to the
# response) or answering JSON (c.JSON, c.JSONP, c.IndentedJSON, c.SendJSON, json.NewEncoder(w).Encode, a JSON content type): a Go
# server whose handlers only render pages serves a web application's pages, no API (interoperability.api-spec; issue 12, s39 fl39 =
# govpf/pwshare, a Fiber + Handlebars password-sharing application)
signal("api.go-render", r"""\b\w+\.(?:Render|HTML)\s*\(\s*(?:http\.Status\w+\s*,\s*|\d{3}\s*,\s*)?["`]|\.Execute(?:Template)?\s*\(\s*(?:w|rw|res|writer|c\.Response\(\)(?:\.Writer)?)\b""",
       ("render(", "html(", "execute"), flags=re.M, exts={"go"}, classes=("code",))
signal("api.go-json", r"""\b\w+\.(?:JSON|JSONP|IndentedJSON|SecureJSON|PureJSON|AsciiJSON|SendJSON|JSONPretty|JSONBlob)\s*\(|\bjson\.NewEncoder\s*\(\s*(?:w|rw|res|writer)\b|"""
       r"""["']application/(?:geo\+)?json["']|\bfiber\.MIMEApplicationJSON\b|\bMIMEApplicationJSON\b""",
       ("json",), flags=re.M, exts={"go"}, classes=("code",))


# A Java method answering the string its JSON mapper writes (a Lutece JSP bean's @Action polling an indexing status:
# `return _mapper.writeValueAsString( status )`): JSON answered to the back office's own page when in a JspBean (api-spec's page JSON)
signal("api.json-string", r"""^[^\S\n]*(return\s+[\w.]{1,60}\.writeValueAsString)\s*\(""", ("writevalueasstring",), flags=re.M,
       exts={"java"}, classes=("code",), group=1)

# JSON answered by a Tapestry application (api-spec reads Tapestry's pages as pages only without one): a Tapestry 4 component
# rendering JSON (IJSONRender's renderComponent(IJSONWriter …)), a Tapestry 5 event handler returning a JSONObject or a JSONArray
# (onSuggest…), a text stream answered as JSON. (Tapestry's IJSONWriter type named alone, a null writer source, answers nothing.)
signal("api.tapestry-json", r"""\bimplements\b[^{;]{0,200}\bIJSONRender\b|\brenderComponent\s*\(\s*(?:final\s+)?IJSONWriter\b|"""
       r"""^[^\S\n]*(?:(?:public|protected|private|static|final)[^\S\n]+)*(?:JSONObject|JSONArray)[^\S\n]+on[A-Z]\w*\s*\(|"""
       r"""\bnew\s+TextStreamResponse\s*\(\s*"(?:application|text)/json""",
       ("ijsonrender", "ijsonwriter", "jsonobject", "jsonarray", "textstreamresponse"), flags=re.M, exts={"java"}, classes=("code",))

# Accounts a framework signs people in with, set by configuration rather than by a sign-in page of the code (issue 12, s18 c1/c2):
# Spring Security's user declared in application.yml/properties (sipf/service-ws: `security: user: name: admin`, Boot 1's
# security.user.*, Boot 2's spring.security.user.*) or its form/HTTP Basic login, in-memory or JDBC users in a configuration class;
# a Payload CMS collection with `auth: true` (Birdiz/mairie-de-grandrupt: the back office's users, e-mail and password).
signal("auth.framework-accounts",
       r"""(?<![\w.-])(?:spring\.)?security\.user\.(?:name|password)(?=[^\S\n]*[=:])|^[ \t]*security:(?=[ \t]*\r?\n[ \t]+user:[ \t]*\r?\n[ \t]+(?:name|password):)"""
       r"""|\.(?:inMemoryAuthentication|jdbcAuthentication|formLogin|httpBasic)\(|\bimplements[^\S\n]+UserDetailsService\b""",
       ("security", "inmemoryauthentication", "jdbcauthentication", "formlogin", "httpbasic", "userdetailsservice"), flags=re.M,
       exts={"yml", "yaml", "properties", "java", "kt", "groovy"}, classes=("code", "config"), accept=lambda m: not switched_off(m))  # (not .httpBasic().disable(): login_switch)

signal("auth.payload-accounts", r"""^[ \t]*auth[ \t]*:[ \t]*(?:true\b|\{)""", ("collectionconfig",), flags=re.M,
       exts={"ts", "js", "mjs", "tsx"}, classes=("code", "config"))

# The sign-in providers an Auth.js / next-auth configuration imports other than its own accounts (Credentials, e-mail links,
# passkeys): `import Keycloak from "next-auth/providers/keycloak"`, @auth/core's, or a custom provider `type: "oidc"` / "oauth"
# (s19 e1: a commune's intranet with next-auth's Credentials alone was "standard authentication (OpenID Connect…)")
signal("auth.nextauth-provider",
       r"""(?:next-auth|@auth/core|@auth/sveltekit)/providers/(?!credentials\b|email\b|nodemailer\b|resend\b|sendgrid\b|postmark\b|passkey\b|webauthn\b|index\b)[\w-]+|\btype[^\S\n]*:[^\S\n]*["'](?:oidc|oauth)["']""",
       ("/providers/", "type"), exts={"ts", "js", "mjs", "cjs", "tsx", "jsx", "svelte"}, classes=("code", "config"))

# Positions read through a Java bean's accessors (plainecommune's DansMaRue workflow module: adresse.getLng( ), adresse.getLat( ),
# setLat( Double dLat ) — Lutece's fields are _dLat, _dLng, which geo.coordinates does not read): coordinates handled
signal("geo.coordinate-accessors", r"""\b(?:get|set)(Lat|Lng|Lon|Latitude|Longitude)\s*\(""", ("getlat", "getlng", "getlon", "setlat", "setlng", "setlon"),
       flags=0, exts={"java", "kt", "groovy", "scala", "cs"}, classes=("code",), group=1)

# A latitude and a longitude written side by side as the quoted keys of one record the code builds (a dict or an object literal:
# "location": {"latitude": item.get(…), "longitude": item.get(…)}, on one line or the next): positions the code writes into the
# records it serves or stores — geographic data exchanged, whatever draws them (issue 12, s46 fc46 = D-OTIsud/tourinsoftpars)
# (its values taken from data, not written as numbers: CENTRE = {'lat': 45.18, 'lng': 5.72} is a constant, a map's centre, no record)
signal("geo.coordinate-pair", r"""["'](lat|latitude)["'][^\S\n]*:(?![^\S\n]*[-+]?\.?\d)[^\n{}]{1,200}?,[^\S\n]*(?:\r?\n[^\S\n]*)?["'](?:lng|lon|long|longitude)["'][^\S\n]*:""",
       ("lat",), flags=re.I, classes=("code",), group=1)

# Rails' generated config/locales/en.yml, left as `rails new` wrote it (`en:` then `hello: "Hello world"` only; sipf/codespostaux-api):
# no text of the application translated (reusability.portability's i18n)
signal("i18n.rails-scaffold", r"""^en:[ \t]*\r?\n[ \t]+hello:[ \t]*["']Hello world["'][ \t]*(?:\r?\n)*\Z""", ("hello world",), flags=re.M,
       exts={"yml", "yaml"}, classes=("i18n", "config", "data", "other"))

# A map the project's own code draws as SVG (issue 12, s35 t35: mytae-lp/observatoire-potabilite's site/build_site.py reads its
# départements' GeoJSON, projects each ring's longitude and latitude with its own projeter(lon, lat) and writes them as the d of
# an SVG <path>): a <path> whose d the code fills (d="{…}", d="${…}", d="' + …, d="%s", setAttribute("d", …)) in a file that reads
# coordinates — a GeoJSON geometry's (g["coordinates"], feature.geometry.coordinates) or longitude/latitude pairs (a function of
# (lon, lat), a loop over them). An icon or a logo a program writes (a constant d, or one taken from a table of icons, in a file
# that reads no coordinates) is no map.
_OWN_SVG_COORDS = lazy_compile(
    r"""\[\s*["']coordinates["']\s*\]|\bgeometry\??\.coordinates\b|\.get\(\s*["']coordinates["']|"""
    r"""\b(?:def|function)\s+\w+\s*\(\s*(?:lon|lng|long|longitude)\s*,\s*(?:lat|latitude)\b|"""
    r"""\(\s*\[?\s*(?:lon|lng|longitude)\s*,\s*(?:lat|latitude)\s*\]?\s*\)\s*=>|"""
    r"""\bfor\s+\(?\s*(?:lon|lng|longitude)\s*,\s*(?:lat|latitude)\s*\)?\s+in\b|"""
    r"""\bfor\s*\(\s*(?:const|let|var)\s*\[\s*(?:lon|lng|longitude)\s*,\s*(?:lat|latitude)\s*\]\s*of\b""")


@functools.lru_cache(maxsize=8)
def _reads_coordinates(text: str) -> bool:
    return bool(_OWN_SVG_COORDS.search(text))


signal("geo.own-svg-map", r"""<path\b[^<>]{0,300}?\bd\s*=\s*\\?["']?\s*(?:\$?\{|["']\s*\+|%s)|\.setAttribute(?:NS)?\(\s*(?:null\s*,\s*)?["']d["']\s*,""",
       ("<path", "setattribute"), classes=("code", "template"), accept=lambda m: _reads_coordinates(m.string))

# A GPS receiver the code reads (issue 12, s40 fk40 = AtmoSud Module_Air: an Arduino sketch powering a SIM808's GPS with AT+CGPSPWR=1,
# waiting for its fix with AT+CGPSSTATUS? and reading the position with AT+CGPSINF=0): the modem's GPS commands (SIMCom AT+CGPS…/
# AT+CGNS…, Quectel AT+QGPS…), NMEA sentences parsed by name ("$GPRMC", "GNGGA"), or a GPS library (TinyGPS++, NeoGPS's NMEAGPS,
# Adafruit_GPS, pynmea2, gpsd's client): positions measured in WGS84 and handled by the code — geographic data, whatever draws them.
# (A "GPS" word in a comment or a label reads no receiver.)
signal("geo.gps-receiver", r"""(AT\+(?:CGPS|CGNS|QGPS)[A-Z]*|(?<![A-Za-z0-9])\$?G[PN](?:GGA|RMC|GLL)(?![A-Za-z0-9])|"""
       r"""\b(?:TinyGPS(?:Plus|\+\+)?|NMEAGPS|Adafruit_GPS|pynmea2|gpsd)\b)""",
       ("at+cgps", "at+cgns", "at+qgps", "gpgga", "gprmc", "gpgll", "gngga", "gnrmc", "gngll", "tinygps", "nmeagps", "adafruit_gps",
        "pynmea2", "gpsd"), flags=0, classes=("code",), group=1, accept=lambda m: not in_comment(m) and not in_block_comment(m))
