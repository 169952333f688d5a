"""Test folders a project declares to its test runners, whatever their names.

Path rules know ``tests/``, ``spec/``, ``e2e/``…; a project may keep its end-to-end tests in
``teste/`` and its unit tests in ``testu/`` and say so to Playwright (``testDir: './teste'``), Jest
(``testMatch: ['**/testu/**/*.test.ts']``), Vitest (``include``), Cypress
(``specPattern``) or pytest (``testpaths``). Those configurations are read as text (never run), a
few bytes of a few files, and the folders they name are tests for the inventory. A .NET test project
(a ``.csproj``/``.fsproj``/``.vbproj`` referencing the test SDK or MSTest, xUnit, NUnit, or saying
``<IsTestProject>true``) declares its own folder a test folder, whatever its name
(``SDIS37StatsUnitTest/``, ``MyApp.Specs/``).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

CONFIG_NAME = lazy_compile(r"^(playwright|jest|vitest|cypress)\.config\.[cm]?[jt]s$|^(pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|package\.json)$")
MAX_CONFIGS = 20
MAX_BYTES = 64 * 1024
MAX_DIRS = 50

# The keys whose values name test files or folders, in JavaScript/TypeScript/JSON configurations.
_JS_KEYS = lazy_compile(r"""["']?\b(testDir|testMatch|include|specPattern)\b["']?\s*:\s*(\[[^\]]{0,2000}\]|["'`][^"'`\n]{1,300}["'`])""")
_STRING = lazy_compile(r"""["'`]([^"'`\n]{1,300})["'`]""")
# pytest: ``testpaths = tests integration`` (ini, cfg) or ``testpaths = ["tests", "integration"]`` (toml)
_TESTPATHS = lazy_compile(r"^[^\S\n]*testpaths\s*=\s*(\[[^\]]{0,1000}\]|[^\n]{1,500})", re.M)
_GLOB = lazy_compile(r"[*?\[\]{}()!+|^$\\]")


_TEST_WORD = lazy_compile(r"test|spec|e2e|cypress|playwright|integration", re.I)


def _folder_of(pattern: str) -> tuple[str, bool] | None:
    """``(folder, anywhere)`` named by one pattern: the literal folders before its first wildcard;
    ``anywhere`` when it starts with ``**/`` (a folder of that name at any depth). A pattern that
    picks test files by name inside a folder (``packages/core/**/*.test.ts``) says the folder also
    holds sources, unless the folder's own name says tests (``testu/**/*.test.ts``)."""
    p = pattern.strip().replace("<rootDir>/", "").replace("<rootDir>", "")
    anywhere = p.startswith("**/")
    p = p[3:] if anywhere else p
    p = p.removeprefix("./").strip("/")
    segs = []
    for seg in p.split("/"):
        if not seg or _GLOB.search(seg) or seg in (".", ".."):
            break
        segs.append(seg)
    if segs and "." in segs[-1] and len(segs) == len(p.split("/")):
        segs = segs[:-1]  # a file, not a folder
    if not segs:
        return None
    rest = "/".join(p.split("/")[len(segs):])
    if _TEST_WORD.search(rest) and not _TEST_WORD.search(segs[-1]):
        return None
    return "/".join(segs), anywhere


# Vitest's objects whose "include" names other files than the tests: the code whose coverage is measured, the benchmarks
_NOT_TESTS = ("coverage", "benchmark")
_KEY_BEFORE = lazy_compile(r"""["']?(\w+)["']?\s*:\s*$""")


def _enclosing_key(text: str, pos: int) -> str | None:
    """The key of the object literal around ``pos`` (``coverage`` for ``coverage: { include: [...] }``), braces counted back."""
    depth = 0
    for i in range(pos - 1, max(pos - 4000, 0) - 1, -1):
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                m = _KEY_BEFORE.search(text, max(i - 80, 0), i)
                return m.group(1) if m else None
            depth -= 1
    return None


def _holds_a_package(snap, folder: str) -> bool:
    """A Python package (a folder with an ``__init__.py``) not named for tests lies below ``folder``."""
    prefix = folder + "/" if folder else ""
    for path in snap.files:
        if path.startswith(prefix) and path.endswith("/__init__.py"):
            below = path[len(prefix):].split("/")[:-1]
            if below and not any(_TEST_WORD.search(seg) for seg in below):
                return True
    return False


