"""Native and cross-platform mobile applications (issue 12, session 15): an Android Gradle application module, an Xcode project
building an iOS application, a Flutter application with its android/ and ios/ folders and its web shell, a React Native
application came out as "library (undecided)" or as a static site (Flutter's web/index.html), and were judged on what a web
service or a library is asked. They are now the kind "mobile application", with the files that decided it, and each check says
whether it applies: accessibility and eco-design statements (RGAA and RGESN apply to mobile applications, browser targets and
web fonts do not), no API description expected of a client, no DSFR, building blocks still judged. An Android library module
and a Flutter plugin stay libraries. Each on a git fixture shaped like the real case."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

_MANIFEST = ('<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
             '  <uses-permission android:name="android.permission.INTERNET"/>\n  <application android:label="@string/app_name">\n'
             '    <activity android:name=".MainActivity" android:exported="true"/>\n  </application>\n</manifest>\n')


def _android(plugin: str = "com.android.application") -> dict:
    return {
        "README.md": "# Signalement voirie\n\nApplication Android de la ville pour signaler un problème sur la voirie.\n\n"
                     "## Construire\n\n```\n./gradlew assembleRelease\n```\n",
        "settings.gradle": "rootProject.name = 'signalement'\ninclude ':app'\n",
        "build.gradle": "buildscript {\n    repositories { google(); mavenCentral() }\n}\n",
        "app/build.gradle": f"plugins {{\n    id '{plugin}'\n    id 'kotlin-android'\n}}\n\nandroid {{\n    namespace 'fr.ville.signalement'\n"
                            "    compileSdk 34\n}\n\ndependencies {\n    implementation 'androidx.appcompat:appcompat:1.6.1'\n}\n",
        "app/src/main/AndroidManifest.xml": _MANIFEST,
        "app/src/main/java/fr/ville/signalement/MainActivity.kt": "package fr.ville.signalement\n\nimport androidx.appcompat.app.AppCompatActivity\n\n"
                                                                  "class MainActivity : AppCompatActivity()\n",
        "app/src/main/java/fr/ville/signalement/ReportApi.kt": "package fr.ville.signalement\n\nclass ReportApi(private val base: String) {\n"
                                                               "    fun send(text: String) = base + \"/reports\"\n}\n",
        "app/src/main/res/values/strings.xml": '<resources>\n    <string name="app_name">Signalement</string>\n</resources>\n',
        "gradlew": "#!/bin/sh\nexec java -jar gradle/wrapper/gradle-wrapper.jar \"$@\"\n",
    }


def test_an_android_application_module_is_a_mobile_application(tmp_path):
    """A town's Android app (app/build.gradle applying com.android.application, app/src/main/AndroidManifest.xml, Kotlin):
    "library (undecided)" before, so api-spec and accessibility were judged as a library's."""
    project, res = kind_and_results(tmp_path, _android(), ["interoperability.api-spec", "interoperability.accessibility-and-ecodesign",
                                                           "interoperability.public-building-blocks"])
    assert (project["kind"], project["kind_decided"]) == ("mobile-application", True)
    ev = {(e["path"], e["reason"]) for e in project["kind_evidence"]}
    assert ("app/build.gradle", "Android application (Gradle module com.android.application)") in ev
    assert ("app/src/main/AndroidManifest.xml", "Android application (Gradle module com.android.application)") in ev
    api = res["interoperability.api-spec"]
    assert api["status"] == "not_applicable" and "mobile application" in api["message"]["en"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] != "not_applicable"  # (RGAA applies to mobile applications)
    assert "browser targets" not in a11y["message"]["en"] and "font budget" not in a11y["message"]["en"]
    assert "RGAA statement" in a11y["message"]["en"]
    blocks = res["interoperability.public-building-blocks"]
    assert blocks["details"]["dsfr_judged"] is False and "no interface" not in blocks["message"]["en"]


def test_an_android_library_module_stays_a_library(tmp_path):
    """The same build applying com.android.library: a library others add, no application."""
    project, _ = kind_and_results(tmp_path, _android("com.android.library"), [])
    assert project["kind"] != "mobile-application"


