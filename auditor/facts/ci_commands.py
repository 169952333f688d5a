"""The ``ci_commands`` fact: the continuous-integration files and the first test and lint command
each one runs."""

from __future__ import annotations

import posixpath
import re

from auditor import safeyaml
from auditor.facts import fact
from auditor.facts.ci_script_args import selected_text
from auditor.facts.ci_systems import ci_files
from auditor.facts.inventory import component_dirs, inventory_of, is_test, is_vendored
from auditor.facts.kind_apps import _json
from auditor.lazyre import lazy_compile

MAX_CI_FILES = 30
MAX_BYTES = 512 * 1024
# (Angular CLI's ng test and ng e2e, run by a workflow as `ng test --watch=false --code-coverage`; unittest run by python3 or under
# coverage, `coverage run -m unittest discover -b -p *TestCase.py`)
TEST_CMD = lazy_compile(r"""\b(cypress-io/github-action|microsoft/playwright-github-action|pytest|py\.test|tox\b|nox\b|manage\.py test|(?:python[\d.]*|coverage[ \t]+run(?:[ \t]+--?[\w=.,/-]+)*)[ \t]+-m[ \t]+unittest\b|(?:npm|pnpm|yarn|bun)(?: run)? (?:test|e2e|cypress|playwright|vitest|jest)[\w:-]*|npx (?:jest|vitest|cypress|playwright)|(?:npx )?ng (?:test|e2e)(?![\w-])|jest\b|vitest\b|cypress run|playwright test|phpunit|bin/phpunit|simple-phpunit|php bin/console.*test|artisan[ \t]+test\b|composer (?:run-script )?test|pest\b|codecept|behat|rspec|rails test|rake (?:test|spec)|go test|cargo test|mix test|gradlew?(?:\s+[-\w:.=]+)*?\s+(?:[\w-]+:)*(?:test|check|build|[a-z]\w*Test|allTests)\b|(?:\./)?mvnw?(?:\.cmd)?(?: (?:-\S+|clean|[\w.-]+:[\w.:-]+))* (?:test|verify|package|install)(?![:\w-])|make (?:test|check|ci)[\w-]*|ctest|dotnet test"""
                       # a monorepo's task runner running its projects' test targets: Nx (`npx nx e2e home-e2e`, `nx affected --target=test`,
                       # `nx run-many -t lint,test`, `nx run app:test`, before Nx 15 `nx affected:test`), Turborepo, Lerna
                       r"""|\bnx (?:test|e2e|component-test)\b|\bnx (?:affected|run-many)(?:[ \t]+[-\w=.,/$:{}']+?)*?[ \t]+(?:-t|--targets?)[ =](?:[\w-]+,)*(?:test|e2e|component-test)\b"""
                       r"""|\bnx (?:affected|run-many):(?:test|e2e)\b|\bnx run [\w@/.-]+:(?:test|e2e|component-test)\b|\bturbo(?: run)? (?:test|e2e)[\w:-]*|\blerna run (?:test|e2e)[\w:-]*"""
                       # an iOS or macOS app's tests: xcodebuild's test actions (`xcodebuild -scheme App -destination … test`, `xcodebuild
                       # test-without-building` after a build-for-testing), fastlane's scan, SwiftPM's swift test
                       r"""|\bxcodebuild\b[^\n]{0,400}?[ \t](?:test|test-without-building)(?![\w-])|\bfastlane[ \t]+(?:scan|tests?)(?![\w-])|\bswift[ \t]+test(?![\w-])"""
                       # a data specification's test: its example files validated against its schema in CI
                       r"""|validate-json-action|\bajv (?:validate|test)\b|check-jsonschema|frictionless validate|validata"""
                       # a Helm chart's tests: chart-testing installs it in a cluster (ct install), helm test / helm unittest
                       r"""|\bct install\b|\bhelm (?:test|unittest)\b"""
                       # a browser test runner called by its path or through npx: CasperJS's or SlimerJS's test command on the tests
                       # folder (`./casperjs/bin/casperjs test ./tests`), Karma started, Mocha, Jasmine, AVA or tape from node_modules
                       r"""|\b(?:casperjs|slimerjs)[ \t]+test\b|\bkarma[ \t]+start\b|(?:node_modules/\.bin/|\bnpx[ \t]+)(?:mocha|jasmine|ava|tape)\b"""
                       # a database model's tests: pgTAP's pg_prove, pum's upgrade test on a restored dump (pum test-and-upgrade)
                       r"""|\bpg_prove\b|\bpum[ \t]+test(?:-and-upgrade)?\b"""
                       # or psql running a SQL test file (`psql "$DB_URL" -v ON_ERROR_STOP=1 -f "db/tests/test_rls.sql"`: a file of ASSERTs
                       # or pgTAP calls under a tests/ folder or named test_*.sql / *_test.sql, failing the step at its first error)
                       r"""|\bpsql\b[^\n]{0,300}?[ \t](?:-f|--file)(?:[ \t]+|=)["']?[^\n"']{0,200}?(?:(?<![\w-])(?:tests?|specs?)/[^\n"'/]{1,120}|(?<![\w-])test_[^\n"'/]{1,120}|_test)\.sql(?![\w.])"""
                       # a QGIS plugin's tests in the qgis/qgis Docker image, whose runner script starts QGIS and runs a test module
                       # (`qgis_testrunner.sh plugin.tests.test_package`)
                       r"""|\bqgis_testrunner\.sh(?![\w.-])"""
                       # OpenFisca's runner of its YAML tests (`openfisca-run-test tests/*.yaml`, `openfisca test …`: s44 ff44), nose's
                       r"""|\bopenfisca-run-test\b|\bopenfisca[ \t]+test\b|\bnosetests\b|\bnose2\b)""")
