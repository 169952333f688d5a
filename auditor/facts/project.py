"""``project``: what kind of project this is, and who carries it — shown at the top of every report.

Checks judge a PostGIS data model, a QGIS kit or a static map differently from a web application:
each check declares the kinds it applies to (``@check(kinds=…)``) and the engine answers *not
applicable* elsewhere. The kind is decided from the files, with the paths that decided it; the
sponsor type comes from the audit's options (``--sponsor-type``, a portfolio entry), then from the project's declarations
(``.auditor.yml``), ``publiccode.yml`` (``organisation``, legacy ``legal`` and ``it.riuso`` fields), then from the forge account
or forge host of its origin when ``organisations.yml`` lists it as a public body's or names it like one with a type
(``public_owner_names``, ``sponsor_forge.py``), else *unknown*.

Value::

    {"kind": id, "kind_evidence": [{"path", "reason"}], "scores": {kind: n},
     "sponsor_type": id, "sponsor_source": "option" | "portfolio" | "declarations" | "publiccode.yml" | "forge-owner" | None,
     "sponsor_evidence": str | None}

The value depends on the audit's options (the sponsor type): it is never cached on disk.

Longer than 400 lines: the rules deciding ten kinds of project (manifests, entry points, host plugins,
QGIS, SQL, PHP pages, notebooks…) and the sponsor type are read together here, so that one table of
scores decides the kind; splitting them would scatter that one decision.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.facts.slide_sources import SLIDE_DECK, slide_decks
from auditor.facts.install import ROOT_SCRIPT
from auditor.facts.kind_launchers import LAUNCHED_JAR, jar_launchers
from auditor.facts.kind_page_apps import page_applications
from auditor.facts.kind_strapi import ADMIN_FOLDERS as STRAPI_ADMIN_FOLDERS, admin_panel_ui, strapi_application
from auditor.facts.kind_fronts import (bundle_screens, copied_library_pages, directory_guards, imported_python_servers, imported_ui, required_node_servers, java_web_descriptors, kotlin_browser_apps,
                                      nested_host_plugins, php_front_controller, signing_pages, codeigniter4_app)
from auditor.facts.kind_artifacts import published_java_library, war_builds
from auditor.facts.kind_appsscript import REASON as APPS_SCRIPT_REASON, apps_script
from auditor.facts.kind_pipelines import SHELL_PIPELINE, SQL_KIT, SQL_TRANSFER, shell_pipeline, sql_kit, sql_transfers, sql_view_layer  # noqa: F401 (SHELL_PIPELINE: read by checks from here)
from auditor.facts.kind_apps import (aside, template_tree, bundled_library, composer_declared, debian_library, dotnet_library, maven_archetype,
                                     monitoring_protocol, npm_commands, query_scripts, vite_library)
from auditor.facts.kind_commands import folder_commands, manifest_folder_commands, shell_run_scripts, top_level_scripts, workspace_commands
from auditor.facts.kind_go import go_servers
from auditor.facts.kind_browser import HOST as BROWSER_HOST, browser_extension
from auditor.facts.kind_grails import grails_apps
from auditor.facts.kind_quarto import site_pages, site_projects
from auditor.facts.kind_machines import documented_images, dotnet_program
from auditor.facts.kind_services import compose_by_content, jelix_data_module, lizmap_map_module, php_data_service, php_form_handler, php_ogc_service, php_self_page
from auditor.facts.kind_libraries import demo_page_library, java_dependency_in_readme, namespace_library
from auditor.facts.kind_powershell import powershell_commands, powershell_module
from auditor.facts.kind_qgis import plugin_entry_points, processing_models, pyqgis_scripts
from auditor.facts.kind_roles import chef_cookbooks, clojure_main, doc_site_pages, go_indirect, printed_templates, rust_binary, sent_templates
from auditor.facts.kind_mobile import _app_root, mobile_app, mobile_points
from auditor.facts.kind_native import native_servers
from auditor.facts.kind_operators import kubernetes_operator
from auditor.facts.kind_overlays import OVERLAY_REASON, configuration_overlay
from auditor.facts.kind_programs import NATIVE_EXT, desktop_programs, frozen_program, python_windows, operation_scripts, provisioned_machines, provisioning_scripts, service_units, built_front_end
from auditor.facts.script_bundles import script_bundles
from auditor.facts.kind_schedule import mobile_back_end, scheduled_scripts
from auditor.facts.kind_rust_gui import desktop_shell, rust_desktop
from auditor.facts.kind_served import FREEMARKER_EXT, classpath_pages, config_templates, freemarker_pages, landing_pages, package_doc_sites, site_folder, skeleton_layouts
from auditor.facts.kind_dotnet import aspnet_core_unserved, razor_pages
from auditor.facts.kind_sides import doc_site_html, java_desktop, program_doc_sites, rails_api_only, tool_reports
from auditor.facts.kind_sites import blade_views, doc_site_only, doc_site_roots, doc_site_sql, pages_workflows, published_root_page, unnamed_npm_programs
from auditor.facts.framework_markers import FRAMEWORK_NAMES
from auditor.facts.kind_styles import style_package
from auditor.facts.kind_packages import bower_package, command_in_readme, data_scripts, pipeline_steps, site_builder, deployed_documents, golem_app, imported_in_readme, importable_package, unpackaged_pyproject, built_python_package, php_json_backend, \
    r_package, r_package_top, retired, spip_squelettes
from auditor.facts.inventory import CI_DIRS, ONTOLOGY, code_ext, inventory_of, is_doc, is_generated, is_test, is_vendored
from auditor.facts.settings_files import EDITOR_FOLDER
from auditor.facts.kind_collections import demo_among_folders
from auditor.facts.kind_plumber import PLUMBER_API, plumber_files
from auditor.facts.kind_r_exports import R_EXPORT, r_export_scripts
from auditor.facts.kind_r_apps import launched_inst_apps
from auditor.facts.kind_documents import ASSISTANT_ADDONS, CODE_UNDECIDED, COURSE_KIT, NO_DECISIVE_FILE, course_kit, documents_kind, exercise_pages, in_documents_folder
from auditor.facts.script_markers import package_example
from auditor.facts.testdirs import dbt_projects, dbt_sql
from auditor.facts.kind_markers import (DJANGO_HOSTED_UI, SERVER_ENTRY_FILES, component_library, django_app, dotnet_servers, entry_points, image_command_scripts,
                                        imported_host, java_main, jaxrs_resources, mapstore_extension, python_route_files, packaged_servers, plugin_rest_resources, qdt_profiles,
                                        SERVER_DEPS, served_side, ui_library)
from auditor.lazyre import lazy_compile

# Package names that name no package: the folder a template makes importable (cookiecutter-data-science's setup.py, name="src",
# packages=find_packages()), or a scaffold's placeholder left as it was
PLACEHOLDER_PACKAGES = frozenset({"src", "source", "app", "project", "code", "main", "package", "my_package", "my-package", "mypackage",
                                  "my_project", "my-project", "myproject"})
KINDS = ("web-application", "api-service", "library", "cli-tool", "data-model", "gis-kit", "data-specification",
         "static-site", "analysis", "infrastructure", "mobile-application", "desktop-application")
SPONSOR_TYPES = ("state", "local-authority", "opsn", "association", "company", "unknown")
SPONSOR_ALIASES = {
    "state": "state", "etat": "state", "état": "state", "state-service": "state", "service-de-l-etat": "state", "administration": "state",
    "local-authority": "local-authority", "collectivite": "local-authority", "collectivité": "local-authority", "local": "local-authority",
    "collectivite-territoriale": "local-authority", "local-government": "local-authority",
    "opsn": "opsn", "association": "association", "company": "company", "entreprise": "company", "unknown": "unknown", "inconnu": "unknown",
}

# what a file says about the kind of project
CODE_EXT = {"py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "php", "java", "kt", "rb", "go", "rs", "ex", "exs", "cs", "vb", "scala",
            "swift", "dart", "c", "cc", "cpp", "h", "lua", "pl", "groovy", "clj", "r", "jl", "vue", "svelte", "ino"}
SQL_EXT = {"sql", "pgsql", "plpgsql", "psql"}
PHP_REQUEST = lazy_compile(r"\$_(?:GET|POST|REQUEST|SESSION|FILES)\b|\bsession_start\s*\(")
BOOT_CONFIG = lazy_compile(r"(?:^|/)(?:grub\.cfg|[\w.-]+\.ipxe|pxelinux\.cfg/[^/]+)$|(?:^|/)tftpboot/[^/]+(?:/[^/]+)*\.(?:cfg|ipxe|efi|kpxe)$", re.I)
# a boot loader's script written by the code: GRUB's menuentry/submenu lines, an iPXE script (#!ipxe, chain/kernel/imgfetch)
_BOOT_SCRIPT = lazy_compile(r"""['"][ \t]*(?:menuentry|submenu)[ \t]+['"\\]|['"]#!ipxe\b|['"][ \t]*(?:chain|imgfetch|kernel)[ \t]+(?:--\w+[ \t]+)*(?:https?://|\$\{|tftp://)""")
# (or GRUB's `set name=value` lines echoed, in a script that names GRUB: the answer to a GRUB client's request)
_GRUB_SET = lazy_compile(r"""\b(?:echo|print|die)[ \t]*\(?[ \t]*['"]set[ \t]+\w+=""")
_GRUB_WORD = lazy_compile(r"\bgrub\b", re.I)
_HTML_WRITTEN = lazy_compile(r"<(?:html|body|form|div|table|p|h[1-6]|ul|input|!DOCTYPE)\b|\?>\s*<", re.I)


def boot_answer(text: str) -> bool:
    """A PHP script writing a boot loader's script (GRUB menu entries, iPXE) and no HTML."""
    return bool(_BOOT_SCRIPT.search(text) or (_GRUB_SET.search(text) and _GRUB_WORD.search(text))) and not _HTML_WRITTEN.search(text)


CI3_CONTROLLER = lazy_compile(r"^[ \t]*(?:(?:abstract|final)[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+(?:CI_Controller|MY_Controller)\b", re.M)
# a PHP front controller routing every request itself (api.php matching $_SERVER['REQUEST_URI'] against its route table)
PHP_ROUTER = lazy_compile(r"""\$_SERVER\s*\[\s*['"](?:REQUEST_URI|PATH_INFO)['"]\s*\]""")
# (or building the PSR-7 request from the globals and handing it to its pipeline: Guzzle's ServerRequest::fromGlobals(), Laminas
# Diactoros' ServerRequestFactory::fromGlobals(), Slim's ServerRequestFactory::createFromGlobals(), Nyholm's ServerRequestCreator)
PHP_PSR7_FRONT = lazy_compile(r"\b(?:ServerRequest(?:Factory)?::(?:create)?[fF]romGlobals|ServerRequestCreator\b[^;]{0,300};[\s\S]{0,600}?->fromGlobals)\s*\(")
# (where a served front controller sits: the root's or the web root's index.php)
PHP_WEB_ROOT_INDEX = lazy_compile(r"^(?:(?:public|web|www|htdocs|public_html)/)?index\.php$")
QGIS_EXT = {"qgs", "qgz"}
STYLE_EXT = {"sld", "qml", "lyr", "lyrx", "mapcss", "stylx", "mss"}  # (stylx: an ArcGIS Pro style; mss: CartoCSS, TileMill's and Kosmtik's)
# a CartoCSS map project (TileMill's or Kosmtik's project.mml, JSON or YAML): its layers' data sources and the .mss style sheets
# drawing them, the map a Mapnik server renders, as a QGIS project is one (geopicardie/style-osm-geopicardie's styles/bright/)
CARTO_PROJECT = lazy_compile(r"""^[^\S\n]*["']?Stylesheet["']?[^\S\n]*:""", re.M)
SCRIPT_EXT = {"sh", "bash", "bat", "cmd"}  # shell and Windows batch scripts: code weighed apart from the programs (CODE_EXT)
TOOL_DIRS = {"outils", "tools", "tooling", "scripts", "utils", "maintenance"}
NOTEBOOK_EXT = {"ipynb", "rmd", "qmd"}
WEB_EXT = {"html", "htm"}
# Django, Jinja or Twig tags (not Liquid's include); Thymeleaf's attributes (a Spring application's templates/layout.html: th:lang="…")
SERVER_TEMPLATE = lazy_compile(r"\{%-?\s*(?:extends|block|load)\s|\bth:(?:text|utext|replace|insert|if|unless|each|href|src|fragment|lang|action|value|with)=\"|xmlns:th=")
CONTAINER_FILE = lazy_compile(r"^(dockerfile|containerfile)([.-][\w.-]+)?$|^(docker-)?compose([.-][\w.-]+)?\.ya?ml$", re.I)
# (and the settings files of a packaged server, config/Config.php, SignTsaConfig.php: handed to the image by compose's configs)
SETTINGS_FILE = lazy_compile(r"(^|[/._-])settings(\.[\w-]+)?\.py$|(^|/)(config|conf|settings)\.py$|^(config|conf)/[\w-]*config\.php$", re.I)
INFRA = lazy_compile(r"\.tf$|(^|/)Chart\.ya?ml$|(^|/)kustomization\.ya?ml$|(^|/)(roles/[^/]+/tasks/[^/]+\.ya?ml|playbooks?/[^/]+\.ya?ml|playbook[\w-]*\.ya?ml|inventor(y|ies)/[^/]+)$"
                     # a Puppet module's manifests, an Ansible role's tasks at the root, SaltStack states
                     r"|(^|/)manifests/([^/]+/)*[^/]+\.pp$|^tasks/[^/]+\.ya?ml$|\.sls$"
                     r"|^stacks?/([^/]+/)?[^/]+\.ya?ml$", re.I)  # (Docker Swarm stack files: stack/preprod/solr.yml)
SPEC_NAME = lazy_compile(r"(^|/)(schema\.json|datapackage\.json|tableschema\.json|[^/]+\.schema\.json|[^/]+\.xsd|[^/]+\.schema\.ya?ml)$", re.I)
STATIC_GENERATORS = lazy_compile(r"^(_config\.ya?ml|mkdocs\.ya?ml|zensical\.toml|hugo\.(toml|ya?ml|json)|\.eleventy\.c?js|eleventy\.config\.c?js|astro\.config\.[cm]?[jt]s|docusaurus\.config\.[jt]s|observablehq\.config\.[cm]?[jt]s|gatsby-config\.[cm]?[jt]s)$")
# (a Hugo, Eleventy, Astro, Docusaurus or Gatsby site kept in one folder: website/hugo.toml beside deploy/; Gatsby's gatsby-config.js,
# its package declared beside it, builds pages React renders at build time, a Département's orthophoto viewer under src/pages/)
SUB_SITE = lazy_compile(r"^(hugo\.(toml|ya?ml|json)|\.eleventy\.c?js|eleventy\.config\.c?js|astro\.config\.[cm]?[jt]s|docusaurus\.config\.[jt]s|observablehq\.config\.[cm]?[jt]s|gatsby-config\.[cm]?[jt]s)$")
# a VuePress or VitePress site, its configuration in the hidden folder beside its Markdown pages: at the root or in one folder of the
# repository (rapport/.vuepress/config.js, docs/.vitepress/config.mts), whether or not a package.json declares the generator
SITE_TOOL_CONFIG = lazy_compile(r"^(?:[^/]+/)?\.(?:vuepress|vitepress)/config\.[cm]?[jt]s$")
SITE_TOOL_DIR = lazy_compile(r"(?:^|/)\.(?:vuepress|vitepress)/")  # (its own components and theme: rapport/.vuepress/components/Leaflet.vue)
# the configuration of a site generator installed by npm (VuePress, VitePress, Docusaurus, Astro, Eleventy, Observable Framework,
# Gatsby): building the site takes a package.json declaring that generator
NPM_SITE_CONFIG = lazy_compile(r"(?:^|/)(?:\.(?:vuepress|vitepress)/config\.[cm]?[jt]s|docusaurus\.config\.[jt]s|astro\.config\.[cm]?[jt]s"
                               r"|\.eleventy\.c?js|eleventy\.config\.c?js|observablehq\.config\.[cm]?[jt]s|gatsby-config\.[jt]s)$")
# a Hugo site configured by config.toml (Hugo before 0.110), told by its baseURL and Hugo's folders (archetypes/, or content/ with
# layouts/ or themes/)
HUGO_CONFIG = lazy_compile(r"^config\.(toml|ya?ml)$")
HUGO_BASE_URL = lazy_compile(r"^[ \t]*[\"']?baseurl[\"']?\s*[=:]", re.I | re.M)
SITE_GENERATOR_PACKAGES = frozenset({"@docusaurus/core", "gatsby", "vuepress", "@vuepress/core", "vitepress", "astro", "@11ty/eleventy",
                                     "@observablehq/framework"})  # (Observable Framework: src/*.md pages of ```js cells, a dashboard site)
GENERATOR_UI = frozenset({"react", "react-dom", "vue", "preact", "svelte", "solid-js", "lit"})  # (what those generators render with)
SHINY_NAMES = {"app.r", "ui.r", "server.r", "global.r"}
SHINY_ENTRY = re.compile(r"\b(?:shinyApp|runApp|shinyUI|shinyServer|fluidPage|fixedPage|fillPage|navbarPage|bootstrapPage|dashboardPage|page_sidebar|page_navbar)\s*\("
                         r"|\bserver\s*(?:<-|=)\s*function\s*\(\s*input\b")
# (and a web server's configuration templates named for it, nginx-wcs.template, global.nginx.conf, apache-site.conf.j2)
SERVER_CONF = lazy_compile(r"(^|/)(nginx|apache2?|httpd|sites-(available|enabled))/[^/]+$|(^|/)(nginx|httpd|apache2?)\.conf$|(^|/)mapproxy\.ya?ml$|\.map$"
                           r"|(^|/)(nginx|apache2?|httpd)[_-][\w-]+(\.conf)?\.(conf|template|tmpl|tpl|j2)$|[\w-]\.(nginx|apache2?|httpd)(\.conf)?\.(conf|template|tmpl|tpl|j2)$", re.I)

UI_DEPS = lazy_compile(r"react|react-dom|vue|svelte|@angular/core|angular|next|nuxt|preact|solid-js|@sveltejs/kit|lit|alpinejs|htmx\.org|@hotwired/.*|"
                     r"wagtail|streamlit|dash|shiny|@gouvfr/dsfr|@codegouvfr/react-dsfr|django-dsfr|gradio|panel|voila|django-cms|mezzanine")
# content management systems installed as a site (Drupal's recommended-project, WordPress by Composer, TYPO3): a website
CMS_DEPS = lazy_compile(r"drupal/core|drupal/core-recommended|roots/wordpress|johnpbloch/wordpress|johnpbloch/wordpress-core|typo3/cms-core")
# server frameworks that serve pages when the project has templates, an API otherwise
_DJANGO_MANAGE = lazy_compile(r"DJANGO_SETTINGS_MODULE|\bdjango\.core\.management\b")
_DJANGO_APPCONFIG = lazy_compile(r"^[^\S\n]*from\s+django\.apps\s+import\s+[^\n]*\bAppConfig\b", re.M)
# (an ENT module on entcore, a Vert.x Web server: the pages its public/ folder holds when it has them, JSON routes otherwise)
# (Play: its sbt plugin in project/plugins.sbt declares the framework, the manifests fact says: Play serves Twirl pages or JSON routes)
PAGE_DEPS = lazy_compile(r"django|flask|(?:org\.playframework|com\.typesafe\.play):play|pyramid(?:[-_][\w-]+)?|symfony/twig-bundle|twig/twig|laravel/framework|rails|jinja2|express|sinatra|phoenix|symfony/framework-bundle|symfony/symfony|"
                         r"cakephp/cakephp|"  # (CakePHP, the MVC framework of PHP: its views rendered as pages, an API without them)
                         r"org\.entcore:common|io\.vertx:vertx-web")
