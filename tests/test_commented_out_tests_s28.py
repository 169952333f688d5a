"""Issue 12, session 28 (measure 19 reader m19o2; s28 d28): reusability.tests-and-ci on test files that hold no live test.

An ENT module's only test, a JUnit class under src/test/java, is commented out line by line (every line opens with //): it was
"1 test file(s)" and a warn; a file whose tests are all in comments holds no test. A Rails application kept the stubs its generators
write beside each model and helper (require 'test_helper', an empty test class holding the commented `# test "the truth" do`): they
were counted as tests. The message says the file left out. A JUnit class with one live test among commented ones, and a Rails test with a test of its own, keep counting."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
SERVICE = ("package fr.ent.stats;\n\npublic class Aggregation {\n\n    public int total(int[] values) {\n        int t = 0;\n"
           "        for (int v : values) {\n            t += v;\n        }\n        return t;\n    }\n}\n")
LIVE = ("    @Test\n    public void totalAddsTheValues() {\n        assertEquals(6, new Aggregation().total(new int[] {1, 2, 3}));\n    }\n")
COMMENTED = "".join("//" + ln + "\n" for ln in (
    "package fr.ent.stats;", "", "import org.junit.Test;", "import static org.junit.Assert.assertEquals;", "",
    "public class AggregationTest {", "", "    @Test", "    public void totalOfNothingIsZero() {",
    "        assertEquals(0, new Aggregation().total(new int[0]));", "    }", "}"))
HALF = ("package fr.ent.stats;\n\nimport org.junit.Test;\nimport static org.junit.Assert.assertEquals;\n\n"
        "public class AggregationTest {\n\n/*\n    @Test\n    public void ancien() {\n        assertEquals(1, 1);\n    }\n*/\n\n"
        + LIVE + "}\n")
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ent</groupId><artifactId>stats</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>"
       "<scope>test</scope></dependency></dependencies></project>\n")
README = "# Statistiques\n\nLe module de statistiques de l'ENT.\n"


def _java(tmp_path, test_text, name):
    files = {"README.md": README, "pom.xml": POM, "src/main/java/fr/ent/stats/Aggregation.java": SERVICE,
             "src/test/java/fr/ent/stats/AggregationTest.java": test_text}
    return judge(tmp_path, files, [TESTS], name=name)[1][TESTS]


def test_a_junit_class_commented_out_line_by_line_is_no_test(tmp_path):
    res = _java(tmp_path, COMMENTED, "commented")
    assert res["details"]["test_files"] == 0, res["message"]
    assert res["status"] == "fail", res["message"]
    assert "1 file(s) named or placed as tests holding no test outside comments" in res["message"]["en"], res["message"]


def test_a_junit_class_with_one_live_test_keeps_counting(tmp_path):
    res = _java(tmp_path, HALF, "half")
    assert res["details"]["test_files"] == 1, res["message"]


MODEL = "class User < ApplicationRecord\n  validates :email, presence: true\nend\n"
HELPER = "module MapsHelper\n  def zoom(level)\n    [level, 18].min\n  end\nend\n"
STUB = ("require 'test_helper'\n\nclass UserTest < ActiveSupport::TestCase\n  # test \"the truth\" do\n  #   assert true\n  # end\nend\n")
EMPTY = "require 'test_helper'\n\nclass MapsHelperTest < ActionView::TestCase\nend\n"
OWN = ("require 'test_helper'\n\nclass OpeningTest < ActiveSupport::TestCase\n  test \"an email is required\" do\n"
       "    assert_not User.new.valid?\n  end\nend\n")


def test_rails_generated_test_stubs_are_not_counted_a_test_of_its_own_is(tmp_path):
    files = {"README.md": "# Programme\n\nL'application des journées du patrimoine du réseau.\n", "Gemfile": "gem 'rails', '5.2.0'\n",
             "app/models/user.rb": MODEL, "app/helpers/maps_helper.rb": HELPER, "test/models/user_test.rb": STUB,
             "test/helpers/maps_helper_test.rb": EMPTY, "test/models/opening_test.rb": OWN}
    res = judge(tmp_path, files, [TESTS], name="rails")[1][TESTS]
    assert res["details"]["test_files"] == 1, res["message"]
    assert res["details"]["generated_tests"] == 2, res["details"]
