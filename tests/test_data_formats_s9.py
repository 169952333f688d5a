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