API_DEPS = lazy_compile(r"djangorestframework|django-ninja|fastapi|flask-restx|flask-restful|@nestjs/core|api-platform/core|api-platform/symfony|"
                      r"express|fastify|koa|hono|slim/slim|gin-gonic/gin|github\.com/gin-gonic/gin|github\.com/labstack/echo.*|actix-web|axum|"
                      r"org\.springframework\.boot:.*|graphene.*|strawberry-graphql|apollo-server|@apollo/server|pygeoapi|flask|aiohttp|sanic|"
                      r"symfony/framework-bundle|symfony/symfony|phoenix|"  # (symfony/symfony: the whole framework in one package, Symfony ≤ 4)
                      # the JVM's HTTP servers besides Spring Boot: Quarkus REST (not its REST clients), Micronaut, Javalin, Dropwizard, Ktor, Helidon
                      r"io\.quarkus:quarkus-(?:resteasy|rest)(?:-reactive)?(?:-(?:jackson|jsonb|jaxb|links|qute|multipart|mutiny|servlet))?|"
                      r"io\.quarkus:quarkus-(?:reactive-routes|undertow|spring-web|smallrye-graphql|websockets)|io\.micronaut:micronaut-http-server(?:-netty)?|"
                      r"io\.javalin:javalin|io\.dropwizard:dropwizard-core|io\.ktor:ktor-server-(?:core|netty|cio|jetty|tomcat)(?:-jvm)?|io\.helidon\.webserver:helidon-webserver|"
                      # (and the lighter ones, routes declared in code: CodeStory's fluent-http, Spark Java, Jooby, Ratpack, Undertow, http4k)
                      r"net\.code-story:http|com\.sparkjava:spark-core|(?:io|org)\.jooby:jooby(?:-netty|-jetty|-undertow)?|io\.ratpack:ratpack-core|"
                      r"io\.undertow:undertow-core|org\.http4k:http4k-server-[\w-]+")
CLI_DEPS = lazy_compile(r"click|typer|argparse|docopt|fire|commander|yargs|meow|cac|oclif|@oclif/.*|cobra|github\.com/spf13/cobra|clap|symfony/console|thor")
# batch data processing: Spark jobs, workflow orchestrators, transformation tools (a data pipeline, not a library)
PIPELINE_DEPS = lazy_compile(r"org\.apache\.spark:.*|pyspark|apache-airflow|dbt-core|dbt-(?:postgres|bigquery|snowflake|redshift|duckdb|spark|trino|databricks|sqlserver|fabric|athena|clickhouse|oracle)|apache-beam|org\.apache\.beam:.*|luigi|prefect|dagster|"
                           r"org\.apache\.flink:.*|apache-flink|org\.springframework\.boot:spring-boot-starter-batch|org\.springframework\.batch:.*")
LUTECE_PLUGIN = lazy_compile(r"<packaging>\s*lutece-plugin\s*</packaging>")
WAR_BUILD = lazy_compile(r"<packaging>\s*war\s*</packaging>|apply plugin:\s*['\"]war['\"]|^[^\S\n]*id\s*\(?\s*['\"]war['\"]|^[^\S\n]*war\s*$", re.M)
# what makes a Spring Boot application answer HTTP requests (a batch or a command-line runner built on Spring Boot serves nothing);
# Spring Boot 4.0 renamed the web starters (Spring Boot 4.0 Migration Guide, github.com/spring-projects/spring-boot/wiki, read 2026-12-04:
# spring-boot-starter-web -> -webmvc, -web-services -> -webservices, -oauth2-resource-server -> -security-oauth2-resource-server)
_BOOT_ERROR_VIEW = lazy_compile(r"(?:^|/)resources/templates/(?:error|error/(?:\d{3}|[45]xx))\.html$")
BOOT_WEB = lazy_compile(r"org\.springframework\.boot:spring-boot-starter-(web|webmvc|webflux|jersey|data-rest|websocket|graphql|hateoas|thymeleaf|"
                        r"freemarker|mustache|groovy-templates|undertow|tomcat|jetty|web-services|webservices|oauth2-resource-server|"
                        r"security-oauth2-resource-server|actuator)|"
                        r"org\.springframework:spring-web(mvc|flux)?|(javax|jakarta)\.ws\.rs:.*|org\.glassfish\.jersey\..*")
MAP_DEPS = lazy_compile(r"leaflet|maplibre-gl|ol|openlayers|cesium|d3|chart\.js|echarts|plotly\.js.*")
APP_BUILDS = frozenset({"buildozer"})  # manifests that build an application for a device, not a package others import
PACKAGE_CODE = {"npm": {"js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "svelte"}, "composer": {"php"}, "pip": {"py"}, "python": {"py"}}  # (by ecosystem)
# the reason an FME workspace gives the kind: checks read it to judge the workspace as FME runs it (no manifest, published parameters)
FME_REASON = "FME data-integration workspace"
# (ctp: CakePHP 2's and 3's views, app/View/Users/index.ctp)
TEMPLATE_EXT = {"twig", "jinja", "jinja2", "j2", "pt", "mako", "erb", "hbs", "ejs", "njk", "blade", "heex", "eex", "liquid", "ctp"}

# Kinds of project loaded or imported rather than deployed as a service (no deployment guide is expected of them).
# (a mobile application is built and published in the application stores: no server to deploy)
NOT_DEPLOYED = ("data-model", "gis-kit", "data-specification", "library", "analysis", "cli-tool", "mobile-application", "desktop-application")
# Kinds whose running copy is set up with settings (environment, configuration file): the others have none to document
CONFIGURED = ("web-application", "api-service", "cli-tool", "infrastructure", "desktop-application")
# Kinds that serve nothing themselves, whose project may also start a web server of its own (then judged as such too)
SERVING_SIDE_OF = ("cli-tool", "library", "analysis", "data-model")

_JAR_RESOURCES = re.compile(r"(?:^|/)src/(?:main/resources/META-INF/resources|test/resources)/")

def decided_kind(project: dict) -> str | None:
    """The kind a ``project`` fact value decided, None when no file decided it."""
    return project.get("kind") if project.get("kind_decided") else None


# An extension of a host application, as the kind's evidence names it: "plugin of Drupal", "theme of WordPress" (a theme is the site's
# presentation, installed among the host's themes, not a plugin: issue 12, s47 fh47)
EXTENSION_ROLES = ("plugin", "theme")


def hosted_by(reason) -> tuple[str, str] | None:
    """(role, host) for a kind's reason naming a host's extension ("theme of WordPress" → ("theme", "WordPress")), None otherwise."""
    text = str(reason or "")
    for role in EXTENSION_ROLES:
        if text.startswith(role + " of "):
            return role, text[len(role) + 4:]
    return None


def host_extension_of(project: dict) -> tuple[str, str] | None:
    """(role, host) of the first reason of the ``project`` fact's kind evidence naming a host's extension, None when none does."""
    return next((h for e in project.get("kind_evidence") or [] if isinstance(e, dict) and (h := hosted_by(e.get("reason")))), None)


IMAGE_COMMAND = "script run as its container image's command"


def not_deployed(project: dict) -> bool:
    """Whether the decided kind is loaded or run rather than deployed (:data:`NOT_DEPLOYED`): a command-line tool packaged as the
    command of its container image (a batch job run as a Cloud Run or Kubernetes job, vrt-bot) is deployed like a service; a course
    kit's exercises, their kind undecided, are run by the learners, never deployed (s39 fa39)."""
    from auditor.facts.kind_documents import course_material

    kind = decided_kind(project)
    return kind in NOT_DEPLOYED and not (kind == "cli-tool" and any(e.get("reason") == IMAGE_COMMAND for e in project.get("kind_evidence") or [])) \
        or course_material(project)


SCHEDULED = "script run on a schedule (cron, timer, scheduled CI workflow)"
BY_HAND = "Python scripts run as programs (work done at their top level)"
PDF_PRINTER = "program filling the project's templates and printing them to PDF documents"
SHELL_RUN = "scripts run from a shell (Python under a main guard, its command in a readme; shell scripts with their interpreter line)"


SQL_QUERIES = "SQL queries (SELECT only, no table defined)"


def select_queries_only(project: dict) -> bool:
    """Whether the project is an analysis made of SQL queries only (SELECT over other systems' tables, no table of its own): every
    piece of its kind's evidence is such a query file (issue 12, s45 fi45)."""
    ev = project.get("kind_evidence") or []
    return project.get("kind") == "analysis" and bool(ev) and all(e.get("reason") == SQL_QUERIES for e in ev)


def run_on_schedule(project: dict) -> bool:
    """Whether the project is a command-line tool because a schedule runs its scripts (a cron job writing its own files unattended:
    its settings and the data it writes are its own, unlike a filter's given input and options), or because its scripts do their
    work at their top level (a GIS team's script whose server, folders and output files are written in it: its own too), or because
    its shell scripts download the data they transform (a pipeline fetching the national SIRENE or DECP files: the sources, folders,
    database and the data it writes are its own), or because its R scripts export a database's rows to a file (R_EXPORT)."""
    return project.get("kind") == "cli-tool" and any(e.get("reason") in (SCHEDULED, BY_HAND, SHELL_PIPELINE, R_EXPORT) for e in project.get("kind_evidence") or [])


def kind_label(kind: str | None, lang: str = "fr") -> str:
    from auditor.i18n import t

    return t(f"kind.{kind}", lang) if kind in KINDS else (kind or "—")


def sponsor_label(sponsor: str | None, lang: str = "fr") -> str:
    from auditor.i18n import t

    return t(f"sponsor.{sponsor if sponsor in SPONSOR_TYPES else 'unknown'}", lang)


def kind_text(kind: str | None) -> dict[str, str]:
    """The kind as a text for people, in French and English: « modèle de données… » / "data model…"."""
    return {"fr": kind_label(kind, "fr"), "en": kind_label(kind, "en")}


def judged_kind_text(project: dict) -> dict[str, str]:
    """The kind of a ``project`` fact value as a text for people, in French and English, said undecided when no file decided it:
    a repository of documents only is « non déterminé : documents seulement… », never the placeholder its ``kind`` holds (a web
    map's user manual is no data specification, s35 a35 = margueriteespada/vmmapcd59); a guess is said as the nearest kind."""
    from auditor.facts.kind_documents import UNKNOWN_KINDS, kind_undecided
    from auditor.i18n import t

    undecided = kind_undecided(project)
    if undecided in UNKNOWN_KINDS:  # (unknown: the placeholder kind is never shown)
        return {lang: t(f"report.kind_{undecided.replace('-', '_')}", lang) for lang in ("fr", "en")}
    if undecided:
        return {lang: t("report.kind_undecided", lang).replace("{kind}", kind_label(project.get("kind"), lang)) for lang in ("fr", "en")}
    return kind_text(project.get("kind"))


def normalise_sponsor(value: str | None) -> str | None:
    """A sponsor type id from what a person typed (French or English), None when not recognised."""
    if value is None:
        return None
    key = re.sub(r"[\s_]+", "-", str(value).strip().lower())
    return SPONSOR_ALIASES.get(key)


# Who carries a project, read from an organisation's name or address (publiccode.yml)
_STATE = lazy_compile(r"\.gouv\.fr\b|beta\.gouv|\bminist[eè]re|\bdirection (interminist[ée]rielle|g[ée]n[ée]rale|r[ée]gionale|d[ée]partementale)|"
                    r"\bDINUM\b|\bDGFIP\b|\bpr[ée]fecture\b|\bagence nationale\b|\bANCT\b|\bADEME\b|\bIGN\b|\bCerema\b|\bINSEE\b|"
                    r"\bsecr[ée]tariat g[ée]n[ée]ral\b|\bÉtat\b|\bEtat fran[cç]ais\b|\bFrench (State|government)\b|\bMinistry\b", re.I)
_OPSN = lazy_compile(r"\bOPSN\b|op[ée]rateur public|\bM[ée]galis\b|\bSITIV\b|\bSoluris\b|\bAdullact\b|\bLa Fabrique des Mobilit|\bSIB\b|"
                   r"\bGIP\b|e-?collectivit[ée]s|\bD[ée]clic\b|\bNum[ée]rian\b|\bSICTIAM\b|\bSIILAB\b|\bAGEDI\b|\bAtd\s?\d|"
                   r"\bCIG\b|\bCDG\s?\d|\bcentre de gestion", re.I)
_LOCAL = lazy_compile(r"\b(ville|mairie|commune|m[ée]tropole|eurom[ée]tropole|d[ée]partement|conseil (d[ée]partemental|r[ée]gional)|r[ée]gion|"
                    r"communaut[ée] (d'agglom[ée]ration|de communes|urbaine)|agglo(m[ée]ration)?|collectivit[ée]|syndicat|territoire de|"
                    r"city of|county|municipality|gemeente|provincie|comune|provincia|ajuntament|kommune|stadt|canton)\b|\bgrand ?lyon\b|\bcd\d{2}\b", re.I)
_ASSOC = lazy_compile(r"\b(association|asso|fondation|foundation|f[ée]d[ée]ration|collectif)\b", re.I)
_COMPANY = lazy_compile(r"\b(SAS|SASU|SARL|SA|SCOP|SCIC|Inc|Ltd|GmbH|LLC|soci[ée]t[ée]|company)\b\.?", re.I)


def sponsor_from_text(text: str) -> str | None:
    for sponsor, rx in (("opsn", _OPSN), ("state", _STATE), ("local-authority", _LOCAL), ("association", _ASSOC), ("company", _COMPANY)):
        if rx.search(text):
            return sponsor
    return None


def _publiccode_sponsor(ctx) -> tuple[str | None, str | None]:
    from auditor import safeyaml

    path = next((p for p in ("publiccode.yml", "publiccode.yaml") if p in ctx.snapshot.files), None)
    if path is None:
        return None, None
    text = ctx.snapshot.read_text(path, limit=256 * 1024)
    if not text:
        return None, None
    try:
        doc = safeyaml.load(text)
    except Exception:  # noqa: BLE001 - an unreadable publiccode.yml says nothing of its sponsor
        return None, None
    if not isinstance(doc, dict):
        return None, None
    said: list[str] = []
    org = doc.get("organisation")
    if isinstance(org, dict):
        said += [str(org.get(k)) for k in ("name", "uri") if org.get(k)]
    legal = doc.get("legal")
    if isinstance(legal, dict):
        said += [str(legal.get(k)) for k in ("repoOwner", "mainCopyrightOwner") if legal.get(k)]
    it = doc.get("it")
    if isinstance(it, dict) and isinstance(it.get("riuso"), dict) and it["riuso"].get("codiceIPA"):
        said.append("codiceIPA " + str(it["riuso"]["codiceIPA"]))
    maint = doc.get("maintenance")
    if isinstance(maint, dict):
        for c in (maint.get("contacts") or [])[:5] if isinstance(maint.get("contacts"), list) else []:
            if isinstance(c, dict) and c.get("affiliation"):
                said.append(str(c["affiliation"]))
    for s in said:
        sponsor = sponsor_from_text(s[:300])
        if sponsor:
            return sponsor, f"{path}: {s[:200]}"
    return None, None


_NO_CONTENT_EXT = frozenset({"", "md", "markdown", "txt", "rst", "adoc", "pdf"})


def _own_files(ctx) -> list:
    """The project's own files, as the inventory classifies them: library copies recognised by their banner or
    name, generated files, build output, tests, examples, test programs and the continuous integration's tooling (ci/) are
    not what the project is, nor retired code (old/, archive/). When nothing but documents is left, the
    examples, then the tests, are the project (an end-to-end test suite whose code is all in src/test, a GeoNature protocol
    kept in a folder named test/)."""
    inv = inventory_of(ctx)
    base = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable")
            and inv.category(e.path) not in ("vendored", "generated", "build")
            and not is_vendored(e.path) and not is_generated(e.path) and e.path.split("/", 1)[0] not in CI_DIRS]
    def test(e) -> bool:
        return inv.category(e.path) == "test" or is_test(e.path)

    own: list = []
    for keep in (lambda e: not test(e) and not aside(e.path) and not retired(e.path), lambda e: not test(e), lambda e: True):
        own = [e for e in base if keep(e)]
        if any(e.ext.lower() not in _NO_CONTENT_EXT and not e.name.startswith(".") for e in own):
            break
    return own


def _deps(ctx) -> set[str]:
    from auditor.facts import FactError
    from auditor.facts.manifests import all_dependencies

    from auditor.facts.jupyter_envs import carried_pairs

    try:
        found = ctx.fact("manifests")
    except FactError:
        return set()
    # (a shell install script's pip install lines, docker_pip.script_manifests, are a deployment's steps: they declare what the code
    # needs, not what the project is — a Vagrant PoC's install.sh installing Flask for its sample app stays infrastructure, s43)
    declared = all_dependencies({**found, "manifests": [m for m in found.get("manifests") or [] if not m.get("script")]}, dev=False)
    # (a Jupyter environment's Tornado and Jinja2, named by its pip freeze because Jupyter runs on them, are no framework of the project)
    carried = carried_pairs(ctx)
    return {name for name, paths in declared.items() if any((name, p) not in carried for p in paths)}


def _matching(deps: set[str], rx: re.Pattern) -> list[str]:
    return sorted(d for d in deps if rx.fullmatch(d))


# Extensions of a host application (GLPI, WordPress, Redmine, Nextcloud, Moodle, Drupal, TYPO3, Jalios JCMS, SPIP, Joomla, Odoo,
# GeoServer, Jeedom, FOG Project; MapStore by its imports): a library the host loads, recognised by the host's declaration file at the root. (file name, what it holds, host)
HOST_PLUGINS = (
    ("setup.php", lazy_compile(r"function\s+plugin_version_\w+\s*\("), "GLPI"),
    ("init.rb", lazy_compile(r"Redmine::Plugin\.register"), "Redmine"),
    ("appinfo/info.xml", lazy_compile(r"<info\b[^>]*>(?:(?!<info\b).)*<namespace>", re.S), "Nextcloud"),
    ("version.php", lazy_compile(r"\$plugin->component\s*="), "Moodle"),
    ("ext_emconf.php", lazy_compile(r"\$EM_CONF\s*\["), "TYPO3"),
    ("paquet.xml", lazy_compile(r"<paquet\b"), "SPIP"),
    ("__manifest__.py", lazy_compile(r"['\"]depends['\"]\s*:"), "Odoo"),
    ("__openerp__.py", lazy_compile(r"['\"]depends['\"]\s*:"), "Odoo"),
    ("pom.xml", lazy_compile(r"<parent>\s*<groupId>\s*org\.geoserver[\w.]*\s*</groupId>"), "GeoServer"),
    # (an ArcGIS Experience Builder widget or theme: its manifest.json names the builder's version it is copied into, its code
    # imports jimu-core, jimu-ui and React from the builder's client, with no package.json of its own)
    ("manifest.json", lazy_compile(r"\"exbVersion\"\s*:"), "ArcGIS Experience Builder"),
    # (a Jeedom plugin: plugin_info/info.json names its id and the Jeedom version it requires; its core/class/ extends Jeedom's
    # eqLogic, its core/template/ holds the widgets Jeedom's dashboard renders: no static site, an Enedis metering plugin)
    ("plugin_info/info.json", lazy_compile(r"\A(?=[\s\S]*\"id\"\s*:)(?=[\s\S]*\"require\"\s*:)"), "Jeedom"),
    # (an Alfresco extension built with the Alfresco SDK: its pom sets the SDK's version or its parent, or runs its Maven plugin; the
    # modules it builds (AMP or JAR) go into Alfresco's repository and Share: issue 12, s37 rc37, a Département's agent-file module)
    ("pom.xml", lazy_compile(r"<alfresco\.sdk\.version>|<artifactId>\s*alfresco-(?:sdk-parent|maven-plugin)\s*</artifactId>"), "Alfresco"),
    # (a FOG Project server plugin: config/plugin.config.php fills $fog_plugin['name'], its classes, pages and hooks loaded by FOG's
    # plugin manager from /var/www/fog/lib/plugins: issue 12, s42 fi42 = abotzung/fogplugin-postdownloadscript, read as a static site)
    ("config/plugin.config.php", lazy_compile(r"\$fog_plugin\s*\[\s*['\"]name['\"]\s*\]\s*="), "FOG Project"),
    # (a Roundcube webmail plugin: its composer.json's package type, which Roundcube's plugin installer reads)
    ("composer.json", lazy_compile(r"\"type\"\s*:\s*\"roundcube-plugin\""), "Roundcube"),
)
# a Roundcube skin's template: Roundcube's own tags (<roundcube:object name="doctype">, <roundcube:include file="…">)
_ROUNDCUBE_TAG = lazy_compile(r"<roundcube:(?:object|include|container|button|label|add_label|if|var)\b")


def _roundcube_skin(ctx, files) -> str | None:
    """``meta.json`` when the root is a Roundcube skin: its manifest (a name beside the skin it extends, its layouts or settings)
    and templates/*.html (or templates/includes/) holding Roundcube's tags; at most 5 templates' first 16 KB read."""
    from auditor.facts.addon_licences import roundcube_skin

    if "meta.json" not in files:
        return None
    try:
        if not roundcube_skin(safejson.loads(ctx.snapshot.read_text("meta.json", limit=64 * 1024) or "")):
            return None
    except ValueError:
        return None
    templates = sorted(p for p in files if p.startswith("templates/") and p.endswith(".html"))[:5]
    return "meta.json" if any(_ROUNDCUBE_TAG.search(ctx.snapshot.read_head(p, 16 * 1024) or "") for p in templates) else None
# a repository's own documents, no page of its site: README.md, CHANGELOG.md, LICENSE.md, CONTRIBUTING.md…
_META_PAGE = lazy_compile(r"^(?:readme|changelog|changes|history|licen[cs]e|contributing|code_of_conduct|security|authors|notice|todo|support)(?:\.|$)", re.I)
_WORDPRESS = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*Plugin Name\s*:", re.M)
_WORDPRESS_THEME = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*Theme Name\s*:", re.M)
# (a theme whose style.css lacks the "Theme Name:" header, an @import of fonts first: its functions.php setting the theme up through
# WordPress's API, beside index.php and other templates of WordPress's hierarchy at the root — issue 12, s47 fa47)
_WP_THEME_SETUP = lazy_compile(r"\b(?:add_theme_support|register_nav_menus?|register_sidebar|get_template_directory(?:_uri)?|get_stylesheet_uri)[ \t]*\(")
_WP_TEMPLATE = lazy_compile(r"^(?:header|footer|sidebar(?:-[\w-]+)?|page(?:-[\w-]+)?|single(?:-[\w-]+)?|archive(?:-[\w-]+)?|front-page|home|404|search"
                            r"|category(?:-[\w-]+)?|taxonomy(?:-[\w-]+)?|tag|comments|searchform)\.php$")
_WP_TEMPLATE_CALL = lazy_compile(r"\b(?:get_header|get_footer|get_sidebar|get_template_part|have_posts|the_post|wp_head|wp_footer)[ \t]*\(")


def _headerless_theme(ctx, root: list[str]) -> str | None:
    """``functions.php`` when the root is a WordPress theme without the style sheet's header: style.css, index.php and at least two
    more templates of WordPress's hierarchy (header.php, page.php, archive-*.php…) at the root, functions.php calling the theme API
    (add_theme_support, register_nav_menus, get_template_directory…) and index.php the template tags (get_header, have_posts…). A PHP
    site whose files only share those names, calling none of WordPress's functions, is none. 64 KB of each of the two files read."""
    names = set(root)
    if not {"style.css", "index.php", "functions.php"} <= names or sum(1 for p in root if _WP_TEMPLATE.match(p)) < 2:
        return None
    if not _WP_THEME_SETUP.search(ctx.snapshot.read_text("functions.php", limit=64 * 1024) or ""):
        return None
    return "functions.php" if _WP_TEMPLATE_CALL.search(ctx.snapshot.read_text("index.php", limit=64 * 1024) or "") else None


_DRUPAL = lazy_compile(r"^type:\s*(module|theme|profile)\s*$", re.M)
_DRUPAL7 = lazy_compile(r"^core\s*=\s*[67]\.x\s*$", re.M)
# A Python package plugging into its host through the host's entry-point group (setup.py's entry_points={"gn_module": […]},
# pyproject's [project.entry-points."ckan.plugins"]): a GeoNature module, a CKAN or udata extension
_ENTRY_GROUP_RE = r"""(?:^|[\s{,\["'.])["']?(%s)["']?\s*(?:[:=\]]|$)"""
ENTRY_GROUP_HOSTS = {"gn_module": "GeoNature", "ckan.plugins": "CKAN", "udata.plugins": "udata", "udata.harvesters": "udata", "udata.models": "udata"}
_ENTRY_GROUP = lazy_compile(_ENTRY_GROUP_RE % "|".join(re.escape(g) for g in ENTRY_GROUP_HOSTS), re.M)
_HOST_ENTRY_GROUPS = {host: lazy_compile(_ENTRY_GROUP_RE % "|".join(re.escape(g) for g, h in ENTRY_GROUP_HOSTS.items() if h == host), re.M)
                      for host in sorted(set(ENTRY_GROUP_HOSTS.values()))}
# (in sub-folders, an extension's declaration named as its folder: custom/<module>/<module>.info.yml, Drupal 7's <module>/<module>.info)
# (and a WordPress plugin kept in its folder below the root, the main file named as the folder: wp-tarteaucitron/wp-tarteaucitron.php
# beside the repository's README and CI, the folder its CI zips for WordPress's plugin installer)
NESTED_HOST_PLUGINS = (("*.info.yml", _DRUPAL, "Drupal"), ("*.info", _DRUPAL7, "Drupal"), ("*.php", _WORDPRESS, "WordPress"))
_JOOMLA = lazy_compile(r"<extension\b[^>]*\btype=[\"'](component|module|plugin|template|package|library)[\"']")


_DRUPAL_JSON_ROUTE = lazy_compile(r"^[ \t]+_format:[ \t]*['\"]?json\b", re.M)


def _drupal_json_routes(ctx, files) -> list[str]:
    """A Drupal extension's *.routing.yml declaring routes that answer JSON (at most 20 read, 64 KB each, in path order)."""
    routing = sorted(e.path for e in files if e.name.endswith(".routing.yml") and not is_vendored(e.path))[:20]
    return [p for p in routing if _DRUPAL_JSON_ROUTE.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]


# a TYPO3 extension's class answering JSON (a PSR-15 middleware's `new JsonResponse([...])` on a path of the site, /api/pwa/subscribe; an
# Extbase controller's $this->jsonResponse(…)): an API every site installing it serves (issue 12, s38 fi38 = sketchy64/site-commune-rgaa)
_TYPO3_JSON = lazy_compile(r"\bnew[ \t]+(?:\\?TYPO3\\CMS\\Core\\Http\\)?JsonResponse[ \t]*\(|\$this->jsonResponse[ \t]*\(")


def _typo3_json_classes(ctx, files) -> list[str]:
    """A TYPO3 extension's PHP classes under Classes/ answering JSON (at most 200 read, 128 KB each, in path order)."""
    classes = sorted(e.path for e in files if e.ext == "php" and e.path.startswith("Classes/") and not is_vendored(e.path))[:200]
    return [p for p in classes if _TYPO3_JSON.search(ctx.snapshot.read_text(p, limit=128 * 1024) or "")]


_CONTAINER_RECIPE = lazy_compile(r"^(?:Dockerfile(?:[.-][\w.-]*)?|(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml)$", re.I)
_DRUPAL_WORD = lazy_compile(r"\b(?:drupal|drush)\b", re.I)


def _deploys_drupal(ctx, files) -> bool:
    """A container recipe of the repository's building or starting Drupal itself (Dockerfile.drupal, a compose file with a drupal
    service; at most 10 read, 64 KB each): the repository deploys a Drupal site, whose modules and themes are parts of it
    (SIG-Hauts-de-France/Cartotheque's portal), not extensions published for other sites."""
    recipes = sorted(p for p, e in files.items() if _CONTAINER_RECIPE.match(p.rsplit("/", 1)[-1]) and not is_vendored(p))[:10]
    return any(_DRUPAL_WORD.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "") for p in recipes)