# A browser-automation tool: a folder of its own declaring it and run by the CI (puppeteer/run.sh in a workflow) holds end-to-end tests
_BROWSER_TOOL = lazy_compile(r"""["'](puppeteer|puppeteer-core|playwright|@playwright/test|selenium-webdriver|webdriverio|testcafe|nightwatch)["']\s*:""")
_CI_FILE = lazy_compile(r"^(\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.travis\.yml|Jenkinsfile|\.circleci/config\.yml)$")


def _browser_harness(snap, text: str, base: str) -> bool:
    """A sub-folder's package.json declaring a browser-automation tool and no entry point (``main``, ``bin``), the folder named
    by a CI configuration (the first ten, 64 KB each): the end-to-end tests the CI runs."""
    if not _BROWSER_TOOL.search(text) or re.search(r'"(main|bin|exports)"\s*:', text):
        return False
    ci = sorted(p for p in snap.files if _CI_FILE.match(p))[:10]
    return any(base in (snap.read_text(p, limit=MAX_BYTES) or "") for p in ci)


# .NET: a project file whose packages are a test framework's (dotnet new mstest/xunit/nunit write the first three; the adapters and
# frameworks alone are test projects too; a .NET Framework project's <Reference> to them), or which says it is one
DOTNET_PROJECT = lazy_compile(r"^[^/]+\.(?:csproj|fsproj|vbproj)$")
_DOTNET_TEST = lazy_compile(r"""<PackageReference[ \t]+Include[ \t]*=[ \t]*["'](?:Microsoft\.NET\.Test\.Sdk|MSTest(?:\.TestFramework|\.TestAdapter|\.Sdk)?"""
                            r"""|xunit(?:\.core|\.runner\.visualstudio)?|NUnit(?:3TestAdapter)?)["']|<Reference[ \t]+Include[ \t]*=[ \t]*["'](?:Microsoft\.VisualStudio\.QualityTools\.UnitTestFramework|nunit\.framework|xunit)\b"""
                            r"""|<IsTestProject>[ \t]*true[ \t]*<|<Project[ \t]+Sdk[ \t]*=[ \t]*["']MSTest\.Sdk""", re.I)
MAX_DOTNET_PROJECTS = 50


def dotnet_test_projects(snap) -> list[str]:
    """The folders of the .NET test projects (not the repository's root: a project file there would make every file a test), from
    the first project files in path order, 64 KB each."""
    projects = sorted(p for p in snap.files if "/" in p and p.count("/") <= 4 and DOTNET_PROJECT.match(p.rsplit("/", 1)[-1]))
    return [p.rsplit("/", 1)[0] for p in projects[:MAX_DOTNET_PROJECTS] if _DOTNET_TEST.search(snap.read_text(p, limit=MAX_BYTES) or "")]


def declared_test_dirs(snap) -> tuple[frozenset[str], frozenset[str]]:
    """``(prefixes, names)``: folders (relative to the repository) holding tests, and folder names that
    hold tests at any depth, from the test runners' configurations (sorted, bounded)."""
    prefixes: set[str] = set()
    names: set[str] = set()
    configs = sorted(p for p in snap.files if CONFIG_NAME.match(p.rsplit("/", 1)[-1]) and p.count("/") <= 2)[:MAX_CONFIGS]
    for path in configs:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        name = path.rsplit("/", 1)[-1]
        patterns: list[str] = []
        if name in ("pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml"):
            for m in _TESTPATHS.finditer(text):
                value = m.group(1)
                # pytest collects test_*.py files by name below these roots: a root holding the project's own package (a
                # GeoNature module's "backend", with gn_module_monitoring/__init__.py and its tests/) is where to search,
                # not a test folder
                paths = _STRING.findall(value) if value.lstrip().startswith("[") else value.split()
                patterns += [p for p in paths if not _holds_a_package(snap, base + p.removeprefix("./").strip("/"))]
        else:
            if name == "package.json" and base and _browser_harness(snap, text, base):
                prefixes.add(base.rstrip("/"))  # (puppeteer/: the scenarios CI runs against the built service)
                continue
            if name == "package.json" and '"jest"' not in text:
                continue
            for m in _JS_KEYS.finditer(text):
                if m.group(1) == "include" and not name.startswith("vitest"):
                    continue  # "include" names tests only in Vitest's own configuration
                if m.group(1) == "include" and _enclosing_key(text, m.start()) in _NOT_TESTS:
                    continue  # (coverage: { include: ["src/lib/**/*.ts"] }: the code measured, not tests)
                patterns += _STRING.findall(m.group(2))
        for pattern in patterns:
            found = _folder_of(pattern)
            if not found or found[0] in ("src", "app", "lib", "source", "sources"):  # a source root is not a test folder
                continue
            folder, anywhere = found
            if anywhere and "/" not in folder:
                names.add(folder)
            else:
                prefixes.add(base + folder)
    prefixes.update(dotnet_test_projects(snap))
    return frozenset(sorted(prefixes)[:MAX_DIRS]), frozenset(sorted(names)[:MAX_DIRS])


