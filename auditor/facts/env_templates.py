"""Which settings template the ``files`` fact names when several candidates exist (issue 12, s23 k2): what each one configures.

- A README that says in words which file to copy ("Créer `.env.development.local` à partir de `.env.development`", "copy
  `.env.sample` to `.env`") names the template as surely as a shell ``cp`` line does.
- A documentation folder's environment of its example commands (doc/env.sample, "rename env.sample env.sh", sourced by the API
  documentation's curl scripts) configures the examples, not the application.
- Among settings files shipped to copy, the application's (parameters.yml.dist, config.ini.sample, a settings format) come before a
  logger's configuration (log4j.properties.dist) and before a template of code (a Symfony front controller's app_dev.php.dist).
- A Node application configured by node-config or Feathers lists the environment variables it reads in a file of its config/
  folder (s24 a24, anct-cnum/api-admin-conseillers-numerique's config/production.json of `"host": "HOST"`): that mapping is its
  settings template (:func:`node_config_env`).
- A template inside a component of a larger repository (a bundled library's .env, a demo client's .env.example) is that
  component's: :func:`template_component` names the folder.
- A Makefile that sets the run's settings with their defaults, exported to the commands it runs or overridable (``export
  PORT=8081``, ``export accessToken=…``, ``DB_HOST ?= localhost``), and takes the deployment's values from a file it includes
  (``include ./artifacts``) or says so in a comment ("CONFIGURABLE VARIABLES SHOULD BE OVERRIDED IN THE 'artifacts' FILE"): its
  settings template (s24 o2, previsecours' file-transfer API; :func:`makefile_settings`)."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.inventory import MANIFESTS, is_doc, is_test, is_vendored
from auditor.lazyre import lazy_compile
from auditor.pathparts import TEMPLATE_ALT

# the file a deployment writes: .env, .env.local, .env.development.local (a framework's per-mode local override)
_TARGET = r"`?(?:\./)?(?:[\w.-]+/){0,4}\.env(?:\.[\w-]{1,30}){0,2}`?"
# (or a Markdown link to it: [`.env.development`](./.env.development))
_SOURCE = r"\[?`?(?:\./)?([\w.-][\w./-]{0,119})`?\]?"
_FILE = r"(?:(?:le |un |the |a )?(?:fichier |file )?)"
# "Créer X à partir de Y", "create X from Y", "copier Y en/vers/dans X", "copy Y to/as X", "dupliquer Y sous le nom X"
# (or "créer un fichier .env contenant les variables contenues dans le fichier .env.development": s28 c28 = s27 r3, a State service's API)
_FROM_WORDS = (r"(?:[àa] partir d[eu]|depuis|en copiant|en dupliquant|sur le mod[èe]le d[eu]|d'apr[èe]s|from|based on|by copying|copied from|"
               r"contenant les variables (?:contenues|pr[ée]sentes|list[ée]es|d[ée]finies|indiqu[ée]es) dans|"
               r"(?:containing|with) the variables (?:listed |defined |found )?(?:in|of))")
_TO_WORDS = r"(?:en|vers|dans|sous(?: le nom)?|to|into|as)"
_PROSE_CREATE = lazy_compile(rf"\b(?:cr[ée]e[rz]?|cr[ée]ation d[eu']|create|g[ée]n[ée]re[rz]?|make)\s+{_FILE}?({_TARGET})\s+{_FROM_WORDS}\s+{_FILE}?{_SOURCE}", re.I)
_PROSE_COPY = lazy_compile(rf"\b(?:copie[rz]?|dupliquer|dupliquez|renomme[rz]?|copy|duplicate|rename)\s+{_FILE}?{_SOURCE}\s+{_TO_WORDS}\s+{_FILE}?({_TARGET})(?![\w.-])", re.I)


def readme_prose_copy(readme: str, paths: set[str]) -> str | None:
    """The committed env file a README sentence has copied to make the settings (the first 2,000 lines), its path as written or its
    name when only one file of the repository has it."""
    for line in readme[:200_000].splitlines()[:2000]:
        if ".env" not in line:
            continue
        hits = [(m.group(2), m.group(1)) for m in _PROSE_CREATE.finditer(line)] + [(m.group(1), m.group(2)) for m in _PROSE_COPY.finditer(line)]
        for src, target in hits:
            src, target = src.strip("`").rstrip(".,;:"), target.strip("`")
            name = src.rsplit("/", 1)[-1]
            if "env" not in name.lower() or name == target.rsplit("/", 1)[-1]:
                continue
            named = [src] if src in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == name)
            if len(named) == 1:
                return named[0]
    return None


# A committed settings module the README copies to a local variant of its name that the repository does not hold ("Copier le contenu
# du fichier `environment.ts` vers `environment.local.ts`" under "Créer le fichier environment.local.ts dans le dossier
# /src/environments/", an Angular application's git-ignored local settings; "cp config.js config.local.js"; s36 p36, anct-cnum/portail-usager):
# the module is the template of each developer's settings. Only a module named for settings (environment, config, settings, parameters),
# copied to its own stem with a mode word added; an Angular environment.ts no line copies is the build's settings, no template.
_SETTINGS_MODULE = (r"((?:[\w-]+/){0,4}(?:environment|env|config|configuration|settings|parameters|params|parametres)(?:\.[\w-]{1,20})?"
                    r"\.(?:ts|js|mjs|cjs|json|py|php|rb))")
_CONTENT_OF = r"(?:(?:le |the )?(?:contenu|contents?) (?:du |de |of )(?:the )?)?"
_MODULE_COPY = lazy_compile(rf"(?:\b(?:copie[rz]?|dupliquer|dupliquez|copy|duplicate)\s+{_CONTENT_OF}{_FILE}?|\bcp\s+(?:-\w+\s+)?)\[?`?(?:\./|/)?"
                            rf"{_SETTINGS_MODULE}`?\]?(?:\s+{_TO_WORDS})?\s+{_FILE}?\[?`?(?:\./|/)?((?:[\w-]+/){{0,4}}[\w-][\w.-]{{0,80}})`?", re.I)


def readme_copied_module(readme: str, paths: set[str]) -> str | None:
    """The committed settings module a README line copies to a local variant of its name absent from the repository (the first 2,000
    lines), its path as written or its name when only one file of the repository has it (:data:`_MODULE_COPY`)."""
    names = {p.rsplit("/", 1)[-1] for p in paths}
    for line in readme[:200_000].splitlines()[:2000]:
        if not re.search(r"\b(?:cop|dupli|cp\b)", line, re.I):
            continue
        for m in _MODULE_COPY.finditer(line):
            src, target = m.group(1), m.group(2).rstrip(".,;:")
            name, local = src.rsplit("/", 1)[-1], target.rsplit("/", 1)[-1]
            stem, ext = name.rsplit(".", 1)
            if local in names or local == name or not local.startswith(stem + ".") or not local.endswith("." + ext):
                continue
            named = [src] if src in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == name)
            if len(named) == 1 and not is_test(named[0]) and not is_vendored(named[0]):
                return named[0]
    return None


# The README's copy of a settings file's model to the file the code reads, kept out of git ("cp routes/conf.json.model
# routes/conf.json", s37 fj37 = neogeo-technologies/gl-poc-onegeo-client): the model is the template, whatever its suffix's word
_CP_SETTINGS = lazy_compile(r"\b(?:cp|copy|mv)\s+(?:-\w+\s+)?(?:\./)?((?:[\w-]+/){0,4}[\w-][\w.-]{0,80}\.(?:json|ya?ml|ini|conf|cfg|toml|properties|xml))"
                            r"[._-](?:example|sample|dist|template|tmpl|tpl|exemple|default|model|modele)\s+(?:\./)?\1(?![\w.-])", re.I)


def readme_copied_settings(readme: str, paths: set[str]) -> str | None:
    """The committed model of a settings file (JSON, YAML, INI…) that the README copies to the file's own name, absent from the
    repository (:data:`_CP_SETTINGS`); its path as written or its name when only one file has it."""
    for m in _CP_SETTINGS.finditer(readme[:200_000]):
        src, target = m.group(0).split()[-2].removeprefix("./"), m.group(1)
        if target in paths:
            continue
        named = [src] if src in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == src.rsplit("/", 1)[-1])
        if len(named) == 1 and not is_test(named[0]) and not is_vendored(named[0]):
            return named[0]
    return None


# what a shell script holding variables says of itself: a shell option, a shebang, exports, or the word to make it a script
_SHELL_ENV = lazy_compile(r"^[ \t]*(?:#!|set[ \t]+-[a-z]+\b|export[ \t]+[A-Za-z_]\w*=)|\brenam\w*[ \t]+[^\n]{0,80}?\.(?:sh|bash)\b", re.I | re.M)


def docs_example_env(path: str, text: str) -> bool:
    """A documentation folder's shell environment for its example commands (doc/env.sample: ``set -x``, "usage: rename env.sample
    env.sh", the variables the API documentation's curl scripts source), not the application's settings template."""
    return is_doc(path) and bool(_SHELL_ENV.search(text[:4096]))


