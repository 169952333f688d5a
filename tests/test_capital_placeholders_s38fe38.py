"""Placeholders in capitals with no separator, YOURHOSTID (issue 12, s38 fe38 = reader rb38, CEN-Nouvelle-Aquitaine/CMR_chiros_rshiny).

A Conservatoire's R Shiny dashboard of bat captures connects to PostgreSQL with global.R's dbname_id="YOURDBNAMEID",
host_id="YOURHOSTID", user_id="YOURUSERID", password="YOURPASSWORD", all passed to dbPool: reusability.configuration counted
one setting left to fill ("1 : par exemple « YOURPASSWORD »"). YOUR and the setting's word run together in capitals (with what it
holds after it: ID, NAME) are placeholders as your-host and your-name are. A value that only starts with YOUR (a first name, YOURI)
is none.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
GLOBAL = ('library(shiny)\nlibrary(shinydashboard)\nlibrary(RPostgres)\nlibrary(pool)\nlibrary(DBI)\n\n{settings}\n'
          'pool <- dbPool(\n  drv = dbDriver("Postgres"),\n  dbname = dbname_id,\n  host = host_id,\n  user = user_id,\n  password = password\n)\n\n'
          '# Chargement des données\nData <- dbGetQuery(pool, "SELECT * from public.captures")\n')
UI = ('ui <- dashboardPage(\n  dashboardHeader(title = "Captures"),\n  dashboardSidebar(selectInput("site", "Site", choices = NULL)),\n'
      '  dashboardBody(plotOutput("plot"))\n)\n')
SERVER = 'server <- function(input, output) {\n  output$plot <- renderPlot({\n    plot(table(Data$ESPECE))\n  })\n}\n'


def _conf(tmp_path, settings, name):
    files = {"README.md": "# Application Shiny « Captures »\n\nTableau de bord des captures de chauves-souris.\n",
             "global.R": GLOBAL.format(settings=settings), "ui.R": UI, "server.R": SERVER}
    return judge(tmp_path, files, [CONF], name=name)[1][CONF]


def test_capital_placeholders_are_all_settings_to_fill(tmp_path):
    r = _conf(tmp_path, 'dbname_id="YOURDBNAMEID"\nhost_id="YOURHOSTID"\nuser_id="YOURUSERID"\npassword="YOURPASSWORD"\n', "caps")
    assert r["details"].get("placeholders") == 4, r
    assert "(4 : par exemple « YOURDBNAMEID », global.R:7)" in r["message"]["fr"], r["message"]


def test_a_value_starting_with_your_is_no_placeholder(tmp_path):
    r = _conf(tmp_path, 'dbname_id="captures"\nhost_id="db.cen.local"\nuser_id="YOURI"\npassword="YOURPASSWORD"\n', "youri")
    assert r["details"].get("placeholders") == 1 and "YOURI" not in str(r["evidence"]), r