def test_an_ios_application_target_is_a_mobile_application(tmp_path):
    """An Xcode project whose target builds an iOS application (productType application, SDKROOT iphoneos), Swift sources."""
    pbx = ("// !$*UTF8*$!\n{\n\tobjects = {\n\t\tA1 /* Agenda */ = {\n\t\t\tisa = PBXNativeTarget;\n\t\t\tname = Agenda;\n"
           "\t\t\tproductType = \"com.apple.product-type.application\";\n\t\t};\n\t\tB1 /* Release */ = {\n\t\t\tisa = XCBuildConfiguration;\n"
           "\t\t\tbuildSettings = {\n\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 15.0;\n\t\t\t\tSDKROOT = iphoneos;\n\t\t\t};\n\t\t};\n\t};\n}\n")
    files = {"README.md": "# Agenda culturel\n\nApplication iOS de l'agenda culturel du département.\n",
             "Agenda.xcodeproj/project.pbxproj": pbx,
             "Agenda/AppDelegate.swift": "import UIKit\n\n@main\nclass AppDelegate: UIResponder, UIApplicationDelegate {}\n",
             "Agenda/EventList.swift": "import SwiftUI\n\nstruct EventList: View {\n    var body: some View { Text(\"Agenda\") }\n}\n",
             "Agenda/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key><string>Agenda</string></dict></plist>\n"}
    project, res = kind_and_results(tmp_path, files, ["reusability.portability"])
    assert (project["kind"], project["kind_decided"]) == ("mobile-application", True)
    assert project["kind_evidence"][0] == {"path": "Agenda.xcodeproj/project.pbxproj", "reason": "iOS application (Xcode project)"}
    assert res["reusability.portability"]["status"] != "not_applicable"


