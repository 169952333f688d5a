"""What reusability.tests-and-ci advises: the test runner, test folder and linter of the languages measured (moved out of
quality.py, which holds the checks)."""

from __future__ import annotations

from auditor.checks.interface import clauses
from auditor.facts.tree import tree_of

from .ruby_tests import ruby_tools


# The usual test runner, test folder and linter of a language (what a team reusing the code expects to find). A language with
# no entry gets the generic words, never another language's tools.
TOOLS = {
    "Python": ("pytest", "tests/test_*.py", "ruff check ."),
    "JavaScript": ("npm test (Vitest ou Jest)", "tests/*.test.js", "npx eslint ."),
    "TypeScript": ("npm test (Vitest ou Jest)", "tests/*.test.ts", "npx eslint ."),
    "Vue": ("npm test (Vitest)", "tests/*.spec.js", "npx eslint ."),
    "PHP": ("vendor/bin/phpunit", "tests/*Test.php", "vendor/bin/phpcs"),
    "Java": ("mvn test (JUnit)", "src/test/java/", "mvn checkstyle:check"),
    "Kotlin": ("gradle test", "src/test/kotlin/", "gradle ktlintCheck"),
    "R": ("testthat (Rscript -e 'testthat::test_dir(\"tests/testthat\")')", "tests/testthat/test-*.R", "lintr"),
    "Go": ("go test ./...", "*_test.go", "go vet ./..."),
    "Ruby": ("bundle exec rspec", "spec/*_spec.rb", "bundle exec rubocop"),
    "Rust": ("cargo test", "tests/*.rs", "cargo clippy"),
    "C#": ("dotnet test (xUnit ou NUnit)", "tests/<Projet>.Tests/", "dotnet format --verify-no-changes"),
    "PowerShell": ("Invoke-Pester (Pester)", "tests/*.Tests.ps1", "Invoke-ScriptAnalyzer (PSScriptAnalyzer)"),
    "Shell": ("bats", "test/*.bats", "shellcheck"),
    "dbt": ("dbt test", "tests/*.sql", "sqlfluff lint"),  # (a data pipeline's SQL tests, in the folders its dbt_project.yml names)
}


# Java's tools follow the build tool the project has at its root: Maven's by default, Gradle's beside a build.gradle, Ant's beside a
# build.xml alone (a NetBeans Ant project tests test/ with "ant test"; mvn does nothing there: issue 12, s45 fe45)
JAVA_BUILDS = (("pom.xml", TOOLS["Java"]),
               ("build.gradle", ("gradle test (JUnit)", "src/test/java/", "gradle checkstyleMain")),
               ("build.gradle.kts", ("gradle test (JUnit)", "src/test/java/", "gradle checkstyleMain")),
               ("build.xml", ("ant test (JUnit)", "test/", "Checkstyle (sa tâche Ant)")))


def _tools(ctx, lang: str | None) -> tuple[str, str, str] | None:
    """The runner, test folder and linter of a language; Java's those of the build tool found at the root (Maven's when none)."""
    if lang == "Ruby":  # (RSpec's or Minitest's, as the tests written show)
        return ruby_tools([e.path for e in tree_of(ctx)])
    if lang != "Java":
        return TOOLS.get(lang)
    root = {e.path for e in tree_of(ctx) if "/" not in e.path}
    return next((tools for name, tools in JAVA_BUILDS if name in root), TOOLS["Java"])


def _most(counts: dict) -> str | None:
    """The language with the most files; a tie goes to a language of known tools, then by name (never by the dict's order: a
    cached dict comes back sorted by key)."""
    return min(counts, key=lambda lang: (-counts[lang], lang not in TOOLS, lang)) if counts else None


def _tests_todo(ctx, tests: int, ci: list[str], runs_tests: bool, linter: bool, thin: bool = False, idle_runs: list | None = None) -> dict[str, str]:
    """What to add for the languages measured: the test runner of the language the tests are written in (else of the code's
    main language), the CI job that runs it, the linter of the code's main language (the source files this check counts)."""
    inv = ctx.fact("source_inventory")
    main = _most(inv.get("source_languages") or {})
    tested_in = _most(inv.get("test_languages") or {}) if tests else None
    run_lang = tested_in or main
    runner, where, _ = _tools(ctx, run_lang) or ("la commande qui lance les tests", "tests/", "")
    lint = _tools(ctx, main)[2] if main in TOOLS else "un linter"
    runner_en = runner.replace(" ou ", " or ").replace("<Projet>", "<Project>") if run_lang in TOOLS else "the command that runs the tests"
    where_en = where.replace("<Projet>", "<Project>")
    lint_en = lint.replace("(sa tâche Ant)", "(its Ant task)") if main in TOOLS else "a linter"
    fr, en = [], []
    if not tests and idle_runs and ci:  # (the CI's step already runs the test command: it will run them)
        p, ln, cmd = idle_runs[0]
        fr.append(f"écrivez des tests ({where}), en commençant par les calculs dont dépendent les résultats : la CI les lancera déjà "
                  f"({cmd}, {p}:{ln})")
        en.append(f"write tests ({where_en}), starting with the computations the results depend on: CI already runs them "
                  f"({cmd}, {p}:{ln})")
    elif not tests:
        fr.append(f"écrivez des tests ({where}) lancés par {runner}, en commençant par les calculs dont dépendent les résultats")
        en.append(f"write tests ({where_en}) run by {runner_en}, starting with the computations the results depend on")
    elif thin:
        fr.append(f"écrivez des tests ({where}) pour le reste du code, en commençant par les calculs dont dépendent les résultats")
        en.append(f"write tests ({where_en}) for the rest of the code, starting with the computations the results depend on")
    if not ci:
        fr.append(f"ajoutez une intégration continue qui lance {runner} à chaque modification : .github/workflows/tests.yml sur "
                  "GitHub, .gitlab-ci.yml sur GitLab")
        en.append(f"add continuous integration running {runner_en} on every change: .github/workflows/tests.yml on GitHub, "
                  ".gitlab-ci.yml on GitLab")
    elif not runs_tests and not idle_runs:
        fr.append(f"faites lancer {runner} par {ci[0]}")
        en.append(f"make {ci[0]} run {runner_en}")
    if not linter:
        fr.append(f"vérifiez le style avec {lint}, dans la même intégration continue")
        en.append(f"check the style with {lint_en}, in the same continuous integration")
    return clauses(fr, en)
