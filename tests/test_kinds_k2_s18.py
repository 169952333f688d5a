"""Libraries read as something else (issue 12, s18 k2; reader c2), each on a git fixture shaped like the real case (invented content):
- a Java SDK (Maven, a shaded jar naming a demonstration Main) whose README adds it as a Maven/Gradle dependency is a library, not a
  command-line tool (opt-nc/phonenumber-validator, opt-nc/colisnc-sdk); a Java tool whose README runs `java -jar` stays a command;
- a JavaScript library without package.json (a global namespace, prototype methods) whose only page is test.html is a library, not a
  static site (cigalsace/mdjs); a site whose index.html is its page stays a static site."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_POM = ("<?xml version=\"1.0\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.example.post</groupId>\n"
        "  <artifactId>{artifact}</artifactId>\n  <version>1.2.0</version>\n  <packaging>jar</packaging>\n"
        "  <properties>\n    <mainClass>nc.example.post.Demo</mainClass>\n  </properties>\n"
        "  <dependencies>\n    <dependency>\n      <groupId>org.jsoup</groupId>\n      <artifactId>jsoup</artifactId>\n"
        "      <version>1.16.1</version>\n    </dependency>\n  </dependencies>\n  <build>\n    <plugins>\n      <plugin>\n"
        "        <artifactId>maven-shade-plugin</artifactId>\n        <configuration><transformers><transformer>\n"
        "          <mainClass>${{mainClass}}</mainClass>\n        </transformer></transformers></configuration>\n"
        "      </plugin>\n    </plugins>\n  </build>\n</project>\n")
_TRACKER = ("package nc.example.post;\n\nimport java.util.List;\n\n/** Reads the tracking page of a parcel. */\npublic final class Tracker {\n"
            "    /** The steps of a parcel. */\n    public static List<String> steps(String parcel) {\n        return List.of(parcel);\n    }\n}\n")
_DEMO = ("package nc.example.post;\n\n/** A demonstration on a fixed parcel. */\npublic class Demo {\n"
         "    public static void main(String[] args) {\n        System.out.println(Tracker.steps(\"8Z001\"));\n    }\n}\n")


def _sdk(readme: str) -> dict:
    return {"README.md": readme, "pom.xml": _POM.format(artifact="ParcelTrackerSDK"),
            "src/main/java/nc/example/post/Tracker.java": _TRACKER, "src/main/java/nc/example/post/Demo.java": _DEMO}


SDK_README = ("# parceltracker-sdk\n\nSDK Java pour suivre les colis.\n\n## Ajout de la dépendance maven\n\n```xml\n<dependency>\n"
              "    <groupId>com.github.example</groupId>\n    <artifactId>parceltracker-sdk</artifactId>\n    <version>Tag</version>\n"
              "</dependency>\n```\n\n## Gradle\n\n```\ndependencies {\n  implementation 'com.github.example:parceltracker-sdk:Tag'\n}\n```\n\n"
              "## Exemple\n\n```java\nList<String> steps = Tracker.steps(parcel);\n```\n")


def test_java_sdk_added_as_dependency_is_a_library(tmp_path):
    project, results = kind_and_results(tmp_path, _sdk(SDK_README), ["interoperability.api-spec"])
    assert project["kind"] == "library", project
    assert any("dependency in the README (l.10)" in e["reason"] for e in project["kind_evidence"]), project["kind_evidence"]
    assert "command-line" not in results["interoperability.api-spec"]["message"]["en"]


def test_java_tool_run_with_java_jar_stays_a_command(tmp_path):
    readme = SDK_README + "\n## Ligne de commande\n\n```shell\njava -jar target/parceltracker-sdk-standalone.jar 8Z001\n```\n"
    project, _ = kind_and_results(tmp_path, _sdk(readme), ["interoperability.api-spec"])
    assert project["kind"] == "cli-tool", project


_MODEL = "/** Metadata model. */\nvar pmd = pmd || {};\n\n/** Parse an XML record. */\npmd.Record = function () {\n    this.xml = null;\n};\n"
_METHODS = ("/** Set the XML. */\npmd.Record.prototype.setXml = function (xml) {\n    this.xml = xml;\n};\n\n"
            "/** To JSON. */\npmd.Record.prototype.toJson = function () {\n    return {};\n};\n")
_TEST_PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta name=\"robots\" content=\"noindex,nofollow\" />\n<title>pmd - test</title>\n"
              "</head>\n<body>\n<div id=\"page\"></div>\n<script src=\"pmd.js\"></script>\n<script>\nvar r = new pmd.Record();\n</script>\n"
              "</body>\n</html>\n")
NAMESPACE_LIB = {
    "README.md": ("# pmd\n\nJavascript code to parse XML metadata records into JS objects.\n\nExample:\n\n```\nvar record = new pmd.Record();\n"
                  "record.setXml(response);\nconsole.log(record.toJson());\n```\n"),
    "src/header.js": _MODEL, "src/Record.js": _METHODS, "pmd.js": _MODEL + "\n" + _METHODS,
    "test.html": _TEST_PAGE,
}


def test_namespace_library_with_a_test_page_is_a_library(tmp_path):
    project, results = kind_and_results(tmp_path, NAMESPACE_LIB, ["interoperability.auth"])
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["path"] == "pmd.js", project["kind_evidence"]
    assert "static site" not in results["interoperability.auth"]["message"]["en"]


def test_site_whose_page_is_its_index_stays_a_static_site(tmp_path):
    files = dict(NAMESPACE_LIB)
    files["index.html"] = files.pop("test.html").replace("pmd - test", "Catalogue des métadonnées")
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "static-site", project