# a logging library's configuration (log4j, logback, log4net, NLog, Python's logging.ini): how it writes its logs, no setting of the service
_LOGGER = lazy_compile(r"^(?:log4j2?|logback(?:[-_.][\w-]+)?|log4net|log4php|nlog|logging|logger|log)(?:[._-]|$)", re.I)
_SETTINGS_NAME = lazy_compile(r"(?:^|[._-])(?:config|conf|settings|parameters|params|parametres|param[eè]tres|configuration|local_settings|env)(?:[._-]|$)", re.I)
_SETTINGS_FORMAT = frozenset({"properties", "prop", "ini", "conf", "cfg", "yml", "yaml", "toml", "xml", "json", "neon", "env", "xcconfig"})
_SETTINGS_DIRS = frozenset({"conf", "config", "configuration", "settings", "parametres", "parameters"})
_TEMPLATE_SUFFIX = lazy_compile(rf"[._-](?:{TEMPLATE_ALT})$", re.I)


def settings_rank(path: str) -> tuple[bool, bool]:
    """(a logger's configuration, not named for settings nor in a settings format nor in a settings folder): lower sorts first."""
    name = path.rsplit("/", 1)[-1]
    stem = _TEMPLATE_SUFFIX.sub("", name)
    ext = stem.rsplit(".", 1)[-1].lower() if "." in stem else ""
    settings = bool(_SETTINGS_NAME.search(stem)) or ext in _SETTINGS_FORMAT or bool({s.lower() for s in path.split("/")[:-1]} & _SETTINGS_DIRS)
    return bool(_LOGGER.match(name)), not settings


