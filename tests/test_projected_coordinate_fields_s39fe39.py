"""interoperability.geo: fields named for projected coordinates are geographic data (issue 12, s39 fe39 = measure reader ra39 on
elucas0/SAE-PNR).

A JavaFX application records wildlife sightings for a regional natural park: every form asks "Coordonnée Lambert X / Y", the code
writes them (INSERT INTO Observation(dateObs, lieu_Lambert_X, lieu_Lambert_Y), SELECT * FROM lieu WHERE coord_Lambert_X = ?). geo said
"The service handles no detectable map or geographic data". Points measured in a projected system, their fields named for it, are
the service's own geographic data: the check judges them (a field named for Lambert-93 shows the legal reference system). A class
mentioning a person named Lambert holds no coordinates.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.geo"
MAIN = ("package view;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n/** Fenetre principale. */\n"
        "public class Main extends Application {\n    @Override\n    public void start(Stage stage) { stage.show(); }\n\n"
        "    public static void main(String[] args) { launch(args); }\n}\n")


def controller(x: str, y: str) -> str:
    return ("package controller;\n\nimport java.sql.*;\n\npublic class Obs_loutre_controller {\n"
            "    public void enregistrer(Connection c, int x, int y) throws SQLException {\n"
            f"        PreparedStatement st = c.prepareStatement(\"INSERT INTO Observation(dateObs, {x}, {y}) VALUES (NOW(), ?, ?)\");\n"
            "        st.setInt(1, x);\n        st.setInt(2, y);\n        st.executeUpdate();\n    }\n}\n")


APP = {"README.md": "# Observations\n\nApplication de bureau pour saisir les observations de la faune du parc.\n",
       "src/view/Main.java": MAIN, "src/controller/Obs_loutre_controller.java": controller("lieu_Lambert_X", "lieu_Lambert_Y")}


def test_fields_named_for_lambert_coordinates_are_judged(tmp_path):
    _, res = judge(tmp_path, APP, [CID])
    r = res[CID]
    assert r["status"] != "not_applicable", r["message"]
    assert any(e.get("value") == "lieu_Lambert_X" for e in r["evidence"]), r["evidence"]


def test_a_person_named_lambert_holds_no_coordinates(tmp_path):
    files = {**APP, "src/controller/Obs_loutre_controller.java": controller("nom_observateur", "prenom_observateur")
             .replace("public class", "/** Saisie validée par Jean Lambert. */\npublic class")}
    _, res = judge(tmp_path, files, [CID], name="n")
    assert res[CID]["status"] == "not_applicable", res[CID]["message"]
