"""scaling.personal-data (issue 12, s44 fd44 = reader rc44, CEN-Nouvelle-Aquitaine/data-CEN-NA): a land database's SQL views select
the agents' names, users.lastname || ' ' || users.firstname AS utilisateur (JOIN users), and the owners' names, ptp.ddenom AS
nom_proprietaire (JOIN saisie.parcelle_type_pro ptp), FROM saisie.parcelle p. The check said "1 table: parcelle (nom_proprietaire)":
the agents' names were missed (the columns a concatenation joins were read unqualified only) and the owners' name was given to the
FROM clause's first table. A column is the table's its qualifier names, under an alias or joined into another value. Near miss: an
unqualified concatenation over one table stays that table's."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

VIEW = """WITH derniere AS (SELECT idparcelle, max(date) AS date FROM bilan GROUP BY idparcelle)
SELECT p.idparcelle,
       p.section,
       p.numero,
       users.lastname || ' ' || users.firstname AS utilisateur,
       ptp.ddenom AS nom_proprietaire,
       p.geom
FROM saisie.parcelle p
JOIN derniere d ON d.idparcelle = p.idparcelle
JOIN users ON d.iduser = users.id
JOIN saisie.parcelle_type_pro ptp ON ptp.idparcelle = p.idparcelle;
"""


def personal(tmp_path, sql: str) -> dict:
    files = {"README.md": "# Foncier\n\nRequêtes SQL des tableaux de bord de la maîtrise foncière.\n", "foncier/parcelles.sql": sql}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.personal-data"]))
    return report["results"][0]


def test_columns_are_the_tables_their_qualifiers_name(tmp_path):
    r = personal(tmp_path, VIEW)
    assert "2 table(s)" in r["message"]["en"], r["message"]
    advice = r["remediation"]["en"]
    assert "users (lastname, firstname)" in advice and "parcelle_type_pro (nom_proprietaire" in advice, advice
    assert "parcelle (" not in advice, advice
    assert ("foncier/parcelles.sql", 5) in {(e["path"], e["line"]) for e in r["evidence"]}, r["evidence"]


def test_near_miss_an_unqualified_concatenation_over_one_table(tmp_path):
    r = personal(tmp_path, "SELECT id, nom || ' ' || prenom AS agent, service\nFROM agents\nORDER BY id;\n")
    assert "1 table(s)" in r["message"]["en"] and "agents (" in r["remediation"]["en"], (r["message"], r["remediation"])
