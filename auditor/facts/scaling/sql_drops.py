"""The tables a later upgrade script of the same migration sequence drops (issue 12, s42 fc42 =
lutece-secteur-public/gru-module-ticketing-facilfamilles): update_db_…-1.0.3-1.0.4.sql creates two tables of e-mail recipients,
update_db_…-1.0.4-1.0.5.sql, beside it, drops them ("moved to another module"). Such a table is no part of the current schema and
holds no one's data (scaling.personal-data).

The scripts of one folder are replayed in the order of their names, numbers compared as numbers (1.0.9 before 1.0.10; Flyway's
V2__ before V10__): a table is dropped when a later script, an upgrade or migration step by its name, drops it and no script
after that one creates it again. A teardown script (drop.sql, uninstall.sql) is no step of the sequence and drops nothing here; a
script dropping and re-creating a table (DROP TABLE IF EXISTS x; CREATE TABLE x) keeps it."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_NAME = r"""[`"\[]?[\w$]+[`"\]]?(?:\.[`"\[]?[\w$]+[`"\]]?)?"""
_CREATE = lazy_compile(r"\bCREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(" + _NAME + ")", re.I)
_DROP = lazy_compile(r"\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(" + _NAME + r"(?:[^\S\n]*,[^\S\n]*" + _NAME + "){0,50})", re.I)
# a step of a migration sequence, by its name: update_db_…, upgrade-…, migration_…, alter_…, patch_…, Flyway's V3__…, a numbered
# 0005_drop_old_table.sql (not drop.sql nor uninstall.sql beside create.sql: a teardown, whatever its folder)
_STEP = lazy_compile(r"(?:^|[_.-])(?:update|upgrade|migrat\w*|alter|patch)|^V\d+(?:[._]\d+)*__|^\d+[_.-]", re.I)
_DIGITS = lazy_compile(r"(\d+)")


def table_key(name: str) -> str:
    """A table's name compared whatever its quotes, case and schema (`app`.`Users`: users)."""
    return re.sub(r"""[`"\[\]]""", "", name).rsplit(".", 1)[-1].lower()


def _order(path: str) -> tuple:
    """A script's place in its folder's sequence: its name, numbers compared as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in _DIGITS.split(path.rsplit("/", 1)[-1]))


def scripted_tables(text: str) -> tuple[set[str], set[str]]:
    """The tables a SQL script creates and those it drops."""
    created = {table_key(m.group(1)) for m in _CREATE.finditer(text)}
    dropped = {table_key(n) for m in _DROP.finditer(text) for n in m.group(1).split(",") if n.strip()}
    return created, dropped


def dropped_later(scripts: dict[str, tuple[set[str], set[str]]]) -> set[tuple[str, str]]:
    """``{(path, table)}`` of the tables a script creates that a later upgrade script of its folder drops, not created again after it."""
    folders: dict[str, list[str]] = {}
    for path in scripts:
        folders.setdefault(path.rpartition("/")[0], []).append(path)
    out: set[tuple[str, str]] = set()
    for paths in folders.values():
        paths.sort(key=lambda p: (_order(p), p))
        for i, path in enumerate(paths):
            for table in scripts[path][0]:
                later = [j for j in range(i + 1, len(paths)) if table in scripts[paths[j]][1] and _STEP.search(paths[j].rsplit("/", 1)[-1])]
                if later and not any(table in scripts[paths[k]][0] for k in range(later[-1], len(paths))):
                    out.add((path, table))
    return out
