"""A Flutter application one folder down (issue 12, session 25 reader o3, GIP-RECIA/Application-mobile-POC R3): each proof of
concept keeps its pubspec.yaml, android/app/build.gradle and ios/Runner.xcodeproj in its own folder (app_poc/…), and
reusability.install said "install tooling: none" though the project fact named those very files as the application's. The build
the project fact names (Flutter's pubspec, the Android module's build.gradle, the Xcode project) is the install tooling wherever it
sits. An application with no written steps keeps its warning."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results
from tests.test_kind_mobile_s15 import _flutter

INSTALL = ["reusability.install"]
STEPS = "\n## Installation\n\n```\nflutter pub get\nflutter run\n```\n"


def test_a_flutter_app_one_folder_down_is_built_by_its_pubspec(tmp_path):
    files = {("appli_poc/" + p if p != "README.md" else p): t for p, t in _flutter().items()}
    files["README.md"] += STEPS
    project, res = kind_and_results(tmp_path, files, INSTALL)
    assert project["kind"] == "mobile-application", project
    r = res["reusability.install"]
    assert r["status"] == "pass" and "appli_poc/" in r["message"]["en"] and "none" not in r["message"]["en"], r["message"]


def test_a_flutter_app_at_the_root_is_built_by_its_pubspec_too(tmp_path):
    """The same application at the root, whose only Gradle file is android/app/build.gradle (two folders down, under the root
    build-file rule's depth): "none" before as well."""
    files = _flutter()
    files["README.md"] += STEPS
    _, res = kind_and_results(tmp_path, files, INSTALL)
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]


def test_a_mobile_app_without_written_steps_keeps_its_warning(tmp_path):
    files = {("appli_poc/" + p if p != "README.md" else p): t for p, t in _flutter().items()}
    _, res = kind_and_results(tmp_path, files, INSTALL)
    assert res["reusability.install"]["status"] != "pass", res["reusability.install"]["message"]
