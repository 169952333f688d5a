"""R and Shiny (issue 12, session 25, reader o2 family 1, lpoaura/dashboard_indicateur): a Shiny dashboard whose admin mode is
opened by a password typed in a passwordInput and compared by the server (`if (input$pwdInput == mdpAdmin)`) was "no sign-in of
people found" (interoperability.auth not applicable), and its database connection, `DBI::dbConnect(RPostgres::Postgres(),
host = addresse, user = uti, …)` with `addresse = "bdd…"` set above the call, was "the code writes no database address"
(reusability.configuration not applicable): the sign-in signal knew HTML and JSX password fields only, and the server signals
lines naming a host in a URL or a libpq string.

The typed password compared by a Shiny server, or an R accounts package (shinymanager, shinyauthr, polished), is a local sign-in
(its passwordInput beside it); a passwordInput alone is not. A dbConnect call whose host is written in the code, in the call or in
a variable set above it, is a server written in the code, named with its file and line; one reading Sys.getenv("DB_HOST") is a
setting read from the environment."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP = "source('R/ui.R')\nsource('R/server.R')\nshinyApp(ui = ui, server = server)\n"
UI = ('library(shiny)\nui <- fluidPage(\n  titlePanel("Indicateurs"),\n  passwordInput(inputId = "motPasse", label = "Mot de passe :"),\n'
      '  actionButton("valider", "Entrer"),\n  plotOutput("courbe")\n)\n')
SERVER = ('server <- function(input, output, session) {\n  cleAdmin <- readLines("cle_admin.txt")\n'
          '  observeEvent(input$valider, {\n    if (input$motPasse == cleAdmin) {\n      showNotification("Mode administration")\n    }\n  })\n'
          '  output$courbe <- renderPlot(plot(indicateurs()))\n}\n')
PLAIN_UI = 'library(shiny)\nui <- fluidPage(\n  titlePanel("Indicateurs"),\n  plotOutput("courbe")\n)\n'
PLAIN_SERVER = 'server <- function(input, output, session) {\n  output$courbe <- renderPlot(plot(indicateurs()))\n}\n'
README = "# Tableau des indicateurs\n\nApplication Shiny qui présente les indicateurs de l'observatoire.\n"
DB = ('library(DBI)\n# connexion à la base\nbase = "observatoire"\nserveur = "base.observatoire-exemple.org"\ncompte = "lecteur"\n'
      'secret = readLines("secret.txt")\n\ncon <- DBI::dbConnect(RPostgres::Postgres(),\n                      dbname = base,\n'
      '                      host = serveur,\n                      port = 5432,\n                      user = compte,\n'
      '                      password = secret)\n')
DB_ENV = ('library(DBI)\ncon <- DBI::dbConnect(RPostgres::Postgres(),\n                      dbname = Sys.getenv("DB_NAME"),\n'
          '                      host = Sys.getenv("DB_HOST"),\n                      user = Sys.getenv("DB_USER"),\n'
          '                      password = Sys.getenv("DB_PASSWORD"))\n')


def shiny(ui=UI, server=SERVER, **more):
    return {"README.md": README, "app.R": APP, "R/ui.R": ui, "R/server.R": server, **more}


def check(tmp_path, files, cid):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", [cid]))[cid]


def test_a_shiny_password_checked_by_the_server_is_a_local_sign_in(tmp_path):
    for i, name in enumerate(("motPasse", "pwdAdmin", "mot_de_passe")):
        r = check(tmp_path / str(i), shiny(ui=UI.replace("motPasse", name), server=SERVER.replace("motPasse", name)), "interoperability.auth")
        assert r["status"] == "fail", (name, r["message"])  # was not_applicable: "no sign-in of people found"
        assert {(e["path"], e["line"]) for e in r["evidence"]} >= {("R/server.R", 4), ("R/ui.R", 4)}, r["evidence"]


def test_a_shiny_accounts_package_is_a_local_sign_in(tmp_path):
    server = 'library(shinymanager)\nserver <- function(input, output, session) {\n  res <- secure_server(check_credentials = check_credentials(comptes))\n}\n'
    r = check(tmp_path, shiny(ui="ui <- secure_app(fluidPage(plotOutput('courbe')))\n", server=server), "interoperability.auth")
    assert r["status"] == "fail", r["message"]


def test_a_shiny_app_without_sign_in_or_with_a_lone_password_field_stays_not_applicable(tmp_path):
    assert check(tmp_path / "a", shiny(ui=PLAIN_UI, server=PLAIN_SERVER), "interoperability.auth")["status"] == "not_applicable"
    # (a field typing a key the server hands to a service, compared to nothing: no sign-in)
    r = check(tmp_path / "b", shiny(server=PLAIN_SERVER), "interoperability.auth")
    assert r["status"] == "not_applicable", r["message"]
    # (an input named like a password only by chance, a compass heading compared: no sign-in)
    r = check(tmp_path / "c", shiny(ui=PLAIN_UI, server=PLAIN_SERVER.replace("output$courbe", "if (input$compass == 90) x <- 1\n  output$courbe")),
              "interoperability.auth")
    assert r["status"] == "not_applicable", r["message"]


def test_a_database_server_set_above_dbconnect_is_written_in_the_code(tmp_path):
    r = check(tmp_path, shiny(ui=PLAIN_UI, server=PLAIN_SERVER, **{"R/connexion.R": DB}), "reusability.configuration")
    assert r["status"] == "fail", r["message"]  # was not_applicable: "writes no database address"
    assert "R/connexion.R:4" in r["message"]["en"] and "base.observatoire-exemple.org" in r["message"]["en"], r["message"]
    assert "R/connexion.R:4" in r["message"]["fr"]


def test_a_dbconnect_reading_the_environment_reads_its_settings(tmp_path):
    r = check(tmp_path, shiny(ui=PLAIN_UI, server=PLAIN_SERVER, **{"R/connexion.R": DB_ENV}), "reusability.configuration")
    assert "DB_HOST" in str(r["evidence"]) and "written in the code" not in r["message"]["en"], r
    assert r["details"]["env_vars"] == 4, r["details"]
