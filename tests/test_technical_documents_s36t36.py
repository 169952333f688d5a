"""documentation.docs (issue 12, s36 t36 = reader m35o3, hefarian/rennes_metropole_effectifs_scolaires): a FastAPI + Streamlit project
keeps doc/TerriSchool35_Documentation_TechniqueV2.pdf (28 pages) whose chapter "8. Déploiement recette et production" is its
deployment documentation; the check said "missing: deployment", deployment being found by file names and Markdown headings only.

The auditor reads no PDF (no PDF text reader, none added). What is safe: a document named as an operations file (dossier
d'exploitation, DEX) is deployment documentation and one named as a technical architecture file (dossier d'architecture, DAT) is
architecture, in any format; a technical documentation in Word/OpenDocument is read for its chapter titles; one in PDF is unread:
the architecture or deployment found nowhere else is "not measured" (left out of the score), not "missing". Near misses: a PDF not
named as technical documentation, a Word technical documentation without a deployment chapter (read: missing), "DATA"/"data.dat".
"""

from __future__ import annotations

from tests.test_office_guides_s33e33 import docx
from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
PDF = b"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/Lang(fr)>>\nendobj\n" + b"x" * 400 + b"\n%%EOF\n"


def project(extra: dict) -> dict:
    files = {
        "README.md": "# TerriSchool35\n\nPrévision des effectifs scolaires des communes.\n\n## Configuration\n\nCopier .env.example en .env.\n",
        "requirements.txt": "fastapi>=0.110\nstreamlit>=1.30\n",
        "api/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='TerriSchool35')\n\n\n@app.get('/health')\ndef health():\n    return {'ok': True}\n",
    }
    files.update(extra)
    return files


def test_a_technical_documentation_in_pdf_leaves_the_deployment_not_measured(tmp_path):
    r = check_result(tmp_path, project({"doc/TerriSchool35_Documentation_TechniqueV2.pdf": PDF}), CID)
    assert "deployment" not in r["details"]["missing"] and "deployment" in r["details"]["not_measured"], r["message"]
    assert "deployment" in r["message"]["en"].split("not measured:")[1] and "déploiement" in r["message"]["fr"].split("non mesuré :")[1]
    assert "TerriSchool35_Documentation_TechniqueV2.pdf" in r["message"]["en"]


def test_a_word_technical_documentation_is_read_for_its_chapters(tmp_path):
    guide = docx("Documentation technique", "1. Architecture technique", "Le service est composé d'une API et d'un tableau de bord.",
                 "8. Déploiement recette et production", "Le déploiement passe par docker compose sur le serveur de recette.")
    r = check_result(tmp_path, project({"doc/Documentation_Technique.docx": guide}), CID)
    assert "deployment" in r["details"]["found"] and "architecture" in r["details"]["found"], r["message"]


def test_operations_and_architecture_files_by_their_names(tmp_path):
    r = check_result(tmp_path, project({"doc/Dossier_d_exploitation.pdf": PDF, "doc/DAT_TerriSchool.pdf": PDF}), CID)
    assert {"deployment", "architecture"} <= set(r["details"]["found"]), r["message"]


def test_other_documents_and_a_read_documentation_without_the_chapter_stay_missing(tmp_path):
    guide = docx("Documentation technique", "1. Modèle statistique", "Une régression linéaire par commune.")
    r = check_result(tmp_path, project({"doc/Rapport_de_stage.pdf": PDF, "doc/DATA_sources.pdf": PDF,
                                        "doc/Documentation_Technique.docx": guide}), CID)
    assert "deployment" in r["details"]["missing"] and not r["details"].get("not_measured"), r["message"]


def test_data_and_docs_reads_a_tree_with_an_object_the_copy_lacks(tmp_path):
    # (s36 t36, on mombouli1998/opendatametropole, whose seven report PDFs are absent from the snapshot: the tree fact's entries had no
    # "missing" mark, and licensing.data-and-docs stopped on doc_pages.no_document's entry.missing, an internal error)
    from auditor.engine import AuditOptions, audit
    from tests.test_missing_blob_s26 import _partial_copy

    before = {"README.md": "# Portail\n\nPortail de données ouvertes.\n", "docs/accueil.md": "# Accueil\n\nLe guide du portail.\n"}
    after = {"docs/rapport.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 40, "docs/guide.md": "# Guide\n\nLes jeux de données.\n"}
    copy, _ = _partial_copy(tmp_path, before, after, "docs/rapport.pdf")
    report = audit(str(copy), AuditOptions(cache_dir=tmp_path / "cache", only=["licensing.data-and-docs"]))
    r = next(r for r in report["results"] if r["id"] == "licensing.data-and-docs")
    assert r["status"] != "error", r["message"]
    assert any(e.get("path") == "docs/" and e.get("value") == 3 for e in r["evidence"]), r["evidence"]
