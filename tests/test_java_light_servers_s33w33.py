"""facts.project.kind (issue 12, session 33, measure 27 reader m27o2; s33 w33): an open-data JSON API is a CodeStory fluent-http
server (net.code-story:http in build.gradle, @Prefix("api/v2") classes answering lists, a Procfile running the shadow jar) whose
classpath's app/ folder holds a page listing its routes and an admin page: the kind was static-site, so api-spec and auth said
"not applicable" and portability "a static site". The JVM's light HTTP servers (CodeStory, Spark Java, Jooby, Ratpack, Undertow,
http4k) serve an API as Javalin does; a root Gradle build names its artefact as a pom.xml does (standard packaging).
The near miss: the same pages and Gradle build with no server framework (a library's classes) stay what they were."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

BUILD = ("apply plugin: 'java'\napply plugin: 'application'\napply plugin: 'com.github.johnrengelman.shadow'\n\nversion = '1.0'\n"
         "mainClassName = 'fr.ville.opendata.Application'\n\nrepositories {\n    mavenCentral()\n}\n\ndependencies {\n"
         "    compile '{server}'\n    compile 'org.elasticsearch:elasticsearch:1.7.2'\n    testCompile 'junit:junit:4.11'\n}\n")
APP = {"README.md": "# Open data backend\n\nThis project is a backend for the open data of the city.\n\nTo build `./gradlew build`\n",
       "settings.gradle": "rootProject.name = 'open.data.ville'\n",
       "Procfile": "web: java $JAVA_OPTS -jar build/libs/open.data.ville-1.0-all.jar\n",
       "src/main/java/fr/ville/opendata/Application.java":
           ("package fr.ville.opendata;\n\nimport net.codestory.http.WebServer;\n\npublic class Application {\n"
            "    public static void main(String[] args) {\n        new WebServer().configure(routes -> routes.add(new APIEndPoint())).start(8080);\n"
            "    }\n}\n"),
       "src/main/java/fr/ville/opendata/APIEndPoint.java":
           ("package fr.ville.opendata;\n\nimport java.util.List;\nimport net.codestory.http.annotations.Get;\n"
            "import net.codestory.http.annotations.Prefix;\n\n@Prefix(\"api/v2\")\npublic class APIEndPoint {\n"
            "    @Get(\":type/all\")\n    public List<?> getAll(String type) { return List.of(); }\n}\n"),
       "src/main/resources/app/index.html": ('---\nlayout: default\n---\n<table id="routes-table"><tbody></tbody></table>\n'
                                            '<script src="assets/js/index.js"></script>\n'),
       "src/main/resources/app/admin.html": '<div><button id="reload">Reload</button></div>\n<script src="assets/js/admin.js"></script>\n',
       "src/main/resources/app/_layouts/default.html": "<html><head><title>Open data</title></head><body>[[body]]</body></html>\n",
       "src/main/resources/app/assets/js/index.js": "fetch('/api/v2/routes').then(r => r.json());\n"}
CHECKS = ["interoperability.api-spec", "reusability.portability"]


def audit(tmp_path, server: str) -> dict:
    return run(build(tmp_path / "r", {**APP, "build.gradle": BUILD.replace("{server}", server)}), tmp_path / "c", CHECKS)


def results(report: dict) -> dict:
    return {r["id"]: r for r in report["results"]}


def test_a_codestory_server_is_an_api_service_judged_as_such(tmp_path):
    report = audit(tmp_path, "net.code-story:http:2.104")
    assert report["facts"]["project"]["kind"] == "api-service"  # was static-site
    got = results(report)
    assert got["interoperability.api-spec"]["status"] == "warn"  # was not_applicable (a static site)
    assert "net.code-story:http" in got["interoperability.api-spec"]["message"]["en"]
    assert got["reusability.portability"]["details"]["packaging"] is True  # was "not applicable (a static site)"


def test_spark_java_and_jooby_serve_an_api_too(tmp_path):
    assert audit(tmp_path / "spark", "com.sparkjava:spark-core:2.9.4")["facts"]["project"]["kind"] == "api-service"
    assert audit(tmp_path / "jooby", "io.jooby:jooby-netty:3.0.0")["facts"]["project"]["kind"] == "api-service"


def test_the_same_pages_without_a_server_framework_stay_a_static_site(tmp_path):
    # (a JSON library, no HTTP server: its classpath pages are what they were)
    report = audit(tmp_path, "com.google.code.gson:gson:2.10")
    assert report["facts"]["project"]["kind"] == "static-site"
    assert results(report)["interoperability.api-spec"]["status"] == "not_applicable"
