"""reusability.tests-and-ci (issue 12, session 25, reader o3: Tisseo/NmmPortalBundle): a Symfony bundle declares
squizlabs/php_codesniffer in composer.json's require-dev (used with its default standard, no phpcs.xml) and the check said
"linter: no": only linter configuration files were read. A PHP linter or static analyser declared among composer.json's
development dependencies is now the project's linter; a composer.json naming none stays "linter: no"."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.tests-and-ci"
CODE = "<?php\nnamespace Agglo\\Portail;\n\nclass Client\n{\n    public function nom(): string\n    {\n        return 'portail';\n    }\n}\n"
TEST = ("<?php\nuse PHPUnit\\Framework\\TestCase;\n\nclass ClientTest extends TestCase\n{\n    public function testNom()\n    {\n"
        "        $this->assertSame('portail', (new Agglo\\Portail\\Client())->nom());\n    }\n}\n")


def composer(dev: dict) -> str:
    return json.dumps({"name": "agglo/portail-bundle", "type": "symfony-bundle", "require": {"php": ">=7.2"}, "require-dev": dev}, indent=2) + "\n"


def run(tmp_path, dev: dict) -> dict:
    files = {"README.md": "# Portail\n", "composer.json": composer(dev), "src/Client.php": CODE, "tests/ClientTest.php": TEST,
             "phpunit.xml.dist": "<phpunit bootstrap=\"vendor/autoload.php\"><testsuites><testsuite name=\"t\"><directory>tests</directory></testsuite></testsuites></phpunit>\n"}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_phpcs_in_require_dev_is_a_linter(tmp_path):
    r = run(tmp_path, {"phpunit/phpunit": "^9.5", "squizlabs/php_codesniffer": "^3.7"})
    assert "linter: yes" in r["message"]["en"], r["message"]  # was "linter: no"
    assert r["details"]["linter"] is True


def test_phpstan_in_require_dev_is_a_linter(tmp_path):
    assert "linter: yes" in run(tmp_path, {"phpunit/phpunit": "^9.5", "phpstan/phpstan": "^1.10"})["message"]["en"]


def test_a_composer_json_without_linter_stays_without(tmp_path):
    r = run(tmp_path, {"phpunit/phpunit": "^9.5", "symfony/var-dumper": "^5.4"})
    assert "linter: no" in r["message"]["en"], r["message"]
