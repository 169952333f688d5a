"""Issue 12, session 45 fixer fe45 (maxime13/SICTOM): a waste syndicate's Java program queries, in a string of its code,
"SELECT e.IdChauffeur, Nom, SUM(TIMESTAMPDIFF(HOUR, …)) FROM effectue e INNER JOIN chauffeur c … GROUP BY c.nom" — each driver's
name beside the hours they worked — and charts it per driver. scaling.personal-data passed ("no personal-data field"): the query
was read, but a table named for a trade (chauffeur, a driver) was not taken for people, so its Nom was a thing's name. The staff a
service names by their trade (drivers, workers, technicians, employees) are people. Near miss: a truck table's Nom stays a thing's.
Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd


def _java(table: str) -> str:
    return ("package base;\n\nimport java.sql.ResultSet;\nimport java.sql.Statement;\n\npublic class Requetes {\n"
            "    private Statement stm;\n\n    public void heures(String d1, String d2) throws Exception {\n"
            "        String query = \"SELECT e.IdRef, Nom, SUM(TIMESTAMPDIFF(HOUR, e.HeureDepart, e.HeureArrivee))\\n\"\n"
            "                + \"\tFROM base.effectue e\\n\"\n"
            f"                + \"\tINNER JOIN {table} c on c.IdRef = e.IdRef and dateTournee between '\" + d1 + \"' and '\" + d2 + \"'\\n\"\n"
            "                + \"\tGROUP BY e.IdRef, c.nom\";\n        ResultSet r = stm.executeQuery(query);\n    }\n}\n")


def test_a_drivers_name_in_a_query_is_personal_data(tmp_path):
    r = pd(tmp_path, {"src/base/Requetes.java": _java("chauffeur")})
    assert r["status"] == "warn", r["message"]
    assert any(isinstance(e.get("value"), dict) and e["value"].get("table") == "chauffeur" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_trucks_name_is_no_persons(tmp_path):
    r = pd(tmp_path, {"src/base/Requetes.java": _java("camion")})
    assert r["status"] == "pass", (r["message"], r["evidence"])
