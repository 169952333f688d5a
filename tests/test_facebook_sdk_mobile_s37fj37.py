"""Meta's Facebook SDK in an Android application (issue 12, s37 fj37 = reader ma37, aympitre/villedelyon-android).

A city's Android app declares ``com.facebook.android:facebook-android-sdk`` in app/build.gradle and runs
FacebookSdk.sdkInitialize and AppEventsLogger (Meta's app-events tracking) in its activities. The catalogue knew Facebook only
as the web Graph API's hosts and packages: scaling.vendor-lock-in and reusability.portability listed Google Maps and Play
services, not the Facebook SDK. React Native's own com.facebook.react packages (open source) are no such SDK.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP_GRADLE = ("apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 22\n    defaultConfig {\n"
              "        applicationId \"fr.ville.appli\"\n        minSdkVersion 15\n        targetSdkVersion 22\n    }\n}\n\n"
              "dependencies {\n    compile 'com.android.support:appcompat-v7:22.2.0'\n"
              "    compile 'com.facebook.android:facebook-android-sdk:4.1.0'\n}\n")
ACTIVITY = ("package fr.ville.appli;\n\nimport android.app.Activity;\nimport android.os.Bundle;\nimport com.facebook.FacebookSdk;\n"
            "import com.facebook.appevents.AppEventsLogger;\n\npublic class Accueil extends Activity {\n"
            "    @Override\n    protected void onCreate(Bundle b) {\n        super.onCreate(b);\n"
            "        FacebookSdk.sdkInitialize(getApplicationContext());\n    }\n\n"
            "    @Override\n    protected void onResume() {\n        super.onResume();\n        AppEventsLogger.activateApp(this);\n    }\n}\n")
FILES = {
    "settings.gradle": "include ':app'\n",
    "build.gradle": "buildscript {\n    repositories { jcenter() }\n}\n",
    "app/build.gradle": APP_GRADLE,
    "app/src/main/AndroidManifest.xml": '<manifest package="fr.ville.appli"><application/></manifest>\n',
    "app/src/main/java/fr/ville/appli/Accueil.java": ACTIVITY,
}
CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]


def audit(tmp_path, files, name="r"):
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", CHECKS))


def test_the_facebook_android_sdk_is_a_proprietary_service(tmp_path):
    r = audit(tmp_path, FILES)
    assert "Facebook SDK (Meta)" in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]
    assert "Facebook SDK (Meta)" in r["reusability.portability"]["details"]["vendors"], r["reusability.portability"]


def test_react_native_packages_of_facebook_are_no_sdk(tmp_path):
    # (the group com.facebook.react and its imports: React Native itself, open source)
    files = {**FILES,
             "app/build.gradle": APP_GRADLE.replace("com.facebook.android:facebook-android-sdk:4.1.0", "com.facebook.react:react-native:+"),
             "app/src/main/java/fr/ville/appli/Accueil.java": ("package fr.ville.appli;\n\nimport com.facebook.react.ReactActivity;\n\n"
                                                              "public class Accueil extends ReactActivity {\n}\n")}
    r = audit(tmp_path, files, "n")
    assert "Facebook SDK" not in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]
    assert "Facebook SDK (Meta)" not in r["reusability.portability"]["details"]["vendors"]
