"""scaling.end-of-life (issue 12, s30 n30 = reader m22o3, spanc29/spancman-gis): a SPANC's PostGIS/QGIS kit installs its schema
from a pg_dump (POSTGRESQL/pg_spancman_first_install.sql, "-- Dumped from database version 9.2.1") and the check said "No runtime
or framework version read" (not applicable): PostgreSQL 9.2 reached its end of life in 2017.

The server a shipped SQL dump was taken from (pg_dump's "Dumped from database version", mysqldump's "Server version") now versions
a database no other file versions; a compose file's postgres:16 still wins over an old dump, and a dump from a supported server
is read without a finding."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results


def dump(version: str) -> str:
    return ("--\n-- PostgreSQL database dump\n--\n\n" f"-- Dumped from database version {version}\n-- Dumped by pg_dump version {version}\n"
            "-- Started on 2012-09-26 23:40:40 CEST\n\nSET statement_timeout = 0;\n\n"
            "CREATE TABLE usagers (\n    id integer NOT NULL,\n    nom character varying(50)\n);\n")


MYSQLDUMP = ("-- MySQL dump 10.13  Distrib 5.5.62, for debian-linux-gnu (x86_64)\n--\n-- Host: localhost    Database: spanc\n"
             "-- ------------------------------------------------------\n-- Server version\t5.5.62-0+deb8u1\n\n"
             "CREATE TABLE `usagers` (\n  `id` int(11) NOT NULL\n);\n")


def run(tmp_path, files: dict) -> dict:
    report = audit(str(build(tmp_path / "r", {"readme.txt": "Kit SPANC : base PostGIS et projets QGIS.\n", **files})), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 5),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_a_schema_dumped_from_an_old_server_is_past_its_end_of_life(tmp_path):
    r = run(tmp_path, {"POSTGRESQL/pg_spancman_first_install.sql": dump("9.2.1")})
    assert r["status"] in ("warn", "fail"), r  # was not_applicable "No runtime or framework version read"
    assert "PostgreSQL" in r["message"]["en"], r["message"]
    r = run(tmp_path / "m", {"sql/spanc.sql": MYSQLDUMP})
    assert r["status"] in ("warn", "fail") and "MySQL" in r["message"]["en"], r


def test_a_versioned_server_or_a_current_dump_is_not_judged_by_the_dump(tmp_path):
    compose = "services:\n  db:\n    image: postgres:16\n"
    r = run(tmp_path / "a", {"POSTGRESQL/install.sql": dump("9.2.1"), "docker-compose.yml": compose})
    assert "9.2" not in r["message"]["en"] and r["status"] == "pass", r
    r = run(tmp_path / "b", {"POSTGRESQL/install.sql": dump("16.4 (Debian 16.4-1.pgdg120+1)")})
    assert r["status"] == "pass", r
    r = run(tmp_path / "c", {"POSTGRESQL/install.sql": "CREATE TABLE usagers (id integer);\n"})
    assert r["status"] == "not_applicable", r


def test_the_dump_headers_read():
    from auditor.facts.scaling.eol_versions import dumped_databases
    files = {"a.sql": "-- Server version\t10.3.23-MariaDB-0+deb10u1\n", "b/c.sql": dump("12.3 (Debian 12.3-1.pgdg100+1)"), "d.sql": "SELECT 1;\n"}
    got = {(p, prod, v) for p, prod, v, _, _ in dumped_databases(lambda p, limit=None: files.get(p), list(files))}
    assert got == {("a.sql", "mariadb", "10.3"), ("b/c.sql", "postgresql", "12.3")}, got
