"""interoperability.data-standards (issue 12, s48 fc48 = readers re47 and rf47: lutece-secteur-public/espacepublic-workflow-dansmarue
and particip-module-participatoryideation-participatorybudget).

A CMS workflow module keeps its configuration in its own tables and pushes reports to partners' web services: its only "open
format" was the line importing a JSON library (`import net.sf.json.JSONObject;`) and a client method named getJSONResponse(…);
another module copies a proposal's location with `proposal.getGeoJson()` and calls a sibling plugin's REST API through org.json.
Both were failed for not describing "the data the project writes or loads" with a Table Schema. JSON read through an imported
library and GeoJSON named only by a bean's accessor are messages and the application's own records: not applicable.
Near miss: the same module answering JSON itself (a servlet writing application/json) stays judged.

The files are written for these tests, in the shape of the real repositories.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"
TASK = """package org.commune.workflow.report;

import java.util.Map;
import net.sf.json.JSONObject;

public class PartnerNotificationTask {
    private PartnerClient _client;

    public boolean notifyPartner(Report report, String url) {
        JSONObject answer = _client.getJSONResponse(report, url);
        return answer != null && "ok".equals(answer.optString("status"));
    }

    public void copyLocation(Report report, Map<String, String> target) {
        target.put("geoloc", report.getGeoJson());
    }
}
"""
SERVLET = """package org.commune.workflow.report;

import javax.servlet.http.HttpServletResponse;

public class ReportExportServlet {
    public void write(HttpServletResponse response, String body) throws java.io.IOException {
        response.setContentType("application/json");
        response.getWriter().write(body);
    }
}
"""
SQL = """CREATE TABLE report_task_config (
    id_task INT NOT NULL,
    partner_url VARCHAR(255),
    PRIMARY KEY (id_task)
);
"""
FILES = {"README.md": "# Report workflow module\n\nTasks notifying partners of street reports.\n",
         "pom.xml": "<project><artifactId>module-workflow-report</artifactId><packaging>lutece-plugin</packaging></project>\n",
         "src/sql/plugins/workflow/modules/report/plugin/create_db_report.sql": SQL,
         "webapp/WEB-INF/jsp/admin/plugins/workflow/modules/report/ManageReport.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n<p>${report}</p>\n",
         "src/java/org/commune/workflow/report/PartnerNotificationTask.java": TASK}


def test_a_json_library_and_a_geojson_accessor_publish_nothing(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "only JSON" in r["message"]["en"], r["message"]


def test_a_module_answering_json_stays_judged(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/java/org/commune/workflow/report/ReportExportServlet.java": SERVLET}, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert "JSON" in r["message"]["en"], r["message"]
