"""Session 15 (h1), issue 12 (JSP not read in the JCMS and Lutece plugins): Java server pages hold much of a JCMS plugin's
code in their scriptlets, yet the test ratio counted only its Java classes, the text scan read the pages as markup (a SQL query
with a commune's INSEE code or a sign-in form in a scriptlet page was never seen, as it is in a PHP or ASP page), JSP tag files
were not read at all, and a page drawing a Google map through the Maps JavaScript API whose script tag another plugin's
fragment writes named no Google Maps Platform. Fixtures shaped like a département's JCMS plugin and a Lutece plugin."""

from __future__ import annotations

from auditor.facts.server_pages import holds_logic, is_server_page
from tests.test_local_authority_verdicts import judge
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

# a JCMS portlet's page: imports, the JCMS init include, and Java deciding what to show
PORTLET = ('<%@ page contentType="text/html; charset=UTF-8" %><%\n%><%@ include file=\'/jcore/doInitPage.jspf\' %><%\n'
           '%><%@ page import="com.jalios.util.Util" %>\n<%\nString commune = getUntrustedStringParameter("commune", null);\n'
           'if (Util.notEmpty(commune)) {\n  request.setAttribute("commune", commune);\n}\n%>\n<div class="portlet"><%= commune %></div>\n')
LOOP = ('<%@ include file=\'/jcore/doInitPage.jspf\' %>\n<ul>\n<% for (Publication pub : box.getPublications()) { %>\n'
        '  <li><%= pub.getTitle() %></li>\n<% } %>\n</ul>\n')
# a Lutece admin page: the bean does the work, the page wires it (no logic of its own)
STUB = ('<%@ page errorPage="../../ErrorPage.jsp" %>\n<jsp:include page="../../AdminHeader.jsp" />\n'
        '<jsp:useBean id="manageAgenda" scope="session" class="fr.paris.lutece.plugins.agenda.web.AgendaJspBean" />\n'
        '<% manageAgenda.init( request, manageAgenda.RIGHT_MANAGE ); %>\n<%= manageAgenda.getManage( request ) %>\n'
        '<%@ include file="../../AdminFooter.jsp" %>\n')
MARKUP = ('<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>\n<%-- if (x) { shown } --%>\n'
          '<c:if test="${not empty agenda}"><h2>${agenda.title}</h2></c:if>\n')
JAVA = "package fr.example.agenda;\n\n/** An event. */\npublic class Event {\n  /** Its title. */\n  public String title() {\n    return \"\";\n  }\n}\n"
TEST = "package fr.example.agenda;\n\nimport org.junit.Test;\n\npublic class EventTest {\n  @Test\n  public void title() {\n    new Event();\n  }\n}\n"
PLUGIN = {
    "README.md": "# Agenda\n\nUn module d'agenda des événements du Département.\n",
    "WEB-INF/plugins/AgendaPlugin/plugin.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<plugin name="AgendaPlugin" version="0.1" author="DEP">\n</plugin>\n',
    "WEB-INF/classes/fr/example/agenda/Event.java": JAVA,
    "WEB-INF/classes/fr/example/agenda/Place.java": JAVA.replace("Event", "Place"),
    "src/test/java/fr/example/agenda/EventTest.java": TEST,
    "plugins/AgendaPlugin/types/PortletAgenda/doPortletAgendaFullDisplay.jsp": PORTLET,
    "plugins/AgendaPlugin/jsp/list.jspf": LOOP,
    "webapp/jsp/admin/plugins/agenda/ManageAgenda.jsp": STUB,
    "plugins/AgendaPlugin/jsp/title.jsp": MARKUP,
}


