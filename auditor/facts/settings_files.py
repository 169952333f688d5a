"""Settings files ``env_settings`` recognises beside the environment and its .env template: a host platform's plugin settings declared
the host's way, the settings files of a repository without code (not its .gitignore), the files a container copies that are data."""

from __future__ import annotations

import re

from auditor.facts.app_settings import app_settings  # noqa: F401 (re-exported: the env_settings fact reads them with the others)
from auditor.facts.ci_systems import CI_SYSTEMS
from auditor.facts.host_settings import HOST_SETTINGS, host_settings  # noqa: F401 (re-exported for env_settings)
from auditor.facts.inventory import LOCKFILES, MANIFESTS, is_test
from auditor.facts.kind_appsscript import MANIFEST_NAMES as APPS_SCRIPT_MANIFESTS, apps_script_files, global_used
from auditor.facts.message_bundles import bundles, is_bundle_file
from auditor.facts.script_markers import _ARGV_PARSER, _MAIN_GUARD
from auditor.facts.secret_assignments import signing_key
from auditor.facts.settings_copies import BUILD_CONFIG, CONTAINER_RECIPE, container_settings, copied_sources, in_data_folder, is_data_copy  # noqa: F401 (re-exported)
from auditor.facts.settings_docs import header_names, script_header, sub_readme_names  # noqa: F401 (re-exported)
from auditor.facts.secret_values import ENV_ASSIGN
from auditor.lazyre import lazy_compile

# A framework's own settings files, where the framework reads them and each deployment edits them: Zend Framework 1's
# application/configs/application.ini ([production] resources.db.params…), CodeIgniter's application/config/config.php and
# database.php ($config['base_url'], $db['default']) or app/Config/App.php and Database.php, Spring Boot's config/ folder on the
# class path (src/main/resources/config/application-prod.yml); not a web server's configuration that serves the application
FRAMEWORK_SETTINGS = lazy_compile(r"(^|/)application/configs/[\w.-]+\.ini$|(^|/)application/config/(config|database)\.php$"
                                  r"|(^|/)app/Config/(App|Database)\.php$"
                                  r"|(^|/)src/main/resources(?:-\w+)?/config/(application|bootstrap)[\w-]*\.(properties|ya?ml)$")


# A program's own settings file, named after the program that reads it: the folder of a server's sources (kjing/kjing.conf beside
# kjing/*.cs, Webnapperon2/webnapperon2.conf loaded as a resource by Main.cs), or a class of a Java batch
# (src/main/resources/DASSDeces.properties, read by DASSDeces.java): the configuration each installation adapts.
PROGRAM_SETTINGS_EXT = {"conf", "ini", "cfg", "properties", "toml"}
PROGRAM_SOURCE_EXT = {"java", "cs", "vb", "fs", "kt", "scala", "groovy", "go", "py", "rb", "php", "pl", "js", "ts", "c", "cpp", "rs"}
# (not a tool's own file named like a script: setup.cfg beside setup.py, tox.ini, a logging or message bundle)
_NOT_PROGRAM = lazy_compile(r"^(setup|tox|pytest|mypy|flake8|pylint|pyproject|alembic|log4j2?|logback|logging|log|messages?|i18n|version|git|"
                            r"build|gradle|sonar[\w-]*|local|default|test\w*|main|index|app_?test)$", re.I)
UI_TEMPLATE_EXT = {"html", "tml", "page", "jwc", "xhtml", "jsp"}  # pages' templates (Tapestry, JSF, JSP): a .properties beside them is their messages


# a properties line whose value is words (a field's label: chefFamille=chef de famille, dateOuverture=date d'ouverture): a message
# shown to people, no setting (no host, path, number, flag nor identifier)
_LABEL_LINE = lazy_compile(r"""^[ \t]*[A-Za-z_][\w.-]*[ \t]*[=:][ \t]*[^\W\d_][^\W\d_'’-]*(?:[ '’-]+[^\W\d_]+)+[ \t]*[.!?:]?[ \t]*$""")


