"""An ODBC connection naming Microsoft's SQL Server driver is a Microsoft SQL Server dependency (issue 12, s42 fj42 = reader re42's
ISPF/enquetes-tourisme-eft-exportatn): an R export job connecting with ``dbConnect(odbc::odbc(), Driver = "SQL Server", …)`` or
``Driver = "ODBC Driver 18 for SQL Server"`` was said to depend on "no proprietary service of the list": the catalogue knew only
JDBC/npm/pip/Go drivers and sqlserver:// addresses. pyodbc's and RODBC's ``DRIVER={…SQL Server}`` strings are the same driver.
Near miss: an ODBC connection to PostgreSQL's driver is no proprietary service. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in"]
README = "# Export mensuel\n\nExtrait un mois de la vue des ventes et l'écrit en CSV.\n"
PY_CON = ('import pyodbc\n\ncnxn = pyodbc.connect("DRIVER={ODBC Driver 17 for SQL Server};SERVER=" + host + ";DATABASE=ventes")\n')


def r_con(driver):
    return ('library(DBI)\nlibrary(odbc)\n\nget_con <- function(){\n'
            f'  dbConnect(odbc::odbc(), Driver = "{driver}", Server = params$DB$SERVER, Database = params$DB$NAME)\n}}\n')


def test_an_r_odbc_connection_to_sql_server_is_sql_server(tmp_path):
    for i, driver in enumerate(["SQL Server", "ODBC Driver 18 for SQL Server"]):
        _, res = judge(tmp_path, {"src/functions.R": r_con(driver), "main.R": 'source("src/functions.R")\ncon <- get_con()\n',
                                  "README.md": README}, CHECKS, name=f"r{i}")
        lock = res["scaling.vendor-lock-in"]
        assert lock["status"] == "warn" and "SQL Server" in lock["message"]["en"], lock["message"]


def test_a_pyodbc_connection_string_to_sql_server_is_sql_server(tmp_path):
    _, res = judge(tmp_path, {"export.py": PY_CON, "README.md": README}, CHECKS, name="py")
    assert "SQL Server" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_near_miss_an_odbc_connection_to_postgresql_is_no_proprietary_service(tmp_path):
    _, res = judge(tmp_path, {"src/functions.R": r_con("PostgreSQL Unicode"), "main.R": 'source("src/functions.R")\n',
                              "README.md": README}, CHECKS, name="pg")
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
