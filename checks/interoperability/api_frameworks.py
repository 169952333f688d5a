"""The frameworks interoperability.api-spec reads among the dependencies: specification generators, REST and web frameworks."""

from __future__ import annotations

import re

from auditor.checks.interface import Result, T
from auditor.checks.interoperability.openapi_advice import openapi_todo
from auditor.checks.reusability.common import hit_evidence, match_deps
from auditor.facts.project import decided_kind

SPEC_GENERATORS = (r"drf-spectacular|drf-yasg|django-ninja|fastapi|flask-smorest|flasgger|apispec|flask-restx|flask-restplus|connexion|"
                   r"@nestjs/swagger|swagger-jsdoc|swagger-ui-express|@fastify/swagger|fastify-swagger|fastify-oas|tsoa|express-openapi.*|hono-openapi|@hono/zod-openapi|"
                   r"api-platform/core|api-platform/symfony|nelmio/api-doc-bundle|zircote/swagger-php|darkaonline/l5-swagger|dedoc/scramble|"
                   r"springdoc-openapi.*|org\.springdoc:.*|io\.swagger.*|io\.springfox:springfox-(?:swagger2|oas|boot-starter)|rswag.*|grape-swagger|open_api_spex|huma|"
                   # (MicroProfile OpenAPI: Quarkus's SmallRye OpenAPI extension, SmallRye's library, Helidon's, Micronaut's build-time
                   # generator; the resources' @OpenAPIDefinition/@Tag/@APIResponse annotations become the served document)
                   r"io\.quarkus:quarkus-smallrye-openapi|io\.smallrye:smallrye-open-api.*|io\.helidon\.(?:microprofile\.)?openapi:.*|"
                   r"io\.micronaut\.openapi:micronaut-openapi|"
                   r"swashbuckle\.aspnetcore.*|nswag\.aspnetcore|nswag\.annotations|microsoft\.aspnetcore\.openapi|"  # (.NET: Swashbuckle, NSwag, ASP.NET Core's own, its AddSwaggerGen/AddOpenApi)
                   r"decidim|decidim-api|"  # a Decidim instance serves its GraphQL API, its schema printed at run time
                   # Strapi's documentation plugin writes the OpenAPI description of its content types; its GraphQL plugin serves their schema
                   r"strapi-plugin-documentation|@strapi/plugin-documentation|strapi-plugin-graphql|@strapi/plugin-graphql")
REST_FRAMEWORKS = (r"djangorestframework|django-ninja|fastapi|flask-restx|flask-restplus|flask-restful|@nestjs/core|api-platform/core|api-platform/symfony|"
                   r"graphene.*|strawberry-graphql|apollo-server|@apollo/server|express-graphql|graphql-yoga|"
                   # JAX-RS: Apache CXF, Jersey, RESTEasy serve REST APIs
                   r"org\.apache\.cxf:cxf-rt-frontend-jaxrs|org\.glassfish\.jersey\..*|org\.jboss\.resteasy:.*|jakarta\.ws\.rs:.*|javax\.ws\.rs:.*|"
                   r"ckanserviceprovider|"  # (CKAN's web job service: DataPusher's /job JSON API)
                   r"moleculer-web|"  # (Moleculer's API gateway: its services' actions served as REST routes, a SemApps LDP middleware's)
                   r"strapi|@strapi/strapi|"  # (a headless CMS: its content types served as a REST API)
                   r"friendsofsymfony/rest-bundle|"  # (FOSRestBundle, Symfony's REST layer: @Rest\Get routes answering JSON, s43 fk43)
                   r"payload|@payloadcms/next")  # (Payload CMS: its collections served as REST and GraphQL, mounted in a Next.js app's api/ routes)
# GraphQL servers: a project depending on one serves the schema it commits, even one its tooling printed
GRAPHQL_SERVERS = (r"graphene.*|@redwoodjs/graphql-server|strawberry-graphql|ariadne|apollo-server.*|@apollo/server|express-graphql|graphql-yoga|graphql-http|mercurius|"
                   r"type-graphql|@nestjs/graphql|graphql-ruby|absinthe.*|com\.graphql-java.*|org\.springframework\.boot:spring-boot-starter-graphql|"
                   r"webonyx/graphql-php|rebing/graphql-laravel|nuwave/lighthouse|strapi-plugin-graphql|@strapi/plugin-graphql|payload|decidim.*|"
                   r"hasura.*|postgraphile|@graphql-yoga/.*|juniper|async-graphql.*|gqlgen|github\.com/99designs/gqlgen|graphql-go.*")
