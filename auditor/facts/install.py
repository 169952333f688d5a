"""How the project is installed, loaded and configured: the ``install_recipes``, ``load_instructions`` and ``env_settings`` facts.

Longer than 400 lines: the three facts share the install guides' and settings files' rules; the families of patterns live in their
own modules (settings_files, env_reads, env_names, env_schemas, install_commands), this one assembles them."""

from __future__ import annotations

import re

from auditor.facts import FactError, fact, kind_apps
from auditor.facts.kind_services import compose_by_content
from auditor.facts.agent_guides import agent_guide_steps, only_agent_guide
from auditor.facts.grails_settings import grails_external_settings
from auditor.facts.dotnet_settings import DOTNET_SETTINGS, appsettings_keys, dotnet_reads, dotnet_templates, uncommitted_files
from auditor.facts.rust_settings import rust_settings_files, uncommitted_rust_files
from auditor.facts.guide_content import not_guides
from auditor.facts.unwritten_installs import link_only_installs, unwritten_guides
from auditor.facts.part_templates import part_template_steps
from auditor.facts.readme_headings import own_sections
from auditor.facts.vendor_env_keys import implicit_vendor_keys
from auditor.facts.streamlit_secrets import streamlit_secret_reads, toml_keys_named
from auditor.facts.settings_chapters import empty_settings_chapter
from auditor.facts.install_commands import chapter_lines, tool_setup_chapter, command_pages, other_readme_installs, script_folder_guides, component_task_runner, content_pages_named_like_guides, first_command, is_recipe, linked_script_is_live, other_software_guides, site_install_pages
from auditor.facts.env_constants import constant_reads
from auditor.facts.env_reads import BARE_ENV as DOTENV, compose_wired, tool_option_env, unread_env
from auditor.facts.env_templates import build_output_template, makefile_settings
from auditor.facts.ignored_modules import absent_settings_modules, ignored_modules
from auditor.facts.machine_paths import machine_paths
from auditor.facts.settings_shapes import MAX_STORE_BYTES, overridden_defaults, placeholder_settings, settings_shaped, split_settings_code
from auditor.facts.web_templates import web_server_template
from auditor.facts.inventory import DOCKERFILE, COMMUNITY, LOCKFILES, component_dirs, MANIFESTS, inventory_of, linked_sql, is_config_template, is_doc, is_env_template, is_generated, is_test, is_vendored
from auditor.facts.manifests import published_npm_package, published_package_template
from auditor.facts.secret_values import release_stamp, settings_env, symfony_defaults_file
from auditor.facts.env_schemas import drop_build_machinery, nuxt_runtime_reads, schema_reads, script_set, template_keys
from auditor.facts.env_names import NOISE_VARS, settings_var as _settings_var
from auditor.facts.env_token import runtime_token_reads
from auditor.facts.ci_env import ci_defined
from auditor.facts.settings_sections import settings_section_docs
from auditor.facts.sourced_settings import sourced_settings_docs
from auditor.facts.cli_options import cli_options
from auditor.facts.system_properties import launch_named, system_properties
from auditor.facts.build_settings import android_build_settings, commented_defines, wordpress_constants
from auditor.facts.settings_objects import readme_settings_objects
from auditor.facts.settings_files import FRAMEWORK_SETTINGS, app_settings, code_free_settings, container_settings, copied_sources, host_settings, named_env_files, named_settings, program_settings, settings_files_read, settings_modules, sub_readme_names, header_names, POST, ci_file, only_placeholders, readme_edits_code, sql_connection_templates  # noqa: F401 (copied_sources re-exported)
from auditor.facts.entrypoint_scripts import entrypoint_scripts
from auditor.facts.shell_settings import ASSIGN_NAME as ENV_KEY_LINE, deployment_reads, set_by_script, shell_reads, sourced_settings
from auditor.facts.textscan import PER_FILE
from auditor.facts.install_guides import GUIDE_DOCUMENT, OFFICE_INSTALL_GUIDE, instruction_guides, notes_beside_scripts
from auditor.facts.office_text import MAX_DOCUMENT_BYTES, OFFICE_TEXT_EXT, office_text
from auditor.facts.doc_folders import served_content, web_dirs
from auditor.facts.doc_sites import doc_site_roots
from auditor.facts.site_builds import ci_copies_site, ci_publishes_site, site_builds
from auditor.lazyre import lazy_compile

# name, path rule, weight (the check's score; kept beside the rule it weighs)
RUNTIMES = (
    ("container", DOCKERFILE, 3),
    ("compose", lazy_compile(r"(^|/)(docker-)?compose([.-][^/]*)?\.ya?ml$", re.I), 2),
    ("devcontainer", lazy_compile(r"^\.devcontainer(/devcontainer\.json|\.json)$", re.I), 1),
    ("helm", lazy_compile(r"(^|/)Chart\.ya?ml$"), 2),
    ("kubernetes", lazy_compile(r"(^|/)(k8s|kubernetes|kube|manifests|kustomize)/.*\.ya?ml$|(^|/)kustomization\.ya?ml$", re.I), 2),
    ("ansible", lazy_compile(r"(^|/)(ansible\.cfg|playbook[\w-]*\.ya?ml|site\.ya?ml)$|(^|/)roles/[^/]+/tasks/main\.ya?ml$", re.I), 2),
    ("terraform", lazy_compile(r"\.tf$"), 2),
    ("nix", lazy_compile(r"^(flake\.nix|shell\.nix|default\.nix|devbox\.json)$"), 1),
    ("paas", lazy_compile(r"^(Procfile|scalingo\.json|app\.json|clever\.json|fly\.toml|render\.yaml|netlify\.toml|vercel\.json|\.platform\.app\.yaml|manifest\.ya?ml)$"), 1),
    ("task-runner", lazy_compile(r"^(Makefile|GNUmakefile|makefile|Justfile|justfile|Taskfile\.ya?ml|tasks\.py|noxfile\.py|tox\.ini|Rakefile|rakefile)$"), 2),
    # a package installed with pip (pip install ., pip install git+https://…): setup.py, or a pyproject.toml naming the project
    ("package", lazy_compile(r"^setup\.py$"), 2),
    # a build that packages the project (Maven, Gradle, Ant, a .NET solution), at the root or in the folder of one part
    # (and an iOS app's Xcode project or workspace, built and signed by Xcode or fastlane, as Gradle builds an Android app;
    # a C/C++ program's CMake or Meson build, cmake then make install, when it builds something: see install_commands.is_recipe)
    # (and a Qt program's qmake project, Observatoire_du_foncier_54.pro: qmake then make, or Qt Creator; see install_commands.is_recipe)
    # (and a Scala build, sbt's build.sbt: sbt run, sbt dist, as Maven's mvn package)
    # (and the manifests of languages whose package manager is their build: Rust's Cargo.toml, a workspace's root one included, built
    # by cargo build and installed by cargo install; Go's go.mod, go build and go install; a Ruby gem's .gemspec, gem build: issue 12,
    # s46 fg46, a Rust command-line tool's Cargo workspace read as "install tooling: none" while the advice asked to add Cargo.toml)
    ("build-tool", lazy_compile(r"^(?:[\w.-]+/)?(pom\.xml|build\.gradle(\.kts)?|build\.sbt|build\.xml|CMakeLists\.txt|meson\.build|[\w.-]+\.sln|[\w.-]+\.csproj"
                                r"|Cargo\.toml|go\.mod|[\w.-]+\.gemspec"
                                r"|[\w .-]+\.xcworkspace/contents\.xcworkspacedata|[\w .-]+\.xcodeproj/project\.pbxproj|[\w.-]+\.pro|[\w.-]+\.spec)$"), 2),
    # (and PyInstaller's spec, Horodatage.spec: Python calling Analysis(…), PYZ(…), EXE(…) to freeze the program into an executable,
    # a build recipe like a .pro; an RPM spec, Name: and %build, is the system's packaging below: see install_commands.is_recipe)
    # the packaging of an operating system (debian/control and rules, an RPM spec, Arch's PKGBUILD): installed with apt, dnf…
    ("system-package", lazy_compile(r"^(debian/(control|rules)|[\w.-]+\.spec|PKGBUILD)$"), 2),
    ("scripts", lazy_compile(r"^(scripts?|bin)/([a-z0-9]+[_-])?(setup|install|bootstrap|init|start|dev|run|deploy|server)(?![_-](?:git[_-]?)?hooks?(?![a-z])|[_-]pre[_-]?commit|[_-]husky)[\w.-]*$"  # (cg_deploy_jcms.sh; not install-hook.py: a git hook)
                             r"|^(setup|install|bootstrap|deploy|build)[\w-]*\.(sh|ps1|bat)$"  # (or at the root: deploy.sh, buildall.sh)
                             # or a Windows or shell installer in a kit's install folder (kit/install/install-git.bat, install/scripts/install-uv.ps1)
                             r"|^(?:[^/]+/){0,2}(?:install|installation|installer|setup)/(?:scripts?/)?(?:setup|install|bootstrap|deploy)[\w-]*\.(?:sh|ps1|bat|cmd)$"
                             # or an install script kept with the documentation (docs/Installation.sh, Stage/bdc/docs/install.sh: s44 fj44)
                             r"|^(?:[^/]+/){0,2}docs?/(?:setup|install|installation|bootstrap|deploy)[\w-]*\.(?:sh|ps1|bat|cmd)$", re.I), 1),
    ("vagrant", lazy_compile(r"^Vagrantfile$"), 2),
    # a CI job publishing the files as a site (GitHub or GitLab Pages): a static site's deployment recipe (the check keeps it for those)
    ("pages", lazy_compile(r"^(\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.yml)$"), 2),
)
# an sbt build enabling an application's plugin (Play's, sbt-native-packager's archetypes, its Docker plugin): it runs, it is not published
_SBT_APP = lazy_compile(r"\benablePlugins\s*\([^)]*\b(?:Play(?:Scala|Java|Minimal\w*|Service)|JavaAppPackaging|JavaServerAppPackaging|DockerPlugin)\b")
_LUTECE = lazy_compile(r"<packaging>\s*lutece-plugin\s*</packaging>")
_COMPOSER_PACKAGE = lazy_compile(r'"type"\s*:\s*"(?:library|[\w-]+-(?:bundle|module|plugin|theme|extension|component))"')
_COMPOSER_NAME = lazy_compile(r'"name"\s*:\s*"([\w.-]+/[\w.-]+)"')
_COMPOSER_TYPE = lazy_compile(r'"type"\s*:')


