"""A SQL file of CREATE TABLE statements whose parenthesis never closes (s19 x1, hostile sweep): the column reader scanned from
each statement to the end of the file, character by character in Python: 100,000 of them in 1.6 MB held the audit for more than
fifteen minutes. A table's columns are read no further than the next CREATE TABLE."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from auditor.facts.sql_comments import measure_sql

ROOT = Path(__file__).resolve().parent.parent


def test_an_unclosed_table_stops_at_the_next_create_table():
    got = measure_sql("CREATE TABLE a (id int, nom text,\nCREATE TABLE b (code text, libelle text);\n")
    assert got["tables"] == ["a", "b"]
    assert got["columns"] == ["a.id", "a.nom", "b.code", "b.libelle"]


def test_well_formed_tables_keep_their_columns():
    got = measure_sql("CREATE TABLE s.a (id serial PRIMARY KEY, geom geometry(Point, 2154), CONSTRAINT c UNIQUE (id));\n"
                      "CREATE TABLE b (x int);\n")
    assert got["columns"] == ["s.a.id", "s.a.geom", "b.x"]


def test_many_unclosed_tables_are_read_at_once():
    """The subprocess's timeout is a guard, not a measure: before, this ran for hours."""
    probe = ("from auditor.facts.sql_comments import measure_sql\n"
             "got = measure_sql('CREATE TABLE a (' * 100_000)\n"
             "assert len(got['tables']) == 100_000 and got['columns'] == [], got['columns'][:3]\nprint('ok')\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.stdout.strip() == "ok", proc.stderr[-2000:]
