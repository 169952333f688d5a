"""Documents where they are (issue 12, session 33 fixer e33), each on a git fixture shaped like the real case.

- ThibaudGENEL/AtmoSud_Emissions_real_time: SQL scripts and a Python extractor under Code/, the project's Word documents under
  Rapports/ (A_LIRE_res_tps_reel.docx, the hand-over guide: folders, data sources, how the daily run works, how to update — open
  DBeaver, run maj_res_tps_reel.sql —; Rapport_Extraction.docx; the internship report as PDF), no README. documentation.docs failed
  "Found: —" and reusability.install failed "nothing says how to load it". An office or PDF document named as the project's guide
  or read-me (A_LIRE, LISEZMOI, guide, manuel, documentation, notice) is written documentation: its folder is a documentation
  folder, and a Word or OpenDocument guide's text is read for the loading steps (the archive read in memory, bounded)."""

from __future__ import annotations

import io
import zipfile

from auditor.facts.office_text import office_text, xml_text, zip_member_text
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _archive(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


def docx(*paragraphs: str) -> bytes:
    """A minimal Word document of these paragraphs."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>" for p in paragraphs)
    return _archive({"[Content_Types].xml": "<Types/>", "word/document.xml": f"<?xml version=\"1.0\"?><w:document {_W}><w:body>{body}</w:body></w:document>"})


def odt(*paragraphs: str) -> bytes:
    """A minimal OpenDocument text of these paragraphs."""
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    return _archive({"mimetype": "application/vnd.oasis.opendocument.text",
                     "content.xml": f"<office:document-content><office:body><office:text>{body}</office:text></office:body></office:document-content>"})


HANDOVER = docx(
    "Calcul des émissions en temps réel du secteur Résidentiel : infos pratiques",
    "Avant-propos",
    "Cette synthèse s’adresse à quiconque voudrait reprendre en main le projet ou le mettre à jour.",
    "Dossiers",
    "Le dossier Scripts_sql contient tous les scripts sql produits.",
    "Exécution du calcul",
    "Le calcul est lancé automatiquement chaque jour via le script python import_data.py, qui contient le script SQL à exécuter.",
    "Mise à jour 1 : Lorsqu’un nouvel inventaire est disponible",
    "Ouvrir DBeaver",
    "Exécuter maj_res_tps_reel.sql (9 minutes) pour mettre à jour les tables",
    "Mise à jour 2 : Importer les données météo dans le notebook",
)
SQL = ("CREATE TABLE prj_res_tps_reel.emissions_estim_tr (code_insee varchar(5), jour date, emi_kg numeric);\n"
       "INSERT INTO prj_res_tps_reel.emissions_estim_tr SELECT c.code_insee, now()::date, sum(c.conso * f.fe)\n"
       "FROM total.bilan_comm_v11_diffusion c JOIN prj_res_tps_reel.fe f USING (id_energie) GROUP BY 1;\n")
FILES = {
    ".gitignore": "*.pkl\n",
    "Code/maj_res_tps_reel.sql": SQL,
    "Code/Res_calcul2.sql": SQL.replace("emissions_estim_tr", "emissions_calc2"),
    "Code/old_sql/Calcul_fe.sql": SQL.replace("emissions_estim_tr", "fe_calc"),
    "Code/from_api_to_emi_server.py": "import requests\n\n\ndef main():\n    r = requests.get('https://odre.opendatasoft.com/api')\n    return r.json()\n",
    "Rapports/Rapport_Extraction.docx": docx("Rapport d'extraction", "L'API ODRE fournit la consommation électrique des métropoles."),
    "Rapports/Contribution_Bulle_dair.docx": docx("Contribution", "Le calcul en temps réel des émissions du résidentiel."),
    "Rapports/Rapport de stage 2024.pdf": b"%PDF-1.4\n% rapport\n",
}


def _audit(repo, tmp_path, files, name="r"):
    commits = [{"files": files, "date": "2024-10-07T19:16:07Z", "author": ("Thibaud Genel", "thibaud@example.org"), "message": "Initial commit"}]
    report = run(repo(commits, name=name), tmp_path / f"c-{name}", only=["documentation.docs", "reusability.install"])
    return report, results(report)


def test_a_handover_guide_in_word_documents_the_project_and_says_how_to_load_it(repo, tmp_path):
    report, res = _audit(repo, tmp_path, {**FILES, "Rapports/A_LIRE_res_tps_reel.docx": HANDOVER})
    assert report["facts"]["project"]["kind"] == "data-model"
    docs = res["documentation.docs"]
    assert docs["status"] in ("pass", "warn") and "folder" in docs["details"]["found"], docs["message"]
    assert any(e.get("path") == "Rapports/" for e in docs["evidence"])
    inst = res["reusability.install"]
    assert inst["status"] == "pass", inst["message"]
    found = [e for e in inst["evidence"] if e.get("path") == "Rapports/A_LIRE_res_tps_reel.docx"]
    assert found and all(e.get("line") is None for e in found)  # (a paragraph of a Word document is no line of the file)


def test_reports_without_a_guide_stay_no_documentation(repo, tmp_path):
    _, res = _audit(repo, tmp_path, FILES, name="n")
    docs = res["documentation.docs"]
    assert "folder" not in docs["details"]["found"], docs["message"]
    assert res["reusability.install"]["status"] == "fail", res["reusability.install"]["message"]


def test_a_guide_named_document_beside_the_code_makes_no_documentation_folder(repo, tmp_path):
    # (a notice kept in the scripts' own folder documents them; that folder of code is no documentation folder)
    _, res = _audit(repo, tmp_path, {**FILES, "Code/LISEZMOI.docx": HANDOVER}, name="c")
    assert "folder" not in res["documentation.docs"]["details"]["found"], res["documentation.docs"]["message"]
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]


def test_office_text_reads_word_and_opendocument_and_nothing_else():
    assert office_text("a.docx", docx("Ouvrir DBeaver", "Exécuter a.sql &amp; b.sql")) == "Ouvrir DBeaver\nExécuter a.sql & b.sql"
    assert office_text("a.odt", odt("Installation", "Lancer <text:s/>le script")) == "Installation\nLancer  le script"
    assert office_text("a.pdf", b"%PDF-1.4") is None and office_text("a.doc", docx("x")) is None
    assert office_text("a.docx", b"not a zip") is None and office_text("a.docx", odt("x")) is None
    assert zip_member_text(docx("x"), lambda n: n == "word/document.xml", max_bytes=10) is None  # (a member over the bound is not opened)
    assert xml_text("<" * 50_000 + "<w:t>x</w:t>") == "<" * 50_000 + "x"  # (tags never closed: read once, linear)