LINT_CMD = lazy_compile(r"\b(eslint|prettier|jshint|tslint|oxlint|semistandard|ts-standard|(?:npx|bunx|pnpm exec|yarn) (?:standard|xo)(?![\w.-])|ruff|flake8|pylint|black --check|black\b|isort|mypy|pyright|phpstan|php-cs-fixer|phpcs|psalm|larastan|(?:vendor/bin/)?pint(?:[ \t]+--test)?(?![\w.-])|rubocop|golangci-lint|clippy|stylelint|biome|pre-commit run|(?:npm|pnpm|yarn)(?: run)? (?:lint|format|check|typecheck)[\w:-]*|tsc --noEmit|vue-tsc|credo|make lint|sonar-scanner|sonar:sonar|sonarqube\b|checkstyle(?::check)?|spotbugs(?::check)?|pmd:check|detekt|ktlint|ct lint|helm lint|kubeconform|kubeval|go vet|go fmt|gofmt -l|staticcheck)")


# a build told to skip the tests (`mvn clean install -DskipTests=true`, `./mvnw package -Dmaven.test.skip=true`, `gradle build -x test`)
SKIP_TESTS = lazy_compile(r"-D(?:skipTests|maven\.test\.skip)(?:=(?:true|1)\b|(?=[\s\"']|$))|\s-x\s+:?test\b|--exclude-task\s+test\b", re.I)