# The plain template of the application's environment, `.env.<word>` ("`.env.example`", "`.env.model`", "`env.dist`", "`.env_sample`"),
# with no tool's or run's name in it: several at one depth (assistant-declaration's root `.ci.env.model` of the CI's secrets,
# `.env.jest.model` of the tests' and `.env.model` of the app's PORT, DATABASE_URL…), the plain one is the application's (issue 12, s37
# fb37); the qualified ones (`.ci.env.*`, `.env.docker.example`, `app.env.example`) follow it, each in path order
PLAIN_TEMPLATE = lazy_compile(r"^\.?env[._-](?:example|sample|dist|template|tpl|defaults?|exemple|model|modele|modèle|skel|dummy)$", re.I)


# The README's own copy of an env file to .env ("cp .env.development .env", "copy env.dev .env.local"): that file is the template,
# whatever its name says
_CP_ENV = lazy_compile(r"\b(?:cp|copy|mv)\s+(?:-\w+\s+)?(?:\./)?([\w.-][\w./-]{0,119})\s+(?:[\w.-]+/){0,4}\.env(?:(?:\.[\w-]{1,30})?\.local)?(?![\w.-])", re.I)


def readme_copied_env(readme: str, live: list) -> str | None:
    """The repository's file that the README copies to .env, its path as written or its name when only one file has it."""
    paths = {e.path for e in live if e.kind == "file"}
    for m in _CP_ENV.finditer(readme[:200_000]):
        src = m.group(1)
        if "env" not in src.rsplit("/", 1)[-1].lower() or src.rsplit("/", 1)[-1] == ".env":
            continue
        if src in paths:
            return src
        named = sorted(p for p in paths if p.rsplit("/", 1)[-1] == src.rsplit("/", 1)[-1])
        if len(named) == 1:
            return named[0]
    return None


