"""files.env_template_component: a Flutter (or React Native) app's platform folder, android/ beside the app's pubspec.yaml, is the app
itself, no component, though it holds a Gradle build of its own; a separate folder with its own manifest stays a component (issue 12,
s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

KEYS = "storePassword=\nkeyPassword=\nkeyAlias=upload\nstoreFile=\n"
BASE = {"README.md": "# App\n\n## Setting project\n\n```\nflutter pub get\n```\n",
        "pubspec.yaml": "name: app\nversion: 1.0.0\ndependencies:\n  flutter:\n    sdk: flutter\n", "lib/main.dart": "void main() {}\n",
        "android/build.gradle": "buildscript {}\n", "android/settings.gradle": "include ':app'\n",
        "android/app/build.gradle": "apply plugin: 'com.android.application'\n", "ios/Runner/AppDelegate.swift": "import Flutter\n"}


def _files(tmp_path, files: dict, name: str) -> dict:
    commits = [{"files": {**BASE, **files}, "date": "2025-01-29T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["reusability.configuration"])["facts"]["files"]


# - agora-gouv/agora-app: android/key.properties.template (storePassword, keyAlias…), the Flutter app's Android signing settings,
#   android/build.gradle beside the root pubspec.yaml: env_template_component was "android".
def test_a_flutter_apps_android_folder_is_no_component(tmp_path):
    files = _files(tmp_path, {"android/key.properties.template": KEYS}, "flutter")
    assert files["env_template"] == "android/key.properties.template" and files["env_template_component"] is None, files


def test_a_folder_with_its_own_manifest_stays_a_component(tmp_path):
    files = _files(tmp_path, {"backend/package.json": '{"name": "backend", "private": true}\n', "backend/index.js": "module.exports = 1;\n",
                              "backend/.env.example": "DATABASE_URL=\n"}, "backend")
    assert files["env_template"] == "backend/.env.example" and files["env_template_component"] == "backend", files