# A GitLab pipeline's local includes (`include:` then `- .gitlab-templates/tests.gitlab-ci.yml` or `- local: ci/test.yml`, or
# `include: ci/test.yml` on one line): their jobs are the pipeline's. Another project's file (`project:`/`file:`), a remote one or a
# template is not in the repository. Read in the repository only (a path leaving it, a symlink: not read), at most MAX_INCLUDES of
# them per CI file, two levels deep.
_INCLUDE_KEY = lazy_compile(r"^include:[ \t]*(?:#[^\n]*)?$|^include:[ \t]*['\"]?(?:local:[ \t]*)?['\"]?([^\s'\"#:]+\.ya?ml)['\"]?[ \t]*$")
_LOCAL_ITEM = lazy_compile(r"^[ \t]+(?:-[ \t]+)?(?:local:[ \t]*)?['\"]?([^\s'\"#:]+\.ya?ml)['\"]?[ \t]*(?:#[^\n]*)?$|^[ \t]*-[ \t]+['\"]?([^\s'\"#:]+\.ya?ml)['\"]?[ \t]*$")
_FILES_KEY = lazy_compile(r"^[ \t]*(?:-[ \t]+)?file:[ \t]*(?:#[^\n]*)?$")
MAX_INCLUDES = 20
# An npm script a CI step runs (`npm run release:check`, `yarn site:check`, `pnpm run check`): its command, and the scripts it runs
# in turn (`"release:check": "npm run site:check && …"`, `"site:check": "node scripts/site-check.mjs && node scripts/search.test.mjs"`),
# followed up to SCRIPT_DEPTH levels in the root package.json, run tests when one is a test command or runs a test file by its path.
_RUN_SCRIPT = lazy_compile(r"\b(?:npm[ \t]+run(?:-script)?|(?:pnpm|bun)(?:[ \t]+run)?|yarn(?:[ \t]+run)?)[ \t]+([\w@/.-]+(?::[\w@/.-]+)*)")
_SCRIPT_PATH = lazy_compile(r"(?<![\w./-])(?:\./)?([\w-]+(?:/[\w.-]+)*\.(?:[cm]?[jt]s|py|sh|rb|php))(?![\w.])")
SCRIPT_DEPTH = 3
MAX_SCRIPTS = 30
# A shell script of the repository a CI step runs by its path (Travis's `$TRAVIS_BUILD_DIR/.build/travis_script.sh`, `./ci/test.sh`,
# `bash scripts/ci.sh`): its commands are the job's, read with the CI file (one level, MAX_SHELL_SCRIPTS of them)
_SHELL_SCRIPT = lazy_compile(r"(?:\$\{?\w{1,40}\}?/|\./|(?<![\w./$-]))((?:[\w.-]{1,60}/){0,6}[\w.-]{1,80}\.(?:sh|bash))(?![\w.-])")
MAX_SHELL_SCRIPTS = 5
# The folder a CI file's steps run in (GitHub Actions' `working-directory: .docker`, under a job's `defaults: run:` or a step; Azure's
# `workingDirectory:`, CircleCI's `working_directory:`): a script run as `./exec.sh` there is `.docker/exec.sh`. A folder in the
# repository only (no `..`, no variable), MAX_WORKDIRS of them; a script is first looked for from the root.
_WORKDIR = lazy_compile(r"^[ \t]*(?:-[ \t]+)?(?:working-directory|workingDirectory|working_directory)[ \t]*:[ \t]*['\"]?(?:\./)?([\w.-]{1,60}(?:/[\w.-]{1,60}){0,5})/?['\"]?[ \t]*$", re.M)
MAX_WORKDIRS = 5


# A comment line of a CI file (YAML's and a shell script's `#` first, a Jenkinsfile's `//`) is no step: a workflow's steps commented
# out (`#      run: ./mvnw -B test`) run nothing. Blanked before reading, so that the line numbers of the other lines stay.
_HASH_COMMENT = lazy_compile(r"^[ \t]*#[^\n]*", re.M)
_SLASH_COMMENT = lazy_compile(r"^[ \t]*//[^\n]*", re.M)


def uncommented(path: str, text: str) -> str:
    """The CI file's (or the shell script's) text with its comment lines emptied, line numbers kept."""
    rx = _SLASH_COMMENT if posixpath.basename(path).lower().startswith("jenkinsfile") or path.lower().endswith(".jenkinsfile") else _HASH_COMMENT
    return rx.sub("", text)


def local_includes(text: str) -> list[str]:
    """The local files a GitLab pipeline's ``include:`` names (see :data:`_INCLUDE_KEY`), as written, in order."""
    out, inside, files_at = [], False, -1
    for line in text.splitlines()[:5000]:
        if inside and line.strip() and not line.lstrip().startswith("#"):
            indent = len(line) - len(line.lstrip(" \t-"))
            if not line[0].isspace() and not line.startswith("-"):
                inside = False
            elif indent > files_at >= 0 and line.lstrip().startswith("-"):
                continue  # (another project's files: `- project: group/templates` then `file:` and its list)
            elif m := _LOCAL_ITEM.match(line):
                out.append(m.group(1) or m.group(2))
            files_at = indent if _FILES_KEY.match(line) else -1
        if m := _INCLUDE_KEY.match(line):
            inside = m.group(1) is None
            out += [m.group(1)] if m.group(1) else []
    return out[:MAX_INCLUDES]