def labels_only(text: str) -> bool:
    """Every key of the properties text is given words with a space between them: a message catalogue (an entity's field labels,
    Tapestry's or Cayenne's <Class>.properties), not a program's settings (issue 12, s35 i35)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith(("#", "!"))]
    return bool(lines) and all(_LABEL_LINE.match(ln) for ln in lines)


def program_settings(entries, read=None) -> list[str]:
    """Settings files (at most five, shallowest first) named after the program that reads them: a folder of sources holding
    ``<folder>.conf``, or ``<Class>.properties`` beside a ``<Class>.java`` of the repository, or ``<script>.cfg`` of a
    ``<script>.py`` (or .rb, .pl, .php) anywhere in it; not a ``.properties`` file of labels only (``read``: path → text)."""
    sources = [e for e in entries if e.ext in PROGRAM_SOURCE_EXT and not is_test(e.path)]
    # (or a script's: config/zaphir.cfg read by the desktop program zaphir.py)
    stems = {e.name.rsplit(".", 1)[0].lower() for e in sources if e.ext in ("java", "cs", "vb", "kt", "scala", "groovy", "py", "rb", "pl", "php")}
    code_dirs = {e.dir for e in sources}
    ui_dirs, messages = {e.dir for e in entries if e.ext in UI_TEMPLATE_EXT}, bundles(entries)  # (and a ResourceBundle's texts)
    out = []
    for e in entries:
        stem = e.name.rsplit(".", 1)[0]
        if e.ext not in PROGRAM_SETTINGS_EXT or not stem or is_test(e.path) or _NOT_PROGRAM.match(stem) or not 0 < e.size <= 256 * 1024 \
                or (e.ext == "properties" and (e.dir in ui_dirs or is_bundle_file(e.name, e.dir, messages))):
            continue
        folder = e.dir.rsplit("/", 1)[-1].lower()
        if ((folder == stem.lower() and e.dir in code_dirs) or stem.lower() in stems) \
                and not (e.ext == "properties" and read is not None and labels_only(read(e.path) or "")):
            out.append(e.path)
    return sorted(out, key=lambda p: (p.count("/"), p))[:5]


# a compiler's or an editor's project file (TypeScript's tsconfig.json and its variants, jsconfig.json), named by a linter's parser
# options (.eslintrc.js: project: ["tsconfig.json", "tsconfig.dev.json"]): how the code is compiled, no setting a deployment adapts
_COMPILER_CONFIG = lazy_compile(r"(?:^|/)(?:ts|js)config(?:[._-][\w.-]+)?\.json$", re.I)


def settings_files_read(scan: dict, entries: list) -> list[str]:
    """Settings files the code opens by their name (config.json beside the WPS process reading it, or in the openFrameworks data folder
    <app>/bin/data/ beside the app's src/; config/settings.yml named with its folder), committed with their values: the configuration a
    deployment adapts (not a test's or an example's file, nor a file the code also writes: datatlas_back's map state it stores, nor
    a compiler's project file: tsconfig.json)."""
    def name(h) -> str:
        return re.sub(r"^(\.\.?/)+", "", h[2])

    written = {name(h) for h in scan["signals"].get("config.file-write", [])}
    read = {(h[0].rsplit("/", 1)[0] if "/" in h[0] else "", name(h)) for h in scan["signals"].get("config.file-read", [])
            if name(h) not in written and not _COMPILER_CONFIG.search(name(h))}
    read |= {(re.sub(r"(^|/)src(/.*)?$", r"\1bin/data", w), n) for w, n in read if "/" not in n and re.search(r"(^|/)src(/|$)", w)}
    found = [e for e in entries if not is_test(e.path) and e.size <= 256 * 1024
             and any((e.path == n or e.path.endswith("/" + n)) if "/" in n else (e.dir == where and _copy_of(e.name, n)) for where, n in read)]
    # (the file the code names before its copies per deployment beside it: appsettings.json, holding the settings, then
    # appsettings.Development.json, holding the development's logging; issue 12, s44 fa44)
    paths = {e.path for e in found}
    at = (lambda where, n: f"{where}/{n}" if where else n)  # noqa: E731

    def base(e) -> str:
        return next((at(where, n) for where, n in sorted(read) if "/" not in n and e.dir == where and at(where, n) in paths and _copy_of(e.name, n)), e.path)
    return [p for *_k, p in sorted(((p.count("/"), b, p != b, p) for e in found for p, b in [(e.path, base(e))]))]


def _copy_of(file: str, name: str) -> bool:
    """``file`` is the settings file ``name`` or a filled copy of it per deployment (gsconfig_geobretagne.json for gsconfig.json)."""
    stem, _, ext = name.rpartition(".")
    return file == name or bool(stem and re.fullmatch(rf"{re.escape(stem)}[._-][\w-]+\.{re.escape(ext)}", file))


# A settings module the page or program loads by its name (geodepartement18/geoportail, cher360: js/config.js, `export const CONFIG =
# {portalUrl: "…", groupId: "…", pageSize: 12}`, imported by js/app.js; a `<script src="js/settings.js">`): the values a deployment
# edits, written as code because a page in a browser reads no environment (not a module that reads the environment itself)
SETTINGS_MODULE = lazy_compile(r"^(config|settings|configuration|conf|parametres|parameters|params|app[-_.]?config)\.(?:m?js|gs)$", re.I)
_LITERAL = lazy_compile(r"""^[ \t]*["']?[A-Za-z_]\w*["']?[ \t]*[:=][ \t]*(?:"[^"\n]*"|'[^'\n]*'|-?\d[\d.]*|true|false)[ \t]*[,;]?[ \t]*$""", re.M)
_LOADER_EXT = {"html", "htm", "js", "mjs", "jsx", "ts", "tsx", "vue", "svelte"}


# a documentation site's or a component workshop's own settings (docs/.vuepress/config.js: the site's title, menus, theme)
_SITE_TOOL_DIR = lazy_compile(r"(^|/)\.(vuepress|vitepress|docusaurus|storybook|eleventy)/")


# A page's or component's own config.js (src/pages/SearchPage/config.js: the search form's fields, each a label, a type, a predicate):
# the interface's field definitions, none of the values a deployment changes (an address, a key, a flag, an environment variable).
_UI_FOLDER = lazy_compile(r"(^|/)(pages?|components?|views?|screens?|containers?|widgets?)/", re.I)
_UI_FIELD_KEY = lazy_compile(r"""["']?\b(label|fields|facets?|predicate|placeholder|columns|widget|sortable|filterable)\b["']?[ \t]*:""", re.I)
_SETTING_VALUE = lazy_compile(r"""://|\b(true|false|process\.env|import\.meta\.env)\b|["']?\b\w*(url|uri|host|port|endpoint|server|api[-_]?key|"""
                              r"""token|secret|password|key|env|debug)\b["']?[ \t]*[:=]""", re.I)


def ui_field_definitions(path: str, text: str) -> bool:
    """A module of a page or component folder whose literals define the interface's fields (labels, types, facets) and hold no
    address, key, flag nor environment value: no settings of the project."""
    return bool(_UI_FOLDER.search(path.rpartition("/")[0] + "/")) and len(_UI_FIELD_KEY.findall(text)) >= 2 and not _SETTING_VALUE.search(text)


def settings_modules(snap, entries) -> list[str]:
    """Settings modules (at most five) that another file of the project loads: ``import … from "./config.js"``,
    ``require("./settings")``, ``<script src="js/config.js">``, holding at least three literal values."""
    mods = sorted((e for e in entries if SETTINGS_MODULE.match(e.name) and not is_test(e.path) and 0 < e.size <= 64 * 1024
                   and not _SITE_TOOL_DIR.search(e.path)),
                  key=lambda e: (e.path.count("/"), e.path))[:5]
    out: list[str] = []
    gas = apps_script_files(entries)  # (a Google Apps Script project: its .gs modules too, loaded by their global's name)
    loaders = sorted((e.path for e in entries if (e.ext in _LOADER_EXT or (gas and e.ext == "gs")) and e.size <= 256 * 1024), key=lambda p: (p.count("/"), p))[:200] if mods else []
    for m in mods:
        text = snap.read_text(m.path, limit=64 * 1024) or ""
        if len(_LITERAL.findall(text)) < 3 or re.search(r"process\.env|import\.meta\.env", text) or ui_field_definitions(m.path, text):
            continue
        stem = re.escape(m.name.rsplit(".", 1)[0])
        rx = re.compile(rf"""(?:\bfrom[ \t]+|\bimport[ \t]*\([ \t]*|\brequire[ \t]*\([ \t]*|\bsrc[ \t]*=[ \t]*)["'](?:[\w./-]*/)?{stem}(?:\.m?js)?["'?]""")
        if (gas and global_used(snap, m.path, text, loaders)) or any(p != m.path and rx.search(snap.read_text(p, limit=256 * 1024) or "") for p in loaders):
            out.append(m.path)
    return out


def code_free_settings(inv, entries) -> list[str]:
    """The settings files of a repository without code: its configuration files, not the tools' own dotfiles
    (.gitignore, .editorconfig, .travis.yml) nor a recipe (Procfile, Dockerfile, Makefile)."""
    from auditor.facts.inventory import CONFIG_NAMES

    return sorted(e.path for e in entries if inv.category(e.path) == "configuration" and e.name.lower() not in CONFIG_NAMES
                  and (not e.name.startswith(".") or e.name.startswith(".env")) and not e.path.startswith((".github/", ".gitlab/")))


# A settings file in dotenv form named after what it sets (configure_data/config.env, sys.env, secret.env: "VARIABLES BELOW MUST HAVE
# A NON-EMPTY VALUE", the domain, the e-mails, the databases, that a Vagrantfile hands to the installer; docker/app.env, gouv.env): the
# KEY=value lines each deployment fills. Not a test's variables (tests/test-variables.env).
NAMED_ENV = lazy_compile(r"^[\w-][\w.-]*\.env$")


def named_env_files(snap, entries) -> list[str]:
    """The ``<name>.env`` files (at most five, shallowest first) holding two KEY=value lines or more."""
    out = []
    for e in sorted(entries, key=lambda e: (e.path.count("/"), e.path)):
        if NAMED_ENV.match(e.name) and not is_test(e.path) and 0 < e.size <= 64 * 1024 \
                and sum(1 for line in (snap.read_text(e.path, limit=64 * 1024) or "").splitlines() if ENV_ASSIGN.match(line)) >= 2:
            out.append(e.path)
    return out[:5]


# A dated article or a blog post of a documentation site is no settings document of the project (base-documentaire's
# docs/articles/2024/2024-04-17-postgresql-configuration.md tells how to configure PostgreSQL)
POST = lazy_compile(r"(^|/)(articles?|posts?|_posts|blog|news|actualites|billets)/|(^|/)\d{4}(-\d{2}){2}[-_]", re.I)


# A settings file a document names where it speaks of configuring ("The default configuration is in config.properties… for syntax
# take example on config.properties", "Un exemple de context minimal est fourni ici: ./context.xml"): the file to copy and adapt
_NAMED_FILE = lazy_compile(r"(?<![\w/.-])(?:\./)?((?:[\w-]+/)*[\w-][\w.-]*\.(?:properties|ini|conf|cfg|ya?ml|toml|xml|json|env))(?![\w-]|\.\w)", re.I)
# (and "créer le fichier params.json à partir du fichier default_params.json", "create config.yml from config.default.yml")
_CONFIG_WORDS = lazy_compile(r"configur|param[eèé]tr|r[ée]glage|\bsettings?\b|exemple|example|modif|\bedit|adapt|renseign|\bcop(?:y|ie)|"
                             r"\bcr[ée]{2}[rz]?\b[^\n]{0,80}[àa] partir d|\bcreate\b[^\n]{0,80}\bfrom\b", re.I)
# (a script or page named on a line that speaks of its configuration, "créer un fichier php par noeud à partir de node.php et adapter
# la configuration", "edit config.php with your database": the settings written as code that each deployment adapts)
_NAMED_CODE = lazy_compile(r"(?<![\w/.-])(?:\./)?((?:[\w-]+/)*[\w-][\w.-]*\.(?:php|inc|js|py|rb|pl))(?![\w-]|\.\w)", re.I)
# a line of a script setting one value: `$ows_Title = 'Flux';`, `$xpath['title'] = '…';`, `define('DB_HOST', 'localhost');`, `DB_NAME = "x"`,
# `host: "db",`
_VALUE_LINE = lazy_compile(r"""^[ \t]*(?:(?:\$?[A-Za-z_]\w*(?:\[["'][\w.-]+["']\])?|["'][\w.-]+["'])[ \t]*(?:=>|[:=])|define[ \t]*\([ \t]*["'][\w.-]+["'][ \t]*,)"""
                           r"""[ \t]*(?:"[^"\n]*"|'[^'\n]*'|-?\d[\d.]*|true|false|True|False|None|null)[ \t]*\)?[ \t]*[,;]?[ \t]*$""", re.M)
# (or through a settings library: python-decouple's `from decouple import config` then `config('DEBUG', cast=bool)`, django-environ's
# `env = environ.Env()`, pydantic's BaseSettings — the module reading the variables, never their template; issue 12, s44 fi44)
_READS_ENV = lazy_compile(r"\bos\.environ\b|\bgetenv[ \t]*\(|\bprocess\.env\b|\bimport\.meta\.env\b|\$_ENV\[|\benviron\.get\(|"
                          r"^[ \t]*(?:from[ \t]+(?:decouple|environ|pydantic_settings)[ \t]+import\b|import[ \t]+(?:decouple|environ)\b)|"
                          r"\benviron\.Env[ \t]*\(|\(BaseSettings\)", re.M)
_CONFIGURE = lazy_compile(r"configur|param[eèé]tr|r[ée]glage|\bsettings?\b", re.I)
_TOOL_FILE = lazy_compile(r"^(phpunit|phpcs|phpstan|psalm|behat|setup|manage|\.?pre-commit|\.?travis|\.?gitlab-ci|sonar|codecov|dependabot|renovate|lerna|nx|"
                          r"tsconfig|jsconfig|angular|vercel|netlify|firebase|app|manifest|pubspec|environment|conda|meta|webpack|rollup|babel|jest|"
                          r"karma|\.?eslint\w*|\.?prettier\w*|stylelint|cypress|playwright|vitest|typedoc|jsdoc|\.?readthedocs|"
                          # a static site generator's own settings (the site's title, theme, menus: nothing a deployment sets)
                          r"mkdocs|docusaurus|hugo|_config|book|antora|docfx|hexo|gridsome|vuepress|gatsby"
                          # a front-end framework's build configuration (next.config.js: output, headers, webpack fallbacks), no value a
                          # deployment gives (issue 12, s38 fp38 = NatureEnLigne/ccpm; a deployment's values are read from the environment)
                          r"|(?:next|vite|vue|svelte|astro|tailwind|postcss|remix|craco)\.config)\b", re.I)


# an editor's own folder (.vscode/settings.json, .idea/, .fleet/, .zed/): the developers' editor settings, no template a deployment
# copies, even where a README tells the user to add a snippet to "your `settings.json`" (a VS Code extension's colour settings)
# (nor a coding assistant's: .claude/, a plugin's .claude-plugin/marketplace.json the README calls "Configuration pour le marketplace
# de plugins", .cursor/, .gemini/ — the developers' assistant and its plugin manifests, no deployment's settings)
# (and NetBeans' per-user folder, nbproject/private/: the IDE's own settings — private.properties, an empty config.properties —, never
# the project's; the rest of nbproject/ is the Ant build's: issue 12, s45 fe45)
EDITOR_FOLDER = lazy_compile(r"(^|/)(?:\.(?:vscode|idea|fleet|zed|vs|theia|devcontainer|claude|claude-plugin|cursor|continue|windsurf|roo|gemini|codex)"
                             r"|nbproject/private)/")
# a coding assistant's hook wiring wherever it is kept (hooks/settings.json "to copy into a guarded project's .claude/": {"hooks":
# {"PreToolUse": [...]}}, Claude Code's hook events): the assistant's settings, not the project's
_ASSISTANT_HOOKS = lazy_compile(r'"(?:PreToolUse|PostToolUse|UserPromptSubmit|SubagentStop|PreCompact|SessionStart|SessionEnd)"[ \t\r\n]*:')


def assistant_settings(snap, path: str) -> bool:
    """A JSON settings file wiring a coding assistant's hooks (see _ASSISTANT_HOOKS)."""
    return path.lower().endswith(".json") and bool(_ASSISTANT_HOOKS.search(snap.read_head(path, 8192) or ""))


# a Django application's registry class (apps.py's `class HomeConfig(AppConfig): name = "home"`, a docs tree's "apps.py  # Configuration
# de l'app"): the application's code, no value a deployment sets (issue 12, s44 fk44 = gestionsiteccsa/MediaBib)
_APP_REGISTRY = lazy_compile(r"^class[ \t]+\w+[ \t]*\([ \t]*(?:\w+\.)*AppConfig[ \t]*\)[ \t]*:", re.M)
_NOT_STATEMENT = lazy_compile(r"^\s*(?:$|//|#|\*|/\*|<\?php\s*$|\?>\s*$|[{}()\[\];,]+\s*$)")


def _statements(text: str) -> int:
    """The lines of a script that state something: not blank, not a comment's, not a lone bracket or the PHP tags."""
    return sum(1 for line in text.splitlines() if not _NOT_STATEMENT.match(line))


def named_settings(snap, entries, docs: list[str]) -> list[str]:
    """Settings files (at most five) that the README or a guide names on a line about configuration."""
    by_name: dict[str, list[str]] = {}
    for e in entries:
        if (_NAMED_FILE.fullmatch(e.name) or _NAMED_CODE.fullmatch(e.name)) and not is_test(e.path) and not EDITOR_FOLDER.search(e.path):
            by_name.setdefault(e.name, []).append(e.path)
    # (not the guide of a separately licensed component: a Drupal contrib module's INSTALL naming its own krumo.ini)
    licensed = {e.path.rsplit("/", 1)[0] for e in entries if "/" in e.path and re.match(r"(licen[cs]e|copying)\b", e.name, re.I)}
    out: list[str] = []
    for doc in docs[:10]:
        parts = doc.split("/")[:-1]
        if any("/".join(parts[:i]) in licensed for i in range(1, len(parts) + 1)):
            continue
        for line in (snap.read_text(doc, limit=64 * 1024) or "").splitlines()[:3000]:
            if not _CONFIG_WORDS.search(line):
                continue
            code = list(_NAMED_CODE.finditer(line)) if _CONFIGURE.search(line) else []
            # (a name the line also gives as a path, a Markdown link's target: "[arc.properties](arc-web/…/arc.properties)" names that
            # module's file, not the first of the same name by depth, arc-batch's copy; a guide's link read from the guide's folder; s35 g35)
            spelled = [p for m in list(_NAMED_FILE.finditer(line)) + code if "/" in m.group(1)
                       for p in dict.fromkeys((m.group(1), "/".join(parts + [m.group(1)]))) if p in snap.files]
            for m in list(_NAMED_FILE.finditer(line)) + code:
                name = m.group(1)
                base = name.rsplit("/", 1)[-1]
                if name not in snap.files and (targets := [p for p in spelled if p.rsplit("/", 1)[-1] == base]):
                    name = targets[0]
                # (nor a platform's manifest, Google Apps Script's appsscript.json: its time zone, OAuth scopes, web app access)
                if base in MANIFESTS or base in LOCKFILES or BUILD_CONFIG.match(base) or CONTAINER_RECIPE.search(base) or _TOOL_FILE.match(base) \
                        or base in APPS_SCRIPT_MANIFESTS:
                    continue
                # a module named by its bare name that several folders hold (settings.py, base.py) or a package's __init__.py: a
                # guide's generic advice ("configure REST_FRAMEWORK in settings.py"), not one file of this project to copy
                if m in code and name not in snap.files and (base == "__init__.py" or len(by_name.get(base, [])) > 1):
                    continue
                # the words about configuring near the name, not far along a paragraph written on one line (a feature described
                # with its "référentiel embarqué `nidification.json`" and, three hundred characters on, a field to "renseigner")
                if not _CONFIG_WORDS.search(line, max(0, m.start() - 150), m.end() + 150):
                    continue
                paths = [name] if name in snap.files and not EDITOR_FOLDER.search(name) else sorted(by_name.get(base, []), key=lambda p: (p.count("/"), p))[:2]
                # (a script named beside a configuring word holds values to adapt, two at least: not a Django app's panel.py, a
                # menu of tuples the README's tree describes as "Configuration du menu d'administration"; nor the module that reads
                # the settings from the environment, settings.py "# Paramètres (BDD, e-mails)": the code, not their template)
                # (nor the live settings module, its signing key generated and written in it: a Django settings.py's SECRET_KEY =
                # '!jhy…' beside DEBUG = True, which the README says to edit in place: settings in the code, no template to copy)
                # (nor a command-line program, its options parsed and run under `if __name__ == "__main__":`, named in a README's tree
                # "catalogue_parametres.py  inventaire des paramètres réellement mesurés": a harvesting script, its parameters measured ones)
                # (nor a program whose few value lines open hundreds of lines of logic, a p5.js sketch's `var congestionMin = 1;` above
                # its setup() and draw(), which a README's "Paramètres d'affichage (écran) : views/visu/sketch.js" sends the reader to
                # edit: settings in the code, no template; a settings module is mostly its values, a fifth of its statements at least)
                if m in code:
                    paths = [p for p in paths if p in snap.files and len(values := _VALUE_LINE.findall(t := snap.read_text(p, limit=64 * 1024) or "")) >= 2
                             and len(values) * 5 >= _statements(t)
                             and not _READS_ENV.search(t) and not any(signing_key(x) for x in t.splitlines() if "SECRET_KEY" in x)
                             and not (_MAIN_GUARD.search(t) and _ARGV_PARSER.search(t)) and not _APP_REGISTRY.search(t)]
                out += [p for p in paths if p not in out and p != doc and not is_data_copy(snap, snap.files[p]) and not assistant_settings(snap, p)]
    return out[:5]


def readme_edits_code(snap, readme: dict, lines: list[int]) -> list[str]:
    """The project's code files the README's configuration chapters (the headings on ``lines``) send the reader to edit, when they name no settings file: the
    settings are written in the code, the README says where (urbanlab/flux's "Modification des paramètres de la démo": "Paramètres
    généraux (horaires, pas de temps, ...): root/scripts/fonctions_backend.js", "Paramètres d'affichage (écran): …/sketch.js", s35
    w35). A name is matched to the tree by its path, its path less leading folders, or its base name when one file has it. Empty when
    a chapter names a settings file (JSON, YAML, .conf, .ini…), or no code file of the project (the first 3 chapters, 64 KB read)."""
    from auditor.facts.install_commands import chapter_lines
    from auditor.facts.textscan import CODE_EXT

    path = readme.get("path")
    text = (snap.read_text(path, limit=64 * 1024) or "") if path else ""
    if not text or not lines:
        return []
    files = snap.files
    by_base: dict[str, list[str]] = {}
    for p in files:
        by_base.setdefault(p.rsplit("/", 1)[-1], []).append(p)

    def resolve(name: str) -> str | None:
        segs = name.split("/")
        for i in range(len(segs)):  # (root/scripts/x.js: the tree's scripts/x.js)
            if "/".join(segs[i:]) in files and (i < len(segs) - 1 or len(by_base.get(segs[-1], [])) == 1):
                return "/".join(segs[i:])
        return None

    code: list[str] = []
    for line in lines[:3]:
        body = chapter_lines(text, readme.get("headings") or [], line)
        if _NAMED_FILE.search(body):
            return []  # (a settings file is named, the project's or a server's, postgresql.conf: judged by the other rules)
        code += [p for m in _NAMED_CODE.finditer(body) if (p := resolve(m.group(1))) and p.rsplit(".", 1)[-1].lower() in CODE_EXT and p not in code]
    return code[:5]


_PAIR = re.compile(r"""\b([A-Za-z_][\w]*)\s*(?:=>|[:=])\s*['"]?([^'"\s;,)=]+)(?![^'"\s;,)=]|\s*=)""")  # (a DSN's key=value pairs inside a string too)


def only_placeholders(text: str) -> bool:
    """Every value the file assigns is a placeholder: an empty value, an upper-case word that names what to put
    (HOST, DBNAME, PWD), or a placeholder word (changeme, <token>, xxx)."""
    from auditor.facts.secret_values import PLACEHOLDER

    if text.lstrip().startswith("["):  # (a JSON list of records, mdedit's config/list_referencesystems.json: reference data, no settings)
        return False
    pairs = [(k, v) for k, v in _PAIR.findall(text) if not k.startswith(("http", "php"))]
    # (and not numbers alone: "EPSG:2154" codes, ports and counts are values, not blanks to fill in)
    return len(pairs) >= 2 and all(re.fullmatch(r"[A-Z][A-Z0-9_]{1,30}", v) or PLACEHOLDER.match(v) for _k, v in pairs) \
        and not all(v.isdigit() for _k, v in pairs)


def ci_file(path: str) -> bool:
    """A CI file, at the root or below (a Maven archetype's src/main/resources/archetype-resources/.travis.yml, the CI of the
    projects it generates, exporting RELEASE_PDF_FILE in before_deploy): its variables are no setting of the service."""
    tails = [path] + [path[i + 1:] for i, c in enumerate(path) if c == "/"]
    return any(rx.match(t) for t in tails for _, rx in CI_SYSTEMS) or bool(CI_INCLUDED.search(path))


# the files a GitLab CI configuration includes, by GitLab's conventions (`include: /gitlab-ci/build.gitlab-ci.yml`, .gitlab/ci/*.yml,
# any *.gitlab-ci.yml) and the scripts kept beside them (gitlab-ci/init.sh, sourced by the jobs)
CI_INCLUDED = lazy_compile(r"(?:^|/)[\w.-]+\.gitlab-ci\.ya?ml$|^\.gitlab/ci/|^\.?gitlab-ci/")


# A SQL script that sets the connection to another database with values to fill in (issue 12, s35 h35 =
# PnGuadeloupe/obsocc2naturaliz's 0_setup_credentials.sql: CREATE SERVER … OPTIONS (host 'XX.XX.XX.XX', dbname 'DB_NAME'),
# CREATE USER MAPPING … OPTIONS (user 'USER', password 'PASSWORD'), which the README says to run "en modifiant les paramètres de
# connexion"): the project's settings template, as a .env.example is a program's. Values that look real are no template (secrets
# judges them); a port alone is no blank.
_SQL_CONNECTION = lazy_compile(r"\bcreate\s+(?:server|user\s+mapping)\b[^;]{0,2000}?\boptions\s*\(([^;)]{0,2000})\)", re.I)
_SQL_OPTION = lazy_compile(r"\b(host|hostaddr|dbname|user|password|port)\s+'((?:[^'\n]|''){0,200})'", re.I)
_CONNINFO = lazy_compile(r"\bdblink(?:_connect)?\s*\(\s*(?:'[^'\n]*'\s*,\s*)?'([^'\n]{1,500})'", re.I)
_CONNINFO_PAIR = lazy_compile(r"\b(host|hostaddr|dbname|user|password|port)\s*=\s*([^\s']+)", re.I)
SQL_TEMPLATE_BYTES = 16 * 1024


def sql_connection_templates(snap, entries) -> list[str]:
    """The small SQL files (at most five, in path order) whose foreign-server, user-mapping or dblink connection values (host,
    database, user, password; two at least) are all placeholders to fill in (an upper-case word naming the slot, XX.XX.XX.XX)."""
    from auditor.facts.secret_values import PLACEHOLDER

    out: list[str] = []
    for e in sorted(entries, key=lambda e: e.path):
        if e.ext.lower() not in ("sql", "pgsql", "psql") or e.size > SQL_TEMPLATE_BYTES or len(out) >= 5:
            continue
        text = re.sub(r"--[^\n]*", "", snap.read_text(e.path, limit=SQL_TEMPLATE_BYTES) or "")
        values = [v for m in _SQL_CONNECTION.finditer(text) for k, v in _SQL_OPTION.findall(m.group(1)) if k.lower() != "port"]
        values += [v for m in _CONNINFO.finditer(text) for k, v in _CONNINFO_PAIR.findall(m.group(1)) if k.lower() != "port"]
        if len(values) >= 2 and all(re.fullmatch(r"[A-Z][A-Z0-9_]{1,30}", v) or (PLACEHOLDER.match(v) and not v.isdigit()) for v in values):
            out.append(e.path)
    return out
