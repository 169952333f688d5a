"""interoperability.data-standards: a desktop program writing rows into tables it names keeps data of its own (issue 12, s39 fe39 =
measure reader ra39 on elucas0/SAE-PNR).

A JavaFX application records wildlife sightings in its MySQL database (INSERT INTO lieu …, INSERT INTO Observation …, in eleven
tables) and exports the tables to CSV with opencsv; data-standards said "A desktop application processing the data it is given
(CSV), with no data or data model of its own: no schema expected". A program writing rows into two or more tables it names has data
of its own, judged like an application's. One reading the CSV files it is given, writing no table, keeps the tool's verdict.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_projected_coordinate_fields_s39fe39 import MAIN

CID = "interoperability.data-standards"
SAVE = ("package controller;\n\nimport java.sql.*;\n\npublic class Obs_controller {\n"
        "    public void enregistrer(Connection c, int x, int y) throws SQLException {\n"
        "        c.prepareStatement(\"INSERT INTO lieu VALUES(\" + x + \", \" + y + \")\").executeUpdate();\n"
        "        c.prepareStatement(\"INSERT INTO Observation(dateObs, heureObs) VALUES (NOW(), NOW())\").executeUpdate();\n    }\n}\n")
EXPORT = ("package controller;\n\nimport com.opencsv.CSVWriter;\nimport java.io.FileWriter;\nimport java.sql.*;\n\npublic class ExportData {\n"
          "    public void writeCSV(Connection c, String table) throws Exception {\n"
          "        CSVWriter writer = new CSVWriter(new FileWriter(table + \".csv\"));\n"
          "        ResultSet rs = c.createStatement().executeQuery(\"SELECT * FROM \" + table);\n        writer.writeAll(rs, true);\n"
          "        writer.close();\n    }\n}\n")
READ = ("package controller;\n\nimport com.opencsv.CSVReader;\nimport java.io.FileReader;\n\npublic class Lecture {\n"
        "    public int compter(String fichier) throws Exception {\n        CSVReader reader = new CSVReader(new FileReader(fichier));\n"
        "        return reader.readAll().size();\n    }\n}\n")
APP = {"README.md": "# Observations\n\nApplication de bureau pour saisir les observations de la faune du parc.\n",
       "src/view/Main.java": MAIN, "src/controller/ExportData.java": EXPORT}


def test_a_program_writing_its_own_tables_is_judged(tmp_path):
    _, res = judge(tmp_path, {**APP, "src/controller/Obs_controller.java": SAVE}, [CID])
    r = res[CID]
    assert r["status"] != "not_applicable", r["message"]


def test_a_program_reading_the_files_it_is_given_keeps_the_tools_verdict(tmp_path):
    _, res = judge(tmp_path, {**APP, "src/controller/Lecture.java": READ}, [CID], name="n")
    r = res[CID]
    assert r["status"] == "not_applicable" and "processing the data it is given" in r["message"]["en"], r["message"]
