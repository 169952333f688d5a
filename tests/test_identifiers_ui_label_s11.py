"""interoperability.identifiers: a QGIS plugin's commune picker, filled from a committed list of communes ("29001;ARGOL") with the
help text "Code INSEE, it will be added to the document base", was said to handle no local-government identifier (issue 12, s10
reads). A form's label, help or error text naming the INSEE, SIREN or SIRET code makes it an identifier field; the same words in a
comment or a README do not."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CID = "interoperability.identifiers"
DIALOG = ("from qgis.PyQt.QtWidgets import QComboBox, QLabel, QHBoxLayout\n\n\nclass Dialog:\n    def build(self, options):\n"
          "        self.combo_commune = QComboBox()\n        for opt in options:\n            self.combo_commune.addItem(f\"{opt[1]} ({opt[0]})\", opt)\n"
          "        self.layout.addWidget(QLabel(\"Commune :\"))\n        row = QHBoxLayout()\n        row.addWidget(self.combo_commune)\n"
          "        row.addWidget(help_icon(\"Code INSEE,\\nIl sera ajouté au nom du fichier\"))\n")


def one(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-05-04T10:00:00Z"}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CID]))[CID]


def test_a_pickers_help_text_naming_the_insee_code_is_an_identifier_field(tmp_path):
    files = {"README.md": "# Base documentaire\n\nExtension QGIS.\n", "dialog.py": DIALOG, "config/COMMUNES.csv": "29001;ARGOL\n29003;BRIGNOGAN\n"}
    r = one(tmp_path, files)
    assert r["status"] != "not_applicable" and "insee" in str(r["details"]["fields"]).lower(), r["message"]
    prose = {**files, "dialog.py": DIALOG.replace('help_icon("Code INSEE,\\nIl sera ajouté au nom du fichier")', "help_icon(None)  # le code INSEE")}
    assert one(tmp_path, prose, "p")["status"] == "not_applicable"


def test_a_list_of_communes_one_a_row_is_the_reference_the_picker_is_filled_from(tmp_path):
    """The same plugin's picker is filled from config/DEPCO.csv ("29001;ARGOL", one commune a row, with a byte order mark and
    CRLF): a reference list shipped with the project, so "reference data/validation: no" was false. A table of yearly amounts is none."""
    rows = "\ufeff29001;ARGOL\r\n29011;BOHARS\r\n29015;BOURG-BLANC\r\n29017;BRELES\r\n"
    files = {"README.md": "# Base documentaire\n\nExtension QGIS.\n", "dialog.py": DIALOG, "config/DEPCO.csv": rows}
    r = one(tmp_path, files)
    assert r["details"]["references"] is True, r["message"]
    amounts = {**files, "config/DEPCO.csv": "annee;montant\n2020;100\n2021;200\n2022;300\n"}
    assert one(tmp_path, amounts, "a")["details"]["references"] is False