# Dashboard frameworks: a server of pages and callbacks, no API of its own (Dash runs on Flask, Streamlit on Tornado)
DASHBOARD_FRAMEWORKS = r"dash|streamlit|gradio|panel|voila|shiny"
WEB_FRAMEWORKS = (r"django|flask|express|fastify|koa|hono|symfony/framework-bundle|laravel/framework|slim/slim|rails|sinatra|phoenix|decidim|"
                  r"bottle|cherrypy|pyramid|pyramid[-_](?:tm|retry|jinja2|chameleon|mako)|tornado|falcon|"
                  r"org\.springframework\.boot:.*|gin-gonic/gin|github\.com/gin-gonic/gin|github\.com/labstack/echo.*|actix-web|axum|"
                  # Java web applications without Spring Boot: Spring MVC, Quarkus, Micronaut
                  r"org\.springframework:spring-webmvc|org\.springframework:spring-webflux|io\.quarkus:quarkus-resteasy.*|io\.micronaut:micronaut-http-server.*|"
                  # Kotlin and light JVM servers: Ktor's server modules, Javalin, Spark, http4k, Vert.x Web
                  r"io\.ktor:ktor-server.*|io\.javalin:javalin.*|com\.sparkjava:spark-core|org\.http4k:http4k-core|io\.vertx:vertx-web.*|"
                  # (and CodeStory's fluent-http, Jooby, Ratpack, Undertow, Dropwizard, Helidon: routes declared in the code)
                  r"net\.code-story:http|(?:io|org)\.jooby:jooby.*|io\.ratpack:ratpack-core|io\.undertow:undertow-core|io\.dropwizard:dropwizard-core|"
                  r"io\.helidon\.webserver:helidon-webserver|"
                  # Play (its sbt plugin in project/plugins.sbt declares it: the manifests fact), its server modules
                  r"(?:org\.playframework|com\.typesafe\.play):play(?:-server|-(?:netty|pekko-http|akka-http)-server)?|"
                  # Tapestry, Struts, JSF
                  r"org\.apache\.tapestry:tapestry.*|tapestry:tapestry.*|org\.apache\.struts:struts.*|javax\.faces:.*|org\.glassfish:jakarta\.faces|"
                  # servlets and JSP pages written on the container's API alone (named after any framework above: WEB_FRAMEWORKS' last)
                  r"javax\.servlet:(?:javax\.)?servlet-api|jakarta\.servlet:jakarta\.servlet-api|org\.apache\.tomcat:(?:tomcat-)?servlet-api")
_CONTAINER_API = re.compile(r"javax\.servlet:.*|jakarta\.servlet:.*|org\.apache\.tomcat:.*")
# the Spring Boot starters that serve HTTP (or may: security, actuator); the bare "spring-boot" of a Gradle plugin says nothing more
_SPRING_SERVING = re.compile(r"org\.springframework\.boot:spring-boot(?:-starter-(?:web|webflux|jersey|data-rest|tomcat|jetty|undertow|reactor-netty|"
                             r"thymeleaf|freemarker|mustache|groovy-templates|graphql|websocket|hateoas|web-services|security|oauth2-[\w-]+|actuator))?")

# the JAX-RS specification's API alone (javax.ws.rs:jsr311-api, jakarta.ws.rs-api) and the Jersey/RESTEasy clients and providers: what a client of
# REST services also declares (MediaType constants, a WebResource); they serve an API only beside a @Path resource of the code
_JAXRS_API_OR_CLIENT = re.compile(r"(?:javax|jakarta)\.ws\.rs:.*|org\.glassfish\.jersey\.core:jersey-(?:client|common)|"
                                  # Jersey's entity providers and injection, a client's as much as a server's (jersey-media-json-jackson, jersey-hk2)
                                  r"org\.glassfish\.jersey\.(?:media|inject):.*|"
                                  r"com\.sun\.jersey:jersey-(?:client|core)|org\.jboss\.resteasy:resteasy-client.*")

_SPRING_WEB = re.compile(r"org\.springframework\.boot:spring-boot-starter-(?:web|webflux|jersey|data-rest)")


