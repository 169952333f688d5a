"""Secrets rated by what the repository shows (issue 12, s27 x27 = s27 measure 18 o1 and o2, jdev-org/sync-remocra,
wsaer318/cantaldestination-observatoire): a password's environment read with a literal fallback (an install script's
${DATABASE_PASSWORD:-"…"}, a PHP config's env('DB_PASSWORD', … 'literal')) was not reported; a role a Flyway migration creates
with a real-looking password was only a hint; a user mapping's 'oracle_password' (the slot's name, "-- A modifier") and a
diagnostic page's 'hidden_for_security' were probable secrets."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

README = "# Synchro\n\nSynchronisation des points d'eau.\n"
MIGRATION = ("CREATE VIEW edp.vue_erreurs AS SELECT 1;\n\n"
             "CREATE ROLE lecteur_edp WITH LOGIN PASSWORD 'Edp20" + "21*'\nNOSUPERUSER INHERIT;\nGRANT CONNECT ON DATABASE edp TO lecteur_edp;\n")
MAPPING = ("CREATE SERVER edp FOREIGN DATA WRAPPER oracle_fdw\n  OPTIONS (dbserver '//localhost:1521/XE'); -- A modifier\n\n"
           "CREATE USER MAPPING FOR edp SERVER edp\nOPTIONS (user 'READ_ONLY', password 'oracle_password'); -- A modifier\n")
INSTALL = ("#!/bin/bash\nexport EDP_REGISTRY_PASSWORD=${EDP_REGISTRY_PASSWORD:-\"unknown-password\"}\n"
           "export DATABASE_PASSWORD=${DATABASE_PASSWORD:-\"okdq" + "sk45dop4qs\"}\n")
PHP_CONFIG = ("<?php\nclass Database {\n    private static function config(bool $isLocal) {\n"
              "        $user = self::env('DB_USERNAME', $isLocal ? 'root' : 'observatoire');\n"
              "        $password = self::env('DB_PASSWORD', $isLocal ? '' : 'Sf4dQ" + "m29xLwPz81Kvc');\n"
              "        return ['username' => $user, 'password' => $password];\n    }\n}\n")
DEBUG_PAGE = ("<?php\n$info = [\n    'host' => 'hidden_for_security',\n    'username' => 'hidden_for_security',\n"
              "    'password' => 'hidden_for_security',\n];\necho json_encode($info);\n")


def _secrets(tmp_path, name, files):
    return results(run_audit(build(tmp_path / name, {"README.md": README, **files}), tmp_path / f"c{name}", ["reusability.secrets"]))["reusability.secrets"]


def _probable(res) -> set:
    return {(e["path"], e["line"]) for e in res["evidence"] if "Probable" in str(e.get("note"))}


def test_defaults_and_a_migrations_role_are_probable_secrets(tmp_path):
    res = _secrets(tmp_path, "real", {"db/migration/V1.20__vue_edp.sql": MIGRATION, "dist/install.sh": INSTALL, "database.php": PHP_CONFIG})
    assert res["status"] == "fail", res
    assert {("db/migration/V1.20__vue_edp.sql", 3), ("dist/install.sh", 3), ("database.php", 5)} <= _probable(res), res["evidence"]
    assert ("dist/install.sh", 2) not in {(e["path"], e["line"]) for e in res["evidence"]}, res["evidence"]  # ("unknown-password")
    assert "sk45dop4qs" not in str(res), "the value never leaves the fact"


def test_placeholders_and_redactions_are_none(tmp_path):
    res = _secrets(tmp_path, "none", {"db/migration/V1.1__schema.sql": MAPPING, "api/tools/debug_env.php": DEBUG_PAGE})
    assert res["status"] == "pass", res


def test_an_init_scripts_role_stays_a_hint(tmp_path):
    res = _secrets(tmp_path, "init", {"sql/init.sql": MIGRATION})  # (not a migration: an installer's script to edit)
    assert res["status"] != "fail" and res["details"]["weak"] == 1, res
