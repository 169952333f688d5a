"""reusability.configuration (issue 12, session 25, reader o3: GIP-RECIA/Application-mobile-POC): a Flutter application's
android/app/build.gradle is Flutter's template, which reads back from local.properties the keys the flutter tool writes there
(flutter.sdk, flutter.versionCode and flutter.versionName from pubspec.yaml's version); the check failed on "2 settings read
from the environment, 2 undocumented": flutter.versionCode, flutter.versionName. A build tool's own keys (Flutter's flutter.*,
the Android SDK's sdk.dir) are no settings of the project; a key of the project's own read from local.properties
(MAPS_API_KEY) still is one."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf

GRADLE = ("def localProperties = new Properties()\ndef localPropertiesFile = rootProject.file('local.properties')\n"
          "if (localPropertiesFile.exists()) {\n    localPropertiesFile.withReader('UTF-8') { reader ->\n        localProperties.load(reader)\n    }\n}\n\n"
          "def flutterRoot = localProperties.getProperty('flutter.sdk')\n"
          "def flutterVersionCode = localProperties.getProperty('flutter.versionCode')\nif (flutterVersionCode == null) {\n    flutterVersionCode = '1'\n}\n"
          "def flutterVersionName = localProperties.getProperty('flutter.versionName')\n{extra}\n"
          "apply plugin: 'com.android.application'\n\nandroid {\n    namespace 'fr.gip.agenda'\n    compileSdkVersion 34\n"
          "    defaultConfig {\n        applicationId 'fr.gip.agenda'\n        versionCode flutterVersionCode.toInteger()\n        versionName flutterVersionName\n"
          "    }\n}\n")
PUBSPEC = "name: agenda\nversion: 1.0.0+1\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  http: ^1.1.0\n"
MAIN = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runApp(const MaterialApp(home: Text('Agenda')));\n}\n"


def files(extra: str = "") -> dict:
    return {"agenda/pubspec.yaml": PUBSPEC, "agenda/lib/main.dart": MAIN, "agenda/android/app/build.gradle": GRADLE.replace("{extra}", extra),
            "agenda/android/settings.gradle": "include ':app'\n", "README.md": "# Agenda\n\nUne application mobile Flutter.\n"}


def test_flutters_own_keys_are_no_settings(tmp_path):
    r = conf(tmp_path, files())
    keys = {e.get("value") for e in r["evidence"]}
    assert not keys & {"flutter.versionCode", "flutter.versionName", "flutter.sdk"}, r  # was fail: 2 undocumented settings
    assert "flutter.versionCode" not in str(r["message"]), r


def test_a_key_of_the_projects_own_in_local_properties_is_still_a_setting(tmp_path):
    r = conf(tmp_path, files("def mapsKey = localProperties.getProperty('MAPS_API_KEY')\n"))
    assert "MAPS_API_KEY" in {e.get("value") for e in r["evidence"]}, r