# the languages a server framework's code is written in, by the ecosystem of the manifest declaring it (npm's left out: its scripts
# are a front end's as well as a server's)
_JVM = frozenset({"Java", "Kotlin", "Groovy", "Scala", "Clojure", "JSP"})
_PYTHON = frozenset({"Python", "Jupyter Notebook"})
_SERVER_LANGUAGES = {"maven": _JVM, "gradle": _JVM, "sbt": _JVM, "pip": _PYTHON, "python": _PYTHON, "pipenv": _PYTHON, "conda": _PYTHON,
                     "composer": frozenset({"PHP"}), "bundler": frozenset({"Ruby"}), "go": frozenset({"Go"}), "cargo": frozenset({"Rust"}),
                     "mix": frozenset({"Elixir", "Erlang"})}


def codeless_web(ctx) -> list[tuple[str, str]]:
    """The web frameworks declared by a manifest of an ecosystem of which the repository holds no source file (a MapStoreExtension
    harness's web/pom.xml declaring spring-webmvc beside placeholder folders and XML wiring only: the host's servlets, nothing of
    the repository's own to serve)."""
    from auditor.facts.inventory import manifest_ecosystem

    langs = {lang for lang, n in (ctx.fact("inventory").get("languages") or {}).items() if n}
    return [d for d in match_deps(ctx, [WEB_FRAMEWORKS], dev=False)
            if (own := _SERVER_LANGUAGES.get(manifest_ecosystem(d[1]) or "")) is not None and not own & langs]


def codeless_result(ctx, details: dict) -> Result | None:
    """api-spec's not-applicable when the only server frameworks left are :func:`codeless_web` (a template's server module kept as
    placeholders: the framework declared, nothing of it written), None otherwise."""
    from auditor.checks.reusability.common import dep_evidence_lines

    if not (codeless := codeless_web(ctx)):
        return None
    fw, where = codeless[0]
    return Result.not_applicable(T(f"Cadriciel serveur déclaré ({fw}, {where}) sans aucun code serveur dans le dépôt (aucun fichier source du "
                                   "langage de ce cadriciel) ni code répondant en JSON : ce dépôt ne sert aucune API, pas de spécification attendue.",
                                   f"Server framework declared ({fw}, {where}) with no server code in the repository (no source file in that "
                                   "framework's language) and no code answering JSON: this repository serves no API, no specification expected."),
                                 dep_evidence_lines(ctx, codeless, limit=2), codeless_frameworks=[d for d, _ in codeless][:5], **details)


def _web(ctx) -> list[tuple[str, str]]:
    """The web frameworks declared, less Spring Boot when none of its starters serves HTTP (spring-boot-starter-batch alone: a batch job),
    less those with no code of their language in the repository (:func:`codeless_web`)."""
    codeless = set(codeless_web(ctx))
    web = [d for d in match_deps(ctx, [WEB_FRAMEWORKS], dev=False) if d not in codeless] or imported_web(ctx)
    spring = [d for d in web if d[0].startswith("org.springframework.boot:")]
    if spring and not any(_SPRING_SERVING.fullmatch(d[0]) for d in spring):
        web = [d for d in web if d not in spring]
    # named by what serves: Spring Boot's web starter before its cache or LDAP starters, a framework before the servlet API
    return sorted(web, key=lambda d: (bool(_CONTAINER_API.fullmatch(d[0])), 0 if d not in spring or _SPRING_WEB.fullmatch(d[0]) else
                                      1 if _SPRING_SERVING.fullmatch(d[0]) else 2))


def imported_web(ctx) -> list[tuple[str, str]]:
    """The Python web frameworks the code imports when no Python manifest declares any package (a Flask server installed by the
    README's `pip install flask`, no requirements.txt: issue 12, s42 fl42 = guillett/tarification-solidaire-strasbourg), each with
    the first file importing it: the framework serves the code as a declared one does."""
    from auditor.checks.reusability.dependencies_unpackaged import python_undeclared

    manifests = (ctx.fact("manifests") or {}).get("manifests") or []
    where = (ctx.fact("python_imports") or {}).get("where") or {}
    # (only where a file makes the framework's application: a host's plugin importing django.http's JsonResponse is no Django site —
    # its answers are judged as a plugin's, s42 lead: tests/test_verdicts_communes.py's onegeo extension)
    made = ctx.fact("python_web_apps") or {}
    return [(m, made[m]) for m in python_undeclared(ctx, manifests) if m in where and re.fullmatch(WEB_FRAMEWORKS, m) and m in made][:3]


