"""scaling.hosting (issue 12, s48 fa48 = OPEN-ENT-NG/cahier-de-textes). An ENT module built with Maven (pom.xml <repositories>: the
editor's Nexus, where its framework comes from) also keeps an old gradle/maven.gradle whose uploadArchives { mavenDeployer {
repository(url: …), snapshotRepository(url: …) } } name the former contractor's Nexus, where releases were uploaded. The risk said
the project "depends on the server of the company the commits come from" citing those upload lines, while the real dependency
(the pom's repository) was only in the evidence; and the message's "1 CDN" (a template's cdnjs script) had no evidence line.
Where a build uploads is no dependency; every kind the message counts has a line. Near miss: the same host in a Gradle
repositories { maven { url … } } block (fetched from) stays a dependency."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.build_repositories import upload_lines
from tests.gitrepo import make_repo

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fr.ent</groupId>
  <artifactId>carnet</artifactId>
  <version>1.0.0</version>
  <repositories>
    <repository>
      <id>editor</id>
      <url>https://maven.edu-editor.com/nexus/content/groups/public</url>
    </repository>
  </repositories>
  <distributionManagement>
    <repository><id>rel</id><url>https://upload.edu-editor.com/nexus/releases</url></repository>
  </distributionManagement>
</project>
"""
UPLOAD = """uploadArchives {
	repositories {
		mavenDeployer {
			configuration = configurations.archives
			repository(url: "http://maven.old-editor.net/nexus/content/repositories/releases/") {
				authentication(userName: nexusUser, password: nexusPassword)
			}
			snapshotRepository(url: "http://maven.old-editor.net/nexus/content/repositories/snapshots/") {
				authentication(userName: nexusUser, password: nexusPassword)
			}
		}
	}
}
"""
FETCH = """repositories {
	maven {
		url "http://maven.old-editor.net/nexus/content/groups/public/"
	}
	maven {
		url "http://maven.old-editor.net/nexus/content/repositories/thirdparty/"
	}
}
"""
PAGE = ('<html><head><script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.1/MathJax.js"></script></head>'
        "<body>Carnet</body></html>\n")
JAVA = "package fr.ent.carnet;\n\npublic class Carnet{i} {{\n    public int size() {{ return {i}; }}\n}}\n"
AUTHORS = [("Alice Martin", "alice.martin@edu-editor.com"), ("Bruno Petit", "bruno.petit@edu-editor.com"),
           ("Chloé Roux", "chloe.roux@old-editor.net")]


def _hosting(tmp_path, gradle: str) -> dict:
    commits = [{"files": {"README.md": "# Carnet\n\nUn module de l'ENT.\n", "pom.xml": POM, "gradle/maven.gradle": gradle,
                          "src/main/resources/public/template/print.html": PAGE},
                "date": "2026-09-01T10:00:00Z", "author": AUTHORS[0], "message": "init"}]
    commits += [{"files": {f"src/main/java/fr/ent/carnet/Carnet{i}.java": JAVA.format(i=i)}, "date": f"2026-10-{i + 1:02d}T10:00:00Z",
                 "author": AUTHORS[i % 3], "message": f"carnet {i}"} for i in range(9)]
    report = audit(str(make_repo(tmp_path / "carnet", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0]


def test_upload_lines_of_gradle_and_maven():
    assert upload_lines("gradle/maven.gradle", UPLOAD) == {5, 8}
    assert upload_lines("build.gradle", FETCH) == set()
    assert upload_lines("pom.xml", POM) == {14}


def test_an_upload_repository_is_no_dependency_and_the_cdn_has_its_line(tmp_path):
    r = _hosting(tmp_path / "a", UPLOAD)
    hosts = {(e.get("value") or {}).get("host") for e in r["evidence"]}
    assert "old-editor.net" not in hosts and not any(e.get("path") == "gradle/maven.gradle" for e in r["evidence"]), r["evidence"]
    risk = r["details"].get("risk") or {}
    assert "old-editor.net" not in risk.get("text", {}).get("en", "") and "(edu-editor.com, pom.xml:10)" in risk["text"]["en"], risk
    assert "1 CDNs" in r["message"]["en"], r["message"]
    assert [e["path"] for e in r["evidence"] if (e.get("value") or {}).get("class") == "cdn"] == ["src/main/resources/public/template/print.html"], r["evidence"]


def test_near_miss_a_gradle_repository_fetched_from_stays(tmp_path):
    r = _hosting(tmp_path / "b", FETCH)
    assert any((e.get("value") or {}).get("host") == "old-editor.net" and e.get("path") == "gradle/maven.gradle" for e in r["evidence"]), r["evidence"]
