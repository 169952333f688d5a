"""The ``root_configs`` fact: what the root package.json, composer.json and pyproject.toml say about
running, linting and targeting browsers (the checks' questions, answered once)."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_vendored
from auditor.lazyre import lazy_compile

MAX_BYTES = 1_000_000
PYPROJECT_LINT = lazy_compile(r"^\[tool\.(ruff|black|isort|pylint|mypy|flake8)", re.M)
# a linter configured in package.json, or a "lint" script running one ("lint": "ng lint", "lint": "eslint assets/scripts/*.js")
PACKAGE_LINT = lazy_compile(r'"eslintConfig"\s*:|"prettier"\s*:|"lint(?::[\w-]+)?"\s*:\s*"[^"\n]*\b(?:eslint|tslint|ng lint|vue-cli-service lint|stylelint|'
                            r'prettier|standard|xo|biome|jshint|next lint)\b')
# A linter run from any npm script, at a command's place ("test": "standard && node tests.js", "pretest": "xo", "check": "npx eslint
# src"): the npm linters of JavaScript and TypeScript (ESLint, JavaScript Standard Style and its semistandard/ts-standard/standardx
# variants, XO, JSHint, JSLint, JSCS, TSLint, Oxlint, Biome's and Rome's lint/check, the Angular, Vue CLI, Next and Nuxt lint
# commands), of styles (stylelint), Prettier when it checks (--check, --list-different), lint-staged running them before commits
SCRIPT_LINTER = lazy_compile(
    r"(?:^|[;&|(]|\b(?:npx|bunx|exec|dlx|run-s|run-p|npm-run-all|concurrently|cross-env)\b)[ \t]*(?:-{1,2}[\w-]+[ \t]+)*(?:[\w-]+=\S*[ \t]+)*"
    r"(?:\./)?(?:node_modules/\.bin/)?['\"]?"
    r"(?:eslint|standard|semistandard|ts-standard|standardx|xo|jshint|jslint|jscs|tslint|oxlint|stylelint|lint-staged"
    r"|(?:@biomejs/)?biome[ \t]+(?:lint|check|ci)|rome[ \t]+(?:check|ci)|ng[ \t]+lint|vue-cli-service[ \t]+lint|next[ \t]+lint|nuxt[ \t]+lint"
    r"|prettier[ \t]+(?:[^;&|\n]{0,200}[ \t])?(?:--check|-c|--list-different|-l))(?![\w.:/-])")
RUN_SCRIPTS = ("start", "dev", "serve", "build")
# the parts whose build ("docs:build", "storybook-build") makes a documentation, not the service (a static site's generator build
# is read by its command: auditor.facts.site_builds)
DOC_BUILDS = ("doc", "docs", "storybook", "typedoc", "jsdoc", "apidoc", "styleguide")
# Python's test-runner recipes (tox.ini, setup.cfg) that configure a linter ([flake8], [pylint]…) or run one in a test
# environment's commands ([testenv] commands = flake8 opentjs): the project's linter, as a CI job running it would be
PY_RECIPES = ("tox.ini", "setup.cfg")
PY_LINT_SECTION = lazy_compile(r"^\[(?:flake8|pycodestyle|pep8|pylint(?:\.[\w.]+)?|mypy|pydocstyle|pyflakes)\]", re.M)
PY_LINT_COMMAND = lazy_compile(r"\b(?:flake8|pylint|ruff|pycodestyle|pyflakes|mypy|pydocstyle|black\s+--check)\b")
MAX_SUB_PACKAGES = 20
# .NET's linters are analyzers the build runs: a project file (or the Directory.Build.props every project of a tree imports) that
# references one (StyleCop.Analyzers, Roslynator, SonarAnalyzer, Meziantou, the .NET SDK's own NetAnalyzers package) or turns the
# SDK's code-style analysis on in the build; an .editorconfig that sets analyzers' rules (dotnet_diagnostic.<id>.severity) and a
# stylecop.json configure them (an .editorconfig of indentation and brace styles only is the editor's: no linter)
DOTNET_BUILD_FILE = lazy_compile(r"^(?:[^/]+\.(?:csproj|fsproj|vbproj)|Directory\.Build\.props)$")
DOTNET_LINT = lazy_compile(r"""<PackageReference[ \t]+Include[ \t]*=[ \t]*["'](?:StyleCop\.Analyzers|Roslynator\.[\w.]+|SonarAnalyzer\.(?:CSharp|VisualBasic)"""
                           r"""|Meziantou\.Analyzer|Microsoft\.CodeAnalysis\.NetAnalyzers|Microsoft\.CodeAnalysis\.FxCopAnalyzers)["']"""
                           r"""|<EnforceCodeStyleInBuild>[ \t]*true[ \t]*<""", re.I)