def rest_frameworks(ctx, **kw) -> list[tuple[str, str]]:
    """The REST frameworks declared (``match_deps`` keywords), less the JAX-RS API and client artifacts when no Java class of the
    repository declares a JAX-RS resource (a Jersey client calling other services: no API served)."""
    rest = match_deps(ctx, [REST_FRAMEWORKS], **kw)
    if any(_JAXRS_API_OR_CLIENT.fullmatch(d[0]) for d in rest) and not ctx.fact("jaxrs_resources"):
        rest = [d for d in rest if not _JAXRS_API_OR_CLIENT.fullmatch(d[0])]
    return rest


def spring_rest_controllers(scan) -> list:
    """The text scan's hits of Spring ``@RestController`` classes in the project's own code (no tests): HTTP endpoints that answer
    data, an API served whatever REST library the build declares (a Spring MVC module beside a Tapestry web application)."""
    return sorted(h for h in scan["signals"].get("api.spring-rest", []) if h[3] == "code")


def spring_rest_result(spring: list, details: dict) -> Result:
    """api-spec's fail for Spring REST controllers and no specification, naming the first controller."""
    n = len({h[0] for h in spring})
    return Result.fail(T(f"Une API est servie ({n} contrôleur(s) REST Spring, par exemple {spring[0][0]}) sans spécification OpenAPI.",
                         f"An API is served ({n} Spring REST controller(s), for example {spring[0][0]}) without an OpenAPI specification."),
                       hit_evidence(spring, kind="finding", limit=5), **details).advise(openapi_todo([("spring", "")]))


def webutils_routes(scan) -> list:
    """The text scan's JSON answers (``renderJson(request, …)``, ``arrayResponseHandler(request)``) in the project's own Java files
    declaring ODE web-utils routes (``@Get``/``@Post`` of fr.wseduc.rs, an ENT module on entcore and Vert.x), no tests."""
    from auditor.facts.inventory import is_test, is_vendored

    own = lambda h: h[3] == "code" and not is_test(h[0]) and not is_vendored(h[0])  # noqa: E731
    sig = scan["signals"]
    hits = [h for h in sig.get("api.webutils-json", []) + sig.get("api.webutils-crud", []) if own(h)]
    # (a route file importing a helper class of the project that answers JSON for it: helpers/EventHelper.java's arrayResponseHandler)
    helpers = {}
    for h in sorted(h for h in sig.get("api.webutils-json-helper", []) if own(h)):
        helpers.setdefault(h[0].rsplit(".", 1)[0], h)
    for h in sig.get("api.webutils-import", []):
        tail = "/" + str(h[2]).replace(".", "/")
        helper = next((v for k, v in helpers.items() if ("/" + k).endswith(tail)), None)
        if own(h) and helper:
            hits.append([h[0], h[1], f"{helper[2]} ({helper[0]}:{helper[1]})", *h[3:]])
    return sorted(hits)


def webutils_result(hits: list, details: dict) -> Result:
    """api-spec's warning for an ENT module's web-utils routes answering JSON with no specification, naming its first controllers."""
    files = sorted({h[0] for h in hits})
    return Result.warn(T(f"{len(files)} contrôleur(s) Vert.x du cadriciel web-utils de l'ENT (entcore) répondent en JSON sur leurs routes "
                         f"@Get/@Post (par exemple {files[0]}) sans spécification d'API : décrivez-les en OpenAPI.",
                         f"{len(files)} Vert.x controller(s) of the ENT's web-utils framework (entcore) answer JSON on their @Get/@Post "
                         f"routes (for example {files[0]}) without an API specification: describe them in OpenAPI."),
                       hit_evidence([min(h for h in hits if h[0] == f) for f in files], kind="finding", limit=5), score=4,
                       webutils_routes=len(files), **details)


def page_xhr_files(sig: dict) -> set[str]:
    """The PHP files that tell their own page's XMLHttpRequest by the X-Requested-With header its script sets and keep the user's
    session ($_SESSION[…]): the JSON they echo answers that page (an upload form's progress, cancel and redirect), no other client."""
    return {h[0] for h in sig.get("api.xhr-page", []) if h[3] == "code"} & {h[0] for h in sig.get("api.php-session", []) if h[3] == "code"}


