"""Settings read from the environment through a schema, and variables that are no setting of the service (``env_settings``).

A TypeScript or JavaScript service often validates its whole environment at start: ``z.object({DATABASE_URL: z.string(), …})``
then ``.parse(process.env)`` (zod), ``cleanEnv(process.env, {PORT: port(), …})`` (envalid), ``Joi.object({…}).validate(process.env)``,
``createEnv({server: {…}, runtimeEnv: process.env})`` (t3-env); a Python service declares a pydantic settings class
(``class Settings(BaseSettings): DATABASE_URL: str``). Each key of that schema is a setting the code reads, though no
``process.env.NAME`` or ``os.environ[…]`` is written anywhere.

Conversely the variables of the build and delivery machinery are no settings of the service: a CI configuration's jobs and the
files it includes (GitLab's ``include: /gitlab-ci/build.gitlab-ci.yml``), and a platform buildpack committed with the project
(``.scalingo/buildpack/bin/compile``, ``bin/detect``, ``bin/release``: BUILDPACK_DEBUG, SOURCE_VERSION, set by the platform at build).
"""

from __future__ import annotations

import keyword
import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.facts.machinery import machinery_script
from auditor.facts.settings_files import ci_file
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_KEYS = 200, 128 * 1024, 200
_EXTS = {"js", "mjs", "cjs", "ts", "mts", "cts"}
# the environment handed to a validator: zod's .parse(process.env) / .safeParse(env), envalid's cleanEnv(process.env, …), Joi's
# .validate(process.env), t3-env's runtimeEnv: process.env
_ENV_PARSED = lazy_compile(r"""\b(?:parse|safeParse|parseAsync|safeParseAsync|validate|cleanEnv)\(\s*(?:process\.env|import\.meta\.env|env)\b"""
                           r"""|\bruntimeEnv\s*:\s*process\.env\b""")
# where the schema starts: the keys before it (a map of constants) are no settings
_SCHEMA_START = lazy_compile(r"""\bz\.object\(|\bcleanEnv\(|\bcreateEnv\(|\bJoi\.object\(|\benvSchema\b|\bstrictObject\(""")
# the schema handed to a validator by its name (envSchema.parse(process.env)): its definition may sit in another module
_PARSED_NAME = lazy_compile(r"""\b([A-Za-z_$][\w$]{0,60})\s*\.\s*(?:parse|safeParse|parseAsync|safeParseAsync|validate)\(\s*(?:process\.env|import\.meta\.env)\b""")
_DEFINED = lazy_compile(r"""\b(?:const|let|var)\s+([A-Za-z_$][\w$]{0,60})\s*(?::\s*[\w.<>]{1,60}\s*)?=\s*(?:z\.object|z\.strictObject|Joi\.object|strictObject)\(""")
_KEY = lazy_compile(r"""^[ \t]+["']?([A-Z][A-Z0-9_]{1,60})["']?[ \t]*:""", re.M)
# a key of a template, at the start of a line: NAME=, name:, "name": (an exported shell variable too)
_TEMPLATE_KEY = lazy_compile(r"""^[ \t]*(?:export[ \t]+)?["']?([A-Za-z_][A-Za-z0-9_]{0,80})["']?[ \t]*[=:]""", re.M)
_BUILDPACK_SCRIPT = lazy_compile(r"^(.*/)?bin/(compile|detect|release)$")
# pydantic's settings class (pydantic-settings, pydantic v1's BaseSettings): each field is read from the environment variable of its
# name (case-insensitive), after the class's env_prefix
_PY_SETTINGS_CLASS = lazy_compile(r"^class\s+\w+\s*\([^)\n]*\bBaseSettings\b[^)\n]*\)\s*:", re.M)
_PY_FIELD = lazy_compile(r"^    ([A-Za-z_][A-Za-z0-9_]{0,60})\s*:(?!:)")
_PY_PREFIX = lazy_compile(r"""\benv_prefix\s*[=:]\s*["']([A-Za-z0-9_]{0,30})["']""")
# a class choosing its own sources (settings_customise_sources, which pydantic-settings calls with env_settings=, dotenv_settings=…):
# one returning neither the environment's nor the .env file's source reads no variable (s27 d27, an OPSN's FastAPI back end returning
# only YamlConfigSettingsSource: its fields are the YAML file's keys, that config_template.yml lists)
_PY_SOURCES = lazy_compile(r"^    def settings_customise_sources\b")
_PY_CASE_SENSITIVE = lazy_compile(r"\bcase_sensitive\s*[=:]\s*True\b")
_PY_ENV_SOURCE = lazy_compile(r"\b(?:env_settings|dotenv_settings|EnvSettingsSource|DotEnvSettingsSource)\b")
# a settings class the module loads from a file (pydantic's Config.parse_file(path), parse_raw(text), model_validate_json(text), or
# parse_obj / model_validate given json.load, yaml.safe_load, tomllib.load): its fields are the file's keys, and a program that
# never builds it bare, Config(), reads none from the environment (s35 c35, a library client's config.json that `config create`
# writes and the README describes)
_PY_FILE_LOAD = r"\b{name}\.(?:parse_file|parse_raw|model_validate_json)\(|\b{name}\.(?:parse_obj|model_validate)\([^\n]{{0,80}}\b(?:json|ya?ml|toml|tomllib)\.(?:safe_)?loads?\("
_PY_NAME = lazy_compile(r"^class\s+(\w+)")


