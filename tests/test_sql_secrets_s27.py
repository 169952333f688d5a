"""Passwords in a SQL script's libpq connection strings, and the SQL scripts read counted (issue 12, session 27, fixer g27 =
measure 17 reader o2 on matthieu-cen-paysdelaloire/codes-fonciers-cen).

The conservatoire's scripts log into a foreign server with a user mapping's password (found since s26); the same login is often
written as a dblink connection string (SELECT dblink_connect('host=… dbname=… user=… password=…')), which nothing read. Such a
string naming another host gives that server's account's password: a probable secret; one on this machine, a hint to review;
a placeholder or a psql variable, none. And "No secret detected in 1 files" on a repository of a README and two SQL scripts: SQL is
left out of detect-secrets' scan and read apart, so the message now counts the SQL scripts read."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

README = {"README.md": "# Codes fonciers\n\nRequêtes d'export des données foncières.\n"}
REMOTE = ("CREATE EXTENSION IF NOT EXISTS dblink;\n\n"
          "SELECT dblink_connect('fcen', 'host=91.206.198.168 port=5432 dbname=depot_fcen user=cen24 password=Kq7.Rz!x24');\n"
          "SELECT * FROM dblink('fcen', 'select id_site from sites') AS t(id_site text);\n")


def secrets(tmp_path, files):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets"]))["reusability.secrets"]


def test_a_dblink_connection_strings_password_to_another_host_is_a_secret(tmp_path):
    r = secrets(tmp_path, {**README, "export.sql": REMOTE})
    assert r["status"] == "fail" and any(e.get("path") == "export.sql" and e.get("line") == 3 for e in r["evidence"]), r["message"]


def test_placeholders_and_variables_are_none_and_sql_scripts_are_counted(tmp_path):
    files = {**README,
             "export.sql": REMOTE.replace("Kq7.Rz!x24", "changeme"),
             "bilan.sql": "SELECT dblink_connect('host=db.example.org dbname=x user=u password=:pass');\n"
                          "-- SELECT dblink_connect('host=9.9.9.9 dbname=x user=u password=Zr8!qL');\nSELECT 1;\n"}
    r = secrets(tmp_path, files)
    assert r["status"] == "pass", r["message"]
    assert r["details"]["sql_read"] == 2 and "2 SQL script(s)" in r["message"]["en"], r["message"]


def test_a_local_connection_strings_password_is_a_hint(tmp_path):
    r = secrets(tmp_path, {**README, "export.sql": REMOTE.replace("host=91.206.198.168", "host=localhost")})
    assert r["status"] != "fail" and r["details"]["strong"] == 0 and r["details"]["weak"] == 1, r["message"]
