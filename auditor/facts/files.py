"""``files``: where the well-known files of a project are (README, community files, CI, lockfiles…)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.container_files import CANONICAL_COMPOSE, COMPOSE, DEV_WORKSPACE, PREFIXED_COMPOSE, compose_named, project_image
from auditor.facts.js_specs import JS_PATHS_KEY, JS_SPEC_EXT, SPEC_FILE_NAME, SPEC_KEY_JS
from auditor.facts.inventory import DOCKERFILE, COMMUNITY, COMMUNITY_DIRS, MANIFESTS, RASTER_EXT, REQUIREMENTS, LEGACY_LOCKS, component_dirs, ENV_TEMPLATE, LOCKFILES, is_env_template, best_path as _best, classify, community_kind, component_community_file, security_txt, is_config_template, is_doc, is_generated, inventory_of, is_test, is_vendored, own_names, test_by_spec_folder  # noqa: F401 (is_env_template re-exported)
from auditor.facts.project_folder import project_folder_path, project_folder_readme  # noqa: F401 (re-exported)
from auditor.facts.framework_markers import symfony_defaults_named
from auditor.facts.env_reads import tool_option_env, unread_env
from auditor.facts.doc_pages import blank_document, code_dirs, content_model, doc_folder, documentation_entries, guide_not_policy, no_document, r_package_docs, readme_changelog
from auditor.facts.doc_demo import code_only, demo_only
from auditor.facts.doc_folders import deeper_docs, no_pages, linked_documentation, root_documentation, site_without_pages, storybook_docs
from auditor.facts.env_templates import build_output_template, docs_example_env, node_config_env, readme_copied_env, readme_copied_module, readme_copied_script, readme_copied_settings, readme_filled_env, readme_prose_copy, PLAIN_TEMPLATE, readme_reference_env, self_declared_env, settings_rank, template_component  # noqa: F401 (re-exported)
from auditor.facts.contributing_guide import docs_contributing_page, readme_contributing_guide, titled_contributing_guide
from auditor.facts.secret_values import DOTENV_ASSIGN, is_env_file, settings_env, symfony_defaults_file
from auditor.facts.web_templates import web_server_template
from auditor.facts.scaffold_tests import scaffold_test, untested_script  # noqa: F401 (re-exported)
from auditor.facts.server_pages import is_server_page
from auditor.facts.requirement_files import compiled_requirements  # noqa: F401 (re-exported)
from auditor.facts.ci_systems import CI_SYSTEMS, ci_files  # noqa: F401 (re-exported)
from auditor.facts.settings_files import container_settings, named_settings
from auditor.facts.masked_settings import masked_config_defaults
from auditor.facts.foreign_changelogs import foreign_changelogs
from auditor.facts.release_pages import debian_changelog, readme_changelog_line, unfilled_changelog
from auditor.facts.upstream_copies import inside, upstream_copies
from auditor.lazyre import lazy_compile

README_NAMES = COMMUNITY["readme"]
_SETTINGS_FORMAT = lazy_compile(r"\.(?:properties|ini|conf|cfg|ya?ml|toml|xml|json|env)$", re.I)  # (not a script: settings.py is code)

OPENAPI_NAME = lazy_compile(r"(^|/)(openapi|swagger|api[-_.]?spec|api[-_.]?docs?)([-_.][a-z0-9]+)*\.(ya?ml|json)$", re.I)
DOCS_CONFIG = lazy_compile(r"^(mkdocs\.ya?ml|zensical\.toml|docs/conf\.py|doc/conf\.py|docs/source/conf\.py|docusaurus\.config\.[jt]s|\.readthedocs\.ya?ml|antora\.yml|docs/antora\.yml|book\.toml|\.vitepress/config\.[jt]s|docs/\.vitepress/config\.[cm]?[jt]s|_pkgdown\.ya?ml|pkgdown/_pkgdown\.ya?ml|\.gitbook\.ya?ml|\.storybook/main\.[cm]?[jt]s)$", re.I)


# An API description whatever its file name: a top-level ``openapi:``/``swagger:``/``asyncapi:`` key
SPEC_KEY_YAML = lazy_compile(r"^(openapi|swagger|asyncapi)\s*:\s*['\"]?\d", re.M)
SPEC_KEY_JSON = lazy_compile(r"^\{?\s{0,4}\"(openapi|swagger|asyncapi)\"\s*:\s*\"\d", re.M)
NOT_SPEC_NAMES = lazy_compile(r"^(package(-lock)?\.json|composer\.json|tsconfig[\w.-]*\.json|jsconfig\.json|\.?eslintrc[\w.]*|\.prettierrc[\w.]*|"
                            r"renovate\.json5?|angular\.json|nx\.json|lerna\.json|app\.json|manifest\.json|[\w.-]*\.lock\.json|"
                            r"(docker-)?compose[\w.-]*\.ya?ml|pnpm-lock\.yaml|shrinkwrap\.yaml|\.gitlab-ci\.ya?ml|mkdocs\.ya?ml|publiccode\.ya?ml)$", re.I)
MAX_SPEC_CANDIDATES = 200
MAX_JS_SPEC_CANDIDATES = 100
MAX_JS_SPEC_BYTES = 512 * 1024
MAX_SPEC_BYTES = 2 * 1024 * 1024
SPEC_HEAD = 8192


def specs_by_content(snap, entries: list, known: set[str]) -> list[str]:
    """YAML/JSON files (at most 200, shallowest first, each under 2 MB) whose first 8 KB hold a
    top-level ``openapi``/``swagger``/``asyncapi`` key; JS/TS modules (at most 100, shallowest first) whose first 8 KB export one as an
    object literal, and before them those named after a description (at most 100), read whole, whose object also has its ``paths``."""
    cands = sorted((e for e in entries if e.ext in ("yml", "yaml", "json") and e.path not in known and e.size <= MAX_SPEC_BYTES
                    and not NOT_SPEC_NAMES.match(e.name) and not e.path.startswith((".github/", ".gitlab/"))
                    and not is_generated(e.path) and not (is_test(e.path) and not is_doc(e.path) and not test_by_spec_folder(e.path))),  # (docs/specs/api.yml, api/specs/v3.yaml)
                   key=lambda e: (e.path.count("/"), e.path))[:MAX_SPEC_CANDIDATES]
    js = sorted((e for e in entries if e.ext in JS_SPEC_EXT and e.path not in known and e.size <= MAX_JS_SPEC_BYTES and not e.name.endswith(".d.ts")
                 and not is_generated(e.path) and not is_test(e.path)), key=lambda e: (e.path.count("/"), e.path))
    whole = {e.path for e in [e for e in js if SPEC_FILE_NAME.search(e.name)][:MAX_JS_SPEC_CANDIDATES]}  # (openapi.ts five folders deep: read first, whole)
    cands, found = cands + [e for e in js if e.path in whole] + [e for e in js if not SPEC_FILE_NAME.search(e.name)][:MAX_JS_SPEC_CANDIDATES], []
    for path, text in snap.iter_text([e.path for e in cands], limit=MAX_SPEC_BYTES):
        head = text[:SPEC_HEAD]
        if path in whole and not SPEC_KEY_JS.search(head):  # a module named after the description: its object may follow hundreds of lines
            found += [path] if SPEC_KEY_JS.search(text[:MAX_JS_SPEC_BYTES]) and JS_PATHS_KEY.search(text[:MAX_JS_SPEC_BYTES]) else []  # of schemas; with its paths
            continue
        rx = SPEC_KEY_JSON if path.lower().endswith(".json") else SPEC_KEY_JS if path.rsplit(".", 1)[-1].lower() in JS_SPEC_EXT else SPEC_KEY_YAML
        if rx.search(head):
            found.append(path)
    return sorted(found)


# A page the repository's MkDocs site lists in its navigation under a title of its own ("- Exemple de source de données entreprise :
# Readme.md", a geomatics course's page listing data sources): the site's content, not a README presenting the repository
def _site_nav_page(snapshot, name: str) -> bool:
    for config in ("mkdocs.yml", "mkdocs.yaml"):
        if config in snapshot.files:
            text = snapshot.read_text(config, limit=256 * 1024) or ""
            if re.search(r"^[^\S\n]*docs_dir[^\S\n]*:[^\S\n]*['\"]?(?!docs/?['\"]?[^\S\n]*$)", text, re.M):
                return False  # (the site is built from another folder)
            return bool(re.search(r"""^[^\S\n]*-[^\S\n]*[^:\n]*\w[^:\n]*:[^\S\n]*['"]?""" + re.escape(name) + r"""['"]?[^\S\n]*$""", text, re.M))
    return False