# The README's copy of a script's example to the script itself ("Copier run.sh.example dans run.sh : `cp run.sh.example run.sh`", s35 g35 =
# r15a, betagouv/aplus): a shell script exporting the application's settings (APP_HOST, APPLICATION_SECRET, DATABASE_URL) before it
# starts it, the environment each developer fills: the template, when assignments make the script (not a setup script of commands)
_CP_SCRIPT = lazy_compile(r"\b(?:cp|copy|mv)\s+(?:-\w+\s+)?(?:\./)?((?:[\w-]+/){0,4}[\w-][\w.-]{0,80}\.(?:sh|bash|zsh|env|envrc))"
                          r"[._-](?:example|sample|dist|template|tmpl|tpl|exemple|default)\s+(?:\./)?\1(?![\w.-])", re.I)
_SHELL_ASSIGN = lazy_compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=")
_SHELL_SKIP = lazy_compile(r"^[ \t]*(?:#|$|set[ \t]+[-+]\w+[ \t]*$)")


def settings_script(text: str) -> bool:
    """A shell script made of its settings: three assignments at least, twice as many as its other commands (a value written over
    several lines inside its quotes, a JSON block, is one assignment; the closing command that starts the program is one)."""
    assigns = commands = 0
    quote = ""
    for line in text.splitlines()[:2000]:
        if not quote and line.lstrip().startswith("#"):
            continue  # (a comment's apostrophe opens no quote: "# l'adresse de l'application")
        if not quote:
            if _SHELL_ASSIGN.match(line):
                assigns += 1
            elif not _SHELL_SKIP.match(line):
                commands += 1
        for c in re.sub(r"\\.", "", line if quote else line.split(" #")[0]):
            if c in "'\"" and (not quote or c == quote):
                quote = "" if quote else c
    return assigns >= 3 and assigns >= 2 * commands


def readme_copied_script(snap, readme: str, live: list) -> str | None:
    """The committed example of a settings script that the README copies to the script's own name (:data:`_CP_SCRIPT`)."""
    paths = {e.path: e for e in live if e.kind == "file"}
    for m in _CP_SCRIPT.finditer(readme[:200_000]):
        src = m.group(0).split()[-2].removeprefix("./")
        named = [src] if src in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == src.rsplit("/", 1)[-1])
        if len(named) == 1 and not is_test(named[0]) and paths[named[0]].size <= 64 * 1024 \
                and settings_script(snap.read_text(named[0], 64 * 1024) or ""):
            return named[0]
    return None


# The README's own word that an env file is the reference kept in git ("L'ajouter dans `.env` pour l'utiliser et dans
# `.env.development` pour référence (commit dans Git)", "`.env.sample` lists every variable"): that file is the template
_ENV_NAME = lazy_compile(r"(?<![\w./-])((?:[\w-]+/){0,3}\.env\.[\w-]{1,40}|(?:[\w-]+/){0,3}[\w-]{1,40}\.env)(?![\w.-])")
_REFERENCE = lazy_compile(r"\b(?:pour r[ée]f[ée]rence|for reference|comme r[ée]f[ée]rence|as (?:a )?reference|de r[ée]f[ée]rence|reference file)\b", re.I)


def readme_reference_env(readme: str, live: list) -> str | None:
    """The committed env file a README line names as the reference of the settings (the first 2,000 lines)."""
    paths = {e.path for e in live if e.kind == "file"}
    for line in readme[:200_000].splitlines()[:2000]:
        if not _REFERENCE.search(line):
            continue
        for name in _ENV_NAME.findall(line):
            named = [name] if name in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == name)
            if len(named) == 1 and not is_test(named[0]):
                return named[0]
    return None


