"""The ``ci_commands`` fact: the continuous-integration files and the first test and lint command
each one runs."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.files import CI_SYSTEMS
from auditor.lazyre import lazy_compile

MAX_CI_FILES = 30
MAX_BYTES = 512 * 1024
# (Angular CLI's ng test and ng e2e, run by a workflow as `ng test --watch=false --code-coverage`; unittest run by python3 or under
# coverage, `coverage run -m unittest discover -b -p *TestCase.py`)
TEST_CMD = lazy_compile(r"""\b(cypress-io/github-action|microsoft/playwright-github-action|pytest|py\.test|tox\b|nox\b|manage\.py test|(?:python[\d.]*|coverage[ \t]+run(?:[ \t]+--?[\w=.,/-]+)*)[ \t]+-m[ \t]+unittest\b|(?:npm|pnpm|yarn|bun)(?: run)? (?:test|e2e|cypress|playwright|vitest|jest)[\w:-]*|npx (?:jest|vitest|cypress|playwright)|(?:npx )?ng (?:test|e2e)(?![\w-])|jest\b|vitest\b|cypress run|playwright test|phpunit|bin/phpunit|simple-phpunit|php bin/console.*test|composer (?:run-script )?test|pest\b|codecept|behat|rspec|rails test|rake (?:test|spec)|go test|cargo test|mix test|gradlew?(?:\s+[-\w:.=]+)*?\s+(?:[\w-]+:)*(?:test|check|build|[a-z]\w*Test|allTests)\b|(?:\./)?mvnw?(?:\.cmd)?(?: (?:-\S+|clean|[\w.-]+:[\w.:-]+))* (?:test|verify|package|install)(?![:\w-])|make (?:test|check|ci)[\w-]*|ctest|dotnet test"""
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
                       r"""|\b(?:casperjs|slimerjs)[ \t]+test\b|\bkarma[ \t]+start\b|(?:node_modules/\.bin/|\bnpx[ \t]+)(?:mocha|jasmine|ava|tape)\b)""")
LINT_CMD = lazy_compile(r"\b(eslint|prettier|jshint|tslint|oxlint|semistandard|ts-standard|(?:npx|bunx|pnpm exec|yarn) (?:standard|xo)(?![\w.-])|ruff|flake8|pylint|black --check|black\b|isort|mypy|pyright|phpstan|php-cs-fixer|phpcs|psalm|rubocop|golangci-lint|clippy|stylelint|biome|pre-commit run|(?:npm|pnpm|yarn)(?: run)? (?:lint|format|check|typecheck)[\w:-]*|tsc --noEmit|vue-tsc|credo|make lint|sonar-scanner|sonar:sonar|sonarqube\b|checkstyle(?::check)?|spotbugs(?::check)?|pmd:check|detekt|ktlint|ct lint|helm lint|kubeconform|kubeval|go vet|go fmt|gofmt -l|staticcheck)")


# a build told to skip the tests (`mvn clean install -DskipTests=true`, `./mvnw package -Dmaven.test.skip=true`, `gradle build -x test`)
SKIP_TESTS = lazy_compile(r"-D(?:skipTests|maven\.test\.skip)(?:=(?:true|1)\b|(?=[\s\"']|$))|\s-x\s+:?test\b|--exclude-task\s+test\b", re.I)


def _first(text: str, rx: re.Pattern) -> tuple[int, str] | None:
    for i, m in enumerate(rx.finditer(text)):
        if i >= 200:
            break
        line = text[text.rfind("\n", 0, m.start()) + 1:(text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if rx is TEST_CMD and SKIP_TESTS.search(line):  # (the build runs, its tests do not)
            continue
        return text.count("\n", 0, m.start()) + 1, m.group(0)[:80]
    return None


@fact("ci_commands", version=13, public=False)
def ci_commands(ctx) -> dict:
    """``ci``: ``[system, path]`` for every CI file, by path; ``tests`` and ``lint``: ``[path, line,
    command]`` for the first test and lint command of each of the first 30 CI files."""
    snap = ctx.snapshot
    ci = sorted(([name, e.path] for e in snap.files.values() for name, rx in CI_SYSTEMS if rx.match(e.path)), key=lambda t: t[1])
    tests, lint = [], []
    for _, path in ci[:MAX_CI_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        for rx, out in ((TEST_CMD, tests), (LINT_CMD, lint)):
            hit = _first(text, rx)
            if hit:
                out.append([path, hit[0], hit[1]])
    return {"ci": ci, "tests": tests, "lint": lint}
