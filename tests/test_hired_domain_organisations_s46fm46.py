"""maintenance.organisations types the committers' hired company as contributor_types does (issue 12, s46 fm46 = reader rj46 on
OPEN-ENT-NG/rss).

An ENT module committed from the editor's unlisted domain and built from that editor's Maven repository (pom.xml): scaling.hosting
and contributor_types type the domain a company, the contractor, but maintenance.organisations still wrote "Of unknown type (a
domain not in the tool's list of organisations)" for it, contradicting the report. Now the hired domain is a company there too.
Near miss: the build fetching from a third party's repository leaves the committers' domain of unknown type.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fr.ent</groupId>
  <artifactId>flux</artifactId>
  <version>2.1.0</version>
  <repositories>
    <repository>
      <id>vendor</id>
      <url>https://{host}/repository/releases</url>
    </repository>
  </repositories>
  <dependencies>
    <dependency><groupId>org.entcore</groupId><artifactId>common</artifactId><version>5.1</version></dependency>
  </dependencies>
</project>
"""
JAVA = "package fr.ent.flux;\n\npublic class Flux{i} {{\n    public int count() {{ return {i} + 1; }}\n}}\n"
AUTHORS = [("Denise Morel", "denise.morel@school-soft.fr"), ("Etienne Faure", "etienne.faure@school-soft.fr")]
CHECKS = ["maintenance.organisations", "scaling.contributor-organisations"]


def _audit(tmp_path, host: str) -> dict:
    commits = [{"files": {"README.md": "# Flux\n\nUn module de l'ENT.\n", "pom.xml": POM.format(host=host)},
                "date": "2026-08-03T09:00:00Z", "author": AUTHORS[0], "message": "init"}]
    commits += [{"files": {f"src/main/java/fr/ent/flux/Flux{i}.java": JAVA.format(i=i)}, "date": f"2026-10-{i + 1:02d}T09:00:00Z",
                 "author": AUTHORS[i % 2], "message": f"flux {i}"} for i in range(8)]
    report = audit(str(make_repo(tmp_path / "flux", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def _types(result: dict) -> dict:
    return {o["domain"]: o["type"] for e in result["evidence"] for o in ((e.get("value") or {}).get("organisations") or [])}


def test_the_hired_contractors_domain_is_a_company_not_of_unknown_type(tmp_path):
    org = _audit(tmp_path, "maven.school-soft.fr")["maintenance.organisations"]
    assert "school-soft.fr" in org["message"]["en"], org["message"]
    assert "unknown type" not in org["message"]["en"] and "type inconnu" not in org["message"]["fr"], org["message"]
    assert _types(org) == {"school-soft.fr": "company"}


def test_a_third_partys_repository_leaves_the_committers_domain_of_unknown_type(tmp_path):
    org = _audit(tmp_path, "maven.other-vendor.com")["maintenance.organisations"]
    assert "Of unknown type" in org["message"]["en"] and "school-soft.fr" in org["message"]["en"], org["message"]
    assert _types(org) == {"school-soft.fr": "organisation"}