# A committed ``<name>.env`` the README says to fill in place ("1. Fill the file arc-dc.env. A non blank password must be set." then
# `docker compose --env-file arc-dc.env up`, s35 g35 = r15a, InseeFr/ARC's docker/arc-dc.env; "Renseigner le fichier app.env"): the values
# each deployment gives, written in the file it keeps, the template whatever its name says. Only where a verb of filling governs the name:
# "docker compose reads arc-dc.env" names a file, asks nothing
_FILL_ENV = lazy_compile(r"\b(?:fill(?:[ \t]+(?:in|out))?|remplir|remplissez|remplissant|renseigne[rz]?|renseignant|compl[ée]te[rz]?|compl[ée]tant|complete|"
                         r"[ée]dite[rz]?|edit)[ \t]+(?:(?:in[ \t]+)?(?:the|your|le|la|votre)[ \t]+)?(?:(?:file|fichier)[ \t]+)?(?:d['’][ \t]?environnement[ \t]+)?"
                         r"\[?`?(?:\./)?((?:[\w-]+/){0,3}[\w-][\w.-]{0,60}\.env)`?\]?(?![\w-]|\.\w)", re.I)


def readme_filled_env(readme: str, live: list) -> str | None:
    """The committed ``<name>.env`` (two settings at least) that a README line (the first 2,000) tells to fill: its path as written,
    or its name when only one file of the repository has it."""
    paths = {e.path: e for e in live if e.kind == "file"}
    for line in readme[:200_000].splitlines()[:2000]:
        if ".env" not in line:
            continue
        for m in _FILL_ENV.finditer(line):
            name = m.group(1)
            named = [name] if name in paths else sorted(p for p in paths if p.rsplit("/", 1)[-1] == name.rsplit("/", 1)[-1])
            if len(named) == 1 and not is_test(named[0]) and 0 < paths[named[0]].size <= 64 * 1024:
                return named[0]
    return None


# An env file committed without its dot (dev/env, app.env.txt) whose own comment says to rename or copy it to .env ("##renommer le
# fichier en .env", s28 c28 = s27 m19o1, a local authority's Flask map API) or that it is the starting point of one (CodeIgniter 4's
# env: "This file can be used as a starting point for your own / custom .env files", s28 r4b): the file says it is the template
_SELF_RENAME = lazy_compile(r"^[ \t]*#[^\n]{0,80}?\b(?:renomm\w*|renam\w*|cop(?:y|ie\w*)|dupliqu\w*|starting point|point de d[ée]part)\b"
                            r"[^\n]{0,60}?(?:\n[ \t]*#[^\n]{0,60}?)?(?<![\w.-])\.env(?![\w.-])", re.I | re.M)
_DOTLESS_ENV = lazy_compile(r"^(?:[\w-]+[._-])?env(?:[._-][\w-]+)?(?:\.txt)?$", re.I)
_ASSIGN = lazy_compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=", re.M)
MAX_DOTLESS = 10
_CODE_EXT = frozenset({"js", "mjs", "cjs", "ts", "jsx", "tsx", "py", "php", "rb", "go", "java", "sh", "json", "yml", "yaml"})  # (vite.env.ts: code)


def self_declared_env(snap, entries) -> str | None:
    """The shallowest env file named without its leading dot (``env``, ``prod-env``, ``env.txt``; the first 10 by depth, 16 KB each)
    that sets a variable and says in a comment to be renamed or copied to ``.env``."""
    found = sorted((e.path for e in entries if e.kind == "file" and _DOTLESS_ENV.match(e.name) and e.ext.lower() not in _CODE_EXT and 0 < e.size <= 64 * 1024
                    and not is_vendored(e.path) and not is_test(e.path)), key=lambda p: (p.count("/"), p))[:MAX_DOTLESS]
    texts = ((p, snap.read_text(p, 16 * 1024) or "") for p in found)
    return next((p for p, t in texts if _ASSIGN.search(t) and _SELF_RENAME.search(t)), None)