def schema_reads(snap, entries, is_setting, known: set[str], documented: set[str], fields: set[str] | None = None) -> list[list]:
    """``[variable, [path, line, excerpt, "code"]]`` for the keys of an environment schema, then the fields of a pydantic settings
    class (:func:`pydantic_reads`, which adds to ``fields`` those read whatever their case) (not tests, not copies; the first
    :data:`MAX_FILES` script files in path order that hand the environment to a validator, :data:`MAX_KEYS` keys in all)."""
    out: list[list] = []
    seen = set(known)
    cands = sorted((e for e in entries if e.ext in _EXTS and not is_test(e.path) and not is_vendored(e.path) and e.size <= MAX_BYTES),
                   key=lambda e: e.path)
    parsed: set[str] = set()  # (the schemas' names the code hands the environment to, in any module)
    for e in cands[:MAX_FILES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "env" in text:
            parsed.update(m.group(1) for m in _PARSED_NAME.finditer(text))
    read = 0
    for e in cands:
        if read >= MAX_FILES or len(out) >= MAX_KEYS:
            break
        if not re.search(r"(?:^|[/_.-])(?:env|environment|config|configuration|settings)(?:[/_.-]|$)", e.path.lower()):
            continue  # (the schema lives in an env.ts, config/…, settings.ts: a component's props are no settings)
        read += 1
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        start = _SCHEMA_START.search(text)
        if not start or not (_ENV_PARSED.search(text) or any(m.group(1) in parsed for m in _DEFINED.finditer(text))):
            continue  # (nor a schema another module parses: export const envSchema = z.object({…}) … envSchema.parse(process.env))
        for m in _KEY.finditer(text, start.start()):
            v = m.group(1)
            if v not in seen and is_setting(v) and len(out) < MAX_KEYS:
                seen.add(v)
                out.append([v, [e.path, text.count("\n", 0, m.start(1)) + 1, m.group(0).strip()[:120], "code"]])
    return out + pydantic_reads(snap, entries, is_setting, seen, documented, fields)


# Nuxt 3's runtime settings: each key of nuxt.config's ``runtimeConfig`` (``public``'s under PUBLIC_) is overridden at run time by the
# environment variable NUXT_<KEY IN SNAKE CASE> (``LCK_BASE_PATH: ''`` → NUXT_LCK_BASE_PATH, ``apiSecret`` → NUXT_API_SECRET), and
# the code reads it with useRuntimeConfig(): settings read from the environment though no process.env is written
_NUXT_CONFIG = lazy_compile(r"(?:^|/)nuxt\.config\.(?:ts|js|mjs|cjs|mts)$")
_RUNTIME_CONFIG = lazy_compile(r"\bruntimeConfig\s*:\s*\{")
_JS_KEY = lazy_compile(r"""^\s*(["']?)([A-Za-z_$][\w$]{0,60})\1\s*:(?!:)""")
_JS_STRING = lazy_compile(r"""'[^'\n]*'|"[^"\n]*"|`[^`\n]*`""")
_CAMEL_BREAK = lazy_compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NUXT_OWN = {"app", "nitro"}  # (Nuxt's own runtime keys: app.baseURL, app.cdnURL)


def nuxt_runtime_reads(snap, entries, is_setting, known: set[str]) -> list[list]:
    """``[NUXT_VARIABLE, [path, line, excerpt, "code"]]`` for the keys of a Nuxt 3 ``runtimeConfig`` (not one whose value already
    reads the environment, ``apiBase: process.env.API_BASE``: that read is counted as such; not a key inside an array or a call)."""
    out: list[list] = []
    seen = set(known)
    for e in sorted((e for e in entries if _NUXT_CONFIG.search(e.path) and not is_vendored(e.path) and e.size <= MAX_BYTES), key=lambda e: e.path)[:5]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        start = _RUNTIME_CONFIG.search(text)
        if not start:
            continue
        first = text.count("\n", 0, start.end()) + 1
        stack: list[str | None] = [None]  # (one entry per open brace, bracket or parenthesis: the key it opens, or None)
        for n, line in enumerate(text[start.end():].split("\n")[:2000]):
            blank = _JS_STRING.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], line)
            cut = blank.find("//")
            code, blank = (line[:cut], blank[:cut]) if cut >= 0 else (line, blank)
            key = _JS_KEY.match(code) if all(s is not None for s in stack[1:]) and not code.lstrip().startswith("*") else None
            rest = blank[key.end():].lstrip() if key else ""
            if key and not rest.startswith(("{", "[", "(")) and (len(stack) > 1 or key.group(2) not in _NUXT_OWN) \
                    and "process.env" not in code and "import.meta.env" not in code:
                v = "NUXT_" + "_".join(_CAMEL_BREAK.sub("_", k).upper() for k in [*stack[1:], key.group(2)])
                if v not in seen and is_setting(v) and len(out) < MAX_KEYS:
                    seen.add(v)
                    out.append([v, [e.path, first + n, code.strip()[:120], "code"]])
            opener = key.end() + len(blank[key.end():]) - len(rest) if key and rest.startswith("{") else -1
            for i, ch in enumerate(blank):
                if ch in "{[(":
                    stack.append(key.group(2) if i == opener else None)
                elif ch in "}])":
                    stack.pop()
                    if not stack:
                        break
            if not stack:
                break
    return out


