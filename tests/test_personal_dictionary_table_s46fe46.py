"""scaling.personal-data (issue 12, s46 fe46 = reader ra46, sigagglocompiegne/foncier): the model's administration document
(bdd/doc_admin_bd_fon.md) describes each table in a Markdown block introduced by its name, "`[m_foncier].[geo_fon_acqui]` : table
géographique…", and the check counted that document as a third table holding names beside the two the SQL script creates. A
dictionary block's rows are the columns of the table named just above it, counted once with the script's. Near miss: a block no
table name introduces is still filed under the document's name."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SQL = ("CREATE TABLE m_fonc.geo_achat\n(\n    idgeo integer NOT NULL,\n    lib_prop character varying(120),\n    mnt_ht numeric(12,2)\n);\n"
       "COMMENT ON COLUMN m_fonc.geo_achat.lib_prop IS 'Libellé du propriétaire';\n"
       "COMMENT ON COLUMN m_fonc.geo_achat.mnt_ht IS 'Montant HT';\n")
DOC = ("# Documentation d'administration\n\n## Classes d'objets\n\n{intro}\n\n"
       "|Nom attribut | Définition | Type | Valeurs par défaut |\n|:---|:---|:---|:---|\n"
       "|idgeo|Identifiant unique de l'objet|integer| |\n|lib_prop|Libellé du propriétaire|character varying(120)| |\n"
       "|mnt_ht|Montant HT|numeric(12,2)| |\n")


def _personal(tmp_path, intro: str) -> dict:
    files = {"README.md": "# Foncier\n\nModèle de données des achats de parcelles.\n", "sql/10_schema.sql": SQL,
             "sql/doc_admin.md": DOC.format(intro=intro)}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.personal-data"]))
    return report["facts"]["personal_data"]


def test_a_dictionary_block_is_the_table_named_above_it(tmp_path):
    f = _personal(tmp_path, "`[m_fonc].[geo_achat]` : table géographique des parcelles achetées")
    assert sorted((t["path"], t["table"]) for t in f["tables"]) == [("sql/10_schema.sql", "geo_achat"), ("sql/doc_admin.md", "geo_achat")]
    assert f["tables_total"] == 1


def test_a_block_no_name_introduces_keeps_the_documents_name(tmp_path):
    f = _personal(tmp_path, "Les parcelles achetées par la collectivité :")
    assert sorted((t["path"], t["table"]) for t in f["tables"]) == [("sql/10_schema.sql", "geo_achat"), ("sql/doc_admin.md", "doc_admin")]
    assert f["tables_total"] == 2
