"""Native mobile apps of local authorities (a street-reporting iOS app, an Android app for field staff), each on a git
fixture shaped like a real case: their dependency manifests (CocoaPods, Carthage, Swift Package Manager, Gradle) and
what those dependencies say (a Google map SDK, Firebase)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PODFILE = """platform :ios, '12.0'
use_frameworks!

target 'Signalement' do
  pod 'GoogleMaps'
  pod 'GooglePlaces'
  pod 'SwiftyJSON', '~> 4.0'
  pod 'Firebase/Analytics'
  pod 'AppAuth'

  target 'SignalementTests' do
    inherit! :search_paths
    pod 'Quick'
  end
end
"""
PODFILE_LOCK = """PODS:
  - AppAuth (1.4.0)
  - GoogleMaps (3.1.0)
  - GooglePlaces (3.1.0)
  - Quick (2.2.0)
  - SwiftyJSON (4.3.0)

DEPENDENCIES:
  - AppAuth
  - GoogleMaps

COCOAPODS: 1.9.1
"""
IOS_APP = {  # shaped like a city's street-reporting app: an Xcode project, Swift sources, CocoaPods
    "README.md": "# Signalement\n\nApplication iOS de signalement d'anomalies dans l'espace public.\n",
    "Podfile": PODFILE,
    "Podfile.lock": PODFILE_LOCK,
    "Signalement.xcodeproj/project.pbxproj": "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 50;\n}\n",
    "Signalement/AppDelegate.swift": "import UIKit\nimport Firebase\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n"
                                     "    func application(_ a: UIApplication) -> Bool {\n        FirebaseApp.configure()\n        return true\n    }\n}\n",
    "Signalement/Carte/CarteViewController.swift": "import UIKit\nimport GoogleMaps\n\nclass CarteViewController: UIViewController {\n"
                                                   "    var mapView: GMSMapView!\n}\n",
    "Signalement/Base.lproj/LaunchScreen.storyboard": '<?xml version="1.0" encoding="UTF-8"?>\n<document type="com.apple.InterfaceBuilder3.CocoaTouch.Storyboard.XIB" version="3.0"/>\n',
    "Signalement/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key><string>Signalement</string></dict></plist>\n",
}


def test_a_podfile_declares_an_ios_apps_pods_locked_by_podfile_lock(tmp_path):
    report = run(build(tmp_path / "ios", IOS_APP), tmp_path / "c", only=["reusability.dependencies", "maintenance.dependency-updates"])
    manifests = report["facts"]["manifests"]["manifests"]
    assert [(m["path"], m["ecosystem"], m["lockfile"]) for m in manifests] == [("Podfile", "cocoapods", "Podfile.lock")]
    assert manifests[0]["dependencies"] == ["GoogleMaps", "GooglePlaces", "SwiftyJSON", "Firebase/Analytics", "AppAuth"]
    assert manifests[0]["dev_dependencies"] == ["Quick"]  # the test target's pod
    r = results(report)
    # declared and locked; no update tool: not "no manifest"
    assert r["reusability.dependencies"]["status"] != "fail" and "Podfile" in str(r["reusability.dependencies"]["evidence"])
    u = r["maintenance.dependency-updates"]
    assert u["status"] == "fail", u["message"]
    assert u["remediation_for_finding"] and "reads Podfile, which Dependabot does not" in u["remediation"]["en"]


def test_carthage_and_swift_package_manager_manifests_name_their_packages(tmp_path):
    files = {"README.md": "# Outil\n\nBibliothèque Swift.\n", "Sources/Outil/Outil.swift": "public struct Outil {}\n",
             "Package.swift": '// swift-tools-version:5.5\nimport PackageDescription\n\nlet package = Package(\n    name: "Outil",\n'
                              '    dependencies: [\n        .package(url: "https://github.com/example-org/AppAuth-iOS.git", from: "1.6.0"),\n'
                              '        .package(name: "Lottie", url: "https://github.com/example-org/lottie-ios", from: "4.0.0"),\n    ]\n)\n',
             "Package.resolved": '{"pins": [], "version": 2}\n',
             "App/Cartfile": 'github "example-org/Alamofire" ~> 5.0\nbinary "https://example.org/Framework.json" ~> 2.0\n'}
    report = run(build(tmp_path / "swift", files), tmp_path / "c", only=["reusability.dependencies"])
    got = {m["path"]: (m["ecosystem"], m["name"], m["dependencies"], m["lockfile"]) for m in report["facts"]["manifests"]["manifests"]}
    assert got == {"Package.swift": ("swiftpm", "Outil", ["AppAuth-iOS", "Lottie"], "Package.resolved"),
                   "App/Cartfile": ("carthage", None, ["Alamofire", "Framework"], None)}


def test_an_ios_apps_google_maps_and_firebase_pods_are_proprietary_services(tmp_path):
    report = run(build(tmp_path / "ios", IOS_APP), tmp_path / "c", only=["scaling.vendor-lock-in", "reusability.portability"])
    r = results(report)
    lock = r["scaling.vendor-lock-in"]
    assert lock["status"] == "warn", lock["message"]
    assert "Google Maps Platform" in lock["message"]["en"] and "Firebase" in lock["message"]["en"]
    ev = {(e.get("path"), (e.get("value") or {}).get("match")) for e in lock["evidence"]}
    assert ("Podfile", "GoogleMaps") in ev and ("Podfile", "Firebase/Analytics") in ev
    assert ("Signalement/Carte/CarteViewController.swift", "import GoogleMaps") in ev
    assert "Google Maps Platform" in r["reusability.portability"]["message"]["en"]


ANDROID_BUILD = """plugins {
    id 'com.android.application'
}