def host_package(ctx, host: str) -> list[str]:
    """The Python manifest (setup.py, pyproject.toml; one to three folders down, at most 10 read, 64 KB each, in path order) of a
    copy of the host itself committed in the repository (``ckan-2.7.6/setup.py`` naming the package ``ckan``): [its path] or []."""
    name = re.escape(host.lower())
    rx = lazy_compile(rf"""^[^\S\n]*name[^\S\n]*=[^\S\n]*['"]{name}['"]""", re.M | re.I)
    paths = sorted(p for p, e in ctx.snapshot.files.items() if e.name in ("setup.py", "pyproject.toml") and 1 <= p.count("/") <= 3)[:10]
    return [p for p in paths if rx.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")][:1]


def _host_plugin(ctx) -> tuple[str, str] | None:
    """(declaration path, host) when the repository is a plugin of a host application; a bounded look at root files."""
    files = ctx.snapshot.files
    for name, rx, host in HOST_PLUGINS:
        if name in files and rx.search(ctx.snapshot.read_text(name, limit=64 * 1024) or ""):
            return name, host
    if skin := _roundcube_skin(ctx, files):  # (a Roundcube skin: its meta.json and its templates' <roundcube:…> tags)
        return skin, "Roundcube"
    if webext := browser_extension(ctx.snapshot):  # (a WebExtension: the browser loads it)
        return webext, BROWSER_HOST
    jcms = sorted(p for p in files if re.match(r"^WEB-INF/plugins/[^/]+/plugin\.xml$", p))[:3]
    for p in jcms:
        if "JCMS-PLUGIN" in (ctx.snapshot.read_head(p, 2048) or ""):
            return p, "Jalios JCMS"
    root = sorted(p for p in files if "/" not in p)
    for p in [p for p in root if p.endswith(".php")][:10]:
        if _WORDPRESS.search(ctx.snapshot.read_head(p, 4096) or ""):
            return p, "WordPress"
    if "style.css" in files and _WORDPRESS_THEME.search(ctx.snapshot.read_head("style.css", 4096) or ""):
        return "style.css", "WordPress"
    if theme := _headerless_theme(ctx, root):
        return theme, "WordPress"
    for p in [p for p in root if p.endswith(".info.yml")][:3]:
        if _DRUPAL.search(ctx.snapshot.read_text(p, limit=64 * 1024) or ""):
            return p, "Drupal"
    for p in [p for p in root if p.endswith(".info")][:3]:
        if _DRUPAL7.search(ctx.snapshot.read_text(p, limit=64 * 1024) or ""):
            return p, "Drupal"
    for p in [p for p in root if p.endswith(".xml")][:5]:
        if _JOOMLA.search(ctx.snapshot.read_head(p, 4096) or ""):
            return p, "Joomla"
    for p in ("setup.py", "setup.cfg", "pyproject.toml"):
        m = _ENTRY_GROUP.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "") if p in files else None
        if m:
            return p, ENTRY_GROUP_HOSTS[m.group(1)]
    # (or plugins of a host kept in sub-folders, most of the code inside them: spip/plugins/<name>/paquet.xml)
    nested = nested_host_plugins(ctx, [e for e in files.values() if e.kind in ("file", "executable") and not is_vendored(e.path)],
                                 HOST_PLUGINS + NESTED_HOST_PLUGINS)
    if nested and not (nested[1] == "Drupal" and _deploys_drupal(ctx, files)):
        return nested
    # (or Python packages plugging into a host through its entry-point group, kept in sub-folders and holding most of the code: a
    # platform's archive of its CKAN extensions, <archive>/ckanext-theme/setup.py with [ckan.plugins], s39 fg39 = DataSud)
    for host, rx in _HOST_ENTRY_GROUPS.items():
        nested = nested_host_plugins(ctx, [e for e in files.values() if e.kind in ("file", "executable") and not is_vendored(e.path)
                                           and inventory_of(ctx).category(e.path) != "vendored"],
                                     tuple((n, rx, host) for n in ("setup.py", "setup.cfg", "pyproject.toml")))
        if nested:
            return nested
    mapstore = mapstore_extension(ctx, [e for e in files.values() if e.kind in ("file", "executable") and not is_vendored(e.path)])
    lizmap = None if mapstore else lizmap_map_module(ctx.snapshot, files)  # (a Jelix module adding its dock and scripts to Lizmap's map)
    return (mapstore, "MapStore") if mapstore else (lizmap, "Lizmap Web Client") if lizmap else (_mviewer_addon(ctx) or _mapfishapp_addon(ctx)
                                                      or imported_host(ctx, [e for e in files.values() if not is_vendored(e.path)]))


def _extension_role(ctx, host_plugin: tuple[str, str]) -> str:
    """"theme" when the host's declaration is a theme's (a WordPress style sheet's "Theme Name:" header, or any WordPress declaration
    without a "Plugin Name:" header; a Drupal .info.yml of ``type: theme``), "plugin" otherwise (4 KB or 64 KB of it read)."""
    path, host = host_plugin
    if host == "WordPress":
        return "plugin" if _WORDPRESS.search(ctx.snapshot.read_head(path, 4096) or "") else "theme"
    if host == "Roundcube":
        return "theme" if path == "meta.json" else "plugin"
    if host == "Drupal" and path.endswith(".info.yml"):
        m = _DRUPAL.search(ctx.snapshot.read_text(path, limit=64 * 1024) or "")
        return "theme" if m and m.group(1) == "theme" else "plugin"
    return "plugin"


def _scripts_manifest(ctx, name: str, depth: int, keys: set[str], host: str) -> tuple[str, str] | None:
    """The first ``name`` (JSON, at most ``depth`` folders down, shallowest first) listing the add-on's scripts (``"js": [...]``)
    beside it and holding one of ``keys``: (its path, ``host``), or None."""
    files = ctx.snapshot.files
    for p in sorted((p for p, e in files.items() if e.name == name and p.count("/") <= depth and e.size <= 16 * 1024),
                    key=lambda p: (p.count("/"), p))[:10]:
        try:
            doc = safejson.loads(ctx.snapshot.read_text(p, limit=16 * 1024) or "")
        except ValueError:
            continue
        folder = p.rsplit("/", 1)[0] + "/" if "/" in p else ""
        scripts = doc.get("js") if isinstance(doc, dict) else None
        if isinstance(scripts, list) and keys & set(doc) and \
                any(isinstance(js, str) and folder + js.lstrip("./") in files for js in scripts):
            return p, host
    return None


def _mapfishapp_addon(ctx) -> tuple[str, str] | None:
    """A geOrchestra mapfishapp add-on: a manifest.json listing the add-on's scripts ("js": [...]) with its "default_options" or
    "i18n" (the options a deployment overrides, its messages), beside those scripts; at the root, or one folder down in a repository
    of add-ons, each in its folder as in geOrchestra's addons/ (cigalsace/mapfishapp-addons' opacityslider/manifest.json)."""
    return _scripts_manifest(ctx, "manifest.json", 1, {"default_options", "i18n"}, "geOrchestra mapfishapp")


def _mviewer_addon(ctx) -> tuple[str, str] | None:
    """An mviewer add-on or custom component: a config.json (at the root or one or two folders down) listing the
    add-on's scripts ("js": [...]) and where mviewer mounts it ("target", "html" or "css"), beside those scripts."""
    return _scripts_manifest(ctx, "config.json", 2, {"target", "html", "css"}, "mviewer")


_QGIS_XML = lazy_compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?<(?:!DOCTYPE\s+qgis\b|qgis\b)")


def qgis_metadata(ctx, paths: list[str]) -> list[str]:
    """Those of ``paths`` (.qmd files) that are QGIS layer metadata (an XML document whose root is ``qgis``), not Quarto documents."""
    return [p for p in paths if _QGIS_XML.match(ctx.snapshot.read_head(p, 1024) or "")]


def _javadoc(path: str, java_dirs: set[str]) -> bool:
    """A Javadoc comment file: ``package.html`` or ``overview.html`` in a package folder, Java sources in it or below it."""
    folder, _, name = path.rpartition("/")
    return name in ("package.html", "overview.html") and bool(folder) and any(d == folder or d.startswith(folder + "/") for d in java_dirs)


def site_tool_configs(paths: list[str], code: list[str]) -> list[str]:
    """The VuePress or VitePress configurations among ``paths`` (:data:`SITE_TOOL_CONFIG`) whose site is the project: the code files
    outside the site's folder (``rapport/`` for ``rapport/.vuepress/config.js``) are fewer than those inside it, the site's own
    components and theme counted inside (a Vue application's ``docs/.vuepress/`` documents the application: no site of its own)."""
    found = []
    for g in sorted(p for p in paths if SITE_TOOL_CONFIG.match(p)):
        folder = g[: SITE_TOOL_DIR.search(g).start()]
        folder += "/" if folder else ""  # ("" for a site at the root, "docs/" for docs/.vuepress/config.js)
        inside = sum(1 for c in code if c.startswith(folder))
        if sum(1 for c in code if not c.startswith(folder)) < max(1, inside):
            found.append(g)
    return found


