"""scaling.end-of-life reads setup-java's java-version and dev container features (issue 12, s46 ff46 = reader rb46,
xotakfr/communes-bretonnes).

A JavaFX desktop application builds in a GitHub workflow with actions/setup-java (``java-version: '17'``) and ships a
.devcontainer/devcontainer.json whose Java feature sets ``"version": "17"``; the check said "No runtime or framework version
read" (not applicable): the workflow reader knew only python-version and node-version, and dev containers were not read.
"""

from __future__ import annotations

from datetime import date

from tests.test_eol_installs_s16_h3 import _run
from tests.test_reusability_fixtures import build, results

WORKFLOW = ("on: [push]\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: '{v}'\n"
            "      - run: make\n")
DEVCONTAINER = ('{\n  // a comment, as dev containers allow\n  "features": {\n    "ghcr.io/devcontainers/features/java:1": {\n'
                '      "version": "{v}"\n    }\n  }\n}\n')
FILES = {
    "README.md": "# Carte\n\nUne application de bureau.\n",
    "src/App.java": "public class App {\n  public static void main(String[] a) { System.out.println(\"x\"); }\n}\n",
    "Makefile": "run:\n\tjavac src/App.java\n",
}


def _read(tmp_path, files):
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 7))
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]}
    return read, results(report)["scaling.end-of-life"]


def test_setup_java_and_devcontainer_java_versions_are_read(tmp_path):
    files = {**FILES, ".github/workflows/build.yml": WORKFLOW.replace("{v}", "17"),
             ".devcontainer/devcontainer.json": DEVCONTAINER.replace("{v}", "17")}
    read, eol = _read(tmp_path, files)
    assert ("java", "17", ".github/workflows/build.yml", 10) in read, read
    assert ("java", "17", ".devcontainer/devcontainer.json", 4) in read, read
    assert eol["status"] == "pass", eol["message"]


def test_a_java_past_its_end_of_life_in_setup_java_is_found(tmp_path):
    read, eol = _read(tmp_path, {**FILES, ".github/workflows/build.yml": WORKFLOW.replace("{v}", "1.7")})
    assert ("java", "7", ".github/workflows/build.yml", 10) in read, read
    assert eol["status"] in ("warn", "fail"), eol["message"]


def test_near_miss_a_floating_version_is_no_version(tmp_path):
    files = {**FILES, ".github/workflows/build.yml": WORKFLOW.replace("'{v}'", "${{ matrix.java }}"),
             ".devcontainer/devcontainer.json": DEVCONTAINER.replace("{v}", "latest")}
    read, eol = _read(tmp_path, files)
    assert not read, read
    assert eol["status"] == "not_applicable", eol["message"]
