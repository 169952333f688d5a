"""scaling.vendor-lock-in, reusability.portability (issue 12, s31 n31 = reader s31 m23o2, DevPAMGit/affichage-des-actes): a
Département's Alfresco extension built with the SDK's All-In-One project on its Enterprise defaults (the acs-packaging BOM, the
quay.io/alfresco/alfresco-content-repository image, an Enterprise licence file copied into the image) passed "no proprietary
service of the list": it runs only on Alfresco Content Services Enterprise (Hyland), under a subscription.

Alfresco Enterprise is recognised by its own artifacts and images; the same project on Alfresco Community (LGPL:
acs-community-packaging, alfresco/alfresco-content-repository-community) stays free of lock-in."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]


def _aio(bom: str, image: str) -> dict:
    pom = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.departement</groupId><artifactId>affichage-des-actes</artifactId>"
           "<version>1.0</version><packaging>pom</packaging><properties>\n"
           "    <alfresco.groupId>org.alfresco</alfresco.groupId>\n"
           f"    <alfresco.bomDependencyArtifactId>{bom}</alfresco.bomDependencyArtifactId>\n"
           "    <alfresco.platform.version>7.2.1</alfresco.platform.version>\n"
           f"    <docker.acs.image>{image}</docker.acs.image>\n"
           "  </properties><modules><module>actes-platform</module></modules></project>\n")
    return {"README.md": "# Affichage des actes\n\nPublie les actes signés du Département sur son site.\n",
            "pom.xml": pom,
            "actes-platform-docker/src/main/docker/Dockerfile": "FROM ${docker.acs.image}:${alfresco.platform.version}\n"
                                                               "COPY extensions/*.jar /usr/local/tomcat/webapps/alfresco/WEB-INF/lib/\n",
            "actes-platform/pom.xml": "<project><artifactId>actes-platform</artifactId><packaging>jar</packaging></project>\n",
            "actes-platform/src/main/java/fr/departement/actes/PublierAction.java":
                "package fr.departement.actes;\n\npublic class PublierAction {\n    public void publier(String acte) {\n    }\n}\n"}


def test_an_enterprise_extension_is_locked_in(tmp_path):
    _, res = judge(tmp_path, _aio("acs-packaging", "quay.io/alfresco/alfresco-content-repository"), CHECKS)
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Alfresco" in lock["message"]["en"], lock["message"]  # was pass
    assert res["reusability.portability"]["status"] != "pass", res["reusability.portability"]["message"]


def test_a_community_extension_stays_free(tmp_path):
    _, res = judge(tmp_path, _aio("acs-community-packaging", "alfresco/alfresco-content-repository-community"), CHECKS)
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
