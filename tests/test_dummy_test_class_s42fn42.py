"""A hand-written test class that calls itself a dummy and names nothing of the project tests nothing of it (issue 12, session 42
fixer fn42 = DSI-Ville-Noumea/commun, reader rg42 item 1). A city's Java library of messages and constants had one test file, a
class in the default package saying "(very) dummy test class to workaround jacoco bug" whose @Test methods fill a java.util.ArrayList
of their own and assert its size; tests-and-ci counted it ("1 test file for 3 source files", pass 9). Like a generator's placeholder,
it is not counted. Near misses: the same dummy-named class asserting on one of the library's classes is a test; a class of JDK types
only that does not call itself a dummy is judged as any test. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.test</groupId><artifactId>common</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.12</version><scope>test</scope>"
       "</dependency></dependencies></project>\n")
MESSAGES = ("package nc.test.common.tech;\n\npublic class AppMessages {\n    public static String get(String key) {\n"
            "        return key == null ? \"\" : key.trim();\n    }\n}\n")
CONSTANTS = "package nc.test.common.tech;\n\npublic interface AppConstants {\n    String ZONE = \"Z1\";\n}\n"
TRAVIS = "language: java\nscript:\n- mvn test jacoco:report\n"


def dummy(comment: str, name: str, body: str, imports: str = "") -> str:
    return ("import org.junit.*;\n\nimport java.util.ArrayList;\nimport java.util.List;\n" + imports +
            "\nimport static org.junit.Assert.assertEquals;\n\n" + comment + f"public class {name} {{\n    private List<String> items;\n\n"
            "    @Before\n    public void setUp() {\n        items = new ArrayList<>();\n    }\n\n"
            f"    @Test\n    public void testOneItem() {{\n{body}    }}\n}}\n")


JDK_BODY = "        items.add(\"x\");\n        assertEquals(1, items.size());\n"
OWN_BODY = "        assertEquals(\"a\", nc.test.common.tech.AppMessages.get(\" a \"));\n"


def _res(tmp_path, test_name, text):
    return check_result(tmp_path, {"README.md": "# Common\n\nMessages et constantes communs.\n", "pom.xml": POM, ".travis.yml": TRAVIS,
                                   "src/main/java/nc/test/common/tech/AppMessages.java": MESSAGES,
                                   "src/main/java/nc/test/common/tech/AppConstants.java": CONSTANTS,
                                   f"src/test/java/nc/test/common/{test_name}.java": text}, CID)


def test_a_dummy_class_of_jdk_types_only_is_not_counted(tmp_path):
    res = _res(tmp_path, "DummyTest", dummy("/*\n * (very) dummy test class to workaround jacoco bug.\n */\n", "DummyTest", JDK_BODY))
    assert res["status"] != "pass" and "dummies" in res["message"]["en"] and res["details"]["test_files"] == 0, \
        (res["status"], res["message"]["en"])


def test_a_placeholder_said_in_a_comment_only_is_not_counted(tmp_path):
    res = _res(tmp_path, "CoverageTest", dummy("// placeholder test so that the coverage plug-in runs\n", "CoverageTest", JDK_BODY))
    assert res["details"]["test_files"] == 0 and "dummies" in res["message"]["en"], res["message"]["en"]


def test_a_dummy_named_class_calling_the_project_counts(tmp_path):
    res = _res(tmp_path, "DummyTest", dummy("/* dummy test class */\n", "DummyTest", OWN_BODY))
    assert res["details"]["test_files"] == 1 and "dummies" not in res["message"]["en"], res["message"]["en"]
    res = _res(tmp_path / "b", "DummyTest", dummy("/* dummy test class */\n", "DummyTest", "        assertEquals(\"\", AppMessages.get(null));\n",
                                                  "import nc.test.common.tech.AppMessages;\n"))
    assert res["details"]["test_files"] == 1, res["message"]["en"]


def test_a_jdk_only_class_not_calling_itself_a_dummy_counts(tmp_path):
    res = _res(tmp_path, "ListTest", dummy("/* checks the list helpers */\n", "ListTest", JDK_BODY))
    assert res["details"]["test_files"] == 1 and "dummies" not in res["message"]["en"], res["message"]["en"]
