"""scaling.personal-data (issue 12, s43 fc43 = Fyelne/Projet-PNR): a MySQL dump creates `utilisateur` and `observateur`; a data access
class runs "SELECT idObservateur, nom, prenom FROM Observateur, aobserve WHERE …", whose unqualified columns are given to the whole
FROM list "Observateur, aobserve". That list was counted as a third table ("Personal data in 3 table(s)") beside the schema's
observateur. A join's list naming a table found on its own (case-insensitively) is that table read again, not another one. Near
misses: the join alone, with no schema, still counts (once); a join whose tables are not found alone counts beside the others."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

SCHEMA = ("CREATE TABLE `utilisateur` (\n  `idUtilisateur` int NOT NULL,\n  `nomUtilisateur` varchar(50) NOT NULL,\n"
          "  `prenomUtilisateur` varchar(50) NOT NULL,\n  `telephone` varchar(10) DEFAULT NULL,\n  PRIMARY KEY (`idUtilisateur`)\n);\n\n"
          "CREATE TABLE `observateur` (\n  `idObservateur` int NOT NULL,\n  `nom` varchar(50) NOT NULL,\n  `prenom` varchar(50) NOT NULL,\n"
          "  PRIMARY KEY (`idObservateur`)\n);\n")
DAO = '''package Modele;

import java.sql.*;

public class ObsBdd {
    private Connection con;

    public ResultSet observateurs(int id) throws SQLException {
        String req = "SELECT idObservateur, nom, prenom FROM %s WHERE lObservation = " + id + " AND lObservateur = idObservateur";
        return con.prepareStatement(req).executeQuery();
    }
}
'''
BASE = {"README.md": "# Observations\n\nApplication de saisie des observations de faune du parc.\n"}


def result(tmp_path, files):
    r = pd(tmp_path, {**BASE, **files})
    return r, {e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_a_join_list_naming_a_schema_table_is_not_another_table(tmp_path):
    r, tables = result(tmp_path, {"bdd/schema.sql": SCHEMA, "src/Modele/ObsBdd.java": DAO % "Observateur, aobserve"})
    assert "Personal data in 2 table(s)" in r["message"]["en"], r["message"]
    assert "Observateur, aobserve" not in tables, tables


def test_a_join_list_alone_still_counts_once(tmp_path):
    r, tables = result(tmp_path, {"src/Modele/ObsBdd.java": DAO % "Observateur, aobserve"})
    assert "Personal data in 1 table(s)" in r["message"]["en"] and tables == {"Observateur, aobserve"}, (r["message"], tables)


def test_a_join_over_other_tables_counts_beside_the_schemas(tmp_path):
    r, tables = result(tmp_path, {"bdd/schema.sql": SCHEMA, "src/Modele/ObsBdd.java": DAO % "Benevole_Sortie, sortie"})
    assert "Personal data in 3 table(s)" in r["message"]["en"], r["message"]
