"""documentation.docs said "Found: architecture" of a PostGIS data model of an EPCI whose only document is an unfilled
administration-guide model (issue 12, session 21 reader m1, W1): its "## Schéma fonctionnel" and "## Modèle conceptuel"
chapters hold "ToDo", its tables "xxx". A chapter whose body is a placeholder, and a document made mostly of placeholders,
document nothing; a written architecture chapter of the same shape still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"

SQL = ("-- Modèle de données des loyers\nCREATE SCHEMA m_loyer;\n"
       "CREATE TABLE m_loyer.local (idlocal integer PRIMARY KEY, surface numeric, geom geometry(Polygon, 2154));\n"
       "COMMENT ON TABLE m_loyer.local IS 'Locaux suivis';\n")

MODEL = ("# Documentation d'administration de la base\n\n## Principes\n\n* **généralité** :\n* **résumé fonctionnel** :\nTODO\n\n"
         "## Schéma fonctionnel\n\nTODO\n\n## Modèle conceptuel de données\n\nà compléter\n\n## Dépendances\n\nTODO\n\n"
         "## Classes d'objets\n\nLes classes sont dans le schéma m_loyer.\n\n`xxx` : table xxx.\n\n"
         "|Attribut | Définition | Type |\n|:---|:---|:---|\n|xxx|xxx|xxx|\n|xxx|xxx|xxx|\n\n"
         "## Liste de valeurs\n\n`lt_xxx` : valeurs de l'attribut xxx\n\n|Code|Valeur|\n|:---|:---|\n|xxx|xxx|\n|xxx|xxx|\n")

WRITTEN = ("# Documentation d'administration de la base\n\n## Schéma fonctionnel\n\n"
           "Les locaux sont saisis dans QGIS par le service fiscalité puis rapprochés chaque nuit des parcelles cadastrales ; "
           "une vue publie les loyers agrégés par commune.\n\n## Modèle conceptuel de données\n\n"
           "Un local appartient à une parcelle ; une parcelle porte plusieurs locaux.\n\n"
           "|Attribut | Définition | Type |\n|:---|:---|:---|\n|idlocal|identifiant du local|integer|\n|surface|surface en m²|numeric|\n")


def _repo(doc):
    return {"README.md": "# Loyers\n\nModèle de données des loyers des locaux.\n\n"
                         "- [Script d'initialisation](bdd/init.sql)\n- [Documentation d'administration de la base](bdd/doc_admin.md)\n\n## Installation\n\nLancez `bdd/init.sql`.\n",
            "bdd/init.sql": SQL, "bdd/doc_admin.md": doc}


def test_an_unfilled_documentation_model_documents_no_architecture(tmp_path):
    report, res = judge(tmp_path, _repo(MODEL), [DOCS])
    assert report["facts"]["docs"]["architecture"] == []
    assert "architecture" in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_an_architecture_page_of_placeholders_documents_nothing(tmp_path):
    files = dict(_repo(WRITTEN), **{"docs/architecture.md": "# Architecture\n\nTODO\n", "docs/guide.md": "# Guide\n\nLancez le script.\n"})
    del files["bdd/doc_admin.md"]
    report, _ = judge(tmp_path, files, [DOCS])
    assert report["facts"]["docs"]["architecture"] == []


def test_a_written_architecture_chapter_still_counts(tmp_path):
    report, res = judge(tmp_path, _repo(WRITTEN), [DOCS])
    assert report["facts"]["docs"]["architecture"] == ["bdd/doc_admin.md"]
    assert "architecture" not in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_a_few_to_dos_beside_a_written_chapter_leave_it_counted(tmp_path):
    doc = WRITTEN + "\n## Dépendances\n\nTODO\n"
    report, _ = judge(tmp_path, _repo(doc), [DOCS])
    assert report["facts"]["docs"]["architecture"] == ["bdd/doc_admin.md"]
