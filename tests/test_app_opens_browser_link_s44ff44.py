"""Issue 12, session 44 fixer ff44 (Ludo81/BilanLSF, an SDIS 81 Android app): scaling.hosting warned "Loads files or code from a
person's or third party's account (….github.io, AProposPoliceActivity.java:54)", where the "À propos" screen's logo opens the app's
web page in the phone's browser: ``Uri uri = Uri.parse("https://….github.io/…/"); Intent intent = new Intent(Intent.ACTION_VIEW,
uri); startActivity(intent);``. An address an app hands to the phone's browser (ACTION_VIEW, Linking.openURL, launchUrl,
UIApplication.shared.open) is a link the person follows, as an <a href> is. Near miss: the same account's address loaded by the app
(a WebView's loadUrl, a file read from it) stays a dependency."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"
APP = {"README.md": "# Secours LSF\n\nApplication Android pour communiquer avec une personne sourde lors d'une intervention.\n",
       "settings.gradle.kts": 'rootProject.name = "SecoursLSF"\ninclude(":app")\n',
       "app/build.gradle.kts": 'plugins {\n    id("com.android.application")\n}\nandroid {\n    namespace = "com.sdis.secours.lsf"\n}\n',
       "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Secours LSF"/>\n</manifest>\n'}
ABOUT = ("package com.sdis.secours.lsf;\n\nimport android.content.Intent;\nimport android.net.Uri;\nimport android.view.View;\n\n"
         "/** The about screen. */\npublic class AProposActivity extends BaseActivity {\n\n"
         "    public void onClickAppLogo(View view) {\n"
         "        Uri uri = Uri.parse(\"https://jdupont81.github.io/SecoursApp/\");\n"
         "        Intent intent = new Intent(Intent.ACTION_VIEW, uri);\n        startActivity(intent);\n    }\n\n"
         "    public void onClickHelp(View view) {\n"
         "        startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse(\"https://jdupont81.github.io/SecoursApp/aide.html\")));\n    }\n}\n")
LOADED = ("package com.sdis.secours.lsf;\n\nimport android.webkit.WebView;\n\n/** The news screen. */\npublic class NewsActivity extends BaseActivity {\n\n"
          "    public void show(WebView web) {\n        Uri uri = Uri.parse(\"https://jdupont81.github.io/SecoursApp/news.html\");\n"
          "        web.loadUrl(uri.toString());\n    }\n}\n")


def test_an_address_opened_in_the_phones_browser_is_a_link(tmp_path):
    _, res = judge(tmp_path, {**APP, "app/src/main/java/com/sdis/secours/lsf/AProposActivity.java": ABOUT}, [HOSTING])
    r = res[HOSTING]
    assert r["status"] == "pass", r["message"]  # was warn 'Loads files or code from a person's or third party's account'
    assert "github.io" not in str(r["evidence"]), r["evidence"]


def test_the_same_account_loaded_by_a_web_view_stays_a_dependency(tmp_path):
    files = {**APP, "app/src/main/java/com/sdis/secours/lsf/AProposActivity.java": ABOUT,
             "app/src/main/java/com/sdis/secours/lsf/NewsActivity.java": LOADED}
    _, res = judge(tmp_path, files, [HOSTING])
    r = res[HOSTING]
    assert r["status"] == "warn", r["message"]
    paths = {e.get("path") for e in r["evidence"]}
    assert "app/src/main/java/com/sdis/secours/lsf/NewsActivity.java" in paths, r["evidence"]
    assert "app/src/main/java/com/sdis/secours/lsf/AProposActivity.java" not in paths, r["evidence"]