_CALLED = re.compile(r"""['"]([^'"\s?#]{1,200}\.php)""")


def page_called_files(sig: dict, files) -> set[str]:
    """The repository's PHP files the project's own scripts call (api.page-call: $.post('controlers/x.php'), fetch('x.php')), the
    call's address matched to a file by its path's end (a leading /, ./ or ../ dropped)."""
    called = set()
    for h in sig.get("api.page-call", []):
        m = _CALLED.search(str(h[2]))
        if m:
            tail = m.group(1).lstrip("./")
            called |= {f for f in files if f == tail or f.endswith("/" + tail)}
    return called


def page_xhr_result(php_json: list, files: list[str], details: dict) -> Result:
    """api-spec's verdict when every file answering JSON is one of :func:`page_xhr_files`: no API, no specification expected."""
    return Result.not_applicable(T(f"Le code ne répond en JSON qu'aux XMLHttpRequest des pages de l'application elle-même ({files[0]} : en-tête "
                                   "X-Requested-With, session de l'utilisateur), sans API ouverte à d'autres clients : pas de spécification attendue.",
                                   f"The code answers JSON only to the XMLHttpRequests of the application's own pages ({files[0]}: X-Requested-With "
                                   "header, the user's session), with no API open to other clients: no specification expected."),
                                 hit_evidence(php_json, limit=3), page_xhr=True, **details)


def page_json_hit(hit) -> bool:
    """A served-JSON hit that answers the project's own pages: a Lutece JSP bean (XxxJspBean.java, the controller of back-office
    pages) or a Lutece MVC view's ``responseJSON(…)`` (an XPage's AJAX answer to its editor), no API opened to other clients."""
    return hit[0].endswith("JspBean.java") or "responsejson" in hit[2].lower()


# the web frameworks whose ways of answering JSON the text scan knows (api.json-answer): without one in the code, their pages are all they serve
# (and the servlet container's API alone, whose JSON answers api.served-json and api.json-string read: a uPortal portlet rendering JSP views)
# (and Tapestry, its JSON answers read by api.tapestry-json: a CCAS application's Tapestry 4 pages, issue 12 s35 i35)
_PAGE_FRAMEWORKS = re.compile(r"django|flask|express|laravel/framework|symfony/framework-bundle|rails|org\.apache\.tapestry:tapestry.*|tapestry:tapestry.*|"
                              + _CONTAINER_API.pattern)
# libraries answering JSON routes themselves (an identity provider's token and userinfo endpoints: FranceConnect's provider example)
_API_SERVING_LIBS = r"oidc-provider|oauth2orize|node-oauth2-server|oauth2-server|django-oidc-provider|django-oauth-toolkit|flask-oauthlib|doorkeeper|league/oauth2-server|laravel/passport"


def pages_only(ctx, web: list, scan: dict, details: dict) -> Result | None:
    """api-spec's not-applicable for a web application whose framework serves its pages and whose code answers no JSON (a Wagtail site
    of a commune, a Laravel front end reading another service's API): no API of its own to describe. None when it may serve one: an
    API-service kind, a framework whose JSON answers are not read, or any JSON answer in the project's own code (routes/api.php's
    route outside Laravel's scaffold /user included)."""
    from auditor.checks.reusability.common import dep_evidence_lines
    from auditor.facts.inventory import is_test, is_vendored
    from auditor.facts.project import decided_kind
    from auditor.facts.tree import tree_of

    if decided_kind(ctx.fact("project") or {}) != "web-application" or not all(_PAGE_FRAMEWORKS.fullmatch(d[0]) for d in web) \
            or match_deps(ctx, [_API_SERVING_LIBS], dev=False):  # (an OpenID Connect provider's endpoints answer JSON through its library)
        return None
    if any(_CONTAINER_API.fullmatch(d[0]) for d in web):  # (servlets: JAX-RS resources or an OGC answer written by hand are an API served)
        from auditor.checks.interoperability.ogc import ogc_served
        if ctx.fact("jaxrs_resources") or ogc_served(ctx):
            return None
    hits = [h for sid in ("api.json-answer", "api.php-json", "api.host-json", "api.served-json", "api.template-json", "api.ajax-json", "api.json-string",
                          "api.tapestry-json")
            for h in scan["signals"].get(sid, []) if h[3] in ("code", "template") and not is_test(h[0]) and not is_vendored(h[0])]
    flask = any(d[0] == "flask" for d in web)  # (a Flask view returning a dict answers JSON; a Django context processor's dict is a page's)
    hits = [h for h in hits if not h[2].lstrip().startswith("return") or (flask and h[0].endswith(".py"))]
    if any(not h[2].startswith("Route::") or h[0].endswith("routes/api.php") for h in hits):
        return None
    if any(e.name.endswith((".json.jbuilder", ".json.erb")) for e in tree_of(ctx) if not is_vendored(e.path)):  # (Rails' JSON views)
        return None
    fw = web[0][0]
    return Result.not_applicable(T(f"Application web ({fw}) servant ses pages : aucun code ne répond en JSON ni ne déclare d'API — pas de "
                                   "spécification attendue.",
                                   f"Web application ({fw}) serving its pages: no code answers JSON or declares an API — no specification "
                                   "expected."), dep_evidence_lines(ctx, web, limit=2), pages_only=True, **details)


