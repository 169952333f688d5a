"""scaling.end-of-life (issue 12, s35 j35 = reader m30o3, openrgpd/openrgpd): a GDPR register's schema ships as a mysqldump whose
header reads "-- Server version	5.5.5-10.1.41-MariaDB-0+deb9u1"; the check said "MySQL 5.5 (end of life 2018-12-31)". MariaDB
reports itself to MySQL clients behind the "5.5.5-" prefix of the replication protocol: the server is MariaDB 10.1, and the
project's compose file (mariadb:10.11) versions it. A MySQL 5.5 server's own header still reads as MySQL 5.5."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results

HEADER = ("-- MySQL dump 10.13  Distrib 5.7.12, for Win32 (AMD64)\n--\n-- Host: 192.168.2.150    Database: registre\n"
          "-- ------------------------------------------------------\n-- Server version\t{}\n\n"
          "CREATE TABLE `traitements` (\n  `id` int(11) NOT NULL\n);\n")
COMPOSE = "services:\n  db:\n    image: mariadb:10.11\n"


def run(tmp_path, files: dict) -> dict:
    report = audit(str(build(tmp_path / "r", {"README.md": "# Registre\n\nRegistre des traitements.\n", **files})), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 5),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_mariadbs_compatibility_prefix_is_no_mysql_version():
    from auditor.facts.scaling.eol_versions import dumped_databases
    files = {"registre.sql": HEADER.format("5.5.5-10.1.41-MariaDB-0+deb9u1"), "old.sql": HEADER.format("5.5.62-0+deb8u1")}
    got = {(p, prod, v) for p, prod, v, _, _ in dumped_databases(lambda p, limit=None: files.get(p), list(files))}
    assert got == {("registre.sql", "mariadb", "10.1"), ("old.sql", "mysql", "5.5")}, got


def test_a_mariadb_dump_beside_a_current_mariadb_image_says_no_mysql(tmp_path):
    r = run(tmp_path / "a", {"registre.sql": HEADER.format("5.5.5-10.1.41-MariaDB-0+deb9u1"), "docker-compose.yml": COMPOSE})
    assert "MySQL" not in r["message"]["en"] and r["status"] == "pass", r
    # the same dump alone: the MariaDB it was taken from, past its end of life
    r = run(tmp_path / "b", {"registre.sql": HEADER.format("5.5.5-10.1.41-MariaDB-0+deb9u1")})
    assert "MariaDB 10.1" in r["message"]["en"] and "MySQL" not in r["message"]["en"], r
    # near miss: a MySQL 5.5 server's dump is MySQL 5.5
    r = run(tmp_path / "c", {"registre.sql": HEADER.format("5.5.62-0+deb8u1")})
    assert "MySQL 5.5" in r["message"]["en"], r