EDITORCONFIG_RULE = lazy_compile(r"^[^\S\n]*dotnet_diagnostic\.\w+\.severity[^\S\n]*=", re.M)
MAX_DOTNET_FILES = 50


def dotnet_lint(snap) -> list[str]:
    """The .NET project files, Directory.Build.props, .editorconfig and stylecop.json files that set up an analyzer (the first
    fifty of each kind in path order, not vendored, 1 MB each)."""
    files = sorted(p for p in snap.files if not is_vendored(p))
    builds = [p for p in files if DOTNET_BUILD_FILE.match(p.rsplit("/", 1)[-1])][:MAX_DOTNET_FILES]
    found = [p for p in builds if DOTNET_LINT.search(snap.read_text(p, limit=MAX_BYTES) or "")]
    if not builds:  # (an .editorconfig's analyzer rules, a stylecop.json: a .NET project's only)
        return found
    found += [p for p in files if p.rsplit("/", 1)[-1] == "stylecop.json"][:MAX_DOTNET_FILES]
    editors = [p for p in files if p.rsplit("/", 1)[-1] == ".editorconfig"][:MAX_DOTNET_FILES]
    found += [p for p in editors if EDITORCONFIG_RULE.search(snap.read_text(p, limit=MAX_BYTES) or "")]
    return sorted(found)


# Dart's linter is the analyzer `dart analyze` / `flutter analyze` runs with its analysis_options.yaml: one that includes a set of
# lint rules (`flutter create`'s "include: package:flutter_lints/flutter.yaml", package:lints, very_good_analysis…) or lists rules
# under "linter:" configures a linter; one that only excludes files from the analyzer does not
DART_LINT = lazy_compile(r"^include:[ \t]*['\"]?package:\w+/[\w./-]+\.yaml|^linter:[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]+rules:[ \t]*\n"
                         r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]+(?:-[ \t]*)?\w+", re.M)
MAX_DART_FILES = 50


def dart_lint(snap) -> list[str]:
    """The analysis_options.yaml files (the first fifty in path order, not vendored, 1 MB each) that configure Dart's linter
    (:data:`DART_LINT`)."""
    files = sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "analysis_options.yaml" and not is_vendored(p))[:MAX_DART_FILES]
    return [p for p in files if DART_LINT.search(snap.read_text(p, limit=MAX_BYTES) or "")]


def _run_script(name: str) -> bool:
    """An npm script that starts or builds the service: named for it (:data:`RUN_SCRIPTS`), or a variant ("build:prod"), or a part's
    build ("client:build"; not a documentation's, :data:`DOC_BUILDS`)."""
    parts = re.split(r"[:_-]", name)
    return parts[0] in RUN_SCRIPTS or (len(parts) > 1 and parts[-1] == "build" and parts[0].lower() not in DOC_BUILDS)


def _package_json(text: str | None) -> dict:
    out = {"present": text is not None, "run_scripts": False, "browser_targets": False,
           "lint_config": bool(PACKAGE_LINT.search(text or ""))}
    if not text:
        return out
    try:
        data = safejson.loads(text)
    except ValueError:
        return out
    if isinstance(data, dict):
        scripts = data.get("scripts") or {}
        # (a variant of one too: "build:prod", "start:dev", "serve-local"; or a part's build, "client:build", "front-build")
        out["run_scripts"] = isinstance(scripts, dict) and any(isinstance(k, str) and _run_script(k) for k in list(scripts)[:200])
        if isinstance(scripts, dict) and not out["lint_config"]:  # (a linter any script runs: "test": "standard && node tests.js")
            out["lint_config"] = any(isinstance(v, str) and SCRIPT_LINTER.search(v[:2000]) for _k, v in sorted(scripts.items())[:200])
        # npm's "engines" names the Node/npm versions that run the build or the server, never browsers
        out["browser_targets"] = bool(data.get("browserslist"))
    return out