def _included(snap, path: str, text: str) -> list[tuple[str, str]]:
    """The local files a GitLab pipeline includes, with their text, two levels deep (in the repository, never through a symlink)."""
    out: list[tuple[str, str]] = []
    level = [(path, text)]
    for _ in range(2):
        nxt = []
        for _, body in level:
            for ref in local_includes(body):
                p = posixpath.normpath(ref.lstrip("/"))
                if p.startswith("..") or p == path or any(p == q for q, _ in out) or len(out) >= MAX_INCLUDES:
                    continue
                entry = snap.files.get(p)
                inc = snap.read_text(p, limit=MAX_BYTES) if entry is not None and entry.kind in ("file", "executable") else None
                if inc is not None:
                    out.append((p, inc))
                    nxt.append((p, inc))
        level = nxt
    return out


# The words a CI step passes to a script it runs (`sh './build.sh clean install publish'`): up to the end of the command (a quote, a
# separator, the line's end). Literal words only: a variable or a substitution among them leaves the arguments unknown.
_CALL_ARGS = lazy_compile(r"[^\n'\"`;&|)]*")
_ARG_WORD = lazy_compile(r"[\w.:+=/@%,-]+")
def _call_args(text: str, end: int) -> list[str] | None:
    """The literal words a CI step passes to the script whose path ends at ``end``; None when one is not literal (a variable)."""
    rest = _CALL_ARGS.match(text, end).group(0)
    words = rest.split()
    if any(not _ARG_WORD.fullmatch(w) for w in words):
        return None
    return words


def _shell_scripts(snap, path: str, text: str) -> list[tuple[str, str]]:
    """The repository's shell scripts a CI file runs by their path (from the repository's root), with their text as the CI's
    arguments run it (:func:`selected_text`: the branches of a `case` on them that no argument selects are left out)."""
    out: list[tuple[str, str]] = []
    calls: dict[str, list] = {}
    dirs = list(dict.fromkeys(d for d in (posixpath.normpath(w.group(1)) for w in _WORKDIR.finditer(text)) if not d.startswith("..")))[:MAX_WORKDIRS]
    for m in _SHELL_SCRIPT.finditer(text):
        p = posixpath.normpath(m.group(1))
        if p not in snap.files and not m.group(0).startswith("$"):  # (relative to the folder the steps run in)
            p = next((q for d in dirs if (q := posixpath.normpath(posixpath.join(d, m.group(1)))) in snap.files), p)
        entry = snap.files.get(p)
        if p != path and not p.startswith("..") and entry is not None and entry.kind in ("file", "executable"):
            calls.setdefault(p, []).append(_call_args(text, m.end()))
            if all(q != p for q, _ in out) and len(out) < MAX_SHELL_SCRIPTS and (body := snap.read_text(p, limit=MAX_BYTES)) is not None:
                out.append((p, body))
    # (a script called with several argument lists runs the branches of each; called once without known arguments, all of it)
    return [(p, selected_text(body, calls[p])) for p, body in out]