def own_graphql(ctx, sig: dict) -> list[str]:
    """The project's GraphQL schemas (tests left out); one a tool says it generated counts only when the project serves GraphQL (a
    CMS's content schema, tina/__generated__/schema.gql, is the CMS's API)."""
    from auditor.facts.inventory import is_test

    paths = sorted({h[0] for sid in ("spec.graphql", "spec.graphql-sdl") for h in sig.get(sid, []) if not is_test(h[0])})
    if paths and not match_deps(ctx, [GRAPHQL_SERVERS], dev=True, unimported=False):
        generated = {h[0] for h in sig.get("spec.graphql-generated", [])}
        paths = [p for p in paths if p not in generated]
    return paths


def serves_no_api(ctx) -> bool:
    """No API is served: no specification or GraphQL schema, no generator or framework code, no server framework
    among the runtime dependencies, no PHP page answering JSON, no JSON route of a host's plugin or servlet (what makes api-spec
    not applicable)."""
    from auditor.checks.reusability.common import textscan_ok

    scan = textscan_ok(ctx)
    sig = scan["signals"]
    return not (ctx.fact("api_specs")["documents"] or own_graphql(ctx, sig) or [h for h in sig.get("spec.framework", []) if h[3] in ("code", "config")]
                or [h for sid in ("api.php-json", "api.host-json") for h in sig.get(sid, []) if h[3] == "code"]
                or [h for h in sig.get("api.template-json", []) if h[3] in ("code", "template")] or match_deps(ctx, [SPEC_GENERATORS], dev=True, unimported=False)
                or [h for h in sig.get("api.served-json", []) if h[3] in ("code", "config") and not page_json_hit(h)]
                or rest_frameworks(ctx, dev=False, unimported=False) or _web(ctx) or spring_rest_controllers(scan)
                or next_route_handlers(ctx, scan) or nuxt_server_routes(ctx) or webutils_routes(scan))


# Next.js route handlers: app/…/route.ts exporting GET/POST (the App Router), or pages/api/… (the Pages Router); served at their path
_NEXT_ROUTE = re.compile(r"(?:^|/)app/(?:[^/]+/)*route\.[cm]?[jt]s$|(?:^|/)pages/api/")


def next_route_handlers(ctx, scan: dict) -> list:
    """The text scan's JSON answers (``api.json-answer``: ``NextResponse.json(…)``, ``res.status(200).json(…)``) in a Next.js
    application's route handlers, its own code (no tests, nothing copied): HTTP endpoints answering JSON, an API served beside the
    pages (Birdiz/mairie-de-grandrupt's src/app/api/contact/route.ts). Empty when ``next`` is not a runtime dependency."""
    from auditor.facts.inventory import is_test, is_vendored

    if not match_deps(ctx, [r"next"], dev=False):
        return []
    # (not a handler an authentication library builds, NextAuth's app/api/auth/[...nextauth]/route.js: its sign-in endpoints, s45 fj45)
    auth = {h[0] for h in scan["signals"].get("api.auth-library-handler", []) if h[3] == "code"}
    return sorted(h for h in scan["signals"].get("api.json-answer", []) if h[3] == "code" and _NEXT_ROUTE.search(h[0])
                  and h[0] not in auth and not is_test(h[0]) and not is_vendored(h[0]))


