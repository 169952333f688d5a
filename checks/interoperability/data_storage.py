"""What data-standards knows of where a project keeps its data: the database models read, a hosted back end it calls, a
database of the application's own (a SQLite file, tables its code creates)."""

from __future__ import annotations

from auditor.facts import FactError
from auditor.facts.inventory import is_test, is_vendored


def no_database_model(ctx) -> bool:
    """True when the personal-data fact read no database schema or model (False when it could not tell)."""
    try:
        value = ctx.fact("personal_data")
    except FactError:  # unknown: the check judges as it did without this fact
        return False
    return isinstance(value, dict) and value.get("schemas_read") == 0


def own_database(sig: dict, tree) -> list[list]:
    """Hits [path, line, name, class] of a database of the application's own: SQLite files committed (outside tool folders such
    as .vs/) and tables its code creates in SQL strings (a PHP page's CREATE TABLE IF NOT EXISTS "games")."""
    files = [[e.path, None, "SQLite", "data"] for e in tree if e.ext.lower() in ("sqlite", "sqlite3") and not is_vendored(e.path)
             and not is_test(e.path) and not any(seg.startswith(".") for seg in e.path.split("/")[:-1])]
    return sorted(files)[:3] + [h for h in sig.get("data.sql-in-code", []) if h[3] in ("code", "data")][:3]


def hosted_data(ctx) -> bool:
    """A proprietary data platform, cloud back end, forms or search service is called (scaling.vendor-lock-in's services): data lives there."""
    services = (ctx.fact("vendor_lockin") or {}).get("services") or []
    return any(s.get("category") in ("data-platform", "cloud-api", "forms", "search") for s in services)
