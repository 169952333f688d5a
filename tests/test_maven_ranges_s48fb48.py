"""A pom.xml whose dependencies are version ranges or snapshots pins nothing (issue 12, session 48 fixer fb48 =
lutece-secteur-public/gru-module-mydashboard-favorites and OPEN-ENT-NG/jupyter-connector, reader rh47): the Lutece module's pom.xml
declares all four dependencies as ranges ("[7.0.0,7.9.9)", one admitting snapshots), the ENT module's its framework at
${entCoreVersion} = 6.13-SNAPSHOT; reusability.dependencies counted each pom as its own lockfile ("Maven pins versions", 0 without
a lockfile), though each build takes the newest version in the range or the latest snapshot. Fixtures written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

JSP = "<%@ page contentType=\"text/html; charset=UTF-8\" %>\n<html><body>Favoris</body></html>\n"
JAVA = "package fr.ville.favoris;\n\npublic class Favori {\n    private String label;\n\n    public String getLabel() {\n        return label;\n    }\n}\n"


def _pom(deps: str, props: str = "") -> str:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.ville.plugins</groupId>\n"
            "  <artifactId>module-favoris</artifactId>\n  <version>1.0.3-SNAPSHOT</version>\n" + props + "  <dependencies>\n" + deps
            + "  </dependencies>\n</project>\n")


def _dep(group: str, artifact: str, version: str, scope: str = "") -> str:
    return (f"    <dependency>\n      <groupId>{group}</groupId>\n      <artifactId>{artifact}</artifactId>\n      <version>{version}</version>\n"
            + (f"      <scope>{scope}</scope>\n" if scope else "") + "    </dependency>\n")


def _files(pom: str) -> dict:
    return {"pom.xml": pom, "src/java/fr/ville/favoris/Favori.java": JAVA, "webapp/jsp/admin/favoris/Manage.jsp": JSP,
            "README.md": "# Favoris\n\nModule de favoris.\n"}


def _dependencies(tmp_path, pom, name="r"):
    _, res = judge(tmp_path, _files(pom), ["reusability.dependencies"], name=name)
    return res["reusability.dependencies"]


def test_version_ranges_are_no_lock(tmp_path):
    pom = _pom(_dep("fr.ville", "core", "[5.0.0,5.9.9)") + _dep("fr.ville.plugins", "plugin-abonnement", "[1.0.2-SNAPSHOT,1.9.9)")
               + _dep("junit", "junit", "4.13.2", "test"))
    dep = _dependencies(tmp_path, pom)
    assert dep["details"]["unlocked"] == ["pom.xml"], dep["message"]
    note = next(e["note"]["en"] for e in dep["evidence"] if e.get("path") == "pom.xml")
    assert "core [5.0.0,5.9.9)" in note and "plugin-abonnement [1.0.2-SNAPSHOT,1.9.9)" in note and "junit" not in note, note
    assert "mvn versions:resolve-ranges" in dep["remediation"]["en"], dep["remediation"]


def test_a_snapshot_through_a_property_is_no_lock(tmp_path):
    props = "  <properties>\n    <frameworkVersion>3.2-SNAPSHOT</frameworkVersion>\n  </properties>\n"
    pom = _pom(_dep("org.cadre", "commun", "${frameworkVersion}") + _dep("org.cadre", "tests", "${frameworkVersion}", "test"), props)
    dep = _dependencies(tmp_path, pom)
    assert dep["details"]["unlocked"] == ["pom.xml"], dep["message"]
    note = next(e["note"]["en"] for e in dep["evidence"] if e.get("path") == "pom.xml")
    assert "commun 3.2-SNAPSHOT" in note and "tests" not in note, note


def test_near_miss_exact_versions_parent_properties_and_own_modules_stay_pinned(tmp_path):
    # exact versions; a test-scoped snapshot; a property the parent defines; the project's own module at ${project.version}
    pom = _pom(_dep("fr.ville", "core", "5.2.1") + _dep("org.outil", "verif", "2.0-SNAPSHOT", "test")
               + _dep("org.cadre", "commun", "${cadreVersion}") + _dep("fr.ville.plugins", "module-favoris-api", "${project.version}"))
    dep = _dependencies(tmp_path, pom)
    assert dep["details"]["unlocked"] == [], dep["message"]
    assert "0 without a lockfile" in dep["message"]["en"], dep["message"]


def test_a_hard_requirement_is_pinned_not_a_range(tmp_path):
    """Maven's "[4.3.9]" is exactly 4.3.9 (a range has a comma): pinned (issue 12, s48 lead, re-reader vd48 =
    lutece-secteur-public/eudonet-module-workflow-eudonetrestforms' plugin-workflow [4.3.9] listed as not pinned)."""
    from auditor.facts.maven_manifest import floating_versions
    pom = _pom(_dep("fr.ville.plugins", "plugin-workflow", "[4.3.9]") + _dep("fr.ville", "lutece-core", "[7.0.0,7.9.9)")
               + _dep("fr.ville", "plugin-forms", "[1.0,2.0),[3.0,)"))
    assert floating_versions(pom) == ["lutece-core [7.0.0,7.9.9)", "plugin-forms [1.0,2.0),[3.0,)"]
