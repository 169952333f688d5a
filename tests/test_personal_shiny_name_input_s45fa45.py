"""scaling.personal-data (issue 12, s45 fa45 = Clement-Bader-bzh/ShinyApp---Perequation_Formulaire_Deploiement).

A regional council's R Shiny form (App.R) asks "Personne référente du dispositif" in a textInput whose value reads "Nom, Prénom";
the server binds that input to a column of the row it builds ("indiv_resp" = input$indiv_deploi) and INSERTs the row into a
PostgreSQL table. The check read the file's SELECT only and passed ("no personal-data field"): a form field asking a person's
name, stored in a row, is personal data. Near misses: the same form whose name input is only used to filter what is shown (no row
stored), and a stored row whose columns are bound to inputs that ask no one's name.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = "# Suivi des dispositifs\n\nFormulaire de suivi des dispositifs de la collectivité.\n"
UI = ('library(shiny)\nlibrary(DBI)\n\nui <- fluidPage(\n  textInput("titre_saisie", label = "Intitulé", value = "Intitulé du projet"),\n'
      '  textInput("agent_saisie", label = "Agent responsable", value = "Nom, Prénom"),\n'
      '  numericInput("cout_saisie", label = "Coût", value = 0),\n  actionButton("go", "Enregistrer")\n)\n\n')
STORE = ('server <- function(input, output, session) {\n  ligne <- reactive({\n    data.frame("intitule" = input$titre_saisie,\n'
         '               "agent_charge" = input$agent_saisie,\n               "cout" = input$cout_saisie)\n  })\n'
         '  liste <- reactive({ dbGetQuery(cnx, "SELECT * FROM suivi.formulaire_saisies") })\n'
         '  observeEvent(input$go, {\n    dbGetQuery(cnx, paste0("INSERT INTO suivi.formulaire_saisies VALUES (\'", input$titre_saisie, "\',\'",\n'
         '                                   input$agent_saisie, "\',", input$cout_saisie, ")"))\n  })\n}\n\nshinyApp(ui, server)\n')
FILTER = ('server <- function(input, output, session) {\n  liste <- reactive({ dbGetQuery(cnx, "SELECT * FROM suivi.formulaire_saisies") })\n'
          '  output$tab <- renderTable({\n    vue <- data.frame("agent_charge" = input$agent_saisie)\n'
          '    subset(liste(), agent == input$agent_saisie)\n  })\n}\n\nshinyApp(ui, server)\n')


def _personal(tmp_path, app, name="r"):
    return judge(tmp_path, {"README.md": README, "App.R": app}, ["scaling.personal-data"], name=name)[1]["scaling.personal-data"]


def test_a_shiny_input_asking_a_name_stored_in_a_row_is_personal_data(tmp_path):
    r = _personal(tmp_path, UI + STORE)
    assert r["status"] == "warn", r  # was pass: "1 schema(s) or model(s) read: no personal-data field"
    ev = [e for e in r["evidence"] if e.get("path") == "App.R"]
    assert ev and ev[0]["value"]["table"] == "suivi.formulaire_saisies" and ev[0]["value"]["fields"] == ["agent_charge (identity)"], r["evidence"]
    assert ev[0]["line"] == 14, ev


def test_a_name_input_only_filtering_or_inputs_asking_no_name_are_not_personal_data(tmp_path):
    r = _personal(tmp_path, UI + FILTER, name="f")  # (no row stored: the name only filters what is shown; its SELECT * names no column)
    assert r["status"] == "not_applicable", r
    no_name = (UI + STORE).replace('value = "Nom, Prénom"', 'value = "Direction"')
    r = _personal(tmp_path, no_name, name="n")  # (its INSERT names no column, its SELECT * none: no model read, as before)
    assert r["status"] == "not_applicable", r


def test_the_name_a_form_asks_stays_a_persons_in_a_table_named_after_a_thing(tmp_path):
    # (a table of projects: its records are things, but the column the form fills with "Nom, Prénom" is the agent's name)
    r = _personal(tmp_path, (UI + STORE).replace("suivi.formulaire_saisies", "suivi.projets"), name="t")
    assert r["status"] == "warn", r  # was pass: the column dropped as a project's name
    ev = [e for e in r["evidence"] if e.get("path") == "App.R"]
    assert ev and ev[0]["value"] == {"table": "suivi.projets", "fields": ["agent_charge (identity)"]}, r["evidence"]
