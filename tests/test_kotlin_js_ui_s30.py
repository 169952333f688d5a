"""Session 30 (m30, reader m22o1's sdis64-ctac): an operations wall of a fire and rescue service — a Spring Boot backend and, in ui/, a
Kotlin/JS browser application written with Compose for Web (ui/build.gradle.kts: js(IR) { browser(); binaries.executable() }) —
was a "web API service" from its backend alone, and accessibility was not applicable. A Kotlin/JS executable built for the browser
is a web interface; a Kotlin multiplatform library's js { browser() } target, with no executable, is none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

UI_BUILD = ('plugins {\n    kotlin("multiplatform")\n    id("org.jetbrains.compose")\n}\n\nkotlin {\n    js(IR) {\n        browser()\n'
            '        binaries.executable()\n    }\n    sourceSets {\n        val jsMain by getting {\n            dependencies {\n'
            '                implementation(compose.html.core)\n                implementation(compose.runtime)\n            }\n        }\n    }\n}\n')

WALL = {
    "README.md": "# Mur d'opérations\n\nInterface web affichée aux opérateurs du centre de traitement de l'alerte.\n",
    "settings.gradle.kts": 'rootProject.name = "mur"\ninclude(":backend", ":ui")\n',
    "backend/build.gradle.kts": ('plugins {\n    id("org.springframework.boot") version "3.1.5"\n    kotlin("jvm")\n}\n\ndependencies {\n'
                                 '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
                                 '    implementation("org.springframework.boot:spring-boot-starter-actuator")\n}\n'),
    "backend/src/main/kotlin/fr/exemple/mur/StatusController.kt": (
        "package fr.exemple.mur\n\nimport org.springframework.web.bind.annotation.GetMapping\n"
        "import org.springframework.web.bind.annotation.RestController\n\n@RestController\nclass StatusController {\n"
        "    @GetMapping(\"/status\")\n    fun status() = mapOf(\"ok\" to true)\n}\n"),
    "ui/build.gradle.kts": UI_BUILD,
    "ui/src/jsMain/kotlin/fr/exemple/mur/ui/Main.kt": (
        "package fr.exemple.mur.ui\n\nimport org.jetbrains.compose.web.dom.*\nimport org.jetbrains.compose.web.renderComposable\n\n"
        "fun main() {\n    renderComposable(rootElementId = \"root\") {\n        Div { Text(\"Interventions en cours\") }\n    }\n}\n"),
    "ui/src/jsMain/kotlin/fr/exemple/mur/ui/Header.kt": (
        "package fr.exemple.mur.ui\n\nimport androidx.compose.runtime.Composable\nimport org.jetbrains.compose.web.dom.*\n\n"
        "@Composable\nfun Header() {\n    H1 { Text(\"Centre de traitement de l'alerte\") }\n}\n"),
}


def test_a_kotlin_js_browser_application_beside_its_backend_is_a_web_application(tmp_path):
    report, res = judge(tmp_path, WALL, ["interoperability.accessibility-and-ecodesign"])
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", (project["kind"], project["kind_evidence"])
    assert {"path": "ui/build.gradle.kts", "reason": "browser application (Kotlin/JS)"} in project["kind_evidence"], project["kind_evidence"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]["message"]


def test_a_multiplatform_library_with_a_browser_target_is_no_application(tmp_path):
    files = dict(WALL)
    files["ui/build.gradle.kts"] = UI_BUILD.replace("        binaries.executable()\n", "")
    report, _ = judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert not any(e.get("reason") == "browser application (Kotlin/JS)" for e in report["facts"]["project"]["kind_evidence"])
    assert report["facts"]["project"]["kind"] != "web-application", report["facts"]["project"]["kind_evidence"]