def _pydantic_fields(text: str) -> list[tuple[str, int, str, bool, bool]]:
    """(variable, line, excerpt, documented there, read whatever its case) for the fields of the pydantic settings classes of a Python
    module's text."""
    out = []
    lines = text.splitlines()
    for m in _PY_SETTINGS_CLASS.finditer(text):
        start = text.count("\n", 0, m.start()) + 1
        body = []
        for line in lines[start:start + 2000]:
            if line.strip() and not line[:1].isspace():
                break  # (the next top-level statement ends the class)
            body.append(line)
        prefix = next((p.group(1) for p in map(_PY_PREFIX.search, body) if p), "")
        if not _env_sourced(body) or _loaded_from_a_file(_PY_NAME.match(m.group(0)).group(1), text):
            continue
        any_case = not any(_PY_CASE_SENSITIVE.search(b) for b in body)  # (pydantic-settings' default: case_sensitive=False)
        for i, line in enumerate(body):
            f = _PY_FIELD.match(line)
            # (not a keyword of a statement in the class body: `else:` choosing config.yml or its template is no field)
            if f and f.group(1) not in ("model_config", "Config") and not f.group(1).startswith("_") and not keyword.iskeyword(f.group(1)):
                # (the first statement of the class after the field's value, which may run over several lines)
                after = next((b.strip() for b in body[i + 1:i + 20] if b.strip() and not b.startswith("     ")
                              and b.strip() not in (")", "]", "}")), "")
                before = body[i - 1].strip() if i else ""
                # (documented in the class: the field's docstring below it, a comment above or beside it, a Field(description=…))
                doc = after.startswith(('"""', "'''", "#")) or before.startswith("#") or " #" in line or "description=" in line
                out.append(((prefix + f.group(1)).upper(), start + i + 1, line.strip()[:120], doc, any_case))
    return out


