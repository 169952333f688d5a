"""facts.files on State repositories (issue 12, session 19 reader e2): three report-contract facts named files that are not what
the fact says.

- dockerfile: a CircleCI executor's image (.circleci/images/<name>/Dockerfile) is the CI's machine, not the project's image
  (csvapi had no Dockerfile of its own);
- env_template: Symfony's .env whose header says it "contains default values" but that sets no variable (every one moved to
  the environment) is no template;
- tests: Symfony's config/packages/test/*.yaml are the test environment's settings, no test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

ONLY = ["documentation.community-files"]

SYMFONY_ENV_HEADER = ("# In all environments, the following files are loaded if they exist,\n# the latter taking precedence over the former:\n"
                      "#\n#  * .env                contains default values for the environment variables needed by the app\n"
                      "#  * .env.local          uncommitted file with local overrides\n#\n"
                      "# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.\n")
BASE = {"README.md": "# Service\n\nUn service de l'État.\n", "composer.json": '{"require": {"symfony/framework-bundle": "^6.4"}}',
        "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n"}


def _files(tmp_path, files, name="r"):
    return run_audit(build(tmp_path / name, files), tmp_path / (name + "-c"), ONLY)["facts"]["files"]


def test_a_ci_executors_image_is_not_the_projects_dockerfile(tmp_path):
    files = dict(BASE, **{".circleci/config.yml": "version: 2.1\njobs:\n  build:\n    docker:\n      - image: org/svc-circle\n",
                          ".circleci/images/svc-circle/Dockerfile": "FROM python:3.11\nRUN pip install tox\n"})
    assert _files(tmp_path, files)["dockerfile"] is None
    assert _files(tmp_path, dict(files, Dockerfile="FROM php:8.2-fpm\n"), "d")["dockerfile"] == "Dockerfile"


def test_a_symfony_env_of_comments_alone_is_no_template(tmp_path):
    assert _files(tmp_path, dict(BASE, **{".env": SYMFONY_ENV_HEADER}))["env_template"] is None
    with_vars = dict(BASE, **{".env": SYMFONY_ENV_HEADER + "APP_ENV=dev\nDATABASE_URL=\n"})
    assert _files(tmp_path, with_vars, "v")["env_template"] == ".env"


def test_a_test_environments_settings_are_no_tests(tmp_path):
    files = dict(BASE, **{"config/packages/test/framework.yaml": "framework:\n  test: true\n",
                          "config/packages/test/twig.yaml": "twig:\n  strict_variables: true\n"})
    assert _files(tmp_path, files)["tests"] is False
    tested = dict(files, **{"tests/KernelTest.php": "<?php\nuse PHPUnit\\Framework\\TestCase;\nclass KernelTest extends TestCase {\n"
                                                     "  public function testBoot(): void { $this->assertTrue(class_exists('App\\\\Kernel')); }\n}\n"})
    assert _files(tmp_path, tested, "t")["tests"] is True
