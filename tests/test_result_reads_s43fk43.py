"""scaling.personal-data (issue 12, s43 fk43 = reader rh43, FeebyxDev/PNR-SAE): a park's JavaFX app lists the observers of its
wildlife records — prepareStatement("SELECT * FROM Observateur"), then rs.getString("nom") and rs.getString("prenom") — and was judged
"no personal-data field": SELECT * names no column. A column read by name from the result of a query naming one table is a field of
that table. Near miss: the same reads after a query joining two tables (whose "nom" is not known to be a person's) give nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

DAO = ("package fr.parc.obs;\n\nimport java.sql.*;\nimport java.util.*;\n\npublic class ObservateurDao {\n"
       "    private final Connection connexion;\n\n    public ObservateurDao(Connection connexion) {\n        this.connexion = connexion;\n    }\n\n"
       "    public List<String> observateurs() throws SQLException {\n        List<String> out = new ArrayList<>();\n"
       "        PreparedStatement ps = connexion.prepareStatement(\"%s\");\n        ResultSet rs = ps.executeQuery();\n"
       "        while (rs.next()) {\n            out.add(rs.getString(\"nom\") + \" \" + rs.getString(\"prenom\"));\n        }\n        return out;\n"
       "    }\n}\n")
POM = "<project><modelVersion>4.0.0</modelVersion><groupId>fr.parc</groupId><artifactId>obs</artifactId><version>1.0</version></project>\n"


def _result(tmp_path, query):
    return check_result(tmp_path, {"pom.xml": POM, "src/main/java/fr/parc/obs/ObservateurDao.java": DAO % query}, "scaling.personal-data")


def test_columns_read_from_a_one_table_query_are_its_fields(tmp_path):
    r = _result(tmp_path, "SELECT * FROM Observateur")
    assert r["status"] in ("warn", "fail") and "name" in r["message"]["en"], r


def test_near_miss_reads_after_a_join_give_no_table(tmp_path):
    r = _result(tmp_path, "SELECT * FROM Observation o JOIN Espece e ON e.id = o.espece")
    assert r["status"] in ("pass", "not_applicable"), r
