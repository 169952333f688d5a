"""Session 22 (c2, reader a3's InseeFr/Trevas): a Java engine built by Maven in modules published as jars to Maven Central
(<distributionManagement>), with no main class anywhere, was a "command-line tool" because one module depends on Spark (a "data
pipeline"); the README's "Javadoc" badge to javadoc.io was not its API reference. A Maven or Gradle build publishing its jars
with nothing to run is a library whatever engine it builds on; a Spark job with a main class stays a command-line tool."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

PARENT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>fr.exemple.calcul</groupId>
  <artifactId>calcul-parent</artifactId>
  <version>1.2.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>calcul-moteur</module>
    <module>calcul-spark</module>
  </modules>
  <distributionManagement>
    <repository>
      <id>central</id>
      <url>https://central.sonatype.com/api/publish/maven</url>
    </repository>
  </distributionManagement>
</project>
"""
MOTEUR = """<project>
  <parent><groupId>fr.exemple.calcul</groupId><artifactId>calcul-parent</artifactId><version>1.2.0</version></parent>
  <artifactId>calcul-moteur</artifactId>
  <dependencies>
    <dependency><groupId>org.antlr</groupId><artifactId>antlr4-runtime</artifactId><version>4.13.1</version></dependency>
  </dependencies>
</project>
"""
SPARK = """<project>
  <parent><groupId>fr.exemple.calcul</groupId><artifactId>calcul-parent</artifactId><version>1.2.0</version></parent>
  <artifactId>calcul-spark</artifactId>
  <dependencies>
    <dependency><groupId>fr.exemple.calcul</groupId><artifactId>calcul-moteur</artifactId><version>1.2.0</version></dependency>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>3.5.1</version></dependency>
  </dependencies>
</project>
"""
ENGINE = {
    "README.md": "# Calcul\n\n[![Javadoc](https://img.shields.io/badge/Javadoc-calcul-blue)](https://javadoc.io/doc/fr.exemple.calcul)\n\n"
                 "Moteur d'évaluation d'expressions statistiques, en mémoire ou sur Spark.\n\n## Prérequis\n\nJava 17.\n",
    "LICENSE": "MIT License\n",
    "pom.xml": PARENT,
    "calcul-moteur/pom.xml": MOTEUR,
    "calcul-moteur/src/main/java/fr/exemple/calcul/Moteur.java":
        "package fr.exemple.calcul;\n\npublic class Moteur {\n    public Object evaluer(String expression) {\n        return expression.length();\n    }\n}\n",
    "calcul-moteur/src/main/java/fr/exemple/calcul/Contexte.java":
        "package fr.exemple.calcul;\n\npublic class Contexte {\n    public String nom() {\n        return \"ctx\";\n    }\n}\n",
    "calcul-spark/pom.xml": SPARK,
    "calcul-spark/src/main/java/fr/exemple/calcul/spark/SparkDataset.java":
        "package fr.exemple.calcul.spark;\n\npublic class SparkDataset {\n    public long compter() {\n        return 0L;\n    }\n}\n",
    "calcul-moteur/src/test/java/fr/exemple/calcul/MoteurTest.java":
        "package fr.exemple.calcul;\n\nclass MoteurTest {\n    public static void main(String[] a) {}\n}\n",
}


def test_published_java_modules_on_spark_are_a_library(tmp_path):
    project, res = kind_and_results(tmp_path, ENGINE, ["documentation.docs"])
    assert project["kind"] == "library" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "pom.xml", project["kind_evidence"]
    assert "published as artefacts" in project["kind_evidence"][0]["reason"], project["kind_evidence"]
    assert "cli-tool" not in project["scores"], project["scores"]
    # (its "Javadoc" badge to javadoc.io is the library's API reference)
    assert "API" not in res["documentation.docs"]["details"].get("missing", []), res["documentation.docs"]["message"]


def test_a_spark_job_with_a_main_class_stays_a_command_line_tool(tmp_path):
    job = dict(ENGINE)
    job["calcul-spark/src/main/java/fr/exemple/calcul/spark/Traitement.java"] = (
        "package fr.exemple.calcul.spark;\n\npublic class Traitement {\n    public static void main(String[] args) {\n"
        "        new SparkDataset().compter();\n    }\n}\n")
    project, _ = kind_and_results(tmp_path / "job", job, [])
    assert project["kind"] == "cli-tool", project


def test_unpublished_or_executable_builds_are_no_published_library(tmp_path):
    unpublished = dict(ENGINE, **{"pom.xml": PARENT.replace("<distributionManagement>", "<!-- ").replace("</distributionManagement>", " -->")})
    project, _ = kind_and_results(tmp_path / "unpublished", unpublished, [])
    assert project["kind"] == "cli-tool", project  # (a Spark build publishing nothing: still read as a data pipeline)
    shaded = dict(ENGINE, **{"calcul-spark/pom.xml": SPARK.replace("</project>", "<build><plugins><plugin><artifactId>maven-jar-plugin</artifactId>"
                                                                     "<configuration><archive><manifest><mainClass>fr.exemple.calcul.spark.Job"
                                                                     "</mainClass></manifest></archive></configuration></plugin></plugins></build>\n</project>")})
    project, _ = kind_and_results(tmp_path / "shaded", shaded, [])
    assert project["kind"] == "cli-tool", project
    war = dict(ENGINE, **{"calcul-moteur/pom.xml": MOTEUR.replace("<artifactId>calcul-moteur</artifactId>",
                                                                  "<artifactId>calcul-moteur</artifactId>\n  <packaging>war</packaging>")})
    project, _ = kind_and_results(tmp_path / "war", war, [])
    assert "published as artefacts" not in str(project["kind_evidence"]), project


def test_a_gradle_build_publishing_its_jars_is_a_library(tmp_path):
    files = {k: v for k, v in ENGINE.items() if not k.endswith("pom.xml")}
    files["settings.gradle"] = "rootProject.name = 'calcul'\ninclude 'calcul-moteur', 'calcul-spark'\n"
    files["build.gradle"] = "subprojects {\n    apply plugin: 'java-library'\n    apply plugin: 'maven-publish'\n}\n"
    files["calcul-spark/build.gradle"] = "dependencies {\n    implementation 'org.apache.spark:spark-sql_2.13:3.5.1'\n}\n"
    project, _ = kind_and_results(tmp_path / "gradle", files, [])
    assert project["kind"] == "library", project
    files["calcul-spark/build.gradle"] = "plugins {\n    id 'application'\n}\napplication {\n    mainClass = 'fr.exemple.Job'\n}\n"
    project, _ = kind_and_results(tmp_path / "app", files, [])
    assert "published as artefacts" not in str(project["kind_evidence"]), project
