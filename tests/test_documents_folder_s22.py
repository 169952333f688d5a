"""A study's DOCUMENTS/ folder (issue 12, session 22 reader a4, case c1 4: wilfrid03/ACCIDENTOLOGIE: the data's descriptions as PDF, a
data supplier's delivery with its ISO 19139 metadata record) was no documentation folder, and that supplier's record made the project's
data format "ISO 19139 / INSPIRE / DCAT". A folder named documents/ holding documents is a documentation folder (as methodologie/ and
notices/ are); a metadata record kept there is the supplier's, not a format the project writes. A documents/ folder of code stays code."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ISO_RECORD = ('<?xml version="1.0" encoding="UTF-8"?>\n<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd">\n'
              '  <gmd:fileIdentifier>lot-2022</gmd:fileIdentifier>\n</gmd:MD_Metadata>\n')
STUDY = {
    "LISEZMOI.txt": "Étude des accidents\n\nDOCUMENTS : la documentation des données.\n",
    "etude.py": "import pandas as pd\n\nacc = pd.read_csv('DONNEES/acc.csv')\nacc.to_csv('RESULTATS/synthese.csv')\n",
    "DONNEES/acc.csv": "an;nb\n2021;3\n",
    "DOCUMENTS/description-des-donnees.pdf": "%PDF-1.4 description\n",
    "DOCUMENTS/LIVRAISON/METADONNEES/lot_2022.xml": ISO_RECORD,
}


def test_a_documents_folder_of_documents_is_the_documentation_folder(tmp_path):
    report, res = judge(tmp_path, STUDY, ["documentation.docs", "interoperability.data-standards"])
    assert report["facts"]["files"]["docs"] == "DOCUMENTS/", report["facts"]["files"]
    assert "documentation folder" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    assert "ISO 19139" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]


def test_a_metadata_record_kept_as_data_is_still_the_projects_format(tmp_path):
    files = {**{k: v for k, v in STUDY.items() if not k.startswith("DOCUMENTS/")}, "data/metadata/lot_2022.xml": ISO_RECORD}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    assert "ISO 19139" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]


def test_a_documents_folder_of_code_is_no_documentation(tmp_path):
    files = {"README.md": "# Parapheur\n\nApplication de gestion des documents.\n",
             "package.json": '{"name": "parapheur", "dependencies": {"vue": "^3.4.0"}}\n',
             "src/documents/ListeDocuments.vue": "<template><ul><li v-for=\"d in docs\">{{ d.titre }}</li></ul></template>\n",
             "src/documents/api.js": "export const lire = () => fetch('/api/documents');\n"}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] is None, report["facts"]["files"]
