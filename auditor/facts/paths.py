"""Path classification shared by facts and checks: vendored, generated, test, docs, data code."""

from __future__ import annotations

import re

VENDOR_DIRS = {
    "node_modules", "vendor", "vendors", "third_party", "third-party", "thirdparty", "bower_components",
    "external", "externals", "deps", "_vendor", "site-packages", ".venv", "venv", "env", ".tox",
    "jspm_packages", "Pods", "Carthage",
}
GENERATED_DIRS = {"dist", "build", "out", "target", "coverage", ".next", ".nuxt", "public/build", "staticfiles", "__pycache__", ".cache", "htmlcov",
                  "generated", "__generated__"}  # src/generated/prisma/client/…: code a tool writes
TEST_DIRS = {"test", "tests", "__tests__", "spec", "specs", "testing", "e2e", "cypress", "features", "fixtures", "__mocks__", "testdata", "test-data"}
DOC_DIRS = {"doc", "docs", "documentation", "wiki", "man"}
_MINIFIED = re.compile(r"(\.min\.(js|css)|[.-]bundle\.js|\.map|-min\.js)$", re.I)
_TEST_FILE = re.compile(r"(^test_.*\.py$|_test\.py$|_tests\.py$|\.(test|spec)\.[cm]?[jt]sx?$|Test\.php$|Tests?\.java$|_spec\.rb$|_test\.go$|_test\.exs?$)")


def parts(path: str) -> list[str]:
    return path.split("/")


def is_vendored(path: str) -> bool:
    p = parts(path)[:-1]
    return any(seg in VENDOR_DIRS for seg in p)


def is_generated(path: str) -> bool:
    p = parts(path)
    if _MINIFIED.search(p[-1]):
        return True
    if p[-1] in {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "composer.lock", "poetry.lock", "Cargo.lock", "Gemfile.lock", "uv.lock", "Pipfile.lock", "mix.lock", "go.sum"}:
        return True
    if "migrations" in p[:-1] and p[-1].endswith(".py"):
        return True
    return any(seg in GENERATED_DIRS for seg in p[:-1])


def is_test(path: str) -> bool:
    p = parts(path)
    if any(seg.lower() in TEST_DIRS for seg in p[:-1]):
        return True
    return bool(_TEST_FILE.search(p[-1]))


def is_doc(path: str) -> bool:
    return any(seg.lower() in DOC_DIRS for seg in parts(path)[:-1])


def is_source_candidate(path: str) -> bool:
    """Project code worth measuring: not vendored, generated, test or docs."""
    return not (is_vendored(path) or is_generated(path) or is_test(path) or is_doc(path))
