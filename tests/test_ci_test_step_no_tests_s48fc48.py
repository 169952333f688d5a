"""reusability.tests-and-ci (issue 12, s48 fc48 = reader rh47, OPEN-ENT-NG/jupyter-connector).

A Maven module's workflow already has a "Run maven test" step (`mvn test`), but the repository has no test file. The check rightly
drops that step from "the CI runs the tests" (it runs none), but then said "CI does not seem to run any test" and advised "make
.github/workflows/… run mvn test (JUnit)", the step that is already there. It now says the CI runs the test command with no test to
run (with that line) and asks only for the tests. Status unchanged (fail).
Near miss: a workflow with no test step keeps "make … run mvn test".

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
WORKFLOW = """name: check
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: mvn -B compile
STEP"""
JAVA = "package org.commune.app;\n\npublic class Service{n} {{\n    public int run(int a) {{\n        return a + {n};\n    }}\n}}\n"
FILES = {"README.md": "# App\n\nA module.\n", "pom.xml": "<project><artifactId>app</artifactId></project>\n",
         **{f"src/main/java/org/commune/app/Service{n}.java": JAVA.format(n=n) for n in range(3)}}


def test_a_test_step_with_no_test_to_run_is_said_not_asked_again(tmp_path):
    step = "      - name: Run maven test\n        run: mvn -B test\n"
    r = check_result(tmp_path, {**FILES, ".github/workflows/check.yml": WORKFLOW.replace("STEP", step)}, CID)
    assert r["status"] == "fail", r["message"]
    advice = r["remediation"]["en"].lower()
    assert "make .github/workflows/check.yml run" not in advice, advice
    assert "ci already runs them" in advice and ".github/workflows/check.yml:11" in advice, advice
    notes = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert notes and notes[0]["line"] == 11 and "runs none" in notes[0]["note"]["en"], notes


def test_a_workflow_without_a_test_step_is_asked_to_run_them(tmp_path):
    r = check_result(tmp_path, {**FILES, ".github/workflows/check.yml": WORKFLOW.replace("STEP", "")}, CID)
    advice = r["remediation"]["en"].lower()
    assert "make .github/workflows/check.yml run mvn test" in advice, advice
