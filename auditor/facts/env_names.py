"""Names of environment variables that are no setting of the project: the CI's own, a build script's."""

import re

from auditor.lazyre import lazy_compile

# the variables GitHub Actions sets in every job (and the token it hands to workflows): the CI's, not the service's. Any other GITHUB_*
# name is the application's own setting (cooperation_jn_backend's configService reads GITHUB_PAT to fetch its remote configuration)
GITHUB_ACTIONS_VARS = frozenset({
    "GITHUB_TOKEN", "GITHUB_ACTIONS", "GITHUB_ACTION", "GITHUB_ACTION_PATH", "GITHUB_ACTION_REPOSITORY", "GITHUB_ACTOR", "GITHUB_ACTOR_ID",
    "GITHUB_API_URL", "GITHUB_BASE_REF", "GITHUB_ENV", "GITHUB_EVENT_NAME", "GITHUB_EVENT_PATH", "GITHUB_GRAPHQL_URL", "GITHUB_HEAD_REF",
    "GITHUB_JOB", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_REF", "GITHUB_REF_NAME", "GITHUB_REF_PROTECTED", "GITHUB_REF_TYPE",
    "GITHUB_REPOSITORY", "GITHUB_REPOSITORY_ID", "GITHUB_REPOSITORY_OWNER", "GITHUB_REPOSITORY_OWNER_ID", "GITHUB_RETENTION_DAYS",
    "GITHUB_RUN_ATTEMPT", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "GITHUB_SERVER_URL", "GITHUB_SHA", "GITHUB_STATE", "GITHUB_STEP_SUMMARY",
    "GITHUB_TRIGGERING_ACTOR", "GITHUB_WORKFLOW", "GITHUB_WORKFLOW_REF", "GITHUB_WORKFLOW_SHA", "GITHUB_WORKSPACE"})

# (not DEBUG: the project's own switch, read as APP_DEBUG or DJANGO_DEBUG are, s22 b1: SDIS62/prevarisc-skeleton-php's getenv('DEBUG'))
NOISE_VARS = {"NODE_ENV", "PATH", "HOME", "PWD", "CI", "PORT", "HOST", "TZ", "LANG", "USER", "SHELL", "TERM", "PYTHONPATH", "BASE_URL", "MODE",
              "DEV", "PROD", "SSR", "PUBLIC_URL", "VERCEL", "NEXT_RUNTIME", "APP_ENV", "DJANGO_SETTINGS_MODULE", "VITEST", "JEST_WORKER_ID",
              "VAR", "ENV", "NAME", "KEY", "VALUE", "TEST_DIR", "PYTEST_CURRENT_TEST", "DAGSTER_HOME",
              # set by the build tool itself while it runs (rollup -w, webpack serve), read by its configuration
              "ROLLUP_WATCH", "WEBPACK_SERVE", "WEBPACK_DEV_SERVER", "npm_lifecycle_event", "NPM_LIFECYCLE_EVENT", "BUNDLE_GEMFILE",
              # the framework's environment name (like NODE_ENV), set by whoever runs it
              "RAILS_ENV", "RACK_ENV", "SYMFONY_ENV", "SYMFONY_DEBUG", "FLASK_ENV",  # (Symfony ≤ 3's app/console, Flask's CLI)
              # (R's config package picking a section of config.yml, golem's app_config.R: golem-config.yml's production)
              "R_CONFIG_ACTIVE", "GOLEM_CONFIG_ACTIVE",
              # the operating system's own variables (a temporary folder, the machine's name), no setting of the service
              "TMP", "TEMP", "TMPDIR", "HOSTNAME", "COMPUTERNAME", "USERNAME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "SYSTEMROOT",
              "WINDIR", "LOGNAME", "LC_ALL", "LANGUAGE", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR",
              # what the web server says of the request to a PHP or CGI page ($_SERVER['HTTPS'], PATH_INFO), no setting either
              "HTTPS", "PATH_INFO", "ORIG_PATH_INFO", "PATH_TRANSLATED", "AUTH_TYPE", "GATEWAY_INTERFACE", "AUTH_USER", "AUTH_PASSWORD", "LOGON_USER",
              # Windows' own (a home folder found from HOMEDRIVE + HOMEPATH when HOME is unset)
              "HOMEDRIVE", "HOMEPATH", "SYSTEMDRIVE", "PROGRAMFILES", "PROGRAMDATA", "COMSPEC", "PATHEXT", "OS", "PROCESSOR_ARCHITECTURE",
              # a terminal's colour support, read by a framework's console or requirements checker (Symfony's app/check.php: ANSICON)
              "ANSICON", "ConEmuANSI", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TERM_PROGRAM",
              # a terminal multiplexer's session, tested by a script re-running itself inside it (`[ -z "$STY" ] && exec screen -dmS …`:
              # GNU screen's STY, tmux's TMUX and TMUX_PANE, Zellij's, Byobu's), and the SSH session's own: the terminal's, no setting
              # (issue 12, s43 fa43 = cbn-alpin/sinp-aura-data)
              "STY", "TMUX", "TMUX_PANE", "ZELLIJ", "ZELLIJ_SESSION_NAME", "BYOBU_BACKEND", "TERM_SESSION_ID",
              "SSH_CLIENT", "SSH_CONNECTION", "SSH_TTY", "SSH_AUTH_SOCK", "SSH_AGENT_PID"}
