"""Wrong verdicts reader m35o2 found on Maxime63/sictom_project (issue 12, session 36 fixer u36): students' Android app recording a
waste-collection syndicat's rounds, with its Google App Engine backend.

- reusability.build-output named one build folder of five (SictomAppli/app/build/, from the inventory's first examples) and counted
  the compiled files only: Gradle's build/ folders (beside build.gradle, or holding the Android plugin's intermediates/) and its
  .gradle/ caches held 1,516 of the 1,778 files, and the advised git rm left 729 of them committed.
- reusability.tests-and-ci counted Android Studio's earlier generated placeholder, ApplicationTest extends
  ApplicationTestCase<Application> with its constructor only, as two test files.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP_GRADLE = ("apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 21\n    defaultConfig {\n"
              "        applicationId \"fr.sictom.tournees\"\n        minSdkVersion 17\n    }\n}\n\ndependencies {\n"
              "    compile 'com.android.support:appcompat-v7:21.0.0'\n}\n")
ACTIVITY = ("package fr.sictom.tournees;\n\nimport android.app.Activity;\n\n/** Écran de connexion du chauffeur. */\n"
            "public class Authentification extends Activity {\n    /** Le login saisi. */\n    private String login;\n}\n")
APPLICATION_TEST = ("package fr.sictom.tournees;\n\nimport android.app.Application;\nimport android.test.ApplicationTestCase;\n\n"
                    "/**\n * <a href=\"http://d.android.com/tools/testing/testing_android.html\">Testing Fundamentals</a>\n */\n"
                    "public class ApplicationTest extends ApplicationTestCase<Application> {\n    public ApplicationTest() {\n"
                    "        super(Application.class);\n    }\n}\n")
CLASS_BYTES = "\xca\xfe\xba\xbe\x00\x00\x00\x33"


def sictom() -> dict:
    files = {
        "SictomAppli/settings.gradle": "include ':app', ':backend'\n",
        "SictomAppli/build.gradle": "buildscript {\n    repositories { jcenter() }\n}\n",
        "SictomAppli/app/build.gradle": APP_GRADLE,
        "SictomAppli/app/src/main/AndroidManifest.xml": '<manifest package="fr.sictom.tournees"><application/></manifest>\n',
        "SictomAppli/app/src/main/java/fr/sictom/tournees/Authentification.java": ACTIVITY,
        "SictomAppli/app/src/androidTest/java/fr/sictom/tournees/ApplicationTest.java": APPLICATION_TEST,
        "SictomAppli/backend/build.gradle": "apply plugin: 'java'\napply plugin: 'war'\n",
        "SictomAppli/backend/src/main/java/fr/sictom/backend/Camion.java": "package fr.sictom.backend;\n\n/** Un camion. */\npublic class Camion {\n}\n",
        "SictomAppli/backend/build/classes/main/fr/sictom/backend/Camion.class": CLASS_BYTES,
        "SictomAppli/backend/build/tmp/war/MANIFEST.MF": "Manifest-Version: 1.0\n",
        "SictomAppli/build/intermediates/dex-cache/cache.xml": "<items version=\"2\"/>\n",
        "SictomAppli/.gradle/2.2.1/taskArtifacts/cache.properties": "#Tue Jan 13 2015\n",
        "SictomProjectV2/settings.gradle": "include ':app'\n",
        "SictomProjectV2/app/build.gradle": APP_GRADLE,
        "SictomProjectV2/app/src/main/java/fr/sictom/v2/MainActivity.java": ACTIVITY.replace("Authentification", "MainActivity")
                                                                              .replace("fr.sictom.tournees", "fr.sictom.v2"),
        "SictomProjectV2/app/src/androidTest/java/fr/sictom/v2/ApplicationTest.java": APPLICATION_TEST.replace("fr.sictom.tournees", "fr.sictom.v2"),
        "SictomProjectV2/backend/build.gradle": "apply plugin: 'java'\n",
        "SictomProjectV2/backend/build/libs/backend.war": "PK\x03\x04",
        # a module committed as its build output only: no build script left, the Android plugin's intermediates/
        "SictomInterfaces/app/build/generated/source/r/debug/fr/sictom/ui/R.java": "package fr.sictom.ui;\npublic final class R {}\n",
        "SictomInterfaces/build/intermediates/model_data.bin": "\x00\x01",
        "SictomInterfaces/.gradle/2.1/taskArtifacts/cache.properties": "#Mon Nov 10 2014\n",
    }
    for n in range(12):  # the compiled classes, first in path order: the examples were all these
        files[f"SictomAppli/app/build/intermediates/classes/debug/android/support/v7/appcompat/R$r{n:02}.class"] = CLASS_BYTES
    for n in range(6):  # the resources the Android plugin merges: build output as much as the classes
        files[f"SictomAppli/app/build/intermediates/res/debug/layout/ecran_{n}.xml"] = "<LinearLayout/>\n"
        files[f"SictomInterfaces/app/build/intermediates/res/debug/layout/vue_{n}.xml"] = "<LinearLayout/>\n"
        files[f"SictomInterfaces/app/build/intermediates/res/debug/drawable-hdpi/icone_{n}.png"] = "\x89PNG\r\n"
    return files


BUILD_FOLDERS = ["SictomAppli/.gradle", "SictomAppli/app/build", "SictomAppli/backend/build", "SictomAppli/build", "SictomInterfaces/.gradle",
                 "SictomInterfaces/app/build", "SictomInterfaces/build", "SictomProjectV2/backend/build"]


def test_every_gradle_build_folder_is_counted_and_removed_by_the_advice(tmp_path):
    files = sictom()
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.build-output"]))["reusability.build-output"]
    in_folders = [p for p in files if any(p.startswith(f + "/") for f in BUILD_FOLDERS)]
    assert r["status"] == "warn" and r["details"]["files"] == len(in_folders), (r["message"], r["details"])
    assert "8 build folders hold" in r["message"]["en"] and "8 dossiers de construction" in r["message"]["fr"], r["message"]
    assert "SictomInterfaces/app/build/ (13)" in r["message"]["en"], r["message"]
    for folder in BUILD_FOLDERS:
        assert folder in r["remediation"]["fr"] and folder in r["remediation"]["en"], (folder, r["remediation"])
    assert ".gradle/" in r["remediation"]["en"] and "build/" in r["remediation"]["en"], r["remediation"]


def test_a_build_folder_of_scripts_beside_no_gradle_build_stays_the_projects(tmp_path):
    files = {"package.json": '{\n  "name": "carte",\n  "version": "1.0.0"\n}\n', "src/index.js": "// Carte\nexport const a = 1;\n",
             "build/deploy.sh": "#!/bin/sh\n# Déploie la carte\nrsync -a dist/ serveur:/srv/carte\n",
             "build/nginx/carte.conf": "server {\n  listen 80;\n}\n", "build/intermediaire.md": "# Notes de construction\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.build-output"]))["reusability.build-output"]
    assert r["status"] == "pass", r["message"]


def test_android_studios_early_application_test_placeholder_is_no_test(tmp_path):
    r = results(run_audit(build(tmp_path / "r", sictom()), tmp_path / "c", ["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    assert not [e for e in r["evidence"] if e.get("value") == "test"], r["evidence"]
    assert r["details"]["test_files"] == 0, r["details"]


def test_an_application_test_with_a_test_method_stays_a_test(tmp_path):
    files = sictom()
    files["SictomProjectV2/app/src/androidTest/java/fr/sictom/v2/ApplicationTest.java"] = APPLICATION_TEST.replace(
        "fr.sictom.tournees", "fr.sictom.v2").replace("        super(Application.class);\n    }\n",
                                                      "        super(Application.class);\n    }\n\n    public void testCreation() {\n"
                                                      "        createApplication();\n        assertNotNull(getApplication());\n    }\n")
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    tests = [e["path"] for e in r["evidence"] if e.get("value") == "test"]
    assert tests == ["SictomProjectV2/app/src/androidTest/java/fr/sictom/v2/ApplicationTest.java"], r["evidence"]


FAKE_KEY = "AIza" + "SyQ7fakeKeyForTests0123456789abcdEf"[:35]
MAPS_API_XML = ("<resources>\n    <string name=\"google_maps_key_instructions\" templateMergeStrategy=\"replace\"><!--\n\n"
                "    TODO: Before you run your application, you need a Google Maps API key.\n\n"
                "    You can also add your credentials to an existing key, using this line:\n"
                "    12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0:12:34:56:78;fr.sictom.v2\n    --></string>\n\n"
                f"    <string name=\"google_maps_key\" templateMergeStrategy=\"preserve\">{FAKE_KEY}</string>\n</resources>\n")


def test_a_maps_key_in_an_android_apps_resources_is_restricted_to_the_app_not_to_a_sites_referrers(tmp_path):
    assert len(FAKE_KEY) == 39
    files = dict(sictom(), **{"SictomProjectV2/app/src/debug/res/values/google_maps_api.xml": MAPS_API_XML})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "fail", r["message"]
    ev = next(e for e in r["evidence"] if e["path"].endswith("google_maps_api.xml"))
    assert "server" not in ev["value"] and "Android" in ev["value"], ev
    for lang in ("fr", "en"):
        assert "SHA-1" in ev["note"][lang] and "HTTP" not in ev["note"][lang], ev["note"]
        assert "SHA-1" in r["remediation"][lang] and "HTTP" not in r["remediation"][lang], r["remediation"]


def test_a_google_key_in_a_servers_settings_keeps_the_referrers_advice(tmp_path):
    files = dict(sictom(), **{"SictomProjectV2/backend/src/main/resources/application.properties": f"youtube.key={FAKE_KEY}\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    ev = next(e for e in r["evidence"] if e["path"].endswith("application.properties"))
    assert ev["value"] == "Google API key in server configuration" and "HTTP" in ev["note"]["en"], ev
    assert "SHA-1" not in r["remediation"]["en"], r["remediation"]


BACKEND_GRADLE = ("buildscript {\n    dependencies {\n        classpath 'com.google.appengine:gradle-appengine-plugin:1.9.15'\n    }\n}\n\n"
                  "apply plugin: 'java'\napply plugin: 'war'\napply plugin: 'appengine'\n\ndependencies {\n"
                  "    appengineSdk 'com.google.appengine:appengine-java-sdk:1.9.15'\n"
                  "    compile 'com.google.appengine:appengine-endpoints:1.9.15'\n    compile 'javax.servlet:servlet-api:2.5'\n}\n")
ENDPOINT = ("package fr.sictom.backend;\n\nimport com.google.api.server.spi.config.Api;\nimport com.google.api.server.spi.config.ApiMethod;\n"
            "import com.google.appengine.api.datastore.DatastoreService;\nimport com.google.appengine.api.datastore.DatastoreServiceFactory;\n"
            "import com.google.appengine.api.datastore.Entity;\n\n/** Les tournées enregistrées par les camions. */\n"
            "@Api(name = \"sictomApi\", version = \"v1\")\npublic class TourneeEndpoint {\n    /** Enregistre une tournée. */\n"
            "    @ApiMethod(name = \"insererTournee\")\n    public void inserer(String camion) {\n"
            "        DatastoreService store = DatastoreServiceFactory.getDatastoreService();\n        store.put(new Entity(\"TTournee\"));\n    }\n}\n")
APPENGINE_WEB = ('<?xml version="1.0" encoding="utf-8"?>\n<appengine-web-app xmlns="http://appengine.google.com/ns/1.0">\n'
                 "    <application>tournees-sictom</application>\n    <version>1</version>\n    <threadsafe>true</threadsafe>\n"
                 "</appengine-web-app>\n")


def test_a_backend_written_for_google_app_engine_is_a_proprietary_platform(tmp_path):
    files = dict(sictom(), **{"SictomProjectV2/backend/build.gradle": BACKEND_GRADLE,
                              "SictomProjectV2/backend/src/main/java/fr/sictom/backend/TourneeEndpoint.java": ENDPOINT,
                              "SictomProjectV2/backend/src/main/webapp/WEB-INF/appengine-web.xml": APPENGINE_WEB})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert r["status"] in ("warn", "fail") and "Google App Engine" in r["message"]["en"], r["message"]
    found = {(e["path"], (e.get("value") or {}).get("how")) for e in r["evidence"] if "App Engine" in str(e.get("value"))}
    assert ("SictomProjectV2/backend/build.gradle", "package") in found, r["evidence"]
    assert ("SictomProjectV2/backend/src/main/webapp/WEB-INF/appengine-web.xml", "file_type") in found, r["evidence"]
    assert ("SictomProjectV2/backend/src/main/java/fr/sictom/backend/TourneeEndpoint.java", "code") in found, r["evidence"]


def test_a_java_servlet_backend_with_its_own_web_xml_is_no_app_engine(tmp_path):
    files = dict(sictom(), **{"SictomProjectV2/backend/build.gradle": "apply plugin: 'java'\napply plugin: 'war'\n\ndependencies {\n"
                                                                      "    compile 'javax.servlet:servlet-api:2.5'\n}\n",
                              "SictomProjectV2/backend/src/main/java/fr/sictom/backend/TourneeServlet.java":
                                  "package fr.sictom.backend;\n\nimport javax.servlet.http.HttpServlet;\n\n/** Les tournées. */\n"
                                  "public class TourneeServlet extends HttpServlet {\n}\n",
                              "SictomProjectV2/backend/src/main/webapp/WEB-INF/web.xml": "<web-app/>\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "App Engine" not in r["message"]["en"], r["message"]
