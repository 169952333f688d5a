"""The contractor's package repository a pom.xml names once is the build's, and the committers' unlisted domain that runs it is a
company for both scaling checks (issue 12, s42 fi42 = reader rb42 on OPEN-ENT-NG/timeline-generator and OPEN-ENT-NG/geogebra).

An ENT module is written by the ENT editor's staff (@opendigitaleducation.com, a domain organisations.yml does not list) and built
from the editor's Nexus (pom.xml <repositories><url>https://maven.opendigitaleducation.com/…</url>, once). scaling.hosting classed
the same address as "the contractor's server" in a build.gradle (read from several lines) but as another organisation's in the
pom.xml (one line: "an address a helper keeps"); scaling.contributor-organisations, reading the same domain, said "unlisted
organisation … no contractor is counted" while scaling.hosting called it the contractor.
Now a package repository a build fetches from is kept whatever its count, and a committers' domain whose server hosting classes as
the contractor's is typed a company in contributor_types.
Near miss: the same build fetching from a third party's repository (a domain no committer writes from) keeps both verdicts:
hosting passes, the committers' domain stays an organisation of unknown type.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fr.ent</groupId>
  <artifactId>frise</artifactId>
  <version>1.0.0</version>
  <repositories>
    <repository>
      <id>editor</id>
      <url>https://{host}/nexus/content/groups/public</url>
    </repository>
  </repositories>
  <dependencies>
    <dependency><groupId>org.entcore</groupId><artifactId>common</artifactId><version>4.0</version></dependency>
  </dependencies>
</project>
"""
JAVA = "package fr.ent.frise;\n\npublic class Frise{i} {{\n    public int size() {{ return {i}; }}\n}}\n"
AUTHORS = [("Alice Martin", "alice.martin@edu-editor.com"), ("Bruno Petit", "bruno.petit@edu-editor.com"),
           ("Chloé Roux", "chloe.roux@edu-editor.com")]
CHECKS = ["scaling.hosting", "scaling.contributor-organisations"]


def _audit(tmp_path, host: str) -> dict:
    commits = [{"files": {"README.md": "# Frise chronologique\n\nUn module de l'ENT.\n", "pom.xml": POM.format(host=host)},
                "date": "2026-09-01T10:00:00Z", "author": AUTHORS[0], "message": "init"}]
    commits += [{"files": {f"src/main/java/fr/ent/frise/Frise{i}.java": JAVA.format(i=i)}, "date": f"2026-10-{i + 1:02d}T10:00:00Z",
                 "author": AUTHORS[i % 3], "message": f"frise {i}"} for i in range(9)]
    report = audit(str(make_repo(tmp_path / "frise", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def test_the_contractors_repository_named_once_in_a_pom_is_the_contractors_server(tmp_path):
    r = _audit(tmp_path, "maven.edu-editor.com")
    hosting, orgs = r["scaling.hosting"], r["scaling.contributor-organisations"]
    assert hosting["status"] == "warn" and "commercial" in hosting["message"]["en"], hosting["message"]
    assert [e["value"]["host"] for e in hosting["evidence"] if (e.get("value") or {}).get("class") == "commercial"] == ["edu-editor.com"]
    assert "could not type" not in orgs["message"]["en"] and "edu-editor.com" in orgs["message"]["en"], orgs["message"]
    assert orgs["score"] < 8, orgs["message"]


def test_a_third_partys_repository_leaves_the_committers_domain_untyped(tmp_path):
    r = _audit(tmp_path, "maven.other-vendor.com")
    hosting, orgs = r["scaling.hosting"], r["scaling.contributor-organisations"]
    assert hosting["status"] == "pass", hosting["message"]
    assert "could not type edu-editor.com" in orgs["message"]["en"], orgs["message"]
