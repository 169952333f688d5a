"""interoperability.data-standards judges the data a project publishes (issue 12, s47 fh47, reader rb47):
- OPEN-ENT-NG/collaborative-wall: its only data file, backend/src/test/resources/data/enseignants.csv, is a test's fixture; the advice
  asked a Table Schema for it and the file made the check judge the module's data. A test's input is no data the project publishes.
- FlorentBedecarratsNM/timeline_opendata: an R script reading a shared sheet through a client package and drawing a timeline, no data
  file, no format read or written, no database: "No published data schema, and no open format read or written" (fail), where the
  check's rule says not applicable. An analysis writing a CSV of its own stays judged."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECK = ["interoperability.data-standards"]

JAVA_MODULE = {
    "pom.xml": "<project><groupId>fr.exemple</groupId><artifactId>mur</artifactId><version>1.0</version></project>\n",
    "src/main/java/fr/exemple/mur/Mur.java": "package fr.exemple.mur;\n\n/** A wall. */\npublic class Mur {\n    private String titre;\n}\n",
    "src/test/java/fr/exemple/mur/MurTest.java": "package fr.exemple.mur;\n\npublic class MurTest {\n}\n",
    "src/test/resources/donnees/professeurs.csv": "nom;prenom;classe\nDUPONT;Camille;4B\nMARTIN;Lou;3A\n",
    "README.md": "# Mur\n\nModule de mur collaboratif.\n",
}


def test_a_tests_fixture_is_no_published_data_file(tmp_path):
    _, res = kind_and_results(tmp_path, JAVA_MODULE, CHECK)
    r = res["interoperability.data-standards"]
    assert r["details"]["data_files"] == 0, r
    assert "professeurs.csv" not in str(r.get("remediation") or "") and not any("professeurs.csv" in str(e.get("path")) for e in r["evidence"]), r


def test_a_data_file_outside_the_tests_stays_counted(tmp_path):
    """The near miss: the same CSV in a data folder is the project's data."""
    files = dict(JAVA_MODULE)
    files["data/professeurs.csv"] = files.pop("src/test/resources/donnees/professeurs.csv")
    _, res = kind_and_results(tmp_path, files, CHECK)
    assert res["interoperability.data-standards"]["details"]["data_files"] == 1, res["interoperability.data-standards"]


TIMELINE = {
    "timeline.R": "library(ggplot2)\nlibrary(ethercalc)\n\n# Frise des étapes de l'ouverture des données\n"
                  "etapes <- ec_read(\"etapes_ouverture\", ec_host = \"https://lite.framacalc.org\")\n"
                  "frise <- ggplot(etapes, aes(x = date, y = niveau, label = evenement)) + geom_text()\nprint(frise)\n",
    "README.md": "# Frise\n\nUne frise chronologique de l'ouverture des données.\n",
}


def test_an_analysis_publishing_no_data_is_not_applicable(tmp_path):
    project, res = kind_and_results(tmp_path, TIMELINE, CHECK)
    r = res["interoperability.data-standards"]
    assert project["kind"] == "analysis" and r["status"] == "not_applicable", (project["kind"], r)


def test_an_analysis_writing_a_csv_stays_judged(tmp_path):
    """The near miss: the script writes its table as a CSV file: data it publishes, judged."""
    files = dict(TIMELINE, **{"timeline.R": TIMELINE["timeline.R"] + "write.csv(etapes, \"etapes.csv\", row.names = FALSE)\n"})
    _, res = kind_and_results(tmp_path, files, CHECK)
    assert res["interoperability.data-standards"]["status"] != "not_applicable", res["interoperability.data-standards"]
