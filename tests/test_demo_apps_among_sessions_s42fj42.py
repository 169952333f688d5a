"""facts.project.kind (issue 12, s42 fj42 = reader re42's ISPF/Truc): a collection of independent session folders (S01E01…), each of
R scripts, R Markdown and notebooks, two of them holding a small Shiny demo, was called a web application; the Shiny demos, in two of
many top-level folders and none at the root, are demos among the sessions: the collection is an analysis, and the checks of a web
application (accessibility, sign-in, building blocks) no longer judge it. Near miss: the same sessions beside a Shiny app at the
repository's root stay a web application. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.auth", "interoperability.accessibility-and-ecodesign"]
README = "# Rencontres R\n\nLes supports des rencontres du groupe d'utilisateurs de R : un dossier par séance.\n"
SCRIPT = "library(data.table)\ndt <- fread('data/{n}.csv')\nsummary(lm(y ~ x, data = dt))\n"
RMD = "---\ntitle: Séance {n}\noutput: html_document\n---\n\n```{{r}}\nsummary(cars)\nplot(pressure)\n```\n"
APP = ("library(shiny)\nlibrary(shinymanager)\ncredentials <- data.frame(user = 'demo', password = 'demo')\n"
       "ui <- secure_app(fluidPage(titlePanel('Suivi'), plotOutput('p')))\n"
       "server <- function(input, output, session) {\n  secure_server(check_credentials = check_credentials(credentials))\n"
       "  output$p <- renderPlot(plot(cars))\n}\nshinyApp(ui, server)\n")


def sessions():
    files = {"README.md": README}
    for n in ("S01E01", "S01E02", "S01E03", "S01E04", "S02E01", "S02E02"):
        files[f"{n}/analyse.R"] = SCRIPT.format(n=n)
        files[f"{n}/graphiques.R"] = SCRIPT.format(n=n + "b")
        files[f"{n}/support.Rmd"] = RMD.format(n=n)
    return files


def test_shiny_demos_in_two_session_folders_are_no_web_application(tmp_path):
    files = {**sessions(), "S01E03/LTERapp/app.R": APP, "S02E01/suivi/app.R": APP}
    report, res = judge(tmp_path, files, CHECKS, name="sessions")
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
    assert res["interoperability.auth"]["status"] == "not_applicable", res["interoperability.auth"]["message"]


def test_near_miss_a_shiny_app_at_the_root_is_the_project(tmp_path):
    files = {**sessions(), "app.R": APP}
    report, res = judge(tmp_path, files, CHECKS, name="root")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert res["interoperability.auth"]["status"] != "not_applicable", res["interoperability.auth"]["message"]
