"""reusability.tests-and-ci (issue 12, s41 fu41 = reader rg41, OPEN-ENT-NG/minibadge).

An ENT module (Java Vert.x) keeps under src/test/java a test's model, ``class TestModel implements Model<TestModel>`` (constructors,
id(), set(), toJson(): no @Test, no assertion, no JUnit import): it was counted as a test file, its name and its constructors being
read as a test class and test calls. Rule: a Java class whose only test-like marks are its own name (its declaration, its
constructors, a ``new`` of it) is no test. Near miss: a JUnit class with one @Test and an assertion, and a class named like a test
calling a test-named method (checkTest(…)), keep counting."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
SERVICE = ("package fr.ent.badge;\n\npublic class Badges {\n\n    public int total(int[] values) {\n        int t = 0;\n"
           "        for (int v : values) {\n            t += v;\n        }\n        return t;\n    }\n}\n")
HELPER = ("package fr.ent.badge.model;\n\nimport io.vertx.core.json.JsonObject;\n\n"
          "public class TestModel implements Model<TestModel> {\n    private Long id;\n\n    public TestModel() {\n    }\n\n"
          "    public TestModel(JsonObject testModel) {\n        this.set(testModel);\n    }\n\n"
          "    @Override\n    public TestModel model(JsonObject model) {\n        return new TestModel(model);\n    }\n\n"
          "    @Override\n    public TestModel set(JsonObject model) {\n        this.id = model.getLong(\"id\");\n        return this;\n    }\n}\n")
REAL = ("package fr.ent.badge;\n\nimport org.junit.Test;\nimport static org.junit.Assert.assertEquals;\n\n"
        "public class BadgesTest {\n\n    @Test\n    public void totalAddsTheValues() {\n"
        "        assertEquals(6, new Badges().total(new int[] {1, 2, 3}));\n    }\n}\n")
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ent</groupId><artifactId>badge</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>"
       "<scope>test</scope></dependency></dependencies></project>\n")
README = "# Badges\n\nLe module de badges de l'ENT.\n"


def _java(tmp_path, extra, name):
    files = {"README.md": README, "pom.xml": POM, "src/main/java/fr/ent/badge/Badges.java": SERVICE,
             "src/test/java/fr/ent/badge/BadgesTest.java": REAL, **extra}
    return judge(tmp_path, files, [TESTS], name=name)[1][TESTS]


def test_a_class_named_test_with_only_its_constructors_is_a_helper(tmp_path):
    res = _java(tmp_path, {"src/test/java/fr/ent/badge/model/TestModel.java": HELPER}, "helper")
    assert res["details"]["test_files"] == 1, res["message"]  # was 2: TestModel counted as a test
    assert "1 file(s) named or placed as tests holding no test" in res["message"]["en"], res["message"]


def test_a_class_named_test_calling_a_test_method_keeps_counting(tmp_path):
    other = HELPER.replace("this.set(testModel);", "this.set(testModel);\n        checkTest(testModel);")
    res = _java(tmp_path, {"src/test/java/fr/ent/badge/model/TestModel.java": other}, "near")
    assert res["details"]["test_files"] == 2, res["message"]
