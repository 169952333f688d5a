"""A Java web application's release notes where Maven's tools keep them (issue 12, s15 k6), shaped like a city's JSP/servlet
applications: the site's exploitation pages keep a table of releases (releases.apt.vm) and one release note per version in a
ReleasesNotes/ folder; or the maven-changes-plugin's src/changes/changes.xml. (The ReleasesNotes/ folder, the released WARs and
each documentation folder's count: s15 k4's tests.)"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

POM = ("<project><modelVersion>4.0.0</modelVersion>\n<parent><groupId>nc.exemple</groupId><artifactId>parent-webapp</artifactId>"
       "</parent>\n<groupId>nc.exemple</groupId><artifactId>fichepaie</artifactId><version>2.1</version><packaging>war</packaging>\n"
       "<dependencies><dependency><groupId>net.sf.jt400</groupId><artifactId>jt400</artifactId><version>9.5</version></dependency>"
       "</dependencies></project>\n")
WAR = "PK\x03\x04 web archive"


def _release_note(version: str) -> str:
    return (f" -----\n fichepaie\n -----\n Service des études\n -----\n\nModifications de la version {version}\n\n"
            f"* Ce war comprend :\n\n  * Correction de l'affichage des rappels\n\n* Mise en recette :\n\n  [[1]] Déployer le war "
            f"{{{{{{../../war/{version}/fichepaie##{version}.war}}fichepaie##{version}.war}}}}\n")


def _site() -> dict:
    files = {
        "README.md": "# Fiche de paie\n\nConsultation des fiches de paie par les agents.\n",
        "pom.xml": POM,
        "src/main/java/nc/exemple/paie/FichePaie.java": "package nc.exemple.paie;\n/** A pay slip. */\npublic class FichePaie {\n}\n",
        "src/main/webapp/WEB-INF/web.xml": "<web-app><servlet><servlet-name>paie</servlet-name></servlet></web-app>\n",
        "src/site/site.xml": "<project name=\"Fiche de paie\"><body><menu name=\"Exploitation\"><item name=\"Releases\" "
                             "href=\"exploitation/releases.html\"/></menu></body></project>\n",
        "src/site/apt/home.apt": " -----\n Fiche de paie\n -----\n\nPrésentation\n\n  L'application affiche les fiches de paie.\n",
        "src/site/apt/exploitation/mise_recette.apt": " -----\n Mise en recette\n -----\n\nDéployer le war sur le serveur de recette.\n",
        "src/site/apt/exploitation/releases.apt.vm": (" -----\n Fiche de paie\n -----\n\nMises en production effectuées :\n\n"
                                                      "*----*----*\n| <<WAR>> | <<Date>> |\n*----*----*\n"
                                                      "| {{{../war/2.1/fichepaie%23%232.1.war}2.1}} | 31/03/2017 |\n*----*----*\n"),
        "src/site/resources/docs/Guide_exploitation.odt": "PK odt",
        "src/site/resources/docs/Guide_exploitation.pdf": "%PDF-1.4 guide",
    }
    for v in ("1.0", "1.1", "2.0", "2.1"):
        files[f"src/site/apt/exploitation/ReleasesNotes/WAR_{v}.apt"] = _release_note(v)
        files[f"src/site/resources/war/{v}/fichepaie##{v}.war"] = WAR
        files[f"src/site/resources/war/{v}/fichepaie##{v}.war.md5"] = "d41d8cd98f00b204e9800998ecf8427e\n"
    files["src/site/resources/war/2.2/ROOT##fichepaie-2.2.war"] = WAR
    return files


def test_the_maven_sites_releases_page_is_the_changelog(tmp_path):
    """A Maven site whose releases page (releases.apt.vm, 'Mises en production effectuées', one row a version) is its only
    release notes: community-files said 'missing: CHANGELOG' (shaped like DSI-Ville-Noumea's sites without their ReleasesNotes/)."""
    files = {k: v for k, v in _site().items() if "ReleasesNotes/" not in k}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.community-files"]))
    cf = res["documentation.community-files"]
    assert "CHANGELOG" in cf["message"]["en"].split(";")[0], cf["message"]  # in "Present: …", no longer in "missing: …"
    found = [e for e in cf["evidence"] if e.get("value") == "changelog"]
    assert found and found[0]["path"] == "src/site/apt/exploitation/releases.apt.vm" and found[0]["kind"] == "found", found


def test_maven_changes_file_is_the_changelog_and_other_site_pages_are_not(tmp_path):
    """The maven-changes-plugin's src/changes/changes.xml is a changelog; a site of a home page and a deployment page has none."""
    files = {k: v for k, v in _site().items() if "ReleasesNotes/" not in k and not k.endswith("releases.apt.vm")}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.community-files"]))
    assert "CHANGELOG" in res["documentation.community-files"]["message"]["en"].split("missing:")[-1]
    files["src/changes/changes.xml"] = ("<document><body><release version=\"2.1\" date=\"2017-03-31\"><action dev=\"etudes\" "
                                        "type=\"fix\">Affichage des rappels</action></release></body></document>\n")
    res = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["documentation.community-files"]))
    cf = res["documentation.community-files"]
    assert [e["path"] for e in cf["evidence"] if e.get("value") == "changelog" and e["kind"] == "found"] == ["src/changes/changes.xml"], cf
