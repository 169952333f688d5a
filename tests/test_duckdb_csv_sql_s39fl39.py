"""interoperability.data-standards (issue 12, s39 fl39 = reader mb39's opt-nc/odata-referentiel-metiers): a data model's DuckDB
script reads its CSV inputs (read_csv_auto) and writes its CSV exports (`COPY (…) TO 'data/output/csv/metiers.csv' (FORMAT CSV,
HEADER TRUE)`), yet "Open formats: SQL (DDL)" only. Rule now: DuckDB's read_csv / COPY … TO '….csv' (FORMAT CSV) and PostgreSQL's
COPY … WITH CSV in a SQL script read and write CSV. Near miss: a SQL script of tables only reads and writes no CSV."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.data-standards"
DDL = "CREATE TABLE metiers (code VARCHAR PRIMARY KEY, libelle VARCHAR NOT NULL);\nCREATE TABLE competences (code VARCHAR PRIMARY KEY, libelle VARCHAR);\n"
DUCK = (DDL + "INSERT INTO metiers SELECT code, libelle FROM read_csv_auto('data/input/metiers.csv');\n"
        "COPY (SELECT * FROM metiers ORDER BY code) TO 'data/output/csv/metiers.csv' (FORMAT CSV, HEADER TRUE, DELIMITER ',');\n")
FILES = {"README.md": "# Référentiel des métiers\n\nRéférentiel des métiers et compétences, en CSV et DuckDB.\n", "src/duck.sql": DUCK,
         "data/input/metiers.csv": "code,libelle\nM01,Agent\nM02,Technicien\n"}


def _open_formats(r):
    return r["message"]["en"].split("Open formats:")[-1].split(";")[0]


def test_duckdb_copy_to_csv_is_csv_written(tmp_path):
    _, r = judge(tmp_path, FILES, [CHECK], name="duck")
    assert "CSV" in _open_formats(r[CHECK]), r[CHECK]["message"]


def test_a_ddl_only_script_keeps_sql_alone(tmp_path):
    _, r = judge(tmp_path, {**FILES, "src/duck.sql": DDL}, [CHECK], name="ddl")
    assert "CSV" not in _open_formats(r[CHECK]), r[CHECK]["message"]
