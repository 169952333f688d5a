"""Wrong verdict reader ra37 found on a PHP map catalogue of an agglomeration (issue 12, session 37 fixer fd37).

Romain64290/carthoteque: data/cartes.sql creates `visiteur` (id_visiteur, ip_visiteur, date_visiteur), which index.php fills with
each visitor's address ($_SERVER['REMOTE_ADDR']) and the back office shows as visit statistics. scaling.personal-data passed ("no
personal-data field"): the IP names it knew (ipaddress, adresseip, remoteaddr…) were weak, and ip_<table> was none. An IP column
in a table that logs visits, connections or sessions is the visitor's IP address, personal data on its own; a server's or a
host's IP in such a table, and an IP column of a table of things (a network equipment's), are not.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

PAGE = ("<?php\n$ip = $_SERVER['REMOTE_ADDR'];\n$date_jour = date('Y-m-d H:i:s');\n"
        "mysql_query(\"INSERT INTO visiteur VALUES ('', '$ip', '$date_jour')\");\n")
CARTE = "CREATE TABLE `carte` (\n  `id_carte` int(11) NOT NULL,\n  `titre_carte` varchar(255) NOT NULL\n);\n\n"


def test_a_visit_logs_ip_column_is_personal_data(tmp_path):
    sql = CARTE + ("CREATE TABLE IF NOT EXISTS `visiteur` (\n`id_visiteur` int(11) NOT NULL,\n  `ip_visiteur` varchar(45) NOT NULL,\n"
                   "  `date_visiteur` datetime NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n")
    r = pd(tmp_path, {"index.php": PAGE, "data/cartes.sql": sql})
    assert r["status"] == "warn", r["message"]
    assert any(e.get("value", {}).get("table") == "visiteur" for e in r["evidence"]), r["evidence"]
    assert "IP" in r["message"]["en"], r["message"]


def test_a_sessions_table_keeping_the_clients_address_is_personal_data(tmp_path):
    sql = ("CREATE TABLE sessions (\n  id varchar(255) NOT NULL,\n  ip_address varchar(45) DEFAULT NULL,\n"
           "  user_agent text,\n  payload text NOT NULL\n);\n")
    r = pd(tmp_path, {"index.php": PAGE, "database/schema.sql": sql})
    assert r["status"] == "warn", r["message"]


def test_a_servers_ip_in_a_log_and_an_equipments_ip_are_not(tmp_path):
    # near misses: the IP of the server that wrote a log line, and a network switch's address in an inventory of equipment
    sql = CARTE + ("CREATE TABLE journal_sauvegarde (\n  id int NOT NULL,\n  ip_serveur varchar(45) NOT NULL,\n  date_sauvegarde datetime\n);\n\n"
                   "CREATE TABLE commutateur (\n  id int NOT NULL,\n  libelle varchar(50),\n  ip varchar(45)\n);\n")
    r = pd(tmp_path, {"index.php": PAGE, "data/cartes.sql": sql})
    assert r["status"] == "pass", r["message"]
