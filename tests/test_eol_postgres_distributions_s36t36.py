"""scaling.end-of-life (issue 12, s36 t36 = reader m35o3, mombouli1998/opendatametropole): a Spring Boot open-data portal's
docker-compose.yml runs ``timescale/timescaledb-ha:pg14-latest``, PostgreSQL 14 (end of life 2026-11-12 in the tool's own data);
the check named MySQL 8.0 and Spring Boot 3.3 and missed it: the image was not mapped and its "pg14" tag was not read.

PostgreSQL distributions' images give PostgreSQL's version where their tag states it: TimescaleDB's "pgNN" (timescale/timescaledb:
2.14.2-pg16, -ha:pg14-latest), Citus's, pgvector's; Supabase's postgres tagged with PostgreSQL's own version. Near misses: a
TimescaleDB tag without "pgNN" (2.14.2: TimescaleDB's version, latest) says no PostgreSQL version.
"""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_images import image_versions
from tests.test_reusability_fixtures import build, results

COMPOSE = ("services:\n  mysql:\n    image: mysql:8.4\n  timescaledb:\n    image: {}\n    environment:\n"
           "      POSTGRES_DB: opendata\n    ports:\n      - \"5432:5432\"\n")


def run(tmp_path, image: str) -> dict:
    files = {"README.md": "# Open Data Métropole\n\nPortail de données ouvertes.\n", "OpendData/docker-compose.yml": COMPOSE.format(image)}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 6),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_postgresql_distributions_tags_give_postgresqls_version():
    assert image_versions("timescale/timescaledb-ha:pg14-latest") == [("postgresql", "==14")]
    assert image_versions("timescale/timescaledb:2.14.2-pg16") == [("postgresql", "==16")]
    assert image_versions("timescale/timescaledb:latest-pg12") == [("postgresql", "==12")]
    assert image_versions("timescale/timescaledb-postgis:1.7.4-pg12") == [("postgresql", "==12")]
    assert image_versions("supabase/postgres:15.1.0.147") == [("postgresql", "==15.1.0")]
    assert image_versions("pgvector/pgvector:pg16") == [("postgresql", "==16")]
    # near misses: TimescaleDB's own version is no PostgreSQL version; a floating tag says none
    assert image_versions("timescale/timescaledb:2.14.2") == []
    assert image_versions("timescale/timescaledb-ha:latest") == []


def test_a_timescaledb_ha_pg14_image_is_postgresql_14_past_its_end_of_life(tmp_path):
    r = run(tmp_path / "a", "timescale/timescaledb-ha:pg14-latest")
    assert "PostgreSQL 14" in r["message"]["en"] and r["status"] in ("warn", "fail"), r["message"]
    # near miss: the same image on a supported PostgreSQL is no finding
    r = run(tmp_path / "b", "timescale/timescaledb-ha:pg17-latest")
    assert "PostgreSQL 1" not in r["message"]["en"], r["message"]
