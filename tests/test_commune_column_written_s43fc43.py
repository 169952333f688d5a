"""interoperability.identifiers (issue 12, s43 fc43 = Fyelne/Projet-PNR): a JavaFX application's MySQL dump creates
obs_loutre(ObsL, commune varchar(50), lieuDit, indice) filled with commune names, and its data access class saves a form's free-text
commune with "INSERT INTO Obs_Loutre (ObsL,commune,lieuDit,indice) VALUES (…)": no INSEE code anywhere, the check said "handles no
detectable identifier" (not_applicable). A commune column of a table of the project's own that the code writes holds communes by
name: warn 4, as a table of communes by name does. Near misses: the same dump whose commune table the code never writes (a
dataset) stays not applicable; a table with the commune's INSEE code beside its name is no commune held by name."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

DUMP = ("-- MySQL dump 10.13\n\nDROP TABLE IF EXISTS `obs_loutre`;\nCREATE TABLE `obs_loutre` (\n  `ObsL` int NOT NULL,\n"
        "  `commune` varchar(50) DEFAULT NULL,\n  `lieuDit` varchar(50) DEFAULT NULL,\n%s  PRIMARY KEY (`ObsL`)\n) ENGINE=InnoDB;\n\n"
        "INSERT INTO `obs_loutre` VALUES (1,'SAINT-ARMEL','Le Passage'),(2,'SARZEAU','Kerlin');\n")
DAO = '''package Modele;

import java.sql.*;

public class ObsLoutreBdd {
    private Connection con;

    public void ajoute(int id, String commune, String lieuDit) throws SQLException {
        String req = "INSERT INTO Obs_Loutre (ObsL,commune,lieuDit) VALUES (" + id + ", '" + commune + "', '" + lieuDit + "')";
        con.createStatement().executeUpdate(req);
    }
}
'''
READER = DAO.replace('''    public void ajoute(int id, String commune, String lieuDit) throws SQLException {
        String req = "INSERT INTO Obs_Loutre (ObsL,commune,lieuDit) VALUES (" + id + ", '" + commune + "', '" + lieuDit + "')";
        con.createStatement().executeUpdate(req);
    }''', '''    public int compte() throws SQLException {
        ResultSet r = con.createStatement().executeQuery("SELECT COUNT(*) FROM obs_loutre");
        return r.next() ? r.getInt(1) : 0;
    }''')
CHECKS = ["interoperability.identifiers"]


def _files(dao: str, extra: str = "") -> dict:
    return {"README.md": "# Observations\n\nSaisie des observations de loutres du parc.\n", "bdd/bd_obs_loutre.sql": DUMP % extra,
            "src/Modele/ObsLoutreBdd.java": dao,
            "src/View/Main.java": "package View;\n\npublic class Main {\n    public static void main(String[] args) { }\n}\n"}


def test_a_commune_column_the_code_writes_holds_communes_by_name(tmp_path):
    _, res = kind_and_results(tmp_path, _files(DAO), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "warn" and "bdd/bd_obs_loutre.sql:4" in r["message"]["en"], r  # was not_applicable
    assert any(e["path"] == "src/Modele/ObsLoutreBdd.java" for e in r["evidence"]), r["evidence"]


def test_a_commune_column_the_code_never_writes_stays_not_applicable(tmp_path):
    _, res = kind_and_results(tmp_path, _files(READER), CHECKS)
    assert res["interoperability.identifiers"]["status"] == "not_applicable", res["interoperability.identifiers"]


def test_a_commune_column_beside_its_insee_code_is_not_held_by_name(tmp_path):
    _, res = kind_and_results(tmp_path, _files(DAO, "  `code_insee` char(5) DEFAULT NULL,\n"), CHECKS)
    assert "holds its communes by" not in res["interoperability.identifiers"]["message"]["en"], res["interoperability.identifiers"]
