"""interoperability.api-spec and interoperability.data-standards.

Longer than 400 lines: data-standards weighs every kind of data file, format and schema in one function, read in one place;
its helpers (data storage, samples, templates, Shapefiles) already live in data_storage.py."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from auditor.checks.interface import Evidence, Result, T, check
from auditor.checks.reusability.common import code_free, dep_evidence_lines, documentation_only, hit_evidence, host_extension, match_deps, textscan_ok
from auditor.facts.kind_documents import course_material, specifies_data
from auditor.facts.inventory import ONTOLOGY, RDF_EXT, is_test, is_vendored
from auditor.facts.kind_plumber import PLUMBER_API
from auditor.facts.project import decided_kind, kind_label, run_on_schedule, select_queries_only
from auditor.facts.settings_files import EDITOR_FOLDER
from auditor.facts.textscan import sql_path  # (a data model's code, though the text scan files SQL with data)
from auditor.facts.tree import placeholder, tree_of
from auditor.checks.interoperability.openapi_advice import openapi_todo as _openapi_todo
from auditor.checks.interoperability.r_data_package import presents_data
from auditor.checks.licensing.common import STATE_DEFAULT
from auditor.checks.licensing.data_docs import _json_data as large_json_data
from auditor.checks.interoperability.national_standards import XML_STANDARDS, national_standards, schema_todo as _schema_todo
from auditor.checks.interoperability.ogc import ogc_server, ogc_served, ogc_served_result, ogc_service_names
from auditor.checks.interoperability.data_storage import FEED_STYLE, doc_scripts_result, example_scripts, files_formats, named_data_file, supplier_load, supplier_model, gdal_chain, gdal_formats, osm_import_files, osm_kit, supplier_record, SAMPLE_KINDS, sample_files, template_files, templates_only, tool_without_data, hosted_data as _hosted_data, no_database_model as _no_database_model, selects_only, own_database as _own_database, own_tree, shapefile_format, no_format_words
from auditor.checks.interoperability.api_frameworks import apps_script_json_result, go_pages_only
from auditor.checks.interoperability.private_storage import own_backend_result, private_api, private_storage_result, reserved
from auditor.checks.interoperability.api_frameworks import DASHBOARD_FRAMEWORKS, REST_FRAMEWORKS, SPEC_GENERATORS, WEB_FRAMEWORKS, _web, codeless_result, next_route_handlers, nuxt_server_routes, own_graphql, page_called_files, page_json_hit, page_xhr_files, page_xhr_result, pages_only, rest_frameworks, serves_no_api, spring_rest_controllers, spring_rest_result, webutils_result, webutils_routes  # noqa: F401

# the server each dashboard framework runs on (Dash on Flask; Streamlit, Panel and Voilà on Tornado): that server is the board's own; another
# beside it is not — a Flask app with its /api/ routes next to a Streamlit front serves an API of its own (issue 12, s41 fj41)
DASHBOARD_SERVERS = {"dash": ("flask",), "streamlit": ("tornado",), "panel": ("tornado",), "voila": ("tornado",)}
PUBLISHING_KINDS = ("static-site", "data-specification")  # kinds serving no API of their own, judged on the API description they publish
# OGC encodings, by file extension (+ Web Map Context 1.1, OGC 05-005: a viewer's saved maps, geOrchestra's mapfishapp/contexts/*.wmc)
OGC_NAMES = {"sld": "SLD", "gpkg": "GeoPackage", "gml": "GML", "kml": "KML", "wmc": "Web Map Context"}


@check(
    id="interoperability.api-spec",
    family="interoperability",
    effort="days",
    title=T("L'API est décrite par une spécification ouverte (OpenAPI, AsyncAPI, GraphQL)", "The API is described by an open specification (OpenAPI, AsyncAPI, GraphQL)"),
    rationale=T(
        "Un service qui décrit son API en OpenAPI (standard beta.gouv « APIs documentées ») peut être branché sur les outils d'autres "
        "territoires et de l'État, testé et documenté automatiquement.",
        "A service that describes its API in OpenAPI (beta.gouv standard \"documented APIs\") can be plugged into the tools of other "
        "territories and of the State, tested and documented automatically.",
    ),
    remediation=T(
        "Générez la description OpenAPI avec le framework (drf-spectacular, FastAPI, @nestjs/swagger, API Platform, NelmioApiDocBundle) "
        "et versionnez-la (openapi.yaml) ; corrigez les spécifications invalides listées.",
        "Generate the OpenAPI description with the framework (drf-spectacular, FastAPI, @nestjs/swagger, API Platform, NelmioApiDocBundle) "
        "and commit it (openapi.yaml); fix the invalid specifications listed.",
    ),
    # (a static site or a data specification is judged only on the API description it publishes: swagger-ui's site of a
    # département's openapi.json, an exchange standard with its OpenAPI contract)
    kinds=("web-application", "api-service", "static-site", "data-specification"),
)
def api_spec(ctx) -> Result:
    res = _api_spec(ctx)
    stubs = res.details.get("stubs") or []
    if not stubs:
        return res
    # an OpenAPI stub (`paths: {}`) describes nothing: judged as no committed specification, and said (issue 12, s42 fk42 = GIP-RECIA/GLC)
    fr = f"La spécification versionnée {stubs[0]} ne décrit aucune opération (paths vide) : une ébauche, qui ne documente pas l'API."
    en = f"The committed specification {stubs[0]} describes no operation (empty paths): a stub, which documents no API."
    res.evidence.insert(0, Evidence(path=stubs[0], value="paths: {}", kind="finding", note=T("Spécification vide.", "Empty specification.")))
    if res.status.value in ("pass", "not_applicable", "inconclusive"):
        return Result.warn(T(fr + " " + res.message["fr"], en + " " + res.message["en"]), res.evidence, score=4, **res.details)
    res.message = T(res.message["fr"].rstrip(".") + ". " + fr, res.message["en"].rstrip(".") + ". " + en)
    return res


def _api_spec(ctx) -> Result:
    kind = decided_kind(ctx.fact("project") or {})
    if kind in PUBLISHING_KINDS and not ctx.fact("api_specs")["documents"]:
        # (what was looked for: a documentation site's pages may describe another service's API in prose)
        return Result.not_applicable(T(f"Sans objet pour ce projet de type « {kind_label(kind, 'fr')} », qui ne publie aucune description d'API "
                                       "lisible par une machine (OpenAPI, AsyncAPI, GraphQL).",
                                       f"Not applicable to this project, a {kind_label(kind, 'en')} publishing no machine-readable API description "
                                       "(OpenAPI, AsyncAPI, GraphQL)."), kind=kind)
    scan = textscan_ok(ctx)
    specs, invalid = [], []
    for doc in ctx.fact("api_specs")["documents"]:
        path = doc["path"]
        if "error" in doc:
            invalid.append(Evidence(path=path, value=doc["error"], kind="finding", note=T("Spécification illisible (YAML/JSON invalide).", "Unreadable specification (invalid YAML/JSON).")))
            continue
        info = {**doc["spec"], "path": path}
        if info["problems"]:
            invalid.append(Evidence(path=path, value={"problems": info["problems"], "version": info["version"]}, kind="finding",
                                   note=T("Spécification incomplète ou invalide.", "Incomplete or invalid specification.")))
        specs.append(info)
    graphql = own_graphql(ctx, scan["signals"])
    generators = match_deps(ctx, [SPEC_GENERATORS], dev=True, unimported=False)
    framework_code = [h for h in scan["signals"].get("spec.framework", []) if h[3] in ("code", "config")]
    # (an R plumber API: plumber builds the OpenAPI description from its endpoints' annotations at run time, s42 fj42)
    plumber = [e["path"] for e in (ctx.fact("project") or {}).get("kind_evidence") or [] if e.get("reason") == PLUMBER_API]
    ev = [Evidence(path=s["path"], value={"kind": s["kind"], "version": s["version"], "operations": s["operations"]}, kind="found")
          for s in specs if not s["problems"] and not s.get("empty")][:20]
    ev += invalid[:20]
    ev += [Evidence(path=p, value="GraphQL schema", kind="found") for p in sorted(set(graphql))[:5]]
    ev += dep_evidence_lines(ctx, generators, limit=5)
    ev += hit_evidence(framework_code, limit=5)
    ev += [Evidence(path=p, value="plumber", kind="found") for p in plumber[:5]]
    valid = [s for s in specs if not s["problems"] and not s.get("empty")]
    details = {"specs": [{k: s[k] for k in ("path", "kind", "version", "operations")} for s in specs][:20],
               "generators": [g for g, _ in generators], "graphql": sorted(set(graphql))[:10], "invalid": len(invalid)}
    if stubs := [s["path"] for s in specs if not s["problems"] and s.get("empty")]:
        details["stubs"] = stubs[:5]
    if valid or graphql:
        score = 10.0 - min(4.0, 2.0 * len(invalid))
        ops = sum(s["operations"] for s in valid)
        return Result.scored(score, T(f"{len(valid)} spécification(s) valide(s) ({ops} opérations){', schéma GraphQL' if graphql else ''}"
                                      f"{f', {len(invalid)} invalide(s)' if invalid else ''}.",
                                      f"{len(valid)} valid specification(s) ({ops} operations){', GraphQL schema' if graphql else ''}"
                                      f"{f', {len(invalid)} invalid' if invalid else ''}."), ev, **details)
    if generators or framework_code or plumber:
        score = 7.0 - min(3.0, 1.5 * len(invalid))
        return Result.scored(score, T("Spécification générée par le framework à l'exécution, mais non versionnée dans le dépôt.",
                                      "Specification generated by the framework at run time, but not committed to the repository."), ev,
                             **details).advise(_openapi_todo(match_deps(ctx, [REST_FRAMEWORKS, WEB_FRAMEWORKS], dev=False) + list(generators), generated=True))  # (the generator names its tool: quarkus-smallrye-openapi)
    if invalid:
        return Result.fail(T(f"{len(invalid)} spécification(s) invalide(s), aucune valide.", f"{len(invalid)} invalid specification(s), none valid."), ev, score=1, **details)
    rest = rest_frameworks(ctx, dev=False, unimported=False)  # (a pip freeze pinning a framework the code never imports serves nothing)
    web = _web(ctx)  # (a framework first)
    declared = [e for a in (ctx.fact("project") or {}).get("also_kinds") or [] if a.get("kind") == "api-service"
                for e in a.get("evidence") or [] if re.search(r"REST resource\(s\) declared|^back end of the mobile", str(e.get("reason")))]
    if declared and not rest:  # a host's plugin declaring the REST resources its host serves, or a mobile app's own server (api/)
        what = declared[0]["reason"].replace("REST resource(s) declared in the code", "ressource(s) REST déclarée(s) dans le code").replace(
            "REST resource(s) declared", "ressource(s) REST déclarée(s)").replace("back end of the mobile application (server framework", "serveur de l'application mobile (cadriciel")
        return Result.fail(T(f"Une API est servie ({declared[0]['path']} : {what}) sans spécification OpenAPI.",
                             f"An API is served ({declared[0]['path']}: {declared[0]['reason']}) without an OpenAPI specification."),
                           [Evidence(path=declared[0]["path"], value=declared[0]["reason"], kind="finding")], **details)
    if rest:
        return Result.fail(T(f"Une API est servie ({rest[0][0]}) sans spécification OpenAPI.", f"An API is served ({rest[0][0]}) without an OpenAPI specification."),
                           dep_evidence_lines(ctx, rest, kind="finding", limit=3), **details).advise(_openapi_todo(rest))
    if spring := spring_rest_controllers(scan):  # @RestController classes: endpoints answering data (a Spring MVC synchro module)
        return spring_rest_result(spring, details)
    if webutils := webutils_routes(scan):  # an ENT module's @Get/@Post routes answering renderJson(request, …) (entcore, Vert.x)
        return webutils_result(webutils, details)
    if ogc := ogc_server(ctx):  # MapProxy, PyWPS, mapscript: OGC web services, described by their GetCapabilities (before a web framework's advice)
        return Result.not_applicable(T(f"Services web OGC (WMS, WMTS, WPS…) servis par {ogc[0][0]}, décrits par leurs propres capacités "
                                       "(GetCapabilities) : pas de spécification OpenAPI attendue.",
                                       f"OGC web services (WMS, WMTS, WPS…) served by {ogc[0][0]}, described by their own capabilities "
                                       "(GetCapabilities): no OpenAPI specification expected."), server=ogc[0][0], **details)
    if served := ogc_served(ctx):  # a CSW catalogue written by hand, a Flask TJS server's XML templates: the OGC standard is their specification
        return ogc_served_result(served, details)
    board = match_deps(ctx, [DASHBOARD_FRAMEWORKS], dev=False)
    servers = {s for b, _ in board for s in DASHBOARD_SERVERS.get(b.lower(), ("flask", "tornado"))}
    if board and all(d.lower() in servers for d, _ in web):  # Flask under Dash, Tornado under Streamlit: the dashboard's own server
        web = []
    if web and (pages := pages_only(ctx, web, scan, details)):  # (a Wagtail site, a Laravel front end: pages only, no JSON answered)
        return pages
    if web and (api := decided_kind(ctx.fact("project") or {}) == "api-service") in (True, False):  # (the message follows the kind: a Slim API serves data)
        return Result.warn(T(f"Service d'API web ({web[0][0]}) sans spécification d'API : décrivez ses routes en OpenAPI." if api else f"Application web ({web[0][0]}) sans spécification d'API : si elle expose des données, décrivez-les en OpenAPI.",
                             f"Web API service ({web[0][0]}) without an API specification: describe its routes in OpenAPI." if api else f"Web application ({web[0][0]}) without an API specification: if it exposes data, describe it in OpenAPI."),
                           dep_evidence_lines(ctx, web, limit=2), score=4, **details).advise(_openapi_todo(web))
    if nxt := next_route_handlers(ctx, scan):  # a Next.js site's route handlers answering JSON (a contact form's endpoint, a search)
        files = sorted({h[0] for h in nxt})
        return Result.warn(T(f"{len(files)} gestionnaire(s) de route Next.js répondent en JSON (par exemple {files[0]}) sans spécification d'API : "
                             "décrivez-les en OpenAPI.",
                             f"{len(files)} Next.js route handler(s) answer JSON (for example {files[0]}) without an API specification: "
                             "describe them in OpenAPI."), hit_evidence(nxt, kind="finding", limit=5), score=4, **details)
    if nuxt := nuxt_server_routes(ctx):  # a Nuxt application's server routes (server/api/spots.ts), answering what they return as JSON
        return Result.warn(T(f"{len(nuxt)} route(s) serveur Nuxt répondent aux requêtes HTTP (par exemple {nuxt[0]}) sans spécification d'API : "
                             "décrivez-les en OpenAPI.",
                             f"{len(nuxt)} Nuxt server route(s) answer HTTP requests (for example {nuxt[0]}) without an API specification: "
                             "describe them in OpenAPI."), [Evidence(path=p, value="Nuxt server route", kind="finding") for p in nuxt[:5]],
                           score=4, **details)
    own = [e["path"] for e in (ctx.fact("project") or {}).get("kind_evidence") or [] if e.get("reason") in ("HTTP server program (C#)", "HTTP server program (C/C++)", "Go program serving HTTP")]
    if own and (pages := go_pages_only(ctx, scan, own, details)):  # (a Go server whose handlers only render templates: pages)
        return pages
    if own:  # a program that is its own HTTP server (a C# HttpServer answering its web interface): an API may be there, described nowhere
        return Result.warn(T(f"Programme serveur HTTP ({own[0]}) sans spécification d'API : s'il expose des données, décrivez-les en OpenAPI.",
                             f"HTTP server program ({own[0]}) without an API specification: if it exposes data, describe it in OpenAPI."),
                           [Evidence(path=own[0], value="HTTP server", kind="found")], score=4, **details)
    php_json = [h for sid in ("api.php-json", "api.host-json") for h in scan["signals"].get(sid, []) if h[3] == "code"]  # (Zend_Rest_Server, AJAX)
    php_json += [h for h in scan["signals"].get("api.template-json", []) if h[3] in ("code", "template")]  # (a SPIP squelette sending JSON)
    if php_json and set(files := sorted({h[0] for h in php_json})) <= page_xhr_files(scan["signals"]):
        return page_xhr_result(php_json, files, details)  # (an upload form's replies to its own page's XMLHttpRequest)
    if php_json:  # PHP pages answering JSON to an app (ws/points.php), a Django host's plugin returning its JsonResponse: an API, described nowhere
        return Result.warn(T(f"{len(files)} fichier(s) de code répondent eux-mêmes aux requêtes HTTP (par exemple {files[0]}) sans spécification d'API : "
                             "décrivez-les en OpenAPI.",
                             f"{len(files)} code file(s) answer HTTP requests themselves (for example {files[0]}) without an API specification: "
                             "describe them in OpenAPI."),
                           hit_evidence(php_json, kind="finding", limit=5), score=4, **details)
    routes = [h for h in scan["signals"].get("api.served-json", []) if h[3] in ("code", "config")]
    # (a Lutece JSP bean or MVC view answering JSON, XxxJspBean.java or responseJSON(…), answers its own pages' scripts)
    page_json, routes = [h for h in routes if page_json_hit(h)], [h for h in routes if not page_json_hit(h)]
    page_json += [h for h in scan["signals"].get("api.json-string", []) if h[3] == "code" and page_json_hit(h)]  # (a JSP bean's @Action: its page's JSON)
    if routes:  # JSON routes of a Drupal module, a servlet answering JSON: an API, described nowhere
        files = sorted({h[0] for h in routes})
        return Result.warn(T(f"{len(files)} fichier(s) déclarent ou servent des réponses JSON par l'hôte ou le conteneur de servlets (par exemple "
                             f"{files[0]}) sans spécification d'API : décrivez-les en OpenAPI.",
                             f"{len(files)} file(s) declare or serve JSON answers through the host or the servlet container (for example "
                             f"{files[0]}) without an API specification: describe them in OpenAPI."),
                           hit_evidence(routes, kind="finding", limit=5), score=4, **details)
    if jaxrs := ctx.fact("jaxrs_resources"):  # JAX-RS resources a host's runtime serves (a Lutece plugin's rs/ proxy on plugin-rest), not JSON
        return Result.warn(T(f"{len(jaxrs)} ressource(s) REST JAX-RS servie(s) par l'hôte (par exemple {jaxrs[0]}) sans spécification d'API : "
                             "décrivez-les en OpenAPI.",
                             f"{len(jaxrs)} JAX-RS REST resource(s) served through the host (for example {jaxrs[0]}) without an API specification: "
                             "describe them in OpenAPI."),
                           [Evidence(path=p, value="JAX-RS resource", kind="finding") for p in jaxrs[:5]], score=4, **details)
    if board:  # a Dash or Streamlit app serves its pages and their callbacks, no API of its own to describe
        # (named for the framework, not "a dashboard": a Streamlit chat assistant is an app of it as much as a page of charts, s41 fa41)
        return Result.not_applicable(T(f"Application servie par {board[0][0]} (ses pages et leurs rappels), sans API détectée : pas de "
                                       "spécification attendue.",
                                       f"App served by {board[0][0]} (its pages and their callbacks), no API detected: no specification expected."),
                                     **details)
    if ajax := [h for h in scan["signals"].get("api.ajax-json", []) if h[3] == "code"] + page_json:  # a WordPress theme's admin-ajax handlers
        return Result.not_applicable(T(f"Le code ne répond en JSON qu'aux appels AJAX des pages du site lui-même ({ajax[0][2]}, {ajax[0][0]}), "
                                       "sans API ouverte à d'autres clients : pas de spécification attendue.",
                                       f"The code answers JSON only to the AJAX calls of the site's own pages ({ajax[0][2]}, {ajax[0][0]}), "
                                       "with no API open to other clients: no specification expected."), hit_evidence(ajax, limit=3),
                                       ajax_json=True, **details)
    if gas := apps_script_json_result(scan, details):  # (a Google Apps Script web app's doGet/doPost answering JSON)
        return gas
    return codeless_result(ctx, details) or Result.not_applicable(T("Aucune API servie détectée (ni framework d'API déclaré, ni code répondant en JSON) : pas de spécification attendue.",
                                   "No served API detected (no API framework declared, no code answering JSON): no specification expected."), **details)


PROGRAMME_FIELDS = ("porteurcodesiret", "budgetprevisionnel", "datedebutprevisionnelle", "phasestatut", "recocoid", "tetid", "mecid",
                    "collectiviteids", "codedepartements", "coderegions", "leviers", "schema-projet-collectivites-transition-ecologique")


def _norm_field(s: str) -> str:
    return s.replace("_", "").lower()


TOOL_KINDS = ("gis-kit", "library", "cli-tool", "infrastructure")  # tools rather than data: no data schema expected without data


# a folder of data (data/, donnees/, datasets/) and, in it, not a program's settings, translations, fixtures or examples
JSON_DATA_DIR = re.compile(r"(?:^|/)(?:data|donn[ée]es|datasets?)/", re.I)
# (nor a copy of the application's own store kept in a backups folder, a CMS content export made for a migration: its own storage,
# not data it publishes — issue 12, s45 fl45; nor a shipped default of the app's state, data/page-data.default.json — s45 fm45)
JSON_NOT_DATA = re.compile(r"(?:^|/)(?:i18n|locales?|lang|translations?|fixtures?|examples?|samples?|node_modules|config|backups?|sauvegardes?)(?:/|$)|package(?:-lock)?\.json$|" + STATE_DEFAULT.pattern, re.I)
# (nor a large JSON among a page's styles, fonts or icons: an icon font's glyph map, styles/elementor/eicons/eicons.json)
_STYLE_ASSET = re.compile(r"(?:^|/)(?:styles?|css|s[ac]ss|less|fonts?|[\w-]*icons?|images?|img|animations?|lottie)/", re.I)


# the calls that read or write a CSV's rows one by one (PHP's fgetcsv/fputcsv/str_getcsv, Python's csv module, Java's CSV readers):
# the code that calls them knows the columns
CSV_ROWS = re.compile(r"fgetcsv|fputcsv|str_getcsv|csv\.(?:writer|reader|DictWriter|DictReader)|CSV(?:Reader|Writer|Printer|Parser)", re.I)


# configuration folders: an XML file there is settings a program reads, even with its DTD beside it (WEB-INF/, conf/)
_SETTINGS_DIRS = {"web-inf", "meta-inf", "conf", "config", "configuration", "settings", "etc"}

# an R package's data folders: data/ (usethis::use_data) and inst/extdata/ (raw files)
R_DATA_DIR = re.compile(r"(?:^|/)(?:data|extdata)/", re.I)

# schema.data.gouv.fr and its validator Validata: the national catalogue itself; Frictionless, Table Schema and Data Package are the
# tools and formats its schemas are written and validated with (a schema's CI running "frictionless validate"), no reference to it
SCHEMA_CATALOGUE = re.compile(r"schema\.data\.gouv\.fr|(?:api-)?validata", re.I)
# (their REST APIs answer the content types in JSON; so does API Platform its resources, JSON-LD/Hydra and JSON, with no line of the
# project's code saying so — issue 12, s45 fl45: "no open format read or written" of an API Platform service)
_HEADLESS_CMS = re.compile(r"strapi|@strapi/strapi|payload|@payloadcms/next|api-platform/core|api-platform/symfony")


# JSON read or written through a library the code imports (Java's org.json, json-lib, Jackson, Gson; .NET's Json.NET), not an answer
_JSON_LIBRARY = re.compile(r"^\s*(?:import|using)\s")


def library_messages_only(formats: dict, sig: dict) -> bool:
    """Whether the JSON formats found are only JSON libraries imported and GeoJSON only bean accessors (getGeoJson()): what an
    application exchanges with the services it calls and keeps in its own records, nothing it answers or writes as a file."""
    accessors = {(h[0], h[1]) for h in sig.get("format.geojson-accessor", [])}
    for name, hs in formats.items():
        if name == "JSON" and not all(h[3] == "code" and _JSON_LIBRARY.match(str(h[2])) for h in hs):
            return False
        if name == "GeoJSON" and not all((h[0], h[1]) in accessors for h in hs):
            return False
    return True


@check(
    id="interoperability.data-standards",
    family="interoperability",
    effort="days",
    title=T("Les données suivent des schémas publics et des formats ouverts", "Data follows public schemas and open formats"),
    rationale=T(
        "Des données décrites par un schéma public (Table Schema, schema.data.gouv.fr) et échangées en formats ouverts (CSV, GeoJSON, "
        "ODS) se croisent avec celles des autres territoires ; le schéma commun des projets de transition écologique des collectivités "
        "est celui que le programme consolide. Sont jugées les données que le projet publie pour d'autres (fichiers de données, exports open "
        "data, API publique documentée pour la réutilisation) ; le stockage propre d'une application porté vers sa propre interface ou son "
        "administration (une API dont chaque requête est authentifiée, un export réservé aux utilisateurs connectés) n'est pas une "
        "publication : non applicable, comme les tables d'une application web.",
        "Data described by a public schema (Table Schema, schema.data.gouv.fr) and exchanged in open formats (CSV, GeoJSON, ODS) can be "
        "combined with other territories' data; the common schema of local ecological-transition projects is the one the programme consolidates. "
        "What is judged is the data a project publishes for others (data files, open-data exports, a public API documented for reuse); an "
        "application's own storage carried to its own interface or administration (an API authenticating every request, an export reserved "
        "to signed-in users) is no publication: not applicable, as a web application's tables are.",
    ),
    remediation=T(
        "Exportez les données en CSV/GeoJSON selon un schéma de schema.data.gouv.fr ; pour les projets, suivez le schéma "
        "betagouv/schema-projet-collectivites-transition-ecologique (champs porteurCodeSiret, leviers, competences, phase…) ; "
        "publiez un schema.json (Table Schema) ou un datapackage.json pour vos propres données.",
        "Export data as CSV/GeoJSON following a schema.data.gouv.fr schema; for projects, follow the "
        "betagouv/schema-projet-collectivites-transition-ecologique schema (fields porteurCodeSiret, leviers, competences, phase…); "
        "publish a schema.json (Table Schema) or a datapackage.json for your own data.",
    ),
)
def data_standards(ctx) -> Result:
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    # (an empty file is a placeholder kept for later, data/centres.json committed at 0 bytes: no data, no format — s43 fa43)
    empty = {e.path for e in tree_of(ctx) if placeholder(e)}
    tree = [e for e in own_tree(ctx, tree_of(ctx)) if e.path not in empty]
    ev: list[Evidence] = []
    # Table Schema / Data Package files
    table_schemas = list(ctx.fact("table_schemas"))
    ev += [Evidence(path=p, value="Table Schema / Data Package", kind="found") for p in sorted(table_schemas)[:5]]
    # JSON Schemas, known by their "$schema" key (a DECP schema named schema_decp_v2.0.2.json), whatever their file name
    json_schemas = sorted({h[0] for sid in ("data.json-schema", "data.json-schema-shape") for h in sig.get(sid, []) if h[3] != "test"} - set(table_schemas))
    # (not one the code loads to validate a request's body: the API's input, no data published — s42 fc42 = OPEN-ENT-NG/minibadge)
    api_inputs = [r for r in ctx.fact("request_schemas") or [] if r[0] in json_schemas]
    json_schemas = [p for p in json_schemas if p not in {r[0] for r in api_inputs}]
    ev += [Evidence(path=p, value="JSON Schema", kind="found") for p in json_schemas[:5]]
    table_schemas += json_schemas  # a published schema of the data, like a Table Schema (the message counts each kind)
    reused = _reused_json_schemas(ctx, sig, json_schemas)
    ev += [Evidence(path=p, value=url, kind="found", note=T("Schéma JSON publié à cette adresse et repris ici.", "JSON Schema published at this address and reused here."))
           for p, url in reused[:3]]
    # the word "frictionless" among a data file's values (a JHipster fake-data CSV's Faker phrase "Gorgeous Savings Account
    # frictionless") is a value, not the tool in use; a Table Schema's "$schema": "https://frictionlessdata.io/…" there stays one
    gouv = [h for h in sig.get("data.schema-gouv", []) if h[3] != "test" and not (h[3] == "data" and h[2].lower() == "frictionless")]
    if decided_kind(ctx.fact("project") or {}) == "static-site":  # a documentation site's pages pointing readers to validata.fr: advice
        gouv = [h for h in gouv if h[3] != "doc"]
    ev += hit_evidence(gouv, limit=5)
    prog = [h for h in sig.get("data.programme-schema", []) if h[3] in ("code", "template", "config", "data", "other")]
    prog_fields = sorted({_norm_field(h[2]) for h in prog} & set(PROGRAMME_FIELDS))
    ev += hit_evidence(prog, limit=8)
    national = national_standards(sig)  # a national exchange standard implemented by its fields (the CNIG's PLU/PLUi standard)
    ev += [e for n, hs in national for e in hit_evidence(hs, limit=3, note=T(f"Champ du {n[0]}.", f"Field of the {n[1]}."))]
    formats = {}
    api_private, reserved_hits = private_api(ctx), []
    for sid, name in (("format.csv", "CSV"), ("format.csv-sql", "CSV"), ("format.geojson", "GeoJSON"), ("format.ods", "ODS/tableur"), ("format.gtfs", "GTFS/NeTEx"), ("format.json-api", "JSON"),
                      ("api.php-json", "JSON"),  # (a PHP page answering JSON: echo json_encode(…), as api-spec reads it)
                      ("format.json-ruby", "JSON"), ("format.xml-written", "XML"), ("format.xml-read", "XML"),
                      ("format.metadata", "ISO 19139 / INSPIRE / DCAT"), ("format.netcdf", "NetCDF"), ("format.parquet", "Parquet"),
                      ("format.wkt", "WKT"), ("format.budget", "Document budgétaire XML (DGFiP/DGCL)"), ("format.gbfs", "GBFS"),
                      ("format.influx-line", "InfluxDB line protocol")):
        # (a metadata record committed as data, an ISO 19139 gmd:MD_Metadata file, is itself written to the standard)
        hs = [h for h in sig.get(sid, []) if h[3] in ("code", "template") or (h[3] == "data" and (sql_path(scan, h[0]) or sid == "format.metadata" and not supplier_record(h[0])))]
        # (a geometry the code builds, {type: "Point", coordinates}, is a query to a geographic API; JSON echoed to its own page's XHR: no data)
        # (nor JSON a plain PHP script echoes to the project's own pages, which call it from their scripts: $.post('controlers/x.php'))
        hs = [h for h in hs if not (sid == "format.geojson" and "coordinates" in h[2].lower()) and not (name == "JSON" and h[0] in page_xhr_files(sig))
              and not (sid == "api.php-json" and h[0] in page_called_files(sig, [e.path for e in tree if e.ext == "php"]))]
        # (nor an export of a controller guarded as a whole, only signed-in users reach it: the application's storage, no publication)
        hs, held = reserved(api_private, hs)
        reserved_hits += held
        if hs and not (sid == "format.csv-sql" and name in formats):  # (CSV read or written by a SQL script, when no code does)
            formats[name] = hs
            ev.append(Evidence(path=hs[0][0], line=hs[0][1], value=name, kind="found"))
    if xml_std := next((hs for n, hs in national if n in XML_STANDARDS), None):  # (a national XML exchange format: the Sandre's scenarios)
        formats.setdefault("XML", xml_std[:1])
    ev += shapefile_format(sig, formats)
    gdal_ev, gdal_names = gdal_formats(sig, formats)  # (what GDAL's command lines read and write: -of COG, out.tif, zones.gpkg)
    ev += gdal_ev
    # typed PostGIS columns (geometry(MultiPolygon,3948)) store OGC Simple Features, as interoperability.geo says
    typed = [h for h in sig.get("geo.postgis-typed", []) if h[3] not in ("test", "doc", "example")]
    if typed:
        formats["OGC Simple Features (PostGIS)"] = typed[:1]
        ev.append(Evidence(path=typed[0][0], line=typed[0][1], value="OGC Simple Features (PostGIS)", kind="found"))
    # (not a test's fixture, backend/src/test/resources/data/enseignants.csv: the input of the project's tests, no data it publishes; issue
    # 12, s47 fh47 = OPEN-ENT-NG/collaborative-wall)
    data_files = sorted(e.path for e in tree if e.ext in ("csv", "geojson", "ods", "topojson", "nc", "parquet") and not is_vendored(e.path)
                        and not is_test(e.path))
    # (and records named by their format, JSON lines in .jsonl or in a .txt named fiches_json_…: issue 12, s46 fb46)
    data_files += sorted(e.path for e in tree if named_data_file(e.path) and not is_vendored(e.path) and not is_test(e.path))
    # an R package's data sets, saved by usethis::use_data in R's own binary format (data/temps_parcours_geo.rda of a road-congestion
    # analysis): data of the project's own, in no open format; a library's are its examples' (a disaggregation package's series)
    if decided_kind(ctx.fact("project") or {}) not in TOOL_KINDS or presents_data(ctx.fact("readme")):  # (or a data package: r_data_package)
        data_files += sorted(e.path for e in tree if e.ext.lower() in ("rda", "rds", "rdata") and R_DATA_DIR.search(e.path)
                             and not is_vendored(e.path) and not is_test(e.path))
    # JSON kept in a data folder (a touch-table app's content in data/inventions.json): the project's own data, in an open format;
    # so is a large one anywhere, as licensing.data-and-docs counts it (a Flask back end serving back/menus.json, 222 KB of a city's
    # canteen menus, s34 i34)
    json_data = sorted(e.path for e in tree if e.ext == "json" and (JSON_DATA_DIR.search(e.path) or e.size > 100_000 and large_json_data(e.path)
                                                                    and not _STYLE_ASSET.search(e.path))
                       and not JSON_NOT_DATA.search(e.path) and not is_vendored(e.path) and not is_test(e.path))
    # (or one the README presents as the repository's data, "Ce dépôt contient les données…" over "- `agenda.json` : liste d'événements":
    # the data set it publishes, as licensing.data-and-docs counts it; issue 12, s40 fn40)
    json_data += sorted(p for p, _line in (ctx.fact("data_license_text") or {}).get("data") or [] if p.lower().endswith(".json")
                        and p not in json_data and p not in empty and not JSON_NOT_DATA.search(p) and not is_vendored(p) and not is_test(p))
    # (or a list of records the code imports as content, a syndicate's 78 member communes and delegates shown as a table; s44 fi44)
    json_data += [p for p in ctx.fact("json_records") or [] if p not in json_data and not JSON_NOT_DATA.search(p)]
    if json_data:
        data_files += json_data
        formats["JSON"] = [[json_data[0], None, json_data[0], "data"]]
        ev.append(Evidence(path=json_data[0], value="JSON", kind="found"))
    # a headless CMS serving its content types (Strapi, Payload): its REST API answers them in JSON, by the framework, with no line of
    # the project's code saying so (issue 12, s42 fi42 = WildCodeSchool/…-pollutionlumineuse-strapi: "no open format read or written")
    if "JSON" not in formats and (cms := [d for d in rest_frameworks(ctx, dev=False) if _HEADLESS_CMS.fullmatch(d[0])]):
        formats["JSON"] = [[cms[0][1], None, cms[0][0], "code"]]
        ev.append(Evidence(path=cms[0][1], value="JSON", kind="found"))
    # a data model or GIS kit publishes its schema as documented SQL (COMMENT ON) and its styles/exchanges in OGC formats
    sql_doc = [h for h in sig.get("data.sql-comment", []) if h[3] not in ("test", "example")]
    if sql_doc:
        ev.append(Evidence(path=sql_doc[0][0], line=sql_doc[0][1], value="SQL schema documented (COMMENT ON)", kind="found"))
        formats.setdefault("SQL (DDL)", sql_doc[:1])  # the tables' definition is itself an open, standard exchange format
    ogc_files = sorted(e.path for e in tree if e.ext in tuple(OGC_NAMES) and not is_vendored(e.path))
    ogc_names = ", ".join(sorted({OGC_NAMES[p.rsplit(".", 1)[-1].lower()] for p in ogc_files}))
    if ogc_files:  # named by the encodings found (a jury reads "GeoPackage" as "a GeoPackage is there")
        formats[f"OGC ({ogc_names})"] = [[ogc_files[0], None, ogc_files[0], "data"]]
        ev.append(Evidence(path=ogc_files[0], value="OGC", kind="found"))
    # XML described by its XML Schema (a national exchange standard's XSD shipped with the plugin that writes it: ACTES), or
    # transformed by XSLT stylesheets (a plugin rendering DILA's published XML flows)
    # (an editor's own folder holds the editor's schemas — PhpStorm's .idea/commandlinetools/schemas/*.xsd describing its
    # command-line tools —, never the project's data: issue 12, s45 fe45)
    xsd = sorted(e.path for e in tree if e.ext.lower() == "xsd" and not is_vendored(e.path) and not is_test(e.path) and not EDITOR_FOLDER.search(e.path))
    xsl = sorted(e.path for e in tree if e.ext.lower() in ("xsl", "xslt") and not is_vendored(e.path) and not is_test(e.path) and not FEED_STYLE.search(e.name))
    if xsd or len(xsl) >= 3:  # (one stylesheet rendering a plugin list in a browser, repo/plugins.xsl, exchanges no data)
        name = "XML (XSD)" if xsd else "XML (XSLT)"
        formats[name] = [[(xsd or xsl)[0], None, (xsd or xsl)[0], "data"]]
        ev.append(Evidence(path=(xsd or xsl)[0], value=name, kind="found"))
    # XML records described by a DTD of the project's own named as them beside them (a commune app's www/XMLPratique.xml, 27 places
    # with their name, address, latitude and longitude, beside XMLPratique.dtd): data of its own, in XML, to a vocabulary of its own
    dtds = {e.path[:-4].lower() for e in tree if e.ext.lower() == "dtd" and not is_vendored(e.path) and not is_test(e.path)}
    dtd_data = sorted(e.path for e in tree if e.ext.lower() == "xml" and e.path[:-4].lower() in dtds
                      and not {s.lower() for s in e.path.split("/")[:-1]} & _SETTINGS_DIRS)
    if dtd_data:
        data_files += dtd_data
        formats.setdefault("XML (DTD)", [[dtd_data[0], None, dtd_data[0], "data"]])
        ev.append(Evidence(path=dtd_data[0], value="XML (DTD)", kind="found"))
    # linked data: RDF serialisations (W3C open standards), and an OWL/RDF vocabulary published beside them is a public schema
    rdf_files = sorted(e.path for e in tree if e.ext.lower() in RDF_EXT and not is_vendored(e.path))
    ontologies = [p for p in rdf_files if ONTOLOGY.search(p)] + sorted(e.path for e in tree if e.ext.lower() == "xml" and ONTOLOGY.search(e.path)
                                                                   and not is_vendored(e.path))[:20]
    if rdf_files or ontologies:
        formats["RDF (W3C)"] = [[(rdf_files or ontologies)[0], None, (rdf_files or ontologies)[0], "data"]]
        ev.append(Evidence(path=(ontologies or rdf_files)[0], value="RDF/OWL" if ontologies else "RDF", kind="found"))
        data_files += [p for p in rdf_files if p not in ontologies]
    if json_schemas and "JSON" not in formats:  # JSON described by its JSON Schema is the data's open format
        formats["JSON"] = [[json_schemas[0], None, json_schemas[0], "data"]]
    templates = template_files(data_files, formats, ev, bool(table_schemas or xsd or gouv or national or prog_fields or sql_doc))
    data_files = [p for p in data_files if p not in templates]
    score = 0.0
    score += 3 if formats else (1.5 if data_files else 0)
    # metadata to a public schema (ISO 19139), OGC encodings (SLD, GML, GeoPackage) valid against the OGC's published schemas
    public_schema = bool(table_schemas or xsd or gouv or national or len(sql_doc) >= 3 or "ISO 19139 / INSPIRE / DCAT" in formats or ogc_files or "OGC (SLD)" in formats or ontologies
                         or "Document budgétaire XML (DGFiP/DGCL)" in formats  # the State publishes its XML schema
                         or "GTFS/NeTEx" in formats or "GBFS" in formats)  # (GTFS, NeTEx, GBFS: the published schemas of transport.data.gouv.fr's data)
    score += 3 if public_schema else 0
    catalogue = [h for h in gouv if SCHEMA_CATALOGUE.match(h[2])]
    tools = f", {len(gouv) - len(catalogue)} " if len(gouv) > len(catalogue) else ""
    # the programme's common project schema concerns project data; a Table Schema published here and aligned with
    # schema.data.gouv.fr (a regional bike-equipment specification) is itself the public standard (so is one the catalogue's tools
    # validate, its CI running "frictionless validate --schema schema.json" as the catalogue's template does)
    # (so is a thesaurus a data specification publishes in SKOS, the W3C standard by which catalogues such as GeoNetwork share
    # controlled vocabularies; an ontology of one's own, in OWL, still has to be aligned with shared ones)
    vocabulary = any(re.search(r"skos|th[eé]saurus", p, re.I) for p in ontologies) and decided_kind(ctx.fact("project") or {}) == "data-specification"
    score += 4 if len(prog_fields) >= 3 or (table_schemas and gouv) or reused or vocabulary or national else 2 if prog_fields else 0
    details = {"table_schemas": sorted(set(table_schemas) - set(json_schemas))[:10], "json_schemas": json_schemas[:10], "reused_json_schemas": [u for _, u in reused][:10], "schema_data_gouv_refs": len(catalogue), "table_schema_tool_refs": len(gouv) - len(catalogue), "programme_fields": prog_fields,
               "formats": sorted(formats), "data_files": len(data_files), "xml_schemas": xsd[:10],
               "national_standards": [n[1] for n, _ in national]}
    details["sql_schema_comments"] = len(sql_doc)
    details["request_schemas"] = [r[0] for r in api_inputs][:10]
    closed = [h for h in sig.get("format.xls", []) if h[3] in ("code", "template")]
    ev += hit_evidence(closed, kind="finding", limit=3, note=T("Format fermé (Excel binaire .xls) : écrivez plutôt de l'ODS, du XLSX ou du CSV.",
                                                               "Closed format (binary Excel .xls): write ODS, XLSX or CSV instead."))
    # (an HTML table sent under an .xls name and Excel's media type: what is written said, HTML, not the binary format; s43 fh43)
    html_xls = [h for h in sig.get("format.html-table-xls", []) if h[3] in ("code", "template")]
    ev += hit_evidence(html_xls, kind="finding", limit=3, note=T("Tableau HTML envoyé sous un nom .xls et le type de média d'Excel : un tableur l'ouvre "
                                                                 "comme une page web (sans types, avec un avertissement) ; écrivez plutôt du CSV ou de l'ODS.",
                                                                 "An HTML table sent under an .xls name and Excel's media type: a spreadsheet opens it "
                                                                 "as a web page (no types, with a warning); write CSV or ODS instead."))
    kind = decided_kind(ctx.fact("project") or {})
    # what says the project describes its data, or writes it in a closed format: once, for every guard below
    schema_signs = bool(table_schemas or xsd or gouv or national or prog_fields or sql_doc)
    described = schema_signs or bool(closed) or bool(html_xls)
    # (a mobile application decoding the JSON of the APIs it calls, beside its local storage — sqflite, Room tables of its tokens
    # and favourites —, publishes no data: s25)
    mobile_client = kind == "mobile-application"
    if set(formats) == {"JSON"} and not (described or data_files) and (mobile_client or _no_database_model(ctx)) \
            and kind not in TOOL_KINDS:  # (a GIS kit's download script posting JSON to a service serves no interface of its own)
        # JSON only as the messages of the project's own API, no data file, no database model: no data of its own to standardise
        if own_db := _own_database(sig, tree):  # (but a SQLite base of its own, or tables its code creates: said, not denied)
            return Result.not_applicable(T(f"Aucun fichier de données échangé : seulement la base propre à l'application ({own_db[0][0]}) et des "
                                          "messages JSON (de sa propre interface ou des services qu'il appelle) ; pas de schéma de données attendu.",
                                          f"No data file exchanged: only the application's own database ({own_db[0][0]}) and JSON messages (of its "
                                          "own interface or of the services it calls); no data schema expected."), hit_evidence(own_db, limit=3),
                                           own_database=True, **details)
        if mobile_client and not _no_database_model(ctx):
            return Result.not_applicable(T("Application mobile : seulement des messages JSON (des services qu'elle appelle) et le stockage local "
                                           "de l'application (les tables lues ici), pas des données qu'elle publie : pas de schéma de données attendu.",
                                           "A mobile application: only JSON messages (of the services it calls) and the application's own local "
                                           "storage (the tables read here), not data it publishes: no data schema expected."), own_database=True, **details)
        return Result.not_applicable(T("Aucune donnée propre au projet : ni fichier de données, ni modèle de base de données, seulement des messages JSON "
                                       "(de sa propre interface ou des services qu'il appelle) ; pas de schéma de données attendu.",
                                       "No data of the project's own: no data file, no database model, only JSON messages (of its own "
                                       "interface or of the services it calls); no data schema expected."), **details)
    # an API serving only its own users, exports reserved to them: the application's storage carried to its own interface (s46 fb46)
    if not (described or data_files) and (private := private_storage_result(ctx, kind, formats, reserved_hits, not _no_database_model(ctx),
                                                                          _hosted_data(ctx), details)):
        return private
    # (a mobile application's records kept in its own hosted back end, Firebase, for its own screens: s47 fc47)
    if not (described or data_files) and (own_backend := own_backend_result(ctx, kind, formats, details)):
        return own_backend
    # (a CMS plugin declaring its own tables, SPIP's declarer_tables_objets_sql, has a data model of its own: judged)
    cms_tables = [h for h in sig.get("data.cms-tables", []) if h[3] == "code"]
    # (a script a schedule runs writes data of its own, a crawler's daily counts in CSV: judged)
    samples = sample_files(kind, tree, data_files)  # (a library's documentation and demonstration data: documentation/docs/data/, public/data/)
    # a tool (a QGIS plugin saving its user's query results as GeoJSON) is not judged on schemas of data it does not hold; data files,
    # OGC files (a GeoPackage, SLD styles), metadata records or PostGIS tables of its own stay judged
    own_files = set(data_files + ogc_files) - set(samples + sample_files(kind, tree, ogc_files))
    kept = own_files or {"ISO 19139 / INSPIRE / DCAT", "OGC Simple Features (PostGIS)"} & set(formats)
    if kind == "gis-kit" and not (schema_signs or own_files or cms_tables or closed) and (osm := osm_import_files(tree)):
        return osm_kit(kind, osm, [Evidence(path=p, kind="found") for p in osm], details)  # (a basemap's styles over an OSM import)
    # (a host application's extension — a Drupal module importing its agents' accounts — whose code reads or writes the rows of a
    # CSV itself, fgetcsv/fputcsv, lays the file out: an import or export format of its own, judged; a plain library handing rows
    # over to its caller keeps the tool's verdict)
    own_layout = kind == "library" and host_extension(ctx, ctx.fact("project") or {}) and \
        [h for h in formats.get("CSV", []) if h[3] == "code" and CSV_ROWS.search(h[2])]
    # (a course kit's exercises, their kind undecided, are judged as a tool: the course's sample layers are no data of its own — s39 fa39)
    course = course_material(ctx.fact("project") or {})
    # (a program writing rows into two or more tables it names, INSERT INTO lieu … / INSERT INTO Observation …, keeps data of its own
    # in its database, whoever created the tables: judged, not a tool processing the data it is given — s39 fe39)
    own_rows = kind != "library" and len({h[2].lower() for h in sig.get("data.sql-insert-in-code", []) if h[3] == "code"}) >= 2
    # (a pipeline downloading a web service's data and loading it as delivered into its user's database: the supplier's model, nothing
    # published; one writing files of its own, a national file converted to GeoPackage, stays judged — issue 12, s46 fb46)
    if kind in TOOL_KINDS and not (schema_signs or kept or cms_tables or own_layout or own_rows or closed) and _no_database_model(ctx, kind) \
            and (loads := supplier_load(ctx, sig, formats)):
        return supplier_model(kind, formats, loads, details)
    if (kind in SAMPLE_KINDS or kind in TOOL_KINDS or course) and not (schema_signs or kept or cms_tables or own_layout or own_rows) \
            and _no_database_model(ctx, kind) and (not run_on_schedule(ctx.fact("project") or {}) or gdal_chain(ctx, formats, gdal_names)):
        # (a CSV cleaner, dashboard components or a viewer's plugin reading the APIs it is pointed at, a desktop program fingerprinting files)
        return tool_without_data(kind, formats, closed, samples, ev, details,
                                 what=("Le code d'exercices de cours", "Course exercise code") if course else None)
    if (ogc := ogc_server(ctx)) and not described and _no_database_model(ctx):
        # a MapProxy tile cache relaying others' layers (its coverage drawn in a GeoJSON): OGC services, no data model of its own
        return Result.not_applicable(T(f"Services web OGC servis par {ogc[0][0]} (WMS, WMTS…, des standards ouverts) pour des données d'autres "
                                       "plateformes, sans modèle de données à lui : pas de schéma attendu.",
                                       f"OGC web services served by {ogc[0][0]} (WMS, WMTS…, open standards) for other platforms' data, with no "
                                       "data model of its own: no schema expected."), **details)
    if (served := ogc_served(ctx)) and not (described or data_files or formats) and (_no_database_model(ctx) or selects_only(ctx, sig)):
        # code answering OGC requests itself (a WMS proxy's script echoing its capabilities document, relaying GetMap to the
        # communes' servers it finds by a SELECT in a PostGIS it is pointed at) with no data file, format or data model of its own:
        # the same relay, no schema expected (s44 fb44)
        names = ", ".join(ogc_service_names(served))
        return Result.not_applicable(T(f"Services web OGC ({names}, des standards ouverts) servis par {served[0][0]} pour des données d'autres "
                                       "plateformes, sans fichier ni modèle de données à lui : pas de schéma attendu.",
                                       f"OGC web services ({names}, open standards) served by {served[0][0]} for other platforms' data, with no "
                                       "data file nor data model of its own: no schema expected."), hit_evidence(served, limit=1), **details)
    if formats and set(formats) <= {"OGC Simple Features (PostGIS)"} and not (described or data_files or cms_tables) \
            and (selects_only(ctx, sig) or select_queries_only(ctx.fact("project") or {})):
        # SELECT queries only, over other systems' tables (a cadastre extract crossed with a national file), their result a PostGIS
        # geometry column for a map view: no data file, no table of its own, nothing it publishes to describe (issue 12, s45 fi45)
        return Result.not_applicable(T("Seulement des requêtes SELECT sur les tables d'autres systèmes (résultat en géométries PostGIS), sans "
                                       "fichier de données ni table propre : pas de schéma de données attendu.",
                                       "SELECT queries only, over other systems' tables (their result PostGIS geometries), with no data file "
                                       "nor table of its own: no data schema expected."), ev, select_queries_only=True, **details)
    # documents only, specifying data (an open-data standards space: its schemas' pages, its rules of elaboration) and pointing to
    # Table Schema, schema.data.gouv.fr or Validata: the standard is what it writes, published as Table Schemas elsewhere; it
    # holds no data of its own to put in open formats (s27 u27)
    doc_refs = [h for h in gouv if h[3] == "doc"]
    if doc_refs and not (formats or data_files) and specifies_data(ctx.fact("project") or {}) and code_free(ctx):
        return Result.scored(10, T(f"Documents de spécification de données, sans code ni données propres : les schémas qu'ils décrivent sont "
                                   f"publiés au format Table Schema (schema.data.gouv.fr, Validata ; {len(doc_refs)} référence(s)) ; "
                                   f"pas de format de données à juger ici.",
                                   f"Documents specifying data, with no code nor data of their own: the schemas they describe are published "
                                   f"as Table Schemas (schema.data.gouv.fr, Validata; {len(doc_refs)} reference(s)); no data format to judge "
                                   f"here."), ev, specification_documents=True, **details)
    # a documentation site whose only formats are its example scripts' (docs/ariege.sh downloading IGN's BD ALTI and cutting it with
    # GDAL, and its copy in the built site/): a tutorial's commands over others' data, nothing it publishes (issue 12, s46 fb46 =
    # Tristan14123/cpgeom_doc)
    if kind == "static-site" and formats and not (described or data_files or cms_tables) and _no_database_model(ctx) \
            and (scripts := example_scripts(formats)):
        return doc_scripts_result(formats, scripts, details)
    # (an application's JSON read or written only through a JSON library its code imports, with nothing of its own answering JSON,
    # and GeoJSON named only by its beans' accessors: the messages it exchanges with the services it calls, or with its platform's
    # other plugins, and its records' own storage; no data it publishes, as a tool's JSON — issue 12, s48 fc48)
    messages = set(formats) if kind in ("web-application", "desktop-application") + TOOL_KINDS and formats and \
        set(formats) <= {"JSON", "GeoJSON"} and library_messages_only(formats, sig) else set()
    if not (set(formats) - ({"JSON"} | messages if kind in TOOL_KINDS else messages) or described or data_files):
        # a tool with no data of its own (a QGIS plugin browsing remote catalogues), or a map viewer or static site showing others'
        # layers without a data file of its own, has no schema to publish
        # and neither has a project of no recognised kind with no database model (scripts driving a browser, a monitoring kit), nor
        # a web application with no database model, no data file and no data format read or written (a UI library's samples, a
        # theme's demo, a sign-in proof of concept): nothing measured says it holds data of its own; nor a mobile application reading
        # no format at all (a hybrid app showing what its socket.io server pushes), as one reading only its services' JSON
        # (unless its data lives in a hosted back end it calls: Firebase, Airtable, a forms service, a search index)
        # (an API serves data of some kind: it stays judged)
        # (nor an analysis with no data file, no format read or written and no database model: a script drawing a chart from a shared
        # sheet it reads through a client package publishes no data; issue 12, s47 fh47 = FlorentBedecarratsNM/timeline_opendata)
        if kind in TOOL_KINDS or kind == "static-site" or (kind in (None, "analysis") and _no_database_model(ctx)) \
                or (kind in ("web-application", "desktop-application", "mobile-application") and not _hosted_data(ctx)
                    and not (cms_tables and not _no_database_model(ctx))):  # (its own storage, below; a desktop application's SQLite history too)
            from auditor.facts.project import kind_label
            kind_fr = f"ce projet de type « {kind_label(kind, 'fr')} »" if kind else "ce projet (ni fichier de données, ni modèle de base de données)"
            kind_en = f"this {kind_label(kind, 'en')}" if kind else "this project (no data file, no database model)"
            # what was looked for, not more: a kit's osm2pgsql style reads OpenStreetMap data the audit has no format name for; a
            # library's own database models (a Grouper module's Hibernate mappings) are said, not denied
            # (a static site's mock-ups beside the SQL model of the application they design: that model is its storage too, s44 fm44)
            if kind in TOOL_KINDS + ("web-application", "desktop-application", "mobile-application", "static-site") and not _no_database_model(ctx):  # (a file-transfer service's accounts and transfers)
                # (the JSON a tool reads or writes is said: what it exchanges with the services it calls, no data of its own)
                said_fr = (f"Aucun fichier de données dans ce projet de type « {kind_label(kind, 'fr')} », et seulement du JSON, ce qu'il échange "
                           "avec les services qu'il appelle") if formats else f"Aucun fichier de données ni format ouvert reconnu dans ce projet de type « {kind_label(kind, 'fr')} »"
                said_en = (f"No data file in this {kind_label(kind, 'en')}, and only JSON, what it exchanges with the services it calls") if formats \
                    else f"No data file and no open format recognised in this {kind_label(kind, 'en')}"
                return Result.not_applicable(T(f"{said_fr} ; les modèles ou schémas de base de données lus ici sont son propre stockage, pas des "
                                               "données qu'il publie : pas de schéma attendu.",
                                               f"{said_en}; the database models or schemas read here are its own storage, not data it publishes: "
                                               "no schema expected."), [e for e in ev if e.value in messages], **details)  # (where, said)
            return Result.not_applicable(T(f"Ni fichier de données ni modèle de base de données reconnus dans {kind_fr} : pas de schéma attendu.",
                                           f"No data file and no database model recognised in {kind_en}: no schema expected."), **details)
        if templates:  # (its only data files were templates to fill in: the format of the platform it feeds, no data it publishes)
            return templates_only(templates, details)
        # (documents only, no code reading or writing data: a README specifying a plugin still to write, its table given field by
        # field; as the other interoperability checks say, nothing here to judge — issue 12, s46 fi46)
        if why := documentation_only(ctx):
            return Result.not_applicable(T(f"{why['fr']} : aucun code qui lise ou écrive des données à juger ici.",
                                           f"{why['en']}: no code reading or writing data to judge here."), **details)
        return Result.fail(T("Ni schéma de données publié, ni format ouvert lu ou écrit.", "No published data schema, and no open format read or written."),
                           ev, **details).advise(_schema_todo(data_files, public_schema, prog_fields))
    if formats:  # (the formats of the data files committed are said too, beside those the code reads or writes)
        ev += files_formats(data_files, formats)
        details["formats"] = sorted(formats)
    mobility = "/".join(n for n in ("GTFS/NeTEx", "GBFS") if n in formats)  # (the schemas of transport.data.gouv.fr's data, published)
    none_fr, none_en = no_format_words(data_files, formats, ev)  # ("none" is never said beside a data file of the repository's own)
    msg = T(f"Formats ouverts : {', '.join(sorted(formats)) or none_fr} ; schémas : {len(table_schemas) - len(json_schemas)} Table Schema, "
            f"{str(len(json_schemas)) + ' JSON Schema' + (f' (dont {len(reused)} publié(s) ailleurs et repris)' if reused else '') + ', ' if json_schemas else ''}"
            f"{len(catalogue)} référence(s) à schema.data.gouv.fr{tools and tools + 'à ses outils (Frictionless, Table Schema, Data Package)'}{', schéma SQL documenté (COMMENT ON)' if len(sql_doc) >= 3 else ''}"
            f"{', schémas OGC (' + ogc_names + ')' if ogc_files else ''}{f', {len(xsd)} schéma(s) XML (XSD)' if xsd else ''}{', ISO 19139 (INSPIRE)' if 'ISO 19139 / INSPIRE / DCAT' in formats else ''}{', schéma publié de la mobilité (' + mobility + ')' if mobility else ''}"
            f"{', vocabulaire RDF/OWL publié (' + ontologies[0] + ')' if ontologies else ''}{''.join(', ' + n[0] for n, _ in national)} ; champs du schéma commun des projets : {len(prog_fields)}.",
            f"Open formats: {', '.join(sorted(formats)) or none_en}; schemas: {len(table_schemas) - len(json_schemas)} Table Schema, "
            f"{str(len(json_schemas)) + ' JSON Schema' + (f' ({len(reused)} published elsewhere and reused)' if reused else '') + ', ' if json_schemas else ''}"
            f"{len(catalogue)} reference(s) to schema.data.gouv.fr{tools and tools + 'to its tools (Frictionless, Table Schema, Data Package)'}{', SQL schema documented (COMMENT ON)' if len(sql_doc) >= 3 else ''}"
            f"{', OGC schemas (' + ogc_names + ')' if ogc_files else ''}{f', {len(xsd)} XML Schema(s) (XSD)' if xsd else ''}{', ISO 19139 (INSPIRE)' if 'ISO 19139 / INSPIRE / DCAT' in formats else ''}{', published mobility schema (' + mobility + ')' if mobility else ''}"
            f"{', RDF/OWL vocabulary published (' + ontologies[0] + ')' if ontologies else ''}{''.join(', ' + n[1] for n, _ in national)}; fields of the common project schema: {len(prog_fields)}.")
    if r_sets := [p for p in data_files if p.lower().endswith((".rda", ".rds", ".rdata"))]:  # (an R package's data sets: R's format, said)
        msg = T(msg["fr"] + f" {len(r_sets)} jeu(x) de données au format binaire de R (.rda/.rds), lisible(s) par R seul.",
                msg["en"] + f" {len(r_sets)} data set(s) in R's own binary format (.rda/.rds), readable by R alone.")
    # (an OGC encoding's schema describes its KML or SLD files, not the CSV tables committed beside them: those still want a Table
    # Schema, said with their names — issue 12, s46 fb46 = WildCodeSchool/…-regionsud-identiteterritoire-back: 10 CSV, no advice)
    tables = [p for p in data_files if p.lower().endswith((".csv", ".ods", ".parquet"))]
    if tables and public_schema and not (table_schemas or gouv or national or prog_fields or len(sql_doc) >= 3):
        return Result.scored(score, msg, ev, **details).advise(_schema_todo(tables, False, prog_fields))
    return Result.scored(score, msg, ev, **details).advise(_schema_todo(data_files, public_schema, prog_fields))


def _reused_json_schemas(ctx, sig: dict, json_schemas: list[str]) -> list[list[str]]:
    """[path, $id] of the JSON Schemas published at another repository's or body's address (the DECP's regulatory schema
    under 139bercy/format-commande-publique): a public standard reused, as a schema.data.gouv.fr reference is."""
    target = getattr(ctx, "target", None)
    own = f"/{getattr(target, 'owner', '') or ''}/{getattr(target, 'name', '') or ''}/".lower() if getattr(target, "name", None) else None
    out = []
    for path, line, url, _cls in sorted(h for h in sig.get("data.json-schema-id", []) if h[0] in json_schemas):
        host = urlparse(url).hostname or ""
        if host in ("localhost", "127.0.0.1") or host.startswith("example.") or ".example." in host or (own and own in url.lower() + "/"):
            continue
        if not any(p == path for p, _ in out):
            out.append([path, url])
    return out
