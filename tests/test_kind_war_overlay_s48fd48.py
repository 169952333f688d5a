"""A Maven build packaging a web archive is a web application (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay).
cas/pom.xml has <packaging>war</packaging> and overlays the CAS server's own webapp (maven-war-plugin <overlays>), with a few Java
classes customising it: a deployable SSO server. The kind was "library" (undecided, "code of no recognised kind"): no rule read
the war packaging. Near misses: the same classes in a jar build stay undecided, and a war module in an examples/ folder of a
library does not make the library a web application."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build


def _pom(packaging: str, overlay: bool) -> str:
    war_plugin = ("      <plugin>\n        <groupId>org.apache.maven.plugins</groupId>\n        <artifactId>maven-war-plugin</artifactId>\n"
                  "        <configuration>\n          <overlays>\n            <overlay>\n              <groupId>org.example.sso</groupId>\n"
                  "              <artifactId>sso-server-webapp</artifactId>\n            </overlay>\n          </overlays>\n"
                  "        </configuration>\n      </plugin>\n") if overlay else ""
    dep = ("    <dependency>\n      <groupId>org.example.sso</groupId>\n      <artifactId>sso-server-webapp</artifactId>\n"
           "      <version>5.2.0</version>\n      <type>war</type>\n    </dependency>\n") if overlay else ""
    return ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.region.sso</groupId>\n  <artifactId>sso-custom</artifactId>\n"
            f"  <packaging>{packaging}</packaging>\n  <version>1.0</version>\n  <build>\n    <plugins>\n{war_plugin}    </plugins>\n  </build>\n"
            f"  <dependencies>\n{dep}    <dependency>\n      <groupId>org.example.sso</groupId>\n      <artifactId>sso-support-tokens</artifactId>\n"
            "      <version>5.2.0</version>\n    </dependency>\n  </dependencies>\n</project>\n")


JAVA = {
    "sso/src/main/java/fr/region/sso/TokenConfiguration.java":
        "package fr.region.sso;\n\npublic class TokenConfiguration {\n    public TokenFactory tokens() { return new TokenFactory(); }\n}\n",
    "sso/src/main/java/fr/region/sso/TokenFactory.java":
        "package fr.region.sso;\n\npublic class TokenFactory {\n    public String issue(String user) { return \"t-\" + user; }\n}\n",
}
README = "# SSO server of the region\n\nBuild with `./mvnw package` in sso/ and deploy the war.\n"


def _project(tmp_path, files, name):
    return run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["licensing.license-file"])["facts"]["project"]


def test_war_overlay_is_a_web_application(tmp_path):
    proj = _project(tmp_path, {"README.md": README, "sso/pom.xml": _pom("war", True), **JAVA}, "war")
    assert proj["kind"] == "web-application" and proj["kind_decided"], proj
    assert proj["kind_evidence"][0]["path"] == "sso/pom.xml" and "web archive" in proj["kind_evidence"][0]["reason"], proj


def test_plain_war_build_is_a_web_application(tmp_path):
    proj = _project(tmp_path, {"README.md": README, "sso/pom.xml": _pom("war", False), **JAVA}, "plain")
    assert proj["kind"] == "web-application" and proj["kind_decided"], proj


def test_near_miss_jar_build_stays_undecided(tmp_path):
    proj = _project(tmp_path, {"README.md": README, "sso/pom.xml": _pom("jar", False), **JAVA}, "jar")
    assert proj["kind"] != "web-application", proj


def test_near_miss_war_in_examples_is_not_the_project(tmp_path):
    files = {"README.md": README, "sso/pom.xml": _pom("jar", False), **JAVA, "examples/demo-webapp/pom.xml": _pom("war", False)}
    proj = _project(tmp_path, files, "ex")
    assert proj["kind"] != "web-application", proj
