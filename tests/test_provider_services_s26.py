"""Proprietary services the vendor lock-in list did not know (issue 12, s26 g26 = s26 o3): libriciel/i-Parapheur-Android's
build.gradle applies Fabric's plugin (io.fabric) and compiles com.crashlytics.sdk.android:crashlytics, the account's key in
fabric.properties; SICTIAM/sesile creates each new authority's sub-domain by POSTing a CNAME to eu.api.ovh.com through its own
OvhApi class (X-Ovh-* signed headers). Both passed scaling.vendor-lock-in (and the app reusability.portability) "none of those the
tool knows". A link to OVH's site or an S3 bucket of any provider is no such API."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

ANDROID_BUILD = """buildscript {
    repositories {
        mavenCentral()
        maven { url 'https://maven.fabric.io/public' }
    }
    dependencies {
        classpath 'com.android.tools.build:gradle:2.3.3'
        classpath 'io.fabric.tools:gradle:1.+'
    }
}
apply plugin: 'com.android.application'
apply plugin: 'io.fabric'

android {
    compileSdkVersion 25
    defaultConfig {
        applicationId "org.adullact.iparapheur"
        minSdkVersion 16
    }
}

dependencies {
    compile 'com.android.support:appcompat-v7:25.3.1'
    compile('com.crashlytics.sdk.android:crashlytics:2.5.2@aar') {
        transitive = true
    }
}
"""
ANDROID_APP = {
    "README.md": "# Parapheur\n\nClient Android du parapheur électronique.\n",
    "settings.gradle": "include ':app'\n",
    "app/build.gradle": ANDROID_BUILD,
    "app/fabric.properties": "#Contains API Secret used to validate your application.\napiSecret=0123456789abcdef\n",
    "app/src/main/AndroidManifest.xml": '<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
                                        '    <application android:label="@string/app_name">\n'
                                        '        <activity android:name=".MainActivity" android:exported="true" />\n    </application>\n</manifest>\n',
    "app/src/main/java/org/adullact/iparapheur/MainActivity.java": "package org.adullact.iparapheur;\n\nimport android.os.Bundle;\n"
        "import android.app.Activity;\n\npublic class MainActivity extends Activity {\n"
        "    @Override\n    protected void onCreate(Bundle state) {\n        super.onCreate(state);\n    }\n}\n",
}

OVH_CLASS = """<?php
namespace Sesile\\MainBundle\\Classe;

define('OVH_API_EU', 'https://eu.api.ovh.com/1.0');

class OvhApi {
    public function call($method, $url, $body = null) {
        $url = OVH_API_EU . $url;
        $headers = array(
            'X-Ovh-Application:' . $this->AK,
            'X-Ovh-Consumer:' . $this->CK,
            'X-Ovh-Signature:' . $signature,
        );
        return $this->send($method, $url, $headers, $body);
    }
}
"""
SYMFONY = {
    "README.md": "# Sesile\n\nParapheur électronique. Hébergé chez OVH (https://www.ovh.com/fr/).\n",
    "composer.json": '{"name": "sictiam/sesile", "require": {"php": ">=5.5.9", "symfony/symfony": "3.4.*"}}\n',
    "src/Sesile/MainBundle/Controller/AdminController.php": "<?php\nnamespace Sesile\\MainBundle\\Controller;\n\nclass AdminController {\n"
        "    public function newCollectivite($domain) {\n        $ovh = new OvhApi();\n"
        "        return $ovh->call('POST', '/domain/zone/' . $domain . '/record', array('fieldType' => 'CNAME'));\n    }\n}\n",
}


def _lock(tmp_path, name, files, checks=("scaling.vendor-lock-in",)):
    return results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=list(checks)))


def test_an_android_apps_fabric_crashlytics_is_a_proprietary_service(tmp_path):
    r = _lock(tmp_path, "a", ANDROID_APP, ("scaling.vendor-lock-in", "reusability.portability"))
    lock, port = r["scaling.vendor-lock-in"], r["reusability.portability"]
    assert lock["status"] == "warn" and "Crashlytics (Fabric)" in lock["message"]["en"], lock["message"]  # was pass 10
    ev = {(e.get("path"), (e.get("value") or {}).get("match")) for e in lock["evidence"]}
    assert ("app/build.gradle", "com.crashlytics.sdk.android:crashlytics") in ev, ev
    assert "Crashlytics" in str(port["message"]) or port["status"] != "pass", port["message"]  # was pass "none of those the tool knows"


def test_an_authoritys_dns_created_through_ovhs_api_is_a_proprietary_service(tmp_path):
    files = {**SYMFONY, "src/Sesile/MainBundle/Classe/OvhApi.php": OVH_CLASS}
    lock = _lock(tmp_path, "o", files)["scaling.vendor-lock-in"]
    assert lock["status"] == "warn" and "OVH API" in lock["message"]["en"], lock["message"]  # was pass 10
    # a link to the provider's site in the README, with no call to its API, stays no dependency
    lock = _lock(tmp_path, "s", SYMFONY)["scaling.vendor-lock-in"]
    assert lock["status"] == "pass", lock["message"]
