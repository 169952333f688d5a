"""interoperability.data-standards on shapes read in session 9: a Lutece report plugin exporting its reports through
JasperReports' exporters (lutece-platform/lutece-report-plugin-jasper: CsvJasperRender.java's JRCsvExporter — "no open
format read or written")."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DS = ["interoperability.data-standards"]

_POM = """<project><modelVersion>4.0.0</modelVersion><parent><groupId>fr.paris.lutece.tools</groupId><artifactId>lutece-global-pom</artifactId>
<version>6.0.0</version></parent><groupId>fr.paris.lutece.plugins</groupId><artifactId>plugin-jasper</artifactId>
<packaging>lutece-plugin</packaging><version>1.0.0</version><dependencies>
<dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId><version>7.0.0</version><type>lutece-core</type></dependency>
<dependency><groupId>net.sf.jasperreports</groupId><artifactId>jasperreports</artifactId><version>6.20.0</version></dependency>
</dependencies></project>
"""
_RENDER = """package fr.paris.lutece.plugins.jasper.service.export;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.%(cls)s;

public class %(name)sJasperRender extends AbstractDefaultJasperRender
{
    protected byte[] getData( JasperPrint jasperPrint ) throws Exception
    {
        %(cls)s exporter = new %(cls)s( );
        exporter.setExporterInput( new SimpleExporterInput( jasperPrint ) );
        exporter.exportReport( );
        return streamReport.toByteArray( );
    }
}
"""


def _files(*renders):
    files = {"pom.xml": _POM, "webapp/WEB-INF/plugins/jasper.xml": "<plug-in><name>jasper</name><class>fr.paris.lutece.portal.service.plugin.PluginDefaultImplementation</class></plug-in>\n"}
    for name, cls in renders:
        files[f"src/java/fr/paris/lutece/plugins/jasper/service/export/{name}JasperRender.java"] = _RENDER % {"name": name, "cls": cls}
    return files


def test_a_jasper_csv_export_is_an_open_format(tmp_path):
    ds = judge(tmp_path, _files(("Csv", "JRCsvExporter"), ("Pdf", "JRPdfExporter")), DS)[1]["interoperability.data-standards"]
    assert "CSV" in ds["message"]["en"] and ds["status"] != "fail", ds["message"]["en"]


def test_a_jasper_pdf_export_alone_is_no_open_data_format(tmp_path):
    ds = judge(tmp_path, _files(("Pdf", "JRPdfExporter")), DS)[1]["interoperability.data-standards"]
    assert "CSV" not in ds["message"]["en"], ds["message"]["en"]


_SERVLET = """package fr.ville.outils.export;

import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ExportServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        String ext = request.getParameter("ext");
        response.setContentType("application/x-msdownload");
        PrintWriter out = response.getWriter();
        for (String[] row : rows()) {
            // a CSV: the columns are separated by ';'
            if (%s) {
                out.print(String.join(";", row));
            } else {
                out.print(String.join("", row));
            }
            out.println();
        }
    }
}
"""


def test_a_servlet_comparing_the_extension_literal_first_writes_csv(tmp_path):
    """Session 12 (r1): a city's Java servlet exporting its AS/400 files, its rows joined with ';' when
    ".CSV".equals(ext.toUpperCase()), was told 'no open format read or written'."""
    web = {"pom.xml": "<project><artifactId>outils</artifactId><packaging>war</packaging></project>\n",
           "src/main/webapp/WEB-INF/web.xml": "<web-app><servlet><servlet-name>export</servlet-name></servlet></web-app>\n",
           "src/main/webapp/index.jsp": "<html><body><a href='export'>Exporter</a></body></html>\n"}
    path = "src/main/java/fr/ville/outils/export/ExportServlet.java"
    ds = judge(tmp_path, {**web, path: _SERVLET % '".CSV".equals(ext.toUpperCase())'}, DS)[1]["interoperability.data-standards"]
    assert "CSV" in ds["message"]["en"] and "no open format" not in ds["message"]["en"], ds["message"]["en"]
    # an extension compared with another format's name is no CSV
    ds2 = judge(tmp_path, {**web, path: _SERVLET % '".TXT".equals(ext.toUpperCase())'}, DS, name="b")[1]["interoperability.data-standards"]
    assert "CSV" not in ds2["message"]["en"], ds2["message"]["en"]
