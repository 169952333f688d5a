"""The history store's schema: applied in order, once, and recorded in ``auditor_schema``.

Add a migration by appending ``(n, description, function)`` to :data:`MIGRATIONS`; never edit one
that shipped (a store created by it would not be migrated again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _tables():
    from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

    md = MetaData()
    schema = Table("auditor_schema", md, Column("version", Integer, primary_key=True), Column("applied_at", String(40)))
    audits = Table(
        "audits", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("target_key", String(1000), nullable=False),
        Column("target_input", String(1000)),
        Column("target_name", String(300)),
        Column("commit_sha", String(64)),
        Column("as_of", String(40), nullable=False),
        Column("generated_at", String(40)),
        Column("recorded_at", String(40)),
        Column("ruleset_id", String(200)),
        Column("ruleset_version", String(100)),
        Column("tool_version", String(50)),
        Column("overall", Float),
        Column("coverage", Float),
        Column("level_id", String(100)),
        Column("level_rank", Integer),
        Column("scores_json", Text),
        Column("report_json", Text),
        # migration 2
        Column("batch_id", String(100)),
        Column("project_id", String(200)),
        Index("ix_audits_target", "target_key", "as_of"),
    )
    return md, schema, audits


def _m1_create(conn) -> None:
    from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

    md = MetaData()
    Table(
        "audits", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("target_key", String(1000), nullable=False),
        Column("target_input", String(1000)),
        Column("target_name", String(300)),
        Column("commit_sha", String(64)),
        Column("as_of", String(40), nullable=False),
        Column("generated_at", String(40)),
        Column("recorded_at", String(40)),
        Column("ruleset_id", String(200)),
        Column("ruleset_version", String(100)),
        Column("tool_version", String(50)),
        Column("overall", Float),
        Column("coverage", Float),
        Column("level_id", String(100)),
        Column("level_rank", Integer),
        Column("scores_json", Text),
        Column("report_json", Text),
        Index("ix_audits_target", "target_key", "as_of"),
    ).create(conn)


def _m2_batches(conn) -> None:
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE audits ADD COLUMN batch_id VARCHAR(100)"))
    conn.execute(text("ALTER TABLE audits ADD COLUMN project_id VARCHAR(200)"))
    conn.execute(text("CREATE INDEX ix_audits_batch ON audits (batch_id, project_id)"))


MIGRATIONS: list[tuple[int, str, Callable[[Any], None]]] = [
    (1, "audits table", _m1_create),
    (2, "batch and project ids", _m2_batches),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