def _loaded_from_a_file(name: str, text: str) -> bool:
    """The module loads the settings class ``name`` from a file (see :data:`_PY_FILE_LOAD`) and never builds it with no argument
    (``Config()`` reads the environment; ``Config(users=[…])``, a sample written to the file, does not)."""
    return bool(re.search(_PY_FILE_LOAD.format(name=re.escape(name)), text)) and not re.search(rf"\b{re.escape(name)}\(\s*\)", text)


def _env_sourced(body: list[str]) -> bool:
    """The settings class reads the environment: it keeps pydantic-settings' sources, or its settings_customise_sources returns the
    environment's or the .env file's (a method whose body names neither returns files' sources only: YAML, TOML, JSON, secrets)."""
    start = next((i for i, line in enumerate(body) if _PY_SOURCES.match(line)), None)
    if start is None:
        return True
    # (past its signature, which names every source as a parameter: the first line ending the def with its colon)
    end = next((j for j in range(start, min(len(body), start + 30)) if body[j].split("#", 1)[0].rstrip().endswith(":")), len(body))
    method = []
    for line in body[end + 1:]:
        if line.strip() and not line.startswith("     "):
            break  # (the next statement of the class)
        method.append(line.split("#", 1)[0])
    return bool(_PY_ENV_SOURCE.search("\n".join(method)))


def pydantic_reads(snap, entries, is_setting, known: set[str], documented: set[str], fields: set[str] | None = None) -> list[list]:
    """``[variable, [path, line, excerpt, "code"]]`` for the fields of pydantic settings classes (not tests, not copies; the
    first :data:`MAX_FILES` Python modules naming BaseSettings, :data:`MAX_KEYS` fields in all); the fields the class documents
    (a docstring, a comment, a description) are added to ``documented``."""
    out: list[list] = []
    seen = set(known)
    cands = sorted((e for e in entries if e.ext == "py" and not is_test(e.path) and not is_vendored(e.path) and e.size <= MAX_BYTES),
                   key=lambda e: e.path)
    read = 0
    for e in cands:
        if read >= MAX_FILES or len(out) >= MAX_KEYS:
            break
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "BaseSettings" not in text:
            continue
        read += 1
        for v, line, excerpt, doc, any_case in _pydantic_fields(text):
            if v not in seen and is_setting(v) and len(out) < MAX_KEYS:
                seen.add(v)
                out.append([v, [e.path, line, excerpt, "code"]])
                if doc:
                    documented.add(v)
                if any_case and fields is not None:
                    fields.add(v)
    return out


def template_keys(text: str, fields: set[str]) -> set[str]:
    """The pydantic fields (read whatever their case) a template holds as a key, in any case: ``database_url=`` in a .env.example,
    ``database:`` in a YAML or ``"database":`` in a JSON template, or a nested model's key, ``DATABASE__HOST=`` (pydantic-settings'
    env_nested_delimiter) or a YAML section's (s27 d27, an OPSN's back end: pastell:, keycloak:, database: in config_template.yml)."""
    if not fields:
        return set()
    keys = {m.group(1).upper() for m in _TEMPLATE_KEY.finditer(text)}
    return {v for v in fields if v in keys or any(k.startswith(v + "__") for k in keys)}


