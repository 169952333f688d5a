"""A CI step running the repository's own script in the folder the job's steps run in runs what that script runs (issue 12, s40
fd40 = 3liz/qgis-lizsync-plugin): the QGIS plugin's workflow sets `defaults: run: working-directory: .docker` and its "Running
tests" step runs `./exec.sh`, which starts the plugin's tests in the qgis/qgis image by `qgis_testrunner.sh`; the script was looked
for at the root only and qgis_testrunner.sh was no known test runner, so reusability.tests-and-ci said "CI does not seem to run any
test". The near miss: the same workflow whose script only starts the containers runs no test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
SRC = "from qgis.core import QgsProject\n\n\ndef {name}(layer):\n    return QgsProject.instance().mapLayer(layer)\n"
TEST = "import unittest\n\n\nclass Test{name}(unittest.TestCase):\n    def test_{name}(self):\n        self.assertEqual(1, 1)\n"
FILES = {"metadata.txt": "[general]\nname=Exemple\nqgisMinimumVersion=3.10\nversion=1.0.0\n",
         **{f"exemple/{n}.py": SRC.format(name=n) for n in ("sync", "clone", "dialog", "tools")},
         **{f"exemple/test/test_{n}.py": TEST.format(name=n) for n in ("sync", "clone")},
         "setup.cfg": "[flake8]\nmax-line-length = 120\n",
         ".docker/start.sh": "#!/usr/bin/env bash\ndocker-compose up -d\n"}
WORKFLOW = ("name: Tests\non: [push]\njobs:\n  unittests:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n"
            "        working-directory: .docker\n    steps:\n      - uses: actions/checkout@v2\n"
            "      - name: Start\n        run: ./start.sh\n      - name: Running tests\n        run: ./exec.sh\n")
RUNS_TESTS = ("#!/usr/bin/env bash\nuntil docker exec db true; do sleep 1; done\n"
              "docker exec -t qgis sh -c \"cd /tests_directory/exemple && qgis_testrunner.sh exemple.test.test_package\"\n")
NO_TEST = "#!/usr/bin/env bash\nuntil docker exec db true; do sleep 1; done\ndocker exec -t qgis sh -c \"ls /tests_directory\"\n"


def test_script_run_in_the_steps_folder_runs_the_tests(tmp_path):
    r = check_result(tmp_path, {**FILES, ".github/workflows/ci.yml": WORKFLOW, ".docker/exec.sh": RUNS_TESTS}, CID)
    assert r["details"]["ci_runs_tests"] is True, (r["status"], r["message"], r["evidence"])


def test_script_starting_containers_only_runs_no_test(tmp_path):
    r = check_result(tmp_path, {**FILES, ".github/workflows/ci.yml": WORKFLOW, ".docker/exec.sh": NO_TEST}, CID)
    assert r["details"]["ci_runs_tests"] is False, (r["status"], r["message"], r["evidence"])