def in_declared_test_dir(path: str, dirs: tuple[frozenset[str], frozenset[str]]) -> bool:
    prefixes, names = dirs
    if any(path.startswith(p + "/") for p in prefixes):
        return True
    return bool(names) and any(seg in names for seg in path.split("/")[:-1])


# dbt: its project file names the folders of its data tests (``test-paths: [tests]``, "tests" when unsaid); each .sql file there is a
# singular test, a SELECT of the rows that break a rule, which `dbt test` runs (docs.getdbt.com, "test-paths", "Singular data tests")
_DBT_TEST_PATHS = lazy_compile(r"^test-paths:[^\S\n]*(\[[^\]\n]{0,500}\]|\n(?:[^\S\n]*-[^\n]{1,200}\n?)+)", re.M)
_DBT_ITEM = lazy_compile(r"[\w.][\w./-]*")  # (a folder of the list: tests, ./tests, data-tests; not the dash of a YAML item)
MAX_DBT_TESTS = 500
_DBT_GENERIC = lazy_compile(r"\{%-?\s*test\s+\w+\s*\(")


# dbt's generic tests applied in the models' YAML (a column's ``tests:`` or ``data_tests:`` list: not_null, unique, relationships,
# accepted_values, a package's expect_column_to_exist), which `dbt test` runs as it runs singular ones (docs.getdbt.com, "Data tests")
_DBT_MODEL_PATHS = lazy_compile(r"^model-paths:[^\S\n]*(\[[^\]\n]{0,500}\]|\n(?:[^\S\n]*-[^\n]{1,200}\n?)+)", re.M)
_DBT_APPLIED = lazy_compile(r"^[^\S\n]+(?:data_)?tests[^\S\n]*:[^\S\n]*\n[^\S\n]+-[^\S\n]+\S", re.M)


def _dbt_project_files(snap, vendored, paths_key, default: str, exts: tuple[str, ...]) -> list[str]:
    """The non-empty files ending in ``exts`` under the folders a dbt_project.yml names under ``paths_key`` (``default`` when unsaid),
    for its first ten projects in path order, not vendored."""
    projects = sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "dbt_project.yml" and not vendored(p))[:10]
    found: list[str] = []
    for path in projects:
        m = paths_key.search(snap.read_text(path, limit=MAX_BYTES) or "")
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        dirs = tuple(base + d.removeprefix("./").strip("/") + "/" for d in (_DBT_ITEM.findall(re.sub(r"#[^\n]*", "", m.group(1))) if m else [default]))
        found += [p for p in snap.files if p.endswith(exts) and p.startswith(dirs) and snap.files[p].size and not vendored(p)]
    return found


def dbt_schema_tests(snap, vendored) -> list[str]:
    """The models' YAML files of the dbt projects (their dbt_project.yml's model-paths, "models" when unsaid; the first ten projects,
    not vendored) that apply a test to a model or a column, 64 KB each, at most 500."""
    found = _dbt_project_files(snap, vendored, _DBT_MODEL_PATHS, "models", (".yml", ".yaml"))
    return [p for p, text in snap.iter_text(sorted(set(found))[:MAX_DBT_TESTS], limit=MAX_BYTES) if _DBT_APPLIED.search(text or "")]


def dbt_tests(snap, vendored) -> list[str]:
    """The singular tests of the dbt projects: the .sql files of their test folders (their dbt_project.yml, the first ten in path
    order, not vendored), 64 KB each, but a generic test's definition."""
    found = _dbt_project_files(snap, vendored, _DBT_TEST_PATHS, "tests", (".sql",))
    # a generic test's definition ({% test expect_column_to_exist(model, column_name) %}) tests nothing until a models' .yml applies
    # it to a column: a kind of test, as a helper is, not a test run
    return [p for p, text in snap.iter_text(sorted(set(found))[:MAX_DBT_TESTS], limit=MAX_BYTES) if not _DBT_GENERIC.search(text or "")]


