"""reusability.secrets: passwords no keyword names (issue 12, session 10's reads): a directory administrator's password passed by
position to ldap_bind in a PHP export script, an administrator's password piped to ``sudo -S`` and a database password inside a
GDAL ``PG:"host=… password=…"`` connection string of a PHP page, and a database password filled in a committed ``settings.ini``
beside its ``settings.ini.sample`` (``user_pg_pass=``). Placeholders, variables, local hosts and templates stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CID = "reusability.secrets"
README = "# Export\n\nExport des observations.\n"


def lines(r) -> set:
    return {(e["path"], e["line"]) for e in r["evidence"]}


def test_a_password_passed_by_position_to_ldap_bind_is_a_secret(tmp_path):
    php = ("<?php\n$conn = ldap_connect('ldap://annuaire.example.org');\n"
           "$ok = ldap_bind($conn, 'EXAMPLE\\Administrateur', 'Ann2021x');\n"
           "$ok2 = ldap_bind($conn, $dn, $password);\n$anon = ldap_bind($conn);\n")
    r = sec(tmp_path, {"export/copy.php": php, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert lines(r) == {("export/copy.php", 3)}


def test_sudo_and_connection_string_passwords_in_commands_are_secrets(tmp_path):
    php = ("<?php\n$cmd = 'echo \"sRv2024!\" | sudo -S ogr2ogr -f GPKG /srv/out.gpkg PG:\"dbname=obs host=10.1.2.3 user=postgres "
           "password=conservatoire\" -overwrite';\n"
           "$cmd2 = 'ogr2ogr -f GPKG /srv/skel.gpkg PG:\"dbname=obs host=10.1.2.3 port=5432 user=postgres password=conservatoire\"';\n"
           "$cmd3 = 'ogr2ogr PG:\"host=$host user=$user password=$password\"';\n"
           "$cmd4 = 'ogr2ogr PG:\"host=localhost user=postgres password=abc123\"';\n"
           "$cmd5 = 'echo $PASS | sudo -S systemctl restart apache2';\n")
    r = sec(tmp_path, {"php/overwrite.php": php, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert lines(r) == {("php/overwrite.php", 2), ("php/overwrite.php", 3)}


def test_a_settings_file_filling_in_its_templates_password_is_a_secret(tmp_path):
    sample = "db_host=localhost\ndb_name=geonature2db\nuser_pg=\n# mot de passe\nuser_pg_pass=\n"
    real = "db_host=localhost\ndb_name=geonature2db\nuser_pg=dbadmin\n# mot de passe\nuser_pg_pass=jojoalba\n"
    other = "user_pg=\nuser_pg_pass=monpassachanger\n"  # a template's placeholder, in a copy that keeps it
    r = sec(tmp_path, {"geonature/settings.ini": real, "geonature/settings.ini.sample": sample,
                       "taxhub/settings.ini": other, "taxhub/settings.ini.sample": sample, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert lines(r) == {("geonature/settings.ini", 5)}


def test_templates_placeholders_and_documented_examples_stay_out(tmp_path):
    sample = "user_pg=\nuser_pg_pass=\n"
    php = ("<?php\n$ok = ldap_bind($conn, $dn, 'changeme');\n$db = new PDO($dsn, $user, '');\n"
           "$c = 'PG:\"host=<host> user=<user> password=<password>\"';\n")
    r = sec(tmp_path, {"settings.ini.sample": sample, "app/ldap.php": php, "README.md": README})
    assert r["status"] == "pass", r["message"]