# Nuxt 3's API routes (Nitro): each file of server/api/ beside nuxt.config is an HTTP endpoint served under /api/, the value its
# defineEventHandler returns sent as JSON (PNPC-CaPeL/capel-portal's server/api/spots.ts); not server/routes/, a sitemap.xml.ts, a feed
_NUXT_SERVER_ROUTE = re.compile(r"^((?:[^/]+/)*)server/api/(?:[^/]+/)*[^/]+\.[cm]?[jt]s$")


def nuxt_server_routes(ctx) -> list[str]:
    """The API route files of a Nuxt application (its own, no tests, nothing copied), with a nuxt.config in the folder holding
    their server/; empty when ``nuxt`` is not a dependency."""
    from auditor.facts.inventory import is_test, is_vendored
    from auditor.facts.tree import tree_of

    if not match_deps(ctx, [r"nuxt3?"], dev=True):
        return []
    paths = [e.path for e in tree_of(ctx)]
    roots = {p.rpartition("/")[0] + "/" if "/" in p else "" for p in paths if re.search(r"(?:^|/)nuxt\.config\.[cm]?[jt]s$", p)}
    return sorted(p for p in paths if (m := _NUXT_SERVER_ROUTE.match(p)) and m.group(1) in roots and not is_test(p) and not is_vendored(p))


def go_pages_only(ctx, scan: dict, own: list[str], details: dict) -> Result | None:
    """A Go program serving HTTP whose handlers render templates (c.Render, c.HTML, template.Execute to the response) and answer no
    JSON anywhere in its code: a web application's pages, no API to describe (issue 12, s39 fl39 = govpf/pwshare). None otherwise."""
    if not any(path.endswith(".go") for path in own) or decided_kind(ctx.fact("project") or {}) == "api-service":
        return None
    signals = scan["signals"]
    renders = [h for h in signals.get("api.go-render", []) if h[3] == "code"]
    if not renders or any(h[3] == "code" for h in signals.get("api.go-json", [])):
        return None
    files = sorted({h[0] for h in renders})
    return Result.not_applicable(T(f"Application web en Go servant ses pages ({files[0]}) : ses gestionnaires rendent des gabarits et aucun "
                                   "code ne répond en JSON — pas de spécification d'API attendue.",
                                   f"Go web application serving its pages ({files[0]}): its handlers render templates and no code "
                                   "answers JSON — no API specification expected."), hit_evidence(renders, limit=3), pages_only=True, **details)


def apps_script_json_result(scan: dict, details: dict) -> Result | None:
    """api-spec's verdict for a Google Apps Script web app answering JSON (doGet/doPost's ContentService output set to MimeType.JSON):
    an answer to the project's own pages when its own code or pages call a script.google.com web app (not applicable, the JSON it
    answers named), otherwise a web app answering JSON to any client, described nowhere (warn). None when no such answer is found."""
    gas = [h for h in scan["signals"].get("api.apps-script-json", []) if h[3] == "code"]
    if not gas:
        return None
    where = f"{gas[0][0]}:{gas[0][1]}"
    callers = [h for h in scan["signals"].get("scaling.svc.google-apps-script.host", []) if h[3] in ("code", "template") and h[0] != gas[0][0]]
    if callers:
        return Result.not_applicable(T(f"Le code répond en JSON par une application web Google Apps Script ({where}, ContentService) aux scripts "
                                       f"des pages du projet lui-même ({callers[0][0]}:{callers[0][1]}) : pas de spécification attendue.",
                                       f"The code answers JSON through a Google Apps Script web app ({where}, ContentService) to the scripts of "
                                       f"the project's own pages ({callers[0][0]}:{callers[0][1]}): no specification expected."),
                                     hit_evidence(gas, limit=3), apps_script_json=True, **details)
    return Result.warn(T(f"Une application web Google Apps Script répond en JSON ({where}, ContentService) sans spécification d'API : "
                         "décrivez ses actions en OpenAPI.",
                         f"A Google Apps Script web app answers JSON ({where}, ContentService) without an API specification: "
                         "describe its actions in OpenAPI."), hit_evidence(gas, kind="finding", limit=3), score=4, apps_script_json=True, **details)
