"""readme.sections.usage: a sub-chapter of a chapter on building the project inherits its role ("#### ii. Using command line scripts"
under "## 2. Compile project" lists the build scripts: "using" says "with"), no use of the project; the same heading under a chapter of
its own, or a "Usage" sub-heading under the build chapter, stays usage (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

SETUP = "# App onboarding\n\n## 1. Setting project\n\n### a. Install Flutter\n\n- Download and install Flutter, then run `flutter pub get`.\n\n"
SCRIPTS = ("Use either:\n- `generateSandboxApk.sh` to have a build that targets Sandbox environment\n"
           "- `generateReleaseBundle.sh` to have a build that targets Prod environment\n\n")


def _sections(tmp_path, readme: str, name: str) -> list:
    files = {"README.md": readme, "pubspec.yaml": "name: app\nversion: 1.0.0\n", "lib/main.dart": "void main() {}\n",
             "generateSandboxApk.sh": "#!/bin/sh\nflutter build apk\n", "generateReleaseBundle.sh": "#!/bin/sh\nflutter build appbundle\n"}
    commits = [{"files": files, "date": "2025-01-29T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


# - agora-gouv/agora-app: "## 2. Compile project" > "### a. Android" > "#### i. Using Android Studio", "#### ii. Using command line
#   scripts" (generateSandboxApk.sh, generateReleaseBundle.sh…): usage was claimed from the second.
def test_using_scripts_under_a_compile_chapter_is_the_build(tmp_path):
    readme = SETUP + "## 2. Compile project\n\n### a. Android\n\n#### i. Using Android Studio\n\nChoose the flavor.\n\n#### ii. Using command line scripts\n\n" + SCRIPTS
    assert "usage" not in _sections(tmp_path, readme, "compile")


def test_the_same_heading_outside_a_build_chapter_stays_usage(tmp_path):
    readme = SETUP + "## 2. Using command line scripts\n\n" + SCRIPTS
    assert "usage" in _sections(tmp_path, readme, "own")
    readme = SETUP + "## 2. Compile project\n\n### Usage\n\nOpen the app, sign in with FranceConnect and answer the consultations.\n"
    assert "usage" in _sections(tmp_path, readme, "named")
