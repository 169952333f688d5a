"""readme.description: a note deep in a chapter on building the project ("The app's icon and status bar should change color depending on
built environment:" under "## 2. Compile project" > "### a. Android") is no description; a README that never says what the project is
has none. A README whose opening line says what it is keeps it (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

SETUP = "## 1. Setting project\n\n### a. Install Flutter\n\n- Download and install Flutter, then run `flutter pub get`.\n\n"
BUILD = ("## 2. Compile project\n\nCurrent list of valid environments:\n- Dev\n- Prod\n\n### a. Android\n\n#### i. Using Android Studio\n\n"
         "Make sure to change the target environment before attempting to compile the project.\n\n"
         "The app's icon and status bar should change color depending on built environment:\n- Orange for Sandbox\n- Blue for Prod\n\n"
         "### b. iOS\n\nLaunch a command line script first to choose the target environment.\n")


def _description(tmp_path, readme: str, name: str):
    files = {"README.md": readme, "pubspec.yaml": "name: app\nversion: 1.0.0\n", "lib/main.dart": "void main() {}\n"}
    commits = [{"files": files, "date": "2025-01-29T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]["description"]


# - agora-gouv/agora-app: "# Agora onboarding", a developer's set-up guide that never says what the app is; the description was the
#   build note of README.md:81 under "#### i. Using Android Studio".
def test_a_note_in_a_build_chapter_is_no_description(tmp_path):
    assert _description(tmp_path, "# App onboarding\n\n" + SETUP + BUILD, "build") is None


def test_the_opening_line_stays_the_description(tmp_path):
    readme = "# App\n\nL'application mobile de consultation des citoyens, pour répondre aux questions du gouvernement.\n\n" + SETUP + BUILD
    d = _description(tmp_path, readme, "opening")
    assert d and d["text"].startswith("L'application mobile") and d["first"], d
