"""A folder named document(s)_<x> holding written pages is a documentation folder, as doc_<x>/ and documentation_<x>/ are
(issue 12, s44 fm44 = reader ri44, Castelli-hib/Dossier-Professionnel-DRH).

An HR portal's mock-ups (HTML pages) beside Document_README/ of Markdown design documents (architecture, UML, data model, security,
install guide): documentation.docs said "missing: documentation folder" and licensing.data-and-docs "Too little documentation
(2 files)". Near miss: a folder so named that holds code (a document generator's scripts) stays no documentation.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

DOC = "# {t}\n\nCe document décrit {t} du portail RH interne : les choix faits, les écrans concernés et les règles de gestion.\n\n" \
      "## Détails\n\nChaque agent consulte ses documents et les actualités RH ; les gestionnaires publient les notes de service.\n"
PAGE = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Portail RH</title></head><body><h1>Portail RH</h1><p>Accueil</p></body></html>\n"
FILES = {"README.md": "# Portail RH\n\nMaquettes d'un portail RH interne.\n", "Maquettes/index.html": PAGE, "Maquettes/agents.html": PAGE,
         **{f"Document_README/README_{t}.md": DOC.replace("{t}", t) for t in ("Charte", "UML", "MCD", "Securite", "Glossaire")}}
GENERATOR = {"README.md": "# Portail RH\n\nMaquettes d'un portail RH interne.\n", "Maquettes/index.html": PAGE,
             "Documents_export/export.py": "import csv\n\n\ndef exporter(lignes, chemin):\n    with open(chemin, 'w') as f:\n"
                                           "        csv.writer(f).writerows(lignes)\n",
             "Documents_export/notes.md": DOC.replace("{t}", "export")}


def _found(r: dict) -> str:
    return r["message"]["en"].split(";")[0]


def test_a_document_readme_folder_is_documentation(tmp_path):
    r = check_result(tmp_path, FILES, "documentation.docs")
    assert "documentation folder" in _found(r), r["message"]
    r = check_result(tmp_path / "b", FILES, "licensing.data-and-docs")
    assert r["status"] == "fail", r["message"]


def test_a_documents_folder_of_code_is_not(tmp_path):
    r = check_result(tmp_path, GENERATOR, "documentation.docs")
    assert "documentation folder" not in _found(r), r["message"]