# a coding assistant's own variables, set in the shells and previews it runs (s24 a24, DDT95/urbanisme95's vite.config.ts:
# `process.env.CODEX_SANDBOX === "seatbelt"` to poll for changes inside Codex's macOS sandbox): OpenAI Codex CLI sets CODEX_SANDBOX
# and CODEX_SANDBOX_NETWORK_DISABLED for the commands it runs, CODEX_HOME is its folder (github.com/openai/codex, docs/config.md and
# codex-rs/core/src/spawn.rs, read 2025); Claude Code sets CLAUDECODE=1 in the shells it starts (docs.anthropic.com/en/docs/claude-code)
ASSISTANT_VARS = {"CODEX_SANDBOX", "CODEX_SANDBOX_NETWORK_DISABLED", "CODEX_HOME", "CLAUDECODE"}
NOISE_VARS |= ASSISTANT_VARS
SERVER_PREFIXES = ("RUNNER_", "CI_", "READTHEDOCS", "HTTP_", "REMOTE_", "SERVER_", "REQUEST_", "SCRIPT_", "QUERY_", "CONTENT_", "PHP_", "DOCUMENT_",
                   "PYWPS_", "CATALINA_", "CARGO_",
                   # Cloudflare's Wrangler and Miniflare read their own (WRANGLER_LOG_PATH, WRANGLER_SEND_METRICS, MINIFLARE_REGISTRY_PATH),
                   # which a Vite configuration may set for them (developers.cloudflare.com/workers/wrangler/system-environment-variables/,
                   # read 2025): the development tools', not the deployed service's (s24 a24, urbanisme95)
                   "WRANGLER_", "MINIFLARE_",
                   # Apache Cordova's CLI sets CORDOVA_VERSION, CORDOVA_PLATFORMS, CORDOVA_PLUGINS, CORDOVA_HOOK, CORDOVA_CMDLINE for the
                   # hooks it runs (cordova.apache.org/docs/en/latest/guide/appdev/hooks/; hooks/after_prepare/*.js reading
                   # process.env.CORDOVA_PLATFORMS): the tool's, not the app's settings (issue 12, s37 fg37 = OPEN-ENT-NG/ent-mobile)
                   "CORDOVA_")  # (Cargo's CARGO_PKG_NAME…, set for the compiler, its build scripts and proc-macros: build time; Tomcat's own, CATALINA_PID, CATALINA_BASE: its start script's, not the project's; PyWPS sets PYWPS_PROCESSES, PYWPS_CFG for the processes it runs: the host's, not the project's settings;
                              # Read the Docs sets READTHEDOCS for the documentation it builds)


# What each of those names is, said when the code reads nothing else (the configuration check's "only PORT, set by the platform"):
# only PORT is given by a hosting platform (Heroku, Scalingo, Clever Cloud, Cloud Run, Render); the run mode is chosen by whoever runs
# the service; the system and the tools that build, test or serve it set the others. The first group a name falls in names it.
_RUN_MODE = {"NODE_ENV", "APP_ENV", "RAILS_ENV", "RACK_ENV", "SYMFONY_ENV", "SYMFONY_DEBUG", "FLASK_ENV", "DJANGO_SETTINGS_MODULE", "ENV", "R_CONFIG_ACTIVE",
             "GOLEM_CONFIG_ACTIVE"}
