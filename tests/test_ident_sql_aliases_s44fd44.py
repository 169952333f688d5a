"""interoperability.identifiers (issue 12, s44 fd44 = reader rc44, CEN-Nouvelle-Aquitaine/data-CEN-NA): SQL queries of a land
database's dashboards output the commune's INSEE code under the names insee_commune and insee_commune_ref (SELECT p.commune AS
insee_commune …, JOIN referentiel.commune ON …) and were said to handle "no detectable local-government identifier": only
insee_com / insee_dep / insee_reg were known. A query's output column named as an identifier (insee_ + the level, abbreviated or in
full, with an optional suffix) is an identifier field, and a referentiel schema's commune table is the reference it is joined to.
Near miss: a query outputting the commune's name and population (insee_commune_nom, insee_pop) and no code handles no identifier."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = "# Maîtrise foncière\n\nRequêtes SQL des tableaux de bord de la base foncière.\n"


def query(columns: str, join: str = "JOIN referentiel.commune ON commune.idcommune = p.commune_ref\n") -> str:
    return ("WITH derniere AS (SELECT idparcelle, max(date) AS date FROM bilan GROUP BY idparcelle)\n"
            "SELECT p.idparcelle,\n" + columns +
            "       p.section,\n       p.numero\nFROM parcelle p\nJOIN derniere d ON d.idparcelle = p.idparcelle\n"
            + join + "ORDER BY p.idparcelle;\n")


def identifiers(tmp_path, sql: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": README, "foncier/parcelles.sql": sql},
                                       "date": "2026-03-01T10:00:00Z", "message": "requêtes"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.identifiers"]))
    return report["results"][0]


def test_a_query_outputting_insee_codes_under_their_names_handles_identifiers(tmp_path):
    r = identifiers(tmp_path, query("       commune.dpt AS departement,\n       p.commune AS insee_commune,\n"
                                    "       p.commune_ref AS insee_commune_ref,\n       commune.nom AS nom_commune,\n"))
    assert r["status"] == "pass", r["message"]
    assert {(e["path"], e["line"]) for e in r["evidence"]} >= {("foncier/parcelles.sql", 4), ("foncier/parcelles.sql", 5)}, r["evidence"]


def test_near_miss_a_query_outputting_the_commune_name_only(tmp_path):
    r = identifiers(tmp_path, query("       c.nom AS insee_commune_nom,\n       c.population AS insee_pop,\n",
                                    join="JOIN communes c ON c.id = p.commune\n"))
    assert r["status"] == "not_applicable", r["message"]
