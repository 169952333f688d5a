"""An Alfresco extension built with the Alfresco SDK is a plugin of Alfresco, and the pages a JAR carries in
src/main/resources/META-INF/resources/ are its host's, no static site (issue 12, session 37, reader rc37:
DevPAMGit/dossier-numerique-agent, a Département's agent-file module for Alfresco, taken for a static site on an 8-byte test.html
and the SDK's sample widget template).
"""

from __future__ import annotations

from tests.test_project_kind import build, run

POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.cd59</groupId>\n  <artifactId>dna</artifactId>\n"
       "  <packaging>pom</packaging>\n  <properties>\n    <alfresco.sdk.version>4.3.0</alfresco.sdk.version>\n"
       "    <alfresco.platform.version>6.2.2</alfresco.platform.version>\n  </properties>\n"
       "  <modules>\n    <module>dna-platform</module>\n    <module>dna-share</module>\n  </modules>\n</project>\n")
FILES = {
    "dna-platform/pom.xml": "<project><artifactId>dna-platform</artifactId><packaging>jar</packaging></project>\n",
    "dna-platform/src/main/java/org/cd59/dna/action/StockAndSendAction.java":
        "package org.cd59.dna.action;\n\npublic class StockAndSendAction {\n    public void executeImpl() {\n        send();\n    }\n\n"
        "    void send() {\n    }\n}\n",
    "dna-platform/src/main/resources/alfresco/module/dna-platform/module.properties": "module.id=dna-platform\nmodule.version=1.0\n",
    "dna-platform/src/main/resources/META-INF/resources/test.html": "<p>ok</p>\n",
    "dna-share/pom.xml": "<project><artifactId>dna-share</artifactId><packaging>jar</packaging></project>\n",
    "dna-share/src/main/resources/META-INF/resources/dna-share/js/widgets/templates/TemplateWidget.html":
        "<div class=\"template-widget\">\n  <h1>${greeting}</h1>\n</div>\n",
    "README.md": "# Dossier numérique de l'agent\n\nModule Alfresco qui classe les pièces du dossier d'un agent et les envoie au parapheur.\n",
}


def _project(tmp_path, files, name):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.configuration"])["facts"]["project"]


def test_an_alfresco_sdk_module_is_a_plugin_of_alfresco_not_a_site(tmp_path):
    project = _project(tmp_path, {"pom.xml": POM, **FILES}, "alf")
    assert project["kind"] == "library", project
    assert {"path": "pom.xml", "reason": "plugin of Alfresco"} in project["kind_evidence"], project["kind_evidence"]


def test_a_maven_project_without_the_alfresco_sdk_is_no_alfresco_plugin(tmp_path):
    project = _project(tmp_path, {"pom.xml": POM.replace("alfresco.sdk.version", "spring.version"), **FILES}, "plain")
    assert not any(e.get("reason") == "plugin of Alfresco" for e in project["kind_evidence"]), project
    assert project["kind"] != "static-site", project  # (a JAR's META-INF/resources pages are its host's)
