"""Territory signals of FME workspaces (``.fmw``/``.fmwt``), for the one ``textscan`` pass (:mod:`auditor.facts.textscan`).

An FME workspace names the tables its readers and writers use by their feature types (``FEATURE_TYPE G_REFERENTIEL.MEL``,
``ORACLE_SPATIAL_1_MERGE_DEF ORACLE_SPATIAL_1::G_REFERENTIEL.MEL``): a table of one authority's warehouse named with its place or
its acronym is, as in a SQL script (``territory.sql-data-name``), a value another territory has to change in the workspace.
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal


def _fme_table(m) -> bool:
    from auditor.facts.territory_hosts import authority_acronym_part, epci_acronym_part, place_named

    parts = m.group(1).lower().replace(".", "_").split("_")
    return any(epci_acronym_part(p) or authority_acronym_part(p) for p in parts) or \
        any(place_named("-".join(parts[i:j]), 5) for i in range(len(parts)) for j in range(i + 1, min(len(parts), i + 4) + 1))


# a feature type given to a factory (INPUT FEATURE_TYPE <schema.table>) or a reader's merge definition (<READER>_MERGE_DEF <READER>::<schema.table>)
signal("territory.fme-table", r"""(?:\bFEATURE_TYPE[ \t]+|_MERGE_DEF[ \t]+\w{1,60}::)([A-Za-z][A-Za-z0-9_]{0,62}\.[A-Za-z][A-Za-z0-9_]{0,62})(?![\w.])""",
       ("feature_type", "_merge_def"), exts={"fmw", "fmwt"}, classes=("config",), group=1, accept=_fme_table)