android {
    namespace 'fr.agglo.releves'
    defaultConfig {
        applicationId "fr.agglo.releves"
        minSdk 24
        versionCode 12
        versionName "2.1"
    }
}

dependencies {
    implementation 'androidx.appcompat:appcompat:1.6.1'
    implementation 'com.google.android.gms:play-services-maps:18.2.0'
    implementation platform('com.google.firebase:firebase-bom:32.7.0')
    implementation 'com.google.firebase:firebase-messaging'
    testImplementation 'junit:junit:4.13.2'
}
"""
ANDROID_APP = {  # shaped like a utility's app for field staff: a Gradle app module with its manifest and Kotlin sources
    "README.md": "# Relevés\n\nApplication Android des agents de terrain.\n",
    "settings.gradle": "rootProject.name = 'Releves'\ninclude ':app'\n",
    "build.gradle": "buildscript {\n    repositories { google() }\n}\n",
    "app/build.gradle": ANDROID_BUILD,
    "app/src/main/AndroidManifest.xml": '<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
                                        '    <application android:label="@string/app_name">\n'
                                        '        <activity android:name=".MainActivity" android:exported="true" />\n    </application>\n</manifest>\n',
    "app/src/main/java/fr/agglo/releves/MainActivity.kt": "package fr.agglo.releves\n\nimport android.os.Bundle\n"
                                                           "import androidx.appcompat.app.AppCompatActivity\n\nclass MainActivity : AppCompatActivity() {\n"
                                                           "    override fun onCreate(state: Bundle?) {\n        super.onCreate(state)\n    }\n}\n",
}


def test_an_android_apps_play_services_maps_and_firebase_are_proprietary_services(tmp_path):
    report = run(build(tmp_path / "android", ANDROID_APP), tmp_path / "c", only=["scaling.vendor-lock-in"])
    lock = results(report)["scaling.vendor-lock-in"]
    assert lock["status"] == "warn", lock["message"]
    assert "Google Maps Platform" in lock["message"]["en"] and "Firebase" in lock["message"]["en"]
    ev = {(e.get("path"), (e.get("value") or {}).get("match")) for e in lock["evidence"]}
    assert ("app/build.gradle", "com.google.android.gms:play-services-maps") in ev, ev


def test_an_ios_app_signing_in_with_the_appauth_pod_uses_openid_connect(tmp_path):
    files = {**IOS_APP, "Signalement/Services/Api.swift": "import Foundation\n\nclass Api {\n    func authenticate(email: String, password: String) {\n"
             "        let body = [\"email\": email, \"password\": password]\n        post(\"/api/login\", body)\n    }\n}\n"}
    r = results(run(build(tmp_path / "ios", files), tmp_path / "c", only=["interoperability.auth"]))["interoperability.auth"]
    assert r["status"] == "warn" and "OpenID Connect" in r["message"]["en"], r["message"]
    assert {"path": "Podfile", "value": "appauth", "kind": "found"} in r["evidence"]


def test_a_mobile_apps_android_or_xcode_build_is_its_standard_packaging(tmp_path):
    for name, files, path in (("android", ANDROID_APP, "app/src/main/AndroidManifest.xml"),
                              ("ios", IOS_APP, "Signalement.xcodeproj/project.pbxproj")):
        r = results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.portability"]))["reusability.portability"]
        assert "standard packaging: yes" in r["message"]["en"], (name, r["message"])
        assert {"path": path, "value": "package", "kind": "found"} in r["evidence"], (name, r["evidence"])
    # a desktop program's Xcode project (no launch screen: an openFrameworks app built for macOS) is no store package
    desktop = {k: v for k, v in IOS_APP.items() if "LaunchScreen" not in k}
    r = results(run(build(tmp_path / "mac", desktop), tmp_path / "c-mac", only=["reusability.portability"]))["reusability.portability"]
    assert "standard packaging: no" in r["message"]["en"], r["message"]
    # an AndroidManifest.xml with no Gradle build beside its module (a sample copied into docs/) packages nothing
    bare = {k: v for k, v in ANDROID_APP.items() if not k.endswith("build.gradle") and k != "settings.gradle"}
    r = results(run(build(tmp_path / "bare", bare), tmp_path / "c-bare", only=["reusability.portability"]))["reusability.portability"]
    assert "standard packaging: no" in r["message"]["en"], r["message"]


ROOM_SCHEMA = ('{\n  "formatVersion": 1,\n  "database": {\n    "version": 1,\n    "identityHash": "0123456789abcdef0123456789abcdef",\n'
               '    "entities": [\n      {\n        "tableName": "poteau",\n'
               '        "createSql": "CREATE TABLE IF NOT EXISTS `${TABLE_NAME}` (`id` INTEGER NOT NULL, `numero` TEXT, PRIMARY KEY(`id`))"\n'
               '      }\n    ]\n  }\n}\n')
RESTRICTIONS = ('<?xml version="1.0" encoding="utf-8"?>\n<restrictions xmlns:android="http://schemas.android.com/apk/res/android">\n'
                '    <restriction android:key="url_api" android:title="@string/url_api" android:restrictionType="string"\n'
                '        android:defaultValue="https://api.exemple.invalid" />\n</restrictions>\n')


def test_an_android_apps_room_schema_and_managed_configuration(tmp_path):
    """Room's exported schema writes `${TABLE_NAME}` in each table's SQL: no variable of the environment. The app's settings are
    its managed configuration (res/xml/app_restrictions.xml, each key with its default), set per fleet by the MDM."""
    files = {**ANDROID_APP, "app/schemas/fr.agglo.releves.data.RelevesDatabase/1.json": ROOM_SCHEMA}
    r = results(run(build(tmp_path / "room", files), tmp_path / "c-room", only=["reusability.configuration"]))["reusability.configuration"]
    assert "TABLE_NAME" not in str(r["evidence"]) and "1 setting(s) read" not in r["message"]["en"], r["message"]
    files["app/src/main/res/xml/app_restrictions.xml"] = RESTRICTIONS
    r = results(run(build(tmp_path / "mdm", files), tmp_path / "c-mdm", only=["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] == "pass" and "the way Android expects (app/src/main/res/xml/app_restrictions.xml)" in r["message"]["en"], r["message"]


def test_android_studios_placeholder_tests_are_not_counted_as_the_apps_tests(tmp_path):
    files = {**ANDROID_APP,
             "app/src/test/java/fr/agglo/releves/ExampleUnitTest.kt":
                 "package fr.agglo.releves\n\nimport org.junit.Test\nimport org.junit.Assert.*\n\nclass ExampleUnitTest {\n"
                 "    @Test\n    fun addition_isCorrect() {\n        assertEquals(4, 2 + 2)\n    }\n}\n",
             "app/src/androidTest/java/fr/agglo/releves/ExampleInstrumentedTest.kt":
                 "package fr.agglo.releves\n\nimport org.junit.Test\n\nclass ExampleInstrumentedTest {\n    @Test\n    fun useAppContext() {\n"
                 "        val appContext = InstrumentationRegistry.getInstrumentation().targetContext\n"
                 "        assertEquals(\"fr.agglo.releves\", appContext.packageName)\n    }\n}\n",
             "app/src/test/java/fr/agglo/releves/ReleveParserTest.kt":
                 "package fr.agglo.releves\n\nimport org.junit.Test\n\nclass ReleveParserTest {\n    @Test\n    fun parsesADate() {\n"
                 "        assertEquals(2024, ReleveParser().annee(\"2024-03-01\"))\n    }\n}\n"}
    r = results(run(build(tmp_path / "android", files), tmp_path / "c", only=["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    assert r["message"]["en"].startswith("1 test file(s) for 1 source file(s)"), r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value") == "test"] == ["app/src/test/java/fr/agglo/releves/ReleveParserTest.kt"]


def test_an_android_app_on_google_play_services_location_depends_on_them(tmp_path):
    build_gradle = ANDROID_BUILD.replace("    implementation 'com.google.android.gms:play-services-maps:18.2.0'\n",
                                         "    implementation 'com.google.android.gms:play-services-location:21.0.1'\n")
    files = {**ANDROID_APP, "app/build.gradle": build_gradle,
             "app/src/main/java/fr/agglo/releves/Position.kt": "package fr.agglo.releves\n\n"
             "import com.google.android.gms.location.LocationServices\n\nclass Position(ctx: android.content.Context) {\n"
             "    val client = LocationServices.getFusedLocationProviderClient(ctx)\n}\n"}
    lock = results(run(build(tmp_path / "android", files), tmp_path / "c", only=["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "Google Play services" in lock["message"]["en"] and "Google Maps Platform" not in lock["message"]["en"], lock["message"]
    ev = {(e.get("path"), (e.get("value") or {}).get("service"), (e.get("value") or {}).get("match")) for e in lock["evidence"]}
    assert ("app/build.gradle", "Google Play services", "com.google.android.gms:play-services-location") in ev, ev
    assert ("app/src/main/java/fr/agglo/releves/Position.kt", "Google Play services", "import com.google.android.gms.location.LocationServices") in ev, ev
    # the Maps SDK is Google Maps Platform's, not counted twice as Play services
    maps = results(run(build(tmp_path / "maps", ANDROID_APP), tmp_path / "c2", only=["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "Google Play services" not in maps["message"]["en"], maps["message"]
