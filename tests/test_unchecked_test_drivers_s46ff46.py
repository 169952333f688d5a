"""A scenario class that prints samples and checks nothing is no test (issue 12, s46 ff46 = reader rb46,
xotakfr/communes-bretonnes).

A JavaFX course project's Java/src/Scenario.java (and three copies of it) builds sample departments and communes in main(), sorts
them and prints the result "so that it can be compared with what is expected": no assert, no JUnit, no verdict printed.
reusability.tests-and-ci warned "4 test file(s) for 103 source file(s)": the test drivers (test_drivers, kept as tests so that their
sample values are fixtures) were counted as tests without asking whether they test anything. Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
MODEL = ("package modele;\n\n/** Une commune. */\npublic class Commune implements Comparable<Commune> {\n    private final String nom;\n\n"
         "    /** Construit une commune. */\n    public Commune(String nom) { this.nom = nom; }\n\n"
         "    /** Le nom. */\n    public String getNom() { return nom; }\n\n"
         "    @Override\n    public int compareTo(Commune o) { return nom.compareTo(o.nom); }\n}\n")
APP = ("package vue;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n/** Fenetre. */\n"
       "public class App extends Application {\n    @Override\n    public void start(Stage s) { s.show(); }\n\n"
       "    public static void main(String[] args) { launch(args); }\n}\n")


def scenario(body: str) -> str:
    return ("import modele.*;\nimport java.util.Arrays;\n\n/**\n * Cette classe permet de tester le tri des classes du modele : le resultat\n"
            " * est imprime pour etre compare a ce qui est attendu.\n */\npublic class Scenario {\n\n"
            "    /** Point d'entree. */\n    public static void main(String[] args) {\n        testTri();\n    }\n\n"
            "    /** Teste le tri. */\n    private static void testTri() {\n"
            "        Commune[] c = {new Commune(\"B\"), new Commune(\"A\")};\n        Arrays.sort(c);\n" + body + "    }\n}\n")


FILES = {"README.md": "# Communes\n\nApplication de bureau.\n", "src/modele/Commune.java": MODEL, "src/vue/App.java": APP}


def test_a_scenario_printing_samples_is_no_test(tmp_path):
    body = "        for (Commune x : c) {\n            System.out.println(x.getNom());\n        }\n"
    r = check_result(tmp_path, {**FILES, "src/Scenario.java": scenario(body)}, CID)
    assert r["details"]["test_files"] == 0, r["message"]
    assert r["status"] == "fail", r["message"]
    assert "not counted" in r["message"]["en"], r["message"]


def test_near_miss_a_scenario_checking_its_result_stays_a_test(tmp_path):
    body = "        if (!c[0].getNom().equals(\"A\")) {\n            System.out.println(\"ECHEC du tri\");\n        } else {\n" \
           "            System.out.println(\"tri OK\");\n        }\n"
    r = check_result(tmp_path, {**FILES, "src/Scenario.java": scenario(body)}, CID)
    assert r["details"]["test_files"] == 1, r["message"]


def test_near_miss_a_scenario_with_assertions_stays_a_test(tmp_path):
    body = "        assert c[0].getNom().equals(\"A\") : \"tri croissant\";\n"
    r = check_result(tmp_path, {**FILES, "src/Scenario.java": scenario(body)}, CID)
    assert r["details"]["test_files"] == 1, r["message"]
