"""Framework versions a Maven POM gives through its build plugin or platform BOM (issue 12, s48 fd48).
GIP-RECIA/cas-esco-overlay: cas/pom.xml gives Spring Boot 1.5 only as the spring-boot-maven-plugin's ${springboot.version}, and
OPEN-ENT-NG/swarm-api: pom.xml gives Quarkus 3.15 as ${quarkus.platform.version} of the BOM named ${quarkus.platform.artifact-id}.
scaling.end-of-life read Java alone and passed: the plugin was not a Spring Boot artifact, an artifactId property was never resolved
and Quarkus was not in endoflife.yml. Near misses: a supported Quarkus LTS, and a property defined nowhere, are not past."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_maven import maven_versions
from tests.test_reusability_fixtures import build, results

AS_OF = date(2026, 12, 8)


def _boot_overlay(version_line):
    return ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.region.sso</groupId>\n  <artifactId>sso-overlay</artifactId>\n"
            "  <packaging>war</packaging>\n  <version>1.0</version>\n  <build>\n    <plugins>\n      <plugin>\n"
            "        <groupId>org.springframework.boot</groupId>\n        <artifactId>spring-boot-maven-plugin</artifactId>\n"
            "        <version>${boot.release}</version>\n      </plugin>\n    </plugins>\n  </build>\n"
            f"  <properties>\n{version_line}    <maven.compiler.source>17</maven.compiler.source>\n  </properties>\n</project>\n")


def _quarkus(version):
    return ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.region.api</groupId>\n  <artifactId>sites-api</artifactId>\n"
            "  <version>1.0</version>\n  <properties>\n    <maven.compiler.release>21</maven.compiler.release>\n"
            "    <platform.bom>quarkus-bom</platform.bom>\n    <platform.group>io.quarkus.platform</platform.group>\n"
            f"    <platform.release>{version}</platform.release>\n  </properties>\n  <dependencyManagement>\n    <dependencies>\n"
            "      <dependency>\n        <groupId>${platform.group}</groupId>\n        <artifactId>${platform.bom}</artifactId>\n"
            "        <version>${platform.release}</version>\n        <type>pom</type>\n        <scope>import</scope>\n      </dependency>\n"
            "    </dependencies>\n  </dependencyManagement>\n  <dependencies>\n    <dependency>\n      <groupId>io.quarkus</groupId>\n"
            "      <artifactId>quarkus-rest</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n")


JAVA = "package fr.region.api;\n\npublic class Sites {\n    public String name() { return \"sites\"; }\n}\n"


def _eol(tmp_path, files, name):
    report = audit(str(build(tmp_path / name, files)), AuditOptions(cache_dir=tmp_path / f"c{name}", offline=True, as_of=AS_OF,
                                                                     only=["scaling.end-of-life"]))
    return report["facts"]["end_of_life"], results(report)["scaling.end-of-life"]


def test_spring_boot_plugin_version_from_a_property_is_past(tmp_path):
    fact, r = _eol(tmp_path, {"pom.xml": _boot_overlay("    <boot.release>1.5.8.RELEASE</boot.release>\n"),
                              "src/main/java/fr/region/api/Sites.java": JAVA}, "boot")
    assert r["status"] in ("warn", "fail") and r["score"] < 10, r
    assert any(e.get("path") == "pom.xml" and e.get("line") == 11 for e in r["evidence"]), r["evidence"]
    assert "Spring Boot" in r["message"]["en"], r


def test_quarkus_bom_named_by_a_property_is_past(tmp_path):
    fact, r = _eol(tmp_path, {"pom.xml": _quarkus("3.15.1"), "src/main/java/fr/region/api/Sites.java": JAVA}, "quarkus")
    assert r["status"] in ("warn", "fail") and "Quarkus" in r["message"]["en"], r
    assert any(e.get("path") == "pom.xml" for e in r["evidence"]), r["evidence"]


def test_near_miss_supported_quarkus_lts_passes(tmp_path):
    fact, r = _eol(tmp_path, {"pom.xml": _quarkus("3.33.1"), "src/main/java/fr/region/api/Sites.java": JAVA}, "lts")
    assert r["status"] == "pass", r


def test_near_miss_undefined_property_reads_nothing():
    assert maven_versions(_boot_overlay(""), {"spring-boot-maven-plugin": "spring-boot"}) == []
    assert maven_versions(_quarkus("3.15.1"), {"quarkus-bom": "quarkus"})[0][:2] == ("quarkus", "3.15")
    # (an artifact named by a property defined nowhere is no artifact of the data)
    assert maven_versions(_quarkus("3.15.1").replace("<platform.bom>quarkus-bom</platform.bom>\n", ""), {"quarkus-bom": "quarkus"}) == []