def readme_path(snapshot) -> str | None:
    root = [e for e in snapshot.files.values() if e.dir == "" and README_NAMES.match(e.name)]
    # beside a README, a LISEZMOI is its French side file or translation: the forge shows the README (README.md + LISEZMOI.md)
    root = [e for e in root if e.name.lower().startswith("readme")] or root
    if root:
        return wordpress_readme(snapshot, root, _best(root))
    for d in ("docs", ".github", "doc"):
        found = [e for e in snapshot.files.values() if e.dir.lower() == d and README_NAMES.match(e.name)]
        if d == "docs":  # (a page of the site built from docs/, not the repository's README)
            found = [e for e in found if not _site_nav_page(snapshot, e.name)]
        if found:
            return _best(found)
    # no plain README: a named one at the root is the README (README_FASTAPI.md, README-fr.md, README.en.md)
    named = [e for e in snapshot.files.values() if e.dir == "" and README_VARIANT.match(e.name)]
    return _best(named) if named else project_folder_readme(snapshot)


def wordpress_readme(snapshot, root: list, best: str) -> str:
    """A WordPress plugin's readme.txt (the wordpress.org format) rather than a README.md less than half its size beside it (a
    GitHub mirror's one-line README.md): the plugin's chapters (installation, FAQ, changelog) are in the readme.txt."""
    txt = next((e for e in root if e.name.lower() == "readme.txt" and e.size <= 512 * 1024), None)
    if txt is None or txt.path == best or (snapshot.files[best].size * 2 > txt.size if best in snapshot.files else True):
        return best
    from auditor.facts.readme_wordpress import is_wordpress_readme

    return txt.path if is_wordpress_readme(txt.path, snapshot.read_head(txt.path, 8192) or "") else best


