"""A commune's INSEE code inside a structured identifier written in SQL (issue 12, s25 o1, a bus network's PostGIS model).

French public transport data (the NeTEx French profile of normes-donnees-tc.org, SIRI, GTFS ids built after it) names its
objects ``FR:<code>:<ObjectType>:<local id>:<producer>``: ``'FR:60159:LA:125:LOC'`` is a stop place of the network whose
authority is the commune 60159. A view that compares a column with such ids (``WHEN la.id_la = 'FR:60159:LA:125:LOC' THEN 100``)
holds one network's objects: a second territory rewrites it (``reusability.territory-neutral``) and the commune's code is a
hard-coded identifier (``interoperability.identifiers``).

Only the identifier's structure makes the five characters a commune's code: ``FR:``, a code whose first two characters are a
département's (01-95, 2A/2B; 971-976 overseas), then ``:``, an object type (letters) and ``:`` — a bare five-digit number in a
literal (``'60159'``, ``'12345'``) is no signal here. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_sql

signal("territory.sql-insee-id",
       r"""['"]FR:((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3}|97[1-6]\d{2}):[A-Za-z][A-Za-z_]{0,29}:[\w.-]{1,40}""",
       ("fr:",), flags=0, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1, accept=in_sql)
