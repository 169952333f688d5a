"""Whether a committed bare env file (``.env``, ``.env.production``…, not named as a template) is read by the project.

A ``.env`` committed beside the code is the project's settings template only when something reads it: the code or the deployment
names at least one of its variables (``getenv('DATABASE_URL')``, ``%env(DATABASE_URL)%`` in a Symfony configuration, ``${DB_HOST}``
in a compose file), a compose file hands it to a service (``env_file: .env``), or the framework loads it (a Symfony application:
``symfony/dotenv``, ``symfony/framework-bundle``, ``symfony/runtime``; a front end built by create-react-app, Vite, Vue CLI, Next.js
or Nuxt beside it: :func:`loading_tool`). One whose variables nothing reads is a leftover (s21 k2,
SDIS62/metarisc-prevarisc-importer: another project's ``DATABASE_URL=…/quiz`` while the code reads its settings from
``config.php``): reported, not credited as the template. A file named as a template (``.env.example``, ``.env.dist``…) is the
template whatever reads it and is not judged here.

Bounded and deterministic: the project's own text files in path order, at most :data:`MAX_FILES` files of :data:`MAX_FILE_BYTES`
and :data:`MAX_TOTAL_BYTES` in all; when the bound is reached before any reader is found, the file is ``unsure`` and keeps its
credit (missing data is no proof that nothing reads it).
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.facts.inventory import is_doc, is_env_template, is_vendored
from auditor.facts.secret_values import DOTENV_ASSIGN, is_env_file
from auditor.lazyre import lazy_compile

BARE_ENV = lazy_compile(r"^\.env(\.(production|development|staging|schema))?$")
MAX_CANDIDATES, MAX_NAMES = 5, 200
MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES = 3000, 256 * 1024, 24 * 1024 * 1024
MAX_ENV_BYTES = 64 * 1024
# files that document or repeat the variables, and read none: prose, other env files, pictures and archives
_PROSE_EXT = {"md", "markdown", "rst", "adoc", "txt", "textile", "org"}
_BINARY_EXT = {"png", "jpg", "jpeg", "gif", "ico", "svg", "webp", "avif", "bmp", "tif", "tiff", "pdf", "zip", "gz", "tgz", "bz2", "xz",
               "7z", "jar", "war", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm", "ogg", "wav", "deb", "rpm", "exe", "dll",
               "so", "dylib", "class", "pyc", "lock"}
# a compose file or a command handing the env file to a service or a process (env_file: .env, --env-file .env, load_dotenv(".env"))
_HANDS_ENV = lazy_compile(r"""(?:env_file\s*:\s*(?:\[\s*|\n\s*-\s*)?|--env-file[=\s]+)['"]?(?:\./)?(?:[\w.-]+/)*\.env\b""", re.I)
# a Symfony application's framework loads its committed .env (the Dotenv component, or the framework bundle and runtime that use it)
_SYMFONY_DOTENV = lazy_compile(r'"symfony/(?:dotenv|framework-bundle|runtime)"\s*:')
_TOOL_VARS = lazy_compile(r"(?:COMPOSE|DOCKER|BUILDKIT)_\w+")
# a front end's build tool loads the env files beside its package.json itself (s24 a24, n1 family 6: orgarif-client's .env of
# create-react-app's PORT, BROWSER, INLINE_RUNTIME_CHUNK, WDS_SOCKET_PORT): create-react-app (react-scripts) loads .env,
# .env.development, .env.production (create-react-app.dev/docs/adding-custom-environment-variables, "What other .env files can be
# used?"), Vite and Vue CLI .env and .env.[mode] (vite.dev/guide/env-and-mode, cli.vuejs.org/guide/mode-and-env), Next.js .env,
# .env.development, .env.production (nextjs.org/docs/app/guides/environment-variables); read 2025
_LOADING_TOOLS = ("react-scripts", "vite", "next", "@vue/cli-service", "nuxt")
# create-react-app's own options, read by react-scripts from the environment and its .env files (create-react-app.dev/docs/
# advanced-configuration, read 2025): a .env of these only sets the development server and the build, no setting of the application
CRA_OPTIONS = frozenset({"BROWSER", "BROWSER_ARGS", "HOST", "PORT", "HTTPS", "WDS_SOCKET_HOST", "WDS_SOCKET_PATH", "WDS_SOCKET_PORT",
                         "PUBLIC_URL", "BUILD_PATH", "CI", "REACT_EDITOR", "CHOKIDAR_USEPOLLING", "GENERATE_SOURCEMAP",
                         "INLINE_RUNTIME_CHUNK", "IMAGE_INLINE_SIZE_LIMIT", "FAST_REFRESH", "TSC_COMPILE_ON_ERROR", "ESLINT_NO_DEV_ERRORS",
                         "DISABLE_ESLINT_PLUGIN", "DISABLE_NEW_JSX_TRANSFORM", "SSL_CRT_FILE", "SSL_KEY_FILE", "SKIP_PREFLIGHT_CHECK",
                         "EXTEND_ESLINT", "NODE_OPTIONS"})


# a name the code assigns is no read of it (router.beforeEach's process.env.HEADER_IMAGE = to.image sets the variable, whatever the .env
# gave; issue 12, s38 fp38): not before a lone "=" (== and => are reads)
_NOT_SET = r"(?![ \t]*=(?![=>]))"


# a read of a name the code builds from a prefix (Mapex's getEnvVar: process.env[`REACT_APP_${key}`]; "VITE_" + key; Python's
# os.environ[f"APP_{key}"], os.getenv("APP_" + key)): it reads every variable of that prefix (issue 12, s40 fe40 = InseeFrLab/Mapex)
_BUILT_OPEN = r"(?:\benv|\benviron|\bgetenv|\bENV)[ \t]*(?:\[|\(|\.get[ \t]*\()[ \t]*(?:f?[`'\"])"
_BUILT_TAIL = r"(?:\$\{|\{(?=[A-Za-z_])|['\"][ \t]*\+)"


def _prefixes(names: list[str]) -> list[str]:
    """The leading words of the names, each ending at an underscore (REACT_APP_LOCAL: REACT_, REACT_APP_), three characters or more."""
    out = {n[:i + 1] for n in names for i, c in enumerate(n) if c == "_" and i >= 2}
    return sorted(out, key=lambda p: (-len(p), p))[:MAX_NAMES]


def name_reader(names: list[str]) -> re.Pattern:
    """What reads one of ``names``: the name itself (not where the code assigns it), or a name built from one of their prefixes."""
    named = r"(?<![A-Za-z0-9_])(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9_])" + _NOT_SET
    prefixes = _prefixes(names)
    built = (_BUILT_OPEN + "(?:" + "|".join(map(re.escape, prefixes)) + ")" + _BUILT_TAIL) if prefixes else None
    return re.compile(named + ("|" + built if built else ""))


def env_names(text: str) -> list[str]:
    """The variables an env file sets, in order (not Docker Compose's own: COMPOSE_PROJECT_NAME)."""
    names = [m.group(1) for m in map(DOTENV_ASSIGN.match, text.splitlines()) if m]
    return list(dict.fromkeys(n for n in names if not _TOOL_VARS.fullmatch(n)))[:MAX_NAMES]


def _env_like(path: str) -> bool:
    return is_env_file(path) or path.rsplit("/", 1)[-1].lower().startswith(".env_") or is_env_template(path)


def _reader(path: str) -> bool:
    """A file that may read settings: not an env file, not prose or documentation, not a binary."""
    ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1][1:] else ""
    return not (_env_like(path) or ext in _PROSE_EXT or ext in _BINARY_EXT or is_doc(path) or is_vendored(path))


@fact("env_reads", version=5, public=False)
def env_reads(ctx) -> dict:
    """``read``: the committed bare env files something reads (the reader's path, "framework", or "framework: <package>" for a front
    end's build tool); ``unread``: those whose variables nothing reads; ``unsure``: those the bound stopped before a reader was found;
    ``tool_options``: those read by create-react-app that set only its own options (no settings template of the project). By path,
    the first five by depth."""
    snap = ctx.snapshot
    files = [e for e in snap.files.values() if e.kind in ("file", "executable")]
    candidates = sorted((e.path for e in files if BARE_ENV.match(e.name) and not is_vendored(e.path)),
                        key=lambda p: (p.count("/"), p))[:MAX_CANDIDATES]
    out: dict = {"read": {}, "unread": [], "unsure": [], "tool_options": []}
    if not candidates:
        return out
    composer = (snap.read_text("composer.json", limit=MAX_ENV_BYTES) or "") if "composer.json" in snap.files else ""
    pending: dict[str, re.Pattern] = {}
    for p in candidates:
        names = env_names(snap.read_text(p, limit=MAX_ENV_BYTES) or "")
        if p.rsplit("/", 1)[-1] == ".env" and "/" not in p and _SYMFONY_DOTENV.search(composer):
            out["read"][p] = "framework"
        elif (tool := loading_tool(snap, p)) and (not names or set(names) & CRA_OPTIONS):
            out["read"][p] = tool
            if tool == "framework: react-scripts" and names and set(names) <= CRA_OPTIONS:
                out["tool_options"].append(p)  # (BROWSER=none, PORT=3300: the development server's, no setting of the application)
        elif tool:
            # the build tool loads the file (a dev server's own options, PORT or BROWSER, are its own: read above), but a variable
            # reaches the application only where the code or a page names it
            # (process.env.VUE_APP_TITLE, import.meta.env.VITE_API, <%= VUE_APP_TITLE %>): a Vue CLI app's .env of VUE_APP_TITLE and
            # HEADER_IMAGE that nothing names is a leftover (issue 12, s38 fp38 = Posoroko/site-public-mairie-poullaouen)
            pending[p] = name_reader(names)
        elif not names:
            out["unread"].append(p)  # (no variable of the project's: nothing to read)
        else:
            pending[p] = name_reader(names)
    readers = sorted(e.path for e in files if e.size <= MAX_FILE_BYTES and _reader(e.path))
    total, bounded, paths = 0, False, []
    for e in (snap.files[p] for p in readers):
        if len(paths) >= MAX_FILES or total + e.size > MAX_TOTAL_BYTES:
            bounded = True
            break
        paths.append(e.path)
        total += e.size
    if pending:
        for path, text in snap.iter_text(paths, limit=MAX_FILE_BYTES):
            handed = _HANDS_ENV.search(text) is not None
            for p, rx in list(pending.items()):
                if handed or rx.search(text):
                    out["read"][p] = path
                    del pending[p]
            if not pending:
                break
    for p in pending:
        (out["unsure"] if bounded else out["unread"]).append(p)
    return out


def loading_tool(snap, path: str) -> str | None:
    """The front-end build tool that loads the env file itself (see :data:`_LOADING_TOOLS`): the one the package.json beside it
    depends on, as ``"framework: <package>"``; None when there is none."""
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    manifest = folder + "package.json"
    if manifest not in snap.files:
        return None
    try:
        doc = safejson.loads(snap.read_text(manifest, limit=MAX_ENV_BYTES) or "{}")
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    deps = {k for key in ("dependencies", "devDependencies") if isinstance(doc.get(key), dict) for k in doc[key]}
    return next((f"framework: {t}" for t in _LOADING_TOOLS if t in deps), None)


def tool_option_env(ctx) -> set[str]:
    """The committed env files that set only a front-end build tool's own options (see :data:`CRA_OPTIONS`): read, but no settings
    template of the project."""
    return set((ctx.fact("env_reads") or {}).get("tool_options") or [])


def unread_env(ctx) -> set[str]:
    """The committed bare env files whose variables nothing reads (see :func:`env_reads`)."""
    return set((ctx.fact("env_reads") or {}).get("unread") or [])


# a container's variable a compose file sets from a template's (environment: ADMIN_PASS: ${PWD_DRUPAL}; - DB_HOST=${DB_HOST:-db})
_COMPOSE_WIRE = lazy_compile(r"""^[ \t]*-?[ \t]*["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*[:=][ \t]*["']?\$\{([A-Za-z_][A-Za-z0-9_]*)""", re.M)
# or gives a value written in it (environment: DB_HOST: drupaldb; - GEO_HOST=http://geonetwork:8080/geonetwork; SMTP_USER: ""): the
# deployment recipe sets the variable itself, configuration given, no setting left undocumented (s22 b1, SIG-Hauts-de-France/Cartotheque)
_COMPOSE_LITERAL = lazy_compile(r"""[ \t]*(?:-[ \t]*)?["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*([:=])(.*)""")
_COMPOSE_ENV_KEY = lazy_compile(r"([ \t]*)environment[ \t]*:[ \t]*(?:#.*)?$")
_COMPOSE_FILE = lazy_compile(r"(^|/)(docker-)?compose([.-][^/]*)?\.ya?ml$", re.I)


def is_compose_file(path: str) -> bool:
    """A Docker Compose file: its ``${VAR}`` are interpolated by Compose from the shell or a .env when the stack starts, not read by
    the project's code."""
    return bool(_COMPOSE_FILE.search(path))
# a container recipe's ENV giving the variable a value (ENV USR_WORKER="${UID_WORKER:-www-data}" \ GRP_WORKER=…; ENV PORT 80): the image
# sets it, configuration given as a compose file's environment: value is
_DOCKERFILE = lazy_compile(r"(^|/)(Dockerfile|Containerfile)([.-][\w.-]+|_[A-Za-z0-9-]+)?$|(^|/)[\w.-]+\.dockerfile$", re.I)
_ENV_PAIR = lazy_compile(r"""(?:^|[ \t])([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)""")
_ENV_LEGACY = lazy_compile(r"""[ \t]*ENV[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+(\S.*)""", re.I)
# (not ENV SENTRY_ORG=$SENTRY_ORG: the build argument's value, given from outside as a compose file's ${…} is; ${UID:-www-data} is a value)
_BARE_REF = lazy_compile(r"\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_])")


def dockerfile_env(text: str) -> set[str]:
    """The variables a Dockerfile's ENV instructions set to a value written there, a default included (continuation lines joined;
    a 5000-line bound)."""
    out: set[str] = set()
    lines = text.splitlines()[:5000]
    i = 0
    while i < len(lines):
        line = lines[i]
        while line.rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line.rstrip()[:-1] + " " + lines[i]
        i += 1
        parts = line.split(None, 2)
        if len(parts) < 2 or parts[0].upper() != "ENV":
            continue
        if "=" in parts[1]:  # (ENV A=1 B=2)
            out |= {m.group(1) for m in _ENV_PAIR.finditer(line.lstrip()[4:]) if not _BARE_REF.search(m.group(2))}
        elif (m := _ENV_LEGACY.match(line)) and not _BARE_REF.search(m.group(2)):  # (ENV NAME value)
            out.add(m.group(1))
    return out


def compose_literals(text: str) -> set[str]:
    """The variables an ``environment:`` block of a compose file sets to a value written there (not ``${…}``, not a bare ``- NAME``
    passed through from the shell that runs it): read line by line, a block ending where the indentation comes back."""
    out: set[str] = set()
    block = None  # the indentation of the open environment: key
    for line in text.splitlines()[:5000]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if block is not None and indent <= block:
            block = None
        if block is None:
            if m := _COMPOSE_ENV_KEY.fullmatch(line):
                block = len(m.group(1))
            continue
        m = _COMPOSE_LITERAL.fullmatch(line)
        value = m.group(3).split(" #", 1)[0].strip() if m else ""
        # (KEY: with nothing after it passes the shell's variable through, as a bare - KEY does; - KEY= sets it empty)
        if m and "$" not in value and (value or m.group(2) == "=") and (m.group(2) == "=" or not m.group(3) or m.group(3)[0] in " \t"):
            out.add(m.group(1))
    return out


def compose_wired(snap, entries, names: set, documented: set, limit: int) -> set:
    """The variables the code reads that a compose file's environment sets from a variable the template documents (docker/.env.dist's
    PWD_DRUPAL, wired as ADMIN_PASS: ${PWD_DRUPAL}), or to a value written in the compose file (DB_HOST: drupaldb): documented
    through the template or given by the deployment recipe (ten compose files, in path order); and those a Dockerfile's ENV sets
    (ten container recipes)."""
    out = set()
    for e in sorted((e for e in entries if _COMPOSE_FILE.search(e.path) and not is_vendored(e.path)), key=lambda e: e.path)[:10]:
        text = snap.read_text(e.path, limit=limit) or ""
        for m in _COMPOSE_WIRE.finditer(text):
            if m.group(1) in names and m.group(2) in documented:
                out.add(m.group(1))
        out |= compose_literals(text) & names
    for e in sorted((e for e in entries if _DOCKERFILE.search(e.path) and not is_vendored(e.path)), key=lambda e: e.path)[:10]:
        out |= dockerfile_env(snap.read_text(e.path, limit=limit) or "") & names
    return out

