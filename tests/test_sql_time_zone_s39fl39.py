"""reusability.territory-neutral (issue 12, s39 fl39 = reader mb39's govpf/pwshare): a database's init script sets the session's
time zone of one overseas territory (sql/init.sql `SET TIMEZONE="Pacific/Tahiti";`, the clock its created_at times are stored in),
beside the Dockerfile's `ENV TZ Pacific/Tahiti`; only the Dockerfile's was counted. Rule now: a SQL script's SET TIMEZONE (or ALTER
DATABASE … SET timezone) to one territory's zone is a territory value, as in code. Near miss: a data file (CSV) naming the zone
stays outside the findings."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
SQL = ('-- Set timezone\n-- https://en.wikipedia.org/wiki/List_of_tz_database_time_zones\nSET TIMEZONE="Pacific/Tahiti";\n\n'
       "CREATE TABLE IF NOT EXISTS secrets (id UUID PRIMARY KEY, created_at TIMESTAMPTZ DEFAULT now());\n")
FILES = {"README.md": "# Partage\n\nPartage de mots de passe.\n", "main.go": "package main\n\nfunc main() {}\n",
         "go.mod": "module example.org/partage\n\ngo 1.16\n", "sql/init.sql": SQL}


def test_a_sql_scripts_session_zone_is_a_territory_value(tmp_path):
    _, r = judge(tmp_path, FILES, [CHECK], name="sql")
    r = r[CHECK]
    assert r["status"] == "warn" and any(e.get("path") == "sql/init.sql" for e in r["evidence"]), r["message"]


def test_a_csv_naming_the_zone_is_no_finding(tmp_path):
    files = {k: v for k, v in FILES.items() if k != "sql/init.sql"}
    files["data/agences.csv"] = "agence,time_zone\nPapeete,\"Pacific/Tahiti\"\nFaaa,\"Pacific/Tahiti\"\n"
    _, r = judge(tmp_path, files, [CHECK], name="csv")
    assert not any(e.get("path") == "data/agences.csv" and e.get("kind") == "finding" for e in r[CHECK]["evidence"]), r[CHECK]