def test_a_macos_application_is_no_mobile_application(tmp_path):
    """An Xcode project building a macOS application (SDKROOT macosx): a desktop program, not a mobile one."""
    pbx = ("{\n\tobjects = {\n\t\tA1 = {\n\t\t\tisa = PBXNativeTarget;\n\t\t\tproductType = \"com.apple.product-type.application\";\n\t\t};\n"
           "\t\tB1 = {\n\t\t\tbuildSettings = {\n\t\t\t\tSDKROOT = macosx;\n\t\t\t};\n\t\t};\n\t};\n}\n")
    files = {"README.md": "# Outil\n", "Outil.xcodeproj/project.pbxproj": pbx, "Outil/main.swift": "import Cocoa\nprint(\"outil\")\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] != "mobile-application"


def _flutter(plugin: bool = False) -> dict:
    flutter_section = "flutter:\n  plugin:\n    platforms:\n      android:\n        package: fr.ville.plugin\n" if plugin else \
        "flutter:\n  uses-material-design: true\n"
    return {"README.md": "# Notifications mairie\n\nApplication Android, iOS et web réalisée avec Flutter.\n",
            "pubspec.yaml": "name: mairie\nversion: 1.0.0+1\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n"
                            "  http: ^1.1.0\n\n" + flutter_section,
            "lib/main.dart": "import 'package:flutter/material.dart';\n\nvoid main() => runApp(const MairieApp());\n",
            "lib/events.dart": "class Event {\n  final String title;\n  const Event(this.title);\n}\n",
            "android/app/build.gradle": "apply plugin: 'com.android.application'\n",
            "android/app/src/main/AndroidManifest.xml": _MANIFEST,
            "ios/Runner/AppDelegate.swift": "import Flutter\nimport UIKit\n",
            "ios/Runner/Info.plist": "<plist version=\"1.0\"><dict></dict></plist>\n",
            "web/index.html": "<!DOCTYPE html>\n<html><head><title>mairie</title></head><body><script src=\"main.dart.js\"></script></body></html>\n"}


def test_a_flutter_application_with_its_web_shell_is_a_mobile_application(tmp_path):
    """Clement549/Notifications-Mairie: pubspec.yaml on the Flutter SDK, lib/*.dart, android/, ios/ and Flutter's web/index.html:
    "static site or map" before (the web shell was its only page)."""
    project, _ = kind_and_results(tmp_path, _flutter(), [])
    assert (project["kind"], project["kind_decided"]) == ("mobile-application", True)
    reasons = {e["reason"] for e in project["kind_evidence"]}
    assert "Flutter application (pubspec.yaml with android/ or ios/)" in reasons
    assert "HTML page" not in reasons


def test_a_flutter_plugin_is_no_mobile_application(tmp_path):
    """A Flutter plugin's pubspec (flutter: plugin: platforms) with its example's android/ folder: a package others add."""
    files = _flutter(plugin=True)
    files.pop("android/app/build.gradle")  # (a plugin's android/ folder builds a library module)
    files["android/build.gradle"] = "apply plugin: 'com.android.library'\n"
    files.pop("android/app/src/main/AndroidManifest.xml")
    project, _ = kind_and_results(tmp_path, files, [])
    assert "Flutter application (pubspec.yaml with android/ or ios/)" not in {e["reason"] for e in project["kind_evidence"]}


def test_a_react_native_application_is_a_mobile_application_not_a_web_one(tmp_path):
    """A React Native application (react-native and react declared, android/ and ios/ shells): "web application" before, from react."""
    files = {"README.md": "# Mes démarches\n",
             "package.json": json.dumps({"name": "mes-demarches", "private": True,
                                         "dependencies": {"react": "18.2.0", "react-native": "0.73.0"}}),
             "App.tsx": "import React from 'react';\nimport {Text} from 'react-native';\n\nexport default function App() {\n  return <Text>Bonjour</Text>;\n}\n",
             "src/screens/Home.tsx": "import React from 'react';\nimport {View} from 'react-native';\n\nexport const Home = () => <View />;\n",
             "android/app/build.gradle": "apply plugin: 'com.android.application'\n",
             "android/app/src/main/AndroidManifest.xml": _MANIFEST,
             "ios/Podfile": "platform :ios, '13.0'\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert (project["kind"], project["kind_decided"]) == ("mobile-application", True)
    assert "React Native application" in {e["reason"] for e in project["kind_evidence"]}
    assert res["interoperability.api-spec"]["status"] == "not_applicable"


def test_an_android_apps_resource_settings_are_its_settings(tmp_path):
    """An Android app whose server address and map key are resource values (res/values/config.xml, the key a placeholder),
    read with getString(R.string.server_url): "not applicable, nothing to set" before, the file unread. Its interface
    strings (a label "Serveur", a hint in words) are no settings."""
    files = _android()
    files["app/src/main/res/values/config.xml"] = ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
                                                   '    <string name="server_url" translatable="false">https://signalement.example.org/api</string>\n'
                                                   '    <string name="maps_api_key" translatable="false">YOUR_API_KEY</string>\n</resources>\n')
    files["app/src/main/res/values/strings.xml"] = ('<resources>\n    <string name="app_name">Signalement</string>\n'
                                                    '    <string name="label_server">Serveur</string>\n'
                                                    '    <string name="hint_url">Adresse du serveur</string>\n</resources>\n')
    # (help links, translated in values-fr/: content of the interface, no settings)
    files["app/src/main/res/values/links.xml"] = '<resources>\n    <string name="faq_url">https://www.example.org/faq</string>\n</resources>\n'
    files["app/src/main/res/values-fr/links.xml"] = '<resources>\n    <string name="faq_url">https://www.example.org/fr/faq</string>\n</resources>\n'
    _, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    conf = res["reusability.configuration"]
    assert "links.xml" not in str(conf["evidence"])
    assert conf["status"] != "not_applicable", conf
    assert "app/src/main/res/values/config.xml" in conf["details"]["templates"]
    assert "app/src/main/res/values/strings.xml" not in conf["details"]["templates"]


def test_a_companion_app_in_a_folder_of_a_web_service_leaves_it_a_web_application(tmp_path):
    """A Django service with its pages, and its companion Android app kept in mobile/android/: the repository is the web
    application; the app's folder does not make the whole a mobile application."""
    files = {"README.md": "# Portail des démarches\n",
             "requirements.txt": "django==4.2\n",
             "manage.py": "import django\n",
             "portail/settings.py": "INSTALLED_APPS = ['portail']\n",
             "portail/views.py": "from django.shortcuts import render\n\ndef index(request):\n    return render(request, 'index.html')\n",
             "portail/urls.py": "from django.urls import path\nfrom . import views\nurlpatterns = [path('', views.index)]\n",
             "portail/models.py": "from django.db import models\n\nclass Demande(models.Model):\n    titre = models.CharField(max_length=100)\n",
             "portail/forms.py": "from django import forms\n\nclass DemandeForm(forms.Form):\n    titre = forms.CharField()\n",
             "portail/templates/index.html": "{% extends 'base.html' %}\n{% block content %}Bonjour{% endblock %}\n",
             "mobile/android/app/build.gradle": "plugins {\n    id 'com.android.application'\n}\n",
             "mobile/android/app/src/main/AndroidManifest.xml": _MANIFEST,
             "mobile/android/app/src/main/java/fr/portail/MainActivity.kt": "package fr.portail\n\nclass MainActivity\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "web-application", project


def test_a_mobile_apps_accessibility_tests_count(tmp_path):
    """Espresso's accessibility checks enabled in the app's instrumented tests: the mobile application's accessibility tests."""
    files = _android()
    files["app/src/androidTest/java/fr/ville/signalement/MainActivityTest.kt"] = (
        "package fr.ville.signalement\n\nimport androidx.test.espresso.accessibility.AccessibilityChecks\n\nclass MainActivityTest {\n"
        "    init {\n        AccessibilityChecks.enable()\n    }\n}\n")
    _, res = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    msg = res["interoperability.accessibility-and-ecodesign"]["message"]["en"]
    assert "accessibility tests" in msg.split("missing:")[0], msg
