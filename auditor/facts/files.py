"""``files``: where the well-known files of a project are (README, community files, CI, lockfiles…)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.paths import is_generated, is_test, is_vendored

COMMUNITY_DIRS = ("", "docs", ".github", ".gitlab", "doc")
README_NAMES = re.compile(r"^(readme|lisezmoi|lisez-moi)(\.[a-z0-9]+)?$", re.I)
DOC_EXT_ORDER = ("md", "markdown", "rst", "adoc", "asciidoc", "txt", "org", "")

COMMUNITY = {
    "contributing": re.compile(r"^(contributing|contribuer|contribution|contributions)(\.[a-z]+)?$", re.I),
    "code_of_conduct": re.compile(r"^(code[_-]of[_-]conduct|code[_-]de[_-]conduite|conduct)(\.[a-z]+)?$", re.I),
    "security": re.compile(r"^(security|securite|sécurité)(\.[a-z]+)?$", re.I),
    "changelog": re.compile(r"^(changelog|changes|history|news|releases|release[_-]notes|journal[_-]des[_-]modifications)(\.[a-z]+)?$", re.I),
}

CI_SYSTEMS = (
    ("github-actions", re.compile(r"^\.github/workflows/[^/]+\.ya?ml$")),
    ("gitlab-ci", re.compile(r"^\.gitlab-ci\.ya?ml$")),
    ("circleci", re.compile(r"^(\.circleci/[^/]+\.ya?ml|circle\.ya?ml)$")),
    ("travis", re.compile(r"^\.travis\.ya?ml$")),
    ("jenkins", re.compile(r"^(([^/]+/)?Jenkinsfile([.-][\w.-]+)?|[^/]+\.jenkinsfile)$")),
    ("woodpecker", re.compile(r"^\.woodpecker(\.ya?ml|/[^/]+\.ya?ml)$")),
    ("drone", re.compile(r"^\.drone\.ya?ml$")),
    ("azure-pipelines", re.compile(r"^azure-pipelines\.ya?ml$")),
    ("bitbucket-pipelines", re.compile(r"^bitbucket-pipelines\.yml$")),
    ("appveyor", re.compile(r"^\.?appveyor\.ya?ml$")),
    ("forgejo-actions", re.compile(r"^\.(forgejo|gitea)/workflows/[^/]+\.ya?ml$")),
    ("buildkite", re.compile(r"^\.buildkite/pipeline\.ya?ml$")),
    ("sourcehut", re.compile(r"^(\.build\.ya?ml|\.builds/[^/]+\.ya?ml)$")),
    ("semaphore", re.compile(r"^\.semaphore/semaphore\.ya?ml$")),
    ("wercker", re.compile(r"^wercker\.ya?ml$")),
    ("cloud-build", re.compile(r"^cloudbuild\.ya?ml$")),
    ("codeship", re.compile(r"^codeship-(steps|services)\.ya?ml$")),
)

LOCKFILES = {
    "package-lock.json": "npm", "npm-shrinkwrap.json": "npm", "yarn.lock": "yarn", "pnpm-lock.yaml": "pnpm",
    "bun.lockb": "bun", "bun.lock": "bun", "poetry.lock": "poetry", "Pipfile.lock": "pipenv", "uv.lock": "uv",
    "pdm.lock": "pdm", "requirements.lock": "pip", "composer.lock": "composer", "Gemfile.lock": "bundler",
    "Cargo.lock": "cargo", "go.sum": "go", "mix.lock": "mix", "gradle.lockfile": "gradle", "packages.lock.json": "nuget",
    "pubspec.lock": "dart", "Podfile.lock": "cocoapods", "flake.lock": "nix",
}

OPENAPI_NAME = re.compile(r"(^|/)(openapi|swagger|api[-_.]?spec|api[-_.]?docs?)([-_.][a-z0-9]+)*\.(ya?ml|json)$", re.I)
DOCKERFILE = re.compile(r"(^|/)(Dockerfile|Containerfile)([.-][^/]*)?$|(^|/)[^/]+\.dockerfile$", re.I)
COMPOSE = re.compile(r"(^|/)(docker-)?compose([.-][^/]*)?\.ya?ml$", re.I)
# Configuration templates: .env.example, .env.dist, .env.sample, .env.template, .env.model, env.default,
# .env.test/.env.ci (throw-away values of tests and CI), app.env.example, example.env…
_TEMPLATE_WORDS = r"example|sample|dist|template|tpl|defaults?|exemple|model|modele|modèle|skel|test|testing|ci"
ENV_TEMPLATE = re.compile(rf"(^|/)(\.env|env|\.envrc)[.-]?(?:[\w-]+[.-])?({_TEMPLATE_WORDS})(\.[a-z]+)?$|(^|/)[^/]*\.env\.({_TEMPLATE_WORDS})$"
                          rf"|(^|/)([^/]*[.-])?({_TEMPLATE_WORDS})\.env$", re.I)


def is_env_template(path: str) -> bool:
    """A committed configuration template (documents the settings; its values are placeholders)."""
    return bool(ENV_TEMPLATE.search(path))
DOCS_CONFIG = re.compile(r"^(mkdocs\.ya?ml|docs/conf\.py|doc/conf\.py|docs/source/conf\.py|docusaurus\.config\.[jt]s|\.readthedocs\.ya?ml|antora\.yml|docs/antora\.yml|book\.toml|\.vitepress/config\.[jt]s|docs/\.vitepress/config\.[cm]?[jt]s)$", re.I)


# An API description whatever its file name: a top-level ``openapi:``/``swagger:``/``asyncapi:`` key
SPEC_KEY_YAML = re.compile(r"^(openapi|swagger|asyncapi)\s*:\s*['\"]?\d", re.M)
SPEC_KEY_JSON = re.compile(r"^\{?\s{0,4}\"(openapi|swagger|asyncapi)\"\s*:\s*\"\d", re.M)
NOT_SPEC_NAMES = re.compile(r"^(package(-lock)?\.json|composer\.json|tsconfig[\w.-]*\.json|jsconfig\.json|\.?eslintrc[\w.]*|\.prettierrc[\w.]*|"
                            r"renovate\.json5?|angular\.json|nx\.json|lerna\.json|app\.json|manifest\.json|[\w.-]*\.lock\.json|"
                            r"(docker-)?compose[\w.-]*\.ya?ml|pnpm-lock\.yaml|\.gitlab-ci\.ya?ml|mkdocs\.ya?ml|publiccode\.ya?ml)$", re.I)
MAX_SPEC_CANDIDATES = 200
MAX_SPEC_BYTES = 2 * 1024 * 1024
SPEC_HEAD = 8192


def specs_by_content(snap, entries: list, known: set[str]) -> list[str]:
    """YAML/JSON files (at most 200, shallowest first, each under 2 MB) whose first 8 KB hold a
    top-level ``openapi``/``swagger``/``asyncapi`` key."""
    cands = sorted((e for e in entries if e.ext in ("yml", "yaml", "json") and e.path not in known and e.size <= MAX_SPEC_BYTES
                    and not NOT_SPEC_NAMES.match(e.name) and not e.path.startswith((".github/", ".gitlab/"))
                    and not is_generated(e.path) and not is_test(e.path)),
                   key=lambda e: (e.path.count("/"), e.path))[:MAX_SPEC_CANDIDATES]
    found = []
    for path, text in snap.iter_text([e.path for e in cands], limit=MAX_SPEC_BYTES):
        head = text[:SPEC_HEAD]
        rx = SPEC_KEY_JSON if path.lower().endswith(".json") else SPEC_KEY_YAML
        if rx.search(head):
            found.append(path)
    return sorted(found)


def _best(entries: list, dirs: tuple[str, ...] = COMMUNITY_DIRS) -> str | None:
    """The preferred path: root first, then docs/.github/.gitlab, then by extension order."""
    def key(e) -> tuple:
        d = e.dir.lower()
        depth = dirs.index(d) if d in dirs else len(dirs)
        ext = e.ext if "." in e.name else ""
        return (depth, DOC_EXT_ORDER.index(ext) if ext in DOC_EXT_ORDER else len(DOC_EXT_ORDER), e.path)
    entries = [e for e in entries if e.kind in ("file", "executable", "symlink")]
    return min(entries, key=key).path if entries else None


def readme_path(snapshot) -> str | None:
    root = [e for e in snapshot.files.values() if e.dir == "" and README_NAMES.match(e.name)]
    if root:
        return _best(root)
    for d in ("docs", ".github", "doc"):
        found = [e for e in snapshot.files.values() if e.dir.lower() == d and README_NAMES.match(e.name)]
        if found:
            return _best(found)
    return None


@fact("files", version=2)
def files(ctx) -> dict:
    snap = ctx.snapshot
    entries = list(snap.files.values())
    community_candidates = [e for e in entries if e.dir.lower() in COMMUNITY_DIRS]
    out: dict = {"readme": readme_path(snap)}
    for key, rx in COMMUNITY.items():
        out[key] = _best([e for e in community_candidates if rx.match(e.name)])
    publiccode = [e for e in entries if e.dir == "" and e.name.lower() in ("publiccode.yml", "publiccode.yaml")]
    out["publiccode"] = publiccode[0].path if publiccode else None
    live = [e for e in entries if not is_vendored(e.path)]

    def first(rx) -> str | None:
        found = sorted((e for e in live if rx.search(e.path)), key=lambda e: (e.path.count("/"), e.path))
        return found[0].path if found else None

    out["dockerfile"] = first(DOCKERFILE)
    out["compose"] = first(COMPOSE)
    out["env_template"] = first(ENV_TEMPLATE)
    docs_dirs = sorted({e.path.split("/")[0] for e in entries if "/" in e.path and e.path.split("/")[0].lower() in ("docs", "doc", "documentation")})
    docs_cfg = first(DOCS_CONFIG)
    out["docs"] = (docs_dirs[0] + "/") if docs_dirs else docs_cfg
    out["ci"] = sorted({name for name, rx in CI_SYSTEMS for e in entries if rx.match(e.path)})
    out["lockfiles"] = sorted(e.path for e in live if e.name in LOCKFILES)
    named = {e.path for e in live if OPENAPI_NAME.search(e.path) and not is_generated(e.path)}
    out["openapi"] = sorted(named | set(specs_by_content(snap, live, named)))[:50]
    out["tests"] = any(is_test(e.path) and not is_vendored(e.path) for e in entries)
    out["symlinks"] = sorted(e.path for e in entries if e.kind == "symlink")[:100]
    out["count"] = len(entries)
    return out
