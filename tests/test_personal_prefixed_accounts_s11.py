"""scaling.personal-data: columns named with their table's prefix (``role_nom``, ``role_prenom``, ``role_email`` in a
``t_roles`` table) were not read, and an account entity holding a password beside a full name (``identifiant``, ``pass``,
``nom_complet``) was taken for a thing's name (issue 12, session 10's reads: a Flask web GIS's users table, a Symfony app's
Login entity). A table whose columns share a prefix that is not a person's stays out."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.personal-data"
README = "# Carto\n\nApplication cartographique.\n"


def pd(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_columns_prefixed_with_their_tables_name_are_read(tmp_path):
    sql = ("CREATE SCHEMA carto;\n\nCREATE TABLE carto.t_roles (\n    role_id integer NOT NULL PRIMARY KEY,\n    role_nom varchar(50),\n"
           "    role_prenom varchar(50),\n    role_email varchar(250),\n    role_token varchar(500)\n);\n\n"
           "CREATE TABLE carto.t_layers (\n    lay_id integer NOT NULL PRIMARY KEY,\n    lay_nom varchar(50),\n    lay_style text\n);\n")
    r = pd(tmp_path, {"install/install_db.sql": sql, "README.md": README})
    assert r["status"] == "warn", r["message"]
    [t] = [e["value"] for e in r["evidence"] if e["path"] == "install/install_db.sql"]
    assert t["table"] == "t_roles" and "role_email (email)" in t["fields"] and "role_prenom (identity)" in t["fields"]


def test_an_account_entity_with_a_password_and_a_full_name_holds_personal_data(tmp_path):
    entity = ("<?php\n\nnamespace App\\UsersBundle\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\nclass Login\n{\n"
              "    private $id_role;\n\n    private $identifiant;\n\n    private $pass;\n\n    private $nom_complet;\n\n"
              "    private $id_application;\n}\n")
    route = ("<?php\n\nnamespace App\\RoutesBundle\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\nclass Itineraire\n{\n"
             "    private $id;\n\n    private $nom_complet;\n\n    private $longueur;\n}\n")
    r = pd(tmp_path, {"src/UsersBundle/Entity/Login.php": entity, "src/RoutesBundle/Entity/Itineraire.php": route, "README.md": README})
    assert r["status"] == "warn", r["message"]
    assert [e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict)] == ["Login"]
