"""reusability.tests-and-ci (issue 12, session 33, measure 27 reader m27o3; s33 t33): a Laravel application's workflow runs
`php artisan test` (PHPUnit through Artisan) and `./vendor/bin/pint --test` (Laravel Pint, the framework's code-style linter, in
composer.json's require-dev): the check said "linter: no" and that CI runs no tests. Artisan's test command is a test run, Pint
(and Larastan) are linters. A workflow that only builds (`php artisan key:generate`, `npm run build`), with no linter in
require-dev, stays "linter: no" and runs no tests."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.tests-and-ci"
CODE = "<?php\nnamespace App\\Models;\n\nclass Commune\n{\n    public function nom(): string\n    {\n        return 'Neulliac';\n    }\n}\n"
TEST = ("<?php\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\nclass CommuneTest extends TestCase\n{\n    public function test_nom(): void\n"
        "    {\n        $this->assertSame('Neulliac', (new \\App\\Models\\Commune())->nom());\n    }\n}\n")


def workflow(steps: list[str]) -> str:
    return ("name: CI\non: [push]\njobs:\n  php:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n"
            "      - run: composer install --no-interaction\n      - run: php artisan key:generate\n"
            + "".join(f"      - run: {s}\n" for s in steps))


def run(tmp_path, dev: dict, steps: list[str], name: str) -> dict:
    composer = json.dumps({"name": "laravel/laravel", "type": "project", "require": {"php": "^8.3", "laravel/framework": "^12.0"},
                           "require-dev": dev}, indent=2) + "\n"
    files = {"README.md": "# Observatoire\n", "composer.json": composer, "app/Models/Commune.php": CODE,
             "tests/Feature/CommuneTest.php": TEST, ".github/workflows/tests.yml": workflow(steps)}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_artisan_test_and_pint_are_a_test_run_and_a_linter(tmp_path):
    r = run(tmp_path, {"phpunit/phpunit": "^12.5", "laravel/pint": "^1.27"}, ["php artisan test", "./vendor/bin/pint --test"], "pint")
    assert "linter: yes" in r["message"]["en"], r["message"]  # was "linter: no"
    assert r["details"]["linter"] is True and r["details"]["ci_runs_tests"] is True, r["details"]


def test_larastan_in_require_dev_is_a_linter(tmp_path):
    r = run(tmp_path, {"phpunit/phpunit": "^12.5", "larastan/larastan": "^3.0"}, ["npm run build"], "larastan")
    assert r["details"]["linter"] is True, r["message"]


def test_a_build_only_workflow_without_linter_stays_without(tmp_path):
    r = run(tmp_path, {"phpunit/phpunit": "^12.5", "mockery/mockery": "^1.6"}, ["npm run build"], "build")
    assert "linter: no" in r["message"]["en"] and r["details"]["ci_runs_tests"] is False, r["details"]