# node-config's mapping of settings to environment variables (github.com/node-config/node-config/wiki/Environment-Variables#custom-
# environment-variables), and a Feathers application's per-environment file whose values name environment variables, which
# @feathersjs/configuration replaces by their value (feathersjs.com/api/configuration, v4 and v5; read 2025), beside config/default.json
_NODE_CONFIG_MAP = lazy_compile(r"^(?:[\w.-]+/){0,2}config/custom-environment-variables\.(?:json5?|ya?ml)$")
_NODE_CONFIG_FILE = lazy_compile(r"^(?:[\w.-]+/){0,2}config/(?!default\.)[\w.-]+\.json$")
_ENV_VAR_NAME = lazy_compile(r"[A-Z][A-Z0-9_]{2,80}")
MAX_CONFIG_BYTES = 64 * 1024


def _leaves(doc, out: list, depth: int = 0) -> list:
    if depth > 20 or len(out) > 2000:
        return out
    if isinstance(doc, dict):
        for v in doc.values():
            _leaves(v, out, depth + 1)
    elif isinstance(doc, list):
        for v in doc:
            _leaves(v, out, depth + 1)
    else:
        out.append(doc)
    return out


def node_config_env(snap, entries) -> str | None:
    """The file of a node-config or Feathers application that maps its settings to environment variables: config/custom-environment-
    variables.json, else a config/<environment>.json beside config/default.json whose values (three or more, nine in ten of its
    strings and three in four of all its values) are environment variables' names (production.json's `"secret": "AUTHENTICATION_SECRET"`); the shallowest, then by path."""
    paths = sorted((e.path for e in entries if not is_test(e.path) and not is_vendored(e.path) and 0 < e.size <= MAX_CONFIG_BYTES),
                   key=lambda p: (p.count("/"), p))
    mapped = [p for p in paths if _NODE_CONFIG_MAP.search(p)]
    if mapped:
        return mapped[0]
    for p in [p for p in paths if _NODE_CONFIG_FILE.search(p)][:20]:
        if p.rsplit("/", 1)[0] + "/default.json" not in snap.files:
            continue
        try:
            leaves = _leaves(safejson.loads(snap.read_text(p, limit=MAX_CONFIG_BYTES) or "{}"), [])
        except ValueError:
            continue
        # (nine in ten of its words name variables; a fixed flag or level beside them, `"mongodb_monitor_commands": false`,
        # `"mongodb_logger_level": "error"`, is a setting the environments share: three in four of all its values will do)
        named = sum(1 for v in leaves if isinstance(v, str) and _ENV_VAR_NAME.fullmatch(v))
        words = sum(1 for v in leaves if isinstance(v, str))
        if named >= 3 and named * 10 >= words * 9 and named * 4 >= len(leaves) * 3:
            return p
    return None


# A cross-platform mobile app's platform folders (issue 12, s42 fd42 = agora-gouv/agora-app: android/key.properties.template, the signing
# settings of the Flutter app's own Android build, android/app/build.gradle beside the root pubspec.yaml): the app itself, no component.
# Flutter's android/, ios/, macos/, linux/, windows/, web/ beside its pubspec.yaml; React Native's or Capacitor's android/ and ios/, both,
# beside its package.json.
_FLUTTER_PLATFORMS = frozenset({"android", "ios", "macos", "linux", "windows", "web"})


def _app_platform(folder: str, paths: set[str]) -> bool:
    parent, _, name = folder.rpartition("/")
    base = parent + "/" if parent else ""
    if name in _FLUTTER_PLATFORMS and base + "pubspec.yaml" in paths:
        return True
    return name in ("android", "ios") and base + "package.json" in paths and all(
        any(p.startswith(f"{base}{d}/") for p in paths) for d in ("android", "ios"))


def template_component(entries, template: str | None) -> str | None:
    """The folder of the component the settings template belongs to: the nearest folder above it holding a manifest of its own
    (package.json, Gemfile, pyproject.toml…), when the repository also holds a manifest outside that folder (udata-front's bundled
    datagouv-components/.env, a demo client's fake_editor_app/.env.example); None for a template of the whole project."""
    if not template or "/" not in template:
        return None
    manifests = {e.dir for e in entries if e.name in MANIFESTS and not is_vendored(e.path)}
    parts = template.split("/")[:-1]
    paths = {e.path for e in entries}
    for i in range(len(parts), 0, -1):
        folder = "/".join(parts[:i])
        if folder in manifests and not _app_platform(folder, paths):
            return folder if any(m != folder and not m.startswith(folder + "/") for m in manifests) else None
    return None


