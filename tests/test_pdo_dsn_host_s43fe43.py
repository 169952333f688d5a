"""scaling.hosting: a PDO data source name's host is the database server the code connects to (issue 12, s43 fe43 = Buralis/archives,
reader rb43): a commune's archives search connects through ``private static $serveur = 'mysql:host=<account>.mysql.db';`` (an OVH
shared hosting's database server, reachable from that hosting only) and the check said "no risky hosting dependency". A PDO DSN is a
connection as a libpq ``host=… dbname=…`` is: an internal connection. Near misses: the DSN on localhost, or its host read from a
constant, names no server. The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = "# archives\n\nRecherche dans l'index du journal numérisé.\n"
PDO = ("<?php\n\nclass PdoArchives\n{\n    private static $serveur = '{dsn}';\n    private static $bdd = 'dbname=archives';\n"
       "    private static $user = 'archives';\n    public static $monPdo;\n\n    private function __construct()\n    {\n"
       "        self::$monPdo = new PDO(self::$serveur . ';' . self::$bdd, self::$user, getenv('DB_PASS'));\n    }\n}\n")
INDEX = "<?php require 'include/pdo.php'; ?>\n<html><body><form><input name=\"mot\"></form></body></html>\n"


def _hosting(tmp_path, dsn: str, name: str) -> dict:
    files = {"README.md": README, "index.php": INDEX, "include/pdo.php": PDO.replace("{dsn}", dsn)}
    return judge(tmp_path, files, ["scaling.hosting"], name=name)[1]["scaling.hosting"]


def test_a_pdo_dsns_hosted_database_server_is_an_internal_connection(tmp_path):
    h = _hosting(tmp_path, "mysql:host=villeabc1234.mysql.db", "ovh")
    assert h["status"] == "warn", (h["message"], h["evidence"])
    assert [(e["path"], e["line"]) for e in h["evidence"]] == [("include/pdo.php", 5)], h["evidence"]


def test_a_pdo_dsn_on_localhost_or_a_constant_names_no_server(tmp_path):
    assert _hosting(tmp_path, "mysql:host=localhost", "local")["status"] == "pass"
    h = _hosting(tmp_path, "mysql:host=' . DB_HOST . '", "constant")
    assert h["status"] == "pass", (h["message"], h["evidence"])