# PHP's linters and static analysers, declared as the project's own development dependencies in composer.json (require-dev:
# squizlabs/php_codesniffer with its default standard, phpstan/phpstan, friendsofphp/php-cs-fixer…): installed by `composer install`
# to check the code, a linter as a configuration file would be (issue 12, s25)
COMPOSER_LINTERS = ("squizlabs/php_codesniffer", "phpstan/phpstan", "friendsofphp/php-cs-fixer", "vimeo/psalm", "phpmd/phpmd",
                    "php-parallel-lint/php-parallel-lint", "jakub-onderka/php-parallel-lint", "symplify/easy-coding-standard",
                    "drupal/coder", "wp-coding-standards/wpcs", "slevomat/coding-standard", "phan/phan", "overtrue/phplint",
                    "laravel/pint", "larastan/larastan", "nunomaduro/larastan", "psalm/phar")


def composer_lint(text: str) -> bool:
    """composer.json names a PHP linter among its require-dev (or require) packages."""
    if not text:
        return False
    try:
        data = safejson.loads(text)
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    names = {str(k).lower() for key in ("require-dev", "require") if isinstance(data.get(key), dict) for k in data[key]}
    return any(n in names for n in COMPOSER_LINTERS)


def python_recipe_lints(text: str) -> bool:
    """A tox.ini or setup.cfg that configures a linter (its own section) or runs one from a [testenv…] section's commands."""
    if PY_LINT_SECTION.search(text):
        return True
    section, in_commands = "", False
    for line in text.splitlines()[:2000]:
        if line.startswith("["):
            section, in_commands = line.strip().lower(), False
            continue
        if not section.startswith("[testenv"):
            continue
        if re.match(r"commands(?:_pre|_post)?\s*=", line):
            in_commands = True
            line = line.split("=", 1)[1]
        elif line and not line[0].isspace():
            in_commands = False
        if in_commands and PY_LINT_COMMAND.search(line.split("#", 1)[0]):
            return True
    return False


@fact("root_configs", version=12, public=False)
def root_configs(ctx) -> dict:
    """``package_json``: present, scripts that start or build the service, browser targets
    (browserslist; npm's engines are Node's versions, not browsers), a linter configured inside it; ``composer_symfony``: composer.json names
    Symfony; ``composer_lint``: composer.json declares a PHP linter (:func:`composer_lint`); ``pyproject_lint``: pyproject.toml configures a linter; ``browser_targets``: the package.json files, at the root or
    one or two folders down (a front end beside an API), that declare browser targets; ``lint_packages``: those sub-folders' package.json
    files that configure a linter; ``python_lint``: the tox.ini and setup.cfg files that configure or run a linter; ``dotnet_lint``: the
    .NET files that set up an analyzer (:func:`dotnet_lint`); ``dart_lint``: the analysis_options.yaml files that configure Dart's
    linter (:func:`dart_lint`)."""
    snap = ctx.snapshot
    files = snap.files
    pkg = snap.read_text("package.json", limit=MAX_BYTES) if "package.json" in files else None
    composer = (snap.read_text("composer.json") or "") if "composer.json" in files else ""
    pyproject = (snap.read_text("pyproject.toml") or "") if "pyproject.toml" in files else ""
    # the browsers a front end in a sub-folder targets (frontend/package.json's browserslist beside a Python API at the root)
    subs = sorted(p for p in files if p.endswith("/package.json") and p.count("/") <= 2 and not is_vendored(p)
                  and inventory_of(ctx).category(p) not in ("vendored", "generated", "build", "test"))[:MAX_SUB_PACKAGES]
    sub_configs = {p: _package_json(snap.read_text(p, limit=MAX_BYTES)) for p in subs}
    targets = (["package.json"] if _package_json(pkg)["browser_targets"] else []) + [p for p in subs if sub_configs[p]["browser_targets"]]
    # a tox.ini or setup.cfg at the root or two folders down (a Python server beside its viewer: OpenTJS-emp/tox.ini) that lints
    recipes = sorted(p for p in files if p.rsplit("/", 1)[-1] in PY_RECIPES and p.count("/") <= 2 and not is_vendored(p)
                     and inventory_of(ctx).category(p) not in ("vendored", "generated", "build"))[:MAX_SUB_PACKAGES]
    # and the linter such a front end configures in its own package.json (frontend/package.json's "eslintConfig", run by react-scripts)
    return {"python_lint": [p for p in recipes if python_recipe_lints(snap.read_text(p, limit=MAX_BYTES) or "")],"package_json": _package_json(pkg), "composer_symfony": "symfony" in composer,
            "composer_lint": composer_lint(composer[:MAX_BYTES]),
            "pyproject_lint": bool(PYPROJECT_LINT.search(pyproject)), "browser_targets": targets,
            "lint_packages": [p for p in subs if sub_configs[p]["lint_config"]], "dotnet_lint": dotnet_lint(snap),
            "dart_lint": dart_lint(snap)}
