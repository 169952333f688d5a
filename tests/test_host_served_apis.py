"""JSON served through a host or a servlet container, with no web framework among the dependencies (issue 12, session 6's
first reads): a Drupal module's routes with ``_format: json`` (e-Collectivites/pleiade-custom-modules), a Lutece module's
servlet answering JSON (lutece-secteur-public/chat-module-chatbot-stationnement). An API is served: never "no served API
detected (no server framework)". (A Jalios JCMS plugin's ``<openapi>`` REST resources make it judged as an API by its kind.)"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ROUTING = ("api_glpi_pleiade.settings_form:\n  path: '/admin/config/api_glpi_pleiade/settings'\n  defaults:\n"
           "    _form: '\\Drupal\\api_glpi_pleiade\\Form\\SettingsForm'\n  requirements:\n    _permission: 'administer site configuration'\n\n"
           "api_glpi_pleiade.glpi_list_tickets:\n  path: '/v1/api_glpi_pleiade/glpi_list_tickets'\n  defaults:\n"
           "    _controller: '\\Drupal\\api_glpi_pleiade\\Controller\\GlpiController::glpi_list_tickets'\n    _title: 'Tickets Query'\n"
           "    _format: json\n  requirements:\n    _access: 'TRUE'\n")
CONTROLLER = ("<?php\n\nnamespace Drupal\\api_glpi_pleiade\\Controller;\n\nuse Drupal\\Core\\Controller\\ControllerBase;\n"
              "use Symfony\\Component\\HttpFoundation\\JsonResponse;\n\n/**\n * Tickets of the signed-in user.\n */\n"
              "class GlpiController extends ControllerBase {\n\n  /**\n   * Lists the tickets.\n   */\n"
              "  public function glpi_list_tickets() {\n    return new JsonResponse([]);\n  }\n\n}\n")
PLEIADE = {"README.md": "# Pléiade\n\nModules Drupal de l'intranet Pléiade : connecteurs GLPI, Pastell, Zimbra.\n",
           "api_glpi_pleiade/api_glpi_pleiade.info.yml": "name: 'API GLPI Pleiade'\ntype: module\ncore_version_requirement: ^9.5 || ^10\n",
           "api_glpi_pleiade/api_glpi_pleiade.routing.yml": ROUTING,
           "api_glpi_pleiade/src/Controller/GlpiController.php": CONTROLLER}
SERVLET = ("package fr.paris.lutece.plugins.chatbot.modules.stationnement.web;\n\nimport java.io.IOException;\n"
           "import javax.servlet.http.HttpServlet;\nimport javax.servlet.http.HttpServletRequest;\nimport javax.servlet.http.HttpServletResponse;\n\n"
           "/** Answers the chatbot's webhook. */\npublic class NoFeesDayActionServlet extends HttpServlet\n{\n"
           "    @Override\n    protected void service( HttpServletRequest request, HttpServletResponse response ) throws IOException\n    {\n"
           "        String strFullResponse = \"{\\\"replies\\\": []}\";\n        response.setHeader( \"Content-Type\", \"application/json\" );\n"
           "        response.getWriter().print( strFullResponse );\n    }\n}\n")
POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <artifactId>lutece-global-pom</artifactId>\n"
       "    <groupId>fr.paris.lutece.tools</groupId>\n    <version>3.0.5</version>\n  </parent>\n  <groupId>fr.paris.lutece.plugins</groupId>\n"
       "  <artifactId>module-chatbot-stationnement</artifactId>\n  <packaging>lutece-plugin</packaging>\n  <version>1.0.0</version>\n"
       "  <dependencies>\n    <dependency>\n      <groupId>fr.paris.lutece.plugins</groupId>\n      <artifactId>plugin-chatbot</artifactId>\n"
       "      <version>[1.0.0,)</version>\n      <type>lutece-plugin</type>\n    </dependency>\n  </dependencies>\n</project>\n")
LUTECE = {"README.md": "# Module chatbot stationnement\n\nUn robot conversationnel qui répond aux questions sur le stationnement à Paris.\n",
          "pom.xml": POM, "webapp/WEB-INF/plugins/chatbot-stationnement.xml": "<plug-in>\n  <name>chatbot-stationnement</name>\n</plug-in>\n",
          "webapp/jsp/admin/plugins/chatbot/modules/stationnement/ManageNoFeesDays.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n<div></div>\n",
          "src/java/fr/paris/lutece/plugins/chatbot/modules/stationnement/web/NoFeesDayActionServlet.java": SERVLET}


def test_a_drupal_modules_json_routes_are_a_served_api(tmp_path):
    _, res = judge(tmp_path, PLEIADE, ["interoperability.api-spec"])
    r = res["interoperability.api-spec"]
    # (named by its JSON routes, or by the controller answering new JsonResponse(…))
    assert r["status"] == "warn" and ("api_glpi_pleiade.routing.yml" in r["message"]["en"] or "GlpiController.php" in r["message"]["en"]) \
        and "OpenAPI" in r["message"]["fr"], r


def test_a_servlet_answering_json_is_a_served_api(tmp_path):
    _, res = judge(tmp_path, LUTECE, ["interoperability.api-spec"])
    r = res["interoperability.api-spec"]
    assert r["status"] == "warn" and "NoFeesDayActionServlet.java" in r["message"]["en"], r



# A Lutece back office's JSP bean answering its own pages' scripts with JSON (session 16's reads r1/r4: a street-reports plugin's
# SignalementJspBean, response.setContentType( EXTENSION_APPLICATION_JSON ) then a JSONBuilder on the writer): the reason given was
# "no code answering JSON", which was false. The code answers JSON to its own pages (not applicable, with that reason); a servlet
# answering JSON through a constant is still a served API.
JSP_BEAN = ("package fr.paris.lutece.plugins.signalement.web;\n\nimport javax.servlet.http.HttpServletRequest;\n"
            "import javax.servlet.http.HttpServletResponse;\n\n/** Back office of the reports. */\n"
            "public class ManageSignalementJspBean extends AbstractJspBean\n{\n"
            "    private static final String EXTENSION_APPLICATION_JSON = \"application/json\";\n\n"
            "    public void getSectorList( HttpServletRequest request, HttpServletResponse response ) throws java.io.IOException\n    {\n"
            "        response.setContentType( EXTENSION_APPLICATION_JSON );\n        response.getWriter( ).print( \"[]\" );\n    }\n}\n")


def test_a_jsp_beans_json_answers_its_own_pages(tmp_path):
    files = {**{k: v for k, v in LUTECE.items() if not k.endswith("Servlet.java")},
             "src/java/fr/paris/lutece/plugins/signalement/web/ManageSignalementJspBean.java": JSP_BEAN}
    r = judge(tmp_path, files, ["interoperability.api-spec"])[1]["interoperability.api-spec"]
    assert r["status"] == "not_applicable" and "own pages" in r["message"]["en"], r
    assert "ManageSignalementJspBean.java" in r["message"]["en"], r
    servlet = SERVLET.replace('response.setHeader( "Content-Type", "application/json" );', "response.setContentType( CONTENT_TYPE_JSON );")
    r = judge(tmp_path / "s", {**LUTECE, "src/java/fr/paris/lutece/plugins/chatbot/modules/stationnement/web/NoFeesDayActionServlet.java": servlet},
              ["interoperability.api-spec"])[1]["interoperability.api-spec"]
    assert r["status"] == "warn" and "NoFeesDayActionServlet.java" in r["message"]["en"], r


def test_a_lutece_views_response_json_answers_its_own_pages(tmp_path):
    """A Lutece XPage (MVCApplication) answering its editor's AJAX calls through Lutece MVC's helper (return responseJSON(…)):
    its own pages' answers, not a served API (r4's wiki plugin)."""
    xpage = ("package fr.paris.lutece.plugins.wiki.web;\n\n/** The wiki's front office. */\npublic class WikiApp extends MVCApplication\n{\n"
             "    @Action( \"autosave\" )\n    public XPage doAutosave( HttpServletRequest request )\n    {\n"
             "        return responseJSON( \"{\\\"saved\\\": true}\" );\n    }\n}\n")
    files = {**{k: v for k, v in LUTECE.items() if not k.endswith("Servlet.java")},
             "src/java/fr/paris/lutece/plugins/wiki/web/WikiApp.java": xpage}
    r = judge(tmp_path, files, ["interoperability.api-spec"])[1]["interoperability.api-spec"]
    assert r["status"] == "not_applicable" and "own pages" in r["message"]["en"] and "WikiApp.java" in r["message"]["en"], r
