"""files facts on State repositories (issue 12, session 9's second measure): settings templates in shapes the env_template fact
did not see (La Suite's env.d/development/common.dist, an iOS app's Local.xcconfig.example, an Angular app's
settings_template.json), and an Xcode project's XCTest files not taken as tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "reusability.configuration"


def files_fact(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])["facts"]["files"]


DJANGO = {"README.md": "# Dictaphone\n\nTranscription de réunions.\n", "src/backend/manage.py": "import os\n",
          "docker-compose.yml": "services:\n  app:\n    env_file:\n      - env.d/development/common\n"}


def test_an_env_d_folder_of_dist_files_is_the_env_template(tmp_path):
    # suitenumerique/dictaphone, find: env.d/development/common.dist, postgresql.dist (copied to common, postgresql by `make`)
    f = files_fact(tmp_path, {**DJANGO, "env.d/development/common.dist": "DJANGO_SECRET_KEY=ThisIsAnExampleKeyForDevPurposeOnly\n",
                              "env.d/development/postgresql.dist": "DB_HOST=postgresql\n", "env.d/production.dist/common": "DJANGO_SECRET_KEY=\n"})
    assert f["env_template"] == "env.d/development/common.dist"


def test_a_production_dist_folder_of_env_files_is_a_template(tmp_path):
    f = files_fact(tmp_path, {**DJANGO, "env.d/production.dist/common": "DJANGO_SECRET_KEY=\n"})
    assert f["env_template"] == "env.d/production.dist/common"


def test_a_settings_template_of_another_kind_is_the_template_when_no_env_file_is(tmp_path):
    # SIB-rennes/DataEtatBretagne-Front: apps/*/src/assets/settings_template.json; numerique-gouv/ami-app-ios: Local.xcconfig.example
    f = files_fact(tmp_path, {"README.md": "# Front\n", "package.json": '{"name": "front"}',
                              "apps/financial-data/src/assets/settings_template.json": '{"apiUrl": "https://api.example.org"}\n',
                              "apps/financial-data/src/main.ts": "console.log(1);\n"})
    assert f["env_template"] == "apps/financial-data/src/assets/settings_template.json"
    f = files_fact(tmp_path / "ios", {"README.md": "# AMI\n", "AMI/App.swift": "import SwiftUI\n",
                                      "AMI/configs/Local.xcconfig.example": "// Template for personal/local settings\nAPI_URL = https:/$()/x\n"})
    assert f["env_template"] == "AMI/configs/Local.xcconfig.example"


def test_an_env_file_template_comes_before_another_settings_template(tmp_path):
    f = files_fact(tmp_path, {"README.md": "# App\n", "config/settings.example.json": "{}\n", "deploy/.env.example": "A=\n"})
    assert f["env_template"] == "deploy/.env.example"


def test_no_template_and_a_test_tools_dist_file_give_none(tmp_path):
    f = files_fact(tmp_path, {"README.md": "# App\n", "composer.json": "{}", "phpunit.xml.dist": "<phpunit/>\n", "env.d/development/common": "A=1\n"})
    assert f["env_template"] is None


def test_xctest_files_are_tests(tmp_path):
    # numerique-gouv/ami-app-ios: AMITests/AMITests.swift, AMIUITests/AMIUITestsLaunchTests.swift (XCTest targets)
    f = files_fact(tmp_path, {"README.md": "# AMI\n", "AMI/App.swift": "import SwiftUI\n",
                              "AMITests/AMITests.swift": "import XCTest\nfinal class AMITests: XCTestCase {}\n",
                              "AMIUITests/AMIUITestsLaunchTests.swift": "import XCTest\n"})
    assert f["tests"] is True
    f = files_fact(tmp_path / "n", {"README.md": "# AMI\n", "AMI/App.swift": "import SwiftUI\n", "AMI/Latest.swift": "struct Latest {}\n"})
    assert f["tests"] is False
