"""scaling.hosting (issue 12, s38 fk38 = FlorentBedecarratsNM/meal4cast).

A Métropole's Shiny app reads the school-catering application's Firebird database through ODBC from a file on the agent's PC:
`.connection_string = "DRIVER=Firebird/InterBase(r) driver; UID=SYSDBA; PWD=…; DBNAME=C:\\\\Users\\\\AGENT\\\\Documents\\\\…\\\\FUSION.FDB;"`.
The check said "No risky hosting dependency". A database file an ODBC or ADO connection string opens under a user's folder or on a
network share lives on that machine, which another territory does not have: a hosting risk, said as such.
Near miss: a database file the project ships, opened by a relative path (DBNAME=data/app.fdb), is none.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SERVER = ('app_server <- function(input, output, session) {\n  load("secret.Rdata")\n  con <- DBI::dbConnect(odbc::odbc(),\n'
          '    .connection_string = paste0("DRIVER=Firebird/InterBase(r) driver;\n      UID=SYSDBA; PWD=", secret, ";\n'
          '      DBNAME=WHERE;"), timeout = 10)\n  output$n <- shiny::renderText(DBI::dbGetQuery(con, "select count(*) from repas")[[1]])\n}\n')


def _hosting(tmp_path, where: str) -> dict:
    files = {"DESCRIPTION": "Package: repas\nVersion: 0.1.0\nImports: shiny, DBI, odbc\n", "R/app_server.R": SERVER.replace("WHERE", where),
             "R/app_ui.R": "app_ui <- function(request) {\n  shiny::fluidPage(shiny::textOutput(\"n\"))\n}\n", "README.md": "# repas\n\nPrévision des repas.\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return next(r for r in report["results"] if r["id"] == "scaling.hosting")


def test_a_database_file_on_a_users_workstation_is_a_hosting_risk(tmp_path):
    r = _hosting(tmp_path, "C:\\\\Users\\\\AGENT\\\\Documents\\\\Fusion\\\\FUSION.FDB")
    assert r["status"] in ("warn", "fail"), r["message"]
    assert "workstation" in r["message"]["en"] or any("FUSION.FDB" in str(e.get("value")) for e in r["evidence"]), r


def test_a_database_file_the_project_ships_is_none(tmp_path):
    r = _hosting(tmp_path, "data/app.fdb")
    assert r["status"] == "pass", r["message"]
