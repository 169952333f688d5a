"""A mobile application is installed from its package and built by its own build (issue 12, session 23 reader m2, an energy
syndicate's Android apps): reusability.install warned an Android app whose README says where to download the APK (the
repository's releases) and how to build it with Android Studio, scoring its Gradle build as a server's "build tool" and advising
"a Dockerfile and a compose.yaml that start the service and its dependencies (database…)"; scaling.end-of-life read the module's
`sourceCompatibility JavaVersion.VERSION_1_9` as "Java 9, past its end of life" although no Java runs the app (the Android
toolchain compiles that language level for the Android runtime). The neighbours stay: an app with no instructions still fails
(advised the APK and its build, never a container), a web service keeps the container advice, and a JVM build's or an
Android module's level that maintained JDKs no longer compile (1.7) is still judged."""

from __future__ import annotations

from tests.test_mobile_apps import ANDROID_APP, ANDROID_BUILD
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

README = ("# Relevés\n\nApplication Android des agents de terrain pour relever les compteurs des bâtiments.\n\n"
          "## Téléchargement et installation\n\nTéléchargez le fichier APK de la dernière version dans les *Releases* du dépôt, "
          "puis ouvrez-le sur le téléphone (autorisez l'installation d'applications de sources inconnues).\n\n"
          "## Construire son propre APK\n\n1. Ouvrez le projet dans Android Studio.\n2. Menu Build > Generate Signed Bundle / APK.\n"
          "3. Choisissez APK, votre clé de signature, puis la variante release.\n")


def _install(tmp_path, files, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["reusability.install"])
    return report["facts"]["project"], results(report)["reusability.install"]


def test_an_android_app_with_its_build_and_written_steps_installs_fully(tmp_path):
    project, r = _install(tmp_path, {**ANDROID_APP, "README.md": README})
    assert project["kind"] == "mobile-application", project
    assert r["status"] == "pass" and r["details"]["instructions"], r
    assert "mobile application" in r["message"]["en"], r["message"]


def test_an_android_app_without_steps_still_fails_and_is_advised_its_apk_not_a_container(tmp_path):
    _, r = _install(tmp_path, ANDROID_APP)
    assert r["status"] == "fail", r
    advice = r["remediation"]["en"]
    assert "APK" in advice and "gradlew" in advice and "Dockerfile" not in advice and "compose" not in advice, advice
    assert "IPA" not in advice, advice  # (an Android build: no iOS package advised)


def test_a_web_service_keeps_the_container_advice(tmp_path):
    files = {"README.md": "# Service\n\nUn service web.\n", "package.json": '{"name": "service", "private": true, "dependencies": {"express": "^4.19.0"}}\n',
             "package-lock.json": "{}\n", "server.js": "const express = require('express');\nconst app = express();\n"
             "app.get('/api/communes', (req, res) => res.json([]));\napp.listen(3000);\n"}
    project, r = _install(tmp_path, files)
    assert project["kind"] in ("api-service", "web-application"), project
    assert "Dockerfile" in r["remediation"]["en"], r["remediation"]


def _eol(tmp_path, files, name="e"):
    report = run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["scaling.end-of-life"])
    return report["facts"]["end_of_life"], results(report)["scaling.end-of-life"]


LEVEL = "    compileOptions {{\n        sourceCompatibility JavaVersion.VERSION_{0}\n        targetCompatibility JavaVersion.VERSION_{0}\n    }}\n"


def _android(level):
    return ANDROID_BUILD.replace("    defaultConfig {", LEVEL.format(level) + "    defaultConfig {")


def test_an_android_modules_java_language_level_is_no_java_at_end_of_life(tmp_path):
    fact, r = _eol(tmp_path, {**ANDROID_APP, "app/build.gradle": _android("1_9")})
    assert not [f for f in fact["findings"] if f["product"] == "java"], fact
    assert [v for v in fact["read"] if v["product"] == "java" and v["cycle"] == "9" and not v["past"]], fact  # (read, not past)
    assert r["status"] == "pass" and "Java 9" not in r["message"]["en"], r


def test_an_android_level_no_maintained_jdk_compiles_and_a_jvm_builds_level_are_still_judged(tmp_path):
    _, r = _eol(tmp_path, {**ANDROID_APP, "app/build.gradle": _android("1_7")}, "a7")
    assert "Java 7" in r["message"]["en"] or "java" in str(r["evidence"]).lower(), r
    jvm = {"README.md": "# Batch\n\nTraitement des factures.\n", "settings.gradle": "rootProject.name = 'batch'\n",
           "build.gradle": "plugins {\n    id 'java'\n}\n\nsourceCompatibility = '1.9'\ntargetCompatibility = '1.9'\n\n"
                           "dependencies {\n    implementation 'org.apache.commons:commons-csv:1.10.0'\n}\n",
           "src/main/java/fr/agglo/batch/Main.java": "package fr.agglo.batch;\n\npublic class Main {\n    public static void main(String[] a) {\n"
                                                     "        System.out.println(\"ok\");\n    }\n}\n"}
    _, r = _eol(tmp_path, jvm, "jvm")
    assert "Java 9" in r["message"]["en"] or "java" in str(r["evidence"]).lower(), r
