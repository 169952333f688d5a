"""What data-standards knows of where a project keeps its data: the database models read, a hosted back end it calls, a
database of the application's own (a SQLite file, tables its code creates); the Shapefiles it reads or writes; the files that
are the project's own (not a copied tool's)."""

from __future__ import annotations

from auditor.checks.interface import Evidence
from auditor.facts import FactError
from auditor.facts.code_signals import shapefile_uses
from auditor.facts.inventory import is_test, is_vendored


def own_tree(ctx, tree) -> list:
    """The tree's entries the inventory does not call copies (a copied tool's files, apache-ant-1.7.1/etc/*.xsl, are no format of
    the project's)."""
    copied = set(ctx.fact("copied_paths") or [])
    return [e for e in tree if e.path not in copied]


def shapefile_format(sig: dict, formats: dict) -> list:
    """Shapefiles the code reads or writes (the open geographic format interoperability.geo counts too): added to ``formats``,
    their evidence returned."""
    shp = shapefile_uses(sig)
    if not shp:
        return []
    formats["Shapefile"] = shp
    return [Evidence(path=shp[0][0], line=shp[0][1], value="Shapefile", kind="found")]


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
