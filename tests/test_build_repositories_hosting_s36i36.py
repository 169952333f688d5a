"""scaling.hosting (issue 12, session 36, i36 = DSI-Ville-Noumea/sirh-alfresco-cmis-common): a Maven library's pom.xml lists in
<repositories> the Maven repositories its build fetches from (Spring's release repository, and Alfresco's own Nexus, the only
source of one of its artifacts); pom.xml was never read for addresses, so the check passed with "no external address". The
repositories of a pom.xml (<repositories>, <pluginRepositories>, commented ones left out) and of a Gradle build
(repositories { maven { url … } }) are addresses the build fetches from,
classed like every other host: Maven Central and a framework's public repository are package registries, no dependency."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

JAVA = {"README.md": "# sirh-cmis-common\n\nClasses partagées d'accès à la GED (CMIS).\n",
        "src/main/java/nc/ville/cmis/CmisUtils.java": "package nc.ville.cmis;\n\npublic class CmisUtils {\n    public static String folder() {\n        return \"/RH\";\n    }\n}\n"}


def pom(repositories: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
            '\t<modelVersion>4.0.0</modelVersion>\n\t<groupId>nc.ville</groupId>\n\t<artifactId>sirh-cmis-common</artifactId>\n'
            '\t<version>1.2.5</version>\n\t<url>https://www.ville-exemple.nc/sirh</url>\n'
            f"{repositories}"
            '\t<dependencies>\n\t\t<dependency>\n\t\t\t<groupId>org.alfresco.cmis.client</groupId>\n'
            '\t\t\t<artifactId>alfresco-opencmis-extension</artifactId>\n\t\t\t<version>0.3</version>\n\t\t</dependency>\n'
            '\t</dependencies>\n</project>\n')


REPOSITORIES = ("\t<repositories>\n\t\t<repository>\n\t\t\t<id>spring-maven-release</id>\n\t\t\t<name>Spring Maven Release Repository</name>\n"
                "\t\t\t<url>http://maven.springframework.org/release</url>\n\t\t</repository>\n"
                "\t\t<!-- <repository> -->\n\t\t<!-- <url>http://maven.springframework.org/milestone</url> -->\n"
                "\t\t<!-- </repository> -->\n"
                "\t\t<repository>\n\t\t\t<id>nexus-ville</id>\n\t\t\t<name>Dépôt de la DSI</name>\n"
                "\t\t\t<url>https://nexus.ville-exemple.fr/nexus/content/groups/public/</url>\n\t\t</repository>\n\t</repositories>\n")
CENTRAL_ONLY = ("\t<pluginRepositories>\n\t\t<pluginRepository>\n\t\t\t<id>central</id>\n"
                "\t\t\t<url>https://repo.maven.apache.org/maven2</url>\n\t\t</pluginRepository>\n\t</pluginRepositories>\n")


def test_a_poms_repositories_are_addresses_the_build_fetches_from(tmp_path):
    r = check_result(tmp_path, {**JAVA, "pom.xml": pom(REPOSITORIES)}, "scaling.hosting")
    assert "no external address" not in r["message"]["en"], r["message"]  # was: pass "no external address"
    urls = [e["value"].get("url") for e in r["evidence"] if isinstance(e.get("value"), dict)]
    assert "https://nexus.ville-exemple.fr/nexus/content/groups/public/" in urls, r["evidence"]
    line = next(e["line"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "nexus" in str(e["value"].get("url")))
    assert pom(REPOSITORIES).splitlines()[line - 1].strip().startswith("<url>https://nexus."), line


def test_maven_central_in_a_pom_is_a_package_registry_no_dependency(tmp_path):
    r = check_result(tmp_path, {**JAVA, "pom.xml": pom(CENTRAL_ONLY)}, "scaling.hosting")
    assert r["status"] == "pass" and "package registries" in r["message"]["en"] and "apache.org" in r["message"]["en"], r["message"]


def test_a_poms_own_project_url_and_commented_repositories_stay_unread(tmp_path):
    # (XML allows no comment inside a comment: the block commented out whole, without its own commented repository)
    commented = "\t<!--\n" + "".join(ln + "\n" for ln in REPOSITORIES.splitlines() if "<!--" not in ln) + "\t-->\n"
    r = check_result(tmp_path, {**JAVA, "pom.xml": pom(commented)}, "scaling.hosting")
    assert r["status"] == "pass" and "no external address" in r["message"]["en"], r["message"]  # (nor the <url> of the project)


GRADLE = """plugins {
    id 'java-library'
}

repositories {
    mavenCentral()
    // maven { url 'https://old.nexus.ville-exemple.fr/' }
    maven { url 'https://repo.osgeo.org/repository/release/' }
}
"""
NEXUS = GRADLE.replace("}\n\"\"\"", "").replace("    mavenCentral()", "    mavenCentral()\n    maven {\n        url \"https://nexus.ville-exemple.fr/repository/maven-public/\"\n    }")


def test_a_gradle_builds_public_repositories_are_package_registries(tmp_path):
    r = check_result(tmp_path, {**JAVA, "build.gradle": GRADLE}, "scaling.hosting")
    assert r["status"] == "pass" and "osgeo.org" in r["message"]["en"], r["message"]  # was "no external address"
    assert "ville-exemple" not in str(r), r  # (a commented repository)


def test_a_gradle_builds_own_repository_is_a_host(tmp_path):
    r = check_result(tmp_path, {**JAVA, "build.gradle": NEXUS}, "scaling.hosting")
    urls = [str(e["value"].get("url")) for e in r["evidence"] if isinstance(e.get("value"), dict)]
    assert any("nexus.ville-exemple.fr" in u for u in urls), (r["message"], r["evidence"])
