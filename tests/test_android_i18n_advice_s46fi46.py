"""An Android application is advised Android's resources, not Java SE's bundles (issue 12, s46 fi46 = neoexa/VilledeMontpellier).
The app (Java, app/build.gradle applying com.android.application) keeps its texts in app/src/main/res/values/strings.xml, in one
language, some Toasts written in the code. reusability.portability advised "translation files (ResourceBundle, messages_fr.properties
files)", Java SE's mechanism, which Android does not use. The advice for a mobile application with an AndroidManifest.xml names its
strings resource and the res/values-xx/ folders now."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

GRADLE = ("apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 27\n    defaultConfig {\n"
          "        applicationId \"org.example.quartier\"\n        minSdkVersion 19\n    }\n}\n\ndependencies {\n"
          "    implementation 'com.android.support:appcompat-v7:27.1.1'\n}\n")
MANIFEST = ('<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android" '
            'package="org.example.quartier">\n  <application android:label="@string/app_name">\n'
            '    <activity android:name=".MainActivity"/>\n  </application>\n</manifest>\n')
ACTIVITY = ("package org.example.quartier;\n\nimport android.app.Activity;\nimport android.os.Bundle;\nimport android.widget.Toast;\n\n"
            "public class MainActivity extends Activity {\n    @Override\n    protected void onCreate(Bundle state) {\n"
            "        super.onCreate(state);\n        Toast.makeText(this, \"Bienvenue\", Toast.LENGTH_SHORT).show();\n    }\n}\n")
STRINGS = '<resources>\n    <string name="app_name">Quartier</string>\n    <string name="agenda">Agenda</string>\n</resources>\n'
SWING = ("package org.example.quartier;\n\nimport javax.swing.JFrame;\nimport javax.swing.JLabel;\n\npublic class Main {\n"
         "    public static void main(String[] args) {\n        JFrame f = new JFrame(\"Quartier\");\n"
         "        f.add(new JLabel(\"Bienvenue\"));\n        f.setVisible(true);\n    }\n}\n")


def _advice(repo, tmp_path, files):
    report = audit(str(repo([{"files": {"README.md": "# Quartier\n\nApplication du quartier.\n", **files}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.portability"]))
    r = report["results"][0]
    return r, (r.get("remediation") or {}).get("en", "")


def test_an_android_app_is_advised_its_string_resources(repo, tmp_path):
    r, advice = _advice(repo, tmp_path, {"settings.gradle": "include ':app'\n", "app/build.gradle": GRADLE,
                                         "app/src/main/AndroidManifest.xml": MANIFEST, "app/src/main/res/values/strings.xml": STRINGS,
                                         "app/src/main/java/org/example/quartier/MainActivity.java": ACTIVITY})
    assert r["details"]["i18n"] is False
    assert "app/src/main/res/values/strings.xml" in advice and "res/values-xx/" in advice, advice
    assert "ResourceBundle" not in advice


def test_near_miss_a_java_desktop_program_keeps_the_resource_bundles(repo, tmp_path):
    r, advice = _advice(repo, tmp_path, {"pom.xml": "<project><artifactId>quartier</artifactId><version>1.0</version></project>\n",
                                         "src/main/java/org/example/quartier/Main.java": SWING})
    assert "ResourceBundle" in advice, advice
