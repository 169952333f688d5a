"""Session 19 (h3): positions read through Java accessors, which interoperability.geo called "no detectable map or geographic
data". Fixture shaped like plainecommune/espacepublic-module-workflow-dansmarue (a Lutece workflow module requalifying a report by
its coordinates: `adresse.getLng( ), adresse.getLat( )` handed to a sector lookup, a DTO with setLat( Double dLat ))."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

POM = ("<project><modelVersion>4.0.0</modelVersion><parent><groupId>fr.paris.lutece.tools</groupId><artifactId>lutece-global-pom</artifactId>"
       "<version>6.0.0</version></parent><groupId>fr.paris.lutece.plugins</groupId><artifactId>module-workflow-report</artifactId>"
       "<version>1.0</version><packaging>lutece-plugin</packaging></project>\n")
BASE = "src/java/fr/paris/lutece/plugins/workflow/modules/report/"


def test_coordinates_read_through_accessors_are_positions(tmp_path):
    files = {"pom.xml": POM,
             BASE + "business/ReportDTO.java": ("package fr.paris.lutece.plugins.workflow.modules.report.business;\n\npublic class ReportDTO {\n"
                                               "    private Double _dLat;\n    private Double _dLng;\n\n    public Double getLat( )\n    {\n"
                                               "        return _dLat;\n    }\n\n    public void setLat( Double dLat )\n    {\n        _dLat = dLat;\n    }\n}\n"),
             BASE + "service/RequalifyTask.java": ("package fr.paris.lutece.plugins.workflow.modules.report.service;\n\npublic class RequalifyTask {\n"
                                                   "    public Sector sectorOf( ReportDTO report )\n    {\n"
                                                   "        return _sectorService.getSectorByGeom( report.getLng( ), report.getLat( ) );\n    }\n}\n")}
    geo = judge(tmp_path, files, ["interoperability.geo"])[1]["interoperability.geo"]
    assert geo["status"] == "not_applicable" and "reads positions as coordinates (lat, lng)" in geo["message"]["en"], geo
    assert any(e.get("path", "").endswith("RequalifyTask.java") for e in geo["evidence"]), geo["evidence"]
