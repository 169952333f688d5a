"""Test drivers of a program without a test framework are tests (issue 12, s39 fe39 = measure reader ra39 on elucas0/SAE-PNR).

A JavaFX course project tests its model classes with ScenarioDonnee.java ("Class that tes all the classes in the package donnee") and
ScenarioTraitement.java ("Test the package traitement"), each a main() building sample objects: a point near Lorient, two sightings
in Paris and Lyon. reusability.territory-neutral warned "3 territory-specific value(s) hard-coded in 2 code file(s)" and
interoperability.public-building-blocks failed on those "places handled". A class named for a test or a scenario whose comments say
it tests the code and whose main() runs it is a test driver: its values are fixtures. A class so named that runs the service's own
scenario stays the program's code.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.territory-neutral", "interoperability.public-building-blocks"]
LIEU = ("package modele.donnee;\n\n/** Un lieu d'observation. */\npublic class Lieu {\n    private double x;\n    private double y;\n\n"
        "    /** Construit un lieu. */\n    public Lieu(double x, double y) {\n        this.x = x;\n        this.y = y;\n    }\n}\n")
MAIN = ("package view;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n/** Fenetre principale. */\n"
        "public class Main extends Application {\n    @Override\n    public void start(Stage stage) { stage.show(); }\n\n"
        "    public static void main(String[] args) { launch(args); }\n}\n")


def driver(name: str, doc: str) -> str:
    return (f"package modele;\n\nimport modele.donnee.*;\n\n/**\n * {doc}\n */\npublic class {name} {{\n\n"
            "    /**\n     * Main method of the class\n     * @param args some arguments\n     */\n"
            "    public static void main(String[] args) {\n"
            "        Lieu lieu = new Lieu(48.862725, 2.287592);\n        Lieu lieu2 = new Lieu(45.7578137, 4.8320114);\n"
            "        System.out.println(lieu + \" \" + lieu2);\n    }\n}\n")


APP = {"README.md": "# Observations\n\nApplication de bureau JavaFX pour saisir les observations de la faune.\n",
       "src/view/Main.java": MAIN, "src/modele/donnee/Lieu.java": LIEU}


def test_a_scenario_class_testing_the_model_is_a_test_driver(tmp_path):
    report, res = judge(tmp_path, {**APP, "src/modele/ScenarioTraitement.java": driver("ScenarioTraitement", "Test the package traitement")}, CHECKS)
    assert report["facts"]["inventory"]["categories"]["test"] == 1
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
    blocks = res["interoperability.public-building-blocks"]
    assert not any(e.get("path") == "src/modele/ScenarioTraitement.java" for e in blocks["evidence"]), blocks["evidence"]


def test_a_class_running_the_services_own_scenario_stays_its_code(tmp_path):
    report, res = judge(tmp_path, {**APP, "src/modele/ScenarioEvacuation.java": driver("ScenarioEvacuation", "Runs the evacuation scenario of the park")},
                        CHECKS, name="n")
    assert report["facts"]["inventory"]["categories"]["test"] == 0
    territory = res["reusability.territory-neutral"]
    assert territory["status"] == "warn" and any(e.get("path") == "src/modele/ScenarioEvacuation.java" for e in territory["evidence"]), territory
