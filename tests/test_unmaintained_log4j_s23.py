"""Log4j 1.x is abandoned software (issue 12, session 23 reader m1, a commune's Java web toolbox): its pom.xml declares
log4j:log4j 1.2.17, whose line reached its end of life on 2015-08-05 (Apache Logging Services; CVE-2019-17571 and CVE-2021-4104
never fixed), and scaling.end-of-life passed on the Java level alone. endoflife.yml's abandoned packages now name it, for a Maven
POM and for a Gradle build alike; Log4j 2 (org.apache.logging.log4j:log4j-core) is not it."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results


def _pom(group, artifact, version):
    return ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.ville</groupId>\n  <artifactId>boite-outils</artifactId>\n"
            "  <version>2.1</version>\n  <packaging>war</packaging>\n  <properties>\n    <maven.compiler.source>17</maven.compiler.source>\n"
            "    <maven.compiler.target>17</maven.compiler.target>\n  </properties>\n  <dependencies>\n"
            f"    <dependency>\n      <groupId>{group}</groupId>\n      <artifactId>{artifact}</artifactId>\n      <version>{version}</version>\n"
            "    </dependency>\n  </dependencies>\n</project>\n")


SERVLET = ("package nc.ville.outils;\n\npublic class ExportServlet extends javax.servlet.http.HttpServlet {\n"
           "    private static final org.apache.log4j.Logger LOG = org.apache.log4j.Logger.getLogger(ExportServlet.class);\n}\n")


def _eol(tmp_path, files, name):
    report = run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["scaling.end-of-life"])
    return report["facts"]["end_of_life"], results(report)["scaling.end-of-life"]


def test_log4j_1_in_a_pom_is_abandoned(tmp_path):
    fact, r = _eol(tmp_path, {"pom.xml": _pom("log4j", "log4j", "1.2.17"), "src/main/java/nc/ville/outils/ExportServlet.java": SERVLET}, "pom")
    assert [u["name"] for u in fact["unmaintained"]] == ["log4j:log4j"], fact
    assert r["status"] in ("warn", "fail") and "log4j:log4j" in r["message"]["en"] and "Log4j 2" in r["message"]["en"], r


def test_log4j_1_in_a_gradle_build_is_abandoned(tmp_path):
    gradle = ("plugins {\n    id 'war'\n}\n\njava {\n    toolchain {\n        languageVersion = JavaLanguageVersion.of(17)\n    }\n}\n\n"
              "dependencies {\n    implementation 'log4j:log4j:1.2.17'\n}\n")
    fact, _ = _eol(tmp_path, {"build.gradle": gradle, "settings.gradle": "rootProject.name = 'outils'\n",
                              "src/main/java/nc/ville/outils/ExportServlet.java": SERVLET}, "gradle")
    assert [u["name"] for u in fact["unmaintained"]] == ["log4j:log4j"], fact


def test_log4j_2_is_not_the_abandoned_line(tmp_path):
    fact, r = _eol(tmp_path, {"pom.xml": _pom("org.apache.logging.log4j", "log4j-core", "2.24.3"),
                              "src/main/java/nc/ville/outils/ExportServlet.java": SERVLET}, "log4j2")
    assert fact["unmaintained"] == [] and r["status"] == "pass", (fact, r)
