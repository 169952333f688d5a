"""An R package whose function launches the Shiny application it keeps in inst/<folder>/ is that web application.

Real case (issue 12, s47 fa47 = nl-nicolas/appliInvest_maj): DESCRIPTION and NAMESPACE of a package whose R/mon_app_lancher.R
exports functions calling shiny::runApp(system.file("mon_app", package = …)), inst/mon_app/ui.R, server.R and global.R being a
public dashboard of local authorities' spending. The DESCRIPTION decided "library", so the dashboard was never judged for
accessibility, configuration or a lockfile; golem's layout was the only packaged Shiny application recognised. The apps' R
code (500 KB) outweighs the package's R/ functions (94 KB); a package of functions with a small gadget in inst/ (s30's
packagempeb, tests/test_r_package_folder_s30.py) stays a package.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

DESCRIPTION = "Package: tabinvest\nTitle: Tableau de bord\nVersion: 1.0.0\nLicense: EUPL-1.2\nImports:\n    shiny,\n    dplyr\n"
HELPERS = "#' Somme par groupe\n#' @export\nsomme_groupe <- function(df, g) {\n  dplyr::summarise(dplyr::group_by(df, .data[[g]]), n = dplyr::n())\n}\n"
UI = 'fluidPage(\n  titlePanel("Investissement"),\n  selectInput("annee", "Année", choices = 2015:2018),\n  plotOutput("courbe")\n)\n'
SERVER = ("function(input, output, session) {\n  donnees <- reactive(dplyr::filter(base_invest, annee == input$annee))\n"
          "  output$courbe <- renderPlot(plot(donnees()$montant, type = 'l'))\n"
          "  output$tableau <- renderTable(somme_groupe(donnees(), 'categorie'))\n"
          "  output$titre <- renderText(paste('Dépenses d\\'investissement', input$annee))\n}\n")
GLOBAL = ("library(shiny)\nbase_invest <- read.csv('bdd/base_invest.csv', sep = ';')\n"
          "base_invest$montant <- as.numeric(gsub(',', '.', base_invest$montant))\nannees <- sort(unique(base_invest$annee))\n")


def project(repo, tmp_path, extra: dict) -> dict:
    files = {"DESCRIPTION": DESCRIPTION, "NAMESPACE": "export(somme_groupe)\n", "R/helpers.R": HELPERS, "README.md": "# tabinvest\n", **extra}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


def test_a_package_launching_its_inst_app_is_a_web_application(repo, tmp_path):
    launcher = "#' Lancer l'application\n#' @export\nlancer <- function() {\n  dossier <- system.file(\"tableau\", package = \"tabinvest\")\n" \
               "  shiny::runApp(dossier, port = 3838)\n}\n"
    p = project(repo, tmp_path, {"R/lancer.R": launcher, "inst/tableau/ui.R": UI, "inst/tableau/server.R": SERVER,
                                 "inst/tableau/global.R": GLOBAL})
    assert p["kind"] == "web-application" and p["kind_decided"], p
    assert [e["path"] for e in p["kind_evidence"]][:3] == ["R/lancer.R", "inst/tableau/ui.R", "inst/tableau/server.R"]


def test_near_miss_a_helper_package_with_an_example_app_stays_a_library(repo, tmp_path):
    """Its exported helpers are the package; the small app under inst/examples/ shows them in use."""
    example = "#' Exemple\n#' @export\nexemple <- function() {\n  shiny::runApp(system.file(\"examples\", \"demo\", package = \"tabinvest\"))\n}\n"
    app = "library(shiny)\nshinyApp(fluidPage(plotOutput('p')), function(input, output) output$p <- renderPlot(plot(1)))\n"
    p = project(repo, tmp_path, {"R/exemple.R": example, "inst/examples/demo/app.R": app})
    assert p["kind"] == "library" and p["kind_evidence"][0]["reason"] == "R package (DESCRIPTION)", p
