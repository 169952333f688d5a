"""A Maven site's xdoc page holding the installation (issue 12, session 16, r4's etatcivil-module-formengine-etatcivil: a Lutece
module whose src/site/fr/xdoc/configuration.xml opens on <section name="Installation">, unzip the binary distribution into a webapp
holding the core or build from sources) was not read: 'written instructions: no'. Such a page is an install document, whatever
its name; a site page of another subject is not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville.cms.plugins</groupId><artifactId>module-demande-acte</artifactId>"
       "<packaging>lutece-plugin</packaging><version>1.0</version></project>\n")
JAVA = "package fr.ville.acte;\n\npublic class Demande\n{\n    public int id( )\n    {\n        return 1;\n    }\n}\n"


def _page(section: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n\t<properties>\n\t\t<title>Module : Configuration</title>\n\t</properties>\n"
            f"\t<body>\n\t\t<section name=\"{section}\">\n\t\t\t<p>Le contenu de l'archive doit être décompressé dans une webapp "
            "contenant déjà le coeur, puis le serveur relancé.</p>\n\t\t</section>\n\t</body>\n</document>\n")


def _install(tmp_path, section: str, name: str) -> dict:
    files = {"pom.xml": POM, "src/java/fr/ville/acte/Demande.java": JAVA, "src/site/site.xml": "<project><body/></project>\n",
             "src/site/fr/xdoc/configuration.xml": _page(section)}
    return judge(tmp_path, files, ["reusability.install"], name)[1]["reusability.install"]


def test_a_site_page_with_an_installation_section_is_an_install_document(tmp_path):
    res = _install(tmp_path, "Installation", "a")
    assert "written instructions: yes" in res["message"]["en"], res["message"]


def test_a_site_page_of_another_subject_is_not(tmp_path):
    res = _install(tmp_path, "Historique des versions", "b")
    assert "written instructions: no" in res["message"]["en"], res["message"]
