"""Issue 12, session 44 fixer ff44 (Ludo81/BilanLSF, an SDIS 81 Android app): interoperability.data-standards failed "No published
data schema, and no open format read or written", skipping its branch for a mobile application with no data because Google Play
services (a cloud-api entry of proprietary_services.yml) was taken for a back end holding the app's data — while the app only asks
the phone's fused location provider. A service whose device APIs alone are used (location, sign-in, Nearby) keeps none of the app's
data. Near miss: an app using Play services' Drive API (its files kept in the user's Drive) keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DATA = "interoperability.data-standards"


def _app(part: str, imports: str) -> dict:
    return {"README.md": "# Secours LSF\n\nApplication Android pour communiquer avec une personne sourde lors d'une intervention.\n",
            "settings.gradle.kts": 'rootProject.name = "SecoursLSF"\ninclude(":app")\n',
            "app/build.gradle.kts": ('plugins {\n    id("com.android.application")\n}\nandroid {\n    namespace = "com.sdis.secours.lsf"\n}\n'
                                     f'dependencies {{\n    implementation("com.google.android.gms:play-services-{part}:21.0.1")\n}}\n'),
            "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Secours LSF"/>\n</manifest>\n',
            "app/src/main/java/com/sdis/secours/lsf/CarteActivity.java":
                ("package com.sdis.secours.lsf;\n\n" + imports + "\n/** The position screen. */\npublic class CarteActivity extends BaseActivity {\n"
                 "    protected void onCreate() {\n        client = LocationServices.getFusedLocationProviderClient(this);\n    }\n}\n")}


def test_play_services_location_alone_is_no_hosted_data(tmp_path):
    files = _app("location", "import com.google.android.gms.location.FusedLocationProviderClient;\nimport com.google.android.gms.location.LocationServices;\n")
    _, res = judge(tmp_path, files, [DATA])
    assert res[DATA]["status"] == "not_applicable", res[DATA]["message"]  # was fail 0.0


def test_play_services_drive_keeps_the_verdict(tmp_path):
    files = _app("drive", "import com.google.android.gms.drive.Drive;\nimport com.google.android.gms.location.LocationServices;\n")
    _, res = judge(tmp_path, files, [DATA])
    assert res[DATA]["status"] == "fail", res[DATA]["message"]
