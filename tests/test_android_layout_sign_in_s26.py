"""interoperability.auth (issue 12, session 26 h26 = s26 reader o3): the Android client of an e-signature server, whose account screen
(res/layout/preferences_accounts_fragment_cell.xml) asks the user's login and password (android:inputType="textPassword") and whose
REST client posts them to the server's /api/login, was "a mobile application that signs no one in". Android layouts were scanned as
data, where no sign-in signal is read: they are the app's screens (templates). An app whose layouts ask no password keeps its
"signs no one in"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"
CELL = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent" android:layout_height="wrap_content" android:orientation="vertical">
    <EditText android:id="@+id/account_login_edittext" android:layout_width="match_parent"
        android:layout_height="wrap_content" android:hint="@string/pref_account_login" android:inputType="textNoSuggestions"/>
    <EditText android:id="@+id/account_password_edittext" android:layout_width="match_parent"
        android:layout_height="wrap_content" android:hint="@string/pref_account_password" android:inputType="{kind}"/>
</LinearLayout>
"""
APP = {
    "settings.gradle": "include ':app'\n",
    "app/build.gradle": "apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 25\n    defaultConfig {\n"
                        "        applicationId \"fr.exemple.parapheur\"\n        minSdkVersion 16\n    }\n}\n",
    "app/src/main/AndroidManifest.xml": ('<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="fr.exemple.parapheur">\n'
                                         '    <application android:label="Parapheur">\n        <activity android:name=".MainActivity"/>\n'
                                         '    </application>\n</manifest>\n'),
    "app/src/main/java/fr/exemple/parapheur/MainActivity.java": (
        "package fr.exemple.parapheur;\n\nimport android.app.Activity;\nimport android.os.Bundle;\n\npublic class MainActivity extends Activity {\n"
        "    @Override\n    protected void onCreate(Bundle state) {\n        super.onCreate(state);\n        setContentView(R.layout.account_cell);\n    }\n}\n"),
    "README.md": "# Parapheur\n\nClient Android du parapheur électronique.\n",
}


def test_an_android_screen_asking_a_password_signs_its_user_in(tmp_path):
    report, res = judge(tmp_path, {**APP, "app/src/main/res/layout/account_cell.xml": CELL.format(kind="textPassword")}, [AUTH])
    assert report["facts"]["project"]["kind"] == "mobile-application", report["facts"]["project"]
    assert res[AUTH]["status"] != "not_applicable" and res[AUTH]["details"]["local_login"], res[AUTH]["message"]
    assert any(e.get("path") == "app/src/main/res/layout/account_cell.xml" for e in res[AUTH]["evidence"]), res[AUTH]["evidence"]


def test_an_android_app_asking_no_password_still_signs_no_one_in(tmp_path):
    _report, res = judge(tmp_path, {**APP, "app/src/main/res/layout/account_cell.xml": CELL.format(kind="textNoSuggestions")}, [AUTH])
    assert res[AUTH]["status"] == "not_applicable", res[AUTH]["message"]