# a diagram editor's source of a picture (draw.io's model_io.drawio beside the model_io.svg it exported, Excalidraw's, Dia's): the
# README's picture in the form its author edits it, no page of documentation (issue 12, s36 o36: meteofrance/cams-dl-ensemble's doc/
# held an empty data.md, the README's pictures and one .drawio)
DIAGRAM_SOURCE_EXT = frozenset({"drawio", "dio", "excalidraw", "dia"})


def _picture(name: str) -> bool:
    return name.rsplit(".", 1)[-1].lower() in RASTER_EXT | {"svg", "ico"} | DIAGRAM_SOURCE_EXT if "." in name else False


def gitbook_summary(entries: list) -> str | None:
    """A GitBook space's table of contents: SUMMARY.md at the root beside GitBook's .gitbook/ folder or .gitbook.yaml (the whole
    repository is the documentation, incubateur-territoires/docs-pcrs-public)."""
    names = {e.path for e in entries if e.dir == ""}
    gitbook = ".gitbook.yaml" in names or any(e.path.startswith(".gitbook/") for e in entries)
    return "SUMMARY.md" if gitbook and "SUMMARY.md" in names else None


class _SettingsTemplate:
    """A settings file shipped to be copied, of any kind (inventory.is_config_template), matched like a pattern."""
    @staticmethod
    def search(path: str) -> bool:
        return is_config_template(path)


_SETTINGS_TEMPLATE = _SettingsTemplate()
# An env file of a test or CI run (.env.test: Symfony's "define your env variables for the test env here") holds that
# run's values, not the settings to copy: the env_template fact leaves it out (secret scans still treat it as throw-away).
_RUN_WORDS = {"test", "testing", "ci"}
_COPY_WORDS = {"example", "sample", "dist", "template", "tpl", "default", "defaults", "exemple", "model", "modele", "modèle", "skel"}


def _run_env(path: str, readme: str = "") -> bool:
    """A test or CI run's env file, unless the README has it copied to make the settings (`cp .env.test .env`)."""
    words = set(re.split(r"[./_-]", path.lower()))
    if (words & _COPY_WORDS) or not (words & _RUN_WORDS):
        return False
    name = re.escape(path.rsplit("/", 1)[-1])
    return not re.search(rf"\b(cp|copy|copie\w*|rename|renomm\w*|mv)\b[^\n]{{0,80}}?(?<![\w.-]){name}(?![\w.-])", readme[:200_000], re.I)