def _composer_package(ctx) -> bool:
    """composer.json makes the repository a Composer package: its own type says so, or it names no type (Composer's default is
    "library") and the README installs it by its name (a fire service's PSR-4 package: `composer require SDIS62/core-user`)."""
    text = ctx.snapshot.read_text("composer.json", limit=64 * 1024) or ""
    if _COMPOSER_PACKAGE.search(text):
        return True
    name = _COMPOSER_NAME.search(text)
    readme = ctx.fact("files").get("readme")
    if not name or _COMPOSER_TYPE.search(text) or not readme:
        return False
    return bool(re.search(r"composer\s+require\s+" + re.escape(name.group(1)) + r"(?![\w/-])", ctx.snapshot.read_text(readme, limit=256 * 1024) or "", re.I))


_GEM_RUNS = lazy_compile(r"""(?m)^[ \t]*gem[ \t]+["'](?:jekyll|github-pages|middleman|bridgetown|nanoc|rails|sinatra|hanami|roda)["']""")
_CORDOVA = lazy_compile(r"<widget\b[^>]*\bxmlns(?::cdv|:gap)?=\"http://(?:cordova\.apache\.org|phonegap\.com)/ns")
ROOT_SCRIPT = lazy_compile(r"^([a-z0-9]+[_-])?(setup|install|bootstrap|deploy)([_-][\w-]*)?(\.sh)?$", re.I)
RUNTIME_ORDER = [name for name, _, _ in RUNTIMES]
# a root shell, batch or PowerShell script pushing or deploying a Google Apps Script project with clasp (the project's deployment tool,
# developers.google.com/apps-script/guides/clasp): its install tooling, as deploy.sh (issue 12, s38 fo38); clasp open, login: none
_ROOT_SHELL = lazy_compile(r"\.(?:sh|bash|bat|cmd|ps1)$", re.I)
_CLASP_DEPLOY = lazy_compile(r"(?<![\w-])clasp(?:\.cmd)?[ \t]+(?:push|deploy)\b")
# build files whose plugin builds the container image (sbt-docker, sbt-native-packager, Jib, the Docker plugins of Maven and Gradle)
_IMAGE_PLUGIN = lazy_compile(r"sbt-docker|sbt-native-packager|jib-maven-plugin|dockerfile-maven-plugin|docker-maven-plugin|com\.google\.cloud\.tools\.jib|com\.bmuschko\.docker")
IMAGE_PLUGINS = tuple((p, _IMAGE_PLUGIN) for p in ("project/plugins.sbt", "build.sbt", "pom.xml", "build.gradle", "build.gradle.kts"))
PAGES_DEPLOY = lazy_compile(r"actions/deploy-pages@|actions/upload-pages-artifact@|peaceiris/actions-gh-pages@|JamesIves/github-pages-deploy-action@|"
                            r"^pages:\s*$", re.M)
CONFIGURE_STEP = lazy_compile(r"\b(edit (the|this|your) (file|config\w*)|replace \S+ with your|set (the|your) [\w -]{2,30} in |"
                            r"configur(e|ez|er|ation)\b|param[ée]tr(ez|er|age)\b|modifie[rz] (le|la|les) (fichier|param|variable|r[ée]glage))", re.I)
AGENT_FILES, TASK_RUNNER = ("AGENTS.md", "SKILL.md", "CLAUDE.md"), lazy_compile(r"^(Makefile|GNUmakefile|makefile|Justfile|justfile|Taskfile\.ya?ml)$")
GNU_INSTALL = ("INSTALL", "INSTALLATION")  # the GNU convention: a plain-text file without extension
INSTALL_DOC = lazy_compile(r"^(?!(?:.*/)?TypoScript/)(?:.*/)?(install|installation|setup|deploy|deployment|deploiement|déploiement|getting[-_]started|demarrage|démarrage|quickstart|developpement|development|hosting|hebergement|exploitation)[\w.-]*\.(md|rst|adoc|txt|apt)$"
                           r"|(?:^|/)[^/]*?(?<![^/ _-])prise[-_ ]en[-_ ]main\b[^/]*\.(?:md|rst|adoc|txt)$"
                           # (a manual or guide of them, titled so: "Manuel installation.adoc", "Guide d'installation.md", s27 q27 = m18 o1)
                           r"|(?:^|/)(?:manuel|guide|notice|proc[ée]dure)[ _-]+(?:d[e'’][ _-]*|du[ _-]+)?(?:installation|install|d[ée]ploiement"
                           r"|exploitation|h[ée]bergement)\b[^/]*\.(?:md|rst|adoc|txt)$", re.I)  # (a getting-started guide in French, titled so: "API - Prise en main.md")  # (a Maven site's src/site/apt/install.apt; not TYPO3's TypoScript/setup.txt)

LOAD_WORDS = lazy_compile(r"(\bpsql\b|pg_restore|ogr2ogr|shp2pgsql|raster2pgsql|sqlite3\b|\\i\s+\S+\.sql|\bCREATE EXTENSION\b|"
                        r"\bouvr(?:ir|ez)\s+(?:le\s+|la\s+|les\s+)?(?:projet|fichier|couche|style)|\bopen\s+(?:the\s+)?(?:project|file|layer|style)|"
                        r"\.qgz\b|\.qgs\b|\bcharg(?:er|ez)\s+(?:le|la|les)\s|\bload\s+(?:the\s+)?(?:style|layer|schema|script)|"
                        r"\bex[ée]cut(?:er|ez)\s+(?:le|les)\s+scripts?|\bscripts?\b[^.\n]{0,40}\b[àa] ex[ée]cuter|\bscripts? to (?:be )?run in (?:the )?(?:following )?order|\blan[cç](?:er|ez)\s+(?:le|les)\s+scripts?|\brun\s+the\s+scripts?|\bimport(?:er|ez)?\s+(?:le|la|les|the)\s+(?:sch[ée]ma|donn[ée]es|fichier|data|file)|"
                        r"gestionnaire (?:d['’]|des )extensions|plugin manager|g[ée]rer les extensions|manage and install plugins|(?<!\bune )(?<!\bun )(?<!\bcette )(?<!\ba )(?<!\ban )(?<!\bthis )(?:extension qgis|qgis plugin)|plugins\.qgis\.org|plugins\.xml\b|d[ée]p[ôo]t (?:officiel )?qgis|"
                        r"installer depuis un zip|install from zip|frictionless validate|validata|table ?schema|"
                        r"\bscript d['’]initialisation|\binitialis(?:er|ation) (?:de )?la base|\bcr[ée]ation\s+de\s+la\s+(?:structure|base)|"
                        # the steps of a schema's sub-folder README ("1. Créer les rôles 2. Créer les schémas … 4. Création des vues")
                        r"(?<![^\n])[ \t]*(?:\d+[.)]|[-*])[ \t]+(?:cr[ée]er|cr[ée]ez|cr[ée]ation (?:des|du|de la)|create)\s+(?:les |le |la |the )?(?:r[ôo]les?|sch[ée]mas?|tables?|vues?|views?|bases?|databases?)\b|"
                        r"\]\([^)\s]+\.(?:sql|qgs|qgz|qml|sld)\)|"
                        # a launcher to start ("Double-cliquez sur le fichier *import_communes_en_base.bat*", "run load_all.sh")
                        r"\bdouble[- ]?cli(?:qu(?:er|ez)|ck(?:ing)?)\s+(?:sur\s+|on\s+)?(?:le\s+fichier\s+|le\s+lanceur\s+|the\s+(?:file\s+|launcher\s+)?)?[*_`]?[\w.-]{1,80}\.(?:bat|cmd|sh|ps1)\b|"
                        r"\b(?:lan[cç](?:er|ez)|ex[ée]cut(?:er|ez)|run|launch)\s+(?:le\s+fichier\s+|le\s+lanceur\s+|the\s+(?:file\s+|launcher\s+)?)?[*_`]?[\w.-]{1,80}\.(?:bat|cmd|sh|ps1)\b|"
                        # an add-on copied into its host viewer and declared in its application (mviewer: <extension type="component" …/>)
                        r"\b(?:ajout|copi|d[ée]pos|plac)(?:er|ez)\s+(?:le|les|ce|ces)\s+(?:dossiers?|r[ée]pertoires?)\b|\b(?:copy|add|put|place)\s+(?:the|this)\s+(?:folder|directory)\b|"  # (and a QGIS plugin copied where QGIS finds its plugins: "Copy this directory in your plugin directory", "copier ce dossier dans le répertoire des extensions")
                        r"\b(?:in|into|to)\s+(?:your|the)\s+(?:qgis\s+)?plugins?\s+(?:folder|directory)\b|\bdans\s+(?:le|votre)\s+(?:dossier|r[ée]pertoire)\s+(?:des\s+)?(?:extensions|plugins)\b|<extension\s+type=|"
                        # (and Processing scripts and models copied where QGIS's Processing toolbox finds them: "copy files in
                        # C:\Users\%YOURUSERNAME%\.qgis2\processing\", ".../profiles/default/processing/scripts", or added from the
                        # toolbox: "Add script from file", "Ajouter un script depuis un fichier", "Open existing model")
                        r"\.qgis[23]?[\\/]+processing\b|\bprocessing[\\/]+(?:scripts|models|rscripts)\b|"
                        r"\badd\s+(?:a\s+)?script\s+(?:from\s+(?:a\s+)?file|to\s+(?:the\s+)?toolbox)\b|"
                        r"\bajout(?:er|ez)\s+(?:un|le|ce)\s+script\s+(?:depuis\s+un\s+fichier|[àa]\s+la\s+bo[iî]te)|"
                        r"\bopen\s+(?:an?\s+)?existing\s+model\b|\bouvrir\s+un\s+mod[eè]le\s+existant\b|"
                        # style files applied to the layers of a data standard ("Ils peuvent être directement appliqués sur les tables des
                        # prescriptions… des PLU au standard CNIG", "apply the styles to the layers")
                        r"\b(?:peu(?:ven)?t|doi(?:ven)?t)\s+[êe]tre\s+(?:directement\s+)?appliqu[ée]e?s?\s+(?:sur|[àa]|aux)\s|\bappliqu(?:er|ez)\s+(?:le|les|ce|ces)\s+(?:styles?|fichiers?\s+(?:de\s+)?style)|"
                        r"apply\s+(?:the|these)\s+(?:styles?|style\s+files?)\s+to\b)", re.I)
