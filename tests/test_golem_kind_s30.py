"""A Shiny application packaged by golem, and golem's untouched template (issue 12, session 30 reader m22o4, a metropolis's data
lab): an application of parking occupancy (R/app_ui.R and R/app_server.R calling its modules, inst/golem-config.yml) was an
"analysis" because its README.Rmd and vignettes/*.Rmd counted as notebooks, so configuration, portability and accessibility were
not applicable; a package made with golem whose interface is still the template (fluidPage(h1("congestion")), an empty server),
its work an R Markdown report deployed to a Connect server, was a web application judged for accessibility. An R package's
README.Rmd and vignettes are its documentation, golem's or not; a golem application is that application unless it is the template;
a document rsconnect deployed is a published report. A plain R package stays a library."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_r_package_s21 import PACKAGE

A11Y, CONFIG = "interoperability.accessibility-and-ecodesign", "reusability.configuration"

DESCRIPTION = ("Package: {0}\nTitle: Suivi\nVersion: 0.5.0\nDescription: Consultation des donnees.\nLicense: MIT + file LICENSE\n"
               "Imports:\n    config,\n    golem,\n    shiny\nSuggests:\n    knitr,\n    rmarkdown\nVignetteBuilder: knitr\n")
README_RMD = ("---\noutput: github_document\n---\n\n```{{r, include = FALSE}}\nknitr::opts_chunk$set(collapse = TRUE)\n```\n\n"
              "# {0}\n\nOutil de suivi de la disponibilité des parkings.\n")
VIGNETTE = "---\ntitle: \"{0}\"\nvignette: >\n  %\\VignetteIndexEntry{{{0}}}\n---\n\n```{{r}}\nlibrary(suivi)\n```\n"
SKELETON_UI = ("#' The application User-Interface\n#' @import shiny\n#' @noRd\napp_ui <- function(request) {\n  tagList(\n"
               "    # Leave this function for adding external resources\n    golem_add_external_resources(),\n"
               "    # List the first level UI elements here \n    fluidPage(\n      h1(\"{0}\")\n    )\n  )\n}\n\n"
               "golem_add_external_resources <- function(){\n  add_resource_path('www', app_sys('app/www'))\n"
               "  tags$head(favicon(), bundle_resources(path = app_sys('app/www'), app_title = '{0}'))\n}\n")
SKELETON_SERVER = ("#' The application server-side\n#' @import shiny\n#' @noRd\napp_server <- function( input, output, session ) {\n"
                   "  # List the first level callModules here\n\n}\n")
GOLEM = {"LICENSE": "YEAR: 2022\nCOPYRIGHT HOLDER: Metropole\n", "NAMESPACE": "export(run_app)\nimport(shiny)\n",
         "R/run_app.R": "run_app <- function(...) {\n  with_golem_options(app = shinyApp(ui = app_ui, server = app_server), golem_opts = list(...))\n}\n",
         "R/app_config.R": "get_golem_config <- function(value, config = Sys.getenv(\"R_CONFIG_ACTIVE\", \"default\")) {\n  config::get(value, config)\n}\n",
         "inst/golem-config.yml": "default:\n  golem_name: suivi\n  app_prod: no\nproduction:\n  app_prod: yes\n",
         "vignettes/.gitignore": "*.html\n"}


def app(name: str) -> dict:
    """A golem application whose interface and server call its modules, with README.Rmd and three vignettes."""
    return dict(GOLEM, **{
        "DESCRIPTION": DESCRIPTION.format(name), "README.Rmd": README_RMD.format(name),
        "R/app_ui.R": SKELETON_UI.replace('fluidPage(\n      h1("{0}")\n    )', "navbarPage(\"Parkings\", tabPanel(\"Accueil\", mod_accueil_ui(\"accueil\")))").replace("{0}", name),
        "R/app_server.R": SKELETON_SERVER.replace("# List the first level callModules here\n",
                                                  "mod_accueil_server(\"accueil\")\n  cle <- Sys.getenv(\"XTRADATA_KEY\")\n"),
        "R/mod_accueil.R": "mod_accueil_ui <- function(id) {\n  ns <- NS(id)\n  tagList(h2(\"Bienvenue\"), plotOutput(ns(\"taux\")))\n}\n"
                           "mod_accueil_server <- function(id) {\n  moduleServer(id, function(input, output, session) {\n"
                           "    output$taux <- renderPlot(plot(1:10))\n  })\n}\n",
        **{f"vignettes/{v}.Rmd": VIGNETTE.format(v) for v in ("designApp", "suivi", "questions")}})


def skeleton(name: str) -> dict:
    """A package made with golem, its interface and server still golem's template, its work data-raw/ scripts and a report
    vignette deployed by rsconnect to a Connect server."""
    return dict(GOLEM, **{
        "DESCRIPTION": DESCRIPTION.format(name), "README.Rmd": README_RMD.format(name),
        "R/app_ui.R": SKELETON_UI.replace("{0}", name), "R/app_server.R": SKELETON_SERVER,
        "R/theme_maison.R": "theme_maison <- function() {\n  ggplot2::theme_minimal()\n}\n",
        "data-raw/temps_parcours.R": "library(sf)\ntroncons <- read_sf(\"/data/troncons.json\")\nusethis::use_data(troncons)\n",
        "vignettes/resultats.Rmd": VIGNETTE.format("resultats"), "vignettes/essais.Rmd": VIGNETTE.format("essais"),
        "vignettes/rsconnect/documents/resultats.Rmd/connect.example.fr/agent/resultats.dcf":
            "name: resultats\ntitle: resultats\nusername: agent\naccount: agent\nserver: connect.example.fr\nhostUrl: https://connect.example.fr/__api__\n"})


def test_a_golem_application_with_its_readme_rmd_and_vignettes_is_a_web_application(tmp_path):
    report, res = judge(tmp_path, app("suivi"), [A11Y, CONFIG])
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project
    assert not any(e["reason"] == "notebook" for e in project["kind_evidence"]), project["kind_evidence"]
    assert {"R/app_ui.R", "R/app_server.R"} <= {e["path"] for e in project["kind_evidence"]}, project["kind_evidence"]
    assert res[A11Y]["status"] != "not_applicable", res[A11Y]["message"]
    assert res[CONFIG]["status"] != "not_applicable", res[CONFIG]["message"]


def test_golem_template_interface_is_no_web_application(tmp_path):
    report, res = judge(tmp_path, skeleton("congestion"), [A11Y, CONFIG])
    project = report["facts"]["project"]
    assert project["kind"] == "analysis", project
    paths = {e["path"] for e in project["kind_evidence"]}
    assert "vignettes/resultats.Rmd" in paths and "vignettes/essais.Rmd" not in paths and "README.Rmd" not in paths, project["kind_evidence"]
    assert res[A11Y]["status"] == "not_applicable", res[A11Y]["message"]


def test_a_plain_r_package_with_a_deployed_vignette_stays_a_library(tmp_path):
    files = dict(PACKAGE, **{"vignettes/rsconnect/documents/prise-en-main.Rmd/connect.example.fr/agent/prise-en-main.dcf":
                             "name: prise-en-main\nserver: connect.example.fr\n", "README.Rmd": README_RMD.format("RefPolluants")})
    report, _ = judge(tmp_path, files, [A11Y])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]


def test_a_written_interface_with_an_empty_server_stays_a_web_application(tmp_path):
    files = dict(skeleton("suivi"), **{"R/app_ui.R": SKELETON_UI.replace('h1("{0}")', 'h1("Suivi"), plotOutput("carte")').replace("{0}", "suivi")})
    report, _ = judge(tmp_path, files, [A11Y])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]


def test_golem_welcome_page_is_the_template_too(tmp_path):
    ui = SKELETON_UI.replace('h1("{0}")', "golem::golem_welcome_page() # Remove this line to start building your UI").replace("{0}", "suivi")
    report, _ = judge(tmp_path, dict(skeleton("suivi"), **{"R/app_ui.R": ui}), [A11Y])
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
    # (the welcome page commented out above a written interface: the application)
    written = ui.replace("golem::golem_welcome_page()", "# golem::golem_welcome_page()").replace("fluidPage(", "fluidPage(plotOutput(\"carte\"),")
    report, _ = judge(tmp_path / "w", dict(skeleton("suivi"), **{"R/app_ui.R": written}), [A11Y])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
