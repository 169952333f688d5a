"""Passwords SQL statements give the database server (issue 12, s26 lead = measure 17 reader o2, a regional nature conservancy's
SQL scripts): a postgres_fdw script creates a foreign server at a public address and a user mapping with
`OPTIONS (password '…', user '…')`; reusability.secrets passed "No secret detected": detect-secrets is not run on SQL and the SQL
reader only knew INSERTed password columns. A user mapping's or a foreign server's password is a probable secret; a role created
with its PASSWORD is a hint to review; a placeholder or a commented-out option is none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SERVER = ("CREATE EXTENSION postgres_fdw SCHEMA cen;\n\n"
          "CREATE SERVER fdw_depot FOREIGN DATA WRAPPER postgres_fdw\n"
          "\tOPTIONS (dbname 'depot', host '203.0.113.8', port '5432');\n\n"
          "CREATE USER MAPPING\n\tFOR postgres\n\tSERVER fdw_depot\n\tOPTIONS ({password}, user 'cen24');\n\n"
          "CREATE FOREIGN TABLE cen.site (id int8, nom text) SERVER fdw_depot OPTIONS (schema_name 'public', table_name 'site');\n")
SECRET = "password 'Qz7" + "wLp42vX'"


def _secrets(tmp_path, name, sql):
    files = {"README.md": "# Codes fonciers\n\nScripts SQL de connexion à la base foncière.\n", "codes_serveur_distant.sql": sql}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c{name}", ["reusability.secrets"]))["reusability.secrets"]


def test_a_user_mappings_password_is_a_probable_secret(tmp_path):
    r = _secrets(tmp_path, "r", SERVER.replace("{password}", SECRET))
    assert r["status"] == "fail", r["message"]  # was pass "No secret detected"
    ev = [e for e in r["evidence"] if e.get("path") == "codes_serveur_distant.sql" and e.get("line") == 9]
    assert ev, r["evidence"]
    assert "Qz7" not in str(r), "the value never leaves the fact"


def test_a_placeholder_or_a_commented_option_is_none(tmp_path):
    for name, sql in (("p", SERVER.replace("{password}", "password 'changeme'")),
                      ("c", SERVER.replace("\tOPTIONS ({password}, user 'cen24');", "\t-- OPTIONS (" + SECRET + ", user 'cen24')\n\tOPTIONS (user 'cen24');"))):
        r = _secrets(tmp_path, name, sql)
        assert not [e for e in r["evidence"] if e.get("path") == "codes_serveur_distant.sql"], (name, r["message"], r["evidence"])


def test_a_roles_password_is_a_hint_to_review(tmp_path):
    r = _secrets(tmp_path, "h", "CREATE ROLE lecteur LOGIN PASSWORD 'Lect" + "ure2024';\nGRANT SELECT ON ALL TABLES IN SCHEMA cen TO lecteur;\n")
    assert r["status"] != "fail", r["message"]
    assert [e for e in r["evidence"] if e.get("path") == "codes_serveur_distant.sql" and e.get("line") == 1], r["evidence"]