LOAD_DOC = lazy_compile(r"(^|/)([\w-]*[_-])?(install|installation|setup|deploy|deploiement|déploiement|getting[-_]started|demarrage|démarrage|quickstart|"
                      r"guide|manuel|manual|mode[-_]op[ée]ratoire|notice|tutori[ae]l|utilisation|usage|initiali[sz]ation|mise[-_]en[-_]place)"
                      r"[\w.-]*\.(md|markdown|mdown|mkd|rst|adoc|txt|pdf|odt|docx|html)$"  # doc_admin_initialisation_bd.md
                      # the README of one part (README_QFIELD_DOWNLOAD.md: prerequisites, the .env to fill, commands), and the guide kept
                      # as an office document at the root ("Automatisation des indicateurs SRADDET.pdf": which script to run), not one named
                      # as a study's report, its slides or a workplace booklet (Rapport_modelisation_H2S.pdf, Présentation_….pdf, doc_sécurité.pdf)
                      r"|(^|/)readme[_-][\w.-]+\.(md|markdown|mdown|rst|txt)$|^(?![^/]*(?:rapport|report|pr.{1,2}sentation|slides|diaporama|poster|"
                      r"m.{1,2}moire|th.{1,2}se|compte[-_ ]?rendu|s.{1,2}curit))[^/]+\.(pdf|odt|docx)$"
                      r"|(?:^|/)[^/]*?(?<![^/ _-])prise[-_ ]en[-_ ]main\b[^/]*\.(?:md|rst|adoc|txt|pdf|odt|docx|html)$", re.I)  # ("API - Prise en main.md")

ENVS_DIR = lazy_compile(r"^\.?envs/(\.?(local|dev|development|example|sample)/)?[^/]+$", re.I)
# a JSON of stylesheet variables, LESS's "@brand-primary" or Sass's "$primary" (Bootstrap 3's customizer export, config/config.json
# "vars": {"@gray-base": "#000", …}, beside an Express site, s29 e29): a theme's build settings, not the application's
STYLE_VARS = lazy_compile(r"""\A\s*\{\s*"vars"\s*:\s*\{\s*"[@$][\w-]+"\s*:""")
SETTINGS_DOCS = lazy_compile(r"(^|/)environments/environment[\w.-]*\.ts$|(^|/)META-INF/context\.xml$|(^|/)src/main/resources(?:-[\w]+)?/(application|default|bootstrap|config|configuration|settings)[\w-]*\.(properties|ya?ml)$|(^|/)(config|settings|parameters|local_settings|app|application|configuration)[\w.-]*\.(example|sample|dist|template|tpl)(\.\w+)?$|(^|/)values\.ya?ml$|(^|/)(parameters\.ya?ml\.dist)$|(^|/)(docs?|documentation)/[\w/-]*(config|configuration|settings|parametrage|variables)[\w-]*\.(md|rst|odt|docx|pdf)$"
                           # the application's own settings file, at the root or in a conf/ folder (a map viewer's config.json)
                           r"|^(?:(?:src/)?(?:conf|config)/)?(config|settings|configuration|parametres|parametrage)\.(json|ya?ml|ini|toml)$"
                           # a .NET application's settings (appsettings.json, overridden per environment and by environment variables;
                           # App.config's appSettings; not web.config, which a PHP site's IIS rewrite rules share: Drupal's)
                           r"|(^|/)appsettings(\.[\w-]+)?\.json$|(^|/)app\.config$"
                           # or in a configuration folder, in XML too (a PHP application's configuration/constante.xml)
                           r"|(^|/)(conf|config|configuration|parametrage)/(config|settings|configuration|parametres|parametrage|constantes?|parameters)\.(json|ya?ml|ini|toml|xml)$", re.I)
# (a class of setters and getters in a Configuration/ folder, its members null until set, is code: MediaManagerComponent's Configuration.php)
_CODE_DECLARATION = lazy_compile(r"^[ \t]*(?:(?:abstract|final|export|public)[ \t]+)*(?:class|interface|trait|def|function)[ \t]+\w+", re.M)
# a Tomcat context.xml sets the application only through its resources, parameters and environment entries (a JNDI DataSource,
# <Parameter name=…>); a one-element <Context> holding a session <Manager> is Tomcat's, no settings file (help-info-portlet, email-preview)
TOMCAT_SETTINGS = lazy_compile(r"<(Resource|Parameter|Environment|ResourceLink)\b")
ENV_KEY = lazy_compile(r"^[^\S\n]*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=", re.M)
TEXT_GUIDE_EXT = ("md", "markdown", "mdown", "mkd", "mkdn", "rst", "adoc", "txt", "html")
MAX_OFFICE_GUIDES = 3
MAX_CI_READ = 10
MAX_TEMPLATE_BYTES = 256 * 1024
# a template's key naming a server's address ("glpi_api_url": "url/api" in param.json, API_HOST= in .env.example); not one opening a
# section of settings (globalconfig.json's "WebServer": { "root_dir": …, "port": 8080 }, the local server's own settings, no address)
ADDRESS_KEY = lazy_compile(r"""^[^\S\n]*(?:export[^\S\n]+)?["']?([A-Za-z_][\w.-]{0,60}?(?:url|uri|host|hostname|server|endpoint))["']?[^\S\n]*[:=](?![^\S\n]*[{\[])""", re.I | re.M)


def _by_depth(paths) -> list[str]:
    return sorted(paths, key=lambda p: (p.count("/"), p))


def _readme(ctx) -> dict:
    try:
        return ctx.fact("readme") or {}
    except FactError:
        return {}


def _config_docs(ctx) -> list[str]:
    """The documents with a configuration chapter (the docs fact's), which reusability.configuration lists as settings documents."""
    try:
        return list((ctx.fact("docs") or {}).get("configuration") or [])
    except FactError:
        return []


