"""interoperability.geo (issue 12, s48 fc48 = reader re47, lutece-secteur-public/espacepublic-workflow-dansmarue).

A workflow module of a Java CMS draws a Leaflet map in a Freemarker admin page through the host platform's map plugin: the page
includes the plugin's macro (`<@leaflet_map_includes/>`), then calls the plugin's functions to draw and zoom the map on the
report's lat/lng. No manifest, <script> nor import names Leaflet, so the check said the service "draws no map" (not applicable).
The macro of a map plugin now counts as the open map library used by that page.
Near miss: a page including another plugin's macro (an address autocompletion) with the same coordinates draws no map: unchanged.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
DTO = """package org.commune.workflow.report;

public class ReportDTO {
    private double lat;
    private double lng;
    public double getLat() { return lat; }
    public void setLat(double lat) { this.lat = lat; }
    public double getLng() { return lng; }
    public void setLng(double lng) { this.lng = lng; }
}
"""
PAGE = """<@address_autocomplete_includes/>
<@MACRO/>
<form action="jsp/admin/plugins/workflow/DoSaveTask.jsp" method="post">
    <input type="hidden" id="lat" name="lat" value="${report.lat}">
    <input type="hidden" id="lng" name="lng" value="${report.lng}">
    <div id="report_map"></div>
</form>
<script>
    $(function() {
        drawPluginMap("report_map");
        centerOn(${report.lat}, ${report.lng});
    });
</script>
"""
FILES = {"README.md": "# Workflow module\n\nTasks of the street-report workflow.\n",
         "pom.xml": "<project><artifactId>module-workflow-report</artifactId><packaging>lutece-plugin</packaging></project>\n",
         "src/java/org/commune/workflow/report/ReportDTO.java": DTO}
PAGE_PATH = "webapp/WEB-INF/templates/admin/plugins/workflow/modules/report/task_report_form.html"


def test_a_map_plugins_macro_draws_a_map(tmp_path):
    r = check_result(tmp_path, {**FILES, PAGE_PATH: PAGE.replace("MACRO", "leaflet_map_includes")}, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert "Open libraries: yes" in r["message"]["en"], r["message"]
    ev = next(e for e in r["evidence"] if "Leaflet" in str(e.get("value")))
    assert ev["path"] == PAGE_PATH and ev["line"] == 2, ev


def test_another_plugins_macro_draws_no_map(tmp_path):
    r = check_result(tmp_path, {**FILES, PAGE_PATH: PAGE.replace("MACRO", "search_form_includes")}, CID)
    assert r["status"] == "not_applicable" and "draws no map" in r["message"]["en"], r["message"]