MAKEFILES = ("Makefile", "GNUmakefile", "makefile")
MAX_MAKEFILES, MAKEFILE_BYTES = 5, 64 * 1024
# `export NAME=value`, `export NAME ?= value`, `NAME ?= value` (GNU make's assignments: =, :=, ::=, ?=); a recipe line starts with a tab
_MAKE_SETTING = lazy_compile(r"^(?:(export)[ ]+)?([A-Za-z_][A-Za-z0-9_]{1,60})[ ]*(\?=|::?=|=)", re.M)
_MAKE_INCLUDE = lazy_compile(r"^-?s?include[ \t]+\S", re.M)
_MAKE_SAYS = lazy_compile(r"^[ \t]*#[^\n]*?\b(?:configur\w*|overrid\w*|overload\w*|surcharg\w*|param[eè]tr\w*|settings?|r[ée]glages?)\b", re.I | re.M)
# make's own variables and the shell's, set by a Makefile for itself
_MAKE_OWN = frozenset({"SHELL", "MAKEFLAGS", "MAKE", "MAKEFILE_LIST", "VPATH", "CURDIR", ".DEFAULT_GOAL", "PATH", "HOME", "PWD"})


def makefile_settings(snap, entries) -> tuple[str, list[str]] | None:
    """``(Makefile, names)`` of the first Makefile (shallowest first, at most :data:`MAX_MAKEFILES` read) holding a block of settings
    (see the module): at least two variables exported or given overridable defaults, and an included override file or a comment
    saying they are to be configured. None otherwise."""
    makefiles = sorted((e.path for e in entries if e.name in MAKEFILES and not is_vendored(e.path) and not is_test(e.path)),
                       key=lambda p: (p.count("/"), p))[:MAX_MAKEFILES]
    for path in makefiles:
        text = snap.read_text(path, limit=MAKEFILE_BYTES) or ""
        names = list(dict.fromkeys(m.group(2) for m in _MAKE_SETTING.finditer(text)
                                   if (m.group(1) or m.group(3) == "?=") and m.group(2) not in _MAKE_OWN))
        if len(names) >= 2 and (_MAKE_INCLUDE.search(text) or _MAKE_SAYS.search(text)):
            return path, names[:50]
    return None


# A template of what a build writes, a release manifest's shape ("releaseId": "generated-at-build-time", "artifactSha256":
# "generated-at-build-time"): the build fills it, no deployment does; no settings template. Told by its values: at least two, and
# half of its string values, say they are generated (JSON or YAML, its first 64 KB).
_GENERATED = r"(?:generated|auto-?generated|computed)(?:[-_ ](?:at|by|on|during|when|from)[-_ ][\w -]{0,30})?"
_JSON_VALUE = lazy_compile(r'"[^"\n]{1,60}"[ \t]*:[ \t]*"([^"\n]{0,80})"')
_YAML_VALUE = lazy_compile(r"^[ \t]*[\w.-]{1,60}[ \t]*:[ \t]*(['\"]?)([^'\"\n#]{1,80})\1[ \t]*$", re.M)
_GENERATED_VALUE = lazy_compile(rf"^<?{_GENERATED}>?$", re.I)


def build_output_template(snap, path: str) -> bool:
    """The settings-like template at ``path`` is the shape of a file the build writes (see :data:`_GENERATED`)."""
    low = path.lower()
    if not re.search(r"\.(?:json|ya?ml)(?:\.[a-z]+)?$", low):
        return False
    text = snap.read_text(path, limit=64 * 1024) or ""
    values = [m.group(1) for m in _JSON_VALUE.finditer(text)] if ".json" in low else [m.group(2) for m in _YAML_VALUE.finditer(text)]
    generated = sum(1 for v in values if _GENERATED_VALUE.match(v.strip()))
    return generated >= 2 and 2 * generated >= len(values)