# A test runner's set-up, loaded before the tests (PHPUnit's tests/bootstrap.php, RSpec's spec/spec_helper.rb, pytest's conftest.py of
# fixtures, Jest's setupTests.js), or a test package's marker: no test of its own. A tests/ folder holding only these has no test.
TEST_SETUP = lazy_compile(r"^(bootstrap\.php|(spec|rails|test)_helper\.rb|conftest\.py|__init__\.py|setup[-_.]?tests?\.[cm]?[jt]sx?|"
                          r"(jest|vitest|karma|test)[-_.]setup\.[cm]?[jt]s|setup\.[cm]?[jt]s|"
                          # a runner's configuration kept in the test folder (the Nest CLI's test/jest-e2e.json)
                          r"jest[-_.]e2e\.json|(jest|vitest)\.config\.(json|[cm]?[jt]s)|"
                          # a browser-test runner's configuration in the e2e folder (the Angular CLI's e2e/protractor.conf.js)
                          r"(protractor|karma|wdio|nightwatch)[-_.]conf(ig)?\.[cm]?[jt]s|"
                          # (and Cypress's and Playwright's: an Nx e2e project's cypress.config.ts, its nxE2EPreset and base URL)
                          r"(cypress|playwright)\.config\.[cm]?[jt]s)$", re.I)


def holds_no_test(e) -> bool:
    """A file of a test folder holding no test: a runner's set-up or package marker, an empty file, a side service's set-up (test/matomo/
    docker-compose.yml, db.env), or a server page (a CMS plugin's test/sendError404.jsp raising an error by hand: no framework runs JSP)."""
    return bool(TEST_SETUP.match(e.name)) or (e.size == 0 and e.kind in ("file", "executable") and not e.missing) or service_setup(e.path) \
        or bool(_TEST_ENV_SETTINGS.search(e.path)) or is_server_page(e.path)


# a framework's settings for its test environment (Symfony's config/packages/test/*.yaml, config/routes/test/): settings, no test
_TEST_ENV_SETTINGS = lazy_compile(r"(?:^|/)config/(?:packages|routes)/tests?/[^/]+\.(?:ya?ml|xml|php)$", re.I)


def service_setup(path: str) -> bool:
    """A container service's set-up: a compose file, a Dockerfile, an env file (db.env, .env, .env.test)."""
    return bool(COMPOSE.search(path) or PREFIXED_COMPOSE.search(path) or DOCKERFILE.search(path)) or is_env_file(path)


# Rust keeps its unit tests inside the sources ("#[cfg(test)] mod tests { #[test] fn … }"), run by `cargo test`: no file or folder
# name says so. The project's own .rs files (not vendored nor generated), in path order, bounded by count and size.
_RUST_TEST = lazy_compile(r"^[ \t]*#\[(?:cfg\(test\)|test|tokio::test|async_std::test)\]", re.M)
MAX_RUST_FILES, MAX_RUST_BYTES = 300, 256 * 1024


def rust_test_files(snap, entries) -> list[str]:
    """The Rust sources holding their own unit tests, by path (the first 300 .rs files given, not tests nor copies, 256 KB each)."""
    rs = sorted(e.path for e in entries if e.kind in ("file", "executable") and e.ext.lower() == "rs" and not is_test(e.path)
                and not is_vendored(e.path) and not is_generated(e.path))[:MAX_RUST_FILES]
    return [p for p in rs if _RUST_TEST.search(snap.read_text(p, MAX_RUST_BYTES) or "")]


# a test folder's data (tests/datasets/, test/fixtures/, tests/data/): what the tests read, never a test itself, whatever its
# extension (a TypeScript sketch of the data's entities, an MPEG transport stream .ts)
_TEST_DATA_DIRS = frozenset({"data", "datasets", "dataset", "fixtures", "fixture", "testdata", "test-data", "test_data", "donnees", "jeux-de-donnees"})


def test_data(path: str) -> bool:
    """A file in a data folder below a test folder (src/tests/datasets/entities.ts), not named as a test."""
    segs = path.split("/")[:-1]
    return any(seg.lower() in _TEST_DATA_DIRS and i and is_test("/".join(segs[:i]) + "/x") for i, seg in enumerate(segs)) \
        and not is_test(path.rsplit("/", 1)[-1])


