"""scaling.personal-data (issue 12, s41 fl41 = reader rc41 SAE_PNR #3, Exanc/SAE_PNR).

A JavaFX application's data access class runs "SELECT idObservateur, nom, prenom FROM AObserve, Observateur WHERE lobservation = …":
nom and prenom are the observers' (Observateur), AObserve the link between an observation and its observers. The evidence gave them
to AObserve, the first table of the FROM. A column of a query over several tables belongs to the table its qualifier names, else to
the one of them named for people, else to all of them, never to the first one alone. Near misses: a query over one table keeps it; a
qualified column (o.nom) goes to the table of its alias.
"""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import pd

DAO = '''package modele.traitement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;

public class DataGeneral {

    public ArrayList<String> getObservateur(String idObservation) throws SQLException {
        ArrayList<String> ret = new ArrayList<String>();
        ResultSet rs = executeSQL(
            "%s"
        );
        while (rs.next()) {
            ret.add(rs.getString(2) + " " + rs.getString(3));
        }
        return ret;
    }
}
'''

BASE = {"README.md": "# Observations\n\nLogiciel de saisie des observations de faune du parc.\n",
        "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.iut</groupId><artifactId>pnr</artifactId><version>1.0</version></project>\n"}


def tables_of(tmp_path, query):
    r = pd(tmp_path, {**BASE, "src/modele/traitement/DataGeneral.java": DAO % query})
    return {e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_unqualified_columns_over_two_tables_are_not_the_first_ones(tmp_path):
    found = tables_of(tmp_path, "SELECT idObservateur, nom, prenom FROM AObserve, Observateur WHERE lobservation = \" + idObservation + \"")
    assert found == {"AObserve, Observateur"}, found  # was {"AObserve"}


def test_the_table_named_for_people_among_several_holds_the_names(tmp_path):
    found = tables_of(tmp_path, "SELECT nom, prenom, email FROM inscription i JOIN atelier a ON a.id = i.atelier WHERE a.id = 3")
    assert found == {"inscription"}, found


@pytest.mark.parametrize("query, table", [("SELECT idObservateur, nom, prenom FROM Observateur WHERE idObservateur = 1", "Observateur"),
                                          ("SELECT o.nom, o.prenom FROM AObserve a, Observateur o WHERE a.lobservateur = o.idObservateur", "Observateur")])
def test_one_table_or_a_qualified_column_keeps_its_table(tmp_path, query, table):
    assert tables_of(tmp_path, query) == {table}
