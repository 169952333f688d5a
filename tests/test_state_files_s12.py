"""files facts on State repositories (issue 12, session 12's State reader): a test run's env file (.env.test) is not the
settings template, a template named before its .env (.template.env) is; a compose file shipped to copy
(docker-compose.yml.dist) is the compose file; Android Studio's generated placeholder tests are no tests of the project."""

from __future__ import annotations

from tests.test_state_files_s9 import files_fact

SYMFONY = {"README.md": "# Outil\n\nUne application Symfony.\n", "composer.json": '{"require": {"symfony/framework-bundle": "6.4.*"}}',
           "src/Kernel.php": "<?php\nclass Kernel {}\n", ".env": "APP_ENV=dev\nAPP_SECRET=<app_secret>\n"}


def test_a_test_runs_env_file_is_not_the_template(tmp_path):
    f = files_fact(tmp_path, {**SYMFONY, ".env.test": "# define your env variables for the test env here\nKERNEL_CLASS='App\\\\Kernel'\n"})
    # (the committed .env of placeholders, APP_SECRET=<app_secret>, is: tests/test_state_env_template_s15_k5.py)
    assert f["env_template"] == ".env"
    f = files_fact(tmp_path / "own", {**SYMFONY, ".env": "APP_ENV=dev\nAPP_SECRET=4d7f1c9e2b8a6f3d5c0e9b7a1f2d8c6e\n"
                                          "MAILER_PASSWORD=q8Vn2LkW5rTz0pXc7bYm\n",  # (a real secret: Symfony's recipe APP_SECRET alone is a dev default, s22)
                                      ".env.test": "# define your env variables for the test env here\nKERNEL_CLASS='App\\\\Kernel'\n"})
    assert f["env_template"] is None


def test_a_template_named_before_env_comes_before_the_test_env(tmp_path):
    f = files_fact(tmp_path, {**SYMFONY, ".env.test": "# test env\nA=1\n",
                              ".template.env": "# This is a template for environment configuration\nDATABASE_URL=\n"})
    assert f["env_template"] == ".template.env"
    f = files_fact(tmp_path / "ci", {**SYMFONY, "env.ci.example": "A=\n"})
    assert f["env_template"] == "env.ci.example"


def test_a_dist_compose_file_is_the_compose_file(tmp_path):
    f = files_fact(tmp_path, {**SYMFONY, "docker-compose.yml.dist": "services:\n  php:\n    build: .docker/php\n"})
    assert f["compose"] == "docker-compose.yml.dist"
    f = files_fact(tmp_path / "both", {**SYMFONY, "docker-compose.yml.dist": "services: {}\n", "docker-compose.yml": "services: {}\n"})
    assert f["compose"] == "docker-compose.yml"


UNIT = ("package com.getcapacitor.myapp;\n\nimport static org.junit.Assert.*;\nimport org.junit.Test;\n\n"
        "public class ExampleUnitTest {\n    @Test\n    public void addition_isCorrect() throws Exception {\n        assertEquals(4, 2 + 2);\n    }\n}\n")
INSTR = ("package com.getcapacitor.myapp;\n\nimport org.junit.Test;\n\npublic class ExampleInstrumentedTest {\n    @Test\n"
         "    public void useAppContext() throws Exception {\n        Context appContext = InstrumentationRegistry.getInstrumentation().getTargetContext();\n"
         "        assertEquals(\"com.getcapacitor.app\", appContext.getPackageName());\n    }\n}\n")
APP = {"README.md": "# Carte\n\nUne application cartographique.\n", "package.json": '{"name": "carte"}', "src/js/map.js": "export const m = 1;\n",
       "android/app/src/test/java/com/getcapacitor/myapp/ExampleUnitTest.java": UNIT,
       "android/app/src/androidTest/java/com/getcapacitor/myapp/ExampleInstrumentedTest.java": INSTR}


def test_android_studios_placeholder_tests_are_not_tests(tmp_path):
    assert files_fact(tmp_path, APP)["tests"] is False


def test_a_placeholder_test_grown_into_real_tests_or_a_real_test_beside_counts(tmp_path):
    grown = UNIT.replace("}\n}\n", "}\n    @Test\n    public void parsesLayer() { assertEquals(\"a\", Layer.parse(\"a\").name); }\n}\n")
    f = files_fact(tmp_path, {**APP, "android/app/src/test/java/com/getcapacitor/myapp/ExampleUnitTest.java": grown})
    assert f["tests"] is True
    f = files_fact(tmp_path / "js", {**APP, "src/js/map.test.js": "test('m', () => expect(m).toBe(1));\n"})
    assert f["tests"] is True


def test_a_test_env_the_readme_has_copied_is_the_template(tmp_path):
    # (a Next.js app whose README says `cp .env.test .env`: the test values are the settings to start from)
    readme = "# Annuaire\n\nUn annuaire.\n\n## Installation\n\n```\ncp .env.test .env\nyarn dev\n```\n"
    f = files_fact(tmp_path, {"README.md": readme, "package.json": '{"name": "a"}', ".env.test": "DATABASE_URL=postgres://localhost/a\n"})
    assert f["env_template"] == ".env.test"
