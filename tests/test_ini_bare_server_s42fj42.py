"""scaling.hosting (issue 12, s42 fj42 = reader re42's ISPF/enquetes-tourisme-eft-exportatn): an R export job reads its database's
server from a committed INI settings file, ``[SQL] SERVER = SQL`` (a bare host name, as the organisation's own directory knows its
server): an internal server another territory cannot reach, where the tool said "no risky hosting dependency". Near misses: the same
file as a template to fill (conf.ini.example), or naming localhost, names no internal server. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.hosting"]
README = "# Export mensuel\n\nExtrait un mois de la vue des séjours en CSV.\n"
CODE = ('library(DBI)\nlibrary(odbc)\nlibrary(ini)\n\nparams <- read.ini("conf.ini")\n'
        'con <- dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = params$SQL$SERVER, Database = params$SQL$DATABASE)\n'
        'DATA <- dbGetQuery(con, "select * from sejours")\nwrite.csv(DATA, "sejours.csv")\n')


def ini(server):
    return f"[SQL]\nSERVER = {server}\nDATABASE = ENQUETES\nUSER = etl\n"


def test_a_bare_server_name_in_a_committed_ini_is_an_internal_server(tmp_path):
    _, res = judge(tmp_path, {"main.R": CODE, "conf.ini": ini("SQLPROD"), "README.md": README}, CHECKS, name="bare")
    r = res["scaling.hosting"]
    assert r["status"] == "warn" and "internal" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "conf.ini" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_template_or_localhost_names_no_internal_server(tmp_path):
    _, res = judge(tmp_path, {"main.R": CODE, "conf.ini.example": ini("SQLPROD"), "README.md": README}, CHECKS, name="template")
    assert res["scaling.hosting"]["status"] == "pass", res["scaling.hosting"]["message"]
    _, res = judge(tmp_path, {"main.R": CODE, "conf.ini": ini("localhost"), "README.md": README}, CHECKS, name="local")
    assert res["scaling.hosting"]["status"] == "pass", res["scaling.hosting"]["message"]