def test_pages_whose_scriptlets_hold_logic_are_source_files_for_the_test_ratio(tmp_path):
    r = results(run(build(tmp_path / "r", PLUGIN), tmp_path / "c", only=["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    # two classes and the two pages deciding or looping in Java; the Lutece stub and the JSTL page are not source files
    assert (r["details"]["source_files"], r["details"]["test_files"]) == (4, 1), r["message"]
    assert "of which 2 Java server page(s)" in r["message"]["en"] and "dont 2 page(s) JSP" in r["message"]["fr"]


def test_scriptlets_directives_comments_and_expressions_are_told_apart():
    assert holds_logic(PORTLET) and holds_logic(LOOP)
    assert not holds_logic(STUB) and not holds_logic(MARKUP)
    assert holds_logic('<jsp:root><jsp:scriptlet>while (it.hasNext()) { out.print(it.next()); }</jsp:scriptlet></jsp:root>')
    assert is_server_page("src/main/webapp/WEB-INF/tags/field.tag") and not is_server_page("src/components/todo.tag")


SQL_PAGE = ('<%@ page import="java.sql.*" %>\n<%\nConnection conn = ds.getConnection();\n'
            'PreparedStatement st = conn.prepareStatement("SELECT nom, prenom, email, telephone, date_naissance FROM agents '
            'WHERE code_insee = \'44109\'");\nString password = "Annuaire2019!";\n%>\n'
            '<html><body>\n<form method="post" action="{page}">\n<input type="text" name="nom" />\n'
            '<input type="text" name="date_naissance" />\n<input type="password" name="motdepasse" />\n</form>\n</body></html>\n')
CHECKS = ["reusability.territory-neutral", "interoperability.identifiers", "scaling.personal-data", "reusability.secrets"]


def _verdicts(tmp_path, ext):
    res = judge(tmp_path, {f"src/main/webapp/annuaire.{ext}": SQL_PAGE.replace("{page}", f"annuaire.{ext}"),
                           "README.md": "# Annuaire\n\nUne page de recherche des agents.\n"}, CHECKS, name=ext)[1]
    return {k: (res[k]["status"], res[k]["message"]["en"].replace(f"annuaire.{ext}", "annuaire")) for k in CHECKS}, res


def test_a_server_page_is_read_as_a_php_page_is(tmp_path):
    jsp, res = _verdicts(tmp_path, "jsp")
    # the personal data its SQL reads and the password its scriptlet holds, as in a PHP page (read as markup, neither was seen)
    assert res["scaling.personal-data"]["status"] == "warn", res["scaling.personal-data"]["message"]
    assert res["reusability.secrets"]["status"] == "fail", res["reusability.secrets"]["message"]
    assert any(e.get("path") == "src/main/webapp/annuaire.jsp" and e.get("line") == 4 for e in res["interoperability.identifiers"]["evidence"])
    php, _ = _verdicts(tmp_path, "php")
    assert jsp == php


def test_a_tag_file_is_a_java_server_page_and_a_riot_tag_is_not(tmp_path):
    files = {"README.md": "# Balises\n\nDes balises de formulaire.\n",
             "src/main/webapp/WEB-INF/tags/adresse.tag": '<%@ tag body-content="empty" %>\n<%@ attribute name="champ" %>\n<input name="${champ}"/>\n',
             "src/components/todo.tag": "<todo><h3>{ opts.title }</h3><script>this.items = []</script></todo>\n"}
    langs = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.tests-and-ci"])["facts"]["languages"]
    assert langs.get("JSP") == 1, langs


MAP_PAGE = ('<%@ include file=\'/jcore/doInitPage.jspf\' %>\n'
            '<%@ include file=\'/plugins/ToolsPlugin/types/PortletGoogleMaps/includeJsGoogleMaps.jspf\' %>\n'
            '<div id="map-canvas"></div>\n<script>\nvar map = new google.maps.Map(document.getElementById("map-canvas"), {zoom: 9});\n'
            'var marker = new google.maps.Marker({position: new google.maps.LatLng(47.2, -1.5), map: map});\n</script>\n')


def test_a_google_map_drawn_by_a_page_whose_script_another_plugin_writes_is_google_maps(tmp_path):
    files = {**PLUGIN, "plugins/AgendaPlugin/jsp/map.jsp": MAP_PAGE}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    found = [e for e in res["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("service") == "Google Maps Platform"]
    assert found and found[0]["path"] == "plugins/AgendaPlugin/jsp/map.jsp" and found[0]["line"] == 5, res["evidence"]


# Other server pages and templates: ASP.NET (Razor views, Web Forms) mix C# with the page as JSP does; Velocity and FreeMarker
# templates were not read at all (a FreeMarker .ftl was taken for a Fluent message file)
RAZOR = ('@model Annuaire.Models.Agent\n@{\n    ViewData["Title"] = "Fiche";\n    var password = "Annuaire2019!";\n}\n'
         '<form asp-action="Enregistrer">\n  <input asp-for="Nom" name="nom" />\n  <input name="date_naissance" />\n</form>\n'
         '@section Scripts {\n  <script src="https://maps.googleapis.com/maps/api/js?key=@ViewData["Cle"]"></script>\n}\n')
HEADER = ('<%@ page contentType="text/html; charset=UTF-8" %>\n<head>\n'
          '  <script src="https://code.jquery.com/jquery-1.11.3.min.js"></script>\n</head>\n')


def test_an_aspnet_view_is_read_as_server_code(tmp_path):
    files = {"README.md": "# Annuaire\n\nUne application de fiches.\n", "Views/Agents/Fiche.cshtml": RAZOR}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets", "scaling.vendor-lock-in"]))
    assert res["reusability.secrets"]["status"] == "fail", res["reusability.secrets"]["message"]
    assert any(isinstance(e.get("value"), dict) and e["value"].get("service") == "Google Maps Platform" and e["path"] == "Views/Agents/Fiche.cshtml"
               for e in res["scaling.vendor-lock-in"]["evidence"]), res["scaling.vendor-lock-in"]["evidence"]


def test_freemarker_and_velocity_templates_are_templates_and_fluent_files_stay_messages():
    from auditor.facts.textscan import file_class
    assert file_class("src/main/resources/templates/fiche.ftl") == "template"
    assert file_class("webapp/WEB-INF/templates/skin/plugins/agenda/agenda.vm") == "template"
    assert file_class("locales/en-US/main.ftl") == file_class("app/fr/main.ftl") == "i18n"
    assert file_class("Views/Home/Index.cshtml") == file_class("Default.aspx") == file_class("Controls/Menu.ascx") == "code"


def test_a_jquery_loaded_by_a_page_fragment_is_read_for_its_end_of_life(tmp_path):
    files = {**PLUGIN, "plugins/AgendaPlugin/jsp/header.jspf": HEADER}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert "Past end of life: jQuery 1" in r["message"]["en"] and "header.jspf" in str(r["evidence"]), r["message"]


def test_a_site_ownership_token_in_a_layouts_meta_tag_is_no_secret(tmp_path):
    layout = ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n    <meta name="msvalidate.01" content="5FB4E918C5602D8C8F147AF7B2BBCD38" />\n'
              '    <meta name="google-site-verification" content="q3Xv9Lk2Rz8WmT4nB7yH1cJ6pD0sF5gA2eK9uN3oQ" />\n</head>\n<body>@RenderBody()</body>\n</html>\n')
    files = {"README.md": "# Points d'intérêt\n\nUne application.\n", "Views/Shared/_Layout.cshtml": layout, "public/index.html": layout.replace("@RenderBody()", "")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "pass" and r["score"] == 10, r["message"]
