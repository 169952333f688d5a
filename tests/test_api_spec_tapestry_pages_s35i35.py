"""interoperability.api-spec (issue 12, s35 i35 = DSI-Ville-Noumea/gasel): a Tapestry 4 web application (pages, a servlet writing
an Excel download) answers no JSON: it serves its pages, not an API, and was "warn 4: Web application (org.apache.tapestry:
tapestry-annotations) without an API specification" because Tapestry was not among the frameworks whose JSON answers are read.
Near misses: a Tapestry component rendering JSON (IJSONRender's renderComponent(IJSONWriter …)) or a Tapestry 5 event handler
returning a JSONObject keeps the hedge."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.api-spec"

POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>nc.ccas</groupId>
  <artifactId>gestion</artifactId>
  <version>3.1</version>
  <packaging>war</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.tapestry</groupId>
      <artifactId>tapestry-framework</artifactId>
      <version>4.1.6</version>
    </dependency>
    <dependency>
      <groupId>org.apache.tapestry</groupId>
      <artifactId>tapestry-annotations</artifactId>
      <version>4.1.6</version>
    </dependency>
    <dependency>
      <groupId>javax.servlet</groupId>
      <artifactId>servlet-api</artifactId>
      <version>2.4</version>
      <scope>provided</scope>
    </dependency>
  </dependencies>
</project>
"""

PAGE = """package nc.ccas.gestion.pages;

import org.apache.tapestry.annotations.InjectObject;
import org.apache.tapestry.html.BasePage;

public abstract class Accueil extends BasePage {
    @InjectObject("service:app.Dossiers")
    public abstract Object getDossiers();

    public String getTitre() {
        return "Accueil";
    }
}
"""

SERVLET = """package nc.ccas.gestion.reports;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

public class ActualiteReportServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        resp.setContentType("application/vnd.ms-excel");
        wb.write(resp.getOutputStream());
    }
}
"""

NULL_WRITER = """package nc.ccas.gestion.xls;

import java.io.PrintWriter;
import org.apache.tapestry.json.IJSONWriter;
import org.apache.tapestry.markup.MarkupWriterSource;
import org.apache.tapestry.util.ContentType;

class NullMarkupWriterSource implements MarkupWriterSource {
    public IJSONWriter newJSONWriter(PrintWriter writer, ContentType contentType) {
        return null;
    }
}
"""

JSON_COMPONENT = """package nc.ccas.gestion.components;

import org.apache.tapestry.IJSONRender;
import org.apache.tapestry.IRequestCycle;
import org.apache.tapestry.BaseComponent;
import org.apache.tapestry.json.IJSONWriter;

public abstract class Suggestions extends BaseComponent implements IJSONRender {
    public void renderComponent(IJSONWriter writer, IRequestCycle cycle) {
        writer.object().put("nom", "Dupont");
    }
}
"""

T5_PAGE = """package nc.ccas.gestion.pages;

import org.apache.tapestry5.json.JSONObject;

public class Recherche {
    JSONObject onSuggest(String terme) {
        return new JSONObject("nom", terme);
    }
}
"""

WEB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<web-app>
	<servlet>
		<servlet-name>gestion</servlet-name>
		<servlet-class>org.apache.tapestry.ApplicationServlet</servlet-class>
		<load-on-startup>0</load-on-startup>
	</servlet>
	<servlet>
		<servlet-name>actualite</servlet-name>
		<servlet-class>nc.ccas.gestion.reports.ActualiteReportServlet</servlet-class>
	</servlet>
	<servlet-mapping>
		<servlet-name>gestion</servlet-name>
		<url-pattern>/app</url-pattern>
	</servlet-mapping>
	<servlet-mapping>
		<servlet-name>actualite</servlet-name>
		<url-pattern>/reports/actualite</url-pattern>
	</servlet-mapping>
</web-app>
"""

HTML = "<html><body><span jwcid='@Insert' value='ognl:titre'/></body></html>\n"


def check(tmp_path, extra):
    files = {"README.md": "# Gestion\n\nApplication web de gestion des dossiers du CCAS.\n", "webapp/pom.xml": POM,
             "webapp/src/main/java/nc/ccas/gestion/pages/Accueil.java": PAGE,
             "webapp/src/main/webapp/WEB-INF/Accueil.html": HTML, "webapp/src/main/webapp/WEB-INF/Accueil.page": "<page-specification/>\n",
             "webapp/src/main/webapp/WEB-INF/web.xml": WEB_XML, "webapp/src/main/webapp/WEB-INF/gestion.application": "<application/>\n",
             "webapp/src/main/java/nc/ccas/gestion/reports/ActualiteReportServlet.java": SERVLET,
             "webapp/src/main/java/nc/ccas/gestion/xls/NullMarkupWriterSource.java": NULL_WRITER, **extra}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_tapestry_application_serving_its_pages_needs_no_api_spec(tmp_path):
    r = check(tmp_path, {})
    assert r["status"] == "not_applicable", r["message"]
    assert "serving its pages" in r["message"]["en"], r["message"]


def test_a_tapestry_component_rendering_json_keeps_the_hedge(tmp_path):
    r = check(tmp_path, {"webapp/src/main/java/nc/ccas/gestion/components/Suggestions.java": JSON_COMPONENT})
    assert r["status"] == "warn", r["message"]


def test_a_tapestry5_handler_returning_json_keeps_the_hedge(tmp_path):
    r = check(tmp_path, {"webapp/src/main/java/nc/ccas/gestion/pages/Recherche.java": T5_PAGE})
    assert r["status"] == "warn", r["message"]
