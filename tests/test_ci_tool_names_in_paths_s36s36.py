"""Issue 12, session 36 (s36, reader m34o1).

reusability.tests-and-ci (gestionsiteccsa/Gestion-CCSA): a security workflow runs bandit with an exclude list
`-x ./tests,./migrations,./.pytest_cache`; the cache folder's name read as a pytest command and the check said "CI qui lance
les tests". A test tool's name inside a path or a file name (`.pytest_cache`, `.tox/`, `pytest.ini`, `pytest-cov`) is no
test run; `python -m pytest tests/`, `pytest --cov`, `pytest-3`, `php phpunit.phar` stay test runs."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
FILES = {"README.md": "# Intranet\n", "requirements.txt": "Django==5.2\n",
         "events/models.py": "def slot():\n    return 1\n",
         "events/tests/test_models.py": "from events.models import slot\n\ndef test_slot():\n    assert slot() == 1\n"}


def workflow(run: str) -> str:
    return ("name: Security Audit\non: [push]\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - run: pip install bandit safety\n"
            f"      - run: |\n          {run}\n")


@pytest.mark.parametrize("run", ["bandit -r . -x ./tests,./migrations,./.pytest_cache -f json -o bandit.json",
                                 "safety check --ignore-path .tox/ --output text",
                                 "cp pytest.ini.dist pytest.ini && echo done",
                                 "pip install pytest-cov pytest-django"])
def test_a_tool_name_in_a_path_runs_no_test(tmp_path, run):
    r = check_result(tmp_path, {**FILES, ".github/workflows/security.yml": workflow(run)}, CID)
    assert r["details"]["ci_runs_tests"] is False, (r["message"], r["evidence"])


@pytest.mark.parametrize("run", ["python -m pytest tests/", "pytest --cov -p no:cacheprovider", "pytest-3 events/tests",
                                 ".venv/bin/pytest -x", "tox -e py311", "python manage.py test"])
def test_a_test_command_still_runs_the_tests(tmp_path, run):
    r = check_result(tmp_path, {**FILES, ".github/workflows/security.yml": workflow(run)}, CID)
    assert r["details"]["ci_runs_tests"] is True, (r["message"], r["evidence"])


def test_php_runs_phpunit_phar(tmp_path):
    files = {"README.md": "# App\n", "composer.json": '{"name": "a/b"}\n', "src/A.php": "<?php\nclass A {}\n",
             "tests/ATest.php": "<?php\nclass ATest extends TestCase { public function testA() { $this->assertInstanceOf(A::class, new A()); } }\n"}
    # (a real assertion: an ATest asserting assertTrue(true) only is a generated placeholder, not counted: s45 fg45)
    r = check_result(tmp_path, {**files, ".github/workflows/ci.yml": workflow("php phpunit.phar --configuration phpunit.xml.dist")}, CID)
    assert r["details"]["ci_runs_tests"] is True, (r["message"], r["evidence"])