_TOOL_SET = {"CI", "VERCEL", "NEXT_RUNTIME", "VITEST", "JEST_WORKER_ID", "PYTEST_CURRENT_TEST", "TEST_DIR", "DAGSTER_HOME", "ROLLUP_WATCH",
             "WEBPACK_SERVE", "WEBPACK_DEV_SERVER", "NPM_LIFECYCLE_EVENT", "BUNDLE_GEMFILE", "BASE_URL", "MODE", "DEV", "PROD", "SSR",
             "PUBLIC_URL", "HTTPS", "PATH_INFO", "ORIG_PATH_INFO", "PATH_TRANSLATED", "AUTH_TYPE", "GATEWAY_INTERFACE", "AUTH_USER",
             "AUTH_PASSWORD", "LOGON_USER"}
_GENERIC = {"VAR", "NAME", "KEY", "VALUE"}
STANDARD_ROLES = (
    (lambda u: u == "PORT", "que fixe la plateforme", "set by the platform"),
    (lambda u: u == "HOST", "l'adresse d'écoute, que fixe qui le lance", "the address it listens on, set by whoever runs it"),
    (lambda u: u in _RUN_MODE, "le mode d'exécution (production ou développement), que choisit qui le lance",
     "the run mode (production or development), chosen by whoever runs it"),
    (lambda u: u in _TOOL_SET, "que fixe l'outil qui le construit, le teste ou le sert", "set by the tool that builds, tests or serves it"),
    (lambda u: u in ASSISTANT_VARS, "que fixe l'assistant de programmation qui l'exécute", "set by the coding assistant running it"),
    (lambda u: u in _GENERIC, "un nom générique, aucun réglage", "a generic name, no setting"),
    (lambda u: True, "que fixe le système", "set by the system"),
)


def set_by_tools(name: str) -> bool:
    """A variable the tools that build, test or serve the project set, or a coding assistant's (Vite's BASE_URL, CODEX_SANDBOX): no
    sign that the code runs as a server given its deployment's values (PORT, the run mode)."""
    return name.upper() in _TOOL_SET or name.upper() in ASSISTANT_VARS


def standard_roles(names: list[str]) -> tuple[str, str]:
    """What the variables of :data:`NOISE_VARS` the code reads are, in French and English ("PORT, set by the platform; NODE_ENV,
    the run mode…"): grouped by role in the order of :data:`STANDARD_ROLES`, each group's names in the given order."""
    groups: list[list[str]] = [[] for _ in STANDARD_ROLES]
    for n in names:
        groups[next(i for i, (is_role, _, _) in enumerate(STANDARD_ROLES) if is_role(n.upper()))].append(n)
    said = [(", ".join(g), fr, en) for g, (_, fr, en) in zip(groups, STANDARD_ROLES) if g]
    return " ; ".join(f"{n}, {fr}" for n, fr, _ in said), "; ".join(f"{n}, {en}" for n, _, en in said)


def settings_var(v: str | None) -> bool:
    """A name the project reads as its own setting: not a platform's, CI's, server's or the system's variable."""
    u = (v or "").upper()  # (a lower-case read, os.environ.get('http_proxy'), is the same variable as its upper-case name)
    return bool(v) and v not in NOISE_VARS and u not in NOISE_VARS and u not in GITHUB_ACTIONS_VARS and not v.endswith("_") and not u.startswith(SERVER_PREFIXES)


# a build or release script (build.sh, release.sh, publish.sh, frontend/build.sh): what it takes from the environment sets the build
# and its delivery (the CI's GIT_BRANCH, MVN_OPTS, a Nexus account's NEXUS_ODE_PASSWORD), no setting of the deployed service; only a
# value it hands to the built application (VITE_API_URL, an API_HOST baked into the bundle) stays one
BUILD_SCRIPT = lazy_compile(r"(^|/)(build|release|publish|package|dist)([-_.][\w-]+)?(\.(sh|bash))?$", re.I)
_HANDED_TO_APP = lazy_compile(r"^(?:VITE|REACT_APP|NEXT_PUBLIC|VUE_APP|NG_APP|NUXT|PUBLIC)_|(?:^|_)(?:URL|URI|HOST|API|DOMAIN|ENDPOINT)(?:_|$)")
_DELIVERY = lazy_compile(r"(?:^|_)(?:GIT|BRANCH|MVN|MAVEN|GRADLE|NEXUS|SONATYPE|ARTIFACTORY|DOCKER|REGISTRY|NPM|JENKINS|CI|SONAR)(?:_|$)")


def build_script_variable(path: str, var: str) -> bool:
    """A variable a build or release script reads that sets the build or its delivery, not the service."""
    return bool(BUILD_SCRIPT.search(path)) and (not _HANDED_TO_APP.search(var) or bool(_DELIVERY.search(var)))
