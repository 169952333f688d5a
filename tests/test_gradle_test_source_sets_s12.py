"""reusability.tests-and-ci: Gradle's test source sets beside src/main (Android's instrumented src/androidTest/) hold tests,
not source code (issue 12, s12: an Android app's app/src/androidTest/…/ChartTest.java counted as source code)."""

from __future__ import annotations

from auditor.facts.inventory import is_test
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.tests-and-ci"

ACTIVITY = "package fr.example.app;\n\npublic class MainActivity {\n    public void onCreate() {}\n}\n"
INSTRUMENTED = ("package fr.example.app;\n\nimport androidx.test.ext.junit.runners.AndroidJUnit4;\n\n"
                "public class ChartCheck {\n    public void drawsTheChart() {}\n}\n")


def test_android_instrumented_tests_are_tests(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {
        "app/build.gradle": "plugins { id 'com.android.application' }\n",
        "app/src/main/java/fr/example/app/MainActivity.java": ACTIVITY,
        "app/src/androidTest/java/fr/example/app/ChartCheck.java": INSTRUMENTED,
        "README.md": "# Application\n\nUne application Android.\n"}), tmp_path / "c", [CID]))[CID]
    assert r["details"]["test_files"] == 1, r["message"]
    assert "app/src/androidTest/java/fr/example/app/ChartCheck.java" in {e.get("path") for e in r["evidence"]}


def test_only_gradle_source_sets_under_src():
    assert is_test("lib/src/integrationTest/kotlin/ImportIT2.kt")
    assert not is_test("docs/androidTest/notes.java")  # not a source set: no src/ parent
    assert not is_test("app/src/main/java/fr/example/app/MainActivity.java")
