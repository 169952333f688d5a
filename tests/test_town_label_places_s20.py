"""Issue 12, session 20 (reader r1, a métropole's forecasting tool with a Shiny dashboard): interoperability.public-building-blocks
failed ("building blocks used: none") on the strength of one town name in a data filter, ``dplyr::filter(location == "…")`` on the
school holidays file the app downloads: its own rule gives not applicable where the project handles no address, place, map or
organisation identifier. Filtering one's own data by a town's label (or a single INSEE code) handles no place; a file naming three
towns or more (a list of municipalities to choose from) keeps the local copy of a reference the public APIs give."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"

APP = """library(shiny)
library(dplyr)

holidays_url <- Sys.getenv("HOLIDAYS_URL")

ui <- fluidPage(
  titlePanel("Prévision des repas"),
  actionButton("import_holidays", "Importer les vacances"),
  tableOutput("holidays")
)

server <- function(input, output, session) {
  holidays <- eventReactive(input$import_holidays, {
    readr::read_delim(holidays_url, delim = ";") %>%
      dplyr::filter(location == "Angers" & population != "Enseignants") %>%
      dplyr::select(annee = annee_scolaire, nom = description, debut = start_date, fin = end_date)
  })
  output$holidays <- renderTable(holidays())
}

shinyApp(ui, server)
"""

FILES = {
    "README.md": "# Prévision des repas\n\nPrévoit le nombre de repas servis dans les cantines et les montre dans un tableau de bord Shiny.\n",
    "app.R": APP,
    "forecast/model.py": ("import pandas as pd\n\n\ndef prepare(frame: pd.DataFrame) -> pd.DataFrame:\n"
                          "    frame = frame[frame['site_type'] == 'ecole']\n    return frame.assign(week=frame['date'].dt.isocalendar().week)\n"),
    "requirements.txt": "pandas==2.2.2\nxgboost==2.0.3\n",
}


def _bb(tmp_path, files, name):
    return judge(tmp_path, files, [BB], name=name)[1][BB]


def test_a_town_label_in_a_data_filter_handles_no_place(tmp_path):
    res = _bb(tmp_path, FILES, "filter")
    assert res["status"] == "not_applicable", (res["message"], res["evidence"])


def test_a_list_of_towns_to_choose_from_is_a_local_reference(tmp_path):
    files = dict(FILES)
    files["app.R"] = APP.replace('  actionButton("import_holidays"',
                                 '  selectInput("commune", "Commune", choices = c("Angers", "Cholet", "Saumur", "Brest")),\n'
                                 '  actionButton("import_holidays"')
    res = _bb(tmp_path, files, "list")
    assert res["status"] not in ("not_applicable",), res["message"]
    assert any(e.get("path") == "app.R" for e in res["evidence"]), res["evidence"]
