"""The signals matched by the ``textscan`` fact (reusability and interoperability families).

Each signal is a regex with literal hints (see :mod:`auditor.facts.textscan`). Keep patterns specific: they run on
every text file of the project. Never register a pattern that could keep a credential as its excerpt.

Longer than 400 lines: one registry of the signals, read in one place, so that two patterns of one signal never drift apart.
"""

from __future__ import annotations

import itertools
import re

from auditor.facts.scaling.signals import _in_docstring, in_block_comment, in_code_note, in_comment, in_server_directive
from auditor.facts.scaling.xml_identifiers import names_an_identifier
from auditor.facts.a11y_cues import UNTICKED as _UNTICKED, a11y_statement_cue  # (an unticked to-do: planned, not done)
from auditor.facts.access_codes import password_word
from auditor.facts.content_records import in_content_record
from auditor.facts.signal_registry import signal
from auditor.facts.django_answers import http_response_answers_data
from auditor.facts.ign_hosts import IGN_SERVICE_HOST
from auditor.facts.ldap_binds import service_bind
from auditor.facts.legal_crs import FRANCE as LEGAL, FRANCE_PROJECTED as LEGAL_PROJECTED, PROJ4
from auditor.facts.format_signals import IDP_PAGE, field_not_prose, in_account_name, in_attribution, in_json_prose, in_page_link, in_prose_string, local_sign_in, not_frictionless_prose, not_idp_page, platform_name_in_page_text, _PLATFORM_NAME
from auditor.facts.mention_filters import in_metadata_keyword, sample_file_in_main_demo
from auditor.facts.territory_hosts import WORD_CITIES
from auditor.facts.territory_values import (CITY_NAMES, _COMMENT_START, _EXAMPLE_WORDS, _SVG_MARKERS, _line_of, corner_of_a_wide_extent, france_box,
                                            in_base64 as _in_base64, in_code as _in_code, in_sql, is_package_metadata, national_centre, _AUTHORSHIP, no_sign_in,
                                            api_docs_link)
from auditor.lazyre import lazy_compile
from auditor.safejson import loads as _json_loads

CODE = ("code", "template", "config", "other", "style")
PLACES = ("code", "template", "config", "other")



_SCHEMA_WORDS = ("required", "additionalProperties", "$defs", "definitions", "$ref", "patternProperties")


def json_schema_shape(text: str) -> bool:
    """The JSON document is an object schema by its structure: "type": "object", "properties" whose values are schemas (a type, a
    $ref, an enum…) and a schema keyword beside them; no OpenAPI/Swagger/AsyncAPI document (their schemas are an API's)."""
    try:
        doc = _json_loads(text)
    except ValueError:
        return False
    if not isinstance(doc, dict) or doc.get("type") != "object" or {"openapi", "swagger", "asyncapi"} & doc.keys():
        return False
    props = doc.get("properties")
    return (isinstance(props, dict) and bool(props) and all(isinstance(v, dict) for v in props.values())
            and any({"type", "$ref", "enum", "oneOf", "anyOf"} & v.keys() for v in props.values()) and any(k in doc for k in _SCHEMA_WORDS))


def in_france(lat: float, lon: float) -> bool:
    return france_box(lat, lon) is not None


_PLACEHOLDER_NAME = lazy_compile(r"\b(test|tests|exemple|example|demo|démo|dummy|sample|fictive?|fictif|toto|foo|xx+|ma commune|votre)\b", re.I)


# "Grand" names a territory only before a place ("Grand Lyon", "Grand Est", "Grand Poitiers"): "Grand
# Quartier" (a tram stop), "Grand Prix" or "Grand Théâtre" name no local government.
GRAND_TERRITORIES = {"Est", "Paris", "Lyon", "Albigeois", "Narbonne", "Cognac", "Chalon", "Auch", "Orly", "Figeac", "Sénonais",
                     "Villeneuvois", "Dax", "Châtellerault", "Chatellerault", "Guéret", "Lac", "Annecy", "Genève", "Geneve", "Bourg",
                     "Nouméa", "Noumea", "Sud Caraïbe", "Montauban", "Besançon", "Nancy", "Reims", "Dijon", "Chambéry", "Avignon",
                     "Angoulême", "Calais", "Périgueux", "Cahors", "Poitiers", "Belfort", "Troyes", "Verdun", "Villeneuve"}


# a town hall named by its role for the person, not by a place: the birthplace's, the home's, the place of marriage or death ("Mairie
# du Lieu de Naissance" heading a row of a commune site's table of civil-status procedures, "Mairie du domicile", "Mairie de
# résidence", "Mairie du lieu du mariage"): any commune, the one the reader's own record names (issue 12, s45 ff45 = LexaeART/villeinfo)
_ROLE_TOWN_HALL = lazy_compile(r"^(?:Ville|Mairie|Commune)\s+(?:du|de la|de|des|d['’])\s*(?:(?:votre|son|sa|leur)\s+)?(?:lieu|domicile|r[ée]sidence|naissance|"
                               r"d[ée]c[èe]s|mariage|rattachement|situation|l['’]?(?:[ée]v[ée]nement|acte|int[ée]ress[ée]e?|enfant|d[ée]funte?|"
                               r"demandeur|demandeuse))\b", re.I)


def _real_name_in_code(m) -> bool:
    """A territory's name written in code that is not a placeholder ("Communauté d'Agglomération de Test")."""
    name = m.group(1)
    if _ROLE_TOWN_HALL.match(name):
        return False
    if name.startswith("Grand "):
        rest = name[6:].strip()
        if not any(rest == t or rest.startswith(t + " ") or rest.startswith(t + "-") for t in GRAND_TERRITORIES | set(CITY_NAMES)):
            return False
    # "Ville de X", "Mairie de X" name X; with no "de", the word after a town hall's is a commune's name only when it is one
    # (a title "Mairie Tarification", "Commune Actualités" names no authority; "Mairie Saint-Herblain" does)
    bare = _BARE_TOWN_HALL.match(name)
    from auditor.facts.territory_hosts import known_commune, known_departement

    if bare and not (known_commune(bare.group(1).strip()) or "-" in bare.group(1)):
        return False
    # (so with a département: "Département de la Gironde", "Département Gironde" name it; "Département PAOT", "Département Pilote
    # PAOT" — a dataframe's column of the plan's département — name none; issue 12, s35 ac35)
    bare = _BARE_DEPARTEMENT.match(name)
    if bare and not known_departement(bare.group(1).strip()):
        return False
    return _in_code(m) and not _PLACEHOLDER_NAME.search(name) and not _PRODUCT_NAME.match(name.strip()) \
        and not _AUTHORSHIP.search(_line_of(m)[: m.start() - m.string.rfind("\n", 0, m.start()) - 1]) \
        and not in_content_record(m)  # (an artwork's title in a quiz's list of cartels: content, issue 12, s42 fp42)


def _domain_in_code(m) -> bool:
    """A local government's domain written in code, not the author's e-mail of a module's metadata (__email__ = "…@grandest.fr")."""
    # (nor a namespace, an Alfresco content model's URI = "http://cd59.fr/model/actes/1.0." given to its QNames: a name, nothing fetched)
    # (nor an API description's link to its external documentation, @ExternalDocs(url = "https://<the software's wiki>/…"))
    return _in_code(m) and not is_package_metadata(m) and not api_docs_link(m) and not _GENERIC_HOST.match(m.group(1)) \
        and not names_an_identifier(m)


# the bare word of a kind of authority as the whole domain (a CMS for communes' contact@mairie.fr, admin@mairie.fr): a placeholder
# address that names no place, unlike mairie-saint-maur.fr or ville-rennes.fr
_GENERIC_HOST = lazy_compile(r"(?:www\.)?(?:mairie|ville|commune|communaute|departement|region|territoire|metropole|agglo|agglomeration|collectivite)\.[a-z]+$", re.I)
_BARE_TOWN_HALL = lazy_compile(r"^(?:Ville|Mairie|Commune) (?!de |du |des |d'|d’)(.+)$")
_BARE_DEPARTEMENT = lazy_compile(r"^(?:Département|Conseil départemental) (?!de |du |des |d'|d’)(.+)$")
# a kind of authority followed by a software word, no place: a product's name ("Mairie CMS", the admin layout's title of a CMS for communes)
_PRODUCT_NAME = lazy_compile(r"^(?:Ville|Mairie|Commune) (?:CMS|ENT|SIG|API|App|Admin|Connect|Manager|Portail|Portal|Intranet|Extranet|Web|Online|"
                             r"Dashboard|Back[- ]?office)$")
# the fallback of a settings lookup (setting('city', 'Paris'), get_option('ville', 'Lyon'), os.environ.get("CITY", "Rennes")): the place
# the settings replace, shown only while they are empty
_SETTING_DEFAULT = lazy_compile(r"""\b(?:setting|settings|config|get_?option|get_?setting|option|getenv|env|environ\.get|get)\s*\(\s*['"][\w.-]{1,60}['"]\s*,\s*$""", re.I)


# what makes a name that is also an English word the place (territory_hosts.WORD_CITIES): on its line, a postcode or a département's
# number in brackets, a word of a place or an authority (commune, ville, city, town, mairie, département…) or of a French address
_PLACE_CUE = lazy_compile(r"(?<!\d)(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97\d)\d{3}(?!\d)|\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97\d)\)|"
                          r"\b(?:communes?|villes?|city|cities|towns?|municipalit(?:y|ies|é|e)|mairie|agglo|m[ée]tropole|d[ée]partements?|"
                          r"departments?|pr[ée]fecture|r[ée]gion|localit(?:y|é)|territoire|territory|insee|code_?postal|postcode|adresse|"
                          r"address|rue|avenue|boulevard|chemin|france)\b", re.I)


_KNOWN_CITIES = frozenset(n.lower().replace(" ", "-") for n in CITY_NAMES)


def _welcomed_place(m) -> bool:
    """A place welcomed by name in a string ("Bienvenue à Forcalquier", "Welcome to Nice") that :data:`CITY_NAMES` does not hold: a
    commune the tool knows (:func:`territory_options.known_place`), or a name beside a territory cue on its line or the two above (the
    INSEE code of a ``case '04088':`` label choosing the page's greeting) — a small commune no list holds, or one whose name is also
    a word (Nice, Tours), named where the code was written for it (issue 12, s46 fd46)."""
    from auditor.facts.territory_options import known_place

    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    for _ in range(2):
        start = s.rfind("\n", 0, max(0, start - 1)) + 1 if start else 0
    end = s.find("\n", m.end())
    around = s[start:m.start()] + " " + s[m.end():len(s) if end == -1 else end]
    return known_place(m.group(1)) or bool(_PLACE_CUE.search(around))


def _city_in_code(m) -> bool:
    """A city's name written in code, not the fallback of a settings lookup, nor one member of a referential of places (see
    :func:`referential_member`); a name that is also an English word (``QLabel("Gap")``) only beside a territory cue (:data:`_PLACE_CUE`);
    a place welcomed by a name no list holds only as :func:`_welcomed_place` says."""
    if m.group(1).lower() in WORD_CITIES and not _PLACE_CUE.search(_line_of(m).replace(m.group(0), " ")):
        return False
    if m.group(1).lower().replace(" ", "-") not in _KNOWN_CITIES and not _welcomed_place(m):
        return False
    return _in_code(m) and not _SETTING_DEFAULT.search(m.string[max(0, m.start() - 120):m.start()]) and not referential_member(m)


# one member of a list of names written one a line, the same shape each: an enumeration's constants (PAPEETE = "Papeete"), a list's
# or a mapping's items ("Papeete",  /  "PPT": "Papeete",), a name capitalised, no path, address nor number
_MEMBER = lazy_compile(r"""^[ \t]*(?:[A-Za-z_]\w{0,60}[ \t]*[=:][ \t]*|['"][\w-]{1,20}['"][ \t]*:[ \t]*)?['"][A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{0,60}['"][ \t]*,?[ \t]*(?:#[^\n]*)?$""")
_SKIPPED_LINE = lazy_compile(r"^[ \t]*(?:#[^\n]*|//[^\n]*)?$")
MIN_MEMBERS, MAX_MEMBER_LINES = 10, 2000


