"""A plugin's sample pages are no page it renders (issue 12, s37 fn37 = DevPAMGit/dossier-numerique-agent).

The Alfresco SDK archetype generates tutorial samples into the extension it creates: a Share widget's template under
js/tutorials/widgets/templates/ (`<div>${greeting}</div>`) and a page under site-webscripts/com/example/pages/. The module, whose own
interface is one document-library action, was judged by accessibility-and-ecodesign on that sample widget as its public page.
Pages in a folder of tutorials, examples or demos, or in Java's reserved com/example package, are no longer the plugin's pages.
Near miss: a template of the module's own (templates/ in its own package) keeps the check judging it.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.accessibility-and-ecodesign"
POM = "<project><artifactId>agents</artifactId><properties><alfresco.sdk.version>4.3.0</alfresco.sdk.version></properties></project>\n"
SHARE = "agents-share/src/main/resources/META-INF/resources/agents-share/js/"
FILES = {
    "pom.xml": POM, "README.md": "# Agents\n\nDossier numérique des agents : classement des pièces RH dans Alfresco.\n",
    "agents-platform/src/main/java/fr/dept/agents/SendAction.java": "package fr.dept.agents;\npublic class SendAction {}\n",
    SHARE + "tutorials/widgets/templates/TemplateWidget.html": '<div class="my-template-widget">${greeting}</div>\n',
    SHARE + "tutorials/widgets/TemplateWidget.js": "define(['dojo/_base/declare'], function(declare) { return declare([], {}); });\n",
    "agents-share/src/main/resources/alfresco/web-extension/site-webscripts/com/example/pages/templates/simple-page.html":
        "<h1>Simple page</h1>\n",
}


def test_an_sdks_sample_widget_is_no_page_of_the_plugin(tmp_path):
    report, res = judge(tmp_path, FILES, [CHECK])
    assert report["facts"]["project"]["plugin_pages"] == [], report["facts"]["project"]["plugin_pages"]
    assert res[CHECK]["status"] == "not_applicable", res[CHECK]  # was warn 4, judged on the sample widget


def test_a_template_of_the_modules_own_is_judged(tmp_path):
    files = {**FILES, SHARE + "agents/widgets/templates/AgentFolder.html": '<section class="agent-folder"><h2>${title}</h2></section>\n'}
    report, res = judge(tmp_path, files, [CHECK])
    assert SHARE + "agents/widgets/templates/AgentFolder.html" in report["facts"]["project"]["plugin_pages"], report["facts"]["project"]
    assert res[CHECK]["status"] != "not_applicable", res[CHECK]
