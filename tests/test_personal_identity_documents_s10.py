"""scaling.personal-data: a forms module reading identity cards, driving licences, RIBs and tax notices by OCR passed ('schema read:
no personal-data field': its only table maps OCR fields to form entries) (issue 12, session 9's reads: a Lutece OCR module). The
identity documents the code reads are personal data of the most sensitive kind; one passing mention, or a guide naming the papers
to bring, is not."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

CID = "scaling.personal-data"
SQL = "CREATE TABLE ocr_mapping (id_mapping int NOT NULL, id_entry int NOT NULL, id_field int, ocr_field varchar(255), PRIMARY KEY (id_mapping));\n"
PKG = "src/java/fr/ville/plugins/forms/modules/ocr/service/"


def provider(name: str, doc: str) -> str:
    return (f"package fr.ville.plugins.forms.modules.ocr.service;\n\npublic class {name} extends AbstractOcrProvider {{\n"
            f"    public String getKey() {{ return \"{doc}\"; }}\n    public String getDisplayedName() {{ return \"{doc}\"; }}\n}}\n")


def test_an_ocr_of_identity_documents_is_personal_data(tmp_path):
    files = {"src/sql/create_db_forms_ocr.sql": SQL, PKG + "OcrCniProvider.java": provider("OcrCniProvider", "cni"),
             PKG + "OcrRibProvider.java": provider("OcrRibProvider", "rib"),
             PKG + "OcrTaxAssessmentProvider.java": provider("OcrTaxAssessmentProvider", "taxAssessment"),
             "webapp/WEB-INF/conf/plugins/forms-ocr.properties": "forms-ocr.provider.list=CNI,RIB,TaxAssessment\n",
             "README.md": "# Module OCR\n\nRemplit un formulaire à partir d'une pièce.\n"}
    r = pd(tmp_path, files)
    assert r["status"] == "warn", r["message"]
    assert "identity card" in r["message"]["en"] and "bank details" in r["message"]["en"]


def test_one_mention_of_an_identity_card_and_words_holding_rib_are_not(tmp_path):
    java = ('package fr.ville.app;\n\npublic class Aide {\n    // attribute distribution, ribbon\n'
            '    public static final String MESSAGE = "Munissez-vous de votre carte d\'identité.";\n}\n')
    r = pd(tmp_path, {"src/sql/create.sql": SQL, "src/java/fr/ville/app/Aide.java": java, "README.md": "# Aide\n\nAide.\n"})
    assert r["status"] == "pass", r["message"]


def test_a_guide_naming_the_papers_to_bring_reads_none_of_them(tmp_path):
    # a city's app telling residents what to bring (no OCR, no upload of the documents): not a processing of identity documents
    js = ('export const DEMARCHES = [\n  { titre: "Carte d\'identité", pieces: ["photo", "justificatif de domicile"] },\n'
          '  { titre: "Passeport", pieces: ["CNI", "justificatif de domicile"] },\n];\n')
    r = pd(tmp_path, {"src/sql/create.sql": SQL, "js/guide.js": js, "README.md": "# Guide\n\nGuide des démarches.\n"})
    assert r["status"] == "pass", r["message"]


def test_a_service_matching_a_proof_of_address_read_by_ocr_with_a_persons_name_is_personal_data(tmp_path):
    # a Flask API reading by OCR the proof of address attached to a request and matching it with the person's name (no model: N/A)
    app = ("import easyocr\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef fields(data):\n"
           "    content = data['fields']['justificatif_domicile']['content']\n    filename = data['fields']['justificatif_domicile']['filename']\n"
           "    return data['fields']['nom_usager'], content, filename\n\n\n@app.post('/match')\ndef match():\n"
           "    nom, content, filename = fields(request.json)\n    text = easyocr.Reader(['fr']).readtext(content, detail=0)\n"
           "    return jsonify({'score': sum(nom.lower() in t.lower() for t in text)})\n")
    r = pd(tmp_path, {"src/app.py": app, "requirements.txt": "flask==3.0.0\neasyocr==1.7.1\n", "README.md": "# API\n\nRapprochement.\n"})
    assert r["status"] == "warn", r["message"]
    assert "proof of address" in r["message"]["en"]