# Symfony's committed .env, as its recipe writes it ("#  * .env  contains default values for the environment variables needed by
# the app", each machine's own values going to an uncommitted .env.local): the settings every deployment starts from
_DEFAULTS_ENV = lazy_compile(r"\.env\s+contains default values for the environment variables", re.I)


def defaults_env(snap, live: list) -> str | None:
    """The shallowest committed .env that says it holds the defaults to override and sets at least one (the first 5 by depth; not
    Symfony's header of comments alone, every variable moved elsewhere)."""
    found = sorted((e.path for e in live if e.name == ".env" or e.name.startswith(".env.")), key=lambda p: (p.count("/"), p != ".env" and not p.endswith("/.env"), p))[:5]
    texts = ((p, (snap.read_text(p, 64 * 1024) or "")) for p in found)  # (or the same under another name, .env.install: framework_markers)
    return next((p for p, t in texts if _DEFAULTS_ENV.search(t[:4096]) and (p.rsplit("/", 1)[-1] == ".env" or symfony_defaults_named(p.rsplit("/", 1)[-1], t))
                 and any(map(DOTENV_ASSIGN.match, t.splitlines()))), None)


def filled_env(snap, readme: str, live: list) -> str | None:
    """The committed ``<name>.env`` the README tells to fill (env_templates.readme_filled_env) when it is a settings file to fill: two
    settings at least, every secret empty or a placeholder (secret_values.settings_env); one holding a real password is the live
    settings, a secret committed (the secrets fact's), no template."""
    path = readme_filled_env(readme, live)
    text = (snap.read_text(path, 64 * 1024) or "") if path else ""
    return path if sum(1 for x in text.splitlines() if DOTENV_ASSIGN.match(x)) >= 2 and settings_env(text) else None


def settings_dotenv(snap, live: list, unread: set = frozenset()) -> str | None:
    """The shallowest committed .env that is the configuration template (the first 5 by depth, 64 KB each): the project's settings,
    every secret empty or a placeholder, the others their defaults (a Vite front end's `VITE_…=` keys left empty, a back office's
    `"________"` masks and localhost URLs; Symfony's .env with the APP_SECRET its recipe generated); not one of ``unread``, whose variables nothing reads (env_reads). The settings facts read
    the same files as templates (secret_values.settings_env)."""
    found = sorted((e.path for e in live if e.name == ".env" and e.kind == "file" and e.path not in unread), key=lambda p: (p.count("/"), p))[:5]
    return next((p for p in found if settings_env(snap.read_text(p, 64 * 1024) or "", symfony_defaults_file(snap, p))), None)


_COMMENT_LINE = lazy_compile(r"^\s*(?:#|;|//|rem\b|$)", re.I)
MAX_SETTINGLESS_BYTES = 16 * 1024


def settingless(snap, path: str) -> bool:
    """An env file that sets nothing: empty, or blank and comment lines only (``# These settings are NOT suited for production.``);
    a file too big to read in full is taken to set something."""
    e = snap.files.get(path)
    if e is None or e.size > MAX_SETTINGLESS_BYTES:
        return False
    return all(_COMMENT_LINE.match(line) for line in (snap.read_text(path, MAX_SETTINGLESS_BYTES) or "").splitlines())


README_VARIANT = re.compile(r"^(readme|lisezmoi)[._-][\w.-]+\.(md|markdown|rst|txt|adoc)$", re.I)


