"""A Région's Shiny form writing to its PostgreSQL server (issue 12, s44 fe44): App.R gives two accounts' passwords to variables with
R's ``<-`` (``db_password <- 'citron!'``, then ``'orange'``) and passes them to ``dbConnect(…, password = db_password)``;
reusability.secrets said "No secret detected" (no keyword rule reads R's assignment, and the values are short words without a
digit). A literal given to a database connection call's password argument, directly or through the variable last given it before
the call, is the account's password whatever its characters. Near misses keep their verdict: the password read from the environment
(Sys.getenv), and this machine's database whose account's own name is its password (a development default, a hint)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
README = {"README.md": "# Formulaire péréquation\n\nApplication Shiny de saisie.\n"}


def _app(write_password: str, read_password: str, host: str = "'serveursig'", user: str = "'form_admin'") -> str:
    return ("# Formulaire\nlibrary(shiny)\nlibrary(DBI)\n\n# Ecriture\n"
            f"db <- 'formulaire'\nhost_db <- {host}\ndb_user <- {user}\ndb_password <- {write_password}\n\n"
            "writing_form <- dbConnect(RPostgres::Postgres(), dbname = db, host=host_db,\n"
            "                          port=5432, user=db_user, password=db_password)\n\n# Lecture\n"
            f"db_user <- 'form_user'\ndb_password <- {read_password}\n\n"
            "con_form <- dbConnect(RPostgres::Postgres(), dbname = db, host=host_db,\n"
            "                      port=5432, user=db_user, password=db_password)\n\n"
            "ui <- fluidPage(textInput('nom', 'Dispositif'))\nserver <- function(input, output) {}\nshinyApp(ui, server)\n")


def test_passwords_given_to_dbconnect_through_r_variables_are_secrets(tmp_path):
    app = _app("'citron!'", "'orange'")
    r = judge(tmp_path, {**README, "App.R": app}, [SECRETS])[1][SECRETS]
    assert r["status"] == "fail", r["message"]  # was pass "No secret detected"
    lines = app.split("\n")
    assert sorted(e["line"] for e in r["evidence"] if e.get("path") == "App.R") == [lines.index("db_password <- 'citron!'") + 1,
                                                                                   lines.index("db_password <- 'orange'") + 1]
    assert "citron" not in str(r) and "orange" not in str(r), "a secret's value in the report"


def test_a_password_read_from_the_environment_or_a_local_default_is_none(tmp_path):
    env = _app('Sys.getenv("PG_WRITE_PASSWORD")', 'Sys.getenv("PG_READ_PASSWORD")')
    r = judge(tmp_path, {**README, "App.R": env}, [SECRETS], name="env")[1][SECRETS]
    assert r["status"] == "pass", r["message"]
    local = _app("'form_admin'", "'form_user'", host="'localhost'")
    r = judge(tmp_path, {**README, "App.R": local}, [SECRETS], name="local")[1][SECRETS]
    assert r["status"] != "fail", r["message"]