def buildpack_dirs(paths) -> set[str]:
    """The folders holding a buildpack (``bin/compile`` beside ``bin/detect``), not the root: a repository that is a buildpack
    is judged on its own variables."""
    scripts: dict[str, set[str]] = {}
    for p in paths:
        m = _BUILDPACK_SCRIPT.match(p)
        if m:
            scripts.setdefault(m.group(1) or "", set()).add(m.group(2))
    return {d for d, names in scripts.items() if d and {"compile", "detect"} <= names}


def build_machinery(path: str, buildpacks: set[str]) -> bool:
    """A CI file (or a file a CI configuration includes by convention) or a buildpack's file: its variables set no deployment."""
    return ci_file(path) or machinery_script(path) or any(path.startswith(d) for d in buildpacks)  # (qa/travis.sh, a git helper)


def drop_build_machinery(snap, reads: list[list]) -> list[list]:
    """The reads ``[variable, hit]`` less those in the build and delivery machinery's files."""
    packs = buildpack_dirs(snap.files)
    return [r for r in reads if not build_machinery(r[1][0], packs)]


# a variable given its value on an npm script's command line (`cross-env NODE_ENV=production MEDIA_ID=2459 npm-run-all …`,
# `VITE_BASE=/carte/ vite build`): a literal, not another variable
_SCRIPT_ASSIGN = lazy_compile(r"""(?:^|&&|\|\||;|\s)([A-Z][A-Z0-9_]{1,60})=("[^"$]*"|'[^'$]*'|[^\s"'$;&|]+)(?=\s|$)""")
# a script that builds the deliverable (build, build-production, prebuild:data, dist, bundle, export…), not one that starts or tests it
_BUILD_SCRIPT = lazy_compile(r"(?:^|[:_-])(?:build|prebuild|dist|compile|bundle|generate|export|release)(?:[:_-]|$)", re.I)
_DEV_SCRIPT = lazy_compile(r"(?:^|[:_-])(?:watch|dev|develop|development|start|serve|local)(?:[:_-]|$)", re.I)
# a variable a script assigns from itself, a default at most (`BASE_URL=${BASE_URL:=https://…}`, `API_URL=${API_URL:-/api}`, `X=$X`)
_SCRIPT_TAKES = lazy_compile(r"(?<![\w$])([A-Z][A-Z0-9_]{1,60})=[\"']?\$\{?\1(?![\w])")


def script_set(snap, reads: list[list]) -> tuple[list[list], list[list]]:
    """The reads ``[variable, hit]`` less those whose value the project's own build scripts set (package.json's ``scripts``, issue 12
    s20: a static front end's ``build-production`` sets ``GIRONDE_FR_DRUPAL_MEDIA_ID=2459`` that the bundle inlines): a build-time
    constant of the project, no setting the deployer gives. Returns (kept, set) with ``[variable, hit, "package.json: <script>"]``."""
    from auditor import safejson

    assigned: dict[str, str] = {}
    given: set[str] = set()
    for p in sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "package.json" and not is_vendored(p))[:10]:
        try:
            scripts = (safejson.loads(snap.read_text(p, limit=MAX_BYTES) or "{}") or {}).get("scripts")
        except (ValueError, AttributeError, TypeError):
            continue
        for name, command in sorted(scripts.items()) if isinstance(scripts, dict) else []:
            if not isinstance(command, str):
                continue
            # (a variable a script takes from the environment, with or without a default — `BASE_URL=${BASE_URL:=https://…}` —: the
            # deployer's value, whatever another script sets; issue 12, s36 v36)
            given.update(m.group(1) for m in _SCRIPT_TAKES.finditer(command))
            if _BUILD_SCRIPT.search(str(name)) and not _DEV_SCRIPT.search(str(name)):  # (not "watch:bundle": the developer's server)
                for m in _SCRIPT_ASSIGN.finditer(command):
                    assigned.setdefault(m.group(1), f"{p}: {name}")
    assigned = {k: v for k, v in assigned.items() if k not in given}
    kept = [r for r in reads if r[0] not in assigned]
    return kept, [[r[0], r[1], assigned[r[0]]] for r in reads if r[0] in assigned]