@fact("install_recipes", version=74, public=False)
def install_recipes(ctx) -> dict:
    """``runtimes``: ``[name, first path]`` per kind of recipe found (containers, compose, Helm, task runners…, in the order of
    :data:`RUNTIMES`); ``site_builds``: ``[package.json, script, command]`` of the npm scripts running a static site generator's
    build (:func:`auditor.facts.site_builds.site_builds`); ``install_docs``: install documents; ``readme_command``: ``[line, command]`` of the README's first install command, or None."""
    copied = set(ctx.fact("copied_paths"))  # (a copied tool's own guide, apache-ant-1.7.1/INSTALL, installs that tool)
    files = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and not (is_vendored(e.path) or is_test(e.path)
             or is_generated(e.path) or e.path in copied)]
    found: list[list[str]] = []
    for name, rx, _ in RUNTIMES:
        hits = [p for p in _by_depth(e.path for e in files if rx.search(e.path))[:20] if is_recipe(ctx.snapshot, name, p)]  # (text, a FROM)
        if name == "pages":  # only the workflows that publish a site (a Pages job, or a site's build copied to a host: rsync, FTP, s42 fe42)
            # (or a plain-HTML site's folder, its index.html committed, copied to a host as it is: s43 ft43)
            paths = {e.path for e in files}
            hits = [p for p in hits[:20] if PAGES_DEPLOY.search(t := ctx.snapshot.read_text(p, limit=256 * 1024) or "") or ci_publishes_site(t)
                    or ci_copies_site(t, paths)]
        if hits:
            found.append([name, hits[0]])
    if all(n != "compose" for n, _ in found) and (composed := compose_by_content(ctx.snapshot, [e.path for e in files])):
        found.insert(next((i for i, (n, _) in enumerate(found) if RUNTIME_ORDER.index(n) > RUNTIME_ORDER.index("compose")), len(found)),
                     ["compose", composed[0]])  # (a compose file named its own way: scripts/temps_attente.yml's services and images)
    if all(n != "scripts" for n, _ in found):  # a script committed executable at the root, named for its job (osm_install, deploy-prod)
        run = sorted(e.path for e in files if e.kind == "executable" and "/" not in e.path and ROOT_SCRIPT.match(e.path))
        if run:
            found.insert(next((i for i, (n, _) in enumerate(found) if RUNTIME_ORDER.index(n) > RUNTIME_ORDER.index("scripts")), len(found)),
                         ["scripts", run[0]])
    if all(n != "scripts" for n, _ in found):  # a root script running Apps Script's deployment tool (clasp-helper.bat: clasp push, clasp deploy)
        run = [p for p in sorted(e.path for e in files if "/" not in e.path and _ROOT_SHELL.search(e.path))[:10]
               if _CLASP_DEPLOY.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
        if run:
            found.insert(next((i for i, (n, _) in enumerate(found) if RUNTIME_ORDER.index(n) > RUNTIME_ORDER.index("scripts")), len(found)),
                         ["scripts", run[0]])
    if all(n != "scripts" for n, _ in found):  # a systemd unit starting a committed script or artefact (orgarif.service → start.sh → java -jar)
        from auditor.facts.kind_programs import service_units

        if units := service_units(ctx, files):
            found.insert(next((i for i, (n, _) in enumerate(found) if RUNTIME_ORDER.index(n) > RUNTIME_ORDER.index("scripts")), len(found)),
                         ["scripts", units[0]])
    if all(n != "container" for n, _ in found):  # an image the build tool makes, without a Dockerfile (sbt docker, mvn jib:build)
        built = next((p for p, rx in IMAGE_PLUGINS if p in ctx.snapshot.files and rx.search(ctx.snapshot.read_text(p, limit=256 * 1024) or "")), None)
        if built:
            found.insert(0, ["container", built])
    if all(n != "package" for n, _ in found):
        # (a named sbt build is published as a library: sbt publish; an R package's DESCRIPTION naming it, R CMD INSTALL; an app's names none)
        # (an R package one folder down, packagempeb/DESCRIPTION, is installed all the same: devtools::install_github("owner/repo/packagempeb"))
        own = {e.path for e in files}
        # (not an sbt build enabling an application's plugin, Play's or the native packager's: an application sbt builds, run, not published)
        app_sbt = bool(_SBT_APP.search(ctx.snapshot.read_text("build.sbt", limit=256 * 1024) or "")) if "build.sbt" in ctx.snapshot.files else False
        named = [m["path"] for m in ctx.fact("manifests")["manifests"] if m.get("name") and (m["path"] in ("pyproject.toml", "setup.cfg", "DESCRIPTION")
                 or (m["path"] == "build.sbt" and not app_sbt)
                 or (m["path"].count("/") == 1 and m["path"].endswith("/DESCRIPTION") and m.get("ecosystem") == "r" and m["path"] in own))]
        named += ["package.json"] if published_npm_package(ctx.snapshot) else []
        named += [t] if (t := published_package_template(ctx.snapshot)) else []  # (package.json.template, the build's)
        # a Puppet module's metadata.json (installed by `puppet module install`), an Ansible role's meta/main.yml (ansible-galaxy)
        named += [p for p, marker in (("metadata.json", '"operatingsystem_support"'), ("meta/main.yml", "galaxy_info:"))
                  if p in ctx.snapshot.files and marker in (ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
        # a Composer package of its own type (`composer require sdis62/toolbox`: "type": "library", a bundle, a module, a plugin)
        named += ["composer.json"] if _composer_package(ctx) else []
        if named:
            found.append(["package", named[0]])
            found = [f for f in found if f != ["build-tool", named[0]]]  # (one build.sbt, one recipe: published as a package)
    # a Ruby site or application whose Gemfile, locked, declares what builds or runs it (a Jekyll site's `bundle install` then
    # `bundle exec jekyll build`; Middleman, Bridgetown, Rails, Sinatra): Bundler is its install tooling
    if all(n != "build-tool" for n, _ in found) and "Gemfile.lock" in ctx.snapshot.files and \
            _GEM_RUNS.search(ctx.snapshot.read_text("Gemfile", limit=64 * 1024) or ""):
        found.append(["build-tool", "Gemfile"])
    found += _doc_site_build(ctx, found)
    # a Cordova or PhoneGap application (config.xml's <widget>): built with `cordova build`, wherever its config.xml is (at the root,
    # in www/, or in the folder the application is kept in: Ville de X/config.xml)
    cordova = next((p for p in kind_apps.cordova_configs(ctx.snapshot) if _CORDOVA.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")), None)
    if all(n != "build-tool" for n, _ in found) and cordova:
        found.append(["build-tool", cordova])
    if all(n != "task-runner" for n, _ in found):  # the task runner of one component (backend/Makefile beside its pyproject.toml: make install)
        found += [["task-runner", p] for comps in [component_dirs(files)] for p in _by_depth(e.path for e in files if e.dir in comps and "/" not in e.dir and TASK_RUNNER.match(e.name) and not is_doc(e.path))[:1]]  # (not docs/Makefile: Sphinx's)
    # package scripts that start the service, or run the tool's own command-line programs (npm run cut → node ./src/cut.js): a task runner
    if (ctx.fact("root_configs")["package_json"]["run_scripts"] or kind_apps.npm_commands(ctx)) and all(n != "task-runner" for n, _ in found):
        found.append(["task-runner", "package.json"])
    if all(n != "task-runner" for n, _ in found) and (part := component_task_runner(ctx.snapshot, files)):  # (a module's, see there)
        found.append(["task-runner", part])
    readme_path = _readme(ctx).get("path")
    hit = first_command(ctx.snapshot.read_text(readme_path) or "") if readme_path else None
    # another README at the root giving the command the main one does not (a badge-only README.md beside README.txt's `mvn install:install-file`)
    other = [[p, *c] for p in sorted(e.path for e in files if "/" not in e.path and e.path != readme_path and COMMUNITY["readme"].match(e.path))[:3]
             if not hit and (c := first_command(ctx.snapshot.read_text(p, limit=256 * 1024) or ""))]
    # a Maven build packaging a plugin of its host (Lutece's <packaging>lutece-plugin</packaging>): installed into a site of that host
    host = "Lutece" if "pom.xml" in ctx.snapshot.files and _LUTECE.search(ctx.snapshot.read_text("pom.xml", limit=256 * 1024) or "") else None
    agents, webs = tuple(e.dir + "/" for e in files if e.dir and e.name in AGENT_FILES), web_dirs(files)  # (an AI agent's playbooks, workflows/deployment/SKILL.md: not the project's)
    guides = {e.path for e in files if (INSTALL_DOC.search(e.path) or e.name in GNU_INSTALL) and not e.path.startswith(agents)}
    # (and a plain text of numbered steps named as the instructions, a deliverables folder's instructions.txt: s46 ff46)
    guides |= instruction_guides(ctx.snapshot, [e.path for e in files if not e.path.startswith(agents)])
    # (and an installation guide kept as an office document, at most three folders deep: install/manuel_installation.pdf)
    guides |= {e.path for e in files if e.path.count("/") <= 3 and OFFICE_INSTALL_GUIDE.search(e.path) and not e.path.startswith(agents)
               and not served_content(e.path, webs)}  # (not what a site serves its visitors: assets/pdf/Affiche installation.pdf)
    guides -= content_pages_named_like_guides(ctx.snapshot, sorted(guides))  # (a site's content entry: a forestry business's card)
    guides -= not_guides(ctx.snapshot, sorted(p for p in guides if INSTALL_DOC.search(p.rsplit("/", 1)[-1])))  # (docs/Deployments.md: a list of instances)
    guides -= unwritten_guides(ctx.snapshot, sorted(guides))  # (a template's INSTALL.md left unfilled: "List the dependencies…")
    docs, pages = sorted(guides | set(site_install_pages(ctx.snapshot, [e.path for e in files]))), other[:1] + command_pages(ctx.snapshot, [e.path for e in files])
    installs = link_only_installs(ctx.snapshot, other_readme_installs(ctx.snapshot, files, readme_path, agents))  # (not "### Installation" over a link alone)
    # (a root README saying nothing of running the project, "# raster_process" alone: the README of its folder of scripts is its guide,
    # how the scripts are run their installation, the values to edit in them their settings)
    said = set(own_sections(_readme(ctx)))  # (what the README itself says)
    scripts_guide = script_folder_guides(ctx.snapshot, files, readme_path, agents) if not said & {"install", "usage", "deployment", "configuration"} \
        else {"usage": [], "configuration": []}
    installs += scripts_guide["usage"] if not installs and not said & {"install", "usage", "deployment"} else []
    # (no README nor any other guide: a coding assistant's CLAUDE.md is the only place its "## Démarrage" is written)
    agent = only_agent_guide(ctx.snapshot, readme_path, (docs, pages, installs))
    # (a static site generator's build an npm script runs, in the site's own package.json wherever its folder is: the check keeps it
    # for a static site, whose regeneration it is)
    builds = site_builds(ctx.snapshot, [e.path for e in files])
    return {"runtimes": found, "site_builds": builds, "install_docs": docs, "readme_command": list(hit) if hit else None, "command_pages": pages, "plugin_host": host,
            "other_software_guides": other_software_guides(ctx, files), "readme_installs": installs, "scripts_guide_settings": scripts_guide["configuration"],
            # (a part's README left as its framework's template, formations-client/README.md's `npm install`: generic steps, s41 fi41)
            "part_templates": part_template_steps(ctx.snapshot, files, readme_path, agents),
            "agent_guide": agent_guide_steps(ctx.snapshot, agent, None if ctx.snapshot.truncated else ctx.snapshot.files) if agent else None}


# a documentation generator's build command (Sphinx's, MkDocs')
_DOC_BUILD = lazy_compile(r"\bsphinx-(?:build|multiversion)\b|\bmkdocs[ \t]+(?:build|gh-deploy)\b|\bzensical[ \t]+build\b")


def _doc_site_build(ctx, found: list[list[str]]) -> list[list[str]]:
    """A documentation site (Sphinx's conf.py beside its index, MkDocs' pages) that a CI job builds (.travis.yml's `sphinx-build -b html
    source _build/html`, `mkdocs gh-deploy`) or Read the Docs publishes (.readthedocs.yaml): that job is its publication recipe
    ("pages": the check keeps it for a static site only); and the root requirements file naming only the generator and its theme
    (Sphinx, sphinx_rtd_theme), when it is the repository's only manifest, is its build tool."""
    if not doc_site_roots(ctx):
        return []
    out = []
    if all(n != "pages" for n, _ in found):
        rtd = [p for p in (".readthedocs.yaml", ".readthedocs.yml") if p in ctx.snapshot.files]
        ci = [p for _, p in (ctx.fact("ci_commands") or {}).get("ci", [])[:MAX_CI_READ] if _DOC_BUILD.search(ctx.snapshot.read_text(p, limit=256 * 1024) or "")]
        out += [["pages", (rtd + ci)[0]]] if rtd or ci else []
    manifests = ctx.fact("manifests")["manifests"]
    if all(n != "build-tool" for n, _ in found) and manifests and all(m.get("docs_build") for m in manifests):
        out += [["build-tool", p] for p in sorted(m["path"] for m in manifests if "/" not in m["path"])[:1]]
    return out


# Kinds that are not run but loaded: a data model into a database, a GIS kit into QGIS, a schema into a validator
LOAD_KINDS = ("data-model", "gis-kit", "data-specification")
_HEADING_LINE, _LINK = lazy_compile(r"[ \t]*(#{1,6}\s|=+\s*$)"), lazy_compile(r"\]\(([^)\s]+)\)$")


# A script at the root (or one folder down) that copies or moves a plugin's folder into a QGIS profile's plugins folder
# (install_delimitation_dpf.ps1's "Move-Item -Path .\delimitation_dpf\ -Destination $env:APPDATA\QGIS\…\python\plugins\"; a shell
# script's cp -r plugin ~/.local/share/QGIS/QGIS3/profiles/default/python/plugins/): the plugin's installation, written to be run
INSTALLER_EXT = ("ps1", "bat", "cmd", "sh")
_PLUGIN_COPY = lazy_compile(r"""^[^\S\n]*(?:Copy-Item|Move-Item|copy|xcopy|robocopy|move|cp|mv|rsync|ln)\b[^\n]{0,300}?python[\\/]+plugins\b""", re.I | re.M)


def _plugin_copy(snap, files) -> list[list]:
    out = []
    for e in sorted(files, key=lambda e: e.path):
        if e.path.count("/") <= 1 and e.ext.lower() in INSTALLER_EXT and e.size <= 64 * 1024:
            text = snap.read_text(e.path, limit=64 * 1024) or ""
            if m := _PLUGIN_COPY.search(text):
                out.append([e.path, text.count("\n", 0, m.start()) + 1, m.group(0).strip()[:80]])
    return out[:3]


# the project's type named in a description ("This is a simple QGis plugin to visualize…", "C'est une petite extension QGIS qui…"):
# a copula or a demonstrative, at most three words (simple, petite, small) before it — no step (issue 12, s39 fh39 = airpaca/qgis-plugin-admsurban-viewer)
_TYPE_NAMED = lazy_compile(r"(?:\bis|\best|\bc['’]est|\bthis|\bcette|\bce)\s+(?:(?:a|an|une?)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TYPE_WORDS = lazy_compile(r"^(?:extension qgis|qgis plugin)$", re.I)


# (or the type as the label of a tagline, first on its line before a colon or a dash: "QGIS plugin : Move lines on points by
# attribute", the line under the README's title; issue 12, s47 fe47 = sigmoe/Vertex2NodeByAtt)
_TYPE_LABEL = lazy_compile(r"^[ \t>*_`]*$")
_LABEL_END = lazy_compile(r"[*_`]*[ \t]*(?::|[-–—][ \t])")


def _names_the_type(text: str, m) -> bool:
    """The match is "QGIS plugin" / "extension QGIS" after a copula or a demonstrative and a few words on its line, or as a tagline's
    label: a description."""
    if not _TYPE_WORDS.match(m.group(0)):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()][-60:]
    return bool(_TYPE_NAMED.search(line)) or bool(_TYPE_LABEL.match(line) and _LABEL_END.match(text, m.end()))


@fact("load_instructions", version=29, public=False)
def load_instructions(ctx) -> dict:
    """For a data model, a GIS kit or a data specification: ``guides`` (install, usage or manual
    documents) and ``steps``: ``[path, line, words]`` where the README or a text guide says which
    scripts to run, which QGIS project or style to open, how to validate data."""
    live = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_generated(e.path)
            and inventory_of(ctx).category(e.path) != "vendored"]  # (nor a copy's README: mviewer1/'s, lib/leaflet.map.sync/'s)
    try:  # documents with a deployment or configuration chapter (an mviewer application's README)
        docs = ctx.fact("docs") or {}
        chapters = set(docs.get("deployment") or []) | set(docs.get("configuration") or [])
    except FactError:
        chapters = set()
    guides = sorted({e.path for e in live if LOAD_DOC.search(e.path) or GUIDE_DOCUMENT.search(e.path)} | chapters)  # (a hand-over note, A_LIRE_….docx)
    steps = []
    # (and the READMEs of the project's folders: 1_post_traitement/README.md lists its scripts in the order to run them)
    # (the first twenty by path: integration/Communes/README.md after doc/phenix/ and four other integration/ folders; and the notes kept
    # beside the scripts, named for their subject: maj_communes_nouveau_millesime_bdtopo.mdown, install_guides.notes_beside_scripts)
    sub_readmes = sorted(e.path for e in live if e.name.lower().startswith("readme.") and 1 <= e.path.count("/") <= 2)[:20]
    guides_read = [p for p in guides if p.rsplit(".", 1)[-1].lower() in TEXT_GUIDE_EXT][:5]
    # (and the guides written in Word or OpenDocument, their text read from the archive: the first three by depth)
    office = [p for p in _by_depth(guides) if p.rsplit(".", 1)[-1].lower() in OFFICE_TEXT_EXT][:MAX_OFFICE_GUIDES]
    notes = [p for p in notes_beside_scripts(live) if p not in guides_read and p not in sub_readmes]
    scripts = {e.name for e in live if e.name.rsplit(".", 1)[-1].lower() in ("sh", "bash", "bat", "cmd", "ps1")}
    exts = {e.ext.lower() for e in live}
    for path in [_readme(ctx).get("path")] + guides_read + sub_readmes + notes + office:
        text = (office_text(path, ctx.snapshot.read_bytes(path, limit=MAX_DOCUMENT_BYTES)) if path in office else ctx.snapshot.read_text(path)) if path else None
        # a step is said in the text: a heading names a subject ("# Equerre compensée - QGIS Plugin" installs nothing)
        # (a link to a script counts when the script is there with statements, not a to-do stub of comments)
        m = next((m for m in LOAD_WORDS.finditer(text or "") if not _HEADING_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
                  and not _unshipped_load(m.group(0), exts) and not _names_the_type(text, m)
                  and not ((link := _LINK.match(m.group(0))) and not linked_script_is_live(ctx.snapshot, path, link.group(1)))), None)
        if not m and path and text and (lk := linked_sql(inventory_of(ctx), path, text)) and linked_script_is_live(ctx.snapshot, path, lk.group(1)):
            m = lk  # (a link to a SQL script without .sql)
        if m:  # (an office document's paragraph is no line of the file: none said)
            steps.append([path, None if path in office else text.count("\n", 0, m.start()) + 1, m.group(0)[:80]])
        elif path and (hit := first_command(text or "")):  # an install command (`mvn install`, `psql -f`…) is a step too
            steps.append([path, None if path in office else hit[0], hit[1][:80]])
        elif path and path not in office and (run := next((r for r in _SCRIPT_RUN.finditer(text or "") if r.group(1) in scripts), None)):
            # (a script of the repository run by its name, `./init.sh -s 3946 -p $SERVICE` creating a model's views: s34 i34)
            steps.append([path, text.count("\n", 0, run.start()) + 1, run.group(0).strip()[:80]])
    steps += _plugin_copy(ctx.snapshot, live)
    return {"guides": guides, "steps": steps}


# "load the style(s)" or "load layers" is a step loading the kit only when the kit ships styles or layers: a plugin's README saying what
# the plugin does ("If you open a project, you may want to load styles in the project": a plugin syncing styles kept in PostGIS, no
# style file of its own) installs nothing (issue 12, s38 fn38 = PnGuadeloupe/db-style-manager)
_LOAD_OBJECT = lazy_compile(r"\bload\s+(?:the\s+)?(style|layer)", re.I)
_SHIPPED = {"style": {"qml", "sld", "lyr", "lyrx", "qlr", "qgs", "qgz", "mapcss", "mss", "xml"},
            "layer": {"qlr", "qgs", "qgz", "gpkg", "shp", "geojson", "json", "kml", "gml", "sqlite", "csv", "tif", "tiff", "sql"}}


def _unshipped_load(words: str, exts: set[str]) -> bool:
    """Whether ``words`` load a style or a layer though the repository has no file of that kind (see :data:`_LOAD_OBJECT`)."""
    m = _LOAD_OBJECT.match(words)
    return bool(m) and not (_SHIPPED[m.group(1).lower()] & exts)


# a shell script run by its path or through its shell, at a line's or a command span's start (`./init.sh -s 3946`, "sh load.sh")
_SCRIPT_RUN = lazy_compile(r"(?:^|(?<=[`$>\s]))(?:\./|(?:ba)?sh[ \t]+(?:\./)?)([\w.-]{1,80}\.(?:sh|bash|bat|cmd|ps1))\b[^`\n]{0,60}", re.M)


_GETENV_CALL = lazy_compile(r"System\.getenv\(\s*\"([A-Za-z][A-Za-z0-9_]{1,60})|(?<![\w.])(?:os\.)?(?:environ(?:\.get\(|\[)|getenv\()\s*['\"]([A-Za-z][A-Za-z0-9_-]{1,60})['\"]")  # (Kotlin's and Java's, any case: "formulaide_host")


def _var(excerpt: str) -> str | None:
    if call := _GETENV_CALL.search(excerpt):
        return call.group(1) or call.group(2)
    m = [excerpt] if re.fullmatch(r"[a-z]+[A-Z][\w.]{0,60}", excerpt) else re.findall(r"[A-Z][A-Z0-9_]{1,60}", excerpt)  # (giphyApiKey)
    return m[-1] if m else None


# the prefixes under which a front end's build tool hands variables to the code (create-react-app, Vite, Vue CLI, Next.js, Nuxt, Expo, Angular's
# @ngx-env): create-react-app.dev/docs/adding-custom-environment-variables, vite.dev/guide/env-and-mode (read 2025)
PUBLIC_PREFIXES = ("REACT_APP_", "VITE_", "VUE_APP_", "NEXT_PUBLIC_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "NG_APP_")
DEV_TOOL_FILES = {"Gemfile", "Rakefile", "Guardfile", "Vagrantfile", "Berksfile", "Dangerfile", "noxfile.py", "tasks.py", "fabfile.py", "mvnw", "mvnw.cmd", "MavenWrapperDownloader.java", "gradlew", "gradlew.bat"}


def _reads(scan: dict) -> list[list]:
    """The textscan hits of settings read from the environment (the code's reads, a settings file's ``${VAR}``)."""
    sig = scan["signals"]
    reads = [h + [sid] for sid in ("env.read", "env.read-helper", "env.read-alias") for h in sig.get(sid, []) if h[3] in ("code", "config", "template", "other")]
    reads += [h + ["env.placeholder"] for h in sig.get("env.placeholder", []) if h[3] in ("config", "other")
              and not ci_file(h[0])  # CI variables are not the service's settings
              # (nor an exported Grafana dashboard's data-source inputs, "${DS_INFLUXDB}" in its JSON: chosen when it is imported)
              and not (h[0].endswith(".json") and (_var(h[2]) or "").startswith("DS_"))]
    # the toolchain's own variables (a Puppet module's Gemfile: PUPPET_GEM_VERSION; mvnw's downloader: MVNW_USERNAME) set no deployment
    return [h for h in reads if h[0].rsplit("/", 1)[-1] not in DEV_TOOL_FILES]


# the documents' code: an R package's vignettes, a documentation folder, examples — what builds the docs or shows the library in use,
# the reads there are the author's or the using application's, not the library's own (reusability.configuration, s41 fr41)
DOC_BUILD_PATH = lazy_compile(r"^(?:[^/]+/)?(?:vignettes|docs?|examples?)/")


_HELPER_NAME = lazy_compile(r"[A-Za-z][\w.]{1,60}")


def _read_vars(scan: dict) -> list[list]:
    """``[variable, first textscan hit]`` for the settings the code reads from the environment (the first outside the documents' code,
    :data:`DOC_BUILD_PATH`, when there is one)."""
    out: dict[str, list] = {}
    for h in _reads(scan):
        # (a helper's hit is the name itself, a Java system property's dotted one too: httpclient.proxyHost, as the reads past the text
        # scan's cap take it — the count no longer depends on how many a file holds; issue 12, s48 lead = OPEN-ENT-NG/magneto)
        v = h[2] if h[4] == "env.read-helper" and _HELPER_NAME.fullmatch(h[2]) else _var(h[2])
        if _settings_var(v) and (v not in out or (DOC_BUILD_PATH.match(out[v][0]) and not DOC_BUILD_PATH.match(h[0]))):
            out[v] = h[:4]
    return [[v, h] for v, h in out.items()]


def _standard_vars(scan: dict) -> list[str]:
    """The variables of NOISE_VARS the code reads (PORT, NODE_ENV, HOME): read, but no setting of the project (env_names.standard_roles says what each is)."""
    return sorted({v for h in _reads(scan) if (v := _var(h[2])) and v in NOISE_VARS})[:10]


_PLACEHOLDER = lazy_compile(r"\$\{\??([A-Z][A-Z0-9_]{2,60})(?::-?[^}]*)?\}")


def _beyond_the_cap(snap, scan: dict, read_vars: list[list]) -> list[list]:
    """The reads of a file past the text scan's five hits per file: application.conf's sixteen ``${?RABBITMQ_…}``, a Rails
    config/secrets.yml's twenty ``<%= ENV["…"] %>``, a helper module testing then reading each of seven variables."""
    from auditor.facts.signal_registry import SIGNALS

    known = {v for v, _ in read_vars}
    per_file: dict[tuple[str, str], list] = {}
    for h in _reads(scan):
        per_file.setdefault((h[0], h[4]), []).append(h)
    out = []
    for (path, sid), hs in sorted(per_file.items()):
        if len(hs) < PER_FILE:
            continue
        text = snap.read_text(path, limit=MAX_TEMPLATE_BYTES) or ""
        sig = SIGNALS.get(sid)
        matches = _PLACEHOLDER.finditer(text) if sid == "env.placeholder" else \
            (m for m in (sig.regex.finditer(text) if sig else ()) if sig.accept is None or sig.accept(m))
        for i, m in enumerate(matches):
            if i >= 200:
                break
            v = m.group(1) if sid in ("env.placeholder", "env.read-helper") else _var(m.group(0)[:120])
            if (_settings_var(v) or server_tool_name(path, v, m.group(0))) and v not in known:  # (a server's BASE_URL past the cap)
                known.add(v)
                out.append([v, [path, text.count("\n", 0, m.start()) + 1, m.group(0)[:120], hs[0][3]]])
    return out


def _not_defined_here(snap, read_vars: list[list]) -> list[list]:
    """Drop a ``${VAR}`` that the same file defines (log4j.properties' ``APP_NAME=SIRH-EAE-WS`` then ``[${APP_NAME}]``, a
    Maven or Spring property used further down): a substitution inside the file, no setting read from the environment."""
    texts: dict[str, str] = {}
    out = []
    for v, h in read_vars:
        if h[2].startswith("${") and h[0].rsplit(".", 1)[-1].lower() in ("properties", "ini", "conf", "cfg", "env", "toml"):
            text = texts.setdefault(h[0], snap.read_text(h[0], limit=MAX_TEMPLATE_BYTES) or "")
            if re.search(rf"(?m)^[ \t]*{re.escape(v)}[ \t]*[=:]", text):
                continue
        if h[2].startswith("${") and h[0].rsplit(".", 1)[-1].lower() in ("yml", "yaml") and isinstance(h[1], int):
            # (a task runner's shell block that sets the variable on a line above the read — Taskfile.yml's
            # `RELEASE_VERSION="${RELEASE_TAG:-…}"` then `"${RELEASE_VERSION}-dev"` —: the script's own; `X="${X:-default}"` is a read)
            text = texts.setdefault(h[0], snap.read_text(h[0], limit=MAX_TEMPLATE_BYTES) or "")
            above = "\n".join(text.splitlines()[:max(h[1] - 1, 0)][-200:])
            if any(not re.search(rf"\${{?{re.escape(v)}\b", m.group(1)) for m in re.finditer(rf"(?m)^[ \t]*(?:export[ \t]+)?{re.escape(v)}=(.*)$", above)):
                continue
        out.append([v, h])
    return out


# The names a front-end tool sets for the code it builds (Vite's import.meta.env.BASE_URL, Vue CLI's process.env.BASE_URL, Create React
# App's process.env.PUBLIC_URL), with those tools: the same name read from process.env where none of them builds the code is the
# project's own setting (issue 12, s36 v36 = dtc-innovation/dataviz-finances-montreuil: `const {BASE_URL} = process.env`, inlined by
# Babel in a browserify bundle, the data's address the README's table documents and the build script takes from the deployer)
_TOOL_NAMES = {"BASE_URL": ("vite", "@vue/cli-service", "vuepress", "@vuepress/core", "astro", "@sveltejs/kit"),
               "PUBLIC_URL": ("react-scripts", "vite", "@vue/cli-service")}
# the files a front-end tool builds and hands those names to (issue 12, s42 fl42 = guillett/tarification-solidaire-strasbourg: a Flask
# server's BASE_URL = os.getenv("BASE_URL") for its OAuth redirect, beside a Next.js front: the server's own setting)
_FRONT_CODE = lazy_compile(r"\.(?:[cm]?[jt]sx?|vue|svelte|astro|html?)$", re.I)


def server_tool_name(path: str, name: str | None, excerpt: str) -> bool:
    """A name of :data:`_TOOL_NAMES` read by a server's code (``os.getenv("BASE_URL")`` in a Python file): the project's own setting."""
    return name in _TOOL_NAMES and not _FRONT_CODE.search(path) and bool(_GETENV_CALL.search(excerpt))


def own_tool_names(snap, scan: dict, known: set[str]) -> list[list]:
    """``[variable, hit]`` for each name of :data:`_TOOL_NAMES` the code reads from ``process.env`` (not ``import.meta.env``) while
    no package.json of the repository declares a tool that sets it, or that a server's code reads (``os.getenv("BASE_URL")``)."""
    from auditor import safejson

    hits = [h for h in _reads(scan) if h[4] == "env.read" and h[3] == "code" and _var(h[2]) in _TOOL_NAMES and _var(h[2]) not in known]
    if not hits:
        return []
    declared: set[str] = set()
    for p in sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "package.json" and not is_vendored(p))[:10]:
        try:
            data = safejson.loads(snap.read_text(p, limit=MAX_TEMPLATE_BYTES) or "{}") or {}
        except (ValueError, TypeError):
            continue
        for key in ("dependencies", "devDependencies", "peerDependencies"):
            declared |= set(data.get(key) or {}) if isinstance(data, dict) and isinstance(data.get(key), dict) else set()
    out: dict[str, list] = {}
    for h in hits:
        name = _var(h[2])
        if name in out:
            continue
        if server_tool_name(h[0], name, h[2]):  # (a server's read, Python's os.getenv("BASE_URL"): no front-end
            out[name] = h[:4]  # tool builds that code nor sets the name for it, whatever the repository's front end declares)
            continue
        if declared & set(_TOOL_NAMES[name]):
            continue
        lines = (snap.read_text(h[0], limit=MAX_TEMPLATE_BYTES) or "").split("\n")
        window = "\n".join(lines[max(h[1] - 1, 0):h[1] + 8]) if isinstance(h[1], int) else ""
        read = re.search(r"process\.env\b", h[2]) or (not h[2].startswith(("import.meta", "env.")) and re.search(
            r"\}\s*=\s*process\.env\b", window))
        if read and "import.meta.env" not in h[2]:
            out[name] = h[:4]
    return [[v, h] for v, h in sorted(out.items())]


# (not .dist: phpunit.xml.dist, phpcs.xml.dist configure a tool, not a deployment)
SETTINGS_SAMPLE = lazy_compile(r"(^|/)[\w.-]+\.(properties|ini|cfg|conf|toml|ya?ml|json|xml)[._-](example|sample|exemple|template|tpl)$"
                               r"|(^|/)[\w.-]+[._-](example|sample|exemple)\.properties$", re.I)
SETTINGS_FOLDERS = {"secret", "secrets", "config", "conf", "configuration", "settings", "parametres", "parametrage", "params"}


def step_code_files(snap, readme: dict, text: str) -> list[str]:
    """The project's code files named by the README's configuration step (a value put into a code constant of app.js), when that step
    is its configuration section; each matched by its path, or by its base name when one file of the tree has it."""
    from auditor.facts.readme_code_steps import CODE_CONSTANT_STEP, code_constant_files

    if not text or not any(d.get("name") == "configuration" and d.get("via") == "sentence" and CODE_CONSTANT_STEP.search(d.get("text") or "")
                           for d in readme.get("section_details") or []):
        return []
    files = snap.files
    out: list[str] = []
    for name in code_constant_files(text[:64 * 1024]):
        hits = [p for p in files if p == name.lstrip("./") or p.rsplit("/", 1)[-1] == name.rsplit("/", 1)[-1]]
        if len(hits) == 1 and hits[0] not in out:
            out.append(hits[0])
    return out


# A settings file holding no setting: empty, blank lines, or (a properties, YAML, INI or TOML file) comments alone — Spring Initializr's
# empty src/main/resources/application.properties left as generated documents nothing (issue 12, s46 fg46: a 1-byte file reported
# as the project's "settings file" while its client and controllers wrote http://localhost addresses)
_COMMENT_LINE = lazy_compile(r"^[ \t]*(?:[#;!].*)?$")
_COMMENTED_FORMATS = ("properties", "yml", "yaml", "ini", "cfg", "conf", "toml")


def _holds_nothing(snap, e) -> bool:
    """The file ``e`` (4 KB at most: a larger one holds something) states no setting (see above)."""
    if e.size > 4096:
        return False
    text = snap.read_text(e.path, limit=4096)
    if text is None:
        return False  # (unread: told by its name, as before)
    if e.name.rsplit(".", 1)[-1].lower() in _COMMENTED_FORMATS:
        return all(_COMMENT_LINE.match(line) for line in text.splitlines())
    return not text.strip()


@fact("env_settings", version=159, public=False)
def env_settings(ctx) -> dict:
    """``read_vars``: ``[variable, hit]`` read from the environment by the code; ``templates``
    (.env.example, a placeholder-only .env, Symfony's committed .env…) and ``settings_docs``;
    ``documented``: the variables a template or the README names; ``readme_text``: a README was read."""
    scan = ctx.fact("textscan")
    if scan is None:
        raise FactError("textscan unavailable")
    snap = ctx.snapshot
    inv = inventory_of(ctx)  # (a WordPress or a library copied whole carries its own settings files: not the project's)
    entries = [e for e in snap.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path) and inv.category(e.path) != "vendored"]
    read_vars = _read_vars(scan)
    read_vars += runtime_token_reads(snap, _reads(scan), _var, {v for v, _ in read_vars})  # (GITHUB_TOKEN read by a server route, no workflow handing it)
    read_vars += own_tool_names(snap, scan, {v for v, _ in read_vars})  # (BASE_URL from process.env in a browserify front end)
    read_vars = drop_build_machinery(snap, _not_defined_here(snap, read_vars + _beyond_the_cap(snap, scan, read_vars)))  # (no CI or buildpack variable)
    read_vars = set_by_script(snap, read_vars)  # (a heredoc's node program reading the ROOT its shell script sets)
    read_vars += [r for r in constant_reads(snap, scan) if _settings_var(r[0]) and r[0] not in {v for v, _ in read_vars}][:10]  # (getenv(apiKEYname))
    from_shell, documented = shell_reads(snap, entries, _settings_var, entrypoint_scripts(snap, entries))  # (a container's start scripts: s40 ff40)
    deployed = deployment_reads(snap, entries)
    read_vars += [r for r in drop_build_machinery(snap, from_shell) if r[0] not in {v for v, _ in read_vars}]
    fields: set[str] = set()  # (a pydantic settings class's fields, read whatever their case)
    read_vars += schema_reads(snap, entries, _settings_var, {v for v, _ in read_vars}, documented, fields)  # (z.object({…}).parse(process.env), a BaseSettings class)
    read_vars += nuxt_runtime_reads(snap, entries, _settings_var, {v for v, _ in read_vars})  # (nuxt.config's runtimeConfig: NUXT_<KEY>)
    read_vars += implicit_vendor_keys(snap, [e for e in entries if not is_test(e.path)], {v for v, _ in read_vars})  # (OpenAIGenerator() reads OPENAI_API_KEY)
    st_secrets = streamlit_secret_reads(snap, [e for e in entries if not is_test(e.path)], {v for v, _ in read_vars})  # (st.secrets["GROQ_API_KEY"])
    read_vars += st_secrets
    wp_constants = wordpress_constants(snap, entries, _settings_var, {v for v, _ in read_vars})  # (a plugin's constants set in wp-config.php)
    read_vars += wp_constants
    documented |= commented_defines(snap, entries, {v for v, _ in wp_constants})  # (its define() lines shipped commented out, to fill in)
    dotnet = dotnet_reads(snap, entries)  # (a C# or VB program's Environment.GetEnvironmentVariable, AppSettings["X"], xmlDoc.Load(@"C:\…xml"))
    read_vars += [r for r in dotnet["env"] if _settings_var(r[0]) and r[0] not in {v for v, _ in read_vars}]
    read_vars, scripted = script_set(snap, read_vars + android_build_settings(snap, entries, _settings_var, {v for v, _ in read_vars}))  # (local.properties' MAPS_API_KEY; less the build's own constants)
    read_vars = [r for r in read_vars if not release_stamp(r[0])]  # (VUE_APP_VERSION shown by the app: the release's stamp, no setting to give)
    read_vars = ci_defined(snap, read_vars)  # (an OpenShift template's ${CALQUL_ACTION} that .gitlab-ci.yml's job variables fill)
    templates = _by_depth(e.path for e in entries if is_env_template(e.path) or ENVS_DIR.search(e.path))
    # a committed .env whose secrets are placeholders (KEY=, KEY=changeme, KEY=<token>) beside plain defaults is a template too
    # (so are a build tool's committed mode files and schema, .env.production / .env.schema of a Vite app; not a .env naming only
    # Docker Compose's own variables, COMPOSE_PROJECT_NAME: no setting of the project; nor one nothing reads, env_reads: a leftover)
    unread = sorted(unread_env(ctx) & {e.path for e in entries})
    tool_env = tool_option_env(ctx)  # (create-react-app's BROWSER=none, PORT=3300: the development server's own options)
    templates += _by_depth(e.path for e in entries if DOTENV.match(e.name) and e.path not in templates and e.path not in unread and e.path not in tool_env
                           and settings_env(snap.read_text(e.path, limit=MAX_TEMPLATE_BYTES) or "", symfony_defaults_file(snap, e.path)))
    templates += [p for p in named_env_files(snap, entries) if p not in templates]  # (configure_data/config.env, sys.env: KEY=value to fill)
    settings_docs = _by_depth(e.path for e in entries if (SETTINGS_DOCS.search(e.path) or FRAMEWORK_SETTINGS.search(e.path)) and not POST.search(e.path)  # (not an article)
                              and not (e.name == "context.xml" and not TOMCAT_SETTINGS.search(snap.read_text(e.path, limit=64 * 1024) or ""))
                              and not (e.name.endswith(".json") and STYLE_VARS.search(snap.read_text(e.path, limit=256 * 1024) or ""))
                              and not _holds_nothing(snap, e))
    # an installation guide that says which file to edit and what to put in it ("edit the file res/layout/map.xml and replace
    # \"xxx\" with your api-key") documents the settings (the first ten guides, 64 KB each)
    guides = _by_depth(e.path for e in entries if INSTALL_DOC.search(e.path) or e.name in GNU_INSTALL)[:10]
    settings_docs += [p for p in guides if p not in settings_docs and CONFIGURE_STEP.search(snap.read_text(p, limit=64 * 1024) or "")]
    # a coding assistant's guide that is the repository's only guide documents the settings it names ("chemin surchargeable par SMMAG_ANNEXES")
    settings_docs += [g["path"] for g in [ctx.fact("install_recipes").get("agent_guide")] if g and g["path"] not in settings_docs]
    # the README of a folder of scripts telling which values to edit in them, when the root README says nothing of it (raste_process)
    settings_docs += [p for p in ctx.fact("install_recipes").get("scripts_guide_settings") or [] if p not in settings_docs]
    # an R program sourcing a git-ignored settings file whose content its comments give as an example (app.R's credentials.R)
    settings_docs += [p for p in sourced_settings_docs(snap, entries) if p not in settings_docs]
    # a project document listing the deployment's settings (a "Secrets requis" section, a fenced KEY = value block to paste)
    settings_docs += [p for p in settings_section_docs(snap, entries) if p not in settings_docs]
    # a Spring Boot application's @ConfigurationProperties classes declare its settings (esidoc-api's EsidocProperties, prefix "esidoc")
    settings_docs += list(dict.fromkeys(h[0] for h in scan["signals"].get("config.spring-properties", []) if not is_test(h[0]) and h[0] not in settings_docs))[:5]
    # a settings file shipped as a sample to copy (settings.ini.sample, config.py.example, config/options.rb.sample) is a template too
    templates += [p for p in settings_docs if is_config_template(p) and p not in templates]
    templates += _by_depth(e.path for e in entries if is_config_template(e.path) and e.path not in templates and not build_output_template(snap, e.path))[:5]
    # a settings file of any name shipped as a sample beside the code (esco-dynamic-groups.properties.example, hibernate.cfg.xml.example)
    templates += _by_depth(e.path for e in entries if SETTINGS_SAMPLE.search(e.path) and not is_test(e.path) and e.path not in templates)[:5]
    # so is a small settings file in a settings folder whose values are all placeholders (secret/signalement.php: "host=HOST dbname=DBNAME")
    templates += [e.path for e in sorted(entries, key=lambda e: e.path) if e.path not in templates and e.size <= 4096
                  and e.ext in ("php", "py", "js", "ini", "conf", "cfg", "yml", "yaml", "json", "properties")
                  and {s.lower() for s in e.path.split("/")[:-1]} & SETTINGS_FOLDERS
                  and only_placeholders(text := snap.read_text(e.path, limit=4096) or "") and not _CODE_DECLARATION.search(text)][:5]
    # the files a container recipe hands to the service; a program's settings file named after it (kjing/kjing.conf, DASSDeces.properties)
    own_code = any(inv.category(e.path) == "source" for e in entries)
    templates += [p for p in dict.fromkeys(container_settings(snap, entries, own_code) + program_settings(entries, lambda p: snap.read_text(p, limit=256 * 1024))) if p not in templates]
    sourced = [p for p in sourced_settings(snap, entries) if p not in templates]  # (config.sh, sourced by each step of a shell pipeline)
    templates += sourced
    templates += [p for p in sql_connection_templates(snap, entries) if p not in templates]  # (CREATE SERVER … OPTIONS (host 'XX.XX.XX.XX'))
    # a Pyramid application's PasteDeploy settings (development.ini, production.ini: [app:main] with sqlalchemy.url), adapted by each deployment
    templates += [e.path for e in sorted(entries, key=lambda e: e.path) if e.ext == "ini" and "/" not in e.path and e.path not in templates
                  and "[app:main]" in (snap.read_text(e.path, limit=MAX_TEMPLATE_BYTES) or "")][:3]
    templates += [p for p in settings_files_read(scan, entries) if p not in templates][:5]
    templates += [p for p in dotnet_templates(snap, entries, dotnet) if p not in templates]  # (appsettings.json, App.config beside a .csproj)
    templates += [p for p in grails_external_settings(snap, entries) if p not in templates]  # (a Grails app's grails.config.locations file)
    templates += [p for p in settings_modules(snap, entries) if p not in templates]  # (a static page's js/config.js)
    # (or, whatever its name, a module exporting a config object that the README names as where the settings live: src/data/site.js)
    first_readme = _readme(ctx).get("path")
    templates += [p for p in readme_settings_objects(snap, entries, (snap.read_text(first_readme, limit=64 * 1024) or "") if first_readme else "")
                  if p not in templates]
    # a settings file the README or a guide names where it speaks of configuring ("take example on config.properties"), which
    # the project's code reads (a repository of settings and no code lists them as such)
    readme_path, inv = _readme(ctx).get("path"), inventory_of(ctx)
    if own_code:
        # (the guides and settings documents in prose: not a settings file's comment naming the XML that uses it, email-preview's
        # configuration.properties "[used only on casContext.xml - see it for advanced configurations]")
        prose = [d for d in settings_docs if d.rsplit(".", 1)[-1].lower() in ("md", "markdown", "rst", "txt", "adoc")]
        templates += [p for p in named_settings(snap, entries, ([readme_path] if readme_path else []) + prose + guides) if p not in templates]
    # a host platform's plugin declaring its settings the host's way (Moodle's settings.php, a Drupal module's config/install)
    host, apps = host_settings(snap, entries), app_settings(snap, entries)  # (and an Android app's res/values, Apache's SetEnv lines)
    templates += [p for p, _ in host if p not in templates] + [a["path"] for a in apps if a["template"] and a["path"] not in templates]
    settings_docs += [a["path"] for a in apps if not a["template"] and a["path"] not in settings_docs]
    # a Makefile exporting the run's settings with their defaults, overridden from a file it includes (`include ./artifacts`)
    if made := makefile_settings(snap, entries):
        templates += [made[0]] if made[0] not in templates else []
        documented |= set(made[1])
    # Symfony's convention: a committed .env holds the defaults, .env.local the real values (at the root, or in the application's
    # own folder beside its composer.json: a Symfony app kept in a sub-folder of the repository)
    templates += _by_depth(e.path for e in entries if e.name == ".env" and e.path not in templates and e.path not in unread
                           and symfony_defaults_file(snap, e.path))
    templates = [p for w, p in sorted(((web_server_template(snap, p), p) for p in templates), key=lambda wp: wp[0] == "filled") if w != "fixed"]  # (a web server's: with ${VAR} only, last)
    # the files fact's env_template leads: the template the report names is the one the check names (a Symfony application's .env of
    # defaults, not the PHP-FPM pool file its container copies)
    env_template = (ctx.fact("files") or {}).get("env_template")
    if env_template and any(e.path == env_template for e in entries):
        templates = [env_template] + [p for p in templates if p != env_template]
    # an empty file names no setting: no template, whatever its name or the compose file that hands it over (s22 b1, WS25-Atlas's
    # 0-byte .env given by env_file); said apart, not as an unread .env
    empty = [p for p in dict.fromkeys(templates + unread) if p in snap.files and snap.files[p].size <= 4096
             and not (snap.read_text(p, limit=4096) or "").strip()]
    templates, unread = [p for p in templates if p not in empty], [p for p in unread if p not in empty]
    names = {v for v, _ in read_vars}
    # (and the documents with a configuration chapter that the check shows as the settings' documentation: ENV.md's tables of
    # variables, docs/dat.md's "niveaux configurables via `LOGGING_LEVEL`", s27 d27 = s26 m17-o4, a State service's Django app)
    chapters = [d for d in _config_docs(ctx) if d not in templates and d not in settings_docs and d in snap.files]
    # (every template, to a hundred: an infrastructure repository ships one .env.sample per service, sixty-five of them)
    address_keys: list[list] = []
    for p in templates[:100] + ([d for d in settings_docs if d not in templates] + chapters)[:20]:
        text = snap.read_text(p, limit=MAX_TEMPLATE_BYTES) or ""
        address_keys += [[p, k] for k in dict.fromkeys(ADDRESS_KEY.findall(text))][:5] if p in templates and len(address_keys) < 10 else []
        documented |= (set(ENV_KEY.findall(text)) | template_keys(text, fields)) if p in templates else set()
        # a variable a template or a settings document names, even in a comment (# ATLAS_SETTINGS: path of…)
        documented |= {v for v in names if re.search(rf"(?<![A-Za-z0-9_]){re.escape(v)}(?![A-Za-z0-9_])", text)}
        documented |= toml_keys_named(names, text) if p in templates else set()  # (Streamlit's [myliaq] api_key = …: myliaq.api_key)
        # (an ASP.NET Core appsettings.json holding ConnectionStrings:Default documents ConnectionStrings__Default — s43 fj43)
        documented |= appsettings_keys(text, names) if p in templates and DOTNET_SETTINGS.match(p.rsplit("/", 1)[-1]) and p.endswith(".json") else set()
    documented |= compose_wired(snap, entries, names, documented, MAX_TEMPLATE_BYTES)
    # (a name read through the project's helper, getEnvVar('PEARL_API_URL'), that a front end's build tool hands the code only under its
    # public prefix: the template's REACT_APP_PEARL_API_URL is that setting; issue 12, s40 fe40 = InseeFrLab/Mapex)
    helped = {v for h in scan["signals"].get("env.read-helper", []) if (v := _var(h[2]))}
    documented |= {v for v in names & helped if any(p + v in documented for p in PUBLIC_PREFIXES)}
    readme = _readme(ctx)
    readme_text = snap.read_text(readme["path"]) if readme.get("path") else ""
    documented |= ({v for v, _ in read_vars if v in readme_text} if readme_text else set()) | sub_readme_names(snap, entries, read_vars) \
        | header_names(snap, read_vars)  # (and the header of the script reading them: site/publier.py's docstring)
    # (a Java program's JVM system properties, System.getProperty("httpclient.proxyHost"): given at launch with -D, documented where a
    # launch file passes them — a Dockerfile's JAVA_OPTS, a start script; issue 12, s48 lead = OPEN-ENT-NG/magneto)
    props = system_properties(snap, read_vars)
    documented |= launch_named(snap, [e.path for e in entries if e.kind in ("file", "executable")], [p for p in props if p not in documented])
    code_settings, stores = split_settings_code(entries, inv.category, lambda p: snap.read_text(p, limit=MAX_STORE_BYTES))
    # (nor the build file shipped in a copied library's folder, includes/slick/config.rb beside slick.js and slick.min.js: Compass's
    # settings of the Slick carousel's own stylesheets, s29 e29)
    libs = {d for d, _, n in (p.rpartition("/") for p in inv.paths("vendored")) if d and n.split(".", 1)[0].lower() == d.rsplit("/", 1)[-1].lower()}
    code_settings = [p for p in code_settings if p.rpartition("/")[0] not in libs]
    ignored_rows = ignored_modules(snap, entries)  # (config.py imported and git-ignored)
    return {"read_vars": read_vars, "templates": templates, "settings_docs": settings_docs,
            "system_properties": props,  # (of read_vars: JVM system properties, System.getProperty, set with -D at launch)
            "streamlit_secrets": sorted(v for v, _ in st_secrets),  # (of read_vars: keys of Streamlit's secrets store, .streamlit/secrets.toml)
            "wp_constants": sorted(v for v, _ in wp_constants),  # (of read_vars: constants each site defines, no environment read)
            "documented": sorted(documented | {n for a in apps for n in a["names"]}),
            "readme_text": bool(readme_text), "host_settings": host, "address_keys": address_keys,  # (a server's address a template sets)
            # (the code files the README's configuration chapters say to edit, naming no settings file: flux's sketch.js, s35 w35)
            "readme_code_edits": readme_edits_code(snap, readme, [d["line"] for d in readme.get("section_details") or []
                                                                  if d.get("name") == "configuration" and d.get("via") == "heading" and d.get("line")])
            # (or the code file a step names, "Mettez l'URL dans `API_URL` dans `app.js`", when that step is the configuration
            # section: s40 fk40)
            or step_code_files(snap, readme, readme_text),
            # (the README's configuration chapters that only set up the developer's workstation, "## Configuration initiale" over
            # `npm install -g @google/clasp`, `clasp login`, `git remote add`: their lines; no setting of the project is described there)
            "tool_setup_chapters": [d["line"] for d in readme.get("section_details") or [] if d.get("name") == "configuration" and d.get("via") == "heading"
                                    and readme_text and tool_setup_chapter(chapter_lines(readme_text, readme.get("headings") or [], d["line"]))], "unread_env": unread,
            # (and those that name no setting at all: an empty `"config": { }` block under "## Configuration", s47 fg47)
            "empty_config_chapters": [d["line"] for d in readme.get("section_details") or [] if d.get("name") == "configuration" and d.get("via") == "heading"
                                      and readme_text and empty_settings_chapter(chapter_lines(readme_text, readme.get("headings") or [], d["line"]))],
            "standard_vars": _standard_vars(scan),
            # (the deployment's PORT a Procfile, a container's start or a script they run reads in shell: setup.sh's `port = $PORT`)
            "deploy_reads": [[v, h[0], h[1]] for v, h in deployed][:10],
            "code_free_settings": code_free_settings(inv, entries)[:20], "script_set": scripted[:20], "empty_files": empty[:10],
            "code_settings": code_settings,  # (config.php, settings.py: settings written in the code)
            # (a Django library's conf.py of AppConf defaults, which the host's settings override: the settings declared with their defaults)
            "overridden_defaults": overridden_defaults(entries, inv.category, lambda p: snap.read_text(p, limit=MAX_STORE_BYTES)),
            "npm_tools": kind_apps.npm_script_files(ctx),  # (the files the package.json's scripts run with node: a site's tooling)
            "settings_stores": stores,  # (a desktop program's Setting.cs saving the user's preferences to XML: set in the program)
            # (a "# Configuration" block of the project's own code: not of a file a generator wrote, Plugin Builder's plugin_upload.py)
            "machine_paths": machine_paths(snap, entries, inv.category),  # ("/databank/territoire/…", "C:\\temp" in a desktop program's code)
            "code_blocks": [h for h in scan["signals"].get("config.code-block", []) if inv.category(h[0]) == "source"][:20],
            "placeholder_settings": (held := placeholder_settings(scan["signals"], inv.category)),  # ('your-host' in connect.php, blank API URLs)
            # (the files of them the README tells the installer to edit: "Compléter le fichier de connexion (classes/connect.php)")
            "placeholders_named": sorted({h[0] for h in held if readme_text and h[0].rsplit("/", 1)[-1] in readme_text}),
            "settings_shaped": settings_shaped(entries, inv.category),  # (an add-on's manifest.json, WEB-INF/web.xml: not recognised)
            # (the options the code reads on its command line, a desktop program's -u / -p: settings, described or not by the README)
            "cli_options": cli_options(scan, readme_text or "")[:20],
            # (a file of shell variables the scripts source, and whether a document names it or one of its variables: config.sh's
            # PG_PASSWORD; a chapter "Configuration de la base de données" running setup scripts describes none of them)
            "sourced_settings": [[p, _names_any(snap, p, [readme_text or ""] + [snap.read_text(d, limit=64 * 1024) or "" for d in (settings_docs + chapters)[:10]])]
                                 for p in sourced],
            # (a Python settings module the code imports and git ignores, config.py: [module, hit, names, named by the README or a guide])
            "ignored_modules": [row + [_names_file(row[0], [readme_text] + [snap.read_text(p, limit=64 * 1024) or "" for p in settings_docs[:10]])]
                                for row in ignored_rows],
            # (or that no file provides and git does not ignore, named as settings or credentials, or whose file the README names:
            # agol_creds imported by an ArcGIS script, creds.user and creds.password read — [module, hit, names, named by a document])
            "absent_modules": [row + [_names_file(row[0], [readme_text] + [snap.read_text(p, limit=64 * 1024) or "" for p in settings_docs[:10]])]
                               for row in absent_settings_modules(snap, entries, readme_text, {r[0] for r in ignored_rows})],
            # (a .NET program's configuration keys and settings files read, and those loaded from the machine with no copy committed)
            # (an Android app's settings files with real values: res/values' keys, the manifest's meta-data key, gradle.properties' token)
            "app_settings_files": [[a["path"], a["names"][:5], _line_of(snap, a["path"], a["names"][:1])] for a in apps if not a["template"]][:20],
            "dotnet_keys": dotnet["keys"][:20], "dotnet_files": dotnet["files"][:10], "uncommitted_settings": (uncommitted_files(entries, dotnet)
                                     # (or a Rust program's config.json, opened by its name and written by the program, none committed)
                                     + uncommitted_rust_files(entries, rust_settings_files(snap, entries)))[:10]}


def _line_of(snap, path: str, names: list[str]) -> int | None:
    """The 1-based line of the first of ``names`` in the file, or None."""
    text = snap.read_text(path, limit=128 * 1024) or ""
    at = text.find(names[0]) if names else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _names_file(module: str, texts: list[str]) -> bool:
    """A text names the module's file (``logins.py``: "Création d'un fichier logins.py à la racine")."""
    rx = re.compile(rf"(?<![\w.-]){re.escape(module)}\.py\b")
    return any(rx.search(t or "") for t in texts)


def _names_any(snap, path: str, texts: list[str]) -> bool:
    """A text names the settings file ``path`` (its file name) or one of the variables it sets."""
    names = [path.rsplit("/", 1)[-1]] + [m.group(1) for m in map(ENV_KEY_LINE.match, (snap.read_text(path, limit=16 * 1024) or "").splitlines()) if m]
    rx = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return any(rx.search(t or "") for t in texts)
