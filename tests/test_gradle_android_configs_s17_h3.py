"""Dependencies of an Android app's Gradle build: ``androidTestImplementation`` (instrumented tests) and ``debugImplementation``
(debug-build tools) are development dependencies, and a BOM under ``platform(…)`` is a dependency (issue 12, s16: an Android
app's Espresso and Compose test libraries were not read at all)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

BUILD = """plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

dependencies {
    implementation("androidx.core:core-ktx:1.12.0")
    implementation(platform("androidx.compose:compose-bom:2024.02.00"))
    testImplementation("junit:junit:4.13.2")
    androidTestImplementation("androidx.test.ext:junit:1.1.5")
    androidTestImplementation("androidx.test.espresso:espresso-core:3.5.1")
    debugImplementation("com.squareup.leakcanary:leakcanary-android:2.13")
}
"""


def test_android_test_and_debug_configurations_are_dev_dependencies(tmp_path):
    report = run(build(tmp_path / "r", {
        "app/build.gradle.kts": BUILD,
        "app/src/main/java/fr/exemple/releves/MainActivity.kt": "package fr.exemple.releves\n\nclass MainActivity\n",
        "README.md": "# Relevés\n\nApplication Android de relevés de terrain.\n"}), tmp_path / "c", only=["reusability.dependencies"])
    m = next(m for m in report["facts"]["manifests"]["manifests"] if m["path"] == "app/build.gradle.kts")
    assert m["dependencies"] == ["androidx.core:core-ktx", "androidx.compose:compose-bom"]
    assert m["dev_dependencies"] == ["junit:junit", "androidx.test.ext:junit", "androidx.test.espresso:espresso-core",
                                     "com.squareup.leakcanary:leakcanary-android"]