def _npm_scripts(ctx) -> dict[str, str]:
    """The root package.json's scripts (name -> command), or nothing."""
    scripts = _json(ctx, "package.json").get("scripts")
    return {k: v[:2000] for k, v in scripts.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(scripts, dict) else {}


def _reached(scripts: dict[str, str], text: str) -> list[tuple[int, str, str]]:
    """The npm scripts a CI file runs, and those they run in turn (:data:`SCRIPT_DEPTH` levels, :data:`MAX_SCRIPTS` in all), in
    order: the CI line, how the CI file calls the first of the chain (``npm run release:check``), the script's name."""
    seen: set[str] = set()
    out: list[tuple[int, str, str]] = []
    for m in _RUN_SCRIPT.finditer(text):
        level = [m.group(1)] if m.group(1) in scripts and m.group(1) not in seen else []
        for _ in range(SCRIPT_DEPTH):
            nxt = []
            for name in level:
                if name in seen or len(seen) >= MAX_SCRIPTS:
                    continue
                seen.add(name)
                out.append((text.count("\n", 0, m.start()) + 1, m.group(0), name))
                nxt += [r.group(1) for r in _RUN_SCRIPT.finditer(scripts[name]) if r.group(1) in scripts and r.group(1) not in seen]
            level = nxt
        if len(seen) >= MAX_SCRIPTS:
            break
    return out


def _script_test(snap, scripts: dict[str, str], reached: list) -> tuple[int, str] | None:
    """The first npm script a CI file runs (or one it runs in turn) whose command runs tests or a test file by its path: the CI
    line and ``npm run <name> → <test command>``."""
    for line, call, name in reached:
        body = scripts[name]
        hit = TEST_CMD.search(body)
        if hit is None or SKIP_TESTS.search(body):
            hit = next((p for p in _SCRIPT_PATH.finditer(body) if p.group(1) in snap.files and is_test(p.group(1))), None)
        if hit is not None:
            return line, f"{call} → {hit.group(0)}"[:80]
    return None


# A test tool's name inside a path or a file name is no test run: a dot before it (`./.pytest_cache` in bandit's exclude list, a
# `.tox/` cache folder) or a name going on after it (`pytest_cache`, `pytest.ini`, `jest.config.js`, the plugin `pytest-cov`,
# `codeception/codeception`). A version suffix (`pytest-3`) and a PHP archive (`php phpunit.phar`) are still the tool.
_IN_A_NAME = lazy_compile(r"\w|[.-](?!phar\b)[A-Za-z]")


def _in_a_name(text: str, m: re.Match) -> bool:
    return (m.start() > 0 and text[m.start() - 1] == ".") or bool(_IN_A_NAME.match(text, m.end()))


# A package manager running a test script by its name (`npm test`, `npm run test --if-present`, `yarn test:unit`, `pnpm run test`):
# it runs tests only when a package.json of the repository defines that script (npm's placeholder "no test specified" is none);
# otherwise npm skips it (--if-present) or stops on "Missing script" (issue 12, s40 fg40 = fbonhomme/calordure: Azure's generated
# workflow's `npm run test --if-present`, no "test" in either package.json). Not `bun test`, bun's own runner.
_PACKAGE_TEST_CALL = lazy_compile(r"(?:npm|pnpm|yarn)(?:[ \t]+run)?[ \t]+(test[\w:-]*)")
MAX_PACKAGE_FILES = 50


def _test_scripts(ctx) -> set[str]:
    """The test script names (``test``, ``test:unit``…) the repository's package.json files define with a command of their own
    (the first :data:`MAX_PACKAGE_FILES` by path, none under node_modules or another copied folder)."""
    found: set[str] = set()
    paths = sorted(e.path for e in ctx.snapshot.files.values() if e.name == "package.json" and e.kind == "file" and not is_vendored(e.path))
    for path in paths[:MAX_PACKAGE_FILES]:
        scripts = _json(ctx, path).get("scripts")
        if isinstance(scripts, dict):
            found |= {k for k, v in scripts.items() if isinstance(k, str) and k.startswith("test") and isinstance(v, str) and v.strip()
                      and not _NO_TEST_SCRIPT.search(v)}
    return found


def _first(text: str, rx: re.Pattern, test_scripts=None) -> tuple[int, str] | None:
    """The first command of ``rx`` in a CI file's text: line and command. ``test_scripts``: a function giving the test scripts the
    repository's package.json files define; a package manager's test script call not among them runs no test."""
    for i, m in enumerate(rx.finditer(text)):
        if i >= 200:
            break
        line = text[text.rfind("\n", 0, m.start()) + 1:(text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if rx is TEST_CMD and (SKIP_TESTS.search(line) or _in_a_name(text, m)):  # (the build runs, its tests do not)
            continue
        if rx is TEST_CMD and test_scripts and (call := _PACKAGE_TEST_CALL.fullmatch(m.group(0))) and call.group(1) not in test_scripts():
            continue
        return text.count("\n", 0, m.start()) + 1, m.group(0)[:80]
    return None


# A GitLab CI/CD component or another project's template included for its tests (`- component: $CI_SERVER_FQDN/devops/cicd/toolkit/
# nextjs-unit-tests@1.8.0`, `- project: group/ci-templates` then `file: jobs/python-tests.yml`): the job it brings runs the project's
# tests, as its name says (issue 12, s47 fe47 = OPEN-ENT-NG/swarm-console). Read from the include's item lines: the component's or the
# file's last path part, named for tests (unit-tests, tests, e2e, jest, pytest, phpunit…) and not for something else about them
# (a coverage report's upload, a test environment's deployment).
_INCLUDED_TESTS = lazy_compile(r"^[ \t]*(?:-[ \t]+)?(?:component|file|template|remote)[ \t]*:[ \t]*['\"]?[^\s'\"#]*?/?"
                               r"((?:[\w.-]*?[-_.])?(?:unit[-_]?tests?|tests?|testing|e2e|jest|vitest|pytest|phpunit|junit|cypress|playwright)"
                               r"(?:[-_.](?!deploy|env|report|coverage|upload|publish|pages)[\w.-]*)?(?:\.ya?ml)?)(?:@[\w.${}-]+)?['\"]?[ \t]*(?:#[^\n]*)?$",
                               re.M | re.I)


def included_tests(text: str) -> tuple[int, str] | None:
    """The first component or template a GitLab pipeline's ``include:`` brings for its tests (:data:`_INCLUDED_TESTS`): line and
    the item as written."""
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines[:5000], 1):
        if line[:1].strip() and not line.startswith("#"):  # a top-level key opens or closes the include block
            inside = bool(re.match(r"include[ \t]*:", line))
        if inside and (m := _INCLUDED_TESTS.match(line)):
            return i, m.group(0).strip()[:80]
    return None


# An Azure Pipelines task running tests: the .NET CLI task with its test command (`- task: DotNetCoreCLI@2`, then under its inputs
# `command: 'test'`), or the Visual Studio test task (VSTest@2) (issue 12, s47 fj47 = chantonin89240/OnDijon-Mobile: "Run unit
# tests" with command 'test' was read as no test run). A DotNetCoreCLI task building, restoring or publishing runs none.
_AZURE_TASK = lazy_compile(r"^([ \t]*)-[ \t]+task[ \t]*:[ \t]*['\"]?(DotNetCoreCLI|VSTest)@\d+")
_AZURE_TEST_COMMAND = lazy_compile(r"^[ \t]+command[ \t]*:[ \t]*['\"]?test['\"]?[ \t]*(?:#.*)?$")


def azure_task_tests(text: str) -> tuple[int, str] | None:
    """The first Azure Pipelines task of the file running tests (:data:`_AZURE_TASK`): line and the task as written."""
    lines = text.split("\n")[:5000]
    for i, line in enumerate(lines):
        m = _AZURE_TASK.match(line)
        if not m:
            continue
        if m.group(2) == "VSTest":
            return i + 1, line.strip()[:80]
        indent = len(m.group(1))
        for nxt in lines[i + 1:i + 40]:  # (the step's own lines, up to the next step at its indentation or less)
            if nxt.strip() and (len(nxt) - len(nxt.lstrip())) <= indent:
                break
            if _AZURE_TEST_COMMAND.match(nxt):
                return i + 1, f"{line.strip()[:60]} (command: test)"
    return None


# npm's own placeholder test script ("echo \"Error: no test specified\" && exit 1"): no test
_NO_TEST_SCRIPT = lazy_compile(r"no test specified", re.I)
_LANGUAGE_KEY = lazy_compile(r"^language[ \t]*:", re.M)


def travis_default(snap, text: str, scripts: dict[str, str]) -> tuple[int, str] | None:
    """The test command Travis CI runs when its file gives no ``script:`` (docs.travis-ci.com, "Default Build Script" of each
    language): ``npm test`` for ``language: node_js`` when package.json has a test script of its own, ``mvn test -B`` or ``gradle
    check`` for ``java`` beside its pom.xml or build.gradle, ``phpunit`` for ``php``; with the line of its ``language:`` key."""
    try:
        doc = safeyaml.load(text)
    except Exception:  # noqa: BLE001 - an unreadable file runs nothing we can tell
        return None
    if not isinstance(doc, dict) or "script" in doc or not isinstance(doc.get("language"), str):
        return None
    language = doc["language"].strip().lower()
    command = None
    if language in ("node_js", "node", "javascript") and (test := scripts.get("test")) and not _NO_TEST_SCRIPT.search(test):
        command = "npm test"
    elif language == "java" and "pom.xml" in snap.files:
        command = "mvn test -B"
    elif language == "java" and ("build.gradle" in snap.files or "build.gradle.kts" in snap.files):
        command = "gradle check"
    elif language == "php":
        command = "phpunit"
    m = _LANGUAGE_KEY.search(text)
    return (text.count("\n", 0, m.start()) + 1 if m else 1, command) if command else None


@fact("ci_commands", version=27, public=False)
def ci_commands(ctx) -> dict:
    """``ci``: ``[system, path]`` for every CI file, by path (a monorepo's components' own too, ``ci_systems.ci_files``); ``tests`` and ``lint``: ``[path, line,
    command]`` for the first test and lint command of each of the first 30 CI files (a GitLab pipeline's local includes read
    with it, the path then the included file's, and so are the shell scripts it runs by their path; an npm script it runs followed
    into the root package.json); ``scripts``: ``[path,
    line, call, name, command]`` for the npm scripts the CI files run, directly or through another script."""
    snap = ctx.snapshot
    ci = ci_files(sorted(snap.files), component_dirs(list(snap.files.values())))
    # (not a copied program's own pipeline: PHPMailer's include/Mailer/.travis.yml, the folder copied whole — s43 fl43)
    inv = inventory_of(ctx)
    ci = [c for c in ci if "/" not in c[1] or inv.category(c[1]) != "vendored"]
    tests, lint, runs = [], [], []
    scripts: dict[str, str] | None = None
    known: list[set[str]] = []

    def defined() -> set[str]:  # (read once, when a CI file first calls a test script)
        if not known:
            known.append(_test_scripts(ctx))
        return known[0]

    for name, path in ci[:MAX_CI_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        texts = [(path, text)] + (_included(snap, path, text) if name == "gitlab-ci" else [])
        texts = [(q, uncommented(q, body)) for q, body in texts]
        texts += [(q, uncommented(q, body)) for q, body in (t for r, b in texts[:] for t in _shell_scripts(snap, r, b)) if all(q != r for r, _ in texts)]
        reached: list[tuple[str, list]] = []
        if any(_RUN_SCRIPT.search(t) for _, t in texts):
            scripts = _npm_scripts(ctx) if scripts is None else scripts
            reached = [(p, _reached(scripts, t)) for p, t in texts]
            runs += [[p, line, call, n, scripts[n][:200]] for p, chain in reached for line, call, n in chain]
        for rx, out in ((TEST_CMD, tests), (LINT_CMD, lint)):
            hit = next(([p, *h] for p, t in texts if (h := _first(t, rx, defined))), None)
            if hit is None and rx is TEST_CMD and reached:
                hit = next(([p, *h] for p, chain in reached if (h := _script_test(snap, scripts or {}, chain))), None)
            if hit is None and rx is TEST_CMD and name == "gitlab-ci":
                hit = next(([p, *h] for p, t in texts if (h := included_tests(t))), None)  # (a component named for the unit tests)
            if hit is None and rx is TEST_CMD and name == "azure-pipelines":
                hit = next(([p, *h] for p, t in texts if (h := azure_task_tests(t))), None)  # (DotNetCoreCLI@2 command: test, VSTest@2)
            if hit is None and rx is TEST_CMD and name == "travis":
                # (no script: Travis runs its language's default, npm test for node_js; issue 12, s39 fe39 = jplusplus/idf-pnr)
                scripts = _npm_scripts(ctx) if scripts is None else scripts
                hit = [path, *default] if (default := travis_default(snap, text, scripts)) else None
            if hit:
                out.append(hit)
    return {"ci": ci, "tests": tests, "lint": lint, "scripts": runs[:MAX_SCRIPTS * 2]}