@fact("files", version=146)
def files(ctx) -> dict:
    snap = ctx.snapshot
    entries = list(snap.files.values())
    community_candidates = [e for e in entries if e.dir.lower() in COMMUNITY_DIRS and not guide_not_policy(snap, e)  # (docs/security.md, a user guide's page)
                            and not (community_kind(e.name) and blank_document(snap, e))  # (an empty CHANGELOG.md: nothing for a reader)
                            and not (community_kind(e.name) == "changelog" and unfilled_changelog(snap, e))]  # (nor a change log's template unfilled)
    out: dict = {"readme": readme_path(snap)}
    copied = set(ctx.fact("copied_paths") or [])
    # (not an upstream project copied inside: cry-me's cryme_app/element/, element-android's own CONTRIBUTING.md and CHANGES.md)
    upstream = upstream_copies(snap, entries, out["readme"], own_names(snap, getattr(ctx, "target", None)))
    # (nor a community file a copy brought: a Jekyll theme's repository copied into docs/, its docs/CONTRIBUTING.md — s39 fh39)
    mine = [e for e in entries if not inside(e.path, upstream) and not (e.path in copied and community_kind(e.name))]
    # (nor another package's release history copied with it: h5p/CHANGELOG.md linking @lumieducation's repository — s39 fj39)
    foreign = foreign_changelogs(snap, [e.path for e in mine if e.dir and e.dir.lower() not in COMMUNITY_DIRS and COMMUNITY["changelog"].match(e.name)], out["readme"], own_names(snap, getattr(ctx, "target", None)))
    for key in ("contributing", "code_of_conduct", "security", "changelog"):  # (a copied template's change log is its history: ui_templates)
        out[key] = _best([e for e in community_candidates if COMMUNITY[key].match(e.name) and e.path not in copied])
    # (the one the README links to, wherever it is: app/règles/CHANGELOG.md, a published model's release notes)
    out["changelog"] = out["changelog"] or readme_changelog(snap, out["readme"], {e.path for e in entries if not is_vendored(e.path)}, COMMUNITY["changelog"]) \
        or component_community_file([e for e in mine if e.path not in foreign], "changelog", snap) \
        or (out["readme"] if readme_changelog_line(snap, out["readme"]) else None) \
        or debian_changelog(snap, own_names(snap, getattr(ctx, "target", None)))  # (or the README's own "## Changelog" chapter of releases, or the project's own Debian packaging's)
    out["security"] = out["security"] or security_txt(entries)  # (or the site's security.txt, RFC 9116)
    # (else the guide the README's contributing chapter links to under another name: doc/add_features_contribute.md)
    out["contributing"] = out["contributing"] or readme_contributing_guide(snap.read_text, snap.files, out["readme"], getattr(ctx, "target", None)) \
        or docs_contributing_page(snap.read_text, entries)  # (or the documentation's own page for contributors: doc/source/misc/contribute.rst)
    out["contributing"] = out["contributing"] or titled_contributing_guide(snap.read_text, community_candidates)  # (or a page titled as the guide
    # under a misspelt name: .github/CONTRIBUTIING.md "# Contributing")
    for key in ("contributing", "code_of_conduct", "security"):  # (else a monorepo's component keeps its own, in its folder or its documentation
        # folder, as community-files finds it: apps/platform/CONTRIBUTING.md, aclia_data/docs/CONTRIBUTING.md beside aclia_data/requirements.txt)
        out[key] = out[key] or component_community_file([e for e in mine if not (COMMUNITY[key].match(e.name) and (guide_not_policy(snap, e) or blank_document(snap, e)))], key)
    publiccode = [e for e in entries if e.dir == "" and e.name.lower() in ("publiccode.yml", "publiccode.yaml")]
    out["publiccode"] = publiccode[0].path if publiccode else None
    live = [e for e in entries if not is_vendored(e.path)]
    # (not a file of a copy the inventory finds by its banner or layout: a WordPress plugin's config-sample.php in a committed site;
    # a library a package manager installed into a committed folder, bower's .bowerrc "directory": "lib", whose Ace editor ships
    # snippets/dockerfile.js: that library's, no container nor compose file of the project)
    recipes = [e for e in live if e.path not in copied]

    def first(rx, canonical=None, skip=lambda p: False, rank=lambda p: ()) -> str | None:
        """The shallowest match; at one depth the canonical name (docker-compose.yml) before its variants
        (docker-compose.tools.yml, docker-compose.override.yml), then by path. A development workspace's image
        (.gitpod.dockerfile, .devcontainer/) comes last: it builds the editor's machine, not the project. ``rank`` leads the order."""
        found = sorted((e for e in recipes if rx.search(e.path) and not skip(e.path)),
                       key=lambda e: (rank(e.path), bool(DEV_WORKSPACE.search(e.path)), e.path.count("/"), not (canonical and canonical.match(e.name)), e.path))
        return found[0].path if found else None

    # (not a test's side service: test/matomo/docker-compose.yml; not an emptied file, 0 bytes, beside the one in use)
    empty = {e.path for e in live if e.size == 0 and not e.missing}
    # (or one named for its use, local-compose.yml, after the canonical names at its depth)
    out["compose"] = first(COMPOSE, CANONICAL_COMPOSE, skip=lambda p: is_test(p) or p in empty) \
        or first(PREFIXED_COMPOSE, skip=lambda p: is_test(p) or p in empty or not compose_named(snap, p))
    out["dockerfile"] = project_image(snap, recipes, out["compose"])
    # an env file to copy, else any settings file shipped to copy (settings_template.json, Local.xcconfig.example)
    readme = (snap.read_text(out["readme"], 200_000) or "") if out["readme"] else ""
    own = [e for e in live if e.path not in copied]
    # (nor a test's fixture: a CLI's tests/samples/<case>/.env of one variable)
    # (nor a documentation folder's shell environment of its example commands, doc/env.sample; one in doc/ comes after the others; the
    # application's settings before a logger's, env_templates.settings_rank)
    run_env = lambda p: _run_env(p, readme) or p in copied or is_test(p) or (is_doc(p) and docs_example_env(p, snap.read_text(p, 4096) or ""))  # noqa: E731
    own = [e for e in own if not is_test(e.path)]
    # (a template holding no setting, comments alone — datacube's root .template.env "These settings are NOT suited for production"
    # beside spock/.env.template of PGHOST, PGUSER… — comes after one that sets something)
    out["env_template"] = first(ENV_TEMPLATE, PLAIN_TEMPLATE, skip=run_env, rank=lambda p: (settingless(snap, p), is_doc(p))) or readme_copied_env(readme, own) or readme_copied_script(snap, readme, own) \
        or readme_prose_copy(readme, {e.path for e in own if e.kind == "file"}) or readme_reference_env(readme, own) \
        or readme_copied_module(readme, {e.path for e in own if e.kind == "file"}) or readme_copied_settings(readme, {e.path for e in own if e.kind == "file"}) \
        or filled_env(snap, readme, own) or self_declared_env(snap, own) or node_config_env(snap, own) or masked_config_defaults(snap, own) or defaults_env(snap, own) \
        or settings_dotenv(snap, own, unread_env(ctx) | tool_option_env(ctx)) or first(_SETTINGS_TEMPLATE, skip=lambda p: run_env(p) or content_model(p) or build_output_template(snap, p) or web_server_template(snap, p) is not None,
                                                            rank=lambda p: (is_doc(p), *settings_rank(p))) \
        or first(_SETTINGS_TEMPLATE, skip=lambda p: run_env(p) or content_model(p) or build_output_template(snap, p) or web_server_template(snap, p) != "filled")
    # (a web server's template comes last, and only with the placeholders a deployment fills: the project's own settings template leads)
    # (else the settings file the README names where it speaks of configuring, in a settings format — config/settings.toml "configurée
    # dans 'config/settings.toml'", its passwords "volontairement erroné[s]": what each deployment adapts, and the template
    # reusability.configuration names, by the same reading, settings_files.named_settings)
    # (only where code reads them: a Spring Cloud Config repository's application.yml is the settings themselves, not a template; or
    # where the repository's container recipe hands the file to the application it builds from elsewhere, a deployment kit's
    # mtw-dist.ini that its Dockerfile copies into the image of a release it downloads)
    coded = bool((ctx.fact("inventory") or {}).get("categories", {}).get("source"))
    if not out["env_template"]:
        kit = None if coded else set(container_settings(snap, own))
        out["env_template"] = next((p for p in named_settings(snap, own, [out["readme"]] if out["readme"] else [])
                                    if _SETTINGS_FORMAT.search(p) and not is_test(p) and not run_env(p) and (kit is None or p in kit)), None)
    # (and the component it belongs to, when it is one component's among others: a bundled library's .env, a demo client's)
    out["env_template_component"] = template_component(live, out["env_template"])
    # (a folder of images only, helmdex's docs/logo.png, holds the README's pictures, not documentation)
    code = code_dirs(entries)
    # (nor a folder holding no document: docs/.gitkeep alone, doc/releases.md alone — the release notes, the changelog)
    # (nor a web app a bundler built into docs/ for GitHub Pages: its page, bundles and fonts)
    built = inventory_of(ctx).site_paths
    # (a docs folder named with a leading underscore, "_docs/" beside "_scripts/", sorted first; but not a Jekyll site's collection of pages)
    jekyll = any(e.path in ("_config.yml", "_config.yaml") for e in entries)
    docs_dirs = sorted({e.path.split("/")[0] for e in entries if "/" in e.path and e.path not in built and (e.path.split("/")[0].lower() in ("docs", "doc", "documentation")
                        or not jekyll and e.path.split("/")[0].lower() in ("_docs", "_doc", "_documentation")
                        or doc_folder(e.path.split("/")[0].lower(), e.ext, e.path.split("/")[0], e.path, code)) and not _picture(e.name)
                        and not no_document(e)})  # (doc_fs/, docs-api/ of documents)
    # (nor a library's GitHub Pages demo in docs/: a page loading the built bundle, a GIF)
    docs_dirs = [d for d in docs_dirs if not demo_only(snap, [e for e in entries if e.path.startswith(d + "/")])
                 and not code_only(d, [e for e in entries if e.path.startswith(d + "/")], readme) and not no_pages([e for e in entries if e.path.startswith(d + "/")])]  # (nor a module of code named doc/,
    # nor sphinx-quickstart's Makefile, make.bat and conf.py with no page; nor legal texts alone, doc/legal/cgu.md, doc_folders.no_pages)
    if not docs_dirs:  # the documentation of the project's one application, kept beside its manifest (django/docs/ beside django/requirements.txt)
        components = component_dirs(entries)
        docs_dirs = sorted({e.dir for e in entries if e.dir.rsplit("/", 1)[-1].lower() in ("docs", "doc", "documentation")
                            and e.dir.rpartition("/")[0] in components and not _picture(e.name) and not no_document(e)})
        docs_dirs = [d for d in docs_dirs if not no_pages([e for e in entries if e.path.startswith(d + "/")])]
    # (a site whose pages exist; a Storybook that documents, with MDX pages or pages written from its stories: a component library's
    # documentation site, not a workbench of stories alone)
    docs_cfg = first(DOCS_CONFIG, skip=lambda p: site_without_pages(snap, p, entries) or (p.startswith(".storybook/") and not storybook_docs(snap, p, entries))) \
        or gitbook_summary(entries)
    # (an R package's documentation lies where R keeps it: man/*.Rd reference pages, vignettes/ guides)
    out["docs"] = (docs_dirs[0] + "/") if docs_dirs else docs_cfg or next((d + "/" for d in sorted(r_package_docs(snap, entries))), None) \
        or deeper_docs(ctx) or root_documentation(own) \
        or linked_documentation(snap, out["readme"], documentation_entries(ctx, inventory_of(ctx)))  # (or documentation_fonctionnelle.md at the
    # root; or what the README links as its documentation, a committed Doxygen html/, a root PDF of training slides)
    out["ci"] = sorted({name for name, _ in ci_files([e.path for e in entries], component_dirs(entries))})  # (a component's own too)
    out["lockfiles"] = sorted([e.path for e in live if e.name in LOCKFILES or e.name in LEGACY_LOCKS] + compiled_requirements(snap, live))
    # a file named like a description is one when its top-level key says so, in its first 8 KB: a name alone is no description (a copied
    # tool's api-docs_package.json, openapi-generator-config.yaml, a workflow's openapi-lint.yml); one too big to read keeps its name
    named = {e.path for e in live if OPENAPI_NAME.search(e.path) and not is_generated(e.path)}
    confirmed = {p for p, text in snap.iter_text(sorted(named)[:MAX_SPEC_CANDIDATES], limit=MAX_SPEC_BYTES)
                 if (SPEC_KEY_JSON if p.lower().endswith(".json") else SPEC_KEY_YAML).search((text or "")[:SPEC_HEAD].lstrip("\ufeff"))}
    confirmed |= {p for p in named if snap.files[p].size > min(MAX_SPEC_BYTES, snap.max_blob)}
    out["openapi"] = sorted(confirmed | set(specs_by_content(snap, live, named)))[:50]
    # Tests: the test files reusability.tests-and-ci counts (source_inventory), one rule for the report's fact and the check. A
    # path named or placed as a test is not enough: a Java webapp's src/test/resources (DBUnit datasets, XSDs, a Jetty setting) is
    # what tests would read, and a js/test/ folder of an empty Jasmine bootstrap and a mock holds no test (sdis-remocra).
    out["tests"] = bool(ctx.fact("source_inventory")["test"])
    out["symlinks"] = sorted(e.path for e in entries if e.kind == "symlink")[:100]
    out["count"] = len(entries)
    return out
