"""reusability.configuration on an Android app's keys (issue 12, s45 fb45).

Real case: MrFreedy/AlloToulouse, an Android app of a city's services: a Google Maps key in AndroidManifest.xml's
<meta-data android:name="com.google.android.geo.API_KEY">, a Mapbox token in res/values/strings.xml and in gradle.properties.
None was read as a setting (strings.xml is neither named as settings nor marked untranslatable; the manifest and the Gradle
properties were not read), so the check said "not applicable: nothing to set". They are the app's settings, committed with the
author's values: a warning naming them. Near miss: an app whose manifest takes its key from ${MAPS_API_KEY} (filled by the build
from outside the repository) and whose resources and properties hold no key keeps "nothing to set"."""

from __future__ import annotations

from tests.test_kind_mobile_s15 import _android
from tests.test_kind_first_reads import kind_and_results

TOKEN = "pk." + "eyJ1IjoidmlsbGUiLCJhIjoiZXhhbXBsZTEyMyJ9" + ".Zm9vYmFyMTIzNDU2"
KEY = "AIza" + "SyD0exampleKeyForAFixture00001234567"[:35]


def _manifest(value: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
            '  <application android:label="@string/app_name">\n    <activity android:name=".MainActivity" android:exported="true"/>\n'
            '    <meta-data android:name="com.google.android.gms.version" android:value="@integer/google_play_services_version"/>\n'
            '  </application>\n  <meta-data\n      android:name="com.google.android.geo.API_KEY"\n'
            f'      android:value="{value}"/>\n</manifest>\n')


def test_keys_in_the_manifest_strings_and_gradle_properties_are_settings(tmp_path):
    files = _android()
    files["app/src/main/AndroidManifest.xml"] = _manifest(KEY)
    files["app/src/main/res/values/strings.xml"] = ('<resources>\n    <string name="app_name">Propreté</string>\n'
                                                    f'    <string name="mapbox_access_token">{TOKEN}</string>\n</resources>\n')
    files["gradle.properties"] = f"org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n\n# carte\nMAPBOX_DOWNLOADS_TOKEN = {TOKEN}\n"
    _, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    conf = res["reusability.configuration"]
    assert conf["status"] == "warn" and conf["score"] == 4, conf
    found = {(e.get("path"), e.get("line"), e.get("value")) for e in conf["evidence"] if e["kind"] == "finding"}
    assert found == {("app/src/main/AndroidManifest.xml", 8, "com.google.android.geo.API_KEY"),
                     ("app/src/main/res/values/strings.xml", 3, "mapbox_access_token"),
                     ("gradle.properties", 5, "MAPBOX_DOWNLOADS_TOKEN")}, found
    for lang in ("fr", "en"):
        assert "mapbox_access_token" in conf["message"][lang] and TOKEN not in conf["message"][lang]
    assert "local.properties" in conf["remediation"]["en"]


def test_a_key_filled_by_the_build_and_preference_keys_leave_nothing_to_set(tmp_path):
    files = _android()
    files["app/src/main/AndroidManifest.xml"] = _manifest("${MAPS_API_KEY}")
    files["app/src/main/res/values/strings.xml"] = ('<resources>\n    <string name="app_name">Propreté</string>\n'
                                                    '    <string name="pref_sync_token">notification_token_pref</string>\n</resources>\n')
    files["gradle.properties"] = "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nandroid.injected.signing.key.token=abc\n"
    _, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    conf = res["reusability.configuration"]
    assert conf["status"] == "not_applicable" and "nothing to set" in conf["message"]["en"], conf
