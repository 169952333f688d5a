"""One rule for "the project has tests" (issue 12, session 23, reader a2's sdis-remocra): the report's facts.files.tests said true
while reusability.tests-and-ci counted "0 fichier(s) de test" in the same report. The fact took any test-named or test-placed
path for a test: a Java webapp's src/test/resources (DBUnit datasets, XSDs, a Jetty setting) — the data tests would read, with
no test class beside them. The check's count (source_inventory: program files, YAML test sets, Gherkin and Selenese scenarios,
Rust inline tests, less set-ups, data, helpers holding no test and generators' placeholders) is the right one: the fact now
says whether that count is above zero, so the two agree on every repository."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CHECK = "reusability.tests-and-ci"

APP = {
    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>alertes</artifactId>"
               "<version>1.0</version><packaging>war</packaging></project>\n",
    "README.md": "# Alertes\n\nApplication de suivi des points d'eau d'un service d'incendie.\n",
    "app/src/main/java/fr/exemple/alertes/PointEau.java": "package fr.exemple.alertes;\n\npublic class PointEau {\n"
        "    private final String code;\n    public PointEau(String code) { this.code = code; }\n"
        "    public String code() { return code; }\n}\n",
    "app/src/main/java/fr/exemple/alertes/Tournee.java": "package fr.exemple.alertes;\n\npublic class Tournee {\n"
        "    public int duree(int points) { return points > 10 ? points * 2 : points; }\n}\n",
    # the data and settings tests would read, and no test class
    "app/src/test/resources/db/JeuDeDonnees.xml": "<dataset><point_eau id=\"1\" code=\"PE-01\"/></dataset>\n",
    "app/src/test/resources/db/ToutEffacer.xml": "<dataset><point_eau/></dataset>\n",
    "app/src/test/resources/xml/PointsEau.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"p\"/>"
                                                "</xs:schema>\n",
    "app/src/test/webapp/jetty-sanscache.xml": "<Configure class=\"org.eclipse.jetty.webapp.WebAppContext\"/>\n",
    # a browser test runner's bootstrap that loads no spec, and a mock of the message box
    "app/src/main/webapp/js/test/app-test.js": "Ext.application({\n    name: 'Alertes',\n    launch: function() {\n"
        "        jasmine.getEnv().addReporter(new jasmine.TrivialReporter());\n        jasmine.getEnv().execute();\n    }\n});\n",
    "app/src/main/webapp/js/test/util/Messages.js": "Ext.define('Alertes.util.Messages', {\n    singleton: true,\n    nombre: 0,\n"
        "    afficher: function(titre, texte) {\n        this.nombre = this.nombre + 1;\n    }\n});\n",
}

JUNIT = ("package fr.exemple.alertes;\n\nimport org.junit.Test;\nimport static org.junit.Assert.assertEquals;\n\n"
         "public class TourneeTest {\n    @Test\n    public void doubleAuDelaDeDixPoints() {\n"
         "        assertEquals(22, new Tournee().duree(11));\n    }\n}\n")


def _report(repo, tmp_path, files, name="r"):
    path = repo([{"files": files}], name=name)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / f"c-{name}", only=[CHECK]))
    return report["facts"]["files"]["tests"], report["results"][0]


def test_test_resources_and_a_bootstrap_are_no_tests_for_the_fact_as_for_the_check(repo, tmp_path):
    tests, res = _report(repo, tmp_path, APP)
    assert res["details"]["test_files"] == 0, res["message"]
    assert tests is False


def test_a_junit_test_beside_them_makes_both_say_tests(repo, tmp_path):
    tests, res = _report(repo, tmp_path, {**APP, "app/src/test/java/fr/exemple/alertes/TourneeTest.java": JUNIT}, name="t")
    assert res["details"]["test_files"] == 1, res["message"]
    assert tests is True


def test_the_fact_follows_the_checks_other_kinds_of_tests(repo, tmp_path):
    """A Gherkin scenario in a test folder and a Python test module: counted by the check, so said by the fact."""
    files = {"README.md": "# Outil\n", "outil/calcul.py": "def double(x):\n    return 2 * x\n",
             "tests/features/calcul.feature": "Feature: calcul\n  Scenario: doubler\n    Given un nombre 2\n    Then j'obtiens 4\n"}
    tests, res = _report(repo, tmp_path, files, name="g")
    assert res["details"]["test_files"] == 1 and tests is True, res["message"]
    files = {"README.md": "# Outil\n", "outil/calcul.py": "def double(x):\n    return 2 * x\n",
             "tests/test_calcul.py": "from outil.calcul import double\n\n\ndef test_double():\n    assert double(2) == 4\n"}
    tests, res = _report(repo, tmp_path, files, name="p")
    assert res["details"]["test_files"] == 1 and tests is True, res["message"]
