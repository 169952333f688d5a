"""reusability.configuration (issue 12, s42 fj42 = reader re42's ISPF/enquetes-tourisme-eft-exportatn): an R export job reads its
settings with ``params <- read.ini("conf.ini")`` and conf.ini is committed with the database's server, account and password, no
template: the check said "settings described in the README" (pass 8), for a file another territory must edit and that publishes the
organisation's password. Near miss: the same settings file holding no credential keeps the old verdict. The values are made up."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.configuration"]
MADE_UP = "Tq4" + "-wP8s" + "!kR2"  # (a made-up value, split so that no scanner reads this test file as a secret)
README = ("# Export mensuel\n\nExtrait un mois de la vue des séjours en CSV puis en ZIP.\n\n## Paramètres modifiables\n\n"
          "Dans le script principal : `annee <- 2025`, `mois <- 11`.\n")
FUNCTIONS = ('library(DBI)\nlibrary(odbc)\nlibrary(ini)\n\nparams <- read.ini("conf.ini")\n\nget_con <- function(){\n'
             '  dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = params$SQL$SERVER, Database = params$SQL$DATABASE,\n'
             '            UID = params$SQL$USER, PWD = params$SQL$PASSWORD)\n}\n')
MAIN = ('source("src/functions.R")\nlibrary(data.table)\nannee <- 2025\nmois <- 11\n'
        'con <- get_con()\nDATA <- as.data.table(dbGetQuery(con, sprintf("select * from sejours where annee=%s", annee)))\n'
        'fwrite(DATA, "sejours.csv", sep = "|")\nzip(zipfile = "sejours.zip", files = "sejours.csv")\n')


def files(ini):
    return {"main.R": MAIN, "src/functions.R": FUNCTIONS, "conf.ini": ini, "README.md": README}


def test_a_read_settings_file_committed_with_a_password_fails(tmp_path):
    _, res = judge(tmp_path, files(f"[SQL]\nSERVER = SQLPROD\nDATABASE = ENQUETES\nUSER = etl\nPASSWORD = {MADE_UP}\n"), CHECKS, name="pwd")
    r = res["reusability.configuration"]
    assert r["status"] == "fail" and "conf.ini" in r["message"]["en"] and "password" in r["message"]["en"], r["message"]
    assert MADE_UP not in str(r["message"]) and all(MADE_UP not in str(e) for e in r["evidence"])


def test_near_miss_a_read_settings_file_without_credential_keeps_its_verdict(tmp_path):
    _, res = judge(tmp_path, files("[SQL]\nSERVER = SQLPROD\nDATABASE = ENQUETES\n"), CHECKS, name="nopwd")
    r = res["reusability.configuration"]
    assert "a password among them" not in r["message"]["en"] and r["status"] != "fail", r["message"]
