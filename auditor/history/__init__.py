"""Audit history: the store (:mod:`.store`), its schema migrations (:mod:`.migrations`), report
diffs (:mod:`.diff`) and backfills of past dates (:mod:`.backfill`). The text renderers of diffs
and trends live in ``auditor.reports.diff``."""

from auditor.history.backfill import BlobCache, backfill
from auditor.history.diff import diff_reports
from auditor.history.migrations import MIGRATIONS, SCHEMA_VERSION
from auditor.history.store import (HistoryStore, audit_at, db_url, default_db_path, find_key, key_for, open_store,
                                   record_cli_audit, report_key, target_key)

__all__ = ["BlobCache", "HistoryStore", "MIGRATIONS", "SCHEMA_VERSION", "audit_at", "backfill", "db_url", "default_db_path",
           "diff_reports", "find_key", "key_for", "open_store", "record_cli_audit", "report_key", "target_key"]