# a dbt project's file says its name (``name: 'my_project'``) and its profile or its configuration version; its SQL files (the
# models, macros, tests, analyses and snapshots of the folders it names, dbt's defaults when unsaid) are the steps `dbt run` runs
# (docs.getdbt.com, "dbt_project.yml"): a data pipeline whatever file installs dbt (a sibling project, a container image)
_DBT_NAME = lazy_compile(r"^name[^\S\n]*:[^\S\n]*['\"]?\w", re.M)
_DBT_SIGN = lazy_compile(r"^(?:profile|config-version|(?:model|macro)-paths|models)[^\S\n]*:", re.M)
_DBT_SQL_PATHS = tuple((lazy_compile(rf"^{key}:[^\S\n]*(\[[^\]\n]{{0,500}}\]|\n(?:[^\S\n]*-[^\n]{{1,200}}\n?)+)", re.M), default) for key, default in
                       (("model-paths", "models"), ("macro-paths", "macros"), ("test-paths", "tests"), ("analysis-paths", "analyses"),
                        ("snapshot-paths", "snapshots")))


def dbt_projects(snap, vendored) -> list[str]:
    """The dbt_project.yml files (the first ten in path order, not vendored, 64 KB each) that declare a dbt project: a name, and a
    profile, a configuration version, model or macro folders or models' settings."""
    projects = sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "dbt_project.yml" and not vendored(p))[:10]
    return [p for p in projects if _DBT_NAME.search(text := snap.read_text(p, limit=MAX_BYTES) or "") and _DBT_SIGN.search(text)]


def dbt_sql(snap, vendored, tests: bool = True) -> list[str]:
    """The .sql files of the dbt projects' models, macros, tests, analyses and snapshots folders (see ``dbt_projects``), sorted;
    ``tests=False``: but those of its test folders (the project's code, what its tests test)."""
    if not dbt_projects(snap, vendored):
        return []
    found: set[str] = set()
    for key, default in _DBT_SQL_PATHS:
        found |= set(_dbt_project_files(snap, vendored, key, default, (".sql",)))
    if not tests:
        found -= set(_dbt_project_files(snap, vendored, _DBT_TEST_PATHS, "tests", (".sql",)))
    return sorted(found)


_DBT_SEED_PATHS = lazy_compile(r"^seed-paths:[^\S\n]*(\[[^\]\n]{0,500}\]|\n(?:[^\S\n]*-[^\n]{1,200}\n?)+)", re.M)


def dbt_seeds(snap, vendored) -> list[str]:
    """The seeds of the dbt projects (see ``dbt_projects``): the CSV files of the folders their dbt_project.yml names under
    seed-paths ("seeds" when unsaid), which `dbt seed` loads into the warehouse: data the project ships (code lists, references), sorted."""
    if not dbt_projects(snap, vendored):
        return []
    return sorted(set(_dbt_project_files(snap, vendored, _DBT_SEED_PATHS, "seeds", (".csv",))))


def dbt_models(snap, vendored) -> tuple[list[str], list[str]]:
    """The models of the dbt projects (see ``dbt_projects``): the .sql files and the YAML files of their model folders (model-paths,
    "models" when unsaid), each sorted."""
    if not dbt_projects(snap, vendored):
        return [], []
    return (sorted(set(_dbt_project_files(snap, vendored, _DBT_MODEL_PATHS, "models", (".sql",)))),
            sorted(set(_dbt_project_files(snap, vendored, _DBT_MODEL_PATHS, "models", (".yml", ".yaml")))))


def dbt_code_dirs(snap, vendored) -> list[str]:
    """The folders (``models/``, ``project/macros/``…) of the dbt projects' models, macros, snapshots and analyses (see ``dbt_projects``):
    where their SQL is code, Jinja that `dbt run` compiles and runs; sorted, at most MAX_DIRS."""
    out: set[str] = set()
    for path in dbt_projects(snap, vendored):
        text = re.sub(r"#[^\n]*", "", snap.read_text(path, limit=MAX_BYTES) or "")
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        for key, default in _DBT_SQL_PATHS:
            if default == "tests":  # (the test folders: tests, not code)
                continue
            m = key.search(text)
            out |= {base + d.removeprefix("./").strip("/") + "/" for d in (_DBT_ITEM.findall(m.group(1)) if m else [default]) if d.strip("./")}
    return sorted(out)[:MAX_DIRS]
