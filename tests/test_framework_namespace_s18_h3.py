"""scaling.hosting (issue 12, s17 a1's Plaine Commune DansMaRue module, s18 h3): a Java project's package domain was the sponsor's
whenever it was a public body's, so every Lutece plugin (classes under fr/paris/lutece/…, the framework's namespace, inherited with
its parent POM fr.paris.lutece.tools) made paris.fr "the sponsor's servers", whoever publishes it. The parent POM's group names
the framework's domain: not the sponsor's, unless the sponsor is that body (its forge account)."""

from __future__ import annotations

import subprocess

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>fr.paris.lutece.tools</groupId>\n"
       "    <artifactId>lutece-global-pom</artifactId>\n    <version>5.0.2</version>\n  </parent>\n"
       "  <groupId>fr.paris.lutece.plugins</groupId>\n  <artifactId>module-voirie-rest</artifactId>\n</project>\n")
JAVA = "package fr.paris.lutece.plugins.voirie.rest;\n\npublic class VoirieRest {\n}\n"
PROPS = "voirie.rest.photo.url=http://integ.lutece.paris.fr/voirie-integ/image?id=\n"


def classes(tmp_path, owner: str, pom: str = POM) -> dict:
    files = {"README.md": "# Module REST\n", "pom.xml": pom, "src/java/fr/paris/lutece/plugins/voirie/rest/VoirieRest.java": JAVA,
             "webapp/WEB-INF/conf/plugins/voirie-rest.properties": PROPS}
    repo = make_repo(tmp_path / f"r-{owner}", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init",
                                                "author": ("Dev Presta", "dev.presta@esn-conseil.fr")}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/module-voirie-rest.git"], check=True)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{owner}", offline=True, only=["scaling.hosting"]))
    return {h["host"]: h["class"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


def test_a_frameworks_namespace_is_not_another_bodys_sponsorship(tmp_path):
    assert classes(tmp_path, "agglo-voirie") == {"paris.fr": "public-other"}


def test_the_frameworks_own_body_keeps_it(tmp_path):
    assert classes(tmp_path, "lutece-platform") == {"paris.fr": "own"}  # (the Ville de Paris's account, organisations.yml)


def test_a_package_domain_of_its_own_still_counts(tmp_path):
    pom = "<project>\n  <groupId>fr.paris.lutece.plugins</groupId>\n  <artifactId>module-voirie-rest</artifactId>\n</project>\n"
    assert classes(tmp_path, "agglo-voirie", pom) == {"paris.fr": "own"}  # no parent: the packages name the publisher's domain