def hugo_legacy_config(ctx, files) -> list[str]:
    """``config.toml`` (or .yaml) at the root setting Hugo's baseURL, beside Hugo's archetypes/ folder or its content/ folder with
    layouts/ or themes/: a Hugo site configured the way Hugo did before hugo.toml."""
    if not any(HUGO_CONFIG.match(e.path) for e in files):
        return []
    tops = {e.path.split("/", 1)[0] for e in files if "/" in e.path}
    if not ("archetypes" in tops or ("content" in tops and tops & {"layouts", "themes"})):
        return []
    return [p for p in sorted(e.path for e in files if HUGO_CONFIG.match(e.path))
            if HUGO_BASE_URL.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")][:1]


def decide_kind(ctx) -> tuple[str, list[dict], dict[str, float], bool, list[dict]]:
    """The kind of project, the files that decided it, the score of each kind, whether any file was
    decisive (when none was, the kind is a guess and checks are not skipped on it), and the other kinds the
    project also is (``[{"kind", "evidence"}]``: the web server of a command-line tool)."""
    files = _own_files(ctx)
    # (a project template's tree, a Maven archetype's archetype-resources/ with its WEB-INF/web.xml and JSP pages: the projects it
    # generates are web applications, the template itself is a tool to start one, which its archetype declaration says); a
    # cookiecutter's {{cookiecutter.*}}/ tree too, when the repository has files of its own beside it
    kept = [e for e in files if not template_tree(ctx, e.path)]
    if len(kept) < len(files) and (maven_archetype(ctx) or any(e.ext.lower() not in _NO_CONTENT_EXT and not e.name.startswith(".") for e in kept)):
        files = kept
    inv = inventory_of(ctx)
    by_ext: dict[str, list[str]] = {}
    for e in files:  # (a SQL script without an extension under "sql": see inventory.looks_like_sql)
        by_ext.setdefault(code_ext(e, inv).lower(), []).append(e.path)

    def ext_paths(exts) -> list[str]:
        return sorted(p for x in exts for p in by_ext.get(x, []))

    code = ext_paths(CODE_EXT)
    sql = ext_paths(SQL_EXT)
    qgis = ext_paths(QGIS_EXT)
    styles = ext_paths(STYLE_EXT)
    # (TileMill's and Kosmtik's map projects, project.mml naming its Stylesheet list: read, the first 20, 64 KB each)
    carto = [p for p in ext_paths({"mml"})[:20] if CARTO_PROJECT.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
    notebooks = ext_paths(NOTEBOOK_EXT)
    # (a .qmd beside a layer is QGIS's metadata of that layer, <!DOCTYPE qgis …> / <qgis …>, no Quarto notebook: the first 50 read)
    notebooks = [p for p in notebooks if not (p.lower().endswith(".qmd") and p in set(qgis_metadata(ctx, ext_paths({"qmd"})[:50])))]
    # (an .html file written in a template language, {% extends "trekking/trek_public_pdf.html" %}, is a server's template)
    server_side = [p for p in ext_paths(WEB_EXT)[:60] if SERVER_TEMPLATE.search(ctx.snapshot.read_head(p, 4096) or "")]
    # (or a SPIP site's squelette, <BOUCLE_ev(EVENEMENTS)>, [(#TITRE|textebrut)]: SPIP renders it on each request)
    spip = spip_squelettes(ctx, [p for p in ext_paths(WEB_EXT) if p not in server_side])
    server_side += spip
    # (and Play's Twirl templates, app/views/index.scala.html: Scala rendered on each request)
    server_side += [p for p in ext_paths(WEB_EXT) if p.lower().endswith(".scala.html") and p not in server_side]
    # (a Javadoc comment file, package.html or overview.html beside Java sources, documents the code: it is no page)
    java_dirs = {e.path.rsplit("/", 1)[0] for e in ctx.snapshot.files.values() if e.ext.lower() == "java" and "/" in e.path}
    html = [p for p in ext_paths(WEB_EXT) if p not in server_side and not _javadoc(p, java_dirs)]
    # (an example page of a library copied into the project, Ext Core's lightbox/index.html, is the copy's: no page of the project)
    html = [p for p in html if p not in set(copied_library_pages(ctx, html, inv))]
    # (a folder's guard page, CodeIgniter's application/cache/index.html "Directory access is forbidden", is no page either)
    guards = set(directory_guards(ctx, html))
    html = [p for p in html if p not in guards]
    # (nor a record kept with the documents, a data supplier's delivery metadata under DOCUMENTS/…/METADONNEES/: documentation)
    html = [p for p in html if not in_documents_folder(p)]
    # (nor a tool's report committed with the code, reports/dependency-check-report.html of OWASP Dependency-Check beside a Flask JSON API)
    reports = tool_reports(ctx, html)
    html = [p for p in html if p not in reports]
    # (nor a JAR's web resources, <module>/src/main/resources/META-INF/resources/…: pages the host web application a module is added to
    # serves, an Alfresco Share widget's template; nor a test's resources: issue 12, s37 rc37)
    html = [p for p in html if not _JAR_RESOURCES.search(p)]
    # (Vite's development page, index.html at the root of a project the Vite configuration builds as a library, is no site)
    vite_lib = vite_library(ctx)
    html = [p for p in html if not (vite_lib and p == "index.html")]
    # (and a Laravel project's Blade views of its own, resources/views/tableManager.blade.php: the pages it renders)
    # (and FreeMarker's, a Spring application's templates/bo/home/index.ftl, not its mails': templates/mail/)
    templates = ext_paths(TEMPLATE_EXT) + freemarker_pages(ext_paths(FREEMARKER_EXT)) + server_side + blade_views(by_ext.get("php", []))
    # (e-mails and PDFs a server sends, only its mail and PDF helpers rendering templates, and Alembic's script.py.mako, are no
    # page it serves; nor is a documentation site's page, docsify's docs/index.html: the documentation; nor a Jinja template of a
    # configuration file, an ENT module's template.j2 of its JSON settings)
    sent = sent_templates(ctx, files, templates + html) | set(doc_site_pages(ctx, html)) | config_templates(ctx, templates)
    templates, html = [p for p in templates if p not in sent], [p for p in html if p not in sent]
    # (nor the templates of documents the project's own programs fill and print to PDF, a Jinja template of a facility's record
    # rendered for each JSON view and printed by a headless browser: printed documents, no page of a site — issue 12, s45 fh45)
    printers, printed = printed_templates(ctx, files, templates + html)
    templates, html = [p for p in templates if p not in printed], [p for p in html if p not in printed]
    # (nor a framework's empty layout that no page extends, Symfony's base.html.twig with only empty blocks in its <body>, beside an
    # API Platform project's entities: no page the server renders — issue 12, s45 fl45)
    skeletons = set(skeleton_layouts(ctx, templates))
    templates = [p for p in templates if p not in skeletons]
    r_files = ext_paths({"r"})
    infra = sorted(e.path for e in files if INFRA.search(e.path))
    # (an RDF vocabulary too; never a tool's own files in a hidden folder: Talend's .settings/mappings/mapping_validate.xsd)
    specs = sorted(e.path for e in files if (SPEC_NAME.search(e.path) or ONTOLOGY.search(e.path)) and not any(d.startswith(".") for d in e.path.split("/")[:-1]))
    generators = sorted(e.path for e in files if STATIC_GENERATORS.match(e.path) or (e.path.count("/") == 1 and SUB_SITE.match(e.name)))
    # (a VuePress or VitePress site, unless it documents code kept outside its folder: a Vue application's docs/.vuepress/)
    generators += site_tool_configs([e.path for e in files], code)
    generators += hugo_legacy_config(ctx, files)
    # a Quarto project declaring a website or a book (_quarto.yml's project: type: website), a bookdown book, an R Markdown site: its
    # .qmd/.Rmd/.ipynb documents are the pages of that site (a guide, a documentation site), no notebooks of an analysis
    literate_sites = site_projects(ctx.snapshot, [e.path for e in files])
    generators = sorted(set(generators) | set(literate_sites))
    notebooks = [p for p in notebooks if p not in site_pages(notebooks, literate_sites)]
    # (and an R Markdown or Quarto document declaring a presentation output, xaringan's moon_reader, revealjs, ioslides, beamer: a slide
    # deck, prose shown to an audience and published as pages once rendered, no notebook of an analysis — s38 fn38), when the decks
    # outnumber the analysis scripts beside them (a training's deck beside six R scripts reading the data: those scripts are the work)
    decks = slide_decks(ctx.snapshot, notebooks)
    decks = decks if len(decks) > len(ext_paths({"r", "py", "jl"})) else []
    notebooks = [p for p in notebooks if p not in decks]
    deps = _deps(ctx) - go_indirect(ctx)  # (a go.mod's "// indirect" requirements are its dependencies' libraries: cobra under an operator)
    manage = [] if "django" in deps else [p for p in sorted(e.path for e in files if e.name == "manage.py" and e.path.count("/") <= 1)[:3]
                                          if _DJANGO_MANAGE.search(ctx.snapshot.read_text(p, limit=16384) or "")][:1]
    if manage:  # a Django project with no manifest naming Django (no requirements file): its manage.py sets the settings module
        deps = deps | {"django"}  # and runs Django's commands; Django serves its templates
    # (or a Django application with no manifest naming Django, an empty requirements.txt its setup.py reads: its apps.py declares
    # the application's AppConfig, from django.apps; its templates are rendered by the host project's Django, no pages of a site)
    elif "django" not in deps and any(_DJANGO_APPCONFIG.search(ctx.snapshot.read_text(p, limit=16384) or "") for p in sorted(
            e.path for e in files if e.name == "apps.py" and e.path.removeprefix("src/").count("/") <= 2)[:3]):
        deps = deps | {"django"}
    generators += ["Gemfile"] if deps & {"middleman", "jekyll", "nanoc"} else []  # Ruby site generators (Slate is Middleman)
    generators += ["conf.py"] if {"conf.py", "index.rst"} <= set(ctx.snapshot.files) else []  # a Sphinx site at the root (Read the Docs)
    # (or a MyST one, index.md, its conf.py a Sphinx configuration)
    generators += ["conf.py"] if "conf.py" not in generators and "" in doc_site_roots(ctx) else []
    # (or in source/ or docs/ of a repository that is only that site: .readthedocs.yaml at the root, no code but Sphinx's conf.py)
    generators += [f"{d}conf.py" for d in ("source/", "docs/", "doc/") if {f"{d}conf.py", f"{d}index.rst", ".readthedocs.yaml"} <= set(ctx.snapshot.files)
                   and all(e.name == "conf.py" for e in files if e.ext == "py")][:1]
    # (or built from a root requirements file naming only Sphinx and its theme, an openMairie manual's, no code outside its folder)
    generators += [g for g in doc_site_only(ctx, code, _manifests(ctx)) if g not in generators]
    # (a documentation site of the Python package the repository publishes, apifoncier's mkdocs.yml beside apifoncier/: no site of its own;
    # nor a site in a folder beside that package, its example notebooks' Quarto website in notebooks/, whose layouts are no page of it)
    # (unless that package is another project's, copied at the root: mkdocs-material copied whole to build a contractor's site, whose
    # mkdocs.yml is the repository's own site — s38 fm38)
    package_docs = set(package_doc_sites(ctx, generators, _manifests(ctx))) if not inv.host_copy else set()
    generators = [g for g in generators if g not in package_docs]
    html = doc_site_html(html, tuple(sorted({site_folder(g) for g in package_docs} - {""})))
    # (nor an exercise page of a course kit, ol/index.html beside the course's PDFs and Python exercises: a site is decided at the
    # root or in its publishing folder, not by one page in a sub-folder — s38 fg38)
    exercises = set(exercise_pages(html, [e.path for e in files], generators))
    # (unless the page's folder holds the project's own server, a package.json declaring Express beside server.js and the map page
    # whose script fetches its routes: the front end of that server, a web application — issue 12, s44 fh44 = datacup-challenge-esi-dev)
    server_dirs = {m["path"].rsplit("/", 1)[0] + "/" for m in _manifests(ctx) if "/" in m["path"]
                   and any(SERVER_DEPS.fullmatch(str(d).lower()) for d in m.get("dependencies") or [])} if exercises else set()
    exercises = {p for p in exercises if not any(p.startswith(d) for d in server_dirs)}
    html = [p for p in html if p not in exercises]
    ui, api, cli, maps, pages = (_matching(deps, rx) for rx in (UI_DEPS, API_DEPS, CLI_DEPS, MAP_DEPS, PAGE_DEPS))
    # Pug's views (formerly Jade) beside a framework serving pages: the pages it renders (an Express site's views/home.jade through
    # res.render('home'), s29 e29); not a copied theme's jade/ sources in a Cordova application declaring no server
    templates += ext_paths({"pug", "jade"}) if pages else []
    # (a Python interface framework the code imports though no manifest declares it: a Dash application without requirements)
    imported, importers = imported_ui(ctx, files, _python_imports(ctx)) if by_ext.get("py") and not (ui or pages) else ([], [])
    ui = sorted(set(ui) | set(imported))
    # (a Node.js server framework the project's own scripts require though no manifest declares it: Express committed in a
    # node_modules/ folder, no package.json naming it; it serves the pages when there are some, an API otherwise)
    served, servers_at = required_node_servers(ctx, files) if by_ext.keys() & {"js", "mjs", "cjs", "ts"} and not (pages or api) else ([], [])
    # (or a Python server framework the code imports and builds its application with, no manifest naming it: a FastAPI service
    # whose requirements.txt names neither fastapi nor uvicorn)
    py_served, py_servers_at = imported_python_servers(ctx, files, _python_imports(ctx)) if by_ext.get("py") and not (pages or api) else ([], [])
    py_imported, served = set(py_served), sorted(set(served) | set(py_served))
    pages = sorted(set(pages) | {d for d in served if PAGE_DEPS.fullmatch(d)})
    api = sorted(set(api) | set(served) | set(strapi_application(ctx.snapshot, ctx.snapshot.files)))  # (a Strapi application: kind_strapi)
    # (and React declared beside Strapi 5 for its admin panel is no interface of the project's: kind_strapi — s47 fa47)
    admin_ui = admin_panel_ui(ui, _manifest_hits(ctx, ui)) if "strapi" in api else []
    ui = [d for d in ui if d not in admin_ui]
    # a static site generator built on an interface framework (Docusaurus, Gatsby, VuePress on React or Vue), its package declared
    # beside its configuration: that framework renders the site's pages at build time, no application is served
    site_built = bool(generators) and bool(deps & SITE_GENERATOR_PACKAGES)
    ui = [d for d in ui if d not in GENERATOR_UI] if site_built else ui
    # (and Jinja declared beside MkDocs, its mkdocs.yml at hand: the engine MkDocs renders its theme's templates with at build time,
    # a theme's main.html and 404.html no pages a server renders — mkdocs-material copied to build a contractor's site, s38 fm38)
    if deps & {"mkdocs", "zensical"} and any(g.rsplit("/", 1)[-1] in ("mkdocs.yml", "mkdocs.yaml", "zensical.toml") for g in generators):
        ui, pages = [d for d in ui if d != "jinja2"], [d for d in pages if d != "jinja2"]
        site_built = True  # (the theme's TSX components are compiled into its bundles: no interface of an application)
    pipeline = _matching(deps, PIPELINE_DEPS)
    # (or a dbt project, its dbt_project.yml beside its models, whatever file installs dbt: a sibling project, a container image;
    # its SQL files are the steps `dbt run` runs, no data model)
    dbt_files = dbt_projects(ctx.snapshot, lambda p: inv.category(p) == "vendored")
    dbt_steps = set(dbt_sql(ctx.snapshot, lambda p: inv.category(p) == "vendored")) if dbt_files else set()
    pipeline = pipeline + ["dbt"] if dbt_files and not any(d.startswith("dbt") for d in pipeline) else pipeline
    if any(d.startswith("org.springframework.boot:") for d in api) and not any(BOOT_WEB.fullmatch(d) for d in deps) and not templates \
            and not any(WAR_BUILD.search(ctx.snapshot.read_text(b, limit=256 * 1024) or "") for b in ("pom.xml", "build.gradle", "build.gradle.kts")
                        if b in ctx.snapshot.files):
        api = [d for d in api if not d.startswith("org.springframework.boot:")]  # Spring Boot without a web starter nor a war: no server
    api_only = "rails" in pages and rails_api_only(ctx)  # (config.api_only = true: an API, its generator's mail layouts are no pages)
    if api_only:  # (and its public/ folder's static pages, a landing page saying "install the front end", no page it serves)
        pages, ui, api, templates = [d for d in pages if d != "rails"], [d for d in ui if d != "rails"], sorted(set(api) | {"rails"}), []
        html = [p for p in html if not p.startswith("public/")]
    # a Rust program opening a desktop window (Dioxus desktop, Tauri, egui…): a desktop application, not the command its src/main.rs makes
    rust_windows, rust_toolkit = rust_desktop(ctx) if "rs" in by_ext and not (ui or api or pages) else ([], "")
    # (or a Tauri or Electron application, whatever framework draws the interface its window shows: Yew, React, Vue; a Tauri
    # front end in Yew with src-tauri/ beside it was taken for the command its src/main.rs makes)
    shell_files, shell = desktop_shell(ctx)
    if pages and not (ui or templates) and landing_pages(ctx, html):
        html = []  # (a server's welcome page in its public/ folder, no script nor form: Feathers' public/index.html, no interface)
    if pages and (templates or html):
        ui = sorted(set(ui) | set(pages))
    elif pages:  # a server framework without any page serves an API; a template engine alone (jinja2 in a batch's Pipfile) serves nothing
        api = sorted(set(api) | {p for p in pages if p not in ("jinja2", "twig/twig")})
    # a Django application without a project of its own, installed into a host's (a Passerelle connector of Publik, a reusable app on
    # PyPI): its templates are rendered by the host's site, Django no interface framework of its own
    # (and the frameworks built on Django that the host site runs, Wagtail, django CMS, Mezzanine, the DSFR's templates: a reusable
    # Wagtail application's blocks are rendered by the host's Wagtail, whose version a demo project beside it pins — s43 fg43)
    dj_app = django_app(ctx, files, deps)
    ui = [d for d in ui if d not in DJANGO_HOSTED_UI] if dj_app else ui
    # (not Spring Boot's error view, templates/error.html or templates/error/<status>.html, which any Spring Boot server renders on a
    # failed request, an API's too: a JHipster API generated without a client, its error page and mails its only templates, s31 h31)
    if [p for p in templates if not _BOOT_ERROR_VIEW.search(p)] and not ui:  # a Spring Boot application with server-side templates
        ui = [d for d in api if d.startswith("org.springframework.boot:")]  # (Thymeleaf: a CAS server's login pages) serves pages
    # (or whose classpath's static/ folder holds its own interface, a dashboard's index.html calling its controllers: a web application)
    if not ui and (boot := [d for d in api if d.startswith("org.springframework.boot:")]) and classpath_pages(ctx, html):
        ui = boot
    plugin = [p for p in ("metadata.txt",) + tuple(sorted(e.path for e in files if e.name == "metadata.txt" and 1 <= e.path.count("/") <= 2))
              if p in ctx.snapshot.files and "qgisminimumversion" in (ctx.snapshot.read_text(p, limit=64 * 1024) or "").lower()]
    # (or, its metadata.txt lacking qgisMinimumVersion, the entry point QGIS calls to load every plugin: classFactory(iface) in the
    # plugin's __init__.py, meldig/MobileSAM_plugin; not beside a server the project declares, whose companion plugin it is)
    plugin_entry = [] if plugin or ui or api or pages else plugin_entry_points(ctx, files)
    host_plugin = _host_plugin(ctx)
    if host_plugin is None and (protocol := monitoring_protocol(ctx)):  # (JSON forms and a synthesis view installed into GeoNature)
        host_plugin = (protocol, "GeoNature")  # (a protocol of its monitoring module)
    # a Lutece plugin (pom.xml <packaging>lutece-plugin</packaging>): its SQL scripts create its own tables and its HTML files are
    # the templates Lutece renders — neither a data model nor a static site
    lutece = "pom.xml" in ctx.snapshot.files and bool(LUTECE_PLUGIN.search(ctx.snapshot.read_text("pom.xml", limit=256 * 1024) or ""))
    shiny = sorted(p for p in r_files if p.rsplit("/", 1)[-1].lower() in SHINY_NAMES)
    if not shiny and r_files:
        for p in r_files[:50]:
            text = ctx.snapshot.read_text(p, limit=256 * 1024) or ""
            # (an application entry, not library(shiny) alone: a data-preparation script loading shiny writes layers, serves nothing)
            if SHINY_ENTRY.search(text):
                shiny.append(p)
                break
    elif shiny:
        shiny = [p for p in shiny if re.search(r"shiny|fluidPage|dashboardPage|navbarPage|renderPlot|renderLeaflet",
                                                ctx.snapshot.read_text(p, limit=256 * 1024) or "")]
    # (a Shiny demo in one or two of a collection's many session folders, none at the root, is one demo among them: kind_collections)
    shiny = [] if demo_among_folders(shiny, r_files + notebooks) else shiny
    # an R package (DESCRIPTION, NAMESPACE, R/): its Shiny gadget (reView() opening a shinyApp), vignettes and R Markdown reports are
    # parts of the package, shiny among its imports no application framework
    rpkg = r_package(ctx)
    # (unless one of its functions launches a Shiny application the package keeps in inst/<folder>/, shiny::runApp(system.file(…)):
    # the package carries that application, as golem's layout does — not an example's app under inst/examples/; s47 fa47)
    inst_app = launched_inst_apps(ctx, r_package_top(ctx) or "") if rpkg else None
    rpkg = None if inst_app else rpkg
    # (a Shiny application packaged by golem is that application, its interface in R/app_ui.R; golem's untouched template,
    # fluidPage(h1("congestion")) and an empty server, is none: the package made with golem holds its work elsewhere)
    golem = golem_app(ctx, r_top) if (r_top := r_package_top(ctx)) is not None and not rpkg and not inst_app else None
    if rpkg or golem == []:
        shiny, ui = [], [d for d in ui if d not in ("shiny", "shinyjs", "shinydashboard", "bslib", "miniui")]
    elif golem:
        shiny = sorted(set(shiny) | set(golem))
    elif inst_app:
        shiny = [inst_app[0]] + inst_app[2]
    if r_top is not None:  # (its README.Rmd and vignettes/*.Rmd are its documentation, inst/rmd/ its report templates: no notebooks,
        # golem's or not; a document rsconnect deployed to a Connect server is a published report all the same)
        reports = deployed_documents(ctx.snapshot.files)
        notebooks = [p for p in notebooks if p in reports or ("/" in p[len(r_top):] and not p.startswith(tuple(r_top + d for d in ("vignettes/", "inst/", "man/", "tests/", "R/"))))]
    scripts = entry_points(ctx)
    # (or the project's own scripts a package.json runs as commands, reading their arguments: node ./src/cut.js, ts-node src/index.ts)
    npm_tools = npm_commands(ctx)
    scripts += [p for p in npm_tools if p not in scripts]
    # (or the program a package.json naming no package runs, holding most of the code: bin/csv-to-cboard.js by npm run csv-to-cboard)
    scripts += [p for p in unnamed_npm_programs(ctx, code) if p not in scripts]
    # (or Python programs parsing their arguments one folder down, no package manifest: source/rivoli.py's click group)
    scripts += [p for p in folder_commands(ctx) if p not in scripts]
    # (or the command a monorepo's published package declares: packages/kontinuous/package.json's "bin": "./dist/index.js")
    scripts += [p for p in workspace_commands(ctx) if p not in scripts]
    composer = composer_declared(ctx)  # (its commands, bin/platau; or "type": "library")
    scripts += [composer[1]] if composer and composer[0] == "cli-tool" and composer[1] not in scripts else []
    scripts += rust_binary(ctx)  # (a Cargo package building only a program: src/main.rs, no src/lib.rs)
    scripts += clojure_main(ctx)  # (a Clojure program: deps.edn's alias running its own namespace, `clj -M:run`)
    server_entry = any(e.name in SERVER_ENTRY_FILES or e.ext.lower() == "wsgi" for e in files) or any(  # (a mod_wsgi script,
        "[app:main]" in (ctx.snapshot.read_text(e.path, limit=64 * 1024) or "") for e in files if e.ext.lower() == "ini" and "/" not in e.path)  # PasteDeploy)
    if scripts and pages and not server_entry and not set(ui) - set(pages):
        ui = []  # a command-line generator rendering Jinja2/Django templates to files (dematik): no page is served
    # (a documentation site in a folder of a program, a Go command's Docusaurus site in _site/, documents it: no static site)
    doc_sites = program_doc_sites(generators, scripts, code)
    generators, html = [g for g in generators if not g.startswith(doc_sites)] if doc_sites else generators, doc_site_html(html, doc_sites)
    # a Go program starting an HTTP server (net/http, gin, echo…): a web service (pages when it has templates), its main no command
    go_served = go_servers(ctx, files, [p for p in scripts if p.endswith(".go")]) if "go" in by_ext else []
    scripts = [p for p in scripts if not (go_served and p.endswith(".go"))]
    ui, api = (ui + ["net/http"], api) if go_served and (html or templates) else (ui, api + ["net/http"]) if go_served else (ui, api)
    other_code = [p for p in code if not p.lower().endswith(".r")]
    n_code = len(other_code)
    scores: dict[str, float] = {k: 0.0 for k in KINDS}
    why: dict[str, list[dict]] = {k: [] for k in KINDS}

    def add(kind: str, points: float, paths: list[str], reason: str) -> None:
        if paths and points > 0:
            scores[kind] += points
            why[kind] += [{"path": p, "reason": reason} for p in paths[:3]]

    add("desktop-application", 7, rust_windows, f"desktop program (Rust, {rust_toolkit})")
    add("desktop-application", 9, shell_files, f"desktop application ({shell}: its window shows the project's interface)")
    add("gis-kit", 6 + min(len(qgis), 4), qgis, "QGIS project")
    add("gis-kit", 6 + min(len(carto), 4), carto, "CartoCSS map project (TileMill/Kosmtik project.mml)")
    add("gis-kit", 8, plugin, "QGIS plugin metadata")
    add("gis-kit", 8, plugin_entry, "QGIS plugin entry point (classFactory)")
    plugin = plugin or plugin_entry
    # QGIS Processing models (.model3, drawn in QGIS's graphical modeler; QGIS 2's .model told by its text), and PyQGIS scripts, most of the Python code importing
    # QGIS's modules with no package manifest (Processing algorithms and console scripts, Julien1793/Script-QGIS-CD94): run in QGIS
    models = processing_models(files, ctx)
    add("gis-kit", 6 + min(len(models), 4), models, "QGIS Processing model")
    # (or QGIS 2 Processing scripts, importing nothing: their ##raster=raster header lines are read by the Processing toolbox, PAGuyane/tools_CFVP)
    pyqgis, algorithms, headed = pyqgis_scripts(ctx, files) if by_ext.get("py") and not (ui or api or pages or plugin or any(m.get("name") for m in _manifests(ctx))) \
        else ([], 0, 0)
    add("gis-kit", 6 if len(by_ext.get("py", [])) * 2 >= n_code else 0, pyqgis,
        f"PyQGIS scripts ({len(pyqgis) - headed} importing QGIS's modules, {algorithms} Processing algorithm(s))" if not headed else
        f"PyQGIS scripts ({len(pyqgis)}, {headed} of them QGIS 2 Processing scripts with ##parameter=type headers, {algorithms} Processing algorithm(s))")
    add("gis-kit", 8, qdt_profiles(ctx, files), "QGIS Deployment Toolbelt profile")  # a QGIS configuration deployed to desktops
    # GDAL virtual datasets (.vrt: a source, its SQL and filters) that ogr2ogr or a bot loads into PostGIS for GeoServer
    vrt = ext_paths({"vrt"})
    add("gis-kit", min(8.0, 4 + len(vrt) / 4) if len(vrt) >= max(2, n_code) else 0, vrt, "GDAL virtual dataset (VRT)")
    # (a symbology kit: styles far more numerous than the SQL beside them weigh as much as a QGIS project)
    add("gis-kit", min(8.0 if len(styles) > 2 * len(sql) else 4.0, len(styles) / 2) if (styles and (sql or qgis or n_code < len(styles))) else 0,
        styles, "map style (SLD/QML/CartoCSS)")
    # an application's install.sql beside many more code files is that application's schema: it makes no data model; SQL kept
    # in a maintenance tools folder (__outils__/, tools/, scripts/) builds or updates something else (a style kit's symbol grid)
    tool_sql = [p for p in sql if {d.lower().strip("_") for d in p.split("/")[:-1]} & TOOL_DIRS]
    # (shell scripts weigh as code: SQL among many more scripts is what those scripts run or set up, a server's initdb/, a copy)
    shell = ext_paths(SCRIPT_EXT)  # (a Windows batch file chaining GDAL's commands too, gdal_zipva.bat)
    # (SQL files that only query, SELECT … beside a program's code, are what that program runs or reports: no model, whatever their number)
    # (nor alone: a data model defines tables, CREATE TABLE/VIEW, a migration; SELECT queries with no table of their own are analysis)
    queries = set(query_scripts(ctx, sql)) if sql else set()
    model_sql = [p for p in sql if p not in queries and p not in dbt_steps]
    # (nor views over a database none of the project's files creates, beside an application serving pages or an API: what the
    # application and its users read, a Dash dashboard's CREATE VIEW paec.… AS SELECT … FROM ag_pasto.… over a park's tables)
    view_layer = set(sql_view_layer(ctx, model_sql)) if model_sql and (ui or api or pages) else set()
    model_sql = [p for p in model_sql if p not in view_layer]
    # (nor SQL a documentation site's pages show, a Sphinx site's cadastre/sql/ beside cadastre/*.rst: examples, no model)
    site_sql = set(doc_site_sql(ctx, model_sql))
    model_sql = [p for p in model_sql if p not in site_sql]
    # (nor SQL that the project's shell scripts run while they download and transform data, psql -f 01-CREATE….sql after awk has
    # cut the national file down: the pipeline's loading and export steps, no schema to reuse)
    # (not a host's provisioning script: packages installed and /etc edited, a wget of a test file among them, is no data pipeline;
    # issue 12, s48 fh48)
    provisioning = provisioning_scripts(ctx, files) if shell else []
    pipe_scripts, pipe_sql = shell_pipeline(ctx, files) if shell and not provisioning else ([], set())
    model_sql = [p for p in model_sql if not (pipe_scripts and p.rsplit("/", 1)[-1] in pipe_sql)]
    # (nor SQL that the project's batch or shell scripts run on geodata, far larger than it, psql -f %SQL%\1_controle_geom_invalid.sql
    # between ogr2ogr's loading of the delivered layers and pgsql2shp's export of the errors: a GIS kit's checks, its scripts the kit)
    kit_run, kit_sql = sql_kit(ctx, shell, model_sql) if shell and len(model_sql) >= 2 and not (pipe_scripts and pipe_sql) \
        and not (ui or api or pages or html or templates) else ([], [])
    kit_run, kit_sql = (kit_run, kit_sql) if len(kit_run) + len(kit_sql) >= n_code else ([], [])
    model_sql = [p for p in model_sql if p not in set(kit_sql)]
    add("gis-kit", 6 + min(len(kit_sql), 4), kit_run + kit_sql, SQL_KIT)
    # (nor SQL that copies rows into tables none of the project's files creates, DELETE FROM occtax.observation then INSERT INTO
    # occtax.observation … SELECT from foreign tables over the source database: a transfer into another product, run by hand, the
    # whole project when nothing else is; a GIS kit's SQL when it moves geodata, as a kit's checks are, a data pipeline otherwise)
    transfer, spatial = sql_transfers(ctx, model_sql) if model_sql else ([], False)
    model_sql = [p for p in model_sql if p not in set(transfer)]
    add("gis-kit" if spatial else "cli-tool", 5 if len(transfer) >= n_code + len(shell) and not (ui or api or pages or html or templates or scripts)
        else 0, transfer, SQL_TRANSFER)
    add("analysis", 4 if queries and len(queries) == len(sql) and not n_code else 0, sorted(queries), SQL_QUERIES)
    # (SQL beside command-line programs that outweigh it in bytes, click commands loading addresses into a road database whose SQL
    # creates the tables they fill, is that tool's tables: the programs are what the project is, whatever the number of SQL files)
    size = {e.path: e.size for e in files}
    tool_tables = bool(scripts) and sum(size.get(p, 0) for p in other_code) >= sum(size.get(p, 0) for p in model_sql)
    # (nor SQL beside an analysis's R scripts and notebooks that outnumber it, an Osmosis schema loading the OpenStreetMap extract the
    # R scripts of a training read: the analysis's tables)
    add("data-model", min(4.0 if len([p for p in tool_sql if p in model_sql]) == len(model_sql) else 8.0, 2 + len(model_sql) / max(1, n_code) * 4)
        if model_sql and len(model_sql) >= max(1, (n_code + len(shell) + len(r_files) + len(notebooks) + len(dbt_steps)) // 2) and not lutece and not tool_tables else 0,
        model_sql, "SQL script")
    add("web-application", 9, shiny, f"Shiny application of the R package ({inst_app[1]}, launched by {inst_app[0]})" if inst_app else "Shiny application")
    # a Google Apps Script web application (appsscript.json, doGet answering the requests on script.google.com): served by
    # Google's platform, its pages calling its server functions; no static site whatever HTML page it holds
    gas, gas_web = apps_script(ctx.snapshot, files) if "gs" in by_ext or "js" in by_ext or "json" in by_ext else ([], False)
    add("web-application", 9 if gas_web else 0, gas, APPS_SCRIPT_REASON)
    # a Java web application: a WEB-INF descriptor, server pages (JSP, JSF)
    java_web = sorted(e.path for e in files if e.path.endswith("WEB-INF/web.xml") or e.ext.lower() in ("jsp", "jspx", "xhtml")
                      and "/webapp/" in "/" + e.path) if not host_plugin else []  # (a host's harness in its extension's template)
    add("web-application", 8, java_web, "Java web application (WEB-INF, server pages)")
    # (or its descriptors kept outside WEB-INF/, a JSF application's faces-config.xml and web.example.xml that an Ant build copies
    # into the war, with the .xhtml and .jsp pages beside them)
    descriptors = java_web_descriptors(ctx, files) if not (host_plugin or java_web) else []
    add("web-application", 8, descriptors, "Java web application (JSF or web.xml descriptors, server pages)")
    java_web += descriptors
    # a Grails application (grails-app/ controllers rendering GSP views, application.properties naming app.grails.version): its WAR
    # runs in a servlet container; a Grails plugin (its *GrailsPlugin.groovy descriptor) is a library of such applications
    grails = grails_apps(ctx, files) if "groovy" in by_ext and not host_plugin else []
    add("web-application", 8, grails, "Grails application (controllers rendering GSP views under grails-app/)")
    # (or a build packaging a web archive, <packaging>war</packaging>, a WAR overlay of an upstream web application such as a CAS
    # server's: a web application, whatever pages it holds; an API framework among its dependencies says what it serves instead)
    wars, war_overlay = war_builds(ctx, files) if not (host_plugin or lutece or java_web or grails or api or pages or ui) \
        and ("java" in by_ext or "kt" in by_ext or "groovy" in by_ext or any(e.name == "pom.xml" for e in files)) else ([], False)
    add("web-application", 6, wars, "overlay of an upstream web application packaged as a web archive (Maven war overlays)" if war_overlay
        else "web archive build (war packaging): a web application a servlet container runs")
    # (its skin/ templates are front-office pages of the site; admin/ ones the back office's forms)
    skin = [p for p in templates + html if "/skin/" in p] if lutece and not java_web else []
    add("web-application", 8 if skin else 0, ["pom.xml"] + skin[:2], "Lutece plugin serving front-office pages (skin templates)")
    add("library", 8 if lutece and not (java_web or skin) else 0, ["pom.xml"], "plugin of Lutece")
    # a SPIP site's squelettes (its loops and inclusions rendered on each request, some answering JSON): that site, not static pages
    add("web-application", 6 if spip and not (host_plugin or lutece) else 0, spip, "SPIP site templates (squelettes) its server renders")
    add("web-application" if "net/http" in ui else "api-service", 7, go_served, "Go program serving HTTP")
    dotnet = dotnet_servers(ctx, files)  # (a C# program that is its own HTTP server: not a static site, whatever pages it serves)
    # (an ASP.NET Core program serves its web root's files and its Razor views, not the HTML files of its project folders: the mail
    # templates PortailTE44.Common/Template/*.html its mail service fills are no pages of a JSON API — s43 fj43)
    unserved = aspnet_core_unserved(ctx, files, dotnet, html) if dotnet else set()
    html = [p for p in html if p not in unserved]
    add("web-application" if html or (dotnet and razor_pages(files)) else "api-service", 7 if dotnet else 0, dotnet[:3], "HTTP server program (C#)")
    # (or a C/C++ program starting its own HTTP server: a journey planner's server module answering its sites' pages)
    native = native_servers(ctx, files) if by_ext.keys() & NATIVE_EXT and not dotnet else []
    add("web-application" if html or templates else "api-service", 7, native, "HTTP server program (C/C++)")
    # (each manifest with the frameworks it declares: a server's package.json its express, the interface's its react; a Django
    # project's manage.py when no manifest names Django)
    ui_at = _manifest_hits(ctx, ui) + ([(manage[0], ["django"])] if manage and "django" in ui else [])
    scores["web-application"] += 7 if ui and ui_at else 0
    why["web-application"] += [{"path": p, "reason": "Django project (manage.py runs Django, no manifest names it)" if manage and p == manage[0]
                                else "user-interface framework " + ", ".join(hits[:3])} for p, hits in ui_at[:3]] if ui else []
    add("web-application", 7 if imported else 0, importers, "user-interface framework " + ", ".join(imported[:3]) + " imported by the code")
    node_served = [d for d in served if d not in py_served]
    add("web-application" if set(node_served) & set(ui) else "api-service", 7 if node_served else 0, servers_at[:3],
        "server framework " + ", ".join(node_served[:3]) + " required by the code (no manifest declares it)")
    # (not the sample application a Vagrant machine is given, a deployment proof of concept's app.py: its payload)
    boxes = provisioned_machines(ctx, files, other_code)
    py_served = [] if boxes else py_served
    add("web-application" if set(py_served) & set(ui) else "api-service", 7 if py_served else 0, py_servers_at[:3],
        "server framework " + ", ".join(py_served[:3]) + " imported by the code, its application built there (no manifest declares it)")
    # (a Kotlin/JS browser application Gradle builds, its pages written in Kotlin: Compose for Web, no npm manifest of its own)
    add("web-application", 7, kotlin_browser_apps(ctx, files) if by_ext.get("kt") else [], "browser application (Kotlin/JS)")
    cms = _matching(deps, CMS_DEPS)  # (a module of that CMS declares it too, but is its plugin: scored higher below)
    add("web-application", 8 if cms and not host_plugin else 0, [p for p, _ in _manifest_paths(ctx, cms)], "site built on " + ", ".join(cms[:2]))
    # a Drupal site committing Drupal itself (a Drupal 7 site's includes/bootstrap.inc beside modules/system/system.module, a core/
    # folder): its own code is a few modules and themes, the rest is the CMS (the inventory files it as third-party)
    all_paths = ctx.snapshot.files
    drupal = sorted(p for p in all_paths if (p.endswith("includes/bootstrap.inc") and p[: -len("includes/bootstrap.inc")] + "modules/system/system.module"
                                             in all_paths) or p.endswith("core/lib/Drupal.php"))[:1]
    add("web-application", 8 if drupal and not host_plugin else 0, drupal, "site built on Drupal (its core committed)")
    # (or a WordPress site committing WordPress whole, wp-admin/ beside wp-includes/version.php, with its own theme and plugins: the
    # inventory files the core and the published plugins as third-party, so the site's pages are rendered by code it does not measure)
    wordpress = sorted(p for p in all_paths if p.endswith("wp-includes/version.php") and (p == "wp-includes/version.php" or p.endswith("/wp-includes/version.php"))
                       and p[: -len("wp-includes/version.php")] + "wp-admin/admin.php" in all_paths)[:1]
    add("web-application", 8 if wordpress and not host_plugin else 0, wordpress, "site built on WordPress (its core committed)")
    # (or an application written on a PHP framework committed whole, told by the framework's marker file wherever its folder sits:
    # CodeIgniter's system/ renamed CI_system/, with the application's view templates beside it; the inventory files the framework
    # as third-party, so the requests are handled by code it does not measure)
    php_framework = sorted(p for p, d in inv.packages.items() if d.get("name") in FRAMEWORK_NAMES and p not in inv.manual_folders)[:1]
    framework_views = [e.path for e in files if php_framework and inv.category(e.path) not in ("vendored", "build")
                       and e.ext.lower() == "php" and "views" in e.path.lower().split("/")[:-1]]
    add("web-application", 8 if len(framework_views) >= 2 and not host_plugin else 0, framework_views,
        f"view of an application built on {inv.packages[php_framework[0]]['name']} (its core committed in {php_framework[0]})" if php_framework else "")
    # interface components written in the project (JSX/TSX, Vue, Svelte, Angular) though the framework comes from a host (a
    # MapStore extension, a GeoNature module's Angular frontend)
    components = sorted(set(ext_paths({"jsx", "tsx", "vue", "svelte"})) | {e.path for e in files if e.name.endswith(".component.ts")})
    # (not a VuePress or VitePress site's own components, embedded in its Markdown pages: .vuepress/components/, .vitepress/theme/)
    components = [p for p in components if not (SITE_TOOL_DIR.search(p) and any(SITE_TOOL_CONFIG.match(g) for g in generators))]
    components = [p for p in components if not (admin_ui and p.startswith(STRAPI_ADMIN_FOLDERS))]  # (Strapi's admin customisations)
    add("web-application", 5 if len(components) >= 2 and not (ui or host_plugin or site_built) else 0, components, "interface components (JSX, Vue, Svelte, Angular)")
    # (without templates, the HTML pages beside the server: a React interface's public/index.html is a page, no template; a slide
    # deck in docs/ is the documentation's)
    add("web-application", 2 if (templates or html) and pages else 0, templates or [p for p in html if not is_doc(p)],
        "server-side template" if templates else "HTML page")
    # a Rack application (Rails, Sinatra, a Decidim instance whose Gemfile names decidim, not rails): config.ru starts its server
    rack = ["config.ru"] if "config.ru" in ctx.snapshot.files else []
    # (a Ramaze or Sinatra application's views, whatever their template language: view/index.xhtml, views/layout.haml)
    templates += sorted(e.path for e in files if e.ext.lower() in ("xhtml", "haml", "slim", "rhtml", "erb", "mustache") and rack and not api_only
                        and {d.lower() for d in e.path.split("/")[:-1]} & {"view", "views", "layout", "layouts"} and e.path not in templates)
    # (never a Rails API, config.api_only = true: a Solr configuration's admin-extra.html beside it is no page it serves)
    add("web-application", 7 if rack and (templates or html) and not (ui or pages or api_only) else 0, rack, "Rack application (config.ru) serving pages")
    add("api-service", 5 if rack and not (templates or html or ui or api or pages) else 0, rack, "Rack application (config.ru) without pages")
    # a CodeIgniter 4 application told by its layout (app/Config/Routes.php, app/Config/Paths.php, app/Controllers/), its framework
    # installed by Composer into vendor/ and not committed, composer.json sometimes neither: its controllers are no plain PHP pages
    ci4 = codeigniter4_app(ctx, files) if "php" in by_ext and not (ui or api or pages or host_plugin) else None
    ci4_pages = bool(ci4) and len(ci4[2]) >= 2
    add("web-application" if ci4_pages else "api-service", 7 if ci4 else 0, [ci4[0]] + ci4[1][:2] if ci4 else [],
        ("CodeIgniter 4 application: app/Config/Routes.php routes the requests to its controllers (app/Controllers/)"
         + (", which render its views (app/Views/)" if ci4_pages else ", no view of its own")) if ci4 else "")
    # PHP files answering requests by themselves (a plain PHP back office): the first 60 in path order, 64 KB each
    php_pages = [] if (ui or pages or ci4) else [p for p in ext_paths({"php"})[:60] if PHP_REQUEST.search(ctx.snapshot.read_head(p, 65536) or "")]
    # (not a script answering a boot loader: a network-boot server's PHP writing GRUB's menu entries or an iPXE script to the
    # machine starting up, no HTML written — a boot service, no page for people; issue 12, s45 fg45 = abotzung/foguefi)
    php_pages = [p for p in php_pages if not boot_answer(ctx.snapshot.read_head(p, 65536) or "")]
    # (one script reading the request, and another PHP page sending it a form or a link with parameters: a form and the page answering
    # it, two pages served — emiprox's index.php searching a commune, posting to graph.php)
    if len(php_pages) == 1:
        php_pages = php_form_handler(ctx, ext_paths({"php"}), php_pages) or php_pages
    # (or the web root's index.php, reading the request, writing a whole HTML document whose forms and menu post back to it: one page
    # served, an application without framework — efroc/stockvc's stock and loans tool, s43 fh43)
    php_self = php_self_page(ctx, php_pages) if len(php_pages) == 1 else []
    # (scripts answering XML or JSON only, no HTML written and no page beside them: a data service, an OGC CSW endpoint in plain PHP)
    php_data = php_data_service(ctx, ext_paths({"php"}), html, templates) if len(php_pages) >= 2 else None
    add("api-service", 5, [php_data] if php_data else [], "PHP scripts answering requests with XML or JSON only (no page written)")
    # (or one script answering OGC GetCapabilities with the capabilities document it reads, no page beside it: an OGC service — a WMS
    # proxy's cadastre.php echoing capabilities.xml and relaying GetMap; issue 12, s44 fb44)
    php_ogc = php_ogc_service(ctx, php_pages) if len(php_pages) == 1 and not (php_data or php_self or html or templates) else []
    add("api-service", 5, php_ogc[:1], "PHP script answering OGC requests (GetCapabilities with its capabilities document)")
    add("web-application", 5 if len(php_pages) >= 2 and not php_data else 0, php_pages, "PHP pages handling requests (no framework)")
    add("web-application", 5 if php_self else 0, php_self, "PHP page writing an HTML page whose forms post back to it (no framework)")
    # (a CodeIgniter 3 controller, class Admin extends CI_Controller or the application's MY_Controller, is the framework's: named so, s41 fj41)
    for e in why["web-application"]:
        if e["reason"] == "PHP pages handling requests (no framework)" and CI3_CONTROLLER.search(ctx.snapshot.read_text(e["path"], limit=65536) or ""):
            e["reason"] = "CodeIgniter controller handling requests (extends CI_Controller)"
    router_text = {p: ctx.snapshot.read_text(p, limit=65536) or "" for p in ext_paths({"php"})[:60] if p.count("/") <= 1} \
        if not (ui or pages or len(php_pages) >= 2 or php_self or ci4) else {}
    routers = [p for p in sorted(router_text) if PHP_ROUTER.search(router_text[p])
               or (PHP_WEB_ROOT_INDEX.match(p) and PHP_PSR7_FRONT.search(router_text[p]))]
    # (a PSR-7 front controller at the web root, public/index.php handing ServerRequest::fromGlobals() to its pipeline, with no page
    # nor template in the repository: an HTTP API, SDIS62/prevarisc-skeleton-php)
    psr7 = [p for p in routers if PHP_WEB_ROOT_INDEX.match(p) and PHP_PSR7_FRONT.search(router_text[p])]
    psr7_api = bool(psr7) and not (html or templates)
    # (a front controller whose scripts answer XML or JSON only, writing no HTML: a data service, cigalsace's cswServer)
    routed = php_data_service(ctx, ext_paths({"php"}), html, templates) if routers else None
    add("api-service" if routed or psr7_api else "web-application", 5, routers[:1] + ([routed] if routed and routed not in routers else []),
        "PHP front controller routing the requests" + (" to scripts answering XML or JSON only (no page written)" if routed else
                                                       " (a PSR-7 request built from the globals, no page nor template)" if psr7_api else ""))
    # (the web root's front controller serves the project: composer's "type": "library", composer's default, does not make it one)
    served_front = [p for p in routers if PHP_WEB_ROOT_INDEX.match(p)]
    # a PHP framework committed without Composer, run through its front controller (Symfony 1's web/index.php, Zend Framework 1's
    # public/index.php): an application serving its view templates, an API when it has none (one script naming $_GET, in a
    # comment of the framework's config.php, does not make it a plain PHP site)
    front = php_front_controller(ctx, files, guards) if "php" in by_ext and not (ui or api or pages or len(php_pages) >= 2 or routers or ci4) else None
    add("web-application" if front and front[1] else "api-service", 5 if front else 0, [front[0]] if front else [],
        "PHP framework's front controller dispatching the requests")
    # a Jelix module (a Lizmap Web Client module) whose controllers answer JSON and write no page: an API that the host serves, its
    # documentation site and Swagger UI page beside it no static site of its own
    jelix_api = jelix_data_module(ctx.snapshot, ext_paths({"php", "xml"})) if "php" in by_ext and not (ui or api or pages or len(php_pages) >= 2 or routers or front) else []
    add("api-service", 7, jelix_api, "Jelix module's controllers answering JSON or XML (no page)")
    # static pages asking for a password that a script of the project's sends to a server: the front end of an application
    # people sign in to (HTML and JavaScript over a PostgREST API), not a static site
    signing = signing_pages(ctx, html, ext_paths({"js", "mjs", "ts"})) if html and not (ui or api or pages or templates) else []
    add("web-application", 7, signing, "pages signing people in to a server (a password sent by the project's script)")
    # (or pages whose own scripts write to a database service, send e-mail or check a password typed in them: a client-side
    # application served statically, its back end a third party's service, not a content site — s40 fi40)
    page_app, page_app_why = page_applications(ctx, html, ext_paths({"js", "mjs"})) if html and not (ui or api or pages or templates or signing) \
        else ([], "")
    add("web-application", 7, page_app, page_app_why)
    # a PHP script reading the requests' parameters and answering with JSON it builds (a metadata editor's php/index.php storing and
    # serving its records): the back end of an application whose front end is these pages (a proxy relaying another server builds none)
    backend = php_json_backend(ctx, ext_paths({"php"})) if html and not (ui or api or pages or templates or len(php_pages) >= 2 or routers or front) else []
    add("web-application", 7, backend[:3], "PHP script answering the pages' requests with JSON")
    # (Strapi 5's package is @strapi/strapi, which names no "strapi" dependency: its package.json is the evidence — s47 fa47)
    add("api-service", 5 if (api and not ui) else 0, [p for p, _ in _manifest_paths(ctx, api)] or (["package.json"] if "strapi" in api else []),
        "server framework " + ", ".join(api[:3]))
    add("api-service", 2 if (api and not ui) else 0, list((ctx.fact("files") or {}).get("openapi") or []), "OpenAPI specification")
    # (a notebook or two beside ten times more code, a package's misc/debug-download.ipynb, is a trial of that code: no analysis;
    # nor notebooks beside a Python package its pyproject's build backend packages, its examples and analyses — s40 fo40)
    built_py = built_python_package(ctx, [e.path for e in files if CONTAINER_FILE.match(e.name) and "compose" not in e.name.lower()]) if by_ext.get("py") and not (ui or api or templates or html) else []
    add("library", 6, built_py[:3], "Python package built by its pyproject.toml's build backend (its package folders)")
    add("analysis", min(7.0, 3 + len(notebooks)) if len(notebooks) * 10 >= n_code and not built_py else 0, notebooks, "notebook")
    # (an R plumber API, its annotated endpoints answering JSON: a web API service, unless one demo among a collection's folders)
    plumber = plumber_files(ctx, r_files) if r_files and not (shiny or rpkg) else []
    plumber = [] if demo_among_folders(plumber, r_files + notebooks) else plumber
    add("api-service", 7, plumber, PLUMBER_API)
    add("analysis", 3 if (r_files and not shiny and not rpkg and len(r_files) >= n_code) else 0, r_files, "R script")
    # (R scripts connecting to a database, querying it and writing the rows to a file, with no model, plot or statistic: an export job)
    r_export = r_export_scripts(ctx, r_files) if r_files and not (shiny or rpkg or notebooks or ui or api or plumber) and len(r_files) >= n_code else []
    add("cli-tool", 6, r_export, R_EXPORT)
    # Java modules a Maven or Gradle build publishes as jars to a repository of artefacts, no main class in the build nor in the
    # sources, no web archive and no container image: a library others add as a dependency, whatever engine it builds on (Trevas's
    # vtl-spark on Spark is no data pipeline)
    artefacts = published_java_library(ctx, files) if by_ext.keys() & {"java", "kt", "scala", "groovy"} \
        and not (ui or api or pages or templates or java_web or scripts or lutece or host_plugin
                 or any(CONTAINER_FILE.match(e.name) and "compose" not in e.name.lower() for e in files)) else None
    add("library", 6 if artefacts else 0, [artefacts[0]] if artefacts else [],
        f"Java library published as artefacts ({artefacts[1]} module(s), no main class nor executable)" if artefacts else "")
    # batch jobs launched from the command line (spark-submit, airflow, dbt run): configured and deployed like a command-line tool
    add("cli-tool", 6 if pipeline and not (ui or api or artefacts) else 0, [p for p, _ in _manifest_paths(ctx, pipeline)] or dbt_files, "data pipeline " + ", ".join(pipeline[:3]))
    # a Talend Open Studio project (talend.project, its jobs in process/*.item): a batch job exported and run from the command line
    talend = ["talend.project"] if "talend.project" in ctx.snapshot.files and any(e.path.startswith("process/") and e.ext == "item" for e in files) else []
    add("cli-tool", 6, talend, "Talend data-integration job")
    # FME workspaces (.fmw, .fmwt templates: meldig/Workbench's conversion and integration chains) as much as the other code: data-integration
    # chains opened in FME Workbench or run by fme.exe / FME Server, their settings the published parameters (a batch job, like Talend's)
    fme = sorted(e.path for e in files if e.ext.lower() in ("fmw", "fmwt"))
    add("cli-tool", 6 if len(fme) >= max(1, n_code) and not (ui or api or pages) else 0, fme[:3], FME_REASON)
    add("data-specification", min(6.0, 2 + len(specs)) if len(specs) * 2 >= n_code else 0, specs, "data schema")
    # a Table Schema or Data Package at the root is what the repository publishes (a data specification with its example
    # files and a QGIS project to capture data in it), unless a service is built around it
    # schema.data.gouv.fr's declaration of a schema repository (schemas.yml at the root, naming the schemas it publishes)
    declared_specs = [p for p in ("schemas.yml", "schemas.yaml") if p in ctx.snapshot.files
                      and re.search(r"^schemas\s*:", ctx.snapshot.read_text(p, limit=64 * 1024) or "", re.M)]
    add("data-specification", 7 if declared_specs and not (ui or api) else 0, declared_specs, "schema repository (schemas.yml)")
    root_tables = [p for p in (ctx.fact("table_schemas") or []) if "/" not in p]
    # schema.data.gouv.fr's layout: the schema published as schema.json at the root, whatever scripts and notebooks
    # document or test it (CEREMA/schema-aire-livraison: validation and documentation scripts, exploration notebooks)
    published = [p for p in root_tables if p.lower() == "schema.json"]
    add("data-specification", 8 if published and not (ui or api or pages) else
        5 if root_tables and not (ui or api or pages) and len(specs) * 2 >= n_code else 0, published or root_tables,
        "Table Schema at the root")
    # (or Table Schemas in folders, one a version, found by their content whatever their names: schemas/v1.5/bal_schema_v1.5.json,
    # as many as the code files beside them, a validator among them — issue 12, s39 fh39 = aitf-sig-topo/voies-adresses)
    tables = [p for p in (ctx.fact("table_schemas") or []) if not is_test(p)]
    add("data-specification", 6 if not root_tables and tables and len(tables) >= max(1, n_code) and not (ui or api or pages) else 0,
        tables, "Table Schemas published")
    add("infrastructure", min(7.0, 2 + len(infra) / 2) if len(infra) >= n_code else 0, infra, "infrastructure recipe")
    # (or a Chef cookbook, metadata.rb beside its recipes/: the code Chef runs on the nodes it deploys, whatever Ruby it is written in)
    chef = chef_cookbooks(ctx, [e.path for e in files]) if "rb" in by_ext and not (ui or api or pages or html) else []  # (its templates/ are files it writes)
    add("infrastructure", 7 if chef else 0, chef[:3], "Chef cookbook (metadata.rb and its recipes)")
    # several container images and compose files around nothing but scripts and settings: the deployment of an application
    # packaged elsewhere (a local government's Docker packaging of Publik)
    containers = sorted(e.path for e in files if CONTAINER_FILE.match(e.name))
    # (and a compose file named its own way, scripts/temps_attente.yml: its services and their images say what it is)
    composed = compose_by_content(ctx.snapshot, [e.path for e in files if not CONTAINER_FILE.match(e.name)])
    images = [p for p in containers if "compose" not in p.rsplit("/", 1)[-1].lower()]
    containers = sorted(containers + composed)
    app_code = [p for p in other_code if not p.lower().endswith((".sh", ".bash")) and not SETTINGS_FILE.search(p)]
    # (or compose stacks in three folders or more, their images built in folders the inventory files as build output: a server's
    # docker/*/build/)
    stacks = {p.rpartition("/")[0] for p in containers if p not in images}
    add("infrastructure", min(7.0, 2 + len(containers) / 2) if (len(images) >= 2 or len(stacks) >= 3) and len(containers) >= len(app_code)
        and not (ui or api) else 0,
        containers, "container images and compose files")
    # container and compose files around no code of their own (a compose file of published images with their .env files,
    # a base image's Dockerfile and its Makefile, an nginx proxy's image): a deployment of software made elsewhere
    # (a test suite's code counts: end-to-end tests run against a compose file are a test project, not a deployment)
    # a PowerShell module (a .psd1 manifest exporting its functions, or a .psm1): commands of its own, whatever image packages it
    ps_module = powershell_module(ctx, files)
    add("cli-tool", 7, ps_module[:1], "PowerShell module (commands run at the PowerShell prompt)")
    # (or PowerShell scripts taking parameters, no module: commands of their own too, no infrastructure around no code)
    powershell = ps_module or powershell_commands(ctx, files)
    add("cli-tool", 0 if ps_module else 4, powershell, "PowerShell scripts run as commands (parameters declared)")
    any_code = any(e.ext.lower() in CODE_EXT for e in ctx.snapshot.files.values()) or bool(powershell)
    add("infrastructure", 4 if containers and not app_code and not any_code and not (ui or api or pages or html or templates) else 0,
        containers, "container or compose files around no code of their own")
    # one image of a server (not a static file server) with its settings, and no code but what it copies into the image and
    # no manifest of its own: that server's packaging
    # (an image running the project's own script, FROM a bare system, packages a program: vrt-bot's vrt.sh, a batch tool)
    run_by_image = image_command_scripts(ctx, images) if not (ui or api or pages) else []
    # (a Dockerfile's `pip install` lines are the image's packages, no manifest of the project's: an upstream product's image with its
    # add-on copied in, FROM apache/superset plus a security manager; issue 12, s48 fc48 = megalis-bretagne/superset)
    own_manifests = [m for m in _manifests(ctx) if not m.get("dockerfile")]
    served = packaged_servers(ctx, images, app_code) if not (ui or api or templates or generators or (app_code and own_manifests) or powershell) else []
    served = [p for p in served if p not in {i for i, _ in run_by_image}]
    add("infrastructure", 5, served, "container image of a server with its settings")
    add("cli-tool", 5, [s for _, s in run_by_image], IMAGE_COMMAND)
    # a Vagrant machine provisioned by the project's scripts (config.vm.provision: install.sh, an Ansible playbook), no program
    # of its own: a machine's provisioning (a suite's developer box), whatever script its container image also runs
    # (or whose only code is the sample application that machine is given: a deployment proof of concept's app.py)
    # (a Python framework only the payload's code imports: no server of the project's)
    add("infrastructure", 6 if not (ui or set(api) - py_imported or set(pages) - py_imported or html or templates) else 0, boxes,
        "Vagrant machine provisioned by the project's scripts")
    # scripts committed executable that install and deploy servers (osm_install, deploy-prod.sh) beside those servers' configuration
    # (nginx sites, MapProxy, MapServer mapfiles), around no application code of its own: a deployment (an OpenStreetMap WMS server)
    setup = sorted(e.path for e in files if e.kind == "executable" and "/" not in e.path and ROOT_SCRIPT.match(e.path))
    server_conf = sorted(e.path for e in files if SERVER_CONF.search(e.path))
    add("infrastructure", 5 if setup and server_conf and len(app_code) <= len(server_conf) and not (ui or api or pages) else 0,
        setup + server_conf[:2], "deployment scripts and server configuration")
    # HTML pages a Pages workflow publishes: the repository is that site, the node scripts its package.json runs check or build it
    published = pages_workflows(ctx, [p for p in html if not is_doc(p)]) \
        if html and not (api or jelix_api or ui or templates or java_web or dotnet or native or lutece) else []
    scripts_run = [p for p in scripts if not (published and p in npm_tools)]
    # (nor scripts of a tooling folder, scripts/ or tools/, that package.json runs — no "bin", no package published — beside a site's
    # pages that outnumber the code: the site's own tooling, a screenshot or local-server helper reading its URL; the pages decide —
    # s39 ff39, a commune's 26 root pages and scripts/screenshot.mjs)
    own_pages = [p for p in html if not is_doc(p) and p.split("/", 1)[0] not in TOOL_DIRS] \
        if not (api or jelix_api or ui or templates or java_web or dotnet or native or lutece) else []
    if len(own_pages) >= 3 and len(own_pages) > n_code:
        scripts_run = [p for p in scripts_run if not (p in npm_tools and "/" in p and p.split("/", 1)[0] in TOOL_DIRS)]
    # (nor the helper scripts of a tooling folder beside a root index.html loading the repository's own scripts and published as is, a
    # Pages workflow or a root .nojekyll, one page or many: the site's maintenance, refreshing its data or bumping its version —
    # issue 12, s42 ff42, a département's map viewer and its scripts/update_*.py, scripts/bump_version.py)
    site_page = published_root_page(ctx, own_pages) if any("/" in p and p.split("/", 1)[0] in TOOL_DIRS for p in scripts_run) else []
    scripts_run = [p for p in scripts_run if not (site_page and "/" in p and p.split("/", 1)[0] in TOOL_DIRS)]
    # a data pipeline run step by step: many programs handling tables with a data library (directly or through the project's own
    # module) that share the project's store (data/eau.duckdb) or are numbered as steps: an analysis, its steps no tool's commands
    steps, step_libs, store = pipeline_steps(ctx, [p for p in by_ext.get("py", []) if not is_test(p)]) \
        if by_ext.get("py") and not (ui or api or pages or templates) else ([], [], None)
    add("analysis", 7, steps, f"data pipeline: {len(steps)} step programs ({', '.join(step_libs[:3])}) "
        + (f"sharing the project's store {store}" if store else "numbered as steps"))
    scripts_run = [p for p in scripts_run if p not in steps]
    add("cli-tool", 5 if scripts_run and not ui else 0, scripts_run, "command-line entry point")
    # a C/C++ program opening a desktop window (an openFrameworks kiosk application, a Qt program): run on a machine, no library
    desktop = desktop_programs(ctx, files) if by_ext.keys() & NATIVE_EXT else []
    add("desktop-application", 7 if desktop and not (ui or api or pages or java_web) else 0, desktop, "desktop program (main() opening a window)")
    # (or a .NET program, a project file whose OutputType is Exe or WinExe: a window or a Windows service installed on the machine, a
    # console program run as a command; no class library, ShutdownIfDontUsed's worker shutting idle workstations down)
    net_program = dotnet_program(ctx, files) if by_ext.keys() & {"cs", "vb", "fs"} and not (ui or api or pages or java_web or dotnet) else None
    add(net_program[1] if net_program else "cli-tool", (7 if net_program[1] == "desktop-application" else 5) if net_program else 0,
        [net_program[0]] if net_program else [], net_program[2] if net_program else "")
    # (or a Java program opening a window: a JavaFX Application, a Swing JFrame, an SWT Shell; not the command-line tool its main class makes)
    windows, toolkit = java_desktop(ctx, files) if ("java" in by_ext or "kt" in by_ext) and not (ui or api or pages or java_web) else ([], "")
    add("desktop-application", 7, windows, f"desktop program ({toolkit} window)")
    # a Python program its setup.py (py2exe, py2app, cx_Freeze) or a PyInstaller spec freezes into an executable: that program
    frozen = frozen_program(ctx) if by_ext.get("py") and not (ui or api or pages or java_web) else None
    add(frozen[1] if frozen else "cli-tool", 7 if frozen else 0, [frozen[0]] if frozen else [], "Python program frozen into an executable")
    # (or one started as a program that opens a toolkit's window and runs its main loop: main.py's CustomTkinter app.mainloop())
    py_windows, py_toolkit = python_windows(ctx, files) if by_ext.get("py") and not (frozen or ui or api or pages or java_web) else ([], "")
    add("desktop-application", 7, py_windows, f"desktop program (Python, {py_toolkit} window and main loop)")
    # shell scripts that deploy, start, stop and roll back a site built elsewhere (a département's JCMS deployment), no program of
    # their own: a deployment
    ops = operation_scripts(files) if not (app_code or ui or api or pages or html or templates) else []
    add("infrastructure", 5, ops, "deployment operation scripts (deploy, start, stop, rollback…)")
    add("infrastructure", 5, provisioning if not (app_code or ui or api or pages or html or templates or ops) else [],
        "host provisioning scripts (system packages installed, /etc configuration edited)")
    # a network-boot kit: a boot loader's menus served to the machines starting up (grub.cfg, iPXE scripts, pxelinux.cfg/ under a
    # tftpboot/ folder) with the script answering them or more of those files — the start-up of an organisation's machines, no page
    # nor command of its own (issue 12, s45 fg45 = abotzung/foguefi: a FOG server's GRUB menus, its PHP answering GRUB)
    boot_cfg = sorted(e.path for e in files if BOOT_CONFIG.search(e.path))[:5] if not (ui or api or pages or templates) else []
    boot_php = [p for p in ext_paths({"php"})[:60] if boot_answer(ctx.snapshot.read_head(p, 65536) or "")] if boot_cfg and "php" in by_ext else []
    add("infrastructure", 6 if boot_cfg and (boot_php or len(boot_cfg) >= 2) else 0, boot_cfg[:2] + boot_php[:1],
        "network boot kit (boot loader menus served to machines starting up: GRUB, iPXE, PXE)")
    # (or a systemd unit starting a script or an artefact the repository commits, a région's orgarif.service running start.sh, which
    # runs the committed server jar with its Spring profile, beside env and secrets templates: the deployment of a service built
    # elsewhere, no program of its own — s38 fm38)
    units = service_units(ctx, files) if not (app_code or ui or api or pages or html or templates) else []
    add("infrastructure", 6, units, "systemd unit starting the repository's own script or artefact")
    # a tree mirroring the system's /etc (etc/bigbluebutton/…) and the hook copying it there: a server's configuration overlay
    overlay, products = configuration_overlay(ctx.snapshot, files, app_code) if not (ui or api or pages or html or templates) else ([], "")
    add("infrastructure", 5, overlay, f"{OVERLAY_REASON} (etc/{products}/)")
    # a Kubernetes operator (a controller manager its main() starts, the custom resources it serves): part of a cluster's
    # infrastructure, deployed with its chart, not a command nor a library
    operator = kubernetes_operator(ctx, files) if by_ext.keys() & {"go", "py", "java", "kt", "rs"} and not (ui or pages or html or templates) else []
    add("infrastructure", 7, operator[:1], "Kubernetes operator (controller manager started by the program)")
    add("infrastructure", 1 if operator else 0, operator[1:], "custom resource definition of the operator")
    runs = java_main(ctx) if "java" in by_ext or "kt" in by_ext else []
    # (a Java SDK its README adds as a Maven/Gradle dependency and never runs: a library, its main class a demonstration)
    sdk = java_dependency_in_readme(ctx, _root_readme(ctx), _root_readme_path(ctx)) \
        if ("java" in by_ext or "kt" in by_ext) and not (ui or api or java_web or pages or templates) else None
    runs = [] if sdk else runs
    add("library", 6 if sdk else 0, [sdk[0]] if sdk else [], f"Java artefact added as a dependency in the README (l.{sdk[1]}), run by no command" if sdk else "")
    add("cli-tool", 5 if runs and not (ui or api or java_web or html or pages) else 0, runs, "Java program with a main class")
    # (or its own builds committed without their sources, a launcher script running one with the command's arguments: s46 fa46)
    launched = jar_launchers(ctx, files, [p for p in inv.paths("build") if p.lower().endswith(".jar")]) \
        if not (runs or ui or api or java_web or html or pages or templates) else []
    add("cli-tool", 5, launched, LAUNCHED_JAR)
    # (a command-line library no code imports, one pin of a frozen environment — fiona's click in a Pipfile of 51 pins —, is no choice of
    # the project: what says it is a command then is the code reading its arguments, a program in that manifest's folder; s38 fk38)
    cli_used = [d for d in cli if d not in _unimported(ctx)]
    # (a course kit: the course's documents, PDFs at the root, and code most of which is named as its exercises, exercice-1.py and
    # TD/TD1.py: the learners' answers run by hand, no command-line tool, whatever they print or read — s39 fa39)
    course_docs, course_ex = course_kit(code + shell, [e.path for e in files]) if (code or shell) and not (ui or api or pages or templates or html) \
        else ([], [])
    argv_programs = manifest_folder_commands(ctx, [p for p, _ in _manifest_paths(ctx, cli)]) if cli and not cli_used and not course_ex else []
    add("cli-tool", 2 if cli_used and not ui and not api else 0, [p for p, _ in _manifest_paths(ctx, cli_used)], "command-line library " + ", ".join(cli_used[:3]))
    add("cli-tool", 2 if argv_programs and not ui and not api else 0, argv_programs, "command-line program reading its arguments (sys.argv or a parser)")
    add("static-site", 5 if generators and not (api or jelix_api) else 0, generators, "static site generator")
    # (and a root generator's content pages, Markdown pages outside any documentation folder at least three times as many as the code
    # files and notebooks beside them: a content site on the forge's pages, a course's twenty logbooks beside two R scripts and an R
    # Markdown map, is the product, its scripts side work — issue 12, s47 fa47; an analysis with a home page and a page or two stays one)
    content = [e.path for e in files if e.ext.lower() in ("md", "markdown") and not is_doc(e.path) and not _META_PAGE.match(e.name)
               and not any(d.startswith(".") for d in e.path.split("/")[:-1])] \
        if any("/" not in g and STATIC_GENERATORS.match(g) for g in generators) and not (api or jelix_api or ui or site_built) else []
    content = sorted(content) if len(content) >= max(5, 3 * (len(code) + len(notebooks))) else []
    add("static-site", min(6.0, 2 + len(content) / 5), content, f"content page of the site ({len(content)} Markdown pages, "
        f"{len(code) + len(notebooks)} code file(s) and notebook(s) beside them)")
    add("static-site", 5 if decks and not (api or jelix_api) else 0, decks, SLIDE_DECK)
    # an mviewer application: its config.xml (<application>, <mapoptions>, themes and layers) is the map the viewer shows
    viewer_apps = [e.path for e in files if e.ext.lower() == "xml" and e.path.count("/") <= 1 and e.size <= 512 * 1024][:20]
    viewer_apps = [p for p in viewer_apps if re.search(r"<mapoptions\b", ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
    add("static-site", 8 if viewer_apps and not (ui or api) else 0, viewer_apps, "mviewer application (config.xml)")
    # (a JavaScript library with no manifest whose README calls the namespace its scripts define, its only pages test pages: no site)
    ns_lib = namespace_library(ctx, code, html, _root_readme(ctx), _root_readme_path(ctx)) if html and not (ui or api or pages or templates) else None
    add("library", 6 if ns_lib else 0, [ns_lib[0]] if ns_lib else [],
        f"JavaScript library whose README calls its namespace (l.{ns_lib[1]}: {ns_lib[2]}), its pages test pages" if ns_lib else "")
    # (or, its one page loading OpenLayers from outside the repository, a class of its own scripts the page creates: vseCarte.js)
    demo = demo_page_library(ctx, code, html) if html and not (ui or api or pages or templates or ns_lib) else None
    add("library", 6 if demo else 0, [demo[0], demo[1]] if demo else [], f"JavaScript library whose class a demonstration page creates, the page "
        f"loading {demo[2]} from outside the repository" if demo else "")
    html = [] if ns_lib or demo else html
    static_page = bool(html) and not (api or jelix_api) and not ui and not templates and not java_web and not dotnet and not native and not lutece
    # (a map its own scripts draw with a library the page loads from a CDN, no manifest declaring it: index.html and map.js's
    # new maplibregl.Map({…}); a Python script's folium map is an analysis's figure — see the tie below)
    drawn = [m for m in (ctx.fact("map_construction") or {}).get("maps") or [] if m[0].rsplit(".", 1)[-1].lower() in _PAGE_SCRIPT_EXT] \
        if static_page and not maps else []
    add("static-site", (4 + (2 if maps else 0)) if static_page else 0, html, "HTML page")
    add("static-site", 4 if html else 0, published, "HTML pages published by a Pages workflow")
    # plugins of a host kept in a sub-folder (plugins/<name>/paquet.xml) beside a container image at the root that installs the host
    # itself (ENV SPIP_VERSION, FROM odoo): the site of that host, deployed with its plugins, not one plugin
    deployed = [p for p in sorted(images)[:5] if "/" not in p and host_plugin and "/" in host_plugin[0]
                and re.search(rf"\b{re.escape(host_plugin[1].split()[0])}\b", ctx.snapshot.read_text(p, limit=64 * 1024) or "", re.I)][:1]
    add("web-application", 10 if deployed and not plugin else 0, deployed + [host_plugin[0]] if deployed else [],
        f"site of {host_plugin[1]} installed by its container image, with its plugins" if deployed else "")
    # (or beside the host's own package committed in the repository, a copy of it: a platform's archive holding its CKAN fork,
    # setup.py name='ckan', beside its ckanext-* extensions, s39 fg39 = DataSud): the platform, the host with its plugins
    beside = host_package(ctx, host_plugin[1]) if host_plugin and "/" in host_plugin[0] and not deployed else []
    add("web-application", 10 if beside and not plugin else 0, [host_plugin[0], *beside] if beside else [],
        f"site of {host_plugin[1]} with its plugins, {host_plugin[1]} itself committed beside them" if beside else "")
    deployed = deployed or beside
    add("library", 10 if host_plugin and not plugin and not deployed else 0, [host_plugin[0]] if host_plugin else [],
        f"{_extension_role(ctx, host_plugin)} of {host_plugin[1]}" if host_plugin else "")
    # what the project declares itself: a Composer library, Debian library packages, a .NET class library, a Maven archetype
    # (a declaration the code contradicts is boilerplate: Tisseo/AmqpMttWorkers's "type": "library" beside the worker it runs, php pdfGenerationWorker.php)
    add("library", 6 if composer and composer[0] == "library" and not scripts and not served_front else 0, ["composer.json"],
        f"library declared in composer.json ({composer[1] if composer else ''})")
    deb = debian_library(ctx)
    add("library", 6 if deb and not (ui or api) else 0, ["debian/control"], f"Debian library package ({deb})")
    dotnet_lib = dotnet_library(ctx, files) if not dotnet else None
    add("library", 6 if dotnet_lib else 0, [dotnet_lib] if dotnet_lib else [], ".NET class library (OutputType Library)")
    # a Bower package naming the files others link (a UI theme's "main": ["css/main.css"], its index.html the demonstration)
    bower = bower_package(ctx)
    # (or a style-sheet package, a theme its scripts compile from Sass or Less and others build into their site: its HTML files are
    # the templates and demonstrations it ships — issue 12, s48 ff48)
    themed = style_package(ctx, files, code) if not (ui or api or pages or bower) else None
    add("library", 7 if themed else 0, [themed[0]] if themed else [],
        f"style-sheet package {themed[1]} compiled from its {themed[2]} Sass/Less sources by its scripts" if themed else "")
    add("library", 7 if bower and not (ui or api or pages) else 0, ["bower.json"], f"front-end package installed with Bower (main: {bower[1]})" if bower else "")
    add("library", 10 if rpkg else 0, [rpkg] if rpkg else [], "R package (DESCRIPTION)")
    archetype = maven_archetype(ctx)
    # (a package whatever its template holds; a template of a web application, WEB-INF and pages, is judged as that application)
    add("library", 4 if archetype else 0, [archetype] if archetype else [], "Maven archetype (template of new projects)")
    # a mobile application (an Android module, an iOS target, Flutter, React Native, Cordova): installed from a store, not served;
    # its interface framework (react in a React Native app) and its web shell (Flutter's web/index.html) weigh less
    # (a companion app in a folder of a larger project, a web service's mobile/ folder, weighs less: the project stays what it is)
    mobile = mobile_app(ctx, [e.path for e in files])
    for reason in dict.fromkeys(r for _, r in mobile):
        add("mobile-application", mobile_points(mobile, code, [e["path"] for e in why["web-application"]]),
            [p for p, r in mobile if r == reason], reason)
    add("library", 8 if vite_lib and not api else 0, [vite_lib] if vite_lib else [], "library built in Vite's library mode (build.lib)")
    # a JavaScript library its own build script joins into one file from its sources (python/minified.py writing js/metadata.js
    # and js/metadata.min.js from js/src/), serving no page: the file others include
    joined = [(s, b) for s, b, _ in script_bundles(ctx.snapshot, ctx.snapshot.files.values()) if b.endswith(".js")] \
        if not (ui or api or pages or html or templates or java_web or scripts) else []
    add("library", 4, [b for _, b in joined[:1]] + [s for s, _ in joined[:1]], "JavaScript library joined into one file by the project's build script")
    peer_ui = component_library(ctx, UI_DEPS)
    add("library", 8 if peer_ui and not html else 0, ["package.json"], "component library published as a package (peer dependency on "
        + ", ".join(peer_ui[:3]) + ")")
    declared_ui = None if peer_ui else ui_library(ctx, UI_DEPS) or bundled_library(ctx, UI_DEPS)
    add("library", 8 if declared_ui else 0, [declared_ui[0]] if declared_ui else [],
        f"library of interface components ({declared_ui[1][:80]})" if declared_ui else "")
    add("library", (10 if dj_app[1] else 6) if dj_app else 0, [dj_app[0]] if dj_app else [],
        (f"plugin of {dj_app[1]}" if dj_app[1] else "Django application for a host project's INSTALLED_APPS") if dj_app else "")
    # (a package.json naming a repository of Python scripts, no dependency and no JavaScript: a metadata card, no package)
    # (a build whose only code is its tests, an end-to-end suite's src/test, packages no library)
    tests_only = not code and any(e.ext.lower() in CODE_EXT and is_test(e.path) for e in ctx.snapshot.files.values())
    # (a buildozer.spec builds a Kivy application into an Android or iOS package: an application's build, no library)
    # (nor a setup.py freezing a program into an executable: py2exe's windows=[…])
    # (nor a placeholder name that makes the project's own folder importable, the data-science template's setup.py naming "src":
    # a pipeline's modules, run by its scripts, no package published for others to import)
    named = [m for m in _manifests(ctx) if m.get("name") and m["path"].count("/") == 0 and not tests_only and m.get("ecosystem") not in APP_BUILDS
             and str(m["name"]).strip().lower() not in PLACEHOLDER_PACKAGES
             and not (frozen and m["path"] == frozen[0]) and not unpackaged_pyproject(ctx, m)
             and (m.get("dependencies") or m.get("dev_dependencies") or ext_paths(PACKAGE_CODE.get(m.get("ecosystem"), CODE_EXT)))]
    # (nor a pyproject.toml with no build backend and no package folder, the dependencies of scripts run with `uv run`: s40 ff40)
    # (a named build that makes a container image is run, not imported: an sbt-docker worker, a Dockerfile beside the POM)
    shipped = bool(images) or any(n == "container" for n, _ in (ctx.fact("install_recipes") or {}).get("runtimes", []))
    # (an importable Python package, cartiflette/__init__.py beside its pyproject, is a library whatever image the repository builds
    # to test it or run a pipeline, unless that image's command runs the package)
    importable = importable_package(ctx, named, images) if named and shipped else None
    add("library", 3 if named and not (ui or api or html or scripts or (shipped and not importable)) else 0, [m["path"] for m in named], "named package")
    # (a Python package whose README shows it imported in code and never its command run, csv_detective's routine: a library whose
    # command is a side entry)
    used = imported_in_readme(ctx, _root_readme(ctx), _root_readme_path(ctx)) if scripts and named and not (ui or api or pages or html) else None
    add("library", 6 if used else 0, [used[0]] if used else [],
        f"package imported in the README's usage (l.{used[1]}: {used[2]}), its command a side entry" if used else "")
    # (and the reverse: a built package whose README's code blocks run its declared command and never import it, `sirs_import --upload`
    # after `pip install`: a command-line tool, its package folder the command's code, not a library — issue 12, s47 fa47)
    run_doc = command_in_readme(ctx, _root_readme(ctx), _root_readme_path(ctx)) if scripts_run and (named or built_py) and not used \
        and not (ui or api or pages or html) else None
    add("cli-tool", 3 if run_doc else 0, [run_doc[0]] if run_doc else [],
        f"command run in the README's usage (l.{run_doc[1]}: {run_doc[2]}), its package the command's code" if run_doc else "")
    # (a Python package kept in its folder with no manifest, pytargetplot/__init__.py, and a root script showing it in use, example.py
    # reading a sample table and printing its statistics: a library and its example, not the analysis the example runs)
    py_own = by_ext.get("py", [])
    shown = package_example(ctx.snapshot) if py_own and not (ui or api or pages or html or scripts or named or pipeline) else None
    add("library", 4 if shown else 0, [shown[1], shown[0]] if shown else [],
        f"Python package ({shown[1].rsplit('/', 1)[0]}) shown in use by its example script ({shown[0]})" if shown else "")
    # Python scripts reading and writing tables with pandas, geopandas… and no package of their own (no manifest naming one, no
    # __init__.py, no command): a data-processing or analysis project (a planning agency's extraction and indicator scripts)
    data, data_libs = data_scripts(ctx, py_own) if py_own and len(py_own) * 2 > n_code and not (ui or api or pages or scripts or named or pipeline or shown) \
        else ([], [])
    add("analysis", 4, data, "data-processing scripts (" + ", ".join(data_libs[:3]) + ")")
    # scripts a schedule runs (a crawler's add_data.py that "a daily cron" runs, a crontab's line, a workflow's schedule), no package
    # and no server: programs run without anyone, not a library to import (a data-processing pipeline stays an analysis)
    sched = scheduled_scripts(ctx, files, _root_readme(ctx)) if code and not (ui or api or pages or html or templates or named or rpkg or data) else []
    add("cli-tool", 5, sched, SCHEDULED)
    # or Python scripts at the root doing their work at their top level (connect, compute, write, close), no package and no main
    # guard: programs run by hand, not a library (a data-processing pipeline stays an analysis)
    by_hand = top_level_scripts(ctx, py_own) if py_own and not (ui or api or pages or html or templates or scripts or named or rpkg or data or sched
                                                                or course_ex) else []
    add("cli-tool", 4, by_hand, BY_HAND)
    # or programs filling the project's templates and printing each result to PDF, serving nothing: a document generator run as a command
    add("cli-tool", 5 if printers and not (ui or api or html or templates) else 0, printers, PDF_PRINTER)
    # or scripts a person runs from a shell, all the code and no package: Python files under a main guard, one run by a readme's
    # command (python3.6 …/virtualia/badge.py), shell scripts with their interpreter line (a park's admin toolbox, s42 fn42)
    by_shell = shell_run_scripts(ctx, py_own, shell) if py_own and not (ui or api or pages or html or templates or scripts or named or rpkg
                                                                        or data or sched or by_hand or course_ex or pipeline or shown) else []
    add("cli-tool", 4, by_shell, SHELL_RUN)
    # or shell scripts that download data and transform it (wget, then awk, jq, xsltproc…), most of the code: a data pipeline run by
    # hand or by a scheduler, not a library (decp-rama's process.sh and its get/fix/convert steps)
    add("cli-tool", 4 if len(shell) >= n_code and not (ui or api or pages or html or templates or named or rpkg or data or sched or by_hand
                                                       or scripts or powershell or course_ex or by_shell) else 0, pipe_scripts, SHELL_PIPELINE)
    # an Ant build at the root packaging the Java sources as jars, no web archive and no main class: a library a host loads
    ant = ctx.snapshot.read_text("build.xml", limit=256 * 1024) or "" if "java" in by_ext and "build.xml" in ctx.snapshot.files else ""
    jar_only = bool(re.search(r"<jar\b", ant)) and not re.search(r"<war\b|<ear\b|Main-Class", ant, re.I)
    add("library", 3 if jar_only and not (ui or api or html or java_web or scripts or shipped or named) else 0, ["build.xml"],
        "Java archive (jar) built by Ant")
    # QGIS projects beside an application the project runs (the QField skeletons a PHP application fills, a Dash application's
    # qgis/ folder) are that application's resources: they weigh 2, no GIS kit
    # (and so are its Processing models: they weigh nothing)
    if qgis and not plugin and scores["web-application"] + scores["api-service"] >= 5:
        scores["gis-kit"] -= 4 + min(len(qgis), 4) + (6 + min(len(models), 4) if models else 0)
    # (and a QGIS project beside notebooks that far outnumber it is where the analysis maps its results: the notebooks are the work)
    elif qgis and not plugin and scores["analysis"] >= 5 and len(notebooks) >= max(3, 2 * len(qgis)):
        scores["gis-kit"] -= 4 + min(len(qgis), 4)
    elif models and not plugin and scores["web-application"] + scores["api-service"] >= 5:
        scores["gis-kit"] -= 6 + min(len(models), 4)
    # nothing else decided, a few scripts or extensions beside documents that run a published container image no Dockerfile of the
    # repository builds (guides.md's "docker run … ghcr.io/open-webui/open-webui:main"): the deployment of a product built elsewhere
    kit_scripts = ext_paths({"sh", "bash", "ps1", "bat", "cmd"})
    documents = ext_paths({"md", "markdown", "rst", "adoc"})
    deployed_images = documented_images(ctx, files) if (code or kit_scripts) and not images and len(documents) >= len(code) \
        and not any(v > 0 for v in scores.values()) else []
    add("infrastructure", 4, [p for p, _, _ in deployed_images], "deployment of a container image built elsewhere ("
        + ", ".join(f"{i}, l.{n}" for _, n, i in deployed_images[:2]) + ")")
    # the dominant one, ties broken by a fixed order (what is most specific first)
    order = ("mobile-application", "desktop-application", "gis-kit", "web-application", "api-service", "data-model", "analysis", "data-specification", "infrastructure",
             "static-site", "cli-tool", "library")
    best = max(order, key=lambda k: (scores[k], -order.index(k)))
    # a tie between pages whose scripts draw a map and the data-processing scripts that feed it (index.html and map.js's
    # new maplibregl.Map, Python scripts exporting its GeoJSON): the published map is the project, its scripts the map's feed
    if best == "analysis" and drawn and scores["static-site"] == scores["analysis"]:
        best = "static-site"
        why[best].append({"path": drawn[0][0], "reason": f"map drawn by its scripts ({drawn[0][2]}, line {drawn[0][1]}), fed by the data-processing scripts"})
    decided = scores[best] > 0
    if not decided:
        if html:
            best = "static-site"
            why[best] = [{"path": p, "reason": "HTML page"} for p in html[:3]]
        elif not code and (data := [p for p in ext_paths({"csv", "geojson", "json"}) if not EDITOR_FOLDER.search(p)]):
            # (not an editor's or an AI assistant's settings and plugin manifests, .claude-plugin/plugin.json: the host tool's files)
            best = "data-specification"
            why[best] = [{"path": p, "reason": "data file"} for p in data[:3]]
        elif not code and (addons := [p for p in ext_paths({"json"}) if EDITOR_FOLDER.search(p) and "plugin" in p.lower()]):
            best = "library"  # (unknown: an assistant's plugins, manifests and prompt skills; the placeholder is never shown)
            why[best] = [{"path": p, "reason": ASSISTANT_ADDONS} for p in addons[:3]]
        elif course_ex:  # (a course kit: its documents and its exercises, no program others run; unknown, said so)
            best = "library"
            why[best] = [{"path": p, "reason": COURSE_KIT} for p in (course_docs[:2] + course_ex[:2])]
        elif code or (tool_code := [p for p in inv.paths("source") if inv.language(p) == "Crouzet Soft program"]):
            # (unknown: "library" is only the placeholder the report never shows, said as code of no recognised kind; a PLC's program
            # in its maker's binary format is code too, not documents: a street-lighting clock's .pcs beside its PDF manuals)
            best = "library"
            why[best] = [{"path": p, "reason": CODE_UNDECIDED} for p in (code or tool_code)[:3]]
        elif by_ext.get("md") or by_ext.get("pdf"):  # (documents only: a specification by its content, else unknown)
            said, evidence = documents_kind(ctx.snapshot, ext_paths({"md", "pdf"})[:50], _root_readme_path(ctx))
            best = said or "data-specification"  # (unknown: the placeholder, said as documents only)
            why[best] = evidence
        else:  # (unknown: settings, images; the placeholder is never shown)
            best = "library"
            why[best] = [{"path": e.path, "reason": NO_DECISIVE_FILE} for e in sorted(files, key=lambda e: e.path)[:3]]
    # a command-line tool, an analysis, a data model or a plain library that also starts a web server of its own (a CLI and a
    # bottle server sharing one code): that side is judged too (its API, its pages), the main kind still judges the rest
    also = []
    hosted = any(hosted_by(e.get("reason")) or str(e.get("reason", "")).startswith(("Django application", "component library", "library of interface"))
                 for e in why[best])
    # (a documentation's Sphinx templates, doc/_templates/footer.html, are no page the server renders)
    side = served_side(ctx, files, deps, any(not is_doc(p) for p in html + templates)) if decided and best in SERVING_SIDE_OF and not hosted else None
    if side and side[0] != best:
        also.append({"kind": side[0], "evidence": side[1]})
    # a tie of pages shipped with the scripts that won by the fixed order (an ETL's main.py beside the static deck.gl map it feeds,
    # index.html + src/script.js: static-site 4.0 = analysis 4.0): the pages are judged too, not dropped by the order
    for k in ("static-site", "web-application"):
        if decided and best in SERVING_SIDE_OF and k != best and scores[k] == scores[best] and not any(a["kind"] == k for a in also):
            also.append({"kind": k, "evidence": why.get(k, [])[:3]})
    # (and a data pipeline's pages, in a folder of templates one of its programs names, site/gabarits/ read by site/build_site.py: the
    # site it generates and publishes, judged for accessibility and eco-design too)
    if best == "analysis" and steps and scores["static-site"] > 0 and not any(a["kind"] == "static-site" for a in also) \
            and (builder := site_builder(ctx, steps, [e["path"] for e in why["static-site"]] + html)):
        also.append({"kind": "static-site", "evidence": [{"path": builder[1], "reason": f"page of the site {builder[0]} generates from its templates"}]
                     + [e for e in why["static-site"] if e["path"] != builder[1]][:2]})
    # a plugin declaring REST resources its host serves (a JCMS plugin's API for a mobile application): judged as an API too
    rest = plugin_rest_resources(ctx, host_plugin[0]) if host_plugin and best == "library" and host_plugin[0].endswith(".xml") else []
    if rest:
        also.append({"kind": "api-service", "evidence": [{"path": host_plugin[0], "reason": f"{len(rest)} REST resource(s) declared ({rest[0]}…)"}],
                     "checks": ["interoperability.api-spec"]})  # (its sign-in is the host's)
    # a Java library or module whose classes are JAX-RS resources (a Lutece module exposing a CKAN-compatible API): an API its host serves
    elif best == "library" and (jaxrs := jaxrs_resources(ctx, files)):
        also.append({"kind": "api-service", "evidence": [{"path": jaxrs[0], "reason": f"{len(jaxrs)} REST resource(s) declared in the code (JAX-RS)"}],
                     "checks": ["interoperability.api-spec"]})
    # a Drupal extension whose routes answer JSON (``_format: json`` in its *.routing.yml): an API Drupal serves for it (an
    # autocomplete callback answering a form of its own declares no such route)
    elif best == "library" and host_plugin and host_plugin[1] == "Drupal" and (drupal_json := _drupal_json_routes(ctx, files)):
        also.append({"kind": "api-service", "evidence": [{"path": drupal_json[0], "reason": f"{len(drupal_json)} route file(s) answering JSON"}],
                     "checks": ["interoperability.api-spec"]})
    elif best == "library" and host_plugin and host_plugin[1] == "TYPO3" and (typo3_json := _typo3_json_classes(ctx, files)):
        also.append({"kind": "api-service", "evidence": [{"path": typo3_json[0], "reason": f"{len(typo3_json)} TYPO3 class(es) answering JSON"}],
                     "checks": ["interoperability.api-spec"]})
    # a Python package declaring HTTP routes on a Flask blueprint or a FastAPI router (a GeoNature module), or a Django app whose views
    # answer JSON beside its urls.py (an open-data platform's store app): an API its host serves
    elif best == "library" and (routes := python_route_files(ctx, files)):
        also.append({"kind": "api-service", "evidence": [{"path": routes[0], "reason": f"{len(routes)} REST resource(s) declared in the code (Flask, FastAPI or Django routes)"}],
                     "checks": ["interoperability.api-spec"]})
    # a mobile application in a folder of a monorepo beside its own back end in another (an Expo app/ and an Express or Strapi api/):
    # that server is judged as an API too: its description (its sign-in is the application's, judged with the application)
    back = mobile_back_end(_manifests(ctx), {_app_root(p) for p, _ in mobile}) if best == "mobile-application" else None
    if back:
        also.append({"kind": "api-service", "evidence": [{"path": back[0], "reason": "back end of the mobile application (server framework "
                                                          + ", ".join(back[1][:3]) + ")"}], "checks": ["interoperability.api-spec"]})
    # a Symfony bundle whose controllers render its own Twig screens (a back office plugged into a host portal): its pages are judged
    # for accessibility and eco-design, the host's sign-in and API stay the host's
    if best == "library" and (screens := bundle_screens(ctx, files)):
        also.append({"kind": "web-application", "evidence": [{"path": screens[0], "reason": f"{len(screens)} screen(s) of the bundle (Twig)"}],
                     "checks": ["interoperability.accessibility-and-ecodesign"]})
    # a service's deployment committing the service's built web interface (its bundler's asset manifest naming index.html and the
    # bundle): the pages that deployment serves are judged too, their sign-in and accessibility (s38 fm38, a région's orgarif-deploy)
    if best == "infrastructure" and units and (front := built_front_end(ctx)):
        also.append({"kind": "web-application", "evidence": [{"path": front[0], "reason": f"built web interface deployed ({front[1]})"}]})
    return best, why[best][:6], {k: round(v, 1) for k, v in scores.items() if v > 0}, decided, also


def _root_readme_path(ctx) -> str | None:
    """The first README file at the root, in path order."""
    return next((p for p in sorted(ctx.snapshot.files) if "/" not in p and re.match(r"readme(\.\w+)?$", p, re.I)), None)


def _root_readme(ctx) -> str:
    """The root README's text (64 KB)."""
    path = _root_readme_path(ctx)
    return (ctx.snapshot.read_text(path, limit=64 * 1024) or "") if path else ""


def _python_imports(ctx) -> list[str]:
    from auditor.facts import FactError

    try:
        return list((ctx.fact("python_imports") or {}).get("third_party") or [])
    except FactError:
        return []


def _manifests(ctx) -> list[dict]:
    from auditor.facts import FactError

    try:
        return list(ctx.fact("manifests")["manifests"])
    except FactError:
        return []


def _own_first(hits: list[tuple]) -> list[tuple]:
    """Those of ``hits`` (path first) outside examples and demonstration folders (src/playground/source/pyproject.toml), when any."""
    own = [h for h in hits if not aside(h[0])]
    return own or hits


def _manifest_hits(ctx, names: list[str]) -> list[tuple[str, list[str]]]:
    """The manifests declaring any of ``names``, each with those it declares (sorted), in the manifests' order; those of examples and
    demonstrations only when no other declares them."""
    wanted = set(names)
    return _own_first([(m["path"], sorted(hit)) for m in _manifests(ctx) if (hit := wanted & {d.lower() for d in m.get("dependencies") or []})])


def _unimported(ctx) -> set[str]:
    """The packages a manifest declares that no code of the project names (``unimported_packages``; none when unknown)."""
    from auditor.facts import FactError

    try:
        value = ctx.fact("unimported_packages") or {}
    except FactError:
        return set()
    return set(value.get("pip") or []) | set(value.get("npm") or [])


def _manifest_paths(ctx, names: list[str]) -> list[tuple[str, str]]:
    wanted = set(names)
    out = []
    for m in _manifests(ctx):  # (names as all_dependencies gives them, lower case: "Flask==1.0.2" in a requirements.txt)
        hit = wanted & {d.lower() for d in m.get("dependencies") or []}
        if hit:
            out.append((m["path"], sorted(hit)[0]))
    return _own_first(out)


_PAGE_TEMPLATE = re.compile(r"\.(jsp|jspx|jspf)$|\.component\.html$|(^|/)(templates|Templates|layouts|Layouts|partials|Partials)/[^/]+(/[^/]+)*\.(html|twig|html\.ep|tt|hbs|mustache)$")


def _plugin_pages(ctx, evidence: list[dict]) -> list[str]:
    """The page templates a plugin of a host application ships (a JCMS module's JSPs, a TYPO3 extension's Fluid templates),
    or the theme a server's container image copies in (Mégalis's Lufi templates): the public pages it renders, which
    accessibility is judged on although the project is a library or a deployment. (A library of components or a design
    system renders no page of its own: the sites built with it are judged.)"""
    if not any(hosted_by(e.get("reason")) or str(e.get("reason", "")).startswith("container image of a server") for e in evidence):
        return []
    # (a SPIP plugin's squelettes are its .html files, in whatever folder: sommaire.html, inclure/, formulaires/, prive/)
    spip = any(e.get("reason") == "plugin of SPIP" for e in evidence)
    # (a WordPress theme, style.css "Theme Name:", is the site's presentation itself: its templates of WordPress's hierarchy at the
    # root, index.php, header.php, front-page.php, and its template-parts/ render every public page of a commune's site)
    theme = any(e.get("reason") == "theme of WordPress" for e in evidence)
    # (a WordPress plugin putting its output in the site's public pages: a shortcode, a block, scripts and styles for the visitors'
    # pages: a commune's events slider and map of places, a map of waste collection points)
    wp_plugin = not theme and any(e.get("reason") == "plugin of WordPress" for e in evidence)
    front = _wordpress_front(ctx) if wp_plugin else set()
    # (an Experience Builder widget's runtime component, src/runtime/widget.tsx, is the panel it shows in the builder's pages; its
    # setting/ panel is the builder's back office)
    exb = any(e.get("reason") == "plugin of ArcGIS Experience Builder" for e in evidence)
    return sorted(e.path for e in _own_files(ctx) if (_PAGE_TEMPLATE.search(e.path) or (spip and e.ext.lower() in ("html", "htm") and not is_doc(e.path))
                                                      or (theme and _theme_template(e.path)) or e.path in front
                                                      or (exb and _EXB_RUNTIME.search(e.path)))
                  and not is_test(e.path) and not _SAMPLE_PAGE.search(e.path))[:5]


# a generator's or an SDK's sample pages, in a folder of tutorials, examples or demos or in Java's reserved com/example package (the
# Alfresco SDK archetype's js/tutorials/widgets/templates/TemplateWidget.html, `${greeting}` only, and site-webscripts/com/example/pages/;
# issue 12, s37 fn37 = DevPAMGit/dossier-numerique-agent): no page the plugin renders for its users
_SAMPLE_PAGE = re.compile(r"(?:^|/)(?:tutorials?|samples?|examples?|exemples?|demos?|showcase)/|(?:^|/)com/example/")


_EXB_RUNTIME = re.compile(r"(?:^|/)src/runtime/[^/]+\.(?:tsx|jsx|ts|js)$")
_WP_FRONT = re.compile(r"""\badd_shortcode\s*\(|\bregister_block_type(?:_from_metadata)?\s*\(|\badd_action\s*\(\s*['"]wp_enqueue_scripts['"]""")


def _wordpress_front(ctx) -> set[str]:
    """The PHP files of a WordPress plugin that render in the site's public pages (a shortcode, a block, the visitors' scripts
    registered on wp_enqueue_scripts), among its first 200 own PHP files (64 KB each); an admin page's are not (admin_enqueue_scripts)."""
    php = [e.path for e in _own_files(ctx) if e.ext.lower() == "php" and not is_vendored(e.path)][:200]
    return {p for p in php if _WP_FRONT.search(ctx.snapshot.read_text(p, limit=65536) or "")}


def _theme_template(path: str) -> bool:
    """A WordPress theme's template: a PHP file at its root but functions.php (its setup), or in template-parts/."""
    return path.endswith(".php") and (("/" not in path and path != "functions.php") or path.startswith("template-parts/"))


_PAGE_SCRIPT_EXT = frozenset({"js", "mjs", "cjs", "ts", "jsx", "tsx", "html", "htm"})  # (a page's scripts, not a Python figure's)

@fact("project_kind", version=140, public=False)
def project_kind(ctx) -> dict:
    """The kind decided from the commit's files alone, and the project it is a copy of: cached with the commit, so that a warm
    audit (whose check results are reused, keyed by this kind) neither classifies 20,000 paths nor builds the inventory again."""
    kind, evidence, scores, decided, also = decide_kind(ctx)
    # the project the repository is a customised copy of (mviewer copied at the root with the region's add-on), shown at the top
    host = inventory_of(ctx).host_copy
    copy_of = {k: host[k] for k in ("name", "version", "repository", "path", "line", "own")} if host else None
    return {"kind": kind, "evidence": evidence, "scores": scores, "decided": decided, "pages": _plugin_pages(ctx, evidence), "also": also,
            "copy_of": copy_of}


@fact("project", version=36, cache="none")
def project(ctx) -> dict:
    decision = ctx.fact("project_kind")
    kind, evidence, scores, decided = decision["kind"], decision["evidence"], decision["scores"], decision["decided"]
    extra = getattr(ctx.config, "extra", None) or {}
    sponsor, source, said = None, None, None
    for key, src in (("sponsor_type", "option"), ("portfolio_sponsor_type", "portfolio")):
        value = normalise_sponsor(extra.get(key))
        if value:
            sponsor, source = value, src
            break
    if sponsor is None:  # declared by the project (.auditor.yml, or its portfolio entry's declarations)
        from auditor.facts import FactError

        try:
            decl = ctx.fact("declarations") or {}
        except FactError:
            decl = {}
        declared = (decl.get("declared") or {}).get("sponsor") or {}
        value = normalise_sponsor(declared.get("type")) if isinstance(declared, dict) else None
        if value:
            sponsor, source = value, "declarations"
            said = f"{decl.get('file') or 'portfolio'}: {declared.get('name') or declared.get('type')}"[:200]
    if sponsor is None:
        sponsor, said = _publiccode_sponsor(ctx)
        source = "publiccode.yml" if sponsor else None
    if sponsor is None:  # the forge account (or the forge's own host) of a listed public body: that body's repository
        from auditor.facts.sponsor_forge import forge_sponsor

        found = forge_sponsor(getattr(ctx, "target", None))
        if found:
            sponsor, said, source = found[0], found[1][:200], "forge-owner"
    copy_of = decision.get("copy_of")  # (stored with the kind: a warm audit builds no inventory for it)
    if copy_of is None:  # (or a fork: another project's whole history under a short tail of commits of its own, fork_history)
        from auditor.facts import FactError

        try:
            fork = ctx.fact("fork_history")
        except FactError:
            fork = None
        if fork:
            copy_of = {"name": fork["name"], "version": None, "repository": fork["repository"], "path": fork["path"], "line": fork["line"],
                       "own": [], "fork": {k: fork[k] for k in ("own_commits", "commits", "upstream_people", "own_people", "since")}}
    return {"kind": kind, "kind_decided": decided, "kind_evidence": evidence, "scores": scores,
            "sponsor_type": sponsor or "unknown", "sponsor_source": source, "sponsor_evidence": said,
            "plugin_pages": decision.get("pages") or [], "also_kinds": decision.get("also") or [], "copy_of": copy_of}
