"""Settings read from the environment through a schema, and variables that are no setting of the service (``env_settings``).

A TypeScript or JavaScript service often validates its whole environment at start: ``z.object({DATABASE_URL: z.string(), …})``
then ``.parse(process.env)`` (zod), ``cleanEnv(process.env, {PORT: port(), …})`` (envalid), ``Joi.object({…}).validate(process.env)``,
``createEnv({server: {…}, runtimeEnv: process.env})`` (t3-env). Each key of that schema is a setting the code reads, though no
``process.env.NAME`` is written anywhere.

Conversely the variables of the build and delivery machinery are no settings of the service: a CI configuration's jobs and the
files it includes (GitLab's ``include: /gitlab-ci/build.gitlab-ci.yml``), and a platform buildpack committed with the project
(``.scalingo/buildpack/bin/compile``, ``bin/detect``, ``bin/release``: BUILDPACK_DEBUG, SOURCE_VERSION, set by the platform at build).
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
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
_KEY = lazy_compile(r"""^[ \t]+["']?([A-Z][A-Z0-9_]{1,60})["']?[ \t]*:""", re.M)
_BUILDPACK_SCRIPT = lazy_compile(r"^(.*/)?bin/(compile|detect|release)$")


def schema_reads(snap, entries, is_setting, known: set[str]) -> list[list]:
    """``[variable, [path, line, excerpt, "code"]]`` for the keys of an environment schema (not tests, not copies; the first
    :data:`MAX_FILES` script files in path order that hand the environment to a validator, :data:`MAX_KEYS` keys in all)."""
    out: list[list] = []
    seen = set(known)
    cands = sorted((e for e in entries if e.ext in _EXTS and not is_test(e.path) and not is_vendored(e.path) and e.size <= MAX_BYTES),
                   key=lambda e: e.path)
    read = 0
    for e in cands:
        if read >= MAX_FILES or len(out) >= MAX_KEYS:
            break
        if not re.search(r"(?:^|[/_.-])(?:env|environment|config|configuration|settings)(?:[/_.-]|$)", e.path.lower()):
            continue  # (the schema lives in an env.ts, config/…, settings.ts: a component's props are no settings)
        read += 1
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        start = _SCHEMA_START.search(text)
        if not start or not _ENV_PARSED.search(text):
            continue
        for m in _KEY.finditer(text, start.start()):
            v = m.group(1)
            if v not in seen and is_setting(v) and len(out) < MAX_KEYS:
                seen.add(v)
                out.append([v, [e.path, text.count("\n", 0, m.start(1)) + 1, m.group(0).strip()[:120], "code"]])
    return out


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
    return ci_file(path) or any(path.startswith(d) for d in buildpacks)


def drop_build_machinery(snap, reads: list[list]) -> list[list]:
    """The reads ``[variable, hit]`` less those in the build and delivery machinery's files."""
    packs = buildpack_dirs(snap.files)
    return [r for r in reads if not build_machinery(r[1][0], packs)]
