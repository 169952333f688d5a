"""A server page in a test folder is a page opened by hand, no test (issue 12, s21 k13, reader m2; shaped like a CMS plugin's
maintenance pages that raise an HTTP error on purpose, kept in a test/ folder): files.tests was true while reusability.tests-and-ci
counted no test file. A Java test class beside such pages still makes files.tests true."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PLUGIN = {
    "README.md": "# Module de référencement\n\nPlan du site et pages d'erreur pour le portail.\n",
    "plugins/RefPlugin/plugin.xml": '<?xml version="1.0"?>\n<plugin name="RefPlugin" version="1.2">\n</plugin>\n',
    "plugins/RefPlugin/jsp/plan.jsp": "<%@ page contentType=\"text/xml\" %>\n<urlset></urlset>\n",
    "plugins/RefPlugin/outils/test/erreur404.jsp": "<% response.sendError(404); %>",
    "plugins/RefPlugin/outils/test/erreur500.jsp": "<% response.sendError(500); %>",
    "WEB-INF/classes/fr/dept/ref/PlanSite.java": "package fr.dept.ref;\n\npublic class PlanSite {\n    public String nom() {\n        return \"plan\";\n    }\n}\n",
}

JAVA_TEST = {
    "WEB-INF/classes/fr/dept/ref/test/PlanSiteTest.java": ("package fr.dept.ref.test;\n\nimport org.junit.Test;\nimport static org.junit.Assert.assertEquals;\n\n"
                                                          "public class PlanSiteTest {\n    @Test\n    public void nom() {\n"
                                                          "        assertEquals(\"plan\", new fr.dept.ref.PlanSite().nom());\n    }\n}\n"),
}


def test_error_pages_in_a_test_folder_are_no_tests(tmp_path):
    report = run_audit(build(tmp_path / "r", PLUGIN), tmp_path / "c", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is False  # was true (plugins/…/test/*.jsp)
    assert results(report)["reusability.tests-and-ci"]["status"] == "fail"


def test_a_java_test_beside_the_pages_is_a_test(tmp_path):
    report = run_audit(build(tmp_path / "r", {**PLUGIN, **JAVA_TEST}), tmp_path / "c", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is True
