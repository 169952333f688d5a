"""What data-standards knows of where a project keeps its data: the database models read, a hosted back end it calls, a
database of the application's own (a SQLite file, tables its code creates); the Shapefiles it reads or writes; the files that
are the project's own (not a copied tool's)."""

from __future__ import annotations

import re

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
    """Shapefiles the code reads or writes (the open geographic format interoperability.geo counts too) and SLD styles it publishes:
    added to ``formats``, their evidence returned."""
    shp = shapefile_uses(sig)
    sld = [h for h in sig.get("format.sld-code", []) if h[3] == "code"]  # (SLD styles the code publishes: an OGC encoding, its schema public)
    ev = []
    if shp:
        formats["Shapefile"] = shp
        ev.append(Evidence(path=shp[0][0], line=shp[0][1], value="Shapefile", kind="found"))
    if sld:
        formats["OGC (SLD)"] = sld
        ev.append(Evidence(path=sld[0][0], line=sld[0][1], value="OGC (SLD)", kind="found"))
    return ev


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


def no_format_words(data_files: list[str], formats: dict, ev: list) -> tuple[str, str]:
    """What the message says when no open format is read or written by the code: "none in the code", or, beside data files of
    the repository's own (data/poem.csv), how many and of which formats, with the first as evidence (appended to ``ev``)."""
    if not data_files:
        return "aucun dans le code", "none in the code"
    exts = ", ".join(sorted({p.rsplit(".", 1)[-1].upper() for p in data_files}))
    if not formats:
        ev.append(Evidence(path=data_files[0], value=exts, kind="found"))
    return (f"aucun lu ou écrit par le code ; {len(data_files)} fichier(s) de données ({exts}, par exemple {data_files[0]})",
            f"none read or written by the code; {len(data_files)} data file(s) ({exts}, for example {data_files[0]})")


# a site's stylesheets showing its own feeds and sitemap in a browser (a Jekyll site's assets/xslt/rss.xslt, atom.xslt and
# _layouts/xml-style.xsl): they present pages and exchange no data, no sign of an XML format
FEED_STYLE = re.compile(r"(?:^|[-_.])(?:sitemap|rss|atom|feeds?|xml[-_]?style|pretty[-_]?(?:feed|sitemap))[-_.]", re.I)