def referential_member(m) -> bool:
    """The name is one member of :data:`MIN_MEMBERS` or more sibling lines of the same shape (:data:`_MEMBER`, blank and comment lines
    between them skipped): a referential listing the places of a territory (an OpenFisca package's enumeration of the 48 communes of
    French Polynesia, PAPEETE = "Papeete" among them), not the one town the code was written for — whether the gazetteer knows the other
    names or not (issue 12, s38 fn38 = govpf/openfisca-pf). Bounded: :data:`MAX_MEMBER_LINES` lines each way."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    end = len(s) if end == -1 else end
    if not _MEMBER.match(s[start:end]):
        return False
    members = 1
    for step in (-1, 1):
        a, b, seen = start, end, 0
        while members < MIN_MEMBERS and seen < MAX_MEMBER_LINES:
            if step < 0:
                if a == 0:
                    break
                b = a - 1
                a = s.rfind("\n", 0, b) + 1
            else:
                if b >= len(s):
                    break
                a = b + 1
                b = s.find("\n", a)
                b = len(s) if b == -1 else b
            seen += 1
            line = s[a:b]
            if _MEMBER.match(line):
                members += 1
            elif not _SKIPPED_LINE.match(line):
                break
    return members >= MIN_MEMBERS


def _local_point(a: float, b: float) -> bool:
    for lat, lon in ((a, b), (b, a)):
        if in_france(lat, lon) and not national_centre(lat, lon):
            return True
    return False


def _accept_pair(m) -> bool:
    try:
        a, b = float(m.group(1)), float(m.group(2))
    except (TypeError, ValueError):
        return False
    line = _line_of(m).lower()
    if any(k in line for k in _SVG_MARKERS) or not _in_code(m):
        return False
    return _local_point(a, b) and not corner_of_a_wide_extent(line, a, b)


def _accept_bbox(m) -> bool:
    try:
        x1, y1, x2, y2 = (float(m.group(i)) for i in (1, 2, 3, 4))
    except (TypeError, ValueError):
        return False
    # [minLon, minLat, maxLon, maxLat] or [[lat, lon], [lat, lon]]: both corners in France, a local span
    if not (_local_point(x1, y1) or _local_point(x2, y2)):
        return False
    if not _in_code(m):
        return False
    spans = (abs(x2 - x1), abs(y2 - y1))
    corners_fr = (in_france(y1, x1) and in_france(y2, x2)) or (in_france(x1, y1) and in_france(x2, y2))
    return corners_fr and max(spans) < 4.0

# -- configuration: settings read from the environment (not what mod_ssl/mod_rewrite say of a PHP page's request: SSL_CLIENT_CERT) --
signal("env.read",
       r"""(?<![\w.])(?:os\.)?environ\.get\(\s*['"]([A-Za-z][A-Za-z0-9_-]{1,60})['"]|(?<![\w.])(?:os\.)?environ\[\s*['"]([A-Za-z][A-Za-z0-9_-]{1,60})['"]|os\.getenv\(\s*['"]([A-Za-z][A-Za-z0-9_-]{1,60})['"]"""
       r"""|\benv(?:\.(?:str|bool|int|list|url|db|float|json|path))?\(\s*['"]([A-Z][A-Z0-9_]{1,60})|\bconfig\(\s*['"]([A-Z][A-Z0-9_]{1,60})['"]"""
       r"""|process\.env\.([A-Z][A-Z0-9_]{1,60})|process\.env\[\s*['"]([A-Z][A-Z0-9_]{1,60})|import\.meta\.env\.([A-Z][A-Z0-9_]{1,60})"""
       # (SvelteKit's $env/dynamic modules: `import { env } from "$env/dynamic/private"` then env.PRIVATE_NOTION_TOKEN, env.PUBLIC_PASSWORD; names destructured from the environment: `const { VITE_API_URI, VITE_AXIOS_TIMEOUT } = import.meta.env`, `const { DB_HOST } = process.env`; not the local name of `{ npm_package_version: VERSION }`)
       # (and its $env/static modules, the names imported: `import { PUBLIC_POCKETBASE_URL } from '$env/static/public'`; any name of
       # env.X where the file imports $env/dynamic: `env.DATABASE_URL` from "$env/dynamic/private")
       r"""|(?<![\w.$])env\.([A-Z][A-Z0-9_]{1,60})|(?<=[{,\s])(?<!:\s)[A-Z][A-Z0-9_]{1,60}\b(?=[\w\s,:]{0,300}\}\s*(?:=\s*(?:import\.meta|process)\.env\b|from\s*['"]\$env/static/))"""
       r"""|getenv\(\s*['"]([A-Z][A-Z0-9_]{1,60})|\$_(?:ENV|SERVER(?![ \t]*\[[ \t]*['"](?:SSL_|REDIRECT_|UNIQUE_ID['"])))\[\s*['"]([A-Z][A-Z0-9_]{1,60})|%env\((?:[a-z]+:)*([A-Z][A-Z0-9_]{1,60})\)%"""
       r"""|\bENV(?:\.fetch\(|\[)\s*['"]([A-Z][A-Z0-9_]{1,60})|os\.Getenv\(\s*"([A-Z][A-Z0-9_]{1,60})|System\.getenv\(\s*"([A-Za-z][A-Za-z0-9_]{1,60})"""
       r"""|System\.(?:get_env|fetch_env!?)\(\s*"([A-Z][A-Z0-9_]{1,60})|\benv::var(?:_os)?\(\s*"([A-Z][A-Z0-9_]{1,60})"""  # (not Rust's env!("CARGO_PKG_NAME"): read by the compiler, at build time)
       # (python-dotenv's dotenv_values(".env")["SERVICE_ACCOUNT"], .get("API_KEY"): a setting read from the deployment's .env file)
       r"""|\bdotenv_values\([^()\n]{0,120}\)[ \t]*(?:\[[ \t]*['"]([A-Z][A-Z0-9_]{1,60})['"]|\.get\([ \t]*['"]([A-Z][A-Z0-9_]{1,60})['"])"""
       # (a Ruby wrapper object of one variable, built with its name: Decidim's Decidim::Env.new("SMTP_ADDRESS").to_s,
       # Decidim::Env.new("SMTP_PORT", 587).to_i in config/environments/production.rb and the ERB of config/storage.yml — issue 12, s47 fd47)
       r"""|(?<![\w.:])(?:[A-Z]\w{0,40}::)*Env\.new\([ \t]*['"]([A-Z][A-Z0-9_]{1,60})['"]""",
       ("environ", "getenv", "env(", "env.", "env::var", "config(", "process.env", "import.meta.env", "$_env", "$_server", "%env(", "env[", "env.fetch", "get_env", "fetch_env",
        "dotenv_values", "$env/static"),
       flags=0, classes=CODE,  # a commented-out line or a /* … */ block (console.log(process.env.FRONT_PATH)) reads nothing,
       # nor does a write (os.environ['USE_PYGEOS'] = '0', process.env.TZ = 'UTC')
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and not in_block_comment(m) and not _ENV_WRITE.match(m.string, m.end())
       and _sveltekit_env(m))


def _sveltekit_env(m) -> bool:
    """A bare ``env.X`` is SvelteKit's: PUBLIC_/PRIVATE_ names, or any name in a file importing ``$env/dynamic/…`` (not a
    template's or a script's object named env)."""
    read = m.group(0)
    return not (read.startswith("env.") and read[4:5].isupper()) or read[4:].startswith(("PUBLIC_", "PRIVATE_")) or "$env/dynamic/" in m.string


# (and a default given by a logical assignment, `process.env.WRANGLER_LOG_PATH ??= ".wrangler/logs"`, Ruby's `ENV["X"] ||= "…"`: the
# code sets the variable for a tool it starts, s24 a24)
_ENV_WRITE = lazy_compile(r"""['"]?[ \t]*(?:\][ \t]*)?(?:\?\?|\|\||&&)?=(?![=~>])""")  # (not [ \t]*\]?[ \t]*: n² ways to split a run of blanks)
# syslog-ng's configuration ("@version: 3.13" first): ${ISODATE}, ${LEVEL} are macros of each log message, not settings
_SYSLOG_NG = lazy_compile(r"\A(?:\s*#[^\n]*\n|\s*\n)*\s*@version:\s*\d")
_ROOM_SCHEMA = lazy_compile(r"""\A\s*\{\s*"formatVersion"\s*:\s*\d+\s*,\s*"database"\s*:\s*\{\s*"version"\s*:\s*\d+\s*,\s*"identityHash"\s*:""")

# ${VAR} / ${VAR:default} in Spring properties, compose files, Helm values, nginx templates, ${?VAR} in HOCON (application.conf)
# (not in an Android app's Room schema export, app/schemas/<database class>/1.json: "createSql": "CREATE TABLE … `${TABLE_NAME}`"
# is Room's own placeholder for the table, written by its annotation processor)
# (and MkDocs' !ENV tag, `property: !ENV GOOGLE_ANALYTICS_KEY`, `!ENV [SITE_URL, 'https://…']`: the configuration's value read from the
# environment when the site is built — s38 fm38)
signal("env.placeholder", r"""\$\{\??([A-Z][A-Z0-9_]{2,60})(?::-?[^}]*)?\}|(?<![\w!])!ENV[ \t]+\[?[ \t]*['"]?([A-Z][A-Z0-9_]{2,60})\b""", ("${", "!env"), flags=0, classes=("config", "other"),
       exts={"properties", "yml", "yaml", "toml", "conf", "ini", "env", "json", "xml", "tpl", "template"},
       accept=lambda m: not _SYSLOG_NG.match(m.string) and not _ROOM_SCHEMA.match(m.string))

# -- territory-specific values hard-coded (checked further in the territory-neutral check) ----------
# a code compared only to be replaced by another commune's code (R's ifelse(insee == "27676", "27058", insee), SQL's
# CASE WHEN insee = '27676' THEN '27058', a ternary's insee === "27676" ? "27058" : insee): an old code mapped to the commune that
# absorbed it, a correction of the official geographic code (COG) applied to national data, not a territory the code serves
_CODE_REPLACED = lazy_compile(r"""['"]?\s*(?:,|\bTHEN\b|\?)\s*['"]\d[0-9AB]\d{3}['"]""", re.I)


def _code_corrected(m) -> bool:
    """The INSEE code matched is an old one mapped, on the spot, to another commune's code (see _CODE_REPLACED)."""
    # (never a list's next item: BORDEAUX_METRO_INSEE_CODES = ["33449", "33063", …], one area's communes; ifelse's ',' follows '==')
    after = _CODE_REPLACED.match(m.string, m.end())
    return (not re.search(r"\bin\b|\[", m.group(0)) and after is not None
            and ("==" in m.group(0) or not after.group(0).lstrip("'\" \t\r\n").startswith(",")))


# the expression a switch branches on, named for a commune's INSEE code (switch ($code_insee), switch (insee), switch (codeCommune))
_SWITCH = lazy_compile(r"\bswitch[ \t]*\([ \t]*([^(){};\n]{1,80})\)[ \t\r\n]*\{")
_CODE_NAMED = lazy_compile(r"(?:code_?insee|insee_?code|\binsee\b|insee_[a-z]|codes?_?communes?|codecommune|citycode|city_code|cog_?code|communes?_?codes?)", re.I)


def _switch_on_code(m) -> bool:
    """The case label is one of a switch whose expression is named for an INSEE code, the switch's block still open at the label
    (the last switch of the 6,000 characters before it)."""
    window = m.string[max(0, m.start() - 6000):m.start()]
    last = None
    for last in _SWITCH.finditer(window):
        pass
    if last is None or not _CODE_NAMED.search(last.group(1)):
        return False
    body = window[last.end():]
    return body.count("{") + 1 > body.count("}")


signal("territory.insee",
       # (R's assignment and vector too: listeCodesCommune <- c(33003, 33004, …), one territory's communes; a plural name)
       r"""(?:(?:code_?insee|insee_?code|insee_[a-z][a-z0-9]{0,19}|insee|codes?_?communes?|codecommune|citycode|city_code|cog_?code|communes?_?codes?|code_?postal_?insee)(?:['"]?[)\]]?\s*(?:[:=]|==|===|!=|=>|<<?-|\bin\b|\|\||\?\?|\bor\b)\s*(?:\[|\bc\()?\s*['"]?"""
       # (or a key and its value given to a call: url.searchParams.append("citycode", "06004"), params.set('code_insee', '35238'))
       r"""|['"]\s*,\s*['"](?=\d[0-9AB]\d{3}['"])"""
       # (or a query string's filter, its "=" URL-encoded: ?where=codecommuneetablissement%3D35238%20AND%20…, an Opendatasoft search)
       r"""|[a-z_]{0,24}%3[DA](?:%2[27])?)"""
       # (or a case label of a switch on the code, `switch ($code_insee) { case '06088': … }`: one commune's branch, s45 fg45)
       r"""|(?<![\w$.])case[ \t]+['"](?=\d[0-9AB]\d{3}['"][ \t]*:))(\d[0-9AB]\d{3})(?!\d)""",
       ("insee", "commune", "citycode", "city_code", "cog"), classes=PLACES,
       accept=lambda m: _in_code(m) and not _code_corrected(m) and (not m.group(0)[:4].lower() == "case" or _switch_on_code(m)))
# (and nine digits in a constant named for an INSEE code, CODE_INSEE_RM = "243500139": an intercommunality's SIREN, no commune's code)
# (and the number spaced as INSEE prints it, 3-3-3 then the establishment's 5 digits, as a string of its own: siret: '210 700 254 00012',
# a commune's SIRET as a payslip's default employer; not within words a page shows, 'SIREN : 120 001 011' in a legal notice)
signal("territory.siren",
       r"""(?:siren|siret|code_?epci|epci_?code|codeepci|epci|epci_?siren|code_?insee_?\w{0,20})['"]?[)\]]?\s*(?:[:=]|==|===|!=|=>)\s*\[?\s*['"]?"""
       r"""(\d{9}(?:\d{5})?(?!\d)|(?<=['"])\d{3} \d{3} \d{3}(?: \d{5})?(?! ?\d))""",
       ("siren", "siret", "epci", "insee"), classes=PLACES, accept=lambda m: _in_code(m) and not placeholder_number(m.group(1).replace(" ", "")))
_FILLER = lazy_compile(r"(\d)\1{5}|123456789|987654321")


def placeholder_number(value: str) -> bool:
    """A number made to fill a field (00000000000001, 111111111, 123456789): six same digits in a row or a count, no body's number."""
    return bool(_FILLER.search(value))
# (and a constant named for what the département does to the code, DEPARTEMENT_LIMITER = '01', DEPARTEMENT_DEFAUT = '35': every
# import or view restricted to that one département)
signal("territory.departement",
       r"""(?:code_?dep(?:artement)?|dep(?:artement)?_?code|codedepartement|departement(?:_[a-z]{2,16})?|num_?dep)['"]?\s*(?:[:=]|==|===|=>)\s*['"](\d{2,3}|2[AB])['"]"""
       # (or the échelon named, then its code, as a call's two arguments: creation_bb_REF("DEP","33"), Gironde's bounding box; issue 12, s35 ac35)
       r"""|(?<![\w.])['"](?:dep|dept|dpt|d[ée]partement)['"]\s*,\s*['"](?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])['"]""",
       ("dep",), classes=PLACES, accept=_in_code)
# A département's code in an API's address: a path segment (geo.api.gouv.fr/departements/95/communes) or a filter of the query
# string, URL-encoded or not (a WFS's CQL_FILTER=code_insee%3D%2795%27 on the ADMIN EXPRESS départements layer, ?code_dep='95'):
# the data the code asks for is one département's (the excerpt is the code: one département asked twice is one value)
signal("territory.departement-url",
       r"""(?:(?<![\w.-])d[ée]partements?/|(?<![\w.])(?:code_?insee|insee_?dep|code_?dep(?:artement)?|dep(?:artement)?_?code|num_?dep|d[ée]partement|dep)"""
       r"""(?:%3D|=)(?:%2[27]|['"])?)(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?=%2[27]|['"`/?&#]|$)""",
       ("departement", "département", "dep"), flags=re.I | re.M, classes=PLACES, group=1, accept=lambda m: _in_code(m) and _in_address(m))


def _in_address(m) -> bool:
    """The match is inside an address: the string it is in holds a path or a query string before it ("https://…/departements/",
    "…?…&CQL_FILTER=")."""
    s = m.string
    start = max(s.rfind("\n", 0, m.start()) + 1, m.start() - 400)
    before = s[start:m.start() + 1]
    quote = max(before.rfind(q) for q in "\"'`")
    literal = before[quote + 1:] if quote >= 0 else before
    return "/" in literal or "?" in literal or "&" in literal


# SQL filters that keep one territory: LEFT(code_insee, 2) = '35', substr(insee, 1, 2) IN ('22', '29'),
# code_dep = '35', insee_reg = '53' (a data model's views and quality checks, whatever the file's folder; pg_dump quotes "left"(…))
signal("territory.sql-filter",
       r"""("?(?:left|substr(?:ing)?)"?\s*\(\s*[\w."]*(?:insee|com|commune|depcom|code_?geo)[\w"]*\s*(?:,\s*1\s*)?,\s*[23]\s*\)\s*(?:=\s*'(?:\d{2,3}|2[AB])'|in\s*\(\s*'(?:\d{2,3}|2[AB])')"""
       r"""|[\w."]*(?:code_?dep(?:artement)?|insee_?dep|dep(?:artement)?_?code|num_?dep|code_?reg(?:ion)?|insee_?reg|reg(?:ion)?_?code|num_?reg(?:ion)?)[\w"]*\s*(?:=\s*'(?:\d{2,3}|2[AB])'|in\s*\(\s*'(?:\d{2,3}|2[AB])')"""
       r"""|[\w."]*(?:insee|commune|depcom|code_?geo)[\w"]*(?:::\w+)?\s*(?:~~\*?|i?like)\s*'(?:\d{2}|2[AB])%'|(?<![\w.])"?(?:dep|dpt|dept|d[ée]part[e]?ment|reg|r[ée]gion)"?\s*(?:=|in\s*\()\s*'(?:\d{2,3}|2[AB])'|[\w."]*(?:insee|codgeo|code_?geo)[\w"]*\s*=\s*'(?:\d{2}|2[AB])')""",  # LIKE '80%'; dep in ('80', …); code_insee = '93' (2 digits: a région's or département's)
       ("left", "substr", "dep", "dpt", "reg", "like", "~~", "insee", "geo"), exts={"sql", "pgsql", "plpgsql", "psql", "vrt"}, accept=in_sql)
# SQL comparisons with given municipalities' INSEE codes: v.insee = ANY (ARRAY['60023'::bpchar, …]),
# code_commune IN ('35238', '35047'), insee = '60159' (a view classing one EPCI's communes). Paris, Lyon and
# Marseille's codes and arrondissements are a national rule (every reuser handles them), not one territory.
_PLM = lazy_compile(r"^(75056|69123|13055|751\d\d|6938\d|132\d\d)$")
signal("territory.sql-insee",
       r"""(?:[\w."]*(?:insee|code_?commune|codecommune|depcom|codgeo|code_?geo|code_?com|com_?code)[\w"]*(?:::\w+)?\s*"""
       r"""(?:=\s*any\s*\(\s*(?:array\s*\[\s*)?|in\s*\(\s*|=\s*)"""
       # or a list of three codes or more, whatever computes the value compared ("(select insee from … where …) IN ('60023','60067',…)")
       r"""|(?<![\w.])in\s*\(\s*(?=(?:'\d[0-9AB]\d{3}'\s*,\s*){2}'\d[0-9AB]\d{3}'))'(\d[0-9AB]\d{3})'""",
       ("insee", "commune", "depcom", "codgeo", "code_geo", "codegeo", "code_com", "codecom", "com_code", "in (", "in("),
       exts={"sql", "pgsql", "plpgsql", "psql"}, group=1, accept=lambda m: in_sql(m) and not _PLM.match(m.group(1)))
signal("territory.coords",
       r"""(?<![\w.])(-?\d{1,3}\.\d{3,})\s*,\s*(-?\d{1,3}\.\d{3,})(?![\d.])""",
       (".",), classes=PLACES, accept=_accept_pair)
signal("territory.latlng",
       # (on one line, or the next line of the same object: "lat: 50.4727273438818,\n lon: 2.71490430425517")
       r"""\blat(?:itude)?['"]?\s*[:=]\s*(-?\d{1,2}\.\d{2,})\b(?:.{0,80}?|,?[ \t]*\r?\n[ \t]*['"]?)\b(?:lng|lon|long|longitude)['"]?\s*[:=]\s*(-?\d{1,3}\.\d{2,})""",
       ("lat",), classes=PLACES, accept=_accept_pair)
# (or copied into a C buffer named for its axis, a sensor's fallback position when its GPS gets no fix: strcpy(longitude, "5.374090");
# then strcpy(latitude, "43.300816"); on the next line — the same pair of a place, written as strings; issue 12, s40 fk40 = AtmoSud
# Module_Air. Both axes must be named, one latitude and one longitude, each given its own literal.)
_COPY_INTO = r"""\b(?:strn?cpy|strlcpy|s?n?printf)\s*\(\s*[\w.>-]*?(lat(?:itude)?|lon(?:g(?:itude)?)?|lng)\w{0,12}\s*,\s*(?:sizeof\s*\(?\s*\w+\s*\)?\s*,\s*)?"(-?\d{1,3}\.\d{3,})"\s*\)"""


def _accept_copied_pair(m) -> bool:
    axes = (m.group(1).lower()[:2], m.group(3).lower()[:2])
    if sorted(axes) not in (["la", "lo"], ["la", "ln"]):
        return False
    lat, lon = (m.group(2), m.group(4)) if axes[0] == "la" else (m.group(4), m.group(2))
    try:
        return _in_code(m) and in_france(float(lat), float(lon)) and _local_point(float(lat), float(lon))
    except ValueError:
        return False


signal("territory.latlng-copied", _COPY_INTO + r"""\s*;[^\n]{0,120}\r?\n[^\n]{0,40}?""" + _COPY_INTO,
       ("strcpy", "strncpy", "strlcpy", "printf"), classes=PLACES, accept=_accept_copied_pair)
signal("territory.bbox",
       r"""\b(?:bbox|bounds|maxbounds|max_bounds|extent|bounding_?box|boundingbox)\w*['"]?\s*[:=(]\s*[\[(]?.{0,6}?(-?\d{1,3}\.\d+)\s*,\s*\[?\s*(-?\d{1,3}\.\d+)\s*\]?\s*,\s*\[?\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)""",
       ("bbox", "bounds", "extent", "bounding"), classes=PLACES, accept=_accept_bbox)
# (overseas too: a collectivité's domain under its territory's own top-level domain, contact@collectivitedemartinique.mq, cd974.re,
# ville-saint-pierre.re; the collectivités uniques' "collectivite…" names, issue 12, s35 m35 = oussama-USTS/collectivit-martinique)
signal("territory.domain",
       r"""(?:@|://|\bwww\.)((?:[a-z0-9-]+\.)*(?:ville-[a-z-]+|mairie-?[a-z-]*|[a-z-]*metropole[a-z-]*|[a-z-]*-?agglo[a-z-]*|agglomeration-[a-z-]+|cc-[a-z-]+|communaute-?[a-z-]*|cu-[a-z-]+|grand-?[a-z]+|departement-?[a-z0-9-]*|cd\d{2,3}|cg\d{2,3}|sdis-?(?:\d{2,3}|2[ab])|region-?[a-z-]+|collectivite-?[a-z-]*|(?:[a-z-]*-)?territoire(?:-[a-z-]+)?|paris|lyon|marseille|toulouse|nice|nantes|montpellier|strasbourg|bordeaux|lille|rennes|reims|grenoble|dijon|angers|nimes|brest|tours|amiens|limoges|metz|besancon|perpignan|orleans|rouen|caen|nancy|poitiers|pau|brest|annecy|chambery|valence|avignon|rochelle|larochelle|lorient|vannes|quimper|niort|lemans|le-mans|mulhouse|clermont-?ferrand|saint-?etienne|toulon|aix-?en-?provence|villeurbanne|argenteuil|montreuil|roubaix|tourcoing|nanterre|vitry-?sur-?seine|creteil|versailles|colmar|troyes|lannion|plouzane)\.(?:fr|bzh|alsace|corsica|paris|eu|re|gp|mq|gf|yt|pm|nc|pf|wf|bl|mf))\b""",
       (".fr", ".bzh", ".paris", ".alsace", ".corsica", ".eu", ".re", ".gp", ".mq", ".gf", ".yt", ".pm", ".nc", ".pf", ".wf", ".bl", ".mf"),
       classes=PLACES, accept=_domain_in_code)
# (after a quote or a tag's ">", never an arrow's: "# Alsace => Grand Est" maps a former region to its new one in a comment; up to the
# string's or the tag's end, or a page title's separator: <title>Mairie de Gironville-sur-Essonnes | Actualités</title>)
# (after a site's acronym and a title's separator, or a logo's alternative text: <title>CTM - Collectivité Territoriale de
# Martinique</title>, alt="Logo Collectivité Territoriale de Martinique", alt="Logo de la Ville de Rennes")
_AUTHORITY_NAME = (
       r"""(?:['"`]|(?<![=-])>)\s*(?:[A-Z]{2,8}[ \t]+[-–—|:][ \t]+|[Ll]ogo[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l'|du[ \t]+|de[ \t]+)?)?((?:Ville|Mairie|Commune|Métropole|Metropole|Communauté (?:de communes|d'agglomération|urbaine)|Agglomération|Département|Conseil départemental|Région|Eurométropole|Grand) (?:de |du |des |d'|de la )?[A-ZÉÈ][\w'’ -]{2,40}"""
       # (or in capitals, a document's heading, "VILLE DE CROSNE" on a PDF's banner: the preposition then says a place follows)
       # (or a collectivité unique's or overseas collectivité's: "Collectivité de Corse", "Collectivité Territoriale de Martinique",
       # "Collectivité territoriale de Guyane", "Collectivité européenne d'Alsace" — with its preposition: "Collectivité partenaire" names none)
       r"""|Collectivit[ée](?: [Tt]erritoriale| [Ee]urop[ée]enne| d'[Oo]utre-[Mm]er)? (?:de la |de l'|de |du |des |d'|d’)[A-ZÉÈÎ][\w'’ -]{2,40}"""
       # (a métropole's, an agglomeration's or a communauté's name in capitals too, a banner's "MÉTROPOLE DE LYON — DIRECTION EAU";
       # issue 12, s37 fh37 = Gemapi69/Surveillance-Digue-V3)
       r"""|(?:VILLE|MAIRIE|COMMUNE|M[ÉE]TROPOLE|EUROM[ÉE]TROPOLE|AGGLOM[ÉE]RATION|COMMUNAUT[ÉE] (?:DE COMMUNES|D'AGGLOM[ÉE]RATION|URBAINE)) """
       r"""(?:DE LA |DE L'|DE |DU |DES |D')(?!FRANCE\b)[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40})\s*(?:['"`<]|[|–—·] )""")
signal("territory.name", _AUTHORITY_NAME,
       ("ville", "mairie", "commune", "métropole", "metropole", "communauté", "agglomération", "département", "conseil départemental", "région", "grand ",
        "collectivité", "collectivite"),
       flags=0, classes=PLACES, accept=_real_name_in_code)


def _bare_small_town(m) -> bool:
    """A town hall's, a town's or a commune's name with no preposition whose one word is no commune the list holds ("Mairie Villeconin",
    a commune of 700 inhabitants; but "Mairie Tarification" too): what territory.name sets aside. Written in code, no placeholder."""
    from auditor.facts.territory_hosts import known_commune

    bare = _BARE_TOWN_HALL.match(m.group(1).strip())
    word = bare.group(1).strip() if bare else ""
    return bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,30}", word)) and not known_commune(word) and not _PRODUCT_NAME.match(m.group(1).strip()) \
        and _in_code(m) and not _PLACEHOLDER_NAME.search(m.group(1)) and not in_content_record(m)


# ... that bare name, a town hall's or a town's followed by a single unknown word ("Mairie Villeconin" as a footer's default text): the
# check and territory_name_echoes take it as the commune's when the repository names two files or more after that word (path_words:
# blason-villeconin.png, villeconin.pot), the site of that small commune; otherwise it names nothing ("Commune Actualités"; issue 12,
# s47 fh47 = pboettch/wp-villeconin-theme)
signal("territory.name-bare", _AUTHORITY_NAME, ("ville", "mairie", "commune"), flags=0, classes=PLACES, accept=_bare_small_town)

# ... and such a name anywhere inside a string literal or a tag's text: after a product's title and its separator, or in a sentence
# (a launcher's main() printing "Launcher BYOD - Métropole de Lyon", "Bienvenue sur le portail de la Ville de Rennes."): the authority
# the program was written for, which it shows or sends (issue 12, s36 k36 = TanguyJ44/Launcher-BYOD-Metropole-de-Lyon). Inside a
# sentence the place must be one: a commune's name (INSEE's, a large city's), a "Grand" territory, or capitalised words joined by
# hyphens ("Code Commune de Naissance" and "Métropole de France" name none); after "Communauté de communes", "Communauté
# d'agglomération", "Communauté urbaine" or "Collectivité de", the capitalised words of the body's own name ("Communauté de communes du
# Pays de Mormal"). (A département's council, territory.departement-sentence; a région, territory.region-text; "Lyon Métropole",
# territory.authority-name.)
_NAME_PREP = r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|du[ \t]+|des[ \t]+|d['’])"
_NAME_WORD = r"[A-ZÀ-ÝŒ](?:\w|['’](?=\w))*(?:-(?:\w|['’](?=\w))+)*"
_LINK_WORDS = frozenset({"sur", "sous", "en", "de", "du", "des", "la", "le", "les", "lès", "lez", "aux", "et", "d'", "l'"})
# what precedes the name on its line when the line is prose: a template's text between its tags, the lines of a multi-line string
# (a copyright notice shown in a page's footer opens the prose: "© 2025 Mairie de Saint-Symphorien • Annuaire Local"; issue 12, s38 fp38
# = adminnono/annuaire-mairie-saint-symphorien — a comment's copyright line stays out, by the comment tests)
_PROSE_BEFORE = lazy_compile(r"[ \t]*(?:(?:©|\([Cc]\)|[Cc]opyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?[ \t,.:;!?«»()–—-]*)?"
                             r"(?:[^\W\d_][\w'’]*[ \t,.:;!?«»()–—-]*)*")


def _in_text(before: str) -> bool:
    """What precedes a name on its line leaves it inside a string literal (an odd count of one kind of quote) or a tag's text, or
    is prose itself (a template's text between its tags)."""
    return (any(before.count(q) % 2 for q in "\"`'") or before.rfind(">") > max(before.rfind("<"), before.rfind("=>"), before.rfind("->"))
            or bool(_PROSE_BEFORE.fullmatch(before)))


# a person's name then a slash before the authority's: a speaker's or an author's affiliation in credits (a slide deck's "Adrien
# Sales/Ville de Noumea" under a talk's title), no value of the program
_AFFILIATION = lazy_compile(r"[A-ZÀ-Ý][\w'’&;#.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’&;#.-]*)+[ \t]*/[ \t]*$")


def commune_as_written(name: str) -> bool:
    """``name`` is a commune INSEE's COG knows, written as the COG does or as a page writes it: in capitals (DINAN, SAINT-MALO: Dinan,
    Saint-Malo) or with the apostrophe of a Polynesian name the COG leaves out (Faa'a: Faaa) (issue 12, s41 fj41)."""
    from auditor.facts.territory_hosts import known_commune

    forms = [name, re.sub(r"(?<=\w)['’](?=\w)", "", name)]
    if name.isupper():
        forms += [re.sub(r"[^\W\d_]+", lambda w: w.group(0).lower() if w.group(0).lower() in _LINK_WORDS and w.start() else w.group(0).capitalize(),
                         f) for f in forms]
    return any(known_commune(f) for f in forms)


def _place_of_authority(place: str) -> bool:
    if place.startswith("Grand "):
        rest = place[6:].strip()
        return rest in GRAND_TERRITORIES or commune_as_written(rest)
    parts = place.split("-")
    return commune_as_written(place) or (len(parts) > 1 and all(w[:1].isupper() or w in _LINK_WORDS for w in parts))


# a "Grand" territory named alone in a text ("Surveillance Digue — Grand Lyon", "les patrouilleurs de Grand Lyon"): the agglomeration's
# own name when a large city or a known Grand territory follows — not the région Grand Est (territory.region-text's) nor a lake
_GRAND_IN_TEXT = frozenset(GRAND_TERRITORIES - {"Est", "Lac", "Sud Caraïbe"}) | frozenset(CITY_NAMES)


def _agglomeration(words: str) -> bool:
    """The words after "Agglo" (or "Agglomération" with no preposition) begin with an intercommunality's own name (INSEE's:
    "Pau Béarn Pyrénées", "du Pays de Dreux") or a commune's ("Agglo de Cholet"): "Agglo Data Export" names none."""
    from auditor.facts.territory_hosts import epci_name, known_commune

    parts = words.split()
    bare = parts[1:] if parts and parts[0].lower() in ("de", "du", "des", "d'", "d’") else parts
    return (any(epci_name(" ".join(parts[:k])) for k in range(len(parts), 0, -1))
            or bool(bare) and known_commune(re.sub(r"^(?:[Ll]a|[Ll]e|[Ll]es)\s+|^[DdLl]['’]", "", " ".join(bare[:1]))))


def _name_in_text(m) -> bool:
    from auditor.facts.territory_values import _TRAILING_COMMENT

    place = m.group("place")
    if place is not None and not _place_of_authority(place):
        return False
    if m.group("town") is not None and not commune_as_written(m.group("town")):
        return False
    if m.group("grand") is not None and m.group("grand") not in _GRAND_IN_TEXT:
        return False
    if m.group("agglo") is not None and not _agglomeration(m.group("agglo")):
        return False
    if m.group("epci") is not None and not _agglomeration(m.group("epci")):
        return False
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return (_in_text(before) and not _AFFILIATION.search(before) and _in_code(m) and not _TRAILING_COMMENT.search(before) and not _AUTHORSHIP.search(before)
            and not is_package_metadata(m) and not in_block_comment(m) and not _PLACEHOLDER_NAME.search(m.group(1))
            and not in_content_record(m, 0))  # (an artwork's title in a quiz's list of cartels: content, issue 12, s42 fp42)


signal("territory.name-in-text",
       # (or a commune's social-action body, "Le CCAS de DINAN gère…", "Centre Communal d'Action Sociale de Dinan": the commune's own;
       # issue 12, s41 fj41 = Agence-Bleu-B/ccas-dinan)
       r"""(?<![\w'’-])((?:Ville|Mairie|Commune|Métropole|Metropole|Eurométropole|Eurometropole|Agglomération|Agglomeration|CCAS|C\.C\.A\.S\.?"""
       r"""|Centre[ \t]+[Cc]ommunal[ \t]+d['’][Aa]ction[ \t]+[Ss]ociale)"""
       r"""(?:[ \t]+[Ee]urop[ée]enne)?[ \t]+""" + _NAME_PREP + r"""(?P<place>(?:(?:Le|La|Les|Grand)[ \t]+)?""" + _NAME_WORD + r""")"""
       r"""|(?:Communaut[ée][ \t]+(?:[Dd]e[ \t]+[Cc]ommunes|[Dd]['’][Aa]gglom[ée]ration|[Uu]rbaine)[ \t]+""" + _NAME_PREP + r"""?"""
       r"""|Collectivit[ée](?:[ \t]+[Tt]erritoriale)?[ \t]+""" + _NAME_PREP + r""")"""
       + _NAME_WORD + r"""(?:[ \t]+(?:(?:de|du|des|la|le|les|en|sur|et)[ \t]+|(?:de[ \t]+)?l['’]|d['’])?""" + _NAME_WORD + r"""){0,5}"""
       # (an agglomeration's short form, "Agglo" before its own name: a chart's label "Agglo Pau Béarn Pyrénées", the Communauté
       # d'agglomération Pau Béarn Pyrénées; issue 12, s37 fi37 = Romain64290/zero_dechet)
       # (or "Communauté" alone before it, the name INSEE gives some agglomerations, "Communauté Paris-Saclay – Indicateurs"; s45 fi45)
       r"""|(?:Agglo(?:m[ée]ration)?|Communaut[ée])[ \t]+(?P<agglo>(?:""" + _NAME_PREP + r""")?""" + _NAME_WORD
       + r"""(?:[ \t]+(?:(?:de|du|des|la|le|les|en|sur|et)[ \t]+|(?:de[ \t]+)?l['’]|d['’])?""" + _NAME_WORD + r"""){0,5})"""
       # (or the same in lower case inside a sentence, "… des communes de la communauté de communes Ponthieu-Marquenterre", when the
       # words after it are an intercommunality's own name as INSEE's COG gives it; issue 12, s38 fp38 = NatureEnLigne/ccpm)
       # (the town in lower case in a sentence, "la ville de Dinan", "si vous résidez sur la commune de DINAN": a commune the COG knows)
       r"""|(?:ville|commune|mairie)[ \t]+(?:de[ \t]+|d['’])(?P<town>(?:(?:Le|La|Les|LE|LA|LES)[ \t]+)?""" + _NAME_WORD + r""")"""
       r"""|communaut[ée][ \t]+(?:de[ \t]+communes|d['’]agglom[ée]ration|urbaine)[ \t]+(?P<epci>(?:""" + _NAME_PREP + r""")?""" + _NAME_WORD
       + r"""(?:[ \t]+(?:(?:de|du|des|la|le|les|en|sur|et)[ \t]+|(?:de[ \t]+)?l['’]|d['’])?""" + _NAME_WORD + r"""){0,5})"""
       r"""|Grand[ \t]+(?P<grand>[A-ZÀ-Ý][\w'’-]+))(?![\w-])(?!['’]\w)""",
       ("ville", "mairie", "commune", "métropole", "metropole", "agglomération", "agglomeration", "agglo ", "communauté", "communaute", "collectivité",
        "collectivite", "grand ", "ccas", "c.c.a.s", "centre communal"), flags=0, classes=("code", "template"), group=1, accept=_name_in_text)

# A park's name written in the code (a national park's map portal: <span class="brand-name">Parc national du Mercantour</span>, a
# dashboard's return "Parc national du Mercantour"): the territory the park manages, which another park reusing the code rewrites,
# whoever the sponsor is (issue 12, s35 e35). Three parks or more named in one file are a list of parks (a national network's
# menu), no one territory's.
# (and the parks of a region together, "Parcs naturels régionaux de Provence-Alpes-Côte d'Azur": the parks' federation of that
# region, its name as one park's; issue 12, s45 fg45 = WildCodeSchool/remotefr-js-0920-p3-regionsud-pollutionlumineuse-front)
_PARK = r"""Parcs? (?:[Nn]ationa(?:l|ux)|[Nn]aturels? [Rr][ée]gion(?:al|aux)|[Nn]aturels? [Mm]arins?|[Aa]mazonien) (?:de la |de l'|de l’|de |du |des |d'|d’)[A-ZÉÈÎ][\w'’ -]{2,40}"""
_PARK_NAME = lazy_compile(_PARK)


def _parks_in(text: str) -> int:
    return len({m.group(0).strip().lower() for m in itertools.islice(_PARK_NAME.finditer(text[:200_000]), 200)})


# (a page's text may lead in to it, "<span>SIT des Parcs naturels régionaux de X |{' '}<a …>": a few words ending on an article)
signal("territory.park-name", r"""(?:['"`]|(?<![=-])>)\s*(?:[A-Za-zÀ-ÿ'’ -]{1,30}?\b(?:des|du|de la|de l'|le|la|les) )?(""" + _PARK + r""")\s*(?:['"`<]|[|–—·-] |\|)""",
       ("parc national", "parc naturel", "parc amazonien", "parcs nationaux", "parcs naturels"), flags=0, classes=PLACES, group=1,
       accept=lambda m: _real_name_in_code(m) and _parks_in(m.string) < 3 and not _NATIONAL_PARKS.search(m.group(1)))
# (the parks of the whole country, "Parcs naturels régionaux de France" — their national federation —, are no territory)
_NATIONAL_PARKS = lazy_compile(r"\bde France\b")

# -- one intercommunality's, métropole's or département's body named in a SQL script's values (an organisations table's
# INSERT … VALUES ('Agglomération de la Région de Compiègne (ARC)', 'EPCI de rattachement')): the authority the model was written
# for, which a second territory's database would get (SQL files are "data" to the scan, where territory.name is not read; three
# such names or more in one file make a reference table, which the check leaves out)
signal("territory.sql-authority-name",
       r"""'((?:Communauté (?:de communes|d'{1,2}agglomération|urbaine)|Agglomération|Métropole|Eurométropole|Département|Conseil départemental) """
       r"""(?:de |du |des |d'{1,2}|de la |de l'{1,2})?[A-ZÉÈ](?:[\w’ -]|''){2,60}?)(?:\s*\([A-Z0-9]{2,12}\))?\s*'(?!')""",
       ("communauté", "agglomération", "métropole", "département", "conseil départemental"), flags=0,
       exts={"sql", "pgsql", "plpgsql", "psql"}, classes=("code", "data", "config", "other"), group=1,
       accept=lambda m: in_sql(m) and not _PLACEHOLDER_NAME.search(m.group(1)) and not _described_acronym(m))

# (the description of a column or a table, COMMENT ON COLUMN m_zon_tepos_na_geo.numdep IS 'Département du TEPOS': "the TEPOS's
# département", the acronym the programme's or plan's (TEPOS, PCAET, SCOT) the model is about — no département's name; unless the
# capitals spell one, a département named in one word of up to eight letters: 'Département du NORD'; issue 12, s35 m35 = Carto-NA/tepos)
_SHORT_DEPARTEMENTS = frozenset("AIN AISNE ALLIER ARDECHE ARDENNES ARIEGE AUBE AUDE AVEYRON CALVADOS CANTAL CHARENTE CHER CORREZE CORSE CREUSE "
                                "DOUBS DROME ESSONNE EURE GARD GERS GIRONDE GUYANE HERAULT INDRE ISERE JURA LANDES LOIRE LOIRET LOT LOZERE "
                                "MANCHE MARNE MAYENNE MAYOTTE MEUSE MORBIHAN MOSELLE NIEVRE NORD OISE ORNE PARIS RHONE SARTHE SAVOIE SOMME "
                                "TARN VAR VAUCLUSE VENDEE VIENNE VOSGES YONNE YVELINES".split())
_COMMENT_ON_IS = lazy_compile(r"\bCOMMENT\s+ON\s+\w+(?:\s+\w+)?\s+[^;']{1,300}?\s+IS\s*$", re.I)
_ACRONYM_NAME = lazy_compile(r"(?:de |du |des |d'{1,2}|de la |de l'{1,2})?[A-Z]{2,8}")


def _described_acronym(m) -> bool:
    """The name is a capitals-only acronym (``Département du TEPOS``) in the text of a ``COMMENT ON … IS '…'`` statement."""
    name = m.group(1)
    rest = name.split(" ", 1)[1] if " " in name else ""
    acronym = _ACRONYM_NAME.fullmatch(rest.strip())
    if not acronym or rest.strip().rsplit(" ", 1)[-1].rsplit("'", 1)[-1] in _SHORT_DEPARTEMENTS:
        return False
    s = m.string
    line_start = s.rfind("\n", 0, m.start()) + 1
    return bool(_COMMENT_ON_IS.search(s[max(line_start, m.start() - 400):m.start()]))


# A region's name as a string: five or more of them in one file make a table of France's regions (a national
# reference the code handles every region with), not one territory's (reusability.territory-neutral)
# (or a page's text between tags: <li><Link href="/budgets/regions?region=44">Grand Est</Link></li>, a national menu of régions)
signal("territory.region-list",
       r"""(?:['"`]|>)\s*(Auvergne-Rh[ôo]ne-Alpes|Bourgogne-Franche-Comt[ée]|Bretagne|Centre-Val de Loire|Corse|Grand[- ]Est|Hauts-de-France|"""
       r"""[ÎI]le-de-France|Normandie|Nouvelle-Aquitaine|Occitanie|Pays de la Loire|Provence-Alpes-C[ôo]te d'Azur|Sud|Guadeloupe|Martinique|"""
       r"""Guyane|La R[ée]union|Mayotte)\s*(?:['"`]|<)""",
       ("bretagne", "normandie", "occitanie", "corse", "aquitaine", "grand est", "grand-est", "hauts-de-france", "pays de la loire"),
       flags=0, classes=PLACES, group=1)

# (a name quoted with escaped quotes inside a string, "le radio bouton \"Noumea\"", is quoted as 'Noumea' is; a name closing a label
# after a qualifier, "Critère NC autre Noumea", "Agents hors Papeete", names the town as "commune de Nouméa" does; issue 12, s42 fn42 =
# DSI-Ville-Noumea/commun)
# (and any place a string welcomes by its name, "Bienvenue à Bargème", "Welcome to Nice", where _welcomed_place knows it for a commune:
# a town-by-town greeting the code chooses by INSEE code; issue 12, s46 fd46)
signal("territory.city", r"""(?<![\w$])['"`](?:[^'"`\n\\]{1,60}?[ \t](?:autre|autres|hors|sauf|excepté|à|pour|(?<=[Ww]elcome[ \t])to)[ \t])?("""
       + "|".join(sorted((n.replace("-", "[- ]") for n in CITY_NAMES), key=len, reverse=True))
       + r"""|(?:(?<=[Bb]ienvenue à )|(?<=[Ww]elcome to ))[A-ZÀ-Ý][\w'’]{1,30}(?:[- ][\w'’]{1,30}){0,4})[ \t]*!?\\?['"`]""",
       tuple({n.lower()[:6] for n in CITY_NAMES} | {"bienve", "welcom"}), flags=0, classes=PLACES, group=1, accept=_city_in_code)

# A small table of one territory's communes written in the code: an object's or an array's quoted values naming three to nine known
# communes (a map's normalisation of the names its users type, {'fdf': 'Fort-de-France', 'lamentin': 'Le Lamentin', 'ste-marie':
# 'Sainte-Marie'}, issue 12, s40 fk40 = CACEM-TEAM/decacem): the places it was written for. Ten or more are a referential of places
# (referential_member's rule), not one territory's; the names are those of auditor/data/communes.yml, compared as commune_lists does.
# Unless ten or more are, nearly all, one département's (communes.yml's commune_departements: an SDIS's list of its 55 fire stations,
# each named after its commune, that a form's choice is checked against; issue 12, s45 fc45 = dubreybrice-png/sdis66-checklist-
# materiel-vendee): that département's, which a second one rewrites (territory_options.one_departement).
_QUOTED = lazy_compile(r"""(['"`])([^'"`\n]{2,40})\1""")
COMMUNE_TABLE_MIN, COMMUNE_TABLE_MAX, COMMUNE_TABLE_SHARE = 3, 9, 5
_PROPER_NAME = lazy_compile(r"[A-ZÀ-Ý][\w'’. -]*$")


def _commune_table(m) -> bool:
    from auditor.facts.territory_options import large_cities, one_departement, quoted_communes

    # (three large cities or more: examples spread across France, no one territory's, as commune-options says)
    quoted = [q.group(2) for q in _QUOTED.finditer(m.group(0))]
    names = quoted_communes(quoted)
    # (and the known communes are a fair share of the table's proper names, one in COMMUNE_TABLE_SHARE at least — small communes are
    # often unknown, smbvl-demo's 7 of 27: a bus network's 180 stops where Verdun, Saint Jean and Les Lilas happen to be communes'
    # names too is a list of stops, issue 12, s42 fh42 = Exilz/linea-gap; a dict's lowercase keys are no names)
    proper = {n.strip().upper() for n in quoted if _PROPER_NAME.match(n)}
    return ((COMMUNE_TABLE_MIN <= len(names) <= COMMUNE_TABLE_MAX or (len(names) > COMMUNE_TABLE_MAX and one_departement(names)))
            and COMMUNE_TABLE_SHARE * len(names) >= len(proper) and large_cities(names) < 3
            and _in_code(m))


# (up to 6,000 characters: a syndicate's table of its 27 communes with a data file each, smbvl-demo's script.js; the small communes
# among them known by their compound names, territory_options.known_place, s41 ff41)
signal("territory.commune-table", r"""[\[{][^\[\]{}]{10,6000}?[\]}]""", ("{", "["), classes=("code", "template"), accept=_commune_table)

# -- API specifications and open data formats ------------------------------------------------------
signal("spec.openapi", r"""^\s*['"]?(openapi|swagger|asyncapi)['"]?\s*:\s*['"]?(\d+(?:\.\d+)*)""",
       ("openapi", "swagger", "asyncapi"), flags=0x08 | 0x02, exts={"yml", "yaml", "json"})
signal("spec.framework",
       r"""\b(flask_swagger|flask_restx|flask_restplus|flask_smorest|spectree|connexion\.(?:App|FlaskApp|AsyncApp)|drf_spectacular|drf_yasg|SwaggerModule|@ApiProperty|@ApiOperation|ApiResource|#\[ApiResource|@OA\\|#\[OA\\|NelmioApiDocBundle|flasgger|apispec|springdoc|swagger-ui|swagger_ui|SpectacularAPIView|get_schema_view|FastAPI\(|ninja\.NinjaAPI|NinjaAPI\(|openapi_url|rswag|api-platform|ApiPlatform)""",
       ("flask_swagger", "flask_restx", "flask_restplus", "flask_smorest", "spectree", "connexion.", "spectacular", "yasg", "swaggermodule", "apiproperty", "apioperation", "apiresource", "oa\\", "nelmio", "flasgger", "apispec", "springdoc",
        "swagger", "get_schema_view", "fastapi(", "ninja", "openapi_url", "rswag", "api-platform", "apiplatform"), flags=0, classes=CODE,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))  # a comment's link to another service's Swagger UI
# A plain PHP page answering in JSON (echo json_encode(…), a JSON content type): an API served without a framework
# (and an ExtJS form's answer written by hand around json_encode: echo '{success:false, message:'.json_encode($e).'}')
# (and a Jelix controller's JSON response, $rep = $this->getResponse('json'): a Lizmap module's web service)
# (not an installer's progress: a script creating the database or its user that echoes HTML lines too, a set-up page showing "Création
# de la base de données<br>" and a JSON fragment per SQL statement run — shown to the person installing, no API; issue 12, s37 fh37 =
# HPSdevs/ParcMachinesSivom)
_CREATES_DATABASE = lazy_compile(r"""\bCREATE\s+(?:DATABASE|USER)\b""", re.I)
_ECHOES_HTML = lazy_compile(r"""\becho\s+(['"])[^'"\n]{0,200}?<(?:br|p|div|h[1-6]|li|span|b|strong|pre|hr)\b[^'"\n]{0,200}\1""", re.I)


def _not_an_installers_progress(m) -> bool:
    head = m.string[:200_000]
    return not (_CREATES_DATABASE.search(head) and _ECHOES_HTML.search(head))


# (or the JSON kept in a variable the script then echoes: $encode = json_encode($rows); echo $encode; — a commune site's
# controlers/villinfosScript.php answering its pages' $.post; issue 12, s45 ff45 = LexaeART/villeinfo)
_VAR_ECHO = r"""(?:\becho|\bprint|\bexit|\bdie)[ \t]*\(?[ \t]*\${}[ \t]*\)?[ \t]*;"""


def _json_var_echoed(m) -> bool:
    """A match on ``$name = json_encode(`` counts when the script echoes (prints, exits with) ``$name`` after it."""
    name = m.groupdict().get("jvar")
    return not name or bool(re.search(_VAR_ECHO.format(re.escape(name)), m.string[m.end():m.end() + 20_000]))


signal("api.php-json", r"""(\$(?P<jvar>\w{1,40})[ \t]*=[ \t]*json_encode[ \t]*\(|\becho\s+(?:stripslashes\s*\(\s*)?json_encode\s*\(|\becho\s+(?P<jq>['"])[{\[][^'"\n]{0,120}(?P=jq)\s*\.\s*json_encode\s*\(|header\(\s*['"]Content-Type:\s*application/json|"""  # (Django's answer too)
       r"""\$this->getResponse\(\s*['"]json(?:rpc)?['"]\s*\)|^[^\S\n]*return\s+(?:JsonResponse|HttpResponse)\()""",
       ("json_encode", "application/json", "jsonresponse", "httpresponse", "getresponse"), flags=re.I | re.M, exts={"php", "py"}, classes=("code",),
       accept=lambda m: _not_an_installers_progress(m) and http_response_answers_data(m) and _json_var_echoed(m))  # (a Django "Cleaned": no data, s40 fp40)
signal("spec.graphql", r"""^\s*(type\s+Query|schema\s*\{|type\s+Mutation)\b""", ("type query", "schema", "type mutation"), flags=0x08,
       exts={"graphql", "gql", "graphqls"})
# A GraphQL schema written in the server's code, a gql`…` template of SDL (a RedwoodJS api/src/graphql/*.sdl.js, an Apollo typeDefs):
# the schema the server answers by; `type Query {` is no TypeScript (whose type aliases take "="), no client query ("query Name {")
signal("spec.graphql-sdl", r"""^[^\S\n]*(?:extend[^\S\n]+)?type[^\S\n]+(?:Query|Mutation)[^\S\n]*\{""", ("type query", "type mutation"), flags=re.M,
       exts={"js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx"}, classes=("code",))
# A GraphQL schema a tool wrote, saying so in its first line ("# DO NOT MODIFY THIS FILE. This file is automatically generated by Tina",
# a CMS's content schema beside a commune's site, s29 e29): the tool's API, the project's own only when the project serves GraphQL
signal("spec.graphql-generated", r"""\A[^\n]{0,200}?\b(DO NOT (?:MODIFY|EDIT)|automatically generated|auto-?generated|@generated|generated by)\b""",
       ("do not", "generated"), flags=re.I, exts={"graphql", "gql", "graphqls"})
# "tableschema" as the Frictionless package (import tableschema, tableschema==1.20), not a variable or a method (tableSchema,
# getTableSchema(), SQLAlchemy's ``__table_args__ = (tableschema)``): in code, only an import names the package.
_TABLESCHEMA_PACKAGE = lazy_compile(r"""^[^\S\n]*(?:from|import)\s+tableschema\b|^tableschema\s*(?:[<>=~!;\[]|$)|^[^\S\n]*['"]tableschema\s*(?:[<>=~!;\[]|['"])|"""
                                  r"""(?:install|add)\s+tableschema\b|require\(\s*['"]tableschema""", re.M)


def _schema_reference(m) -> bool:
    """``tableschema`` counts as the Frictionless package only on an import or a manifest line, "frictionless" not as an adjective."""
    return (m.group(0) != "tableschema" or bool(_TABLESCHEMA_PACKAGE.search(_line_of(m)))) and not_frictionless_prose(m)


signal("data.schema-gouv", r"""(schema\.data\.gouv\.fr[\w/.-]*|validata\.fr|api-validata[\w.]*|frictionless(?:data\.io[\w/.-]*)?|(?-i:(?<![\w.$])tableschema\b(?!\s*(?:\(|=(?!=)|:)))|(?<![\w.$-])table-schema\b|datapackage\.json)""",
       ("schema.data.gouv", "validata", "frictionless", "tableschema", "table-schema", "datapackage.json"), accept=_schema_reference)
# A JSON Schema, known by its "$schema" key naming the meta-schema whatever its file name; its "$id" at another body's address: reused
signal("data.json-schema", r"""(?:^|[{,])\s*['"]?\$schema['"]?\s*:\s*['"]?(https?://json-schema\.org/[\w./#-]*)""", ("json-schema.org",), flags=0x08 | 0x02,
       exts={"json", "yml", "yaml"}, group=1)
# (or by its shape when it names no meta-schema: a top-level object schema, {"type": "object", "properties": {field: {"type": …}}, "required": […]}
# with "$defs" and "$ref" — an IDS's schema of its JSON event log —, not an OpenAPI document nor a GeoJSON feature's "properties")
signal("data.json-schema-shape", r"""\A\ufeff?\s*\{""", ("properties",), flags=0, exts={"json"}, accept=lambda m: json_schema_shape(m.string))
signal("data.json-schema-id", r"""(?:^|[{,])\s*['"]?\$id['"]?\s*:\s*['"]?(https?://[^\s'"]+)""", ("$id",), flags=0x08 | 0x02, exts={"json", "yml", "yaml"}, group=1)
signal("data.programme-schema",
       r"""\b(porteurCodeSiret|porteur_code_siret|budgetPrevisionnel|budget_previsionnel|dateDebutPrevisionnelle|date_debut_previsionnelle|phaseStatut|phase_statut|recocoId|recoco_id|tetId|mecId|collectiviteIds|collectivite_ids|codeDepartements|codeRegions|schema-projet-collectivites-transition-ecologique|leviers)\b""",
       ("porteurcodesiret", "porteur_code_siret", "budgetprevisionnel", "budget_previsionnel", "datedebutprevisionnelle", "date_debut_previsionnelle",
        "phasestatut", "phase_statut", "recocoid", "recoco_id", "tetid", "mecid", "collectiviteids", "collectivite_ids", "codedepartements",
        "coderegions", "schema-projet", "leviers"), flags=0, accept=field_not_prose)
# -- open data formats: auditor/facts/format_signals.py

# -- geo ---------------------------------------------------------------------------------------------
# Case matters: WMS/WFS operations are "GetMap"/"GetFeature" ("getMap()" is a method of anything, so is OGR's layer.GetFeature(0));
# 3D Tiles (an OGC Community Standard) loaded by CesiumJS or deck.gl
# (and the OGC clients a JavaScript app imports, as OWSLib in Python: @camptocamp/ogc-client reading WMS/WFS/WMTS and OGC API
# endpoints, a GeoNetwork-UI catalogue's; OpenLayers' ol/format/WFS writing GetFeature requests)
# (and a CSW catalogue client's requests, service: 'CSW' / request=GetRecordById: the OGC catalogue service of geographic metadata) and WCS/WPS/SOS/TJS (GetCoverage, DescribeProcess, GetObservation, GetFramework…: OGC's standards list, s21)
signal("geo.ogc", r"""(OGC:W[MF]T?S|[sS]ervice=W[MF]T?S|SERVICE=[Ww][MmFf][Tt]?[Ss]\b|[sS]ervice=wm[ft]?s|(?<![A-Za-z])GetCapabilities|(?<![A-Za-z])GetMap\b|(?<![A-Za-z])GetFeature\b(?!\s*\()|/wmts\b|/wms\b|/wfs\b|/WMS\b|/WFS\b|/ogc/features|ogcapi|OGC API|WMTSCapabilities|TileWMS|ImageWMS|L\.tileLayer\.wms|Layer\.WM[ST]S?\(|Protocol\.WFS|OWSLib|owslib|@camptocamp/ogc-client|ol/format/WFS\b|Cesium3DTileset|Tile3DLayer|"""
       r"""(?i:service)["']?[^\S\n]*[:=][^\S\n]*["']?CSW\b|(?i:request)["']?[^\S\n]*[:=][^\S\n]*["']?GetRecords?(?:ById)?\b|"""
       r"""(?i:service)["']?[^\S\n]*[:=][^\S\n]*["']?(?i:wcs|wps|sos|tjs)(?![\w.-])|(?i:request)["']?[^\S\n]*[:=][^\S\n]*["']?(?i:GetCoverage|DescribeCoverage|DescribeProcess|GetObservation|DescribeSensor|GetFramework|DescribeFrameworks|DescribeDatasets|DescribeJoinAbilities|JoinData)\b|(?<![A-Za-z])(?:GetCoverage|DescribeCoverage|DescribeProcess|GetObservation|DescribeSensor|GetFramework|DescribeFrameworks|DescribeDatasets)\b(?!\s*\())"""
       # a QGIS layer on an OGC service, made by the code (iface.addRasterLayer(uri, 'OSM', 'wms'), QgsVectorLayer(uri, name, "WFS"),
       # "oapif" for OGC API Features; the provider is the last argument) or declared in a layer definition (.qlr: <provider>wms</provider>)
       r"""|(?:addRasterLayer|addVectorLayer|QgsRasterLayer|QgsVectorLayer)\([^\n]{0,300}?,[ \t]*\\?["'](?i:wms|wfs|wcs|oapif)\\?["'][ \t]*\)"""
       r"""|contextualWMSLegend=|<provider\b[^>\n]{0,60}>[ \t]*(?i:wms|wfs|wcs|oapif)[ \t]*</provider>""",
       ("addrasterlayer", "addvectorlayer", "qgsrasterlayer", "qgsvectorlayer", "contextualwmslegend", "<provider", "csw", "getrecord", "service=w", "service", "getcoverage", "describecoverage", "describeprocess", "getobservation", "describesensor", "getframework", "describeframeworks", "describedatasets", "describejoinabilities", "joindata", "getcapabilities", "getmap", "getfeature", "/wmts", "/wms", "/wfs", "ogc", "tilewms", "imagewms", "tilelayer.wms", "layer.wm", "protocol.wfs", "owslib", "cesium3dtileset", "tile3dlayer"), flags=0,
       # (a line commented out, "//var ign = L.geoportalLayer.WMTS({…})" beside the OSM layer the map uses, or a /* … */ block:
       # code no longer run, no OGC service used — s41 fl41 = SMMAR11/styx)
       classes=CODE + ("data",), accept=lambda m: not in_server_directive(m) and not in_comment(m) and not in_block_comment(m))  # the checks keep code, and SQL (filed with data)


def platform_name_in_prose_string(m) -> bool:
    """The match is a platform's bare name (géoportail, géoplateforme) in a quoted sentence making up its line of code (a town's
    "… est consultable en mairie et sur le Geoportail de l'urbanisme.", a paragraph of a site's content kept in a .ts array): a
    service named to a reader, not one the code calls (its address, its SDK or a setting still count)."""
    return bool(_PLATFORM_NAME.fullmatch(m.group(0))) and in_prose_string(m)


# IGN's services by their host: any host under geopf.fr, the named services of ign.fr (data.geopf.fr, wxs.ign.fr, the Géoportail de
# l'Urbanisme's wxs-gpu.mongeoportail.ign.fr: ign_hosts.py; not a developer's VM or the office proxy there), its platform's names,
# its reference data sets by name, and a product's archive or data file named in any case (a script's or a setting's
# admin-express_${version}.7z, the ADMIN EXPRESS download it unpacks and loads: issue 12, s43 fn43; an adminExpress router stays none)
IGN_PATTERN = (r"""((?<![\w.@-])(?:""" + IGN_SERVICE_HOST + r""")[\w/.-]*|geoplateforme|Géoplateforme|(?-i:ADMIN[-_ ]?EXPRESS|Admin[ _]Express|adminexpress|admin_express)|admin[-_]express[\w${}.-]{0,80}?\.(?:7z|zip|tar\.gz|gpkg|shp)(?![\w])|(?<![a-z0-9])(?:bd[-_ ]?(?:topo|ortho|carto|parcellaire)|rge[-_ ]?alti)(?![a-z])|(?<![\w-])g[ée]oportail(?!\w|-(?!urbanisme))(?!\s*\d{2,3}\b)(?!\.(?!gouv\.fr)[\w-]+\.[a-z]))""")  # (not geoportail93.fr, "géoportail 93")
IGN_HINTS = ("geopf.fr", "ign.fr", "geoplateforme", "géoplateforme", "geoportail", "géoportail", "adminexpress", "admin express", "admin_express",
        "admin-express", "topo", "ortho", "carto", "parcellaire", "alti")
signal("geo.ign", IGN_PATTERN, IGN_HINTS, classes=CODE, accept=lambda m: not in_json_prose(m) and not in_attribution(m) and not in_page_link(m)
       and not platform_name_in_page_text(m) and not platform_name_in_prose_string(m))  # (nor a portal's name in a page's text: <h1>GÉOPORTAIL GECT</h1>, or in a sentence)
# an IGN service's address a data model's SQL configures (INSERT INTO layer_service … '{"urls":["https://wxs.ign.fr/…/geoportail/wms?"]}'):
# the layers the application reads at run time. SQL is data to the scan; these statements are the application's settings. (The host
# alone: a Géoportail address carried its client's key as its first path segment)
signal("geo.ign-sql", r"""(?<=://)((?:""" + IGN_SERVICE_HOST + r"""))(?![\w.-])""", ("geopf.fr", "ign.fr"), exts={"sql"},
       classes=("data", "code", "config"), accept=lambda m: not in_comment(m) and not in_block_comment(m))
# (IGN's reference data sets by name: ADMIN EXPRESS, BD TOPO, BD ORTHO, BD CARTO, BD PARCELLAIRE, RGE ALTI — a thesaurus built from ADMIN EXPRESS)
# A legal French reference system named in code or configuration ("EPSG:2154", "EPSG:3948" — décret 2006-272), or given as the SRID a PostGIS function takes
# last, quoted or cast too (ST_Transform(geom, 2154), ST_SetSRID(…, 3948::integer), ST_GeomFromText('POINT(x y)', '3948'), UpdateGeometrySRID(…, 2154), geometry(Point, 2154); not ST_Buffer(geom, 2154)'s metres)
# (and SpatiaLite's names of the same functions, without the ST_ prefix: SetSRID(MakePolygon(GeomFromText('LINESTRING(…)')), 2154) — s45 fd45)
signal("geo.legal-crs", r"""((?:EPSG|ESRI)\s*[:=]?\s*['"]?(?:""" + LEGAL + r""")\b|\b(?:ST_(?:Transform\w*|SetSRID|\w*From(?:Text|WKB|WKT|GML)|MakeEnvelope|Point)\(|(?-i:SetSRID|GeomFromText|GeomFromWKB|MakePoint|MakeEnvelope)\(|UpdateGeometrySRID\(|geometry\s*\(\s*\w+\s*)"""
       r"""[^;\n]{0,160}?,\s*['"]?(?:""" + LEGAL_PROJECTED + r""")['"]?(?:::\w+)?\s*\)"""
       # a data frame reprojected to it (geopandas to_crs(2154), set_crs(epsg=2154), sf's st_transform(x, crs = 2154)) or a setting named after it (a GeoNature kit's
       # db_srid_local=2154, "local_crs": 3948; camelCase too, a Java service's geoserver.layerSRID=3948; projection: 2154, epsg_code = 3948): a bare code only there (not port: 3948, layerId=3948)
       r"""|\b(?:[a-z0-9]+_)*(?-i:[a-z][a-zA-Z0-9]*?(?=[A-Z]))?(?:to_crs|set_crs|crs|srid|projection|epsg_?code)(?:_[a-z0-9]+|(?-i:[A-Z][a-z0-9]+))*['"]?\s*(?:[(=]|:(?!:))\s*(?:epsg\s*=\s*)?['"]?(?:""" + LEGAL_PROJECTED + r""")\b"""
       # or given to a GIS library's spatial reference by its code (arcpy.SpatialReference(2154) # Lambert93, osr's ImportFromEPSG(2154),
       # pyproj's CRS.from_epsg(2154), QGIS' QgsCoordinateReferenceSystem.fromEpsgId(2154))
       r"""|\b(?:SpatialReference|ImportFromEPSG|from_epsg|fromEpsgId)\s*\(\s*['"]?(?:""" + LEGAL_PROJECTED + r""")\b"""
       # or named by the code that converts from or to it (getGeomFromLambert93ToWgs84, a RGF93 projection's name)
       r"""|(?i:lambert[-_ ]?93|rgf[-_ ]?93)(?!\d)|\b(?:the_)?geom(?:etry)?_(?:""" + LEGAL_PROJECTED + r""")\b|""" + PROJ4 + r""")""",  # (a geometry column named after it: GeoNature's the_geom_2154; a PROJ.4 definition)
       ("epsg", "esri", "st_", "updategeometrysrid", "geometry", "crs", "srid", "projection", "spatialreference", "importfromepsg", "from_epsg", "fromepsgid", "lambert", "rgf", "geom_", "proj=lcc", "geomfrom", "makepoint", "makeenvelope"),
       classes=CODE + ("data",))  # (a data model's SQL: ST_Transform(geom, 2154))
signal("geo.api-gouv", r"""((?:geo\.api\.gouv\.fr|api-adresse\.data\.gouv\.fr|adresse\.data\.gouv\.fr|api\.cadastre\.gouv\.fr|cadastre\.data\.gouv\.fr|data\.geopf\.fr/geocodage|apicarto\.ign\.fr|decoupage-administratif|geo\.api\.gouv)[\w/.-]*)""",
       ("geo.api.gouv", "adresse.data.gouv", "cadastre", "geocodage", "apicarto", "decoupage-administratif"),
       # (a tutorial card's link to adresse.data.gouv.fr/csv in a how-to site's JSON; a comment's "source : geo.api.gouv.fr" over a
       # copy of its answer in the code: named, not called — s40 fb40 = Cedrico59/signalement_travaux)
       accept=lambda m: not in_json_prose(m) and not in_code_note(m))
# an open geocoder the code calls, not the national address reference: OpenStreetMap's Nominatim (its public host, or geopy's
# Nominatim class) and Komoot's Photon (issue 12, s35 i35: a town's clock-in app reverse-geocoding each agent's GPS position)
signal("geo.open-geocoder", r"""((?:nominatim\.openstreetmap\.org|photon\.komoot\.io)(?:/[\w/.-]*)?|\bgeocoders\s+import\s+(?:[\w\s,]*,\s*)?Nominatim\b|\bgeocoders\.Nominatim\b)""",
       ("nominatim", "photon.komoot"), classes=CODE)
# a geocoding program the code runs (a web front end spawning its geocoding script on an uploaded address file) with the national
# address base among the geocoders its arguments name: spawn(python, ["…/geocoding/main.py", …, "-g", "interne", "ban"]),
# subprocess.run("geocode.py --geocoder ban …") — the BAN (or addok, the engine of its API Adresse) chosen as reference, whatever
# program runs it (issue 12, s46 fc46 = remifroger/client-geocodeur)
signal("geo.geocoder-run", r"""\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync|Popen|run|call|check_call|check_output|system|ProcessBuilder|shell_exec|proc_open|passthru)\s*\((?=[^\n]{0,600}?geocod)[^\n]{0,600}?["'\s=](ban|addok)(?=["'\s])""",
       ("geocod",), flags=re.I, classes=CODE, group=1, accept=lambda m: not in_code_note(m))
# an ArcGIS field map (arcpy's FieldMappings as text: 'nom "Nom" true true false 255 Text 0 0,First,#,source,nom,-1,-1;…'), whose
# st_area(shape) and st_length(shape) name an Esri SDE geometry's computed columns
_ARCGIS_FIELD_MAP = lazy_compile(r"\b(?:First|Last|Join|Sum|Mean|Min|Max|Count|Range|StdDev)\s*,\s*#\s*,")
POSTGIS_EXTS = {"sql", "pgsql", "plpgsql", "psql", "py", "java", "kt", "rb", "php", "ts", "js"}
# PostGIS in a data model's SQL (any folder), or in the SQL and the ORM columns of an application's migrations and models
# (an Alembic migration's "public.geometry(geometry, 2154)", GeoAlchemy2's Geometry("GEOMETRY", 4326)): typed geometry
# columns with their CRS, spatial functions
signal("geo.postgis-sql", r"""(\bST_[A-Z][a-zA-Z]+\s*\(|CREATE EXTENSION\s+(?:IF NOT EXISTS\s+)?"?postgis)""",
       ("st_", "postgis"), flags=re.I, exts=POSTGIS_EXTS, accept=lambda m: not _ARCGIS_FIELD_MAP.search(_line_of(m)))
# the typed columns apart from the functions: a model's first five spatial functions (st_intersects in its triggers) must not
# hide its geometry(Point,2154) columns further down (each signal keeps five hits per file)
signal("geo.postgis-typed", r"""(geometry\s*\(\s*\w+\s*,\s*\d{4,6}\s*\)|geography\s*\(\s*\w+\s*,\s*\d{4,6}\s*\)|"""
       r"""\bGeo(?:metry|graphy)\(\s*(?:geometry_type\s*=\s*)?["']\w+["']\s*,\s*(?:srid\s*=\s*)?\d{4,6}\b)""",
       ("geometry", "geography"), flags=re.I, exts=POSTGIS_EXTS)
# Oracle Spatial (Oracle Locator) geometries: a column typed MDSYS.SDO_GEOMETRY, the layer's entry in USER_SDO_GEOM_METADATA, its
# spatial operators (SDO_RELATE, SDO_FILTER…); and the SRID such a geometry is built in (SDO_GEOMETRY(2001, 2154, …), SDO_SRID = 2154):
# a data model's geometries, as PostGIS's typed columns are (meldig/base_geotech's G_GEO tables)
signal("geo.oracle-spatial", r"""\b((?:MDSYS\.)?SDO_GEOMETRY|USER_SDO_GEOM_METADATA|SDO_(?:RELATE|FILTER|WITHIN_DISTANCE|NN|ANYINTERACT))\b""",
       ("sdo_",), flags=re.I, exts=POSTGIS_EXTS, group=1)
signal("geo.oracle-srid", r"""\b(?:SDO_GEOMETRY\s*\(\s*\d{4}\s*,|SDO_SRID\s*(?:=|,|:=)?)\s*(""" + LEGAL_PROJECTED + r""")\b""",
       ("sdo_",), flags=re.I, exts=POSTGIS_EXTS, group=1)
# A host application's own modules imported by an extension built inside the host's tree (a MapStore extension: @mapstore/utils/…)
signal("code.open-entry", r"""(?:\bfrom\s+|\bimport\s+|\brequire\(\s*)["'](react-map-gl/maplibre)["']""", ("react-map-gl/maplibre",), flags=0,
       classes=("code",), group=1)  # a package's open entry point imported by the code (react-map-gl driving MapLibre)
signal("host.mapstore-import", r"""(?:from\s+|import\s+|require\(\s*)["']@mapstore/""", ("@mapstore/",), flags=0, classes=("code",))
# (a tile server built on Mapnik or MapProxy: python-mapnik installed, mapproxy-util run, an image FROM …/mapproxy)
# (and Doctrine's spatial types in PHP, CrEOF/LongitudeOne Spatial, jsor/doctrine-postgis: geometries kept by the entities)
# (and a Java desktop app's map view imported, Gluon Maps or JMapViewer, its jar in lib/ with no manifest: issue 12, s36 v36)
signal("geo.library-code", r"""\b(import\s+mapnik\b|python3?-mapnik\b|mapproxy-(?:util|seed)\b|FROM\s+[\w./-]*mapproxy\b|import org\.(?:osgeo\.proj4j|locationtech\.(?:jts|proj4j)|geotools)\b|import com\.gluonhq\.maps\b|import org\.openstreetmap\.gui\.jmapviewer\b|from qgis\.(?:core|gui|utils)\b|new ol\.(?:layer|source|style|geom|format|View|Map)\b|Qgs(?:VectorLayer|RasterLayer|Project|Geometry)\b|new OpenLayers\.|OpenLayers\.(?:Map|Layer|Geometry|Feature|Projection)\b|GeoExt\.|L\.map\(|L\.tileLayer|new maplibregl\.Map|maplibregl|new ol\.Map|from 'ol/|from "ol/|django\.contrib\.gis(?:\.db\s+import\s+models\b)?|GeoDjango|(?:Multi)?(?:Point|Polygon|LineString)Field|Geometry(?:Collection)?Field|RasterField|ST_[A-Z][a-zA-Z]+\(|postgis|PostGIS|from osgeo import|geopandas|shapely|turf\.|import (?:folium|rasterio|pyproj|fiona)\b|(?:library|require|requireNamespace)\(\s*["']?(?:leaflet|leaflet\.extras|sf|terra|sp|stars|raster|mapview|tmap|mapsf|mapdeck|osmdata|rgdal)["']?\s*[,)]|\baddTiles\(|\bst_read\(|\bpx\.(?:(?:scatter|line|density|choropleth)_map(?:box)?|choropleth|scatter_geo|line_geo)\(|\bgo\.(?:Choropleth|Scattergeo)\(|\b(?:cs2cs|ogr2ogr|gdal_translate|gdalwarp|gdaltransform|ogrinfo)\b|"""
       r"""\buse\s+(?:CrEOF|LongitudeOne)\\Spatial\\|Jsor\\Doctrine\\PostGIS\\|"""
       # (d3's projections and geographic paths, v4+ d3.geoPath(…)/d3.geoMercator(…) and v3 d3.geo.path(), or d3-geo imported: a map
       # drawn as SVG by an open library)
       r"""d3\.geo(?:[A-Z]\w*|\.\w+)\s*\(|(?:from\s+|require\(\s*)["']d3-geo(?:-projection)?["']|"""
       # (Kartograph, the open SVG map library: kartograph.js's $K.map(…) or Kartograph.map(…), Kartograph.py imported)
       r"""(?<=\$)K\.map\s*\(|Kartograph\.[Mm]ap\s*\(|(?:import|from)\s+kartograph\b)""",
       ("d3.geo", "d3-geo", "k.map", "kartograph", "creof", "longitudeone", "jsor", "mapnik", "mapproxy", "com.gluonhq.maps", "org.openstreetmap.gui.jmapviewer", "org.osgeo.proj4j", "org.locationtech", "org.geotools", "qgis.", "new ol.", "qgsvectorlayer", "qgsrasterlayer", "qgsproject", "qgsgeometry", "openlayers.", "geoext.", "l.map(", "l.tilelayer", "maplibre", "ol/", "ol.map", "contrib.gis", "geodjango", "pointfield", "polygonfield", "linestringfield", "geometryfield", "geometrycollectionfield", "rasterfield", "st_", "postgis", "osgeo", "geopandas", "shapely", "turf.", "folium", "rasterio", "pyproj", "fiona", "library(", "require(",
        "requirenamespace(", "addtiles(", "st_read(", "_map(", "_mapbox(", "choropleth(", "_geo(", "scattergeo(", "cs2cs", "ogr2ogr", "gdal"),
       flags=0, classes=CODE)

signal("geo.cdn-library", r"""<script\b[^>]*?\bsrc\s*=\s*["']?[^"'\s>]*?/(leaflet|maplibre-gl|openlayers|ol|deck\.gl|cesium|turf|proj4(?:js)?)(?=[@/.-])""",
       ("leaflet", "maplibre", "openlayers", "/ol", "deck.gl", "cesium", "turf", "proj4"), classes=("template", "code"), group=1)
# An open map embedded in a page (an <iframe> of OpenStreetMap's "Share > HTML": openstreetmap.org/export/embed.html?bbox=…, or of a
# uMap instance: umap.openstreetmap.fr/fr/map/<name>_<id>): a map shown to the users, drawn by an open service (the proprietary
# ones, Google's /maps/embed, Bing's /maps/embed, are proprietary_services.yml's)
signal("geo.embed-open", r"""(?<![\w-])((?:www\.)?openstreetmap\.org/export/embed\.html|umap\.[\w-]+(?:\.[\w-]+)+/(?:[a-z]{2}(?:[-_][a-zA-Z]{2})?/)?map/[\w-]+)""",
       ("openstreetmap.org/export/embed", "umap."), classes=("template", "code", "config", "other"), group=1,
       # (an iframe commented out, <!-- … -->, /* … */ or JSX's {/* … */}, shows no map: issue 12, s44 fi44)
       accept=lambda m: not in_comment(m) and not in_block_comment(m))

# Positions held as coordinates by the code's models (latitude?: string; private double longitude; lat = models.FloatField…;
# a Kotlin or Swift property, val latitude: Double)
signal("geo.coordinates", r"""(?:\b(?:double|float|Double|Float|BigDecimal|String|number|string|decimal)\s+|^[^\S\n]*(?:public\s+|private\s+|protected\s+|readonly\s+|override\s+|va[rl]\s+|let\s+)*\$?"""
       # (or a Rails schema dump's column, `t.float "latitude"` in db/schema.rb: a Decidim platform's meetings and proposals placed by
       # their coordinates; the column's quote, group 1, closes the name — issue 12, s47 fd47)
       r"""|^[^\S\n]*t\.(?:float|decimal|double|numeric|real)[ \t(]+(["'])(?:[a-z]+_)?)"""
       r"""(latitude|longitude|lat|lng|lon)(?(1)\1|\s*(?:\??\s*:\s*(?:number|string)|\s*:\s*(?:Double|Float|CLLocationDegrees)\b|\s*[;=]|\s*=\s*(?:models|db|sa)\.\w*(?:Float|Decimal)|\s*:\s*Mapped\[))""",
       ("latitude", "longitude", "lat", "lng", "lon"), flags=re.M, classes=("code",), group=2)
# (or a table's columns in a SQL schema: direction_latitude REAL, coordonnee_x TEXT, lon DOUBLE PRECISION — positions a table keeps)
signal("geo.sql-coordinates", r"""^[^\S\n]*[`"\[]?((?:[a-z]+_)?(?:latitude|longitude|lat|lng|lon|coordonnee_[xy]|coord_[xy]))[`"\]]?[^\S\n]+"""
       r"""(?:real|float|double|numeric|decimal|text|varchar|character)\b""",
       ("latitude", "longitude", "lat", "lng", "lon", "coordonnee_", "coord_"), flags=re.M | re.I, exts={"sql"}, group=1)
# (or coordinates in a projected system, named for it: a table's coord_Lambert_X and lieu_Lambert_Y, a form's "Coordonnée Lambert X",
# x_lambert93, x_l93 — points of a territory measured in Lambert, geographic data whatever draws them; issue 12, s39 fe39 =
# elucas0/SAE-PNR)
signal("geo.projected-coordinates", r"""(?<![A-Za-z0-9])((?:coord(?:onn[ée]es?)?|lieu|point|pos(?:ition)?)[_ ]?lambert[_ ]?(?:93|9[1-9]|2e?|ii)?[_ ]?[xy]"""
       r"""|[xy][_ ]?(?:lambert|l)93|lambert[_ ]?93[_ ]?[xy]|coordonn[ée]es?[ \t]+lambert(?:[ \t]+93)?[ \t]+[xy])(?![A-Za-z])""",
       ("lambert", "l93"), flags=re.I, classes=("code", "template", "config"), group=1)
# A position handed to a maps app or a map site (window.open(`geo:${lat},${lng}`), https://maps.google.com/?q=…, openstreetmap.org/?mlat=…):
# coordinates shown on a map, not only stored
signal("geo.maps-link", r"""(['"`]geo:|\bmaps\.google\.[a-z.]+/|\bgoogle\.[a-z.]+/maps\b|openstreetmap\.org/\?mlat=|\bmaps\.apple\.com/\?)""",
       ("geo:", "google.", "mlat", "maps.apple"), flags=0, classes=("code", "template"))
# A proprietary map SDK imported by the code (no manifest declares it): an Android app's Google Maps; an iOS or macOS app's Apple
# MapKit (Swift's `import MapKit`, Objective-C's `@import MapKit;` or `#import <MapKit/MapKit.h>`: Apple's maps in an MKMapView)
signal("geo.proprietary-code", r"""\bimport\s+<?(com\.google\.android\.(?:maps|gms\.maps)\.\w+|MapKit\b)""", ("com.google.android", "mapkit"),
       flags=0, classes=("code",), group=1)

# -- identifiers used as fields (not values): auditor/facts/ident_signals.py

# A public API named by the code that calls it, its address read from the settings (url_api_entreprise, CLIENT_API_SIRENE)
signal("blocks.api-names", r"""\b((?:url_?)?api_?entreprise|api_?sirene|client_?api_?sirene|api_?insee|api_?adresse|api_?particulier)\b""",
       ("entreprise", "sirene", "insee", "adresse", "particulier"), classes=("code", "config"))

# -- authentication --------------------------------------------------------------------------------
signal("auth.proconnect", r"""((?:auth|fca\.integ01\.dev-agentconnect|auth\.integ01\.dev-agentconnect|app(?:-sandbox)?\.moncomptepro\.beta)[\w.-]*\.(?:proconnect\.gouv\.fr|agentconnect\.gouv\.fr|agentconnect\.fr)[\w/.-]*|(?<![A-Za-z])(?:proconnect|ProConnect|PROCONNECT|agentconnect|AgentConnect|AGENTCONNECT|moncomptepro|MonComptePro)(?![a-z]))""",
       ("proconnect", "agentconnect", "moncomptepro"))
signal("auth.franceconnect", r"""((?:app|fcp|oidc|fcp-low)[\w.-]*\.(?:dev-)?franceconnect\.(?:gouv\.)?fr[\w/.-]*|(?<![A-Za-z])(?:franceconnect|FranceConnect|FRANCECONNECT|france_connect|FRANCE_CONNECT)(?![a-z])|authenticator\.(?:type|id)\s*==\s*["']fc["'])""",
       ("franceconnect", "france_connect", "authenticator."))  # (+ Publik's login block of its FranceConnect authenticator "fc")
# (oidc as a word or camelCase part: useOidc, OidcService — not VoidCallback; OpenIdConnect*, AppAuth, an OAuth 1 consumer, redirect_uri/openid scope;
# Google Identity Services' sign-in, google.accounts.id.initialize and its gsi/client script: an OpenID Connect ID token;
# a login page's OpenID option, openIdEnabled → /api/session/openid/auth: Traccar's; an OAuth2 authorization-code flow written by
# hand — the provider's /oauth/authorize address, response_type=code, the code exchanged with grant_type=authorization_code: a
# tourism network's mobile app signing its members in on the network's SSO, s28 d28)
signal("auth.oidc", r"""(socialaccount\.providers\.openid_connect|socialaccount\.providers\.\w+|openid-configuration|openid_configuration|openid[-_ ]?connect|(?-i:OpenIdC(?=[A-Z]))|net\.openid\.appauth|\w*Oauth_?Consumer\b|['"]redirect_uri['"]|\bscope['"]?\s*(?:=>|[:=])\s*['"](?:[\w:]+ )*openid\b|OIDC_[A-Z_]+|(?-i:(?<![a-z])oidc|Oidc|(?<![A-Z])OIDC)|OAuth2|oauth2|OAUTH2|SAML|saml2|SAMLResponse|keycloak|\bgoogle\.accounts\.id\.\w+|accounts\.google\.com/gsi/client|\bopenId(?:Enabled|Force|Login|Provider)\b|/openid/(?:auth|login|callback)\b|"""
       r"""/oauth2?/authorize\b|\bgrant_type['"]?\s*[:=,]\s*['"]?authorization_code\b|\bresponse_type['"]?\s*[:=,]\s*['"]?code\b|"""
       r"""/cas/login\b|/cas/logout\b|/cas/serviceValidate\b|phpCAS|CAS_Client|django_cas_ng|\bflask_cas\b|\bCAS_SERVER(?:_URL)?\b|django-cas-ng|casclient|org\.(?:jasig|apereo)\.cas\.client\.|HTTP_SEC_(?:USERNAME|ROLES)\b|\bsec-(?:username|roles)\b|"""
       # (the Grails Spring Security CAS plugin's settings: grails.plugins.springsecurity.cas.serverUrlPrefix, …cas.serviceUrl)
       r"""\bplugins?\.springsecurity\.cas\.(?:serverUrlPrefix|serviceUrl|loginUri|proxyCallbackUrl)\b|"""
       # (JOSSO, Java Open Single Sign-On: an authority's central sign-on, its agent's assertion and session cookie, its login page and its
       # SOAP session and identity managers — a middleware redirecting to /josso/signon/login.do signs nobody in locally, s40 fo40)
       r"""\bjosso_(?:assertion_id|sessionid|session_id|back_to|cmd)\b|/josso/signon/|\bSSO(?:SessionManager|IdentityManager|IdentityProvider)(?:Soap|Service)?\b|"""
       r"""\bjosso\.(?:gateway|agent)\b|""" + IDP_PAGE + ")",  # CAS (geOrchestra's proxy, its sec-* headers): a standard too
       ("springsecurity.cas", "openid", "oidc", "oauth2", "google.accounts.id", "/gsi/client", "oauth_consumer", "oauthconsumer", "redirect_uri", "saml", "keycloak", "socialaccount", "/cas/", "phpcas", "cas_client", "flask_cas", "cas_server", "django_cas", "django-cas", "casclient", "cas.client.", "http_sec_", "sec-", "/oauth/authorize", "/oauth2/authorize", "authorization_code", "response_type", "url.log", "url.registration", "registrationlayout", "properties.kc", "screen.welcome", "casloginview", "auth_url", "auth_error",
        "josso", "ssosessionmanager", "ssoidentity"),
       classes=CODE, accept=lambda m: not no_sign_in(m))

# A service behind the uPortal portal of an ENT: it accepts the portal's signed JWT (a "Soffit") instead of signing people in
signal("auth.portal-jwt", r"""(org\.apereo\.portal\.soffit\.[\w.]+|\bSoffitApi\w+|\bSoffit(?:Interceptor|Holder|Renderer)\b)""", ("soffit",),
       flags=0, classes=("code",))

# -- public building blocks -------------------------------------------------------------------------
signal("blocks.dsfr-markup", r"""(class(?:Name)?=["'][^"']*\bfr-(?:header|footer|btn|container|grid-row|input|select|table|card|tile|alert|notice|breadcrumb|nav|sidemenu|tabs|badge|tag)\b|@gouvfr/dsfr|react-dsfr|vue-dsfr|django-dsfr|dsfr\.min\.css|dsfr\.module)""",
       ("fr-", "dsfr"), classes=("code", "template", "config", "other", "style"))
# (the ministries' open-data APIs too: data.education.gouv.fr/api/… serves the national school calendar)
signal("blocks.apis", r"""((?:api-adresse\.data\.gouv\.fr|data\.[\w-]+\.gouv\.fr/api/|entreprise\.api\.gouv\.fr|recherche-entreprises\.api\.gouv\.fr|api\.gouv\.fr|geo\.api\.gouv\.fr|tabular-api\.data\.gouv\.fr|www\.data\.gouv\.fr/api|aides-territoires\.beta\.gouv\.fr/api|api\.aides-territoires|particulier\.api\.gouv\.fr|api\.insee\.fr|data\.geopf\.fr|stats\.beta\.gouv\.fr|stats\.data\.gouv\.fr|matomo|recoco|lescommuns\.anct\.gouv\.fr|(?<![\w.-])les-?communs(?![\w-])(?!\.[a-z])"""
       # (ANCT's Les Communs by its host or its name alone; not a label of another organisation's host, login.lescommuns.org, the
       # Assemblée virtuelle's single sign-on of SemApps applications: s39 fg39 = data-players/PETR_MSB_tiers-lieux)
       # (the DGFiP's cadastral map in WMS, inspire.cadastre.gouv.fr)
       # the national taxonomic reference of the Muséum (TAXREF, INPN): what biodiversity tools name species by
       r"""|(?:odata-)?inpn\.mnhn\.fr|taxref\.mnhn\.fr|pastell(?![a-z])|s2low\b|i-?parapheur\b|(?:api-)?lannuaire\.service-public\.fr|(?:sandbox-)?(?:api|oauth)\.piste\.gouv\.fr|hubeau\.eaufrance\.fr|(?:www\.)?georisques\.gouv\.fr/api|apicarto\.ign\.fr|adresse\.data\.gouv\.fr/data/|cadastre\.data\.gouv\.fr/(?:data|bundler)/|inspire\.cadastre\.gouv\.fr|(?:www\.)?tipi(?:-client)?\.budget\.gouv\.fr|(?:www\.)?payfip\.gouv\.fr"""
       # the national water-data referentials of the Sandre (OFB's Service d'administration nationale des données et référentiels sur
       # l'eau), its API Référentiel v1 (api.sandre.eaufrance.fr/referentiels/v1/<référentiel>.xml|json, listed among the water
       # information system's data services on data.gouv.fr): stations, parameters, units, water bodies named by their national codes
       r"""|api\.sandre\.eaufrance\.fr"""
       # the State's services a town hall's site embeds to show its public data from the national source: Acceslibre, the national
       # register of public buildings' accessibility (beta.gouv.fr, ministère de la Transition écologique: its widget
       # acceslibre.beta.gouv.fr/static/js/widget.js over a container's data-baseurl, its API acceslibre.beta.gouv.fr/api/), and the
       # DILA's co-marquage of Service-Public.fr (the "vos droits et démarches" sheets, lecomarquage.service-public.fr, announced as
       # lecomarquage.service-public.gouv.fr: data.gouv.fr's page of the API Annuaire, read 2026-12-07); a link to a page is no call
       r"""|acceslibre\.beta\.gouv\.fr|lecomarquage\.service-public(?:\.gouv)?\.fr"""
       # the ANTS's "rendez-vous en mairie" API for town halls (api-coordination.rendezvouspasseport.ants.gouv.fr, its integration
       # host int.api-coordination…, the search hub api.rendezvouspasseport…), and the authentication headers every client of it sends
       # whatever host it is given (X-RDV-OPT-AUTH-TOKEN, X-HUB-RDV-AUTH-TOKEN: a development instance elsewhere); not the citizens'
       # booking site rendezvouspasseport.ants.gouv.fr a page links to
       r"""|(?:[\w-]+\.)?api[\w-]*\.rendezvouspasseport\.ants\.gouv\.fr|\bx-rdv-opt-auth-token\b|\bx-hub-rdv-auth-token\b)[\w/.-]*)""",  # (+ ADULLACT's acts chain; PISTE, the State's API gateway: Plat'AU; Hub'Eau, Géorisques, API Carto; the BAN's and Etalab cadastre's files)
       ("lannuaire.service-public", "api-adresse", "api.gouv.fr", "data.gouv.fr/api", "gouv.fr/api/", "tabular-api", "aides-territoires", "insee.fr", "geopf", "stats.beta", "stats.data", "matomo", "recoco", "les-communs", "lescommuns",
        "mnhn.fr", "pastell", "s2low", "parapheur", "piste.gouv", "hubeau", "georisques", "apicarto", "adresse.data.gouv.fr/data/", "cadastre.data.gouv.fr/", "cadastre.gouv.fr",
        "budget.gouv.fr", "payfip.gouv.fr", "rendezvouspasseport", "rdv-opt-auth", "hub-rdv-auth", "api.sandre", "acceslibre", "lecomarquage"),  # (the DGFiP's online payment of local authorities' bills: TIPI, now PayFiP)
       classes=("code", "template", "config", "other"), accept=lambda m: not in_prose_string(m) and not in_page_link(m) and not _named_only(m))  # (a product page linked: no call)


# A client library of the DGFiP's online payment the Java code imports (Paris's fr.paris.vdp.tipi.create.url.webservice.CreateURLWebService,
# building a TIPI payment's address): the block reached through it, wherever its address is set; a package of the project's own so named
# (its sources under …/tipi/) is told apart by the check
signal("blocks.payment-client", r"""^[ \t]*import[ \t]+(?:static[ \t]+)?((?:[a-z_]\w*\.)+(?:tipi|payfip)\.[\w.]*\w)""", ("tipi", "payfip"),
       flags=re.M, exts={"java", "kt", "groovy", "scala"}, classes=("code",), group=1)


# Démarches Simplifiées' API (DINUM's platform of online administrative procedures, renamed demarche.numerique.gouv.fr): its
# address (…/api/v2/graphql, the v1 REST …/api/v1/procedures), or, when the address is read from the settings, the operations of
# its GraphQL schema a client sends (dossierAccepter, dossierRefuser, dossierPasserEnInstruction, dossierEnvoyerMessage… in the
# client's .graphql files): a national platform the project's procedures run on (issue 12, s36 r36 = techsipnrun/autorisations)
signal("blocks.ds-api", r"""((?i:(?:www\.)?(?:demarches-simplifiees\.fr|demarche\.numerique\.gouv\.fr)/api/v[12]\b)[\w/.-]*|"""
       r"""\bdossier(?:Accepter|Refuser|ClasserSansSuite|PasserEnInstruction|RepasserEnInstruction|RepasserEnConstruction|EnvoyerMessage|"""
       r"""ChangerGroupeInstructeur|SupprimerMessage|ModifierAnnotation[A-Z]\w*)\b)""",
       ("demarches-simplifiees", "demarche.numerique", "dossier"), flags=0, classes=("code", "template", "config", "other"),
       accept=lambda m: not in_prose_string(m) and not in_page_link(m) and not _named_only(m))


# A building block named where nothing uses it: a code comment ("# tampon : tiers de télétransmission S2LOW" beside a test of a PDF's
# producer) or a docstring, or its name as a string a parsed text is compared with (producer == "S2LOW", "Pastell" in text)
_COMPARED = lazy_compile(r"""(?:==|!=|\bin|\b(?:startswith|endswith|contains|search|match|find|index|includes|indexOf)\(|\bcase)\s*\(?\s*$""")


def _named_only(m) -> bool:
    if _line_of(m).lstrip().startswith(_COMMENT_START) or in_block_comment(m) or _in_docstring(m):
        return True
    start = m.string.rfind("\n", 0, m.start()) + 1
    before = m.string[start: m.start()]
    quote = max(before.rfind('"'), before.rfind("'"))
    if "." in m.group(0) or quote < 0:
        return False
    after = m.string[m.end(): m.end() + 200].split("\n", 1)[0]
    close = after.find(before[quote])
    return bool(_COMPARED.search(before[:quote])) or (close >= 0 and bool(_COMPARED_AFTER.match(after, close + 1)))


_COMPARED_AFTER = lazy_compile(r"""\s*(?:==|!=|(?:not\s+)?in\b)""")
# Shared public GIS building blocks that local authorities reuse: geOrchestra and its add-ons (cadastrapp), mviewer,
# the IGN Géoportail services and the regional geographic data platforms (GéoBretagne, Geo2France, GéoGrandEst, DatARA…).
# a name followed by "/name" is kept whole ("mviewer/mreport": an image or account path) so that the check can tell the
# project's own image published under that namespace from a use of the commons
def _example_before(m) -> bool:
    """An example is announced in the 120 characters before the match ("e.g. https://…", "par exemple"); a word "example"
    inside an address or a package name (app.sig.example.org, com/example/app) announces nothing."""
    window = m.string[max(0, m.start() - 120): m.start()]
    for x in _EXAMPLE_WORDS.finditer(window):
        before, after = window[x.start() - 1: x.start()], window[x.end(): x.end() + 1]
        if x.group(0)[-1].isalpha() and (before in (".", "/", "@", "-", "_") or after in (".", "/", "@", "-", "_")):
            continue
        return True
    return False


signal("blocks.gis-commons", r"""((?:\bgeorchestra\b|\bcadastrapp\b|\bmviewer\b|/sviewer\b)(?:/[\w.-]+)?|\bHTTP_SEC_(?:PROXY|USERNAME|ROLES|ORG)\b|\bsec-(?:username|roles|proxy|org)\b|(?:wxs\.ign\.fr|geoservices\.ign\.fr|api\.ign\.fr/geoportail|www\.geoportail\.gouv\.fr|"""
       r"""geobretagne\.fr|geo2france\.fr|geograndest\.fr|datara\.gouv\.fr|pigma\.org|ppige-npdc\.fr|crige\.fr|geonormandie\.fr|sigena\.fr|"""
       r"""craig\.fr|geopal\.org|karugeo\.fr|geoguyane\.fr|sigloire\.fr|opendata\.craig\.fr)[\w/.-]*)""",
       ("georchestra", "cadastrapp", "mviewer", "/sviewer", "http_sec_", "sec-", "ign.fr", "geoportail", "geobretagne", "geo2france", "geograndest", "datara", "pigma", "ppige",
        "crige", "geonormandie", "sigena", "craig", "geopal", "karugeo", "geoguyane", "sigloire"),  # (not an address's domain: MAINTAINER psc@georchestra.org)
       classes=("code", "template", "config", "other"), accept=lambda m: m.string[max(0, m.start() - 1): m.start()] != "@" and not (  # nor a comment's
           _line_of(m).lstrip().startswith(_COMMENT_START) or in_block_comment(m) or _in_docstring(m)
           or _example_before(m) or in_attribution(m) or in_account_name(m)))  # nor an example's ("--server … e.g. https://sdi.georchestra.org"), nor a layer's credit

# IGN's services and reference data sets the code reads (a script's WFS layer on wxs-gpu.mongeoportail.ign.fr, a road table kept in step
# with the BD TOPO): the State's geographic commons, as interoperability.geo reads them, but not where a comment, a docstring or an
# example only names them, nor a printed map's credit line ("IGN BD ORTHO®" in a print layout's list of copyrights)
_CREDIT = lazy_compile(r"©|®|\bcopyrights?\b|\bcr[ée]dits?\b", re.I)
signal("blocks.ign", IGN_PATTERN, IGN_HINTS, classes=("code", "template", "config", "other"), accept=lambda m: not (
    in_json_prose(m) or in_attribution(m) or _line_of(m).lstrip().startswith(_COMMENT_START) or in_block_comment(m) or _in_docstring(m)
    or _example_before(m) or _CREDIT.search(_line_of(m)[:1000]) or in_page_link(m) or platform_name_in_page_text(m) or platform_name_in_prose_string(m)
    or in_metadata_keyword(m) or sample_file_in_main_demo(m)))  # (nor a record's keyword "Géoportail", nor a __main__ demo's "bd_topo.shp", s41 ft41)  # (nor a link a visitor follows: <a href="…ign.fr/…">; nor a portal's name a page shows)

# -- portability: the proprietary services' hosts and code are the scaling signals of proprietary_services.yml (below)
_RECEIVER = lazy_compile(r"(?<![\w.])(?:self\.)?([A-Za-z_]\w*)\s*$")


def _browser_option(m) -> bool:
    """An .add_argument("--headless") on an object a browser's Options() made (Selenium's chrome_options = Options(), webdriver.ChromeOptions()):
    an argument given to the browser the program starts, no option the program reads on its command line, which needs a parser (argparse's
    ArgumentParser, click…) (issue 12, s41 fj41)."""
    if not m.group(0).startswith(".add_argument"):
        return False
    recv = _RECEIVER.search(m.string[max(0, m.start() - 80):m.start()])
    return bool(recv) and re.search(rf"(?<![\w.])(?:self\.)?{re.escape(recv.group(1))}\s*=\s*(?:[\w.]+\.)?\w*Options\(\s*\)", m.string) is not None


# A command-line tool's settings given as options (argparse, click, typer, docopt, commander, yargs, picocli)
signal("config.cli-options", r"""(argparse\.ArgumentParser\(|\.add_argument\(\s*['"]-|@click\.option\(|typer\.Option\(|docopt\(|"""
       r"""\.option\(\s*['"]-|yargs\b|@CommandLine\.Option|@Option\(\s*names|\$argv\b|\bgetopt\s*\()""",  # (PHP's $argv, getopt())
       ("argumentparser", "add_argument", "click.option", "typer.option", "docopt", ".option(", "yargs", "commandline.option", "@option(", "$argv", "getopt"),
       classes=("code",), accept=lambda m: not _browser_option(m))
# (the template tags and $t( start with punctuation: no word boundary may lead them — "<h2>{% trans" matched nothing)
signal("i18n.code", r"""(#i18n\{[\w.]+\}|\{%\s*trans(?:late)?\b|\{%\s*blocktrans|\$t\(|->trans\(|\|\s*trans\b|<fmt:message\b|\bOpenLayers\.i18n\(|"""
       r"""\b(?:gettext_lazy|gettext\(|ugettext|i18next|useTranslation\(|vue-i18n|t\(\s*['"][\w.]+['"]\s*\)|__\(\s*['"]|I18n\.t\(|FormattedMessage|next-intl|useIntl\())""",
       ("gettext", "trans", "i18n", "usetranslation", "$t(", "t(", "__(", "formattedmessage", "intl", ":message"), flags=0, classes=("code", "template"))
# Qt's translation system (Qt Linguist; a QGIS plugin's texts): the strings given to tr() / QCoreApplication.translate(), and the
# QTranslator loading the compiled .qm catalogue (issue 12, s39 fh39 = 3liz/qgis-lizsync-plugin: 329 tr('…'), lizsync_{locale}.qm)
signal("i18n.qt-string", r"""(?:\bself\.|(?<![\w.]))tr\(\s*(?:u|f)?['"]|\b(?:QCoreApplication|QApplication)\.translate\(\s*['"]""",
       ("tr(", "translate("), flags=0, exts={"py", "cpp", "cc", "h", "hpp"})
signal("i18n.qt-translator", r"""\bQTranslator\s*\(""", ("qtranslator",), flags=0, exts={"py", "cpp", "cc", "h", "hpp"})
# WordPress translates a plugin's or theme's strings by its text domain: one loaded (load_plugin_textdomain), declared in the header
# ("Text Domain: gie"), or given to the calls (`__('Suivant', 'gie')`); not the documentation's placeholder (`__('Suivant &raquo;',
# 'text-domain')`, a pagination snippet pasted into a communes' plugin, s29 e29), nor no domain at all (WordPress's own strings)
signal("i18n.wp-domain", r"""\bload_(?:plugin|theme|child_theme|muplugin)_textdomain\s*\(|^[ \t/*#]*Text Domain:[ \t]*[\w-]+|"""
       r"""\b(?:__|_e|_x|_ex|_n|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x)\(\s*(['"])(?:\\.|(?!\1).){0,300}?\1\s*,\s*"""
       r"""['"](?!(?:your[-_]|my[-_])?text[-_]?domain['"])[\w-]+['"]""",
       ("textdomain", "text domain", "__(", "_e(", "_x(", "_n(", "esc_"), flags=re.M, exts={"php", "css"})

# -- accessibility and eco-design -----------------------------------------------------------------
signal("a11y.declaration", r"""(d[ée]claration[ -_]d['’]?accessibilit[ée]|declaration-accessibilite|accessibilite|Accessibilité\s*:\s*(?:non|partiellement|totalement)\s+conforme|(?:conform|audit|crit[èe]res|d[ée]claration)[^\n<>.;]{0,60}?\bRGAA\b|\bRGAA\b(?:[^\S\n]*(?:version|v)?[^\S\n]*\d|[^\S\n]*:[^\S\n]*(?:non|partiel|total|conform))|\bRGAA\b|schéma pluriannuel)""",
       ("accessibilit", "rgaa", "pluriannuel"), accept=a11y_statement_cue,
       # (and the legal pages and their links, where a site states it: a single-page app's list of legal notices, legalLinks.ts's
       # "Accessibilité : non conforme" beside "Mentions légales", or a "mentions-legales" page's section)
       classes=("code", "template", "config", "doc", "other", "legal"))
signal("a11y.tooling", r"""(@axe-core/[\w-]+|axe-core|cypress-axe|jest-axe|vitest-axe|pa11y(?:-ci)?|axe-playwright|@axe-core/playwright|lighthouse-ci|@lhci/cli|access-lint)""",
       ("axe", "pa11y", "lighthouse", "lhci", "access-lint"), classes=CODE,  # (set up in a manifest, a CI file or code: a guide's table of tools is no test)
       accept=lambda m: not _UNTICKED.match(_line_of(m)) and not in_prose_string(m))  # (nor a to-do, "- [ ] Ajouter … (pa11y)", nor advice in a string)
# (the acronyms and product names as words, not letters inside an identifier: DefragDoSturgesNovakTest holds "rgesN",
# evergreenItem "greenit": a lower-case word after no letter, a capitalised one after no capital — useEcoIndex is a word —, no lower-case letter after)
signal("eco.declaration", r"""(d[ée]claration[ -_]d['’]?[ée]co-?conception|declaration-ecoconception|[ée]co-?conception|(?-i:(?<![A-Za-z])(?:rgesn|ecoindex|greenit|green-it)(?![a-z])|(?<![A-Z])(?:RGESN|Rgesn|EcoIndex|Ecoindex|ECOINDEX|GreenIT|GREENIT|Greenit|Green-IT)(?![a-z])))""",
       ("conception", "rgesn", "ecoindex", "greenit", "green-it"), classes=("code", "template", "config", "doc", "other"))
signal("eco.budget", r"""(lighthouserc|@lhci/cli|lhci autorun|size-limit|bundlesize|performance-budget|budget\.json|maxAssetSize|maxEntrypointSize|ecoindex-cli|ecoindex_cli|sitespeed\.io|"budgets"\s*:)""",
       ("lighthouserc", "lhci", "size-limit", "bundlesize", "budget", "maxassetsize", "maxentrypointsize", "ecoindex", "sitespeed"),
       classes=CODE)  # configured or run by the project: an RFC text or a guide naming size-limit budgets nothing
# access restricted by the web server in front of the service (Apache AuthType Basic, nginx auth_basic, an htpasswd file)
# Sign-in against the organisation's directory written in the code or its server configuration (no library to declare it)
signal("auth.ldap-code", r"""(ldaps?://[\w.-]+|\bInitial(?:Dir|Ldap)Context\b|\bldap_(?:bind|connect)\s*\(|\bldap3\.(?:Server|Connection)\b|"""
       r"""\bldap\.createClient\(|com\.sun\.jndi\.ldap|\b\w*LDAP\.\w+\(|<realm-name>\s*JNDIRealm\b|\bJNDIRealm\b)""",  # (Tomcat's directory realm)
       ("ldap", "jndirealm"), flags=0, classes=("code", "config", "data", "other"),
       # an option commented out in a configuration file (Lufi's "#ldap => { uri => 'ldaps://ldap.example.org'") signs nobody in
       # (a bind with the service's own account — a constant, literal or configured password, or none — opens the directory to
       # read or administer it: nobody signs in by it, s25)
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and not re.search(r"\bexample\.(org|com|net)\b|\bexemple\.", m.group(0))
       and not (m.group(0).startswith("ldap_bind") and service_bind(m.string[m.end(): m.end() + 400].split("\n", 1)[0])))
# An API that checks a bearer token or a request's signature itself (a shared secret between services, Lutece's signrequest): no user sign-in
signal("auth.bearer", r"""(WWW-Authenticate['"]?\s*[,:)]?\s*[^\n]{0,40}Bearer|strip_prefix\(\s*"Bearer |startsWith\(\s*['"]Bearer |"""
       r"""startswith\(\s*['"]Bearer |HTTPBearer\(|bearer_auth|BearerAuth|[=!]==?\s*['"]Bearer ['"]\s*\+|\.split\(\s*['"]Bearer|"""
       r"""\bclass\s+\w*Api_?Key\w*(?:Filter|Interceptor|Guard|Middleware|Auth\w*)\b|getHeader\(\s*['"]X-API-KEY['"]|\bsignrequest\.\w*Authenticator\b)""", ("bearer", "apikey", "api_key", "x-api-key", "signrequest"), flags=re.I, classes=("code",))
# A plugin's pages where a person is signed in through its host site (Lutece's front-office user or back-office admin pages)
signal("auth.host-user", r"""\b(getRegisteredUser\(|AdminUserService\.getAdminUser\(|LuteceUser|MVCAdminJspBean|PluginAdminPageJspBean|AdminFeaturesPageJspBean)\b""",
       ("getregistereduser", "getadminuser", "luteceuser", "mvcadminjspbean", "pluginadminpagejspbean", "adminfeaturespagejspbean"), flags=0, classes=("code",))
# a CKAN extension checking the person signed in to CKAN (c.userobj, toolkit.c.user, authz.is_sysadmin) or linking its pages to CKAN's
# sign-in (`{% link_for _('Log in'), controller='user', action='login' %}`): people sign in with CKAN's accounts (issue 12, s39 fn39)
signal("auth.ckan-user", r"""(\b(?:(?:base|toolkit|tk|h|p\.toolkit)\.)?c\.(?:userobj|user)\b|\bauthz\.is_(?:sysadmin|authorized)\(|"""
       r"""controller=['"]user['"],[ \t]*action=['"]login['"])""",
       ("c.user", "authz.is_", "action='login'", 'action="login"'), flags=0, classes=("code", "template"))
# (a directive commented out restricts nothing: a map site's .htaccess keeping "#AuthType Basic" / "#AuthUserFile …/.htpasswd" /
# "#Require valid-user" from its closed beta, Geographie-cites/mobiliscope, s35 k35; a prose heading naming htpasswd stays)
_WEBSERVER_AUTH_OFF = re.compile(r"(?:#+|//|;|<!--)[^\S\n]*(?:AuthType|AuthUserFile|AuthGroupFile|AuthName|AuthBasicProvider|auth_basic(?:_user_file)?"
                                 r"|<auth-method>|<login-config>|Require)\b", re.I)
signal("auth.webserver", r"""\b(AuthType\s+(?:Basic|Digest)|AuthUserFile|auth_basic(?:_user_file)?|htpasswd)\b|(<auth-method>\s*(?:BASIC|DIGEST|FORM)\b)""", ("authtype", "authuserfile", "auth_basic", "htpasswd", "auth-method"),
       classes=("config", "other", "doc"), accept=lambda m: not _WEBSERVER_AUTH_OFF.match(_line_of(m).lstrip()))
# (an input's id or a PHP value naming a password: pwdInput, motPasse, mot_de_passe, userPassword, $compte->getMdp(); not compass nor passage)
_PWD_ID = password_word(code=False, french=False, after="(?![a-z])")
# (PHP's password_verify() checks a typed password against an account's stored hash: a hand-written sign-in with $_SESSION, no
# framework — a commune's site, s27 u27; Werkzeug's check_password_hash()/generate_password_hash() the same in a Flask API's own
# /login and /signup routes — a map viewer's back end, s27 lead)
signal("auth.local", r"""\b(login_required|LoginView|LoginRequiredMixin|(?<!\.)(?<!def )(?<!async def )authenticate\(|passport-local|form_login|json_login|UserPasswordHasher|password_hash\(|password_verify\(|(?:check|generate)_password_hash\(|bcrypt|argon2|devise(?:_for\b|\s+:\w)|has_secure_password|signInWithEmailAndPassword|next-auth|Auth::attempt|Auth::routes\(|IsAuthenticated|OAuth2Password(?:Bearer|RequestForm)|@login_required|security\.yaml|firewalls:|ADMIN_(?:PASSWORD|PASS|TOKEN|SECRET)\d?)"""
       # a sign-in form of the interface itself (an Angular/React/Vue front end of a CMS's member accounts)
       r"""|(?<![\w-])(type=["']password["']|<(?:Input\.Password|PasswordInput|PasswordField)\b)|(?<![\w-])(auto[cC]omplete=\{?["']current-password["']|(?:hx-post|action|formaction)=["'{`][^"'`\n]{0,80}/log[-_]?in["'`?/}])"""  # (the browser's token of a sign-in form's password; a form posting to a login route)
       # a shared password checked against a setting (SvelteKit's `password === env.PUBLIC_PASSWORD`: gestion_inventaire's front)
       r"""|([=!]==?\s*(?:process\.|import\.meta\.)?env\.\w*PASSWORD\w*)"""
       # a typed password hashed by hand in PHP and compared with the stored one (`hash("sha256", $compte->getMdp()) == $compteBdd->getMdp()`,
       # `md5($_POST['password']) === $row['mdp']`): a hand-written sign-in of local accounts, a session set next (a billing portal's
       # Symfony controller without the security component, s28 d28); a hash stored, not compared, is left out (a plugin importing users)
       r"""|(\b(?:hash|md5|sha1|crypt)\(\s*(?:["'][\w-]+["']\s*,\s*)?\$[\w\[\]'"$>-]{0,60}?""" + _PWD_ID + r"""[^\n]{0,80}?[=!]==?"""
       r"""|[=!]==?\s*(?:hash|md5|sha1|crypt)\(\s*(?:["'][\w-]+["']\s*,\s*)?\$[\w\[\]'"$>-]{0,60}?""" + _PWD_ID + ")"
       # a session marked signed in (Symfony 1's $user->setAuthenticated(true)); Dash's accounts (dash_auth.BasicAuth); Django's or Wagtail's admin routed (admin.site.urls)
       r"""|(->setAuthenticated\(\s*true\s*\)|\bdash_auth\.BasicAuth\()|(\badmin\.site\.urls\b|\bwagtailadmin_urls\b)"""
       # Supabase Auth's own accounts: its e-mail and password calls (client.auth.signInWithPassword, auth.signUp), and Supabase's Auth UI
       # component (@supabase/auth-ui-react, -svelte, -solid, -vue: an e-mail and password form by default; the providers it is given are
       # auth.provider-sign-in's) — issue 12, s46 fg46, a React PWA's Login page <Auth supabaseClient providers={[]}> read as no sign-in
       r"""|(\.auth\.(?:signInWithPassword|signUp)[^\S\n]*\(|["']@supabase/auth-ui-(?:react|svelte|solid|vue)["'])""",
       ("login", "authenticate(", "password", "passport", "form_login", "json_login", "passwordhasher", "password_hash", "bcrypt", "argon2", "devise", "secure_password",
        "signinwith", "next-auth", "auth::attempt", "auth::routes", "isauthenticated", "oauth2password", "firewalls:", "admin_", "setauthenticated",
        "basicauth(", "admin.site.urls", "wagtailadmin_urls", "hash(", "md5(", "sha1(", "crypt(", "auth.signup", "auth-ui-"), flags=0,
       classes=("code", "config", "template"), accept=local_sign_in)
# A Shiny application's sign-in (R): the password typed in a passwordInput compared by the server (`if (input$pwdInput == mdpAdmin)`),
# or an R package of accounts for Shiny (shinymanager's secure_app/secure_server/check_credentials, shinyauthr's loginUI/loginServer,
# polished's secure_ui/secure_server; cran.r-project.org/package=shinymanager, =shinyauthr, =polished, consulted 2026-12-05). A
# passwordInput itself (the field) counts beside such a check only (a form asking for a database's password signs no one in).
signal("auth.shiny", rf"""(\binput\$[\w.]{{0,60}}?{_PWD_ID}[\w.]{{0,40}}[^\S\n]*(?:==|!=|%in%)|(?:==|!=)[^\S\n]*input\$[\w.]{{0,60}}?{_PWD_ID})"""
       r"""|(\b(?:shinymanager::)?(?:secure_app|secure_server|check_credentials)[^\S\n]*\(|\bshinyauthr::login(?:UI|Server)[^\S\n]*\(|\bpolished::secure_(?:ui|server)[^\S\n]*\("""
       r"""|\b(?:library|require)\([^\S\n]*["']?(?:shinymanager|shinyauthr|polished)["']?[^\S\n]*\))"""
       r"""|(\bpasswordInput[^\S\n]*\()""",
       ("input$", "secure_", "check_credentials", "shinyauthr", "shinymanager", "polished", "passwordinput"), flags=0, exts={"r", "rmd"},
       classes=("code",), accept=lambda m: not _line_of(m).lstrip().startswith("#"))
# A stored account's password compared as it is with the one typed (`u.fields.Password === password`, `user.password == form.password`):
# no hash between them (not `hashedPassword`, not `password === confirmPassword`, a form's two fields)
# PHP too: the password typed (`$passwordSaisi`, `$_POST['mdp']`) compared with the stored account's (`$this->password`,
# `$row['mdp']`), maybe through string functions (`strtolower(trim($passwordSaisi))==strtolower(trim($this->password))`, a commune's
# register of processings, s29 e29); a confirmation field (`$password2`, `$confirmPassword`) or a hash between them is left out
_PHP_PWD = (r"(?:\w*_|\w*(?-i:(?<=[a-z])(?=[A-Z])))?(?:password|passwd|passe|pass|pwd|mdp|motdepasse|mot_de_passe)")  # a word of the name
_PHP_WRAP = r"(?:(?:mb_)?(?:strtolower|strtoupper|trim|rtrim|ltrim|stripslashes|addslashes|htmlspecialchars|htmlentities)\(\s*)*"
_PHP_TYPED = (r"\$(?:_(?:POST|GET|REQUEST)\[\s*['\"]|(?!_(?:POST|GET|REQUEST)\b))(?!\w*(?:confirm|repeat|again|verif|new|old|2|hash|crypt|md5|sha))"
              + _PHP_PWD + r"(?-i:(?![a-z]))\w*(?:['\"]\s*\])?")
_PHP_STORED = r"\$(?!_(?:POST|GET|REQUEST)\b)\w+(?:->|\[\s*['\"])" + _PHP_PWD + r"\b(?:['\"]\s*\])?(?!\s*\()"
_HASHED = lazy_compile(r"\b(?:md5|sha1|hash|hash_hmac|crypt|password_hash|password_verify|bcrypt\w*|sha256)\s*\(\s*(?:['\"][\w-]+['\"]\s*,\s*)?$", re.I)


def _not_hashed(m) -> bool:
    """No hash function applied to the first operand (`md5($pass) == $row['mdp']` is another signal's hashed compare)."""
    return not _HASHED.search(m.string[max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 60):m.start()])


signal("auth.plain-password", r"""(?:[\w$]+\.)+password\s*===?\s*(?<![\w$])(?:[\w$]+\.)*password\b(?!\s*\()|(?<![\w$.])password\s*===?\s*(?:[\w$]+\.)+password\b(?!\s*\()"""
       # Rails' (Sinatra's) request parameters: a record's password compared with the one posted (`@famille.password == params[:password]`)
       r"""|(?:[\w$]+\.)+password\s*[=!]=\s*params(?:\[[^\]\n]{1,40}\])*\[\s*(?::|['"])password['"]?\s*\]|params(?:\[[^\]\n]{1,40}\])*\[\s*(?::|['"])password['"]?\s*\]\s*[=!]=\s*(?:[\w$]+\.)+password\b(?!\s*\()"""
       rf"""|{_PHP_WRAP}{_PHP_TYPED}\)*\s*===?\s*{_PHP_WRAP}{_PHP_STORED}|{_PHP_WRAP}{_PHP_STORED}\)*\s*===?\s*{_PHP_WRAP}{_PHP_TYPED}(?![\w\[(])""",
       ("password", "passwd", "pwd", "mdp", "motdepasse", "mot_de_passe"), flags=re.I, classes=("code",), accept=_not_hashed)

# The scaling facts' signals (hosts, services, restricted data sets) are built from their data files.
from auditor.facts.scaling import signals as _scaling_signals  # noqa: E402,F401
