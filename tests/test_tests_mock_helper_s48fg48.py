"""reusability.tests-and-ci: a mock's factory under src/test, holding a variable named with "Test" inside, is no test (issue 12,
s48 fg48 = reader ra48, lutece-secteur-public/gru-plugin-gru).

The plugin's src/test holds 7 JUnit classes and 4 helpers; one helper, MockAdminUser.java (a static create() filling an AdminUser
from `strTestValue`, no test nor assertion), was counted as a test file: the rule reading a test class given as an argument,
`(unittest.TestCase)`, `(MyTest)`, also took `setLastName( strTestValue )`. A class name is capitalised; a variable is not. Near
miss: a runner handing a test class over as an argument stays a test file. Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
POM = "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville</groupId><artifactId>demandes</artifactId><version>1.0</version></project>\n"
SOURCE = "package fr.ville.demandes;\n\npublic class Demande {\n    private int id;\n    public int getId() { return id; }\n    public void setId(int id) { this.id = id; }\n}\n"
TEST = ("package fr.ville.demandes;\n\nimport org.junit.Test;\nimport static org.junit.Assert.assertEquals;\n\npublic class DemandeTest {\n"
        "    @Test\n    public void garde_son_identifiant() {\n        Demande d = new Demande();\n        d.setId(3);\n        assertEquals(3, d.getId());\n    }\n}\n")
MOCK = ("package fr.ville.demandes;\n\npublic class MockDemande {\n    public static Demande create() {\n        int nId = 42;\n"
        "        String strTestValue = String.valueOf( nId );\n        Demande d = new Demande();\n        d.setId( Integer.parseInt( strTestValue ) );\n"
        "        return d;\n    }\n}\n")
RUNNER = ("package fr.ville.demandes;\n\npublic class Lanceur {\n    public static void main(String[] args) {\n"
          "        Executeur.lance( DemandeTest );\n    }\n}\n")


def _files(helper_name: str, helper: str) -> dict:
    return {"pom.xml": POM, "src/main/java/fr/ville/demandes/Demande.java": SOURCE,
            "src/test/java/fr/ville/demandes/DemandeTest.java": TEST, f"src/test/java/fr/ville/demandes/{helper_name}": helper}


def test_a_mock_factory_is_no_test_file(tmp_path):
    r = check_result(tmp_path, _files("MockDemande.java", MOCK), CID)
    assert r["details"]["test_files"] == 1, r["message"]
    assert "1 file(s) named or placed as tests holding no test" in r["message"]["en"], r["message"]


def test_near_miss_a_runner_given_a_test_class_stays_a_test_file(tmp_path):
    r = check_result(tmp_path, _files("Lanceur.java", RUNNER), CID)
    assert r["details"]["test_files"] == 2, r["message"]
